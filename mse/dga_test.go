package mse

import "testing"

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
