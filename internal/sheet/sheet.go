// Package sheet is the one way the program writes spreadsheet cells (CSV
// and XLSX): text a spreadsheet would run as a formula is neutralised with
// a leading apostrophe, reversibly, so the program's own files read back
// to the values it wrote.
package sheet

import (
	"encoding/csv"
	"io"
	"regexp"
)

// number matches plain decimal numbers, which spreadsheets read as numbers
// and never as formulas, so "-12.5" stays as it is.
var number = regexp.MustCompile(`^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$`)

// formulaStart reports whether a spreadsheet could take s for a formula or
// a command: it starts with =, +, -, @, a tab or a carriage return.
func formulaStart(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return !number.MatchString(s)
	}
	return false
}

// quoted reports whether Cell prefixes s with an apostrophe: it could be a
// formula, or it already starts with apostrophes before such text (so that
// Value can tell an added apostrophe from one that was there).
func quoted(s string) bool {
	for len(s) > 0 && s[0] == '\'' {
		s = s[1:]
	}
	return formulaStart(s)
}

// Cell returns s as it is safe to write in a spreadsheet cell.
func Cell(s string) string {
	if quoted(s) {
		return "'" + s
	}
	return s
}

// Value undoes Cell: Value(Cell(s)) == s for every s.
func Value(s string) string {
	if len(s) > 1 && s[0] == '\'' && quoted(s[1:]) {
		return s[1:]
	}
	return s
}

// Writer writes CSV rows with every cell passed through Cell.
type Writer struct {
	cw  *csv.Writer
	row []string
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{cw: csv.NewWriter(w)} }

// Write writes one row; the caller's slice is not changed.
func (w *Writer) Write(row []string) error {
	w.row = w.row[:0]
	for _, c := range row {
		w.row = append(w.row, Cell(c))
	}
	return w.cw.Write(w.row)
}

// Flush writes buffered rows and returns any error of the writes so far.
func (w *Writer) Flush() error {
	w.cw.Flush()
	return w.cw.Error()
}
