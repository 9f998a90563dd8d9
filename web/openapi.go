package web

import (
	"net/http"
	"reflect"
	"regexp"
	"strings"
)

var pathParam = regexp.MustCompile(`\{([a-z_]+)\}`)

// openAPIDoc describes every API route of the table as OpenAPI 3.1.
func (s *Server) openAPIDoc() map[string]any {
	paths := map[string]map[string]any{}
	sc := &schemas{defs: map[string]any{}}
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
				"200":     ok(sc, rt),
				"default": errResp,
			},
		}
		if rt.In != nil {
			op["requestBody"] = map[string]any{"required": true, "content": map[string]any{
				"application/json": map[string]any{"schema": sc.of(reflect.TypeOf(rt.In))}}}
		} else if rt.Path == "/evidence" && rt.Method == "POST" {
			op["requestBody"] = uploadBody
		}
		if rt.Path == "/sources" && rt.Method == "POST" {
			op["requestBody"].(map[string]any)["content"].(map[string]any)["multipart/form-data"] = ingestBody
		}
		if rt.Perm == "" {
			op["security"] = []any{}
		} else {
			op["x-permission"] = string(rt.Perm)
		}
		var params []any
		for _, m := range pathParam.FindAllStringSubmatch(p, -1) {
			typ := "string"
			if m[1] == "id" {
				typ = "integer"
			}
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": typ}})
		}
		for _, q := range rt.Query {
			params = append(params, map[string]any{"name": q, "in": "query", "schema": map[string]any{"type": "string"}})
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
			"schemas": withDefs(sc.defs, map[string]any{
				"Error": map[string]any{"type": "object", "required": []string{"error", "code"}, "properties": map[string]any{
					"error":   map[string]any{"type": "string"},
					"code":    map[string]any{"type": "string", "enum": []string{"invalid", "unauthorized", "forbidden", "not_found", "conflict", "not_implemented", "internal"}},
					"current": map[string]any{"type": "object", "description": "on a conflict, the stored record"},
				}},
			}),
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

// ok describes a route's successful answer.
func ok(sc *schemas, rt route) map[string]any {
	switch {
	case rt.Out != nil:
		return map[string]any{"description": "OK", "content": map[string]any{
			"application/json": map[string]any{"schema": sc.of(reflect.TypeOf(rt.Out))}}}
	case rt.Path == "/report":
		return map[string]any{"description": "the report, one self-contained HTML page", "content": map[string]any{"text/html": map[string]any{}}}
	case rt.Path == "/export/{format}":
		c := map[string]any{}
		for _, t := range exportFormats {
			c[strings.Split(t, ";")[0]] = map[string]any{}
		}
		return map[string]any{"description": "the export, as a download", "content": c}
	}
	return map[string]any{"description": "the file, as stored", "content": map[string]any{"application/octet-stream": map[string]any{}}}
}

// uploadBody is the multipart form of an evidence upload.
var uploadBody = map[string]any{"required": true, "content": map[string]any{"multipart/form-data": map[string]any{
	"schema": map[string]any{"type": "object", "required": []string{"file"}, "properties": map[string]any{
		"file":         map[string]any{"type": "string", "contentMediaType": "application/octet-stream", "description": "the file; send it last"},
		"incident_id":  map[string]any{"type": "integer"},
		"act_id":       map[string]any{"type": "integer"},
		"person_id":    map[string]any{"type": "integer"},
		"collected_by": map[string]any{"type": "string"},
		"collected_at": map[string]any{"type": "string", "format": "date"},
		"source_url":   map[string]any{"type": "string"},
		"labels":       map[string]any{"type": "string", "description": "comma-separated: graphic_violence, identifiable_person, minor, protected_witness"},
		"note":         map[string]any{"type": "string"},
	}}}}}

func withDefs(defs, more map[string]any) map[string]any {
	for k, v := range defs {
		more[k] = v
	}
	return more
}
