package mse

import (
	"slices"
	"testing"
)

// Every warning a fit gives is also given as data, of a known kind, so
// that the front ends can word all of them in their language.
func TestWarningsAsData(t *testing.T) {
	for _, counts := range []struct {
		k int
		s string
	}{{4, diabetes}, {3, "0,0,7,71,13,53,43"}, {3, "1,0,0,40,0,30,20"}} {
		h := mustCounts(t, counts.k, counts.s)
		models, err := HierarchicalModels(h.Lists, DefaultMaxOrder(h.Lists))
		if err != nil {
			t.Fatal(err)
		}
		var fits []*Fit
		if counts.k == 4 { // an aliased term
			fits = append(fits, mustFit(t, h, "Mth-Darroch+c1:c2+c1:c3+c1:c4+c2:c3+c2:c4+c3:c4"))
		}
		for _, m := range models {
			if f, err := FitModel(h, m); err == nil {
				ProfileCI(h, f, 0.95)
				fits = append(fits, f)
			}
		}
		var seen int
		for _, f := range fits {
			if !slices.Equal(Texts(f.Checks), f.Warnings) {
				t.Errorf("%s: warnings %q, as data %+v", f.Model, f.Warnings, f.Checks)
			}
			for _, w := range append(f.Checks, DataChecks(h)...) {
				seen++
				if !slices.Contains(WarningKinds, w.Kind) {
					t.Errorf("%s: warning of unknown kind %+v", f.Model, w)
				}
			}
		}
		if seen == 0 {
			t.Errorf("counts %s: no warning to check", counts.s)
		}
	}
}
