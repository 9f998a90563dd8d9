package linkage

import (
	"math/rand/v2"
	"testing"

	edlib "github.com/hbollon/go-edlib"
)

// The byte-wise comparisons agree with edlib's on ASCII strings: random
// names over a small alphabet (so that many letters match) and their
// corruptions.
func TestStringSimilarityAgreesWithEdlib(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = "aeiqrstu "[rng.IntN(9)]
		}
		return string(b)
	}
	near := 0
	for range 200_000 {
		a, b := word(), word()
		if rng.IntN(2) == 0 && len(a) > 0 { // one edit of a
			i := rng.IntN(len(a))
			switch rng.IntN(3) {
			case 0:
				b = a[:i] + a[i+1:]
			case 1:
				b = a[:i] + "x" + a[i:]
			default:
				b = a[:i] + "x" + a[i+1:]
			}
		}
		if got, want := jaroWinkler(a, b), edlib.JaroWinklerSimilarity(a, b); got != want {
			t.Fatalf("jaroWinkler(%q, %q) = %v, edlib %v", a, b, got, want)
		}
		got, want := oneEditApart(a, b), edlib.LevenshteinDistance(a, b) <= 1
		if got != want {
			t.Fatalf("oneEditApart(%q, %q) = %v, want %v", a, b, got, want)
		}
		if want {
			near++
		}
	}
	if near < 50_000 {
		t.Fatalf("only %d pairs one edit apart: the test barely covers them", near)
	}
	if got, want := jaroWinkler("peña", "pena"), edlib.JaroWinklerSimilarity("peña", "pena"); got != want {
		t.Fatalf("non-ASCII: %v, edlib %v", got, want)
	}
}
