package disparity

import (
	"encoding/json"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Num is a figure that may be undefined (a rate ratio with nothing to
// compare) or infinite (an interval open above): JSON gets null then.
type Num float64

func (n Num) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(n)) || math.IsInf(float64(n), 0) {
		return []byte("null"), nil
	}
	return json.Marshal(float64(n))
}

func (n *Num) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*n = Num(math.NaN())
		return nil
	}
	var f float64
	err := json.Unmarshal(b, &f)
	*n = Num(f)
	return err
}

// alpha is one minus the confidence level of every interval.
const alpha = 0.05

// Garwood is the exact 95% interval of a Poisson mean given k events
// (Garwood 1936): half the chi-square quantiles on 2k and 2k+2 degrees of
// freedom.
func Garwood(k int) (low, high float64) {
	if k > 0 {
		low = distuv.ChiSquared{K: float64(2 * k)}.Quantile(alpha/2) / 2
	}
	high = distuv.ChiSquared{K: float64(2*k + 2)}.Quantile(1-alpha/2) / 2
	return low, high
}

// RateRatio compares k1 events over exposure e1 with k2 over e2 as R's
// poisson.test does: conditional on k1+k2, k1 is binomial, so the
// Clopper-Pearson interval of its share gives an exact interval of the
// ratio, and the two-sided binomial test its p-value.
func RateRatio(k1 int, e1 float64, k2 int, e2 float64) (rr, low, high, p Num) {
	n := k1 + k2
	if n == 0 || e1 <= 0 || e2 <= 0 {
		return Num(math.NaN()), Num(math.NaN()), Num(math.NaN()), 1
	}
	rr = Num((float64(k1) / e1) / (float64(k2) / e2)) // +Inf when k2 = 0
	pl, ph := 0.0, 1.0
	if k1 > 0 {
		pl = distuv.Beta{Alpha: float64(k1), Beta: float64(n - k1 + 1)}.Quantile(alpha / 2)
	}
	if k1 < n {
		ph = distuv.Beta{Alpha: float64(k1 + 1), Beta: float64(n - k1)}.Quantile(1 - alpha/2)
	}
	odds := func(q float64) float64 { return q / (1 - q) * e2 / e1 }
	return rr, Num(odds(pl)), Num(odds(ph)), Num(binomTest(k1, n, e1/(e1+e2)))
}

// binomTest is the two-sided exact binomial test of R's binom.test: the
// probability of every outcome no more likely than the one seen.
func binomTest(x, n int, p float64) float64 {
	b := distuv.Binomial{N: float64(n), P: p}
	d := b.Prob(float64(x)) * (1 + 1e-7)
	m := float64(n) * p
	var s float64
	for i := 0; i <= n; i++ {
		if b.Prob(float64(i)) <= d {
			s += b.Prob(float64(i))
		}
	}
	if float64(x) == m {
		return 1
	}
	return math.Min(1, s)
}
