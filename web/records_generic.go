package web

import (
	"cmp"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// The record types without a hand-made form (places, units, relations,
// postings, deployments, discharges, involvements, sources) are edited
// through forms drawn from their fields: the JSON names are the form's,
// a field ending in _id is a picker of the record it names, dates and
// date ranges are dates, and lists are comma-separated. The conflict page
// compares and merges every type's fields the same way.

// formField is one input of a drawn form, or one row of the conflict page.
type formField struct {
	Name    string   // form and JSON name ("period.start" inside a range)
	Kind    string   // text, textarea, json, number, date, bool, ref, choice
	Value   string   // as the form shows it
	Ref     string   // for a ref: the record type it picks (places, units, …)
	Options []string // for a choice
	Enum    string   // for a choice: the labels kind naming its options
}

// Label is the field's name in words.
func (f formField) Label() string {
	return strings.ReplaceAll(strings.ReplaceAll(f.Name, "_", " "), ".", " ")
}

// refTypes says which record type a reference field picks.
var refTypes = map[string]string{
	"place_id": "places", "home_place_id": "places", "unit_id": "units", "parent_id": "units",
	"person_id": "persons", "agent_id": "persons", "victim_id": "persons", "incident_id": "incidents",
	"act_id": "acts", "source_id": "sources",
}

// skipped are fields a drawn form leaves alone: bookkeeping, what intake
// computes, and lists edited elsewhere.
var skipped = map[string]bool{"media_type": true, "size": true, "sha256": true, "pages": true, "citations": true, "text": true}

// kept are skipped names a type's form does carry: a claim's text is the
// span it quotes (a source's text comes only through intake).
var kept = map[reflect.Type]map[string]bool{reflect.TypeFor[rastro.Claim](): {"text": true}}

// longText fields get a text area.
var longText = map[string]bool{"description": true, "notes": true, "summary": true, "note": true, "text": true}

var (
	dateType      = reflect.TypeFor[rastro.Date]()
	rawJSONType   = reflect.TypeFor[json.RawMessage]()
	dateRangeType = reflect.TypeFor[rastro.DateRange]()
	recordType    = reflect.TypeFor[rastro.Record]()
)

// jsonName is a struct field's JSON name ("" for none).
func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	if name == "" {
		return strings.ToLower(f.Name)
	}
	return name
}

// fieldsOf lists the editable fields of record v (a pointer to a struct),
// with choices for the enumerations named in choices.
func fieldsOf(v any, choices map[string][]string) []formField {
	var out []formField
	walkFields(reflect.ValueOf(v).Elem(), "", func(name string, fv reflect.Value) {
		ff := formField{Name: name, Kind: "text", Value: valueText(fv)}
		base := name[strings.LastIndexByte(name, '.')+1:]
		switch {
		case fv.Type() == dateType:
			ff.Kind = "date"
		case fv.Kind() == reflect.Bool:
			ff.Kind = "bool"
		case refTypes[base] != "" && fv.Kind() == reflect.Int64:
			ff.Kind, ff.Ref = "ref", refTypes[base]
		case choices[base] != nil:
			ff.Kind, ff.Options = "choice", choices[base]
		case fv.Type() == rawJSONType:
			ff.Kind = "json" // a text area on forms, code on pages
		case longText[base]:
			ff.Kind = "textarea"
		case fv.Kind() >= reflect.Int && fv.Kind() <= reflect.Float64 || fv.Kind() == reflect.Pointer:
			ff.Kind = "number"
		}
		out = append(out, ff)
	})
	return out
}

// walkFields calls fn for each editable field of struct value sv, nested
// date ranges by their dotted names.
func walkFields(sv reflect.Value, prefix string, fn func(name string, fv reflect.Value)) {
	st := sv.Type()
	for i := range st.NumField() {
		sf, fv := st.Field(i), sv.Field(i)
		if sf.Type == recordType {
			continue
		}
		if sf.Anonymous && sf.Type.Kind() == reflect.Struct {
			walkFields(fv, prefix, fn) // Assertion: confidence, status
			continue
		}
		name := jsonName(sf)
		if name == "" || skipped[name] && !kept[st][name] {
			continue
		}
		if sf.Type == dateRangeType {
			walkFields(fv, prefix+name+".", fn)
			continue
		}
		if editable(sf.Type) {
			fn(prefix+name, fv)
		}
	}
}

func editable(t reflect.Type) bool {
	if t == rawJSONType {
		return true // a claim's structured value, as JSON
	}
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int64, reflect.Float64:
		return true
	case reflect.Pointer:
		return t.Elem().Kind() == reflect.Int || t.Elem().Kind() == reflect.Float64
	case reflect.Slice:
		return t.Elem().Kind() == reflect.String
	}
	return t == dateType
}

// valueText shows a field's value as the form does.
func valueText(fv reflect.Value) string {
	switch fv.Type() {
	case dateType:
		return fv.Interface().(rastro.Date).String()
	case rawJSONType:
		return string(fv.Bytes())
	}
	switch fv.Kind() {
	case reflect.Pointer:
		if fv.IsNil() {
			return ""
		}
		return valueText(fv.Elem())
	case reflect.Slice:
		parts := make([]string, fv.Len())
		for i := range parts {
			parts[i] = fv.Index(i).String()
		}
		return strings.Join(parts, ", ")
	case reflect.Bool:
		if fv.Bool() {
			return "yes"
		}
		return ""
	case reflect.Int, reflect.Int64:
		if fv.Int() == 0 {
			return ""
		}
		return strconv.FormatInt(fv.Int(), 10)
	case reflect.Float64:
		return strconv.FormatFloat(fv.Float(), 'f', -1, 64)
	}
	return fv.String()
}

// setFields sets the fields the form carries onto record v; the others
// stay as they are. The first bad value is the error, naming the field.
func setFields(r *http.Request, v any) error {
	var first error
	walkFields(reflect.ValueOf(v).Elem(), "", func(name string, fv reflect.Value) {
		vals, ok := r.PostForm[name]
		if !ok || first != nil {
			return
		}
		s := ""
		if len(vals) > 0 {
			s = strings.TrimSpace(strings.ReplaceAll(vals[len(vals)-1], "\r\n", "\n"))
		}
		if err := setText(fv, s); err != nil {
			first = rastro.Errorf(rastro.EINVALID, "%s %q: %s", strings.ReplaceAll(name, "_", " "), s, err)
		}
	})
	return first
}

// setText parses s into field fv.
func setText(fv reflect.Value, s string) error {
	if fv.Type() == rawJSONType {
		if s != "" && !json.Valid([]byte(s)) {
			return fmt.Errorf("want JSON")
		}
		fv.SetBytes([]byte(s))
		return nil
	}
	if fv.Type() == dateType {
		d, err := rastro.ParseDate(s)
		if err != nil {
			return fmt.Errorf("want YYYY-MM-DD, YYYY-MM or YYYY")
		}
		fv.Set(reflect.ValueOf(d))
		return nil
	}
	switch fv.Kind() {
	case reflect.String:
		fv.SetString(s)
	case reflect.Bool:
		fv.SetBool(s == "yes" || s == "on" || s == "true" || s == "1")
	case reflect.Int, reflect.Int64:
		n := int64(0)
		if s != "" {
			var err error
			if n, err = strconv.ParseInt(s, 10, 64); err != nil || n < 0 {
				return fmt.Errorf("want a whole number")
			}
		}
		fv.SetInt(n)
	case reflect.Float64:
		f := 0.0
		if s != "" {
			var err error
			if f, err = strconv.ParseFloat(s, 64); err != nil {
				return fmt.Errorf("want a number")
			}
		}
		fv.SetFloat(f)
	case reflect.Pointer:
		if s == "" {
			fv.SetZero()
			return nil
		}
		p := reflect.New(fv.Type().Elem())
		if err := setText(p.Elem(), s); err != nil {
			return err
		}
		fv.Set(p)
	case reflect.Slice:
		out := reflect.MakeSlice(fv.Type(), 0, 2)
		for _, part := range strings.Split(s, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = reflect.Append(out, reflect.ValueOf(part).Convert(fv.Type().Elem()))
			}
		}
		if out.Len() == 0 {
			out = reflect.Zero(fv.Type())
		}
		fv.Set(out)
	}
	return nil
}

// drawn is a record type with a drawn form: its API name (the path) and
// the choices of its enumerations, named by the labels kind Enums gives
// (the field's own name when absent).
type drawn struct {
	Name    string
	Choices map[string][]string
	Enums   map[string]string
}

// fields lists the form's fields of record v, its choices named.
func (d drawn) fields(v any) []formField {
	out := fieldsOf(v, d.Choices)
	for i, f := range out {
		if f.Kind == "choice" {
			out[i].Enum = cmp.Or(d.Enums[f.Name], f.Name)
		}
	}
	return out
}

var assertionChoices = map[string][]string{
	"confidence": rastro.Strings(rastro.Confidences),
	"status":     rastro.Strings(rastro.Statuses),
}

func withAssertion(m map[string][]string) map[string][]string {
	for k, v := range assertionChoices {
		m[k] = v
	}
	return m
}

// drawnForm builds the recordForm of a type with a drawn form.
func drawnForm[T any](d drawn, store func(s *Server) recordStore[T], record func(*T) *rastro.Record, page func(*T) string) recordForm[T] {
	return recordForm[T]{
		name:   d.Name,
		store:  store,
		record: record,
		fromForm: func(s *Server, r *http.Request, v *T) error {
			return setFields(r, v)
		},
		into: func(e *editView, v *T) {
			e.Type, e.Fields, e.Record = d.Name, d.fields(v), record(v)
		},
		choices: func(s *Server, r *http.Request, e *editView) error { return s.pickerChoices(r, e) },
		page:    page,
		form:    "record_edit",
	}
}
