package mse

import "testing"

// BenchmarkRankHierarchical4 fits all 113 hierarchical log-linear models for
// the four-list diabetes data, the work scripts/bench-mse-vs-r.sh compares
// with R's glm.
func BenchmarkRankHierarchical4(b *testing.B) {
	h, err := ParseCounts(4, diabetes)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		r, err := RankHierarchical(h, 3, "aic")
		if err != nil || len(r.Fits) != 113 {
			b.Fatal(err, len(r.Fits))
		}
	}
}

// BenchmarkRankHierarchical5 is the same for five lists (all hierarchical
// models up to four-way interactions).
func BenchmarkRankHierarchical5(b *testing.B) {
	counts := make([]float64, 31)
	for i := range counts {
		counts[i] = float64(5 + (i*37)%61)
	}
	h, err := NewHistories(5, counts)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := RankHierarchical(h, 4, "aic"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProfileCI(b *testing.B) {
	h, err := ParseCounts(4, diabetes)
	if err != nil {
		b.Fatal(err)
	}
	m, _ := ParseModel(4, "Mt+c1:c2+c1:c3+c2:c3+c2:c4+c3:c4")
	f, err := FitModel(h, m)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ProfileCI(h, f, 0.95)
	}
}

// BenchmarkLCMCR is one run of the sampler with its default length (500
// warm-up, 10,000 burn-in and 10,000 sampling iterations) on four lists.
func BenchmarkLCMCR(b *testing.B) {
	h, err := ParseCounts(4, diabetes)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := LCMCR(h, LCMCROptions{Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
