package mse

import "testing"

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
