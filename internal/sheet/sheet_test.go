package sheet

import (
	"bytes"
	"encoding/csv"
	"testing"
)

func TestCellNeutralisesFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1 555":                   "'+1 555",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\tcmd":                    "'\tcmd",
		"\rcmd":                    "'\rcmd",
		"'=already":                "''=already",
		"'plain":                   "'plain",
		"-12.5":                    "-12.5",
		"+3":                       "+3",
		"1e5":                      "1e5",
		"Juliaca":                  "Juliaca",
		"":                         "",
	} {
		if got := Cell(in); got != want {
			t.Errorf("Cell(%q) = %q, want %q", in, got, want)
		}
		if back := Value(Cell(in)); back != in {
			t.Errorf("Value(Cell(%q)) = %q", in, back)
		}
	}
}

func TestWriterNeutralisesEveryCell(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	row := []string{"=1+1", "ok", "-7"}
	if err := w.Write(row); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if row[0] != "=1+1" {
		t.Errorf("Write changed the caller's row: %q", row)
	}
	got, err := csv.NewReader(&b).Read()
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != "'=1+1" || got[1] != "ok" || got[2] != "-7" {
		t.Errorf("written %q", got)
	}
}

func FuzzCellRoundTrip(f *testing.F) {
	for _, s := range []string{"=x", "'=x", "''-y", "-1", "'", "@", "\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Cell(s)
		if Value(c) != s {
			t.Fatalf("Value(Cell(%q)) = %q", s, Value(c))
		}
		if formulaStart(c) {
			t.Fatalf("Cell(%q) = %q still starts a formula", s, c)
		}
	})
}
