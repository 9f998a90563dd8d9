package mse

import (
	"github.com/rastro-project/rastro/internal/glm"
	"math"
	"strings"
	"testing"
)

func mustCounts(t *testing.T, k int, s string) *Histories {
	t.Helper()
	h, err := ParseCounts(k, s)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func mustFit(t *testing.T, h *Histories, spec string) *Fit {
	t.Helper()
	m, err := ParseModel(h.Lists, spec)
	if err != nil {
		t.Fatal(err)
	}
	f, err := FitModel(h, m)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// near reports whether got rounds to want at the given number of decimals.
func near(got, want float64, decimals int) bool {
	p := math.Pow(10, float64(decimals))
	return math.Round(got*p) == math.Round(want*p)
}

func check(t *testing.T, what string, got, want float64, decimals int) {
	t.Helper()
	if !near(got, want, decimals) {
		t.Errorf("%s = %.6f, want %.*f", what, got, decimals, want)
	} else {
		t.Logf("%s = %.6f (want %.*f)", what, got, decimals, want)
	}
}

const (
	darrochR3 = "72,155,7,71,13,53,43"
	diabetes  = "58,157,18,104,46,650,12,709,14,20,7,74,8,182,10"
	cormack   = "72,5,29,54,24,3,14"
)

func TestDarrochR3(t *testing.T) {
	h := mustCounts(t, 3, darrochR3)
	sat := mustFit(t, h, "saturated")
	check(t, "saturated N", sat.N, 1240, 0)
	check(t, "saturated s.e.", sat.SE, 451, 0)
	if sat.DF != 0 || sat.Deviance > 1e-6 {
		t.Errorf("saturated: deviance %g on %d df, want 0 on 0", sat.Deviance, sat.DF)
	}
	f := mustFit(t, h, "Mt+c1:c2+c2:c3")
	check(t, "Mt+c1:c2+c2:c3 N", f.N, 850, 0)
	check(t, "Mt+c1:c2+c2:c3 deviance", f.Deviance, 3.8, 1)
	if f.DF != 1 {
		t.Errorf("df = %d, want 1", f.DF)
	}
}

func TestDiabetes(t *testing.T) {
	h := mustCounts(t, 4, diabetes)
	f := mustFit(t, h, "Mt+c1:c2+c1:c3+c2:c3+c2:c4+c3:c4")
	check(t, "all pairs but c1:c4 N", f.N, 2771, 0)
	check(t, "all pairs but c1:c4 deviance", f.Deviance, 7.62, 2)
	if f.DF != 5 {
		t.Errorf("df = %d, want 5", f.DF)
	}
	g := mustFit(t, h, "Mt+c1:c3+c2:c4+c3:c4")
	check(t, "Mt+c1:c3+c2:c4+c3:c4 N", g.N, 2472, 0)
	check(t, "Mt+c1:c3+c2:c4+c3:c4 deviance", g.Deviance, 21.97, 2)
	if g.DF != 7 {
		t.Errorf("df = %d, want 7", g.DF)
	}
	// The same model named by its generators.
	gg := mustFit(t, h, "[13,24,34]")
	if math.Abs(gg.N-g.N) > 1e-6 {
		t.Errorf("[13,24,34] gives %g, Mt+... gives %g", gg.N, g.N)
	}
}

func TestCormackMt(t *testing.T) {
	h := mustCounts(t, 3, cormack)
	f := mustFit(t, h, "Mt")
	check(t, "Mt N", f.N, 209, 0)
	check(t, "Mt deviance", f.Deviance, 75.1, 1)
	if f.DF != 3 {
		t.Errorf("df = %d, want 3", f.DF)
	}
	iv := ProfileCI(h, f, 0.95)
	check(t, "Mt profile lower", iv.Lower, 203, 0)
	check(t, "Mt profile upper", iv.Upper, 217, 0)
}

func TestSeberTwoLists(t *testing.T) {
	h := mustCounts(t, 2, "167,781,254")
	lp := mustFit(t, h, "Mt")
	check(t, "Lincoln-Petersen N", lp.N, 2389.9, 1)
	check(t, "Lincoln-Petersen AIC", lp.AIC, 28.831, 3)
	m0 := mustFit(t, h, "M0")
	check(t, "M0 N", m0.N, 2805.6, 1)
}

// TestHeterogeneityModels compares with R 4.2.2's glm on the same design
// columns (Rcapture's Xclosedp definitions), fitted once by hand.
func TestHeterogeneityModels(t *testing.T) {
	for _, c := range []struct {
		counts string
		k      int
		model  string
		n, se  float64
		dev    float64
	}{
		{cormack, 3, "Mth-Chao", 226.28740089, 8.58858639, 43.42889969},
		{cormack, 3, "Mth Darroch", 341.191188, 77.626086, 43.428900},
		{cormack, 3, "Mth-Poisson", 260.5404970, 25.1775427, 43.4288997},
		{cormack, 3, "Mth-Gamma", 534.787921, 234.590809, 43.428900},
		{cormack, 3, "Mh-Darroch", 333.075895, 72.748838, 82.369716},
		{diabetes, 4, "Mth", 2318.3513871, 25.5292043, 93.9533309},
		{diabetes, 4, "Mth-Darroch", 2669.0130083, 81.4441945, 105.6337341},
		{diabetes, 4, "Mth-Poisson2", 2421.0598631, 36.7456795, 95.1154945},
		{diabetes, 4, "Mth-Gamma3.5", 3037.581816, 172.031945, 112.858479},
		{diabetes, 4, "Mh-Darroch", 2602.15673952, 69.16479489, 3172.12250089},
	} {
		h := mustCounts(t, c.k, c.counts)
		f := mustFit(t, h, c.model)
		if math.Abs(f.N-c.n) > 1e-3*c.n/1000+1e-3 || math.Abs(f.SE-c.se) > 1e-3 || math.Abs(f.Deviance-c.dev) > 1e-4 {
			t.Errorf("%d lists %s: N %.4f se %.4f dev %.4f, want %.4f %.4f %.4f", c.k, c.model, f.N, f.SE, f.Deviance, c.n, c.se, c.dev)
		}
	}
}

// TestAsymptoticBias compares with Rcapture's bias formula evaluated in R
// 4.2.2 on glm's fit of the Darroch R3 data.
func TestAsymptoticBias(t *testing.T) {
	h := mustCounts(t, 3, darrochR3)
	for spec, want := range map[string]float64{"saturated": 186.8598, "Mt+c1:c2+c2:c3": 62.30612} {
		m, _ := ParseModel(3, spec)
		rows := len(h.Counts)
		pats := make([]uint, rows)
		for r := range pats {
			pats[r] = h.Pattern(r)
		}
		x, p, _ := m.design(3, pats)
		got := asymptoticBias(x, p, glm.Poisson(h.Counts, x, p, nil))
		t.Logf("%s bias %.4f", spec, got)
		if math.Abs(got-want) > 1e-3 {
			t.Errorf("%s: bias %.4f, want %.4f", spec, got, want)
		}
	}
}

// FuzzFit fits every standard model and the saturated one to arbitrary small
// tables: no panic, and an estimate that is not a finite number above n
// always comes with a warning.
func FuzzFit(f *testing.F) {
	f.Add(uint8(3), []byte{72, 155, 7, 71, 13, 53, 43})
	f.Add(uint8(3), []byte{0, 0, 0, 5, 0, 4, 3})
	f.Add(uint8(4), []byte{0, 1, 0, 0, 2, 0, 0, 9, 0, 0, 0, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, kk uint8, raw []byte) {
		k := 2 + int(kk)%3
		counts := make([]float64, 1<<k-1)
		for i := range counts {
			if i < len(raw) {
				counts[i] = float64(raw[i])
			}
		}
		h, err := NewHistories(k, counts)
		if err != nil {
			return
		}
		models := append(StandardModels(k), Saturated(k))
		for _, m := range models {
			fit, err := FitModel(h, m)
			if err != nil {
				continue
			}
			ok := !math.IsNaN(fit.N) && !math.IsInf(fit.N, 0) && fit.N >= h.N() && !math.IsNaN(fit.SE)
			if !ok && len(fit.Warnings) == 0 {
				t.Fatalf("%v %s: N %v se %v without a warning", counts, m.Name, fit.N, fit.SE)
			}
		}
	})
}

func TestAliasedAndBoundaryFits(t *testing.T) {
	h := mustCounts(t, 4, diabetes)
	// Darroch's s^2/2 is a sum of main effects and pairs: with all pairs in
	// the model it is aliased and left out, as R's glm does.
	f := mustFit(t, h, "Mth-Darroch+c1:c2+c1:c3+c1:c4+c2:c3+c2:c4+c3:c4")
	g := mustFit(t, h, "[12,13,14,23,24,34]")
	if math.Abs(f.N-g.N) > 1e-6 || f.DF != g.DF || f.Params != g.Params {
		t.Errorf("aliased model: N %g df %d, all pairs: N %g df %d", f.N, f.DF, g.N, g.DF)
	}
	if len(f.Warnings) == 0 || !strings.Contains(f.Warnings[0], "tau not estimable") {
		t.Errorf("warnings %v", f.Warnings)
	}
	// Lists 1 and 2 share nobody: their interaction goes to minus infinity.
	z := mustCounts(t, 3, "0,0,7,71,13,53,43")
	b := mustFit(t, z, "[12,3]")
	var boundary bool
	for _, w := range b.Warnings {
		boundary = boundary || strings.Contains(w, "boundary")
	}
	if !boundary {
		t.Errorf("no boundary warning: %v", b.Warnings)
	}
	if dw := DataWarnings(z); len(dw) == 0 || !strings.Contains(strings.Join(dw, ";"), "lists c1 and c2 share nobody") {
		t.Errorf("data warnings %v", dw)
	}
}

// TestProfileIntervalsAgainstR compares with closedpCI.t's procedure (full
// table with the unobserved cell, Cormack's correction, optimize and
// uniroot) run with R 4.2.2's glm on the same design columns.
func TestProfileIntervalsAgainstR(t *testing.T) {
	for _, c := range []struct {
		counts          string
		k               int
		model           string
		mode, low, high float64
	}{
		{cormack, 3, "Mth-Chao", 224.9934, 211.7546, 245.6389},
		{cormack, 3, "Mth-Darroch", 328.6391, 242.0382, 586.6306},
		{diabetes, 4, "Mt+c1:c3+c2:c4+c3:c4", 2469.282, 2374.490, 2584.356},
		{darrochR3, 3, "Mt+c1:c2+c2:c3", 831.0038, 603.9108, 1456.1554},
	} {
		f := mustFit(t, mustCounts(t, c.k, c.counts), c.model)
		iv := ProfileCI(mustCounts(t, c.k, c.counts), f, 0.95)
		if math.Abs(iv.Mode-c.mode) > 0.01 || math.Abs(iv.Lower-c.low) > 0.01 || math.Abs(iv.Upper-c.high) > 0.01 {
			t.Errorf("%s: mode %.4f [%.4f, %.4f], want %.4f [%.4f, %.4f]", c.model, iv.Mode, iv.Lower, iv.Upper, c.mode, c.low, c.high)
		}
	}
}
