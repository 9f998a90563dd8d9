package mse

import (
	"math"
	"testing"
)

func TestDecomposableGraphCounts(t *testing.T) {
	for k, want := range map[int]int{3: 8, 4: 61, 5: 822} {
		if got := len(DecomposableGraphs(k)); got != want {
			t.Errorf("%d lists: %d decomposable graphs, want %d", k, got, want)
		}
	}
}

// TestDGAMadiganYork is dga's own three-list example: the array in R's
// column-major order, delta 1, the negative binomial prior a = 13.14,
// b = 55.17, missing counts 1 to 300.
func TestDGAMadiganYork(t *testing.T) {
	h, err := FromArray(3, []float64{0, 60, 49, 4, 247, 112, 142, 12})
	if err != nil {
		t.Fatal(err)
	}
	grid, err := ParseGrid("1:300")
	if err != nil {
		t.Fatal(err)
	}
	r, err := DGA(h, DGAOptions{Delta: 1, NMissing: grid, LogPrior: NegBinomialPrior(13.14, 55.17)})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range r.Models[:3] {
		t.Logf("%s posterior %.4f bayes %.2f mode %.0f", m.Model, m.Posterior, m.Bayes, m.Mode)
	}
	check(t, "top model posterior", r.Models[0].Posterior, 0.37, 2)
	check(t, "Bayes estimate", r.Bayes, 731, 0)
	check(t, "top model mode", r.Models[0].Mode, 729, 0)
	check(t, "averaged mode", r.Mode, 728, 0)
	t.Logf("mean %.1f median %.0f 95%% %v-%v", r.Mean, r.Median, r.Lower, r.Upper)
}

// TestDGAFiveLists runs dga's five-list example (delta 0.5, prior 1/N) and
// checks that the posterior is a distribution over models and over N.
func TestDGAFiveLists(t *testing.T) {
	y := []float64{0, 27, 37, 19, 4, 4, 1, 1, 97, 22, 37, 25, 2, 1, 3, 5, 83, 36, 34, 18, 3, 5, 0, 2, 30, 5, 23, 8, 0, 3, 0, 2}
	h, err := FromArray(5, y)
	if err != nil {
		t.Fatal(err)
	}
	grid, _ := ParseGrid("1:300")
	r, err := DGA(h, DGAOptions{Delta: 0.5, NMissing: grid})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Models) != 822 {
		t.Fatalf("%d models", len(r.Models))
	}
	var pm, pn float64
	for _, m := range r.Models {
		pm += m.Posterior
	}
	for _, w := range r.Posterior {
		pn += w
	}
	if math.Abs(pm-1) > 1e-9 || math.Abs(pn-1) > 1e-9 {
		t.Errorf("posteriors sum to %g over models and %g over N", pm, pn)
	}
	if !(r.Lower <= r.Median && r.Median <= r.Upper) || r.Lower < h.N() {
		t.Errorf("interval %v-%v, median %v", r.Lower, r.Upper, r.Median)
	}
	t.Logf("n %.0f: Bayes %.1f mode %.0f [%.0f, %.0f]; top %s %.3f", h.N(), r.Bayes, r.Mode, r.Lower, r.Upper, r.Models[0].Model, r.Models[0].Posterior)
}

func BenchmarkDGASixLists(b *testing.B) {
	counts := make([]float64, 63)
	for i := range counts {
		counts[i] = float64(3 + (i*29)%41)
	}
	h, err := NewHistories(6, counts)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := DGA(h, DGAOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDGAPosteriorOfN(t *testing.T) {
	h, _ := FromArray(3, []float64{0, 60, 49, 4, 247, 112, 142, 12})
	grid, _ := ParseGrid("1:300")
	r, err := DGA(h, DGAOptions{Delta: 1, NMissing: grid, LogPrior: NegBinomialPrior(13.14, 55.17)})
	if err != nil {
		t.Fatal(err)
	}
	top := r.Models[0]
	for i, m := range r.Models {
		if (i < TopModelsWithN) != (len(m.PosteriorN) > 0) {
			t.Fatalf("model %d (%s): %d points of the posterior of N", i, m.Model, len(m.PosteriorN))
		}
	}
	best := top.PosteriorN[0]
	var sum float64
	for _, p := range top.PosteriorN {
		sum += p.P
		if p.P > best.P {
			best = p
		}
	}
	if best.N != top.Mode || math.Abs(sum-1) > 1e-4 {
		t.Errorf("top model: mode %v (want %v), mass %v", best.N, top.Mode, sum)
	}
	var avg float64
	for _, p := range r.Points {
		avg += p.P
	}
	if math.Abs(avg-1) > 1e-4 {
		t.Errorf("averaged posterior mass %v", avg)
	}
}
