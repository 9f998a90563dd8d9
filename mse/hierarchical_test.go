package mse

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

func TestHierarchicalModelCounts(t *testing.T) {
	// Hierarchical models with all main effects: all subsets of the pairs
	// for 3 lists; for 4 lists, the downsets of pairs and triples.
	for _, c := range []struct{ k, order, want int }{
		{2, 1, 1}, {3, 2, 8}, {4, 2, 64}, {4, 3, 113}, {5, 2, 1024},
	} {
		ms, err := HierarchicalModels(c.k, c.order)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != c.want {
			t.Errorf("k=%d order=%d: %d models, want %d", c.k, c.order, len(ms), c.want)
		}
		seen := map[string]bool{}
		for _, m := range ms {
			if seen[m.Name] {
				t.Errorf("model %s twice", m.Name)
			}
			seen[m.Name] = true
		}
	}
}

func TestRankDiabetes(t *testing.T) {
	h := mustCounts(t, 4, diabetes)
	r, err := RankHierarchical(h, 3, "aic")
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(r.Fits); i++ {
		if r.Fits[i].AIC < r.Fits[i-1].AIC {
			t.Fatalf("not sorted by AIC at %d", i)
		}
	}
	for _, f := range r.Fits[:5] {
		t.Logf("%-16s N=%8.1f se=%6.1f dev=%7.2f df=%d AIC=%8.3f BIC=%8.3f %v", f.Model, f.N, f.SE, f.Deviance, f.DF, f.AIC, f.BIC, f.Warnings)
	}
	// The model of the exact check is among them with the same fit.
	var found bool
	for _, f := range r.Fits {
		if f.Model == "[12,13,23,24,34]" {
			found = true
			if !near(f.N, 2771, 0) || !near(f.Deviance, 7.62, 2) {
				t.Errorf("[12,13,23,24,34]: N %g deviance %g", f.N, f.Deviance)
			}
		}
	}
	if !found {
		t.Error("model [12,13,23,24,34] not ranked")
	}
}

func TestStandardModels(t *testing.T) {
	h := mustCounts(t, 3, cormack)
	fits := FitStandard(h)
	var names []string
	for _, f := range fits {
		names = append(names, f.Model)
	}
	want := "M0,Mt,Mh Chao,Mh Poisson2,Mh Darroch,Mh Gamma3.5,Mth Chao,Mth Poisson2,Mth Darroch,Mth Gamma3.5"
	if got := strings.Join(names, ","); got != want {
		t.Errorf("models %s, want %s", got, want)
	}
	if !near(fits[1].N, 209, 0) {
		t.Errorf("Mt gives %g", fits[1].N)
	}
	if len(FitStandard(mustCounts(t, 2, "167,781,254"))) != 2 {
		t.Error("two lists: want only M0 and Mt")
	}
}

func FuzzParseModel(f *testing.F) {
	for _, s := range []string{"M0", "Mt", "Mth-Chao", "Mh Poisson3", "Mt+c1:c2+c2:c3", "[12,23]", "saturated", "Mth-Gamma0.5+c1:c3", "[]", "Mh-GammaNaN", "Mth Poisson1e-400"} {
		f.Add(4, s)
	}
	f.Fuzz(func(t *testing.T, k int, s string) {
		if k < 2 || k > MaxLists {
			return
		}
		m, err := ParseModel(k, s)
		if err != nil {
			return
		}
		pats := []uint{1, 3, uint(1)<<uint(k) - 1}
		x, p, nca := m.design(k, pats)
		if len(x) != p*len(pats) || nca > p || p < 1 {
			t.Fatalf("%q: design %d values, %d columns, %d non-heterogeneity", s, len(x), p, nca)
		}
		for _, term := range m.Terms {
			if term == 0 || term >= 1<<uint(k) {
				t.Fatalf("%q: term %b out of range", s, term)
			}
		}
		if math.IsNaN(m.Theta) || m.Theta < 0 {
			t.Fatalf("%q: theta %v", s, m.Theta)
		}
		// The model's name, as results show it, reads back as the same model.
		again, err := ParseModel(k, m.Name)
		if err != nil || again.Het != m.Het || again.Theta != m.Theta || again.Common != m.Common || !slices.Equal(again.Terms, m.Terms) {
			t.Fatalf("%q read as %+v, its name %q as %+v (%v)", s, m, m.Name, again, err)
		}
	})
}

func FuzzParseCounts(f *testing.F) {
	f.Add(3, "72,155,7,71,13,53,43")
	f.Add(2, "167 781 254")
	f.Add(2, "9007199254740991;0\t1")
	f.Add(3, "1,2,x")
	f.Fuzz(func(t *testing.T, k int, s string) {
		h, err := ParseCounts(k, s)
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("%q: error not EINVALID: %v", s, err)
			}
			return
		}
		if len(h.Counts) != 1<<k-1 || h.N() <= 0 {
			t.Fatalf("%q: %d counts, n = %g", s, len(h.Counts), h.N())
		}
		// The counts, written back as a command line gives them, read the same.
		parts := make([]string, len(h.Counts))
		for i, c := range h.Counts {
			parts[i] = strconv.FormatFloat(c, 'f', -1, 64)
		}
		again, err := ParseCounts(k, strings.Join(parts, ","))
		if err != nil || !slices.Equal(again.Counts, h.Counts) {
			t.Fatalf("%q read as %v, written and read back as %v (%v)", s, h.Counts, again, err)
		}
	})
}

// TestRankWithHeterogeneity: closedpMS.t's h argument. The best model by AIC
// for the diabetes data with Darroch's term, compared with R 4.2.2's glm on
// the same columns (N 2752.306, s.e. 132.7483, deviance 8.322085, AIC
// 111.4843).
func TestRankWithHeterogeneity(t *testing.T) {
	h := mustCounts(t, 4, diabetes)
	models, err := HierarchicalModels(4, 3)
	if err != nil {
		t.Fatal(err)
	}
	r := RankModels(h, WithHeterogeneity(models, Darroch), "aic")
	best := r.Fits[0]
	if best.Model != "[13,24,34] Darroch" || math.Abs(best.N-2752.306) > 1e-3 || math.Abs(best.SE-132.7483) > 1e-3 ||
		math.Abs(best.Deviance-8.322085) > 1e-5 || math.Abs(best.AIC-111.4843) > 1e-4 {
		t.Errorf("best %s: N %.4f se %.4f deviance %.6f AIC %.4f", best.Model, best.N, best.SE, best.Deviance, best.AIC)
	}
	if _, err := ParseHeterogeneity("Weibull"); err == nil {
		t.Error("unknown heterogeneity accepted")
	}
	// A parameter that is no positive number is refused, not replaced by
	// the default ("NaN" once passed v <= 0).
	for _, bad := range []string{"Mh-GammaNaN", "Mth-Poisson-nan", "Mth-PoissonInf", "Mh-Gamma0"} {
		if _, err := ParseModel(4, bad); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("ParseModel(%q): %v", bad, err)
		}
	}
}
