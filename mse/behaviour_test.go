package mse

import (
	"math"
	"testing"
)

// Rcapture's saved example output (tests/Examples/Rcapture-Ex.Rout.save,
// closedp.t on Seber (1982) p. 107): Mb 1295.0, s.e. 17.3, deviance 0 on
// 0 df, AIC 28.831. With two occasions Mb is the removal estimator
// u1²/(u1-u2) on the first captures.
func TestMbSeber(t *testing.T) {
	h := mustCounts(t, 2, "167,781,254")
	f, err := FitMb(h)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Mb N", f.N, 1295.0, 1)
	check(t, "Mb s.e.", f.SE, 17.3, 1)
	check(t, "Mb AIC", f.AIC, 28.831, 3)
	check(t, "Mb removal N", f.N, 948.0*948/(948-254), 6)
	if f.DF != 0 || f.Deviance > 1e-6 {
		t.Errorf("deviance %g on %d df, want 0 on 0", f.Deviance, f.DF)
	}
}

// Rcapture's saved example output (closedpCI.t on the diabetes data of
// Bruno et al., mX = ~ . + c1:c3 + c2:c4 + c3:c4, h = "Normal"): 2763.5,
// s.e. 100.9, interval 2592.3 to 2990.8, deviance 8.224 on 6 df, AIC
// 111.386.
func TestNormalHeterogeneityDiabetes(t *testing.T) {
	h := mustCounts(t, 4, diabetes)
	f := mustFit(t, h, "Mth-Normal+c1:c3+c2:c4+c3:c4")
	check(t, "N", f.N, 2763.5, 1)
	check(t, "s.e.", f.SE, 100.9, 1)
	check(t, "deviance", f.Deviance, 8.224, 3)
	check(t, "AIC", f.AIC, 111.386, 3)
	if f.DF != 6 {
		t.Errorf("df %d, want 6", f.DF)
	}
	iv := ProfileCI(h, f, 0.95)
	check(t, "lower", iv.Lower, 2592.3, 1)
	// The upper bound moves with the third digit of the standard error,
	// which rests on a finite-difference Hessian here and in R's optim:
	// 2990.85 against 2990.8.
	if math.Abs(iv.Upper-2990.8) > 0.1 {
		t.Errorf("upper %.3f, want 2990.8 within 0.1", iv.Upper)
	}
}

// Rcapture's example (closedp.h(period3, h = psi) with psi the Gamma3.5
// form) prints exactly the Mh Gamma3.5 row of closedp.t: a psi given by
// the Gamma form's values is that model.
func TestPsiIsGammaForm(t *testing.T) {
	h := mustCounts(t, 4, diabetes)
	gamma := mustFit(t, h, "Mh-Gamma")
	m, err := ParseModel(4, "Mh-psi")
	if err != nil {
		t.Fatal(err)
	}
	var psi []float64
	for s := 1.0; s <= 4; s++ {
		psi = append(psi, -math.Log(3.5+s)+math.Log(3.5))
	}
	if m, err = WithPsi(m, 4, psi); err != nil {
		t.Fatal(err)
	}
	f, err := FitModel(h, m)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(f.N-gamma.N) > 1e-6 || math.Abs(f.SE-gamma.SE) > 1e-6 || math.Abs(f.Deviance-gamma.Deviance) > 1e-6 {
		t.Errorf("psi = Gamma form: %v (s.e. %v, deviance %v); Mh Gamma3.5: %v (%v, %v)", f.N, f.SE, f.Deviance, gamma.N, gamma.SE, gamma.Deviance)
	}
	if _, err := WithPsi(m, 4, psi[:3]); err == nil {
		t.Error("three psi values for four lists accepted")
	}
	if _, err := FitModel(h, Mh(PsiHet)); err == nil {
		t.Error("psi model without values fitted")
	}
}
