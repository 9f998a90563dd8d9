package sqldb

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A packed read (readOpts.packed) asks SQLite for each row as one text,
// json_array(c1, …, cn), and takes it apart here. With the SQLite driver,
// every column of every row costs a column-type and one or two
// column-value calls, each taking the connection's mutex, and a value
// converted twice: for a whole table of many narrow columns that is most
// of the read, and one column a row costs about half of it. The values
// come out as the driver would give them (nil, int64 or string), so the
// destinations are the usual ones; a table whose destinations are not all
// of the kinds below (floats, whose negative zero JSON writes as 0.0, and
// sealed fields) is read column by column. No column read this way holds
// a blob (json_array would take one for JSONB): the one BLOB column,
// source_content.data, is read apart.

// packedRow scans rows of json_array(…) into dests.
type packedRow struct {
	dests []any
	text  string
}

// packRow returns the packed reader of dests, or nil when one of them
// cannot take a packed value.
func packRow(dests []any) *packedRow {
	p := &packedRow{dests: make([]any, len(dests))}
	for i, d := range dests {
		switch d := d.(type) {
		case internDest:
			p.dests[i] = &internColumn{d: d}
		case *int64, *string, *bool, intDest, idDest, dateDest, jsonDest, intPtrDest, timeDest:
			p.dests[i] = d
		default:
			return nil
		}
	}
	return p
}

// internColumn is an internDest that first compares a value with the
// column's last: codes often repeat from row to row, and a comparison
// costs less than a lookup.
type internColumn struct {
	d    internDest
	last string
	set  bool
}

// packedSelect is the SELECT of cols from the rest of the query (FROM …)
// as one JSON array a row.
func packedSelect(cols []string, from string) string {
	return "SELECT json_array(" + joinCols(cols) + ") " + from
}

// scan reads the current row into the destinations.
func (p *packedRow) scan(rows *sql.Rows) error {
	if err := rows.Scan(&p.text); err != nil {
		return err
	}
	s := p.text
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return fmt.Errorf("packed row: not a JSON array: %.40q", s)
	}
	s = s[1 : len(s)-1]
	var v packedValue
	for i, d := range p.dests {
		if i > 0 {
			if s == "" || s[0] != ',' {
				return fmt.Errorf("packed row: %d values, want %d", i, len(p.dests))
			}
			s = s[1:]
		}
		rest, err := v.read(s)
		if err != nil {
			return fmt.Errorf("packed row, value %d: %w", i+1, err)
		}
		s = rest
		if err := v.assign(d); err != nil {
			return fmt.Errorf("packed row, value %d: %w", i+1, err)
		}
	}
	if s != "" {
		return fmt.Errorf("packed row: more than %d values", len(p.dests))
	}
	return nil
}

// packedValue is one value of a packed row, kept unboxed: an interface
// holding an integer or a string is an allocation, which the common
// destinations do without.
type packedValue struct {
	kind byte // 'n' null, 'i' integer, 'f' float, 's' string
	s    string
	own  bool // s is a copy, not part of the row
	i    int64
	f    float64
}

// boxed is the value as the driver would give it.
func (v *packedValue) boxed() any {
	switch v.kind {
	case 'i':
		return v.i
	case 'f':
		return v.f
	case 's':
		return v.s
	}
	return nil
}

// read reads the value at the start of s as json_array writes it: a
// string (which may share s's memory), an integer, a float (a real in a
// column of another type: no destination here takes floats), or null.
func (v *packedValue) read(s string) (rest string, err error) {
	if s == "" {
		return "", errors.New("missing value")
	}
	switch c := s[0]; {
	case c == '"':
		v.kind = 's'
		v.s, v.own, rest, err = jsonString(s)
		return rest, err
	case c == '-' || c >= '0' && c <= '9':
		end := 1
		for end < len(s) && s[end] != ',' {
			end++
		}
		if n, ok := smallInt(s[:end]); ok {
			v.kind, v.i = 'i', n
			return s[end:], nil
		}
		if v.i, err = strconv.ParseInt(s[:end], 10, 64); err == nil {
			v.kind = 'i'
			return s[end:], nil
		}
		if v.f, err = strconv.ParseFloat(s[:end], 64); err != nil {
			return "", fmt.Errorf("not a number: %.40q", s[:end])
		}
		v.kind = 'f'
		return s[end:], nil
	case strings.HasPrefix(s, "null"):
		v.kind = 'n'
		return s[4:], nil
	}
	return "", fmt.Errorf("unexpected %.20q", s)
}

// smallInt parses an integer of at most 18 digits, which cannot overflow
// (IDs, counts, flags): strconv.ParseInt does the rest.
func smallInt(s string) (int64, bool) {
	neg := s != "" && s[0] == '-'
	if neg {
		s = s[1:]
	}
	if s == "" || len(s) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// jsonString reads the JSON string at the start of s; without escapes it
// is a slice of s, else a copy (own).
func jsonString(s string) (v string, own bool, rest string, err error) {
	if q := strings.IndexByte(s[1:], '"') + 1; q > 0 && strings.IndexByte(s[1:q], '\\') < 0 {
		return s[1:q], false, s[q+1:], nil
	}
	i := 1
	for i < len(s) && s[i] != '\\' {
		i++
	}
	var b strings.Builder
	b.WriteString(s[1:i])
	for i < len(s) {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), true, s[i+1:], nil
		case c != '\\':
			b.WriteByte(c)
			i++
			continue
		case i+1 == len(s):
			return "", false, "", errors.New("unterminated string")
		}
		e := s[i+1]
		i += 2
		switch e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, n, ok := jsonRune(s[i:])
			if !ok {
				return "", false, "", fmt.Errorf("bad escape %.8q", s[i-2:])
			}
			b.WriteRune(r)
			i += n
		default:
			return "", false, "", fmt.Errorf("bad escape %.8q", s[i-2:])
		}
	}
	return "", false, "", errors.New("unterminated string")
}

// text is the string, copied unless it is already a copy.
func (v *packedValue) text() string {
	if v.own {
		return v.s
	}
	return strings.Clone(v.s)
}

// jsonRune decodes the hex digits after \u, and the low half of a
// surrogate pair after them; n is how many bytes it read.
func jsonRune(s string) (r rune, n int, ok bool) {
	hex4 := func(s string) (rune, bool) {
		if len(s) < 4 {
			return 0, false
		}
		v, err := strconv.ParseUint(s[:4], 16, 16)
		return rune(v), err == nil
	}
	r, ok = hex4(s)
	if !ok {
		return 0, 0, false
	}
	if utf16.IsSurrogate(r) && len(s) >= 10 && s[4] == '\\' && s[5] == 'u' {
		if lo, ok := hex4(s[6:]); ok {
			if d := utf16.DecodeRune(r, lo); d != utf8.RuneError {
				return d, 10, true
			}
		}
	}
	if utf16.IsSurrogate(r) {
		r = utf8.RuneError
	}
	return r, 4, true
}

// assign sets d to v as database/sql's Scan would. A string may share the
// row's memory: what keeps it gets a copy, so a record does not hold its
// whole row.
func (v *packedValue) assign(d any) error {
	switch d := d.(type) {
	case *internColumn:
		if v.kind == 's' {
			if d.set && v.s == d.last {
				*d.d.p = d.last
				return nil
			}
			if c, ok := d.d.seen[v.s]; ok {
				*d.d.p = c
			} else if err := d.d.Scan(v.text()); err != nil {
				return err
			}
			d.last, d.set = *d.d.p, true
			return nil
		}
		return d.d.Scan(v.boxed())
	case intDest:
		if v.kind == 'i' {
			*d.p = int(v.i)
			return nil
		}
	case idDest:
		switch v.kind {
		case 'i':
			*d.p = v.i
			return nil
		case 'n':
			*d.p = 0
			return nil
		}
	case intPtrDest:
		switch v.kind {
		case 'i':
			n := int(v.i)
			*d.p = &n
			return nil
		case 'n':
			*d.p = nil
			return nil
		}
	case dateDest:
		if v.kind == 's' {
			return d.set(v.s) // keeps nothing of the text
		}
	case jsonDest:
		if v.kind == 's' {
			return d.set(v.text())
		}
	case *string:
		switch v.kind {
		case 's':
			*d = v.text()
		case 'i':
			*d = strconv.FormatInt(v.i, 10)
		case 'f':
			*d = strconv.FormatFloat(v.f, 'g', -1, 64)
		default:
			return errors.New("converting NULL to string is unsupported")
		}
		return nil
	case *int64:
		switch v.kind {
		case 'i':
			*d = v.i
		case 's':
			n, err := strconv.ParseInt(v.s, 10, 64)
			if err != nil {
				return fmt.Errorf("converting %q to an int64: %w", v.s, err)
			}
			*d = n
		default:
			return fmt.Errorf("converting %v to an int64 is unsupported", v.boxed())
		}
		return nil
	case *bool:
		switch {
		case v.kind == 'i' && (v.i == 0 || v.i == 1):
			*d = v.i == 1
		case v.kind == 's':
			b, err := strconv.ParseBool(v.s)
			if err != nil {
				return fmt.Errorf("converting %q to a bool: %w", v.s, err)
			}
			*d = b
		default:
			return fmt.Errorf("converting %v to a bool is unsupported", v.boxed())
		}
		return nil
	}
	sc, ok := d.(sql.Scanner)
	if !ok {
		return fmt.Errorf("packed row: cannot scan into %T", d)
	}
	if v.kind == 's' {
		return sc.Scan(v.text())
	}
	return sc.Scan(v.boxed())
}
