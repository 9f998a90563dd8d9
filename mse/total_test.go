package mse

import (
	"math"
	"testing"
)

func TestTotalNormal(t *testing.T) {
	tot := TotalNormal([]float64{100, 200}, []float64{3, 4}, 250, 0.95)
	if tot.Estimate != 300 || math.Abs(tot.Upper-(300+1.959964*5)) > 1e-4 || math.Abs(tot.Lower-(300-1.959964*5)) > 1e-4 {
		t.Errorf("%+v", tot)
	}
	if tot := TotalNormal([]float64{100, 200}, []float64{3, math.NaN()}, 250, 0.95); !math.IsInf(tot.Upper, 1) || tot.Lower != 250 {
		t.Errorf("unbounded stratum: %+v", tot)
	}
}

func TestTotalDraws(t *testing.T) {
	a := []float64{10, 11, 12, 13, 14}
	b := []float64{100, 100, 100, 100, 100}
	tot := TotalDraws([][]float64{a, b}, 0.5)
	if tot.Estimate != 112 || tot.Lower != 111 || tot.Upper != 113 {
		t.Errorf("%+v", tot)
	}
}

func TestTotalPosterior(t *testing.T) {
	// Two strata, each N = 10 or 11 with equal probability: the total is
	// 20, 21, 22 with 1/4, 1/2, 1/4.
	d := []Point{{10, 0.5}, {11, 0.5}}
	tot := TotalPosterior([][]Point{d, d}, 0.4)
	want := (0.25/20 + 0.5/21 + 0.25/22) / (0.25/400 + 0.5/441 + 0.25/484)
	if math.Abs(tot.Estimate-want) > 1e-9 || tot.Lower != 21 || tot.Upper != 21 {
		t.Errorf("%+v, want estimate %v", tot, want)
	}
}

// The same posteriors give the same total to the last digit, run after
// run: the convolution does not follow a map's random order.
func TestTotalPosteriorReproducible(t *testing.T) {
	var dists [][]Point
	for s := range 4 {
		var d []Point
		for n := range 40 {
			d = append(d, Point{N: float64(100*s + n), P: 1 / float64(n+3)})
		}
		dists = append(dists, d)
	}
	first := TotalPosterior(dists, 0.95)
	for range 20 {
		if again := TotalPosterior(dists, 0.95); again != first {
			t.Fatalf("%+v, then %+v", first, again)
		}
	}
}
