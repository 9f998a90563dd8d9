package mse

import (
	"maps"
	"math"
	"slices"

	"gonum.org/v1/gonum/stat/distuv"
)

// Total is the estimate for the union of independent strata (places,
// periods, perpetrators), each estimated on its own.
type Total struct {
	Estimate float64 `json:"estimate"`
	Lower    float64 `json:"lower"`
	Upper    float64 `json:"upper"`
	Level    float64 `json:"level"`
	Method   string  `json:"method"`
}

// TotalNormal adds the strata's estimates; the interval is normal with the
// standard errors added in quadrature, and no lower than the n observed.
func TotalNormal(est, se []float64, observed, level float64) Total {
	t := Total{Level: level, Method: "sum of the strata's estimates; normal interval from their standard errors"}
	var v float64
	for i := range est {
		t.Estimate += est[i]
		v += se[i] * se[i]
	}
	z := distuv.UnitNormal.Quantile(1 - (1-level)/2)
	sd := math.Sqrt(v)
	t.Lower = math.Max(observed, t.Estimate-z*sd)
	t.Upper = t.Estimate + z*sd
	if math.IsNaN(sd) || math.IsInf(sd, 0) {
		t.Lower, t.Upper = observed, math.Inf(1)
	}
	return t
}

// TotalDraws adds posterior draws of independent chains draw by draw: the
// sums are draws of the total. The estimate is their median.
func TotalDraws(draws [][]float64, level float64) Total {
	t := Total{Level: level, Method: "posterior of the sum of the strata (draws added)"}
	if len(draws) == 0 {
		return t
	}
	m := len(draws[0])
	for _, d := range draws {
		m = min(m, len(d))
	}
	sums := make([]float64, m)
	for _, d := range draws {
		for i := range sums {
			sums[i] += d[i]
		}
	}
	slices.Sort(sums)
	t.Estimate = sampleQuantile(sums, 0.5)
	t.Lower = sampleQuantile(sums, (1-level)/2)
	t.Upper = sampleQuantile(sums, 1-(1-level)/2)
	return t
}

// TotalPosterior convolves the strata's posteriors of N (independent
// strata) and summarises the total with the Madigan-York Bayes estimator
// and an equal-tailed interval.
func TotalPosterior(dists [][]Point, level float64) Total {
	t := Total{Level: level, Method: "posterior of the sum of the strata (posteriors convolved)"}
	acc := map[float64]float64{0: 1}
	for _, d := range dists {
		next := map[float64]float64{}
		// In the order of N, not the map's: sums taken in another order
		// differ in the last digits, and the same data must give the same
		// figures every run.
		for _, n := range slices.Sorted(maps.Keys(acc)) {
			p := acc[n]
			for _, q := range d {
				next[n+q.N] += p * q.P
			}
		}
		// Drop what is negligible so the support stays small.
		var peak float64
		for _, p := range next {
			peak = math.Max(peak, p)
		}
		for n, p := range next {
			if p < 1e-9*peak {
				delete(next, n)
			}
		}
		acc = next
	}
	ns := slices.Sorted(maps.Keys(acc))
	w := make([]float64, len(ns))
	var z float64
	for i, n := range ns {
		w[i] = acc[n]
		z += w[i]
	}
	for i := range w {
		w[i] /= z
	}
	t.Estimate = bayesEstimate(w, ns)
	t.Lower = quantile(w, ns, (1-level)/2)
	t.Upper = quantile(w, ns, 1-(1-level)/2)
	return t
}
