package mse

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// Eight lists, beyond the hierarchical search: closedp.t's models (the
// behavioural Mb and Mbh too) and a user's psi (closedp.h's h = psi) against
// R's glm on the same columns (mse/testdata/eight_lists_r.txt, written by
// scripts/mse-many-lists-vs-r.sh).
func TestEightListsAgainstR(t *testing.T) {
	b, err := os.ReadFile("testdata/eight_lists_r.txt")
	if err != nil {
		t.Fatal(err)
	}
	var h *Histories
	var psi []float64
	models := 0
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 2 && f[0] == "counts":
			if h, err = ParseCounts(8, f[1]); err != nil {
				t.Fatal(err)
			}
		case len(f) == 2 && f[0] == "psi":
			for _, v := range strings.Split(f[1], ",") {
				x, err := strconv.ParseFloat(v, 64)
				if err != nil {
					t.Fatal(err)
				}
				psi = append(psi, x)
			}
		case len(f) == 7 && f[0] == "model":
			var want [5]float64
			for i := range want {
				if want[i], err = strconv.ParseFloat(f[2+i], 64); err != nil {
					t.Fatal(err)
				}
			}
			var values []float64
			if strings.HasSuffix(f[1], "-psi") {
				values = psi
			}
			got, err := FitSpec(h, f[1], values)
			if err != nil {
				t.Fatal(err)
			}
			check(t, f[1]+" N", got.N, want[0], 3)
			// The s.e. of the flat Gamma models moves in the fifth digit
			// with where the iterations stop (R's glm stops on the
			// deviance, 1e-8 relative): compare it to 1e-4 relative.
			if d := got.SE - want[1]; d > 1e-4*want[1] || d < -1e-4*want[1] {
				t.Errorf("%s s.e. = %.6f, want %.6f", f[1], got.SE, want[1])
			}
			check(t, f[1]+" deviance", got.Deviance, want[2], 3)
			check(t, f[1]+" AIC", got.AIC, want[4], 3)
			if got.DF != int(want[3]) {
				t.Errorf("%s: df %d, want %v", f[1], got.DF, want[3])
			}
			models++
		}
	}
	if models != 12 {
		t.Fatalf("%d models in the fixture, want 12", models)
	}
	if _, err := HierarchicalModels(8, 2); err == nil {
		t.Error("hierarchical models searched for 8 lists")
	}
}
