package mse

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

// The three forms rastro estimate reads give the same histories: the
// Cormack counts as counts, as a histories CSV and as linked records.
func TestInputRead(t *testing.T) {
	const counts = "72,5,29,54,24,3,14"
	want, err := ParseCounts(3, counts)
	if err != nil {
		t.Fatal(err)
	}
	var csv, persons strings.Builder
	csv.WriteString("a,b,c,count\n")
	persons.WriteString("person,list\n")
	id := 0
	for r, n := range want.Counts {
		hist := want.HistoryString(r)
		csv.WriteString(strings.Join(strings.Split(hist, ""), ",") + "," + strconv.Itoa(int(n)) + "\n")
		for range int(n) {
			id++
			for i, on := range hist {
				if on == '1' {
					persons.WriteString(strconv.Itoa(id) + "," + want.Names[i] + "\n")
				}
			}
		}
	}
	for name, in := range map[string]Input{
		"counts":  {Counts: counts, Lists: 3},
		"csv":     {CSV: strings.NewReader(csv.String())},
		"persons": {Persons: strings.NewReader(persons.String())},
	} {
		st, err := in.Read()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		h := st.By[""]
		if len(st.Names) != 1 || h.N() != 201 || !slices.Equal(h.Counts, want.Counts) {
			t.Errorf("%s: %v %v", name, st.Names, h.Counts)
		}
	}
	// Refused, naming the problem; a bad CSV names its line and column.
	for in, msg := range map[*Input]string{
		{}:               "no data",
		{Counts: counts}: "counts needs lists",
		{Counts: counts, Lists: 3, CSV: strings.NewReader("a,b\n")}: "give one of",
		{Counts: counts, Lists: 3, Stratify: "period"}:              "stratify needs csv or persons",
		{CSV: strings.NewReader("a,b\n1,2\n")}:                      `line 2, column "b"`,
		{Persons: strings.NewReader("who,list\n1,a\n")}:             "person",
	} {
		_, err := in.Read()
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), msg) {
			t.Errorf("%+v: %v, want %q", *in, err, msg)
		}
	}
}
