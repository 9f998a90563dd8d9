// Package mse estimates the size of a closed population from the overlap of
// several incomplete lists (multiple systems estimation): log-linear models
// as in R's Rcapture, Bayesian model averaging over decomposable graphical
// models as in HRDAG's dga, and the Bayesian latent-class model of LCMCR.
//
// Capture histories over k lists are kept in Rcapture's order: the history
// whose lists read as the binary number 2^k-1 comes first and 0...01 last, so
// for three lists 111, 110, 101, 100, 011, 010, 001. List 1 is the most
// significant digit.
package mse

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// MaxLists bounds the number of lists: the 2^k-1 cells grow fast. Up to
// it, the standard models (M0, Mt, Mh, Mth, Mb) fit, as Rcapture's
// closedp.t does for its eight-occasion bunting data; the searches over
// many models (hierarchical ranking, dga) stop at MaxSearchLists.
const MaxLists = 12

// MaxSearchLists bounds the lists of the model searches: hierarchical
// models and decomposable graphs number in the millions beyond it.
const MaxSearchLists = 6

// Histories are the counts of the observed capture histories over Lists
// lists. Counts[r] is the count of the r-th history in Rcapture's order.
type Histories struct {
	Lists  int
	Names  []string // list names, c1..ck unless a CSV header named them
	Counts []float64
}

// Pattern returns the history of row r as a bit mask: bit j (0-based) set when
// the history is on list j+1.
func (h *Histories) Pattern(r int) uint {
	v := uint(1)<<h.Lists - 1 - uint(r)
	return reverseBits(v, h.Lists)
}

// Row returns the row of the history with bit mask m (m != 0).
func (h *Histories) Row(m uint) int {
	return int(uint(1)<<h.Lists - 1 - reverseBits(m, h.Lists))
}

// reverseBits maps Rcapture's "list 1 is the most significant digit" to bit
// masks in which list j is bit j-1.
func reverseBits(v uint, k int) uint {
	var out uint
	for j := 0; j < k; j++ {
		if v&(1<<uint(k-1-j)) != 0 {
			out |= 1 << uint(j)
		}
	}
	return out
}

// N returns the number of observed individuals.
func (h *Histories) N() float64 {
	var s float64
	for _, c := range h.Counts {
		s += c
	}
	return s
}

// HistoryString writes the history of row r as 0/1 digits, list 1 first.
func (h *Histories) HistoryString(r int) string {
	m := h.Pattern(r)
	b := make([]byte, h.Lists)
	for j := range b {
		b[j] = '0'
		if m&(1<<uint(j)) != 0 {
			b[j] = '1'
		}
	}
	return string(b)
}

// NewHistories checks counts given in Rcapture's order for k lists.
func NewHistories(k int, counts []float64) (*Histories, error) {
	if k < 2 || k > MaxLists {
		return nil, rastro.Errorf(rastro.EINVALID, "number of lists %d: must be between 2 and %d", k, MaxLists)
	}
	want := 1<<k - 1
	if len(counts) != want {
		return nil, rastro.Errorf(rastro.EINVALID, "%d counts given for %d lists: want 2^%d-1 = %d, in Rcapture's order", len(counts), k, k, want)
	}
	for i, c := range counts {
		if c < 0 || math.IsNaN(c) || math.IsInf(c, 0) || c != math.Trunc(c) {
			return nil, rastro.Errorf(rastro.EINVALID, "count %d (%v): must be a non-negative whole number", i+1, c)
		}
	}
	h := &Histories{Lists: k, Counts: append([]float64(nil), counts...)}
	for j := 0; j < k; j++ {
		h.Names = append(h.Names, fmt.Sprintf("c%d", j+1))
	}
	if h.N() == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "all counts are zero: nothing to estimate")
	}
	return h, nil
}

// ParseCounts reads comma- or space-separated counts in Rcapture's order, as
// given on a command line.
func ParseCounts(k int, s string) (*Histories, error) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == ';' })
	counts := make([]float64, 0, len(fields))
	for i, f := range fields {
		v, err := strconv.ParseUint(f, 10, 53)
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "count %d %q: not a non-negative whole number", i+1, f)
		}
		counts = append(counts, float64(v))
	}
	return NewHistories(k, counts)
}

// maxCSVRows bounds the rows of a capture-history CSV; aggregated histories
// need at most 2^k rows, individual records may repeat them.
const maxCSVRows = 10_000_000

// ReadCSV reads capture histories: a header with one 0/1 column per list and
// an optional `count` column (without it every row counts once, so a file of
// linked persons works as is). Rows with the same history add up; rows on
// no list are ignored (ReadCSVStrata counts them in a warning).
func ReadCSV(r io.Reader) (*Histories, error) {
	s, err := ReadCSVStrata(r, CSVOptions{})
	if err != nil {
		return nil, err
	}
	return s.By[s.Names[0]], nil
}

// CSVOptions name the columns of a capture-history CSV that are not lists.
type CSVOptions struct {
	Stratify string   // column whose values split the rows into strata
	Ignore   []string // columns to skip (a person ID, a name)
}

// Strata are capture histories split by the values of one column, in the
// order the values first appear. Without stratification there is one
// stratum named "".
type Strata struct {
	Names    []string
	By       map[string]*Histories
	Warnings []string // about how the histories were built (records left out, conflicts)
}

// ReadCSVStrata reads capture histories as ReadCSV does, split by the values
// of opt.Stratify (a place, a period, a perpetrator).
func ReadCSVStrata(r io.Reader, opt CSVOptions) (*Strata, error) {
	cr := csv.NewReader(bufio.NewReader(r))
	cr.FieldsPerRecord = 0
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, rastro.Errorf(rastro.EINVALID, "csv: empty file, want a header with one column per list and a count column")
	}
	if err != nil {
		return nil, csvError(err)
	}
	countCol, countName, strataCol := -1, "", -1
	skip := map[string]bool{}
	for _, c := range opt.Ignore {
		skip[strings.ToLower(strings.TrimSpace(c))] = true
	}
	var names []string
	var listCols []int
	seen := map[string]bool{}
	for i, f := range header {
		name := strings.TrimSpace(strings.TrimPrefix(f, "\ufeff"))
		key := strings.ToLower(name)
		if key == "" {
			return nil, rastro.Errorf(rastro.EINVALID, "csv line 1: column %d has no name", i+1)
		}
		if seen[key] {
			return nil, rastro.Errorf(rastro.EINVALID, "csv line 1: column %q appears twice", name)
		}
		seen[key] = true
		switch {
		case opt.Stratify != "" && key == strings.ToLower(strings.TrimSpace(opt.Stratify)):
			strataCol = i
		case skip[key]:
			delete(skip, key)
		case key == "count" || key == "freq" || key == "n":
			if countCol >= 0 {
				return nil, rastro.Errorf(rastro.EINVALID, "csv line 1: more than one count column")
			}
			countCol, countName = i, name
		default:
			names = append(names, name)
			listCols = append(listCols, i)
		}
	}
	for c := range skip {
		return nil, rastro.Errorf(rastro.EINVALID, "csv line 1: no column %q to ignore", c)
	}
	if opt.Stratify != "" && strataCol < 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "csv line 1: no column %q to stratify by", opt.Stratify)
	}
	k := len(listCols)
	if k < 2 || k > MaxLists {
		return nil, rastro.Errorf(rastro.EINVALID, "csv line 1: %d list columns, want between 2 and %d", k, MaxLists)
	}
	st := &Strata{By: map[string]*Histories{}}
	var noList struct {
		rows, first int
		persons     float64
	}
	err = eachRow(cr, func(line int, rec []string) error {
		var m uint
		for j, c := range listCols {
			switch strings.TrimSpace(rec[c]) {
			case "1":
				m |= 1 << uint(j)
			case "0":
			default:
				return rastro.Errorf(rastro.EINVALID, "csv line %d, column %q: %q is not 0 or 1", line, names[j], rec[c])
			}
		}
		n := 1.0
		if countCol >= 0 {
			v, err := strconv.ParseUint(strings.TrimSpace(rec[countCol]), 10, 53)
			if err != nil {
				return rastro.Errorf(rastro.EINVALID, "csv line %d, column %q: %q is not a non-negative whole number", line, countName, rec[countCol])
			}
			n = float64(v)
		}
		if m == 0 { // nobody is observed on no list: ignored, as Rcapture does, and counted
			if n > 0 {
				noList.rows++
				noList.persons += n
				if noList.first == 0 {
					noList.first = line
				}
			}
			return nil
		}
		if n == 0 {
			return nil
		}
		stratum := ""
		if strataCol >= 0 {
			stratum = strings.TrimSpace(rec[strataCol])
		}
		h := st.By[stratum]
		if h == nil {
			h = &Histories{Lists: k, Names: names, Counts: make([]float64, 1<<k-1)}
			st.By[stratum] = h
			st.Names = append(st.Names, stratum)
		}
		row := h.Row(m)
		h.Counts[row] += n
		if h.Counts[row] > 1<<53 {
			return rastro.Errorf(rastro.EINVALID, "csv line %d: count too large", line)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if noList.rows > 0 {
		rows := "rows"
		if noList.rows == 1 {
			rows = "row"
		}
		st.Warnings = append(st.Warnings, fmt.Sprintf("%d %s on no list (%.0f persons, the first on line %d) ignored: nobody is observed on no list", noList.rows, rows, noList.persons, noList.first))
	}
	if len(st.Names) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "csv: no one observed (all counts are zero)")
	}
	return st, nil
}

// eachRow calls f with each data row of a CSV (the header read), numbered
// from line 2, skipping blank lines and refusing more than maxCSVRows.
func eachRow(cr *csv.Reader, f func(line int, rec []string) error) error {
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return csvError(err)
		}
		if line > maxCSVRows+1 {
			return rastro.Errorf(rastro.EINVALID, "csv: more than %d rows", maxCSVRows)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if err := f(line, rec); err != nil {
			return err
		}
	}
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return rastro.Errorf(rastro.EINVALID, "csv line %d: %v", pe.Line, pe.Err)
	}
	return rastro.Errorf(rastro.EINVALID, "csv: %v", err)
}

// FromArray converts a 2^k table in R's column-major array order (list 1
// varies fastest; the first cell is the unobserved one and is ignored), the
// layout dga takes, to histories in Rcapture's order.
func FromArray(k int, y []float64) (*Histories, error) {
	if len(y) != 1<<k {
		return nil, rastro.Errorf(rastro.EINVALID, "%d cells for %d lists: want 2^%d = %d", len(y), k, k, 1<<k)
	}
	counts := make([]float64, 1<<k-1)
	tmp := &Histories{Lists: k}
	for m := uint(1); m < 1<<uint(k); m++ {
		counts[tmp.Row(m)] = y[m]
	}
	return NewHistories(k, counts)
}
