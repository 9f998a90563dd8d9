package disparity

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// rFixture is what scripts/disparity-vs-r.sh wrote from R.
type rFixture struct {
	Events, Population struct {
		Poisson struct {
			Coef, SE                  []float64
			Deviance, LogLik, Pearson float64
			DF                        int
		}
		NegBin *struct {
			Coef, SE                    []float64
			Deviance, LogLik, Theta, LR float64
			ThetaSE                     float64 `json:"theta_se"`
			LRP                         float64 `json:"lr_p"`
		} `json:"negbin"`
	}
	Garwood    [][3]float64  `json:"garwood"`
	RateRatios [][8]*float64 `json:"rate_ratios"`
}

func readFixture(t *testing.T) rFixture {
	t.Helper()
	data, err := os.ReadFile("testdata/glm_r.json")
	if err != nil {
		t.Fatal(err)
	}
	var f rFixture
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// close reports whether got is within tol of want, relative to want when
// it is larger than 1.
func near(got, want, tol float64) bool {
	return math.Abs(got-want) <= tol*math.Max(1, math.Abs(want))
}

func checkSlice(t *testing.T, what string, got func(int) Num, want []float64, tol float64) {
	t.Helper()
	for j, w := range want {
		if g := float64(got(j)); !near(g, w, tol) {
			t.Errorf("%s[%d] = %.10g, R %.10g", what, j, g, w)
		}
	}
}

// The regressions agree with R's glm() and MASS::glm.nb on the same tables.
func TestRegressionMatchesR(t *testing.T) {
	fx := readFixture(t)
	const tol = 1e-6
	for _, name := range []string{"events", "population"} {
		want := fx.Events
		if name == "population" {
			want = fx.Population
		}
		f, err := os.Open(filepath.Join("testdata", "table_"+name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		tab, err := ReadTable(f, "table_"+name+".csv")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		reg := Fit(tab)
		p := reg.Poisson
		if p == nil {
			t.Fatalf("%s: no Poisson fit: %v", name, reg.Warnings)
		}
		wp := want.Poisson
		checkSlice(t, name+" poisson coef", func(j int) Num { return p.Terms[j].Estimate }, wp.Coef, tol)
		checkSlice(t, name+" poisson se", func(j int) Num { return p.Terms[j].SE }, wp.SE, tol)
		if !near(float64(p.Deviance), wp.Deviance, tol) || !near(float64(p.LogLik), wp.LogLik, tol) ||
			!near(float64(p.Pearson), wp.Pearson, tol) || p.DF != wp.DF {
			t.Errorf("%s poisson: deviance %v loglik %v pearson %v df %d; R %+v", name, p.Deviance, p.LogLik, p.Pearson, p.DF, wp)
		}
		wn := want.NegBin
		switch {
		case wn == nil && reg.NegBin != nil:
			t.Errorf("%s: R's glm.nb could not estimate theta, Go gives %v", name, reg.NegBin.Theta)
		case wn != nil && reg.NegBin == nil:
			t.Errorf("%s: no negative binomial fit; R's theta %v", name, wn.Theta)
		case wn != nil:
			n := reg.NegBin
			checkSlice(t, name+" negbin coef", func(j int) Num { return n.Terms[j].Estimate }, wn.Coef, tol)
			checkSlice(t, name+" negbin se", func(j int) Num { return n.Terms[j].SE }, wn.SE, tol)
			if !near(float64(n.Theta), wn.Theta, tol) || !near(float64(n.ThetaSE), wn.ThetaSE, tol) ||
				!near(float64(n.Deviance), wn.Deviance, tol) || !near(float64(n.LogLik), wn.LogLik, tol) ||
				!near(float64(reg.LRStat), wn.LR, tol) || !near(float64(reg.LRP), wn.LRP, tol) {
				t.Errorf("%s negbin: theta %v (SE %v) deviance %v loglik %v LR %v p %v; R %+v", name, n.Theta, n.ThetaSE,
					n.Deviance, n.LogLik, reg.LRStat, reg.LRP, *wn)
			}
		}
	}
}

// Garwood's intervals and the exact rate ratios agree with R's poisson.test.
func TestExactMatchesR(t *testing.T) {
	fx := readFixture(t)
	const tol = 1e-6
	for _, g := range fx.Garwood {
		lo, hi := Garwood(int(g[0]))
		if !near(lo, g[1], tol) || !near(hi, g[2], tol) {
			t.Errorf("Garwood(%v) = %v, %v; R %v, %v", g[0], lo, hi, g[1], g[2])
		}
	}
	val := func(p *float64) float64 {
		if p == nil {
			return math.Inf(1)
		}
		return *p
	}
	for _, c := range fx.RateRatios {
		rr, lo, hi, p := RateRatio(int(*c[0]), *c[1], int(*c[2]), *c[3])
		for i, pair := range [][2]float64{{float64(rr), val(c[4])}, {float64(lo), val(c[5])}, {float64(hi), val(c[6])}, {float64(p), val(c[7])}} {
			if !(math.IsInf(pair[1], 1) && math.IsInf(pair[0], 1)) && !near(pair[0], pair[1], tol) && math.Abs(pair[0]-pair[1]) > 1e-12 {
				t.Errorf("RateRatio(%v, %v, %v, %v) figure %d = %v; R %v", *c[0], *c[1], *c[2], *c[3], i, pair[0], pair[1])
			}
		}
	}
}
