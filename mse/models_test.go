package mse

import (
	"errors"
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
