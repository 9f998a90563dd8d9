package transfer

import (
	"archive/zip"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/atomicfile"
	"github.com/rastro-project/rastro/internal/sheet"
)

// Columns lists the flat column names of a record type: JSON names, nested
// structs joined with a dot ("when.start"), embedded structs inlined. The
// order is the order of the fields, so it is stable across releases that
// only add fields at the end.
func Columns(t reflect.Type) []string {
	var cols []string
	walk(t, "", func(name string, _ []int) { cols = append(cols, name) })
	return cols
}

// Values returns the cells of record v (a pointer to a struct) for Columns:
// dates as ISO 8601, times as RFC 3339 in UTC, lists of words joined with
// "; ", other lists and maps as JSON, unknown values empty.
func Values(v any) []string {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	var out []string
	walk(rv.Type(), "", func(_ string, index []int) {
		f, err := rv.FieldByIndexErr(index)
		if err != nil {
			out = append(out, "")
			return
		}
		out = append(out, Cell(f))
	})
	return out
}

var (
	timeType      = reflect.TypeFor[time.Time]()
	rawType       = reflect.TypeFor[json.RawMessage]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// Walk calls fn for each leaf field of struct type t with its column name
// (as in Columns) and its index path for reflect.Value.FieldByIndex.
func Walk(t reflect.Type, fn func(name string, index []int)) { walk(t, "", fn) }

func walk(t reflect.Type, prefix string, fn func(name string, index []int)) {
	var rec func(t reflect.Type, prefix string, index []int)
	rec = func(t reflect.Type, prefix string, index []int) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, ok := jsonName(f)
			if !ok {
				continue
			}
			idx := append(append([]int(nil), index...), i)
			if name == "" {
				rec(f.Type, prefix, idx)
				continue
			}
			if f.Type.Kind() == reflect.Struct && f.Type != timeType && !f.Type.Implements(textMarshaler) {
				rec(f.Type, prefix+name+".", idx)
				continue
			}
			fn(prefix+name, idx)
		}
	}
	rec(t, prefix, nil)
}

// Cell formats one field value for a table cell.
func Cell(f reflect.Value) string {
	if f.Kind() == reflect.Pointer {
		if f.IsNil() {
			return ""
		}
		return Cell(f.Elem())
	}
	if f.Type() == timeType {
		t := f.Interface().(time.Time)
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format(time.RFC3339Nano)
	}
	if f.Type() == rawType {
		return string(f.Bytes())
	}
	if m, ok := f.Interface().(encoding.TextMarshaler); ok {
		b, _ := m.MarshalText()
		return string(b)
	}
	switch f.Kind() {
	case reflect.String:
		return f.String()
	case reflect.Int, reflect.Int64, reflect.Int32:
		return strconv.FormatInt(f.Int(), 10)
	case reflect.Float64, reflect.Float32:
		return strconv.FormatFloat(f.Float(), 'f', -1, 64)
	case reflect.Bool:
		return strconv.FormatBool(f.Bool())
	case reflect.Slice:
		if f.Len() == 0 {
			return ""
		}
		if f.Type().Elem().Kind() == reflect.String {
			words := make([]string, f.Len())
			for i := range words {
				words[i] = f.Index(i).String()
			}
			return strings.Join(words, "; ")
		}
	case reflect.Map:
		if f.Len() == 0 {
			return ""
		}
	}
	b, err := json.Marshal(f.Interface())
	if err != nil {
		return fmt.Sprint(f.Interface())
	}
	return string(b)
}

// WriteTable writes records as CSV with a header of Columns, through
// package sheet: text a spreadsheet would run as a formula gets a leading
// apostrophe; numbers are written as they are.
func WriteTable[T any](w io.Writer, records []*T) error {
	cw := sheet.NewWriter(w)
	if err := cw.Write(Columns(reflect.TypeFor[T]())); err != nil {
		return err
	}
	for _, r := range byID(records) {
		if err := cw.Write(Values(r)); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// table is one CSV table of a bundle.
type table struct {
	name  string
	write func(io.Writer) error
}

// tables are the bundle's CSV tables, one per record type.
func tables(b *rastro.Bundle) []table {
	return []table{
		{"sources", func(w io.Writer) error { return WriteTable(w, b.Sources) }},
		{"claims", func(w io.Writer) error { return WriteTable(w, b.Claims) }},
		{"places", func(w io.Writer) error { return WriteTable(w, b.Places) }},
		{"persons", func(w io.Writer) error { return WriteTable(w, b.Persons) }},
		{"units", func(w io.Writer) error { return WriteTable(w, b.Units) }},
		{"unit_relations", func(w io.Writer) error { return WriteTable(w, b.UnitRelations) }},
		{"postings", func(w io.Writer) error { return WriteTable(w, b.Postings) }},
		{"incidents", func(w io.Writer) error { return WriteTable(w, b.Incidents) }},
		{"acts", func(w io.Writer) error { return WriteTable(w, b.Acts) }},
		{"involvements", func(w io.Writer) error { return WriteTable(w, b.Involvements) }},
		{"deployments", func(w io.Writer) error { return WriteTable(w, b.Deployments) }},
		{"discharges", func(w io.Writer) error { return WriteTable(w, b.Discharges) }},
		{"assessment_reviews", func(w io.Writer) error { return WriteTable(w, b.AssessmentReviews) }},
		{"person_merges", func(w io.Writer) error { return WriteTable(w, b.PersonMerges) }},
		{"link_reviews", func(w io.Writer) error { return WriteTable(w, b.LinkReviews) }},
		{"evidence_items", func(w io.Writer) error { return WriteTable(w, b.EvidenceItems) }},
		{"custody_entries", func(w io.Writer) error { return WriteTable(w, b.CustodyEntries) }},
	}
}

// WriteCSV writes one CSV file per record type into dir (created when
// missing): sources.csv, claims.csv, … discharges.csv. It returns the files
// written. Original source bytes are not part of the tables.
func WriteCSV(dir string, b *rastro.Bundle) ([]string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "cannot create directory %s: %v", dir, err)
	}
	var files []string
	for _, t := range tables(b) {
		path := filepath.Join(dir, t.name+".csv")
		if err := WriteFileAtomic(path, t.write); err != nil {
			return files, err
		}
		files = append(files, path)
	}
	return files, nil
}

// WriteCSVZip writes the tables WriteCSV writes as the files of a zip
// (a download), dated now.
func WriteCSVZip(w io.Writer, b *rastro.Bundle, now time.Time) error {
	zw := zip.NewWriter(w)
	for _, t := range tables(b) {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: t.name + ".csv", Method: zip.Deflate, Modified: now})
		if err != nil {
			return err
		}
		if err := t.write(f); err != nil {
			return err
		}
	}
	return zw.Close()
}

// WriteFileAtomic writes a file whole or not at all (internal/atomicfile:
// readable by its owner only, as exports hold personal data). Failures of
// the file system are EINVALID errors naming the path, which the user can
// act on; write's own errors are returned as they are.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	var writeErr error
	err := atomicfile.Write(path, func(w io.Writer) error {
		writeErr = write(w)
		return writeErr
	})
	var pathErr *fs.PathError
	switch {
	case err == nil:
		return nil
	case writeErr != nil && !errors.As(writeErr, &pathErr):
		return writeErr
	}
	return rastro.Errorf(rastro.EINVALID, "cannot write %s: %v", path, err)
}
