package mse

import "testing"

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
