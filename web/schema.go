package web

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"time"
)

// schemas builds JSON Schemas (as OpenAPI 3.1 uses them) of the API's Go
// types from their json tags, so the document describes what the handlers
// really send and accept. Named struct types go to components/schemas.
type schemas struct {
	defs map[string]any
}

var (
	timeType    = reflect.TypeFor[time.Time]()
	rawType     = reflect.TypeFor[json.RawMessage]()
	textMarshal = reflect.TypeFor[encoding.TextMarshaler]()
)

// of returns the schema of t, a $ref for named structs.
func (s *schemas) of(t reflect.Type) map[string]any {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == timeType:
		return map[string]any{"type": "string", "format": "date-time"}
	case t == rawType:
		return map[string]any{}
	case t.Implements(textMarshal):
		return map[string]any{"type": "string"}
	}
	switch t.Kind() {
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return map[string]any{"type": "string", "contentEncoding": "base64"}
		}
		return map[string]any{"type": "array", "items": s.of(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": s.of(t.Elem())}
	case reflect.Struct:
		if t.Name() == "" {
			return s.object(t)
		}
		name := schemaName(t)
		if _, ok := s.defs[name]; !ok {
			s.defs[name] = nil // placeholder against recursion
			s.defs[name] = s.object(t)
		}
		return map[string]any{"$ref": "#/components/schemas/" + name}
	}
	return map[string]any{}
}

// schemaName is the package and type name ("rastro.Incident"), or the
// type name alone for the web package's own views.
func schemaName(t reflect.Type) string {
	pkg := t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:]
	if pkg == "web" {
		return strings.ToUpper(t.Name()[:1]) + t.Name()[1:]
	}
	return pkg + "." + t.Name()
}

// object lists the JSON fields of a struct, embedded structs flattened.
func (s *schemas) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" || !f.IsExported() && !f.Anonymous {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			ft := f.Type
			if f.Anonymous && name == "" {
				for ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					walk(ft)
					continue
				}
			}
			if name == "" {
				name = f.Name
			}
			props[name] = s.of(f.Type)
		}
	}
	walk(t)
	return map[string]any{"type": "object", "properties": props}
}

// withDefs starts from the definitions a document already holds.
func (s *schemas) withDefs(defs map[string]any) *schemas {
	s.defs = defs
	return s
}
