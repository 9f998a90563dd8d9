package mse

import (
	"math"
	"math/bits"
	"runtime"
	"sort"
	"sync"

	"github.com/rastro-project/rastro"
)

// DefaultMaxOrder is the highest interaction order closedpMS.t would fit for
// k lists without being told that it takes long: k-1, but only pairs for six
// lists (the hierarchical models with triples number in the millions).
func DefaultMaxOrder(k int) int {
	if k >= 6 {
		return 2
	}
	return k - 1
}

// HierarchicalModels lists every hierarchical log-linear model for k lists
// that has all main effects and interactions up to maxOrder, from the
// independence model up.
func HierarchicalModels(k, maxOrder int) ([]Model, error) {
	if k < 2 || k > MaxSearchLists {
		return nil, rastro.Errorf(rastro.EINVALID, "number of lists %d: hierarchical models are searched for 2 to %d lists; with more, fit M0, Mt, Mh, Mth or Mb (--model)", k, MaxSearchLists)
	}
	if maxOrder < 1 || maxOrder > k-1 {
		return nil, rastro.Errorf(rastro.EINVALID, "maximum interaction order %d: must be between 1 and %d", maxOrder, k-1)
	}
	if k == 6 && maxOrder > 2 {
		return nil, rastro.Errorf(rastro.EINVALID, "6 lists: hierarchical models with interactions of order %d number in the millions; use order 2", maxOrder)
	}
	// Candidate interactions ordered by order, so a term's sub-terms are
	// decided before it.
	var cand []uint
	for t := uint(1); t < 1<<uint(k); t++ {
		if c := bits.OnesCount(t); c >= 2 && c <= maxOrder {
			cand = append(cand, t)
		}
	}
	sortTerms(cand)
	var models []Model
	chosen := map[uint]bool{}
	var rec func(i int)
	rec = func(i int) {
		if i == len(cand) {
			terms := MainEffects(k)
			for _, t := range cand {
				if chosen[t] {
					terms = append(terms, t)
				}
			}
			models = append(models, Model{Name: generatorName(k, terms), Terms: terms})
			return
		}
		rec(i + 1)
		t := cand[i]
		// A term may enter only with all its sub-interactions.
		if bits.OnesCount(t) > 2 {
			for s := t; s != 0; s &= s - 1 {
				sub := t &^ (s & -s)
				if !chosen[sub] {
					return
				}
			}
		}
		chosen[t] = true
		rec(i + 1)
		delete(chosen, t)
	}
	rec(0)
	return models, nil
}

// Ranking is every hierarchical model fitted to one data set.
type Ranking struct {
	Fits []*Fit `json:"models"`
}

// RankHierarchical fits all hierarchical models and orders them by the
// criterion ("aic" or "bic"); models whose fit failed go last.
func RankHierarchical(h *Histories, maxOrder int, criterion string) (*Ranking, error) {
	models, err := HierarchicalModels(h.Lists, maxOrder)
	if err != nil {
		return nil, err
	}
	return RankModels(h, models, criterion), nil
}

// WithHeterogeneity adds the same heterogeneity term to every model, as
// closedpMS.t's h argument does.
func WithHeterogeneity(models []Model, het Heterogeneity) []Model {
	out := make([]Model, len(models))
	for i, m := range models {
		m.Het, m.Theta = het, defaultTheta(het)
		m.Name += " " + m.hetName()
		out[i] = m
	}
	return out
}

// RankModels fits the models and orders them by the criterion ("aic" or
// "bic"); models that cannot be fitted are left out.
func RankModels(h *Histories, models []Model, criterion string) *Ranking {
	// Fits are independent: spread them over the cores, keep their order.
	fits := make([]*Fit, len(models))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Go(func() {
			for i := range next {
				if f, err := FitModel(h, models[i]); err == nil {
					fits[i] = f
				}
			}
		})
	}
	for i := range models {
		next <- i
	}
	close(next)
	wg.Wait()
	r := &Ranking{}
	for _, f := range fits {
		if f != nil {
			r.Fits = append(r.Fits, f)
		}
	}
	r.Sort(criterion)
	return r
}

// Sort orders the fits by AIC or BIC, unusable fits last.
func (r *Ranking) Sort(criterion string) {
	key := func(f *Fit) float64 {
		v := f.AIC
		if criterion == "bic" {
			v = f.BIC
		}
		if math.IsNaN(v) || math.IsNaN(f.N) || math.IsInf(f.N, 0) {
			return math.Inf(1)
		}
		return v
	}
	sort.SliceStable(r.Fits, func(a, b int) bool { return key(r.Fits[a]) < key(r.Fits[b]) })
}

// StandardModels are the models closedp.t fits: M0 and Mt, and for three or
// more lists Mh and Mth with each heterogeneity form (Chao, Poisson2,
// Darroch, Gamma3.5).
func StandardModels(k int) []Model {
	ms := []Model{M0(), Mt(k)}
	if k >= 3 {
		for _, h := range []Heterogeneity{Chao, PoissonHet, Darroch, GammaHet} {
			ms = append(ms, Mh(h))
		}
		for _, h := range []Heterogeneity{Chao, PoissonHet, Darroch, GammaHet} {
			ms = append(ms, Mth(k, h))
		}
	}
	return ms
}

// FitStandard fits the closedp.t models, in their usual order.
func FitStandard(h *Histories) []*Fit {
	var fits []*Fit
	for _, m := range StandardModels(h.Lists) {
		if f, err := FitModel(h, m); err == nil {
			fits = append(fits, f)
		}
	}
	return fits
}
