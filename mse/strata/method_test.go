package strata

import (
	"math"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/mse"
)

// dga's Madigan-York example as rastro estimate's test runs it: Bayes
// estimate 731.1, posterior mode 728.
func TestRunDGA(t *testing.T) {
	h, err := mse.ParseCounts(3, "12,4,112,60,142,49,247")
	if err != nil {
		t.Fatal(err)
	}
	o := EstimateOptions{MethodOptions: MethodOptions{Method: "dga", Delta: 1, Missing: "1:300", Prior: "negbin:13.14,55.17"}}
	r, err := Run(h, o)
	if err != nil {
		t.Fatal(err)
	}
	if math.Round(r.N*10)/10 != 731.1 || r.DGA == nil || r.DGA.Mode != 728 || r.IntervalKind != IntervalPosterior || r.Fit != nil {
		t.Errorf("dga: %+v", r)
	}
	// Two strata: the total convolves their posteriors.
	st := &mse.Strata{Names: []string{"a", "b"}, By: map[string]*mse.Histories{"a": h, "b": h}}
	es, err := Estimates(st, o)
	if err != nil || len(es) != 2 || es[1].DGA == nil || es[1].Method != "dga" {
		t.Fatalf("%+v %v", es, err)
	}
	tot := Sum(es)
	want := mse.TotalPosterior([][]mse.Point{r.DGA.Points, r.DGA.Points}, 0.95)
	if tot == nil || math.Abs(tot.N-want.Estimate) > 1e-6*want.Estimate || tot.Estimator != "dga" || tot.Method != want.Method {
		t.Errorf("total %+v, want %+v", tot, want)
	}
}

// lcmcr on the four lists of rastro estimate's test: the same seed gives
// the same draws; stratum i runs seed+i, as --stratify does.
func TestRunLCMCR(t *testing.T) {
	h, err := mse.ParseCounts(4, "58,157,18,104,46,650,12,709,14,20,7,74,8,182,10")
	if err != nil {
		t.Fatal(err)
	}
	o := EstimateOptions{MethodOptions: MethodOptions{Method: "lcmcr", Burnin: 200, Samples: 100, Thinning: 2, Seed: 9}}
	r, err := Run(h, o)
	if err != nil {
		t.Fatal(err)
	}
	direct, err := mse.LCMCR(h, mse.LCMCROptions{Burnin: 200, Samples: 100, Thinning: 2, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	if r.N != direct.Median || r.Lower != direct.Lower || r.LCMCR.Accepted != 100 || !strings.Contains(r.Model, "seed 9") {
		t.Errorf("lcmcr: %+v, want median %v", r, direct.Median)
	}
	st := &mse.Strata{Names: []string{"a", "b"}, By: map[string]*mse.Histories{"a": h, "b": h}}
	rs, total, err := RunStrata(st, o)
	if err != nil {
		t.Fatal(err)
	}
	if rs[0].N != r.N || rs[1].LCMCR.Options.Seed != 10 || total.Method != mse.TotalDraws(nil, 0.95).Method {
		t.Errorf("strata: seeds %d, %d; total %+v", rs[0].LCMCR.Options.Seed, rs[1].LCMCR.Options.Seed, total)
	}
}

// Options are refused before any data is read, naming the option.
func TestMethodOptionsCheck(t *testing.T) {
	for _, c := range []struct {
		o    EstimateOptions
		want string
	}{
		{EstimateOptions{MethodOptions: MethodOptions{Method: "magic"}}, `method "magic": want loglinear, dga, lcmcr`},
		{EstimateOptions{Model: "Mt", MethodOptions: MethodOptions{Method: "dga"}}, "does not apply to method dga"},
		{EstimateOptions{MethodOptions: MethodOptions{Method: "dga", Prior: "flat"}}, `prior "flat"`},
		{EstimateOptions{MethodOptions: MethodOptions{Method: "dga", Prior: "negbin:1"}}, "negbin:a,b"},
		{EstimateOptions{MethodOptions: MethodOptions{Method: "dga", Missing: "9:1"}}, `missing counts "9:1"`},
		{EstimateOptions{MethodOptions: MethodOptions{Method: "lcmcr", Classes: 5000}}, "latent classes K = 5000"},
		{EstimateOptions{MethodOptions: MethodOptions{Method: "lcmcr", Thinning: -1}}, "thinning -1"},
	} {
		err := c.o.Check()
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), c.want) {
			t.Errorf("%+v: %v, want %q", c.o, err, c.want)
		}
	}
	if err := (EstimateOptions{MethodOptions: MethodOptions{Method: "dga", Prior: "1/N", Missing: "0:500"}}).Check(); err != nil {
		t.Error(err)
	}
}
