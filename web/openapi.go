package web

import (
	"net/http"
	"regexp"
	"strings"
)

var pathParam = regexp.MustCompile(`\{([a-z_]+)\}`)

// openAPIDoc describes every API route of the table as OpenAPI 3.1.
func (s *Server) openAPIDoc() map[string]any {
	paths := map[string]map[string]any{}
	errResp := map[string]any{"description": "error", "content": map[string]any{"application/json": map[string]any{
		"schema": map[string]any{"$ref": "#/components/schemas/Error"}}}}
	for _, rt := range s.routes {
		_, api := rt.patterns()
		if api == "" {
			continue
		}
		p := strings.TrimPrefix(api, rt.Method+" ")
		op := map[string]any{
			"summary":     rt.Summary,
			"operationId": operationID(rt.Method, p),
			"responses": map[string]any{
				"200":     map[string]any{"description": "OK"},
				"default": errResp,
			},
		}
		if rt.Perm == "" {
			op["security"] = []any{}
		} else {
			op["x-permission"] = string(rt.Perm)
		}
		var params []any
		for _, m := range pathParam.FindAllStringSubmatch(p, -1) {
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
		}
		if params != nil {
			op["parameters"] = params
		}
		if paths[p] == nil {
			paths[p] = map[string]any{}
		}
		paths[p][strings.ToLower(rt.Method)] = op
	}
	return map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{"title": "Rastro API", "version": "1",
			"description": "Everything the Rastro web app does, as JSON. Authenticate with a personal API token " +
				"(Authorization: Bearer rst_…) or the session cookie. Each operation's x-permission is the permission it needs. " +
				"Errors answer {\"error\", \"code\"}; a stale edit answers 409 with the stored record in \"current\"."},
		"paths": paths,
		"components": map[string]any{
			"securitySchemes": map[string]any{
				"bearer":  map[string]any{"type": "http", "scheme": "bearer"},
				"session": map[string]any{"type": "apiKey", "in": "cookie", "name": s.sessionCookie()},
			},
			"schemas": map[string]any{
				"Error": map[string]any{"type": "object", "required": []string{"error", "code"}, "properties": map[string]any{
					"error":   map[string]any{"type": "string"},
					"code":    map[string]any{"type": "string", "enum": []string{"invalid", "unauthorized", "forbidden", "not_found", "conflict", "not_implemented", "internal"}},
					"current": map[string]any{"type": "object", "description": "on a conflict, the stored record"},
				}},
			},
		},
		"security": []any{map[string]any{"bearer": []any{}}, map[string]any{"session": []any{}}},
	}
}

// operationID makes "getIncidentsById"-style names from method and path.
func operationID(method, path string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(method))
	for _, seg := range strings.Split(strings.TrimPrefix(path, "/api/"), "/") {
		if m := pathParam.FindStringSubmatch(seg); m != nil {
			seg = "by_" + m[1]
		}
		for _, w := range strings.FieldsFunc(seg, func(r rune) bool { return r == '_' || r == '.' || r == '-' }) {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

func openAPI(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return s.openAPIDoc(), nil
}
