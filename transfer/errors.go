package transfer

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
)

// invalid builds the EINVALID error every reader returns: where, then what.
func invalid(where string, format string, args ...any) error {
	return rastro.Errorf(rastro.EINVALID, "%s: %s", where, fmt.Sprintf(format, args...))
}

// strictUnmarshal decodes one JSON value into v, refusing unknown fields and
// trailing data.
func strictUnmarshal(raw []byte, v any) error { return textcheck.Unmarshal(raw, v) }

// DecodeJSON decodes one JSON value strictly into v (a pointer), refusing
// unknown fields; the error names the source (a file name) and the field
// ("case.json: when.start: invalid date ..."); strings must be valid
// UTF-8 without NUL characters (package textcheck).
func DecodeJSON(data []byte, v any, name string) error {
	if err := strictUnmarshal(data, v); err != nil {
		p, m := locate(data, reflect.TypeOf(v))
		if m == "" {
			m = describe(err)
		}
		if p != "" {
			return invalid(name+": "+strings.TrimPrefix(p, "."), "%s", m)
		}
		return invalid(name, "%s", m)
	}
	if p, _, err := textcheck.JSON(data); err != nil {
		return invalid(name+": "+strings.TrimPrefix(p, "."), "%s", err)
	}
	return nil
}

// locate finds where in raw a value of type t fails to decode: the path
// below t (".wound_regions[0]") and a message for that spot. Go's own errors
// name fields without array indices, which is not enough to find a bad value
// among thousands.
func locate(raw []byte, t reflect.Type) (path string, msg string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	leaf := func() (string, string) {
		err := strictUnmarshal(raw, reflect.New(t).Interface())
		if err == nil {
			return "", ""
		}
		return "", describe(err)
	}
	if implementsUnmarshaler(t) {
		return leaf()
	}
	switch {
	case t.Kind() == reflect.Struct:
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) != nil || obj == nil {
			return leaf()
		}
		fields := jsonFields(t)
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ft, ok := fieldType(fields, k)
			if !ok {
				return "." + k, "unknown field"
			}
			if p, m := locate(obj[k], ft); m != "" {
				return "." + k + p, m
			}
		}
	case t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8:
		var arr []json.RawMessage
		if json.Unmarshal(raw, &arr) != nil {
			return leaf()
		}
		for i, el := range arr {
			if p, m := locate(el, t.Elem()); m != "" {
				return fmt.Sprintf("[%d]%s", i, p), m
			}
		}
	case t.Kind() == reflect.Map:
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) != nil {
			return leaf()
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if _, m := locate([]byte(`"`+k+`"`), t.Key()); m != "" && t.Key().Kind() != reflect.String {
				return fmt.Sprintf("[%q]", k), "bad key: " + m
			}
			if p, m := locate(obj[k], t.Elem()); m != "" {
				return fmt.Sprintf("[%q]%s", k, p), m
			}
		}
	}
	return leaf()
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()
)

func implementsUnmarshaler(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return p.Implements(jsonUnmarshaler) || p.Implements(textUnmarshaler)
}

// jsonFields maps the JSON names of a struct's fields (embedded structs
// flattened) to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, ok := jsonName(f)
		switch {
		case !ok:
		case name == "":
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
		default:
			out[name] = f.Type
		}
	}
	return out
}

// jsonName is the JSON name of a struct field as encoding/json sees it: ""
// for an embedded struct whose fields are inlined, ok false for a field JSON
// leaves out.
func jsonName(f reflect.StructField) (name string, ok bool) {
	if !f.IsExported() {
		return "", false
	}
	name, _, _ = strings.Cut(f.Tag.Get("json"), ",")
	switch {
	case name == "-":
		return "", false
	case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
		return "", true
	case name == "":
		return f.Name, true
	}
	return name, true
}

// fieldType finds a field as encoding/json does: exact name first, then
// case-insensitively.
func fieldType(fields map[string]reflect.Type, key string) (reflect.Type, bool) {
	if t, ok := fields[key]; ok {
		return t, true
	}
	for k, t := range fields {
		if strings.EqualFold(k, key) {
			return t, true
		}
	}
	return nil, false
}

// describe turns a decoding error into a message for investigators.
func describe(err error) string {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		return fmt.Sprintf("a JSON %s where %s was expected", typeErr.Value, kindName(typeErr.Type))
	case errors.As(err, &syntaxErr):
		return "malformed JSON: " + strings.TrimPrefix(syntaxErr.Error(), "json: ")
	}
	if e, ok := err.(*rastro.Error); ok {
		return e.Message
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "an integer"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return "base64 text"
		}
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return t.String()
}
