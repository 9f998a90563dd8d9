package mse

import (
	"bytes"
	"encoding/csv"
	"math"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

func TestRcaptureOrder(t *testing.T) {
	h := mustCounts(t, 3, darrochR3)
	want := []string{"111", "110", "101", "100", "011", "010", "001"}
	for r, w := range want {
		if got := h.HistoryString(r); got != w {
			t.Errorf("row %d: %s, want %s", r, got, w)
		}
		if h.Row(h.Pattern(r)) != r {
			t.Errorf("row %d does not round-trip", r)
		}
	}
}

func TestReadCSV(t *testing.T) {
	in := "a,b,c,count\n1,1,1,72\n1,1,0,155\n1,0,1,7\n1,0,0,71\n0,1,1,13\n0,1,0,53\n0,0,1,40\n0,0,1,3\n"
	h, err := ReadCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if h.Lists != 3 || strings.Join(h.Names, ",") != "a,b,c" {
		t.Fatalf("lists %d names %v", h.Lists, h.Names)
	}
	ref := mustCounts(t, 3, darrochR3)
	for i := range ref.Counts {
		if h.Counts[i] != ref.Counts[i] {
			t.Errorf("count %d: %g, want %g", i, h.Counts[i], ref.Counts[i])
		}
	}
	// One row per person, no count column, rows in any order.
	h2, err := ReadCSV(strings.NewReader("news,ngo\n1,0\n0,1\n1,1\n1,0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if h2.Counts[0] != 1 || h2.Counts[1] != 2 || h2.Counts[2] != 1 {
		t.Errorf("counts %v, want [1 2 1]", h2.Counts)
	}
}

func TestReadCSVErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "empty file"},
		{"a,count\n1,3\n", "1 list columns"},
		{"a,b,count\n1,2,3\n", `line 2, column "b": "2" is not 0 or 1`},
		{"a,b,count\n1,0,-3\n", `line 2, column "count"`},
		{"a,b,count\n0,0,5\n", "no one observed"},
		{"a,a,count\n", `column "a" appears twice`},
		{"a,b,count\n1,0\n", "line 2"},
		{"a,b,count\n0,1,0\n", "no one observed"},
	} {
		_, err := ReadCSV(strings.NewReader(c.in))
		if err == nil {
			t.Errorf("%q: no error", c.in)
			continue
		}
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), c.want) {
			t.Errorf("%q: %v, want EINVALID containing %q", c.in, err, c.want)
		}
	}
}

func TestParseCountsErrors(t *testing.T) {
	for _, s := range []string{"1,2", "1,2,x", "1,2,-3", "0,0,0", "1.5,2,3"} {
		if _, err := ParseCounts(2, s); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
	if _, err := ParseCounts(7, strings.Repeat("1,", 127)+"1"); err == nil {
		t.Error("7 lists accepted")
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("a,b,c,count\n1,1,1,72\n1,1,0,155\n0,0,1,3\n"))
	f.Add([]byte("news,ngo\n1,0\n0,1\n1,1\n"))
	f.Add([]byte("\ufeffA,B,count\r\n1,0,3\r\n\"0\",1,2\r\n"))
	f.Add([]byte("a,b,count\n0,0,0\n1,1,1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := ReadCSV(bytes.NewReader(data))
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("error not EINVALID: %v", err)
			}
			return
		}
		if h.Lists < 2 || h.Lists > MaxLists || len(h.Counts) != 1<<h.Lists-1 || len(h.Names) != h.Lists {
			t.Fatalf("bad shape: %d lists, %d counts, %d names", h.Lists, len(h.Counts), len(h.Names))
		}
		for _, c := range h.Counts {
			if c < 0 || c != math.Trunc(c) || math.IsInf(c, 0) {
				t.Fatalf("bad count %v", c)
			}
		}
		if h.N() <= 0 {
			t.Fatal("accepted data with no one observed")
		}
	})
}

func TestReadCSVStrata(t *testing.T) {
	in := "id,place,news,ngo,count\n1,Puno,1,0,3\n2,Lima,1,1,2\n3,Puno,0,1,4\n4,Puno,1,1,0\n5,Lima,0,1,1\n"
	st, err := ReadCSVStrata(strings.NewReader(in), CSVOptions{Stratify: "Place", Ignore: []string{"id"}})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(st.Names, ",") != "Puno,Lima" {
		t.Fatalf("strata %v", st.Names)
	}
	// Rcapture order for two lists: 11, 10, 01.
	for name, want := range map[string][]float64{"Puno": {0, 3, 4}, "Lima": {2, 0, 1}} {
		h := st.By[name]
		if h.Lists != 2 || strings.Join(h.Names, ",") != "news,ngo" {
			t.Fatalf("%s: %d lists %v", name, h.Lists, h.Names)
		}
		for i, w := range want {
			if h.Counts[i] != w {
				t.Errorf("%s count %d: %g, want %g", name, i, h.Counts[i], w)
			}
		}
	}
	if _, err := ReadCSVStrata(strings.NewReader(in), CSVOptions{Stratify: "period"}); err == nil || !strings.Contains(err.Error(), `no column "period"`) {
		t.Errorf("missing strata column: %v", err)
	}
	if _, err := ReadCSVStrata(strings.NewReader(in), CSVOptions{Ignore: []string{"id", "name"}}); err == nil || !strings.Contains(err.Error(), `no column "name" to ignore`) {
		t.Errorf("ignoring a missing column: %v", err)
	}
	// Without --ignore the id column is taken for a list and refused.
	if _, err := ReadCSVStrata(strings.NewReader(in), CSVOptions{Stratify: "place"}); err == nil || !strings.Contains(err.Error(), `column "id": "2" is not 0 or 1`) {
		t.Errorf("id as a list: %v", err)
	}
}

// Rows on no list are ignored, as Rcapture does, with a warning counting
// them.
func TestReadCSVIgnoresNoList(t *testing.T) {
	st, err := ReadCSVStrata(strings.NewReader("a,b,count\n1,1,3\n0,0,5\n1,0,2\n0,0,1\n0,1,4\n"), CSVOptions{})
	if err != nil {
		t.Fatal(err)
	}
	h := st.By[st.Names[0]]
	if h.N() != 9 {
		t.Errorf("%v observed, want 9", h.N())
	}
	if len(st.Warnings) != 1 || !strings.Contains(st.Warnings[0], "2 rows on no list (6 persons, the first on line 3) ignored") {
		t.Errorf("warnings %q", st.Warnings)
	}
	st, err = ReadCSVStrata(strings.NewReader("a,b,count\n1,1,3\n0,0,5\n0,1,4\n"), CSVOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Warnings) != 1 || !strings.Contains(st.Warnings[0], "1 row on no list (5 persons, the first on line 3) ignored") {
		t.Errorf("one row: warnings %q", st.Warnings)
	}
}

// Split by a column, the strata add up to the histories read with that
// column ignored: stratifying moves persons between tables, never adds or
// drops one. Each stratum is named once, in Names and in By.
func FuzzReadCSVStrata(f *testing.F) {
	f.Add([]byte("place,a,b,count\nPuno,1,0,3\nCusco,0,1,2\nPuno,1,1,1\n"))
	f.Add([]byte("id,a,b\n1,1,0\n2,0,1\n3,1,1\n"))
	f.Add([]byte("p,a,b,count\n,1,0,3\n\" x\",0,1,0\n"))
	f.Add([]byte("p,a,b,c,n\n1,1,1,0,9007199254740992\n2,1,1,0,1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cr := csv.NewReader(bytes.NewReader(data))
		header, err := cr.Read()
		if err != nil || len(header) == 0 {
			return
		}
		col := header[0]
		st, err := ReadCSVStrata(bytes.NewReader(data), CSVOptions{Stratify: col})
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("error not EINVALID: %v", err)
			}
			return
		}
		if len(st.Names) != len(st.By) || len(st.Names) == 0 {
			t.Fatalf("%d names, %d strata", len(st.Names), len(st.By))
		}
		whole, err := ReadCSVStrata(bytes.NewReader(data), CSVOptions{Ignore: []string{col}})
		if err != nil {
			if strings.Contains(err.Error(), "too large") {
				return // the strata stay under 2^53 persons, their sum need not
			}
			t.Fatalf("accepted split by %q, refused with it ignored: %v", col, err)
		}
		if len(whole.Names) != 1 {
			t.Fatalf("unstratified read has %d strata", len(whole.Names))
		}
		h := whole.By[whole.Names[0]]
		sum := make([]float64, len(h.Counts))
		for _, name := range st.Names {
			s := st.By[name]
			if s == nil || s.Lists != h.Lists || len(s.Counts) != len(sum) {
				t.Fatalf("stratum %q: %+v against %+v", name, s, h)
			}
			for i, c := range s.Counts {
				sum[i] += c
			}
		}
		for i := range sum {
			if sum[i] != h.Counts[i] {
				t.Fatalf("history %s: strata add to %v, the whole has %v", h.HistoryString(i), sum[i], h.Counts[i])
			}
		}
	})
}
