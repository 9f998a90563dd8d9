package glm

import (
	"math"
	"testing"
)

// An offset of log exposure moves only the intercept: fitting counts with
// exposure e is fitting rates with the intercept shifted by log e.
func TestOffsetShiftsIntercept(t *testing.T) {
	y := []float64{2, 5, 9, 4, 12, 7}
	xs := []float64{0, 1, 2, 1, 3, 2}
	x := make([]float64, 0, 2*len(y))
	for _, v := range xs {
		x = append(x, 1, v)
	}
	const e = 250.0
	off := make([]float64, len(y))
	for i := range off {
		off[i] = math.Log(e)
	}
	plain, with := Poisson(y, x, 2, nil), Poisson(y, x, 2, off)
	if !plain.Converged || !with.Converged {
		t.Fatal("no convergence")
	}
	if d := with.Coef[0] + math.Log(e) - plain.Coef[0]; math.Abs(d) > 1e-9 || math.Abs(with.Coef[1]-plain.Coef[1]) > 1e-9 ||
		math.Abs(with.Deviance-plain.Deviance) > 1e-9 || math.Abs(with.SE(1)-plain.SE(1)) > 1e-9 {
		t.Errorf("offset fit %v (SE %v), plain %v (SE %v)", with.Coef, with.SE(1), plain.Coef, plain.SE(1))
	}
}

// Counts with less spread than a Poisson's leave the negative binomial's
// shape unbounded: NegBin says so and hands back the Poisson fit.
func TestNegBinWithoutOverdispersion(t *testing.T) {
	y := []float64{10, 10, 11, 9, 10, 10, 11, 9}
	x := []float64{1, 1, 1, 1, 1, 1, 1, 1}
	f, ok := NegBin(y, x, 1, nil)
	if ok || f.Theta != 0 || math.Abs(math.Exp(f.Coef[0])-10) > 1e-9 {
		t.Errorf("ok %v theta %v mean %v", ok, f.Theta, math.Exp(f.Coef[0]))
	}
}

func TestTrigamma(t *testing.T) {
	for _, c := range []struct{ x, want float64 }{{1, math.Pi * math.Pi / 6}, {0.5, math.Pi * math.Pi / 2}, {10, 0.10516633568168575}} {
		if got := trigamma(c.x); math.Abs(got-c.want) > 1e-12*c.want {
			t.Errorf("trigamma(%v) = %.17g, want %.17g", c.x, got, c.want)
		}
	}
}
