package web

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
)

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// writeJSON writes v with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		http.Error(w, `{"error":"Internal error.","code":"internal"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// seeOther is a handler's answer to a form post: the page to go to, and
// what the API answers instead.
type seeOther struct {
	To   string
	Data any
}

// maxForm bounds JSON and form bodies (uploads stream separately).
const maxForm = 4 << 20

// decodeJSON reads a JSON body into v, refusing unknown fields, and
// strings with invalid UTF-8 or NUL characters (naming the field).
func decodeJSON(r *http.Request, v any) error { return decodeJSONLimit(r, v, maxForm) }

// decodeJSONLimit is decodeJSON for a body of up to limit bytes.
func decodeJSONLimit(r *http.Request, v any, limit int64) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/json" {
		return rastro.Errorf(rastro.EINVALID, "send the body as application/json")
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, limit))
	if err != nil {
		return rastro.Errorf(rastro.EINVALID, "request body: %v", err)
	}
	if p, _, err := textcheck.JSON(raw); err != nil {
		return rastro.Errorf(rastro.EINVALID, "request body: %s: %v", strings.TrimPrefix(p, "."), err)
	}
	if err := textcheck.Unmarshal(raw, v); err != nil {
		return rastro.Errorf(rastro.EINVALID, "request body: %v", err)
	}
	return nil
}

// parseForm reads a urlencoded or multipart form, bounded, refusing names
// and values with invalid UTF-8 or NUL characters.
func parseForm(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		return rastro.Errorf(rastro.EINVALID, "form: %v", err)
	}
	for k, vs := range r.Form {
		if err := textcheck.String(k); err != nil {
			return rastro.Errorf(rastro.EINVALID, "a form field name: %v", err)
		}
		for _, v := range vs {
			if err := checkField("form", k, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkField refuses a form or upload field whose text is not valid UTF-8
// or holds a NUL character.
func checkField(kind, name, v string) error {
	if err := textcheck.String(v); err != nil {
		return rastro.Errorf(rastro.EINVALID, "%s field %q: %v", kind, name, err)
	}
	return nil
}

// pathID reads the {id} path value.
func pathID(r *http.Request) (int64, error) {
	s := r.PathValue("id")
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, rastro.Errorf(rastro.EINVALID, "%q is not a record ID", s)
	}
	return id, nil
}

// queryInt reads a non-negative integer query parameter.
func queryInt(r *http.Request, name string, def int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, rastro.Errorf(rastro.EINVALID, "%s=%q: want a whole number", name, s)
	}
	return n, nil
}

// safeNext keeps a redirect target on this site: a path, never a URL with
// a host or a scheme-relative "//host".
func safeNext(next string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	if u, err := url.Parse(next); err != nil || u.Host != "" || u.Scheme != "" {
		return "/"
	}
	return next
}
