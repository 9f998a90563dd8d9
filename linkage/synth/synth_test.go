package synth

import (
	"bytes"
	"encoding/csv"
	"math/rand/v2"
	"testing"
)

func TestWrite(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write(&a, Options{Records: 2000, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	Write(&b, Options{Records: 2000, Seed: 3})
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same seed, different data")
	}
	rows, err := csv.NewReader(&a).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2001 {
		t.Fatalf("%d rows, want header + 2000", len(rows))
	}
	persons := map[string]int{}
	for _, r := range rows[1:] {
		persons[r[8]]++
		if r[3] == "" || r[2] == "" {
			t.Fatalf("row without names: %v", r)
		}
	}
	if ratio := 2000 / float64(len(persons)); ratio < 1.4 || ratio > 1.9 {
		t.Errorf("%.2f records per person, want about 1.6", ratio)
	}
	if err := Write(&a, Options{}); err == nil {
		t.Error("zero records accepted")
	}
}

func TestHarderCorruptions(t *testing.T) {
	read := func(o Options) [][]string {
		var b bytes.Buffer
		if err := Write(&b, o); err != nil {
			t.Fatal(err)
		}
		rows, _ := csv.NewReader(&b).ReadAll()
		return rows[1:]
	}
	plain := read(Options{Records: 3000, Seed: 5})
	swapped := read(Options{Records: 3000, Seed: 5, SwapNames: 1})
	for i := range plain {
		if swapped[i][2] != plain[i][3] || swapped[i][3] != plain[i][2] {
			t.Fatalf("row %d: names %q %q, want %q %q swapped", i, swapped[i][2], swapped[i][3], plain[i][2], plain[i][3])
		}
	}
	hard := read(Options{Records: 3000, Seed: 5, NoBirth: 0.5, TransposeBirth: 1})
	noBirth := 0
	for _, r := range hard {
		if r[4] == "" {
			noBirth++
		}
	}
	if noBirth < 1500 {
		t.Errorf("%d of 3000 rows without a birth date, want at least half", noBirth)
	}
	if got := transposeDigits(&gen{rng: rand.New(rand.NewPCG(1, 1))}, "1111-11-12"); got != "1111-11-21" {
		t.Errorf("transposed %q, want 1111-11-21", got)
	}
}
