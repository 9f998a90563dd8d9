package main

import (
	"encoding/json"
	"reflect"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/fieldset"
	"github.com/spf13/pflag"
)

// fieldFlag is a command-line flag for one field of a record or filter. It
// keeps what the user typed; apply parses it into the field (through
// fieldset, as the web's query parameters are), so an update touches
// exactly the fields whose flags were given.
type fieldFlag struct {
	name   string
	field  fieldset.Field
	values []string
}

func (f *fieldFlag) String() string { return strings.Join(f.values, ",") }
func (f *fieldFlag) Set(s string) error {
	f.values = append(f.values, s)
	return nil
}
func (f *fieldFlag) Type() string { return typeHint(f.field.Type) }

// fieldFlags are the flags for the settable fields of a struct type.
type fieldFlags []*fieldFlag

// reservedFlags are the flags of the program and of every record command.
var reservedFlags = map[string]bool{"data": true, "db": true, "json": true, "help": true, "from-json": true, "output": true}

// addFieldFlags adds a flag for every settable field of struct type t
// (named as fieldset.Of names them). help gives the usage of a flag by
// name; others get one from verb and the name ("set title"). A field whose
// flag name the command line already uses (--data, --db, --json) is named
// after the record: --claim-data.
func addFieldFlags(fs *pflag.FlagSet, t reflect.Type, record, verb string, help map[string]string) fieldFlags {
	var out fieldFlags
	for _, field := range fieldset.Of(t) {
		f := &fieldFlag{name: field.Name, field: field}
		if reservedFlags[f.name] {
			f.name = record + "-" + f.name
		}
		usage := help[f.name]
		if usage == "" {
			usage = enumHelp(field.Type)
		}
		if usage == "" {
			usage = verb + " " + strings.ReplaceAll(f.name, "-", " ")
		}
		if field.Repeatable() {
			usage += " (repeat or separate with commas; \"\" clears)"
		}
		if field.Objects() {
			usage += " (a JSON object each, repeatable)"
		}
		fl := fs.VarPF(f, f.name, "", usage)
		if field.Type.Kind() == reflect.Bool {
			fl.NoOptDefVal = "true"
		}
		out = append(out, f)
	}
	return out
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
	for _, f := range ff {
		if err := f.field.Set(v, f.values); err != nil {
			return rastro.Errorf(rastro.EINVALID, "--%s: %s", f.name, rastro.ErrorMessage(err))
		}
	}
	return nil
}

var rawMessage = reflect.TypeFor[json.RawMessage]()

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

// enumHelp lists the values of an enumeration (rastro.Enum), or of a list
// of one, "" for other types: the flag's usage, from the one list the
// values are checked against.
func enumHelp(t reflect.Type) string {
	if t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	e, ok := reflect.Zero(t).Interface().(rastro.Enum)
	if !ok {
		return ""
	}
	return enumList(e)
}

// enumList writes the values of an enumeration as "a, b or c".
func enumList(e rastro.Enum) string {
	vs := e.Values()
	return strings.Join(vs[:len(vs)-1], ", ") + " or " + vs[len(vs)-1]
}
