// Package fieldset sets the fields of records and list filters from text:
// the command line's flags (--victim-id 7) and the web's query parameters
// (victim_id=7) both come through here, so a filter means the same thing
// wherever it is typed.
package fieldset

import (
	"encoding"
	"encoding/json"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
	"github.com/rastro-project/rastro/transfer"
)

// Field is one settable leaf field of a struct type.
type Field struct {
	Name  string // kebab case: "when-start-exact", "victim-id"
	Index []int  // for reflect.Value.FieldByIndex
	Type  reflect.Type
}

// skip are set by the store, never from text.
var skip = map[string]bool{"id": true, "version": true, "created_at": true, "updated_at": true}

// Of lists the settable leaf fields of struct type t: their JSON or Go
// names in kebab case ("when.start" → when-start, IncidentID → incident-id).
func Of(t reflect.Type) []Field {
	var out []Field
	transfer.Walk(t, func(name string, index []int) {
		if skip[name] {
			return
		}
		out = append(out, Field{Name: Kebab(name), Index: index, Type: t.FieldByIndex(index).Type})
	})
	return out
}

// Param is the field's name as a query parameter: victim_id, when_start.
func (f Field) Param() string { return strings.ReplaceAll(f.Name, "-", "_") }

var (
	rawMessage      = reflect.TypeFor[json.RawMessage]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// Repeatable reports whether the field takes a list split at commas.
func (f Field) Repeatable() bool {
	k := f.Type.Kind()
	return (k == reflect.Slice && f.Type != rawMessage && f.Type.Elem().Kind() != reflect.Struct) || k == reflect.Map
}

// Objects reports whether the field is a list of JSON objects.
func (f Field) Objects() bool {
	return f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct
}

// Set parses values (the last wins for a single value; lists take them
// all) into the field of the struct v points to. Text is refused as in
// files, forms and API bodies.
func (f Field) Set(v any, values []string) error {
	for _, s := range values {
		if err := textcheck.String(s); err != nil {
			return rastro.Errorf(rastro.EINVALID, "%v", err)
		}
	}
	if len(values) == 0 {
		return nil
	}
	return f.assign(reflect.ValueOf(v).Elem().FieldByIndex(f.Index), values)
}

func (f Field) assign(v reflect.Value, values []string) error {
	last := values[len(values)-1]
	switch {
	case v.Type() == rawMessage:
		if last != "" && !json.Valid([]byte(last)) {
			return rastro.Errorf(rastro.EINVALID, "not valid JSON")
		}
		v.SetBytes([]byte(last))
		return nil
	case f.Objects():
		list := reflect.MakeSlice(v.Type(), 0, len(values))
		for i, s := range values {
			el := reflect.New(v.Type().Elem())
			if err := transfer.DecodeJSON([]byte(s), el.Interface(), "value "+strconv.Itoa(i+1)); err != nil {
				return err
			}
			list = reflect.Append(list, el.Elem())
		}
		v.Set(list)
		return nil
	case v.Kind() == reflect.Slice:
		list := reflect.MakeSlice(v.Type(), 0, len(values))
		for _, s := range f.items(values) {
			el := reflect.New(v.Type().Elem()).Elem()
			if err := parseScalar(el, s); err != nil {
				return err
			}
			list = reflect.Append(list, el)
		}
		v.Set(list)
		return nil
	case v.Kind() == reflect.Map:
		m := reflect.MakeMap(v.Type())
		for _, s := range f.items(values) {
			k, x, ok := strings.Cut(s, "=")
			if !ok {
				return rastro.Errorf(rastro.EINVALID, "%q: want key=value", s)
			}
			m.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), reflect.ValueOf(x).Convert(v.Type().Elem()))
		}
		v.Set(m)
		return nil
	}
	return parseScalar(v, last)
}

// items splits the values of a list at commas (not for plain strings,
// which may hold commas); a single "" gives the empty list.
func (f Field) items(values []string) []string {
	var out []string
	split := f.Type.Kind() == reflect.Slice && f.Type.Elem() != reflect.TypeFor[string]()
	for _, s := range values {
		parts := []string{s}
		if split {
			parts = strings.Split(s, ",")
		}
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// parseScalar parses s into v: text unmarshalers (dates), strings and
// enumerations (a value outside a rastro.Enum's set is refused, "" leaves
// it unknown), numbers, booleans, and pointers ("" sets nil).
func parseScalar(v reflect.Value, s string) error {
	if v.Kind() == reflect.Pointer {
		if s == "" {
			v.Set(reflect.Zero(v.Type()))
			return nil
		}
		p := reflect.New(v.Type().Elem())
		if err := parseScalar(p.Elem(), s); err != nil {
			return err
		}
		v.Set(p)
		return nil
	}
	if reflect.PointerTo(v.Type()).Implements(textUnmarshaler) {
		return v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s))
	}
	switch v.Kind() {
	case reflect.String:
		if e, ok := v.Interface().(rastro.Enum); ok && s != "" && !slices.Contains(e.Values(), s) {
			return rastro.Errorf(rastro.EINVALID, "%q is not one of %s", s, strings.Join(e.Values(), ", "))
		}
		v.SetString(s)
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return rastro.Errorf(rastro.EINVALID, "%q is not a whole number", s)
		}
		v.SetInt(n)
	case reflect.Float64, reflect.Float32:
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return rastro.Errorf(rastro.EINVALID, "%q is not a number", s)
		}
		v.SetFloat(x)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return rastro.Errorf(rastro.EINVALID, "%q is not true or false", s)
		}
		v.SetBool(b)
	default:
		return rastro.Errorf(rastro.EINVALID, "cannot be set from text; use JSON")
	}
	return nil
}

// FromQuery sets the fields of the struct v points to from the query
// parameters that name them (victim_id, sha256); aliases maps other
// spellings a page already uses to a field's parameter (q → query). Other
// parameters are left alone: the query also carries the page and the
// language. An empty parameter clears a field, as an empty form input does.
func FromQuery(v any, q url.Values, aliases map[string]string) error {
	for _, f := range Of(reflect.TypeOf(v).Elem()) {
		name := f.Param()
		var values []string
		for alias, to := range aliases {
			if to == name {
				values = append(values, q[alias]...)
			}
		}
		values = append(values, q[name]...)
		for i := range values {
			values[i] = strings.TrimSpace(values[i])
		}
		if err := f.Set(v, values); err != nil {
			return rastro.Errorf(rastro.EINVALID, "%s: %s", name, rastro.ErrorMessage(err))
		}
	}
	return nil
}

// Kebab turns a JSON or Go field name into kebab case: "when.start_exact"
// → "when-start-exact", "IncidentID" → "incident-id", "SHA256" → "sha256".
func Kebab(name string) string {
	var b strings.Builder
	rs := []rune(name)
	for i, r := range rs {
		switch {
		case r == '.' || r == '_':
			b.WriteByte('-')
		case unicode.IsUpper(r):
			if i > 0 && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1]))) {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
