package idset

import (
	"math/rand/v2"
	"testing"
)

// Set agrees with a map whatever the order IDs come in.
func TestSetMatchesMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var s Set
	want := map[int64]bool{}
	for i := 0; i < 5000; i++ {
		id := int64(r.IntN(3000))
		if i < 1000 {
			id = int64(i * 2) // an ascending run first
		}
		if got := s.Add(id); got == want[id] {
			t.Fatalf("Add(%d) = %v with the ID present: %v", id, got, want[id])
		}
		want[id] = true
	}
	for id := int64(-1); id < 3100; id++ {
		if s.Has(id) != want[id] {
			t.Fatalf("Has(%d) = %v, want %v", id, s.Has(id), want[id])
		}
	}
	var none *Set
	if none.Has(1) {
		t.Error("a nil set holds 1")
	}
}
