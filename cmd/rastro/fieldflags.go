package main

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
	"github.com/rastro-project/rastro/transfer"
	"github.com/spf13/pflag"
)

// fieldFlag is a command-line flag for one field of a record or filter. It
// keeps what the user typed; apply parses it into the field, so an update
// touches exactly the fields whose flags were given.
type fieldFlag struct {
	name   string
	index  []int
	typ    reflect.Type
	values []string
}

func (f *fieldFlag) String() string { return strings.Join(f.values, ",") }
func (f *fieldFlag) Set(s string) error {
	// Text enters here too: refused as in files, forms and API bodies.
	if err := textcheck.String(s); err != nil {
		return rastro.Errorf(rastro.EINVALID, "%v", err)
	}
	f.values = append(f.values, s)
	return nil
}
func (f *fieldFlag) Type() string { return typeHint(f.typ) }

// fieldFlags are the flags for the settable fields of a struct type.
type fieldFlags []*fieldFlag

// reservedFlags are the flags of the program and of every record command.
var reservedFlags = map[string]bool{"data": true, "db": true, "json": true, "help": true, "from-json": true, "output": true}

// skipFields are set by the store, never by flags.
var skipFields = map[string]bool{"id": true, "version": true, "created_at": true, "updated_at": true}

// addFieldFlags adds a flag for every leaf field of struct type t: JSON or
// Go names in kebab case ("when.start" → --when-start, IncidentID →
// --incident-id). help gives the usage of a flag by name; others get one
// from verb and the name ("set title"). A field whose flag name the command line already uses
// (--data, --db, --json) is named after the record: --claim-data.
func addFieldFlags(fs *pflag.FlagSet, t reflect.Type, record, verb string, help map[string]string) fieldFlags {
	var out fieldFlags
	transfer.Walk(t, func(name string, index []int) {
		if skipFields[name] {
			return
		}
		f := &fieldFlag{name: kebab(name), index: index, typ: t.FieldByIndex(index).Type}
		if reservedFlags[f.name] {
			f.name = record + "-" + f.name
		}
		usage := help[f.name]
		if usage == "" {
			usage = verb + " " + strings.ReplaceAll(f.name, "-", " ")
		}
		if f.repeatable() {
			usage += " (repeat or separate with commas; \"\" clears)"
		}
		if f.typ.Kind() == reflect.Slice && f.typ.Elem().Kind() == reflect.Struct {
			usage += " (a JSON object each, repeatable)"
		}
		fl := fs.VarPF(f, f.name, "", usage)
		if f.typ.Kind() == reflect.Bool {
			fl.NoOptDefVal = "true"
		}
		out = append(out, f)
	})
	return out
}

// repeatable reports whether the flag takes a list split at commas.
func (f *fieldFlag) repeatable() bool {
	k := f.typ.Kind()
	return (k == reflect.Slice && f.typ != rawMessage && f.typ.Elem().Kind() != reflect.Struct) || k == reflect.Map
}

// set reports whether any flag was given.
func (ff fieldFlags) set() bool {
	for _, f := range ff {
		if len(f.values) > 0 {
			return true
		}
	}
	return false
}

// apply sets the fields of the struct v points to from the flags given.
func (ff fieldFlags) apply(v any) error {
	rv := reflect.ValueOf(v).Elem()
	for _, f := range ff {
		if len(f.values) == 0 {
			continue
		}
		if err := f.assign(rv.FieldByIndex(f.index)); err != nil {
			return rastro.Errorf(rastro.EINVALID, "--%s: %s", f.name, rastro.ErrorMessage(err))
		}
	}
	return nil
}

var rawMessage = reflect.TypeFor[json.RawMessage]()

func (f *fieldFlag) assign(v reflect.Value) error {
	last := f.values[len(f.values)-1]
	switch {
	case v.Type() == rawMessage:
		if last != "" && !json.Valid([]byte(last)) {
			return rastro.Errorf(rastro.EINVALID, "not valid JSON")
		}
		v.SetBytes([]byte(last))
		return nil
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct:
		list := reflect.MakeSlice(v.Type(), 0, len(f.values))
		for i, s := range f.values {
			el := reflect.New(v.Type().Elem())
			if err := transfer.DecodeJSON([]byte(s), el.Interface(), "value "+strconv.Itoa(i+1)); err != nil {
				return err
			}
			list = reflect.Append(list, el.Elem())
		}
		v.Set(list)
		return nil
	case v.Kind() == reflect.Slice:
		list := reflect.MakeSlice(v.Type(), 0, len(f.values))
		for _, s := range f.items() {
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
		for _, s := range f.items() {
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

// items splits the values of a list flag at commas (not for plain strings,
// which may hold commas); a single "" gives the empty list.
func (f *fieldFlag) items() []string {
	var out []string
	split := f.typ.Kind() == reflect.Slice && f.typ.Elem() != reflect.TypeFor[string]()
	for _, s := range f.values {
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

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// parseScalar parses s into v: text unmarshalers (dates), strings and
// enumerations, numbers, booleans, and pointers ("" sets nil).
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
		return rastro.Errorf(rastro.EINVALID, "cannot be set from the command line; use --from-json")
	}
	return nil
}

func typeHint(t reflect.Type) string {
	switch {
	case t == rawMessage:
		return "json"
	case t == reflect.TypeFor[rastro.Date]() || t == reflect.TypeFor[*rastro.Date]():
		return "date"
	case t.Kind() == reflect.Pointer:
		return typeHint(t.Elem())
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		return "json"
	case t.Kind() == reflect.Slice:
		return typeHint(t.Elem()) + "s"
	case t.Kind() == reflect.Map:
		return "key=value"
	case t.Kind() == reflect.Bool:
		return ""
	case t.Kind() == reflect.Int, t.Kind() == reflect.Int64:
		return "int"
	case t.Kind() == reflect.Float64:
		return "number"
	}
	return "string"
}

// kebab turns a JSON or Go field name into a flag name: "when.start_exact"
// → "when-start-exact", "IncidentID" → "incident-id", "SHA256" → "sha256".
func kebab(name string) string {
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
