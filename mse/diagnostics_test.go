package mse

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestDiagnostics(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	iid := make([]float64, 2000)
	for i := range iid {
		iid[i] = rng.NormFloat64()
	}
	if ess := EffectiveSize(iid); ess < 1000 {
		t.Errorf("independent draws: effective size %.0f", ess)
	}
	if z := Geweke(iid); math.Abs(z) > 3 {
		t.Errorf("independent draws: Geweke z %.2f", z)
	}
	// A sticky AR(1) chain is worth far fewer draws.
	ar := make([]float64, 2000)
	for i := 1; i < len(ar); i++ {
		ar[i] = 0.98*ar[i-1] + rng.NormFloat64()
	}
	if ess := EffectiveSize(ar); ess > 200 {
		t.Errorf("AR(0.98): effective size %.0f", ess)
	}
	// A chain still drifting fails Geweke's test.
	drift := make([]float64, 2000)
	for i := range drift {
		drift[i] = float64(i)/100 + rng.NormFloat64()
	}
	if z := Geweke(drift); math.Abs(z) < 3 {
		t.Errorf("drifting chain: Geweke z %.2f", z)
	}
}
