package mse

import "math"

// Convergence diagnostics for a chain of draws, from batch means: the
// variance of the mean of correlated draws is estimated from the spread of
// the means of consecutive batches.

// batchMeansVar estimates the variance of the mean of x.
func batchMeansVar(x []float64) float64 {
	n := len(x)
	b := int(math.Sqrt(float64(n))) // batch size
	if b < 1 || n/b < 2 {
		return math.NaN()
	}
	k := n / b
	means := make([]float64, k)
	var grand float64
	for i := 0; i < k; i++ {
		var s float64
		for _, v := range x[i*b : (i+1)*b] {
			s += v
		}
		means[i] = s / float64(b)
		grand += means[i]
	}
	grand /= float64(k)
	var ss float64
	for _, m := range means {
		ss += (m - grand) * (m - grand)
	}
	return ss / float64(k-1) / float64(k)
}

// EffectiveSize is the number of independent draws the chain is worth.
func EffectiveSize(x []float64) float64 {
	n := float64(len(x))
	var mean, ss float64
	for _, v := range x {
		mean += v
	}
	mean /= n
	for _, v := range x {
		ss += (v - mean) * (v - mean)
	}
	vm := batchMeansVar(x)
	if ss == 0 || math.IsNaN(vm) || vm == 0 {
		return n
	}
	return math.Min(n, ss/(n-1)/vm)
}

// Geweke compares the mean of the first 10% of the draws with the mean of
// the last 50%: a z-score far from 0 says the chain was still moving.
func Geweke(x []float64) float64 {
	n := len(x)
	a, b := x[:n/10], x[n/2:]
	if len(a) < 4 || len(b) < 4 {
		return math.NaN()
	}
	mean := func(v []float64) float64 {
		var s float64
		for _, e := range v {
			s += e
		}
		return s / float64(len(v))
	}
	d := batchMeansVar(a) + batchMeansVar(b)
	if d == 0 {
		if mean(a) == mean(b) {
			return 0
		}
		return math.Inf(1)
	}
	return (mean(a) - mean(b)) / math.Sqrt(d)
}
