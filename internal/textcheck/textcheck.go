// Package textcheck checks text where it enters the program (ACLED CSV
// cells, JSON bundles, JSON API bodies, form posts): it must be valid UTF-8
// without NUL characters. SQLite would store such text as it is and
// PostgreSQL refuses it, so the two stores would differ, and an export
// would no longer match the database. Readers call String per cell or
// value, or JSON per raw record, and name the file, line, record and field
// in their own errors.
package textcheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"
)

// String returns an error saying what is wrong with s, or nil.
func String(s string) error {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return fmt.Errorf("invalid UTF-8 (byte 0x%02x at byte %d)", s[i], i+1)
		case r == 0:
			return fmt.Errorf("NUL character at byte %d", i+1)
		}
		i += n
	}
	return nil
}

// Unmarshal decodes exactly one JSON value into v, refusing fields v does not
// have and anything but white space after the value: a second value, or a
// stray "}" that the decoder's More would let through, which would also hide
// the first value's strings from JSON (it checks only what parses whole).
// It is the one strict decoder for what users send (bundles, record files,
// API bodies, rule files).
func Unmarshal(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("unexpected data after the value")
	}
	return nil
}

// Tag makes a metadata text (an EXIF or container tag) clean: it ends at
// its first NUL, as C strings and EXIF ASCII do, bytes that are no UTF-8
// (a camera's Latin-1) become U+FFFD, and surrounding space is trimmed.
func Tag(s string) string {
	s, _, _ = strings.Cut(s, "\x00")
	return strings.TrimSpace(strings.ToValidUTF8(s, "\ufffd"))
}

// nulEscape is how JSON writes a NUL character (a raw NUL is not JSON).
var nulEscape = []byte(`\u0000`)

// JSON checks every string of one raw JSON value, object keys included. It
// returns the path of the first bad string below the value (".notes",
// "[3].aliases[0]", "" for the value itself), its byte offset in raw, and
// what is wrong; err is nil when all is well. Malformed JSON is left to the
// decoder: JSON reports nothing it cannot parse.
func JSON(raw []byte) (path string, offset int, err error) {
	if utf8.Valid(raw) && !bytes.Contains(raw, nulEscape) {
		return "", 0, nil // the common case: one pass, no allocation
	}
	return walk(raw, 0, "")
}

func walk(raw []byte, base int, path string) (string, int, error) {
	lead := len(raw) - len(bytes.TrimLeft(raw, " \t\r\n"))
	v := bytes.TrimSpace(raw)
	at := base + lead
	if len(v) == 0 {
		return "", 0, nil
	}
	switch v[0] {
	case '"':
		if !utf8.Valid(v) {
			return path, at + invalidAt(v), fmt.Errorf("invalid UTF-8")
		}
		var s string
		if json.Unmarshal(v, &s) == nil {
			if i := strings.IndexByte(s, 0); i >= 0 {
				return path, at + bytes.Index(v, nulEscape), fmt.Errorf("NUL character at character %d", utf8.RuneCountInString(s[:i])+1)
			}
		}
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(v, &list) != nil {
			return "", 0, nil
		}
		off := 1
		for i, el := range list {
			j := bytes.Index(v[off:], bytes.TrimSpace(el))
			if j < 0 {
				j = 0
			}
			if p, o, err := walk(el, at+off+j, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return p, o, err
			}
			off += j + len(bytes.TrimSpace(el))
		}
	case '{':
		var obj map[string]json.RawMessage
		if json.Unmarshal(v, &obj) != nil {
			return "", 0, nil
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		// Report the first bad value in the order of the text.
		pos := map[string]int{}
		for _, k := range keys {
			pos[k] = bytes.Index(v, obj[k])
		}
		slices.SortFunc(keys, func(a, b string) int { return pos[a] - pos[b] })
		for _, k := range keys {
			if strings.IndexByte(k, 0) >= 0 {
				return path + "." + k, at + pos[k], fmt.Errorf("NUL character in a field name")
			}
			if p, o, err := walk(obj[k], at+pos[k], path+"."+k); err != nil {
				return p, o, err
			}
		}
		if !utf8.Valid(v) {
			// Only a field name is left: the decoder has made it valid.
			return path, at + invalidAt(v), fmt.Errorf("invalid UTF-8 in a field name")
		}
	}
	return "", 0, nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return 0
}

// Value checks every string reachable from v (struct fields, list
// elements, map keys and values; byte slices are data, not text) and
// returns the first error, naming the string.
func Value(v any) error {
	return value(reflect.ValueOf(v))
}

func value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return value(v.Elem())
		}
	case reflect.String:
		if err := String(v.String()); err != nil {
			return fmt.Errorf("%q: %w", v.String(), err)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				if err := value(v.Field(i)); err != nil {
					return err
				}
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return nil
		}
		for i := range v.Len() {
			if err := value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			if err := value(k); err != nil {
				return err
			}
			if err := value(v.MapIndex(k)); err != nil {
				return err
			}
		}
	}
	return nil
}
