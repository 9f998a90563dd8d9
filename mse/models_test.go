package mse

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

// Every model the front ends offer by name is one FitSpec fits to three
// lists, and CheckSpec passes it; unknown names are refused with the names.
func TestModelsOffered(t *testing.T) {
	h, err := ParseCounts(3, "72,155,7,71,13,53,43")
	if err != nil {
		t.Fatal(err)
	}
	psi := []float64{-0.5, -0.75, -0.875}
	for _, name := range Models {
		var p []float64
		if strings.HasSuffix(name, "-psi") {
			p = psi
		}
		if err := CheckSpec(name, p); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		fit, iv, err := FitSpecCI(h, name, p, 0.95)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !(fit.N >= h.N()) || iv.Level != 0.95 {
			t.Errorf("%s: estimate %v, interval %+v", name, fit.N, iv)
		}
	}
	for _, bad := range []string{"Mq", "Mth-Weibull", "Mth-Poissonx"} {
		err := CheckSpec(bad, nil)
		var um *UnknownModelError
		if !errors.As(err, &um) || um.Spec != bad || rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), "Mth-Normal, Mth-psi") {
			t.Errorf("%s: %v", bad, err)
		}
	}
	for _, c := range []struct {
		spec string
		psi  []float64
	}{{"Mh-psi", nil}, {"Mt", psi}, {"Mbh", psi}, {"Mt+c1:c1", nil}, {"", nil}} {
		if err := CheckSpec(c.spec, c.psi); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%q %v: %v", c.spec, c.psi, err)
		}
	}
	if _, _, err := FitSpecCI(h, "Mt", nil, 1); err == nil {
		t.Error("level 1 accepted")
	}
}

func TestParsePsi(t *testing.T) {
	got, err := ParsePsi(" -0.5, -0.75,-0.875 ")
	if err != nil || len(got) != 3 || got[2] != -0.875 {
		t.Errorf("%v %v", got, err)
	}
	if got, err := ParsePsi(""); got != nil || err != nil {
		t.Errorf("empty: %v %v", got, err)
	}
	for _, bad := range []string{"1,,2", "a", "NaN", "1,Inf"} {
		if _, err := ParsePsi(bad); err == nil || !strings.Contains(err.Error(), "not a number") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

// ChooseModel ranks the hierarchical models by the criterion, with the
// heterogeneity and order asked for; past MaxSearchLists lists it takes
// the best standard model and says so.
func TestChooseModel(t *testing.T) {
	h, _ := ParseCounts(3, "72,155,7,71,13,53,43")
	c, err := ChooseModel(h, RankOptions{Criterion: "BIC", Heterogeneity: "darroch"})
	if err != nil {
		t.Fatal(err)
	}
	models, _ := HierarchicalModels(3, 2)
	ranked := RankModels(h, WithHeterogeneity(models, Darroch), "bic").Fits
	want := ranked[0]
	if c.Criterion != "bic" || c.Best.Model != want.Model || c.Best.N != want.N || len(c.Ranking) != len(ranked) || c.Standard != nil {
		t.Errorf("choice %s (%d ranked), want %s", c.Best.Model, len(c.Ranking), want.Model)
	}
	if c, _ := ChooseModel(h, RankOptions{MaxOrder: 1}); len(c.Ranking) != 1 || c.Best.Model != "[1,2,3]" {
		t.Errorf("order 1: %+v", c.Ranking)
	}
	counts := make([]string, 1<<7-1)
	for i := range counts {
		counts[i] = strconv.Itoa(1 + i%5)
	}
	h7, _ := ParseCounts(7, strings.Join(counts, ","))
	c, err = ChooseModel(h7, RankOptions{})
	if err != nil || c.Ranking != nil || len(c.Standard) == 0 || len(c.Checks) != 1 || c.Checks[0].Kind != WarnStandardOnly {
		t.Fatalf("7 lists: %+v %v", c, err)
	}
	for _, s := range c.Standard {
		if s.AIC < c.Best.AIC {
			t.Errorf("7 lists: %s (AIC %.1f) beats the choice %s (%.1f)", s.Model, s.AIC, c.Best.Model, c.Best.AIC)
		}
	}
	two, _ := ParseCounts(2, "5,6,7")
	for _, o := range []RankOptions{{Criterion: "dic"}, {Heterogeneity: "Normal"}, {Heterogeneity: "Weibull"}, {MaxOrder: -1}} {
		if _, err := ChooseModel(h, o); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%+v: %v", o, err)
		}
	}
	if _, err := ChooseModel(two, RankOptions{Heterogeneity: "Chao"}); err == nil || !strings.Contains(err.Error(), "at least 3 lists") {
		t.Errorf("two lists with heterogeneity: %v", err)
	}
}
