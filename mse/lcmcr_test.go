package mse

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// simulate draws a closed population of size N from latent classes with the
// given shares and per-list capture probabilities, and keeps the observed.
func simulate(t *testing.T, seed uint64, N int, share []float64, p [][]float64) *Histories {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	k := len(p[0])
	counts := make([]float64, 1<<k-1)
	tmp := &Histories{Lists: k}
	for i := 0; i < N; i++ {
		u, c := rng.Float64(), 0
		for c < len(share)-1 && u > share[c] {
			u -= share[c]
			c++
		}
		var m uint
		for j := 0; j < k; j++ {
			if rng.Float64() < p[c][j] {
				m |= 1 << uint(j)
			}
		}
		if m != 0 {
			counts[tmp.Row(m)]++
		}
	}
	h, err := NewHistories(k, counts)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestLCMCRRecoversHeterogeneousPopulation(t *testing.T) {
	const N = 2000
	h := simulate(t, 7, N, []float64{0.3, 0.7}, [][]float64{
		{0.55, 0.45, 0.6, 0.5},
		{0.12, 0.2, 0.08, 0.15},
	})
	opt := LCMCROptions{Seed: 42} // the default chain: 10,000 burn-in, 1,000 draws every 10th
	r, err := LCMCR(h, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("observed %.0f; N: mean %.0f median %.0f 95%% [%.0f, %.0f]; classes %.1f; effective draws %.0f, Geweke z %.2f", h.N(), r.Mean, r.Median, r.Lower, r.Upper, r.MeanK, r.ESS, r.GewekeZ)
	if N < r.Lower || N > r.Upper {
		t.Errorf("true N %d outside the 95%% interval [%.0f, %.0f]", N, r.Lower, r.Upper)
	}
	// Independence (Mt) underestimates with this heterogeneity: the latent
	// classes are what bring the estimate back.
	mt := mustFit(t, h, "Mt")
	t.Logf("Mt gives %.0f; last class weight %.3f; warnings %v", mt.N, r.LastClass, r.Warnings)
	if mt.N >= r.Mean {
		t.Errorf("Mt %.0f not below the latent-class mean %.0f", mt.N, r.Mean)
	}

	// The same seed gives the same chain; another seed another one.
	short := LCMCROptions{Seed: 42, Burnin: 200, Samples: 200, Thinning: 2}
	one, err := LCMCR(h, short)
	if err != nil {
		t.Fatal(err)
	}
	again, err := LCMCR(h, short)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(one.Draws, again.Draws) {
		t.Error("same seed, different draws")
	}
	short.Seed = 43
	other, err := LCMCR(h, short)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Equal(one.Draws, other.Draws) {
		t.Error("different seeds, same draws")
	}
}

func TestLCMCRRejectsBadOptions(t *testing.T) {
	h := mustCounts(t, 3, cormack)
	for _, o := range []LCMCROptions{{K: -1}, {Samples: -5}, {Thinning: -1}, {Level: 1.5}} {
		if _, err := LCMCR(h, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

// TestLCMCROneClass: with a single latent class the model is the
// independence model, so the posterior of N sits on Mt's estimate.
func TestLCMCROneClass(t *testing.T) {
	h := mustCounts(t, 4, diabetes)
	r, err := LCMCR(h, LCMCROptions{K: 1, Seed: 5, Burnin: 500, Samples: 2000, Thinning: 2})
	if err != nil {
		t.Fatal(err)
	}
	mt := mustFit(t, h, "Mt")
	t.Logf("K=1: median %.1f [%.0f, %.0f]; Mt %.1f (s.e. %.1f)", r.Median, r.Lower, r.Upper, mt.N, mt.SE)
	if math.Abs(r.Median-mt.N) > 0.5*mt.SE || mt.N < r.Lower || mt.N > r.Upper {
		t.Errorf("K=1 median %.1f, Mt %.1f (s.e. %.1f)", r.Median, mt.N, mt.SE)
	}
	// The interval is about as wide as Mt's normal interval.
	if w, mw := r.Upper-r.Lower, 2*1.96*mt.SE; w < 0.7*mw || w > 1.4*mw {
		t.Errorf("K=1 interval width %.1f, Mt's %.1f", w, mw)
	}
}

// A short chain with K = 2 classes warns, and each warning is also given as
// data (kind and values) with the same English text, for other languages.
func TestLCMCRWarningsAsData(t *testing.T) {
	h := simulate(t, 7, 2000, []float64{0.3, 0.7}, [][]float64{
		{0.55, 0.45, 0.6, 0.5},
		{0.12, 0.2, 0.08, 0.15},
	})
	r, err := LCMCR(h, LCMCROptions{Seed: 3, K: 2, Burnin: 20, Samples: 30, Thinning: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Warnings) == 0 {
		t.Fatal("a 30-draw chain gave no warning")
	}
	if len(r.Checks) != len(r.Warnings) {
		t.Fatalf("%d warnings as data, %d as text", len(r.Checks), len(r.Warnings))
	}
	kinds := map[string]bool{}
	for i, w := range r.Checks {
		if w.Text != r.Warnings[i] || !slices.Contains(WarningKinds, w.Kind) {
			t.Errorf("warning %d: %+v against %q", i, w, r.Warnings[i])
		}
		kinds[w.Kind] = true
	}
	if !kinds[WarnFewDraws] {
		t.Errorf("30 draws: no %s warning in %v", WarnFewDraws, r.Warnings)
	}
}
