package synth

import (
	"bytes"
	"encoding/csv"
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
