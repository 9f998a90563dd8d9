package sqldb

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rastro-project/rastro/internal/fold"

	"github.com/rastro-project/rastro"
)

// Column helpers: how domain values become column values (…Arg) and back
// (…Dest, sql.Scanner destinations). Zero values of optional references,
// dates and collections are stored as NULL so that foreign keys and "is
// unknown" queries work.

// timeLayout keeps microseconds (PostgreSQL's precision) at a fixed width so
// the text sorts in time order.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// TimeDest scans a time written by formatTime.
type timeDest struct{ t *time.Time }

func (d timeDest) Scan(v any) error {
	s, err := asString(v)
	if err != nil || s == "" {
		*d.t = time.Time{}
		return err
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return fmt.Errorf("bad timestamp %q: %w", s, err)
	}
	*d.t = t
	return nil
}

// DateArg stores a fuzzy date as ISO text at its precision, NULL when unknown.
func DateArg(d rastro.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// DateDest scans a date stored by DateArg.
func DateDest(d *rastro.Date) sql.Scanner { return dateDest{d} }

type dateDest struct{ d *rastro.Date }

func (d dateDest) Scan(v any) error {
	s, err := asString(v)
	if err != nil {
		return err
	}
	return d.set(s)
}

func (d dateDest) set(s string) (err error) {
	*d.d, err = rastro.ParseDate(s)
	return err
}

// IDArg stores a reference, NULL for 0 (no reference).
func IDArg(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// IDDest scans a nullable reference, NULL as 0.
func IDDest(id *int64) sql.Scanner { return idDest{id} }

type idDest struct{ p *int64 }

func (d idDest) Scan(v any) error {
	var n sql.NullInt64
	if err := n.Scan(v); err != nil {
		return err
	}
	*d.p = n.Int64
	return nil
}

// JSONArg stores v as JSON text, NULL when v is nil or an empty list or map.
func JSONArg(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	switch string(b) {
	case "null", "[]", "{}":
		return nil, nil
	}
	return string(b), nil
}

func mustJSON(v any) any {
	a, err := JSONArg(v)
	if err != nil {
		panic(err) // only called with lists and maps of strings and numbers
	}
	return a
}

// JSONDest scans JSON text into ptr; NULL leaves ptr's zero value.
func JSONDest(ptr any) sql.Scanner { return jsonDest{ptr} }

type jsonDest struct{ p any }

func (d jsonDest) Scan(v any) error {
	s, err := asString(v)
	if err != nil {
		return err
	}
	return d.set(s)
}

func (d jsonDest) set(s string) error {
	if s == "" {
		return nil
	}
	// Lists of codes and words (wound regions, tags, aliases) are most of
	// what these columns hold, and encoding/json costs more than the rest
	// of a row to read them: they are taken apart here when they have the
	// shape json.Marshal gives them and no escapes, else left to it.
	if rv := reflect.ValueOf(d.p); rv.Kind() == reflect.Pointer && rv.Elem().Kind() == reflect.Slice && rv.Elem().Type().Elem().Kind() == reflect.String {
		if words, ok := plainStrings(s); ok {
			list := reflect.MakeSlice(rv.Elem().Type(), len(words), len(words))
			for i, w := range words {
				list.Index(i).SetString(w)
			}
			rv.Elem().Set(list)
			return nil
		}
	}
	return json.Unmarshal([]byte(s), d.p)
}

// plainStrings parses a JSON array of strings written without spaces,
// escapes or control characters, in valid UTF-8; ok is false for anything
// else.
func plainStrings(s string) (words []string, ok bool) {
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, false
	}
	body := s[1 : len(s)-1]
	words = []string{}
	for body != "" {
		if body[0] != '"' {
			return nil, false
		}
		end := 1
		for end < len(body) && body[end] != '"' {
			if c := body[end]; c == '\\' || c < 0x20 {
				return nil, false
			}
			end++
		}
		if end == len(body) {
			return nil, false
		}
		w := body[1:end]
		if !utf8.ValidString(w) {
			return nil, false
		}
		words = append(words, w)
		body = body[end+1:]
		if body != "" {
			if body[0] != ',' || len(body) == 1 {
				return nil, false
			}
			body = body[1:]
		}
	}
	return words, true
}

// rawJSONDest scans JSON text as it was stored.
type rawJSONDest struct{ p *json.RawMessage }

func (d rawJSONDest) Scan(v any) error {
	s, err := asString(v)
	if err != nil || s == "" {
		*d.p = nil
		return err
	}
	*d.p = json.RawMessage(s)
	return nil
}

func rawJSONArg(m json.RawMessage) any {
	if len(bytes.TrimSpace(m)) == 0 {
		return nil
	}
	return string(m)
}

// floatPtrDest and intPtrDest scan nullable numbers into pointer fields.
type floatPtrDest struct{ p **float64 }

func (d floatPtrDest) Scan(v any) error {
	var n sql.NullFloat64
	if err := n.Scan(v); err != nil {
		return err
	}
	*d.p = nil
	if n.Valid {
		*d.p = &n.Float64
	}
	return nil
}

type intPtrDest struct{ p **int }

func (d intPtrDest) Scan(v any) error {
	var n sql.NullInt64
	if err := n.Scan(v); err != nil {
		return err
	}
	*d.p = nil
	if n.Valid {
		i := int(n.Int64)
		*d.p = &i
	}
	return nil
}

func ptrArg[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func asString(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case []byte:
		return string(x), nil
	}
	return "", fmt.Errorf("want text, got %T", v)
}

// searchWords splits a search query into folded words of letters and
// digits, the only characters either full-text index keeps, so that no
// query syntax reaches FTS5 or to_tsquery.
func searchWords(q string) []string {
	return strings.FieldsFunc(fold.Lower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
