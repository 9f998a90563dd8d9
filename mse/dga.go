package mse

import (
	"math"
	"math/bits"
	"sort"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// Graph is a decomposable graphical model for k lists: its cliques and the
// separators of a junction tree (empty separators, between the components of
// a disconnected graph, are left out: they add nothing to the likelihood).
type Graph struct {
	Edges      uint64 // bit e set for edge e in pair order (1,2),(1,3),...
	Cliques    []uint
	Separators []uint
}

// Name writes the graph by its cliques: [12,3].
func (g Graph) Name(k int) string { return generatorName(k, g.Cliques) }

// DecomposableGraphs lists the decomposable (chordal) graphs on k vertices:
// 8 for three lists, 61 for four, 822 for five.
func DecomposableGraphs(k int) []Graph {
	type pair struct{ a, b int }
	var pairs []pair
	for a := 0; a < k; a++ {
		for b := a + 1; b < k; b++ {
			pairs = append(pairs, pair{a, b})
		}
	}
	var out []Graph
	for e := uint64(0); e < 1<<uint(len(pairs)); e++ {
		adj := make([]uint, k)
		for i, p := range pairs {
			if e&(1<<uint(i)) != 0 {
				adj[p.a] |= 1 << uint(p.b)
				adj[p.b] |= 1 << uint(p.a)
			}
		}
		if !chordal(k, adj) {
			continue
		}
		cl := maximalCliques(k, adj)
		out = append(out, Graph{Edges: e, Cliques: cl, Separators: junctionSeparators(cl)})
	}
	return out
}

// chordal eliminates simplicial vertices until none is left.
func chordal(k int, adj []uint) bool {
	left := uint(1)<<uint(k) - 1
	for left != 0 {
		found := false
		for v := 0; v < k; v++ {
			if left&(1<<uint(v)) == 0 {
				continue
			}
			nb := adj[v] & left
			if isClique(nb, adj) {
				left &^= 1 << uint(v)
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func isClique(set uint, adj []uint) bool {
	for s := set; s != 0; s &= s - 1 {
		v := bits.TrailingZeros(s)
		if set&^(1<<uint(v))&^adj[v] != 0 {
			return false
		}
	}
	return true
}

func maximalCliques(k int, adj []uint) []uint {
	var cl []uint
	full := uint(1)<<uint(k) - 1
	for s := uint(1); s <= full; s++ {
		if !isClique(s, adj) {
			continue
		}
		maximal := true
		for v := 0; v < k; v++ {
			if s&(1<<uint(v)) == 0 && isClique(s|1<<uint(v), adj) {
				maximal = false
				break
			}
		}
		if maximal {
			cl = append(cl, s)
		}
	}
	sort.Slice(cl, func(a, b int) bool { return termLess(cl[a], cl[b]) })
	return cl
}

// junctionSeparators takes the separators of a maximum-weight spanning tree
// of the cliques (weight: size of the intersection), which is a junction
// tree when the graph is chordal.
func junctionSeparators(cl []uint) []uint {
	type edge struct {
		a, b int
		w    int
	}
	var es []edge
	for a := range cl {
		for b := a + 1; b < len(cl); b++ {
			es = append(es, edge{a, b, bits.OnesCount(cl[a] & cl[b])})
		}
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].w > es[j].w })
	comp := make([]int, len(cl))
	for i := range comp {
		comp[i] = i
	}
	find := func(i int) int {
		for comp[i] != i {
			i = comp[i]
		}
		return i
	}
	var seps []uint
	for _, e := range es {
		ra, rb := find(e.a), find(e.b)
		if ra == rb {
			continue
		}
		comp[ra] = rb
		if s := cl[e.a] & cl[e.b]; s != 0 {
			seps = append(seps, s)
		}
	}
	return seps
}

// maxGrid bounds the default grid of missing counts.
const maxGrid = 20000

// DGAOptions set the prior of the Madigan-York model averaging.
type DGAOptions struct {
	Delta    float64                 // hyper-Dirichlet cell prior; 0 means dga's suggestion 2^-k
	NMissing []int                   // candidate numbers of people on no list; nil means 0..max(5n, 300) in at most 20,000 steps
	LogPrior func(N float64) float64 // log prior of the total N; nil means dga's default -log N
	Level    float64                 // of the equal-tailed credible interval; default 0.95
}

// NegBinomialPrior is the prior on N of dga's Madigan-York example (a
// negative binomial with shape a and odds b).
func NegBinomialPrior(a, b float64) func(N float64) float64 {
	la, _ := math.Lgamma(a)
	return func(N float64) float64 {
		g1, _ := math.Lgamma(N + a)
		g2, _ := math.Lgamma(N + 1)
		return N*math.Log(b) - (N+a)*math.Log(1+b) + g1 - g2 - la
	}
}

// GraphPosterior is one decomposable model's share of the posterior.
type GraphPosterior struct {
	Model     string  `json:"model"`
	Posterior float64 `json:"posterior"`
	Bayes     float64 `json:"bayes_estimate"`
	Mode      float64 `json:"mode"`
	// PosteriorN is the posterior of N given this model, kept for the
	// most probable models only (TopModelsWithN).
	PosteriorN []Point `json:"posterior_n,omitempty"`

	graph int
}

// Point is one value of N and its posterior probability.
type Point struct {
	N float64 `json:"n"`
	P float64 `json:"p"`
}

// TopModelsWithN is how many of the most probable graphs keep their
// posterior of N.
const TopModelsWithN = 10

// support returns the points of a distribution over N down to a millionth
// of its peak, for plots and JSON without the grid's empty tails.
func support(w, N []float64) []Point {
	peak := w[argmax(w)]
	var pts []Point
	for j, v := range w {
		if v >= 1e-6*peak {
			pts = append(pts, Point{N[j], v})
		}
	}
	return pts
}

// DGAResult is the model-averaged posterior of N.
type DGAResult struct {
	N         []float64         `json:"-"`           // candidate totals n + NMissing
	Posterior []float64         `json:"-"`           // averaged posterior of each N
	Points    []Point           `json:"posterior_n"` // the averaged posterior where it is not negligible
	Bayes     float64           `json:"estimate"`    // E[1/N]/E[1/N^2], Madigan and York's estimator
	Mode      float64           `json:"mode"`        // of the averaged posterior
	Mean      float64           `json:"mean"`        // posterior mean
	Median    float64           `json:"median"`      // posterior median
	Lower     float64           `json:"lower"`       // equal-tailed credible interval
	Upper     float64           `json:"upper"`       //
	Level     float64           `json:"level"`       //
	Models    []*GraphPosterior `json:"models"`      // ordered by posterior probability
	Delta     float64           `json:"delta"`       //
	Warnings  []string          `json:"warnings,omitempty"`
	Checks    []Warning         `json:"checks,omitempty"` // Warnings as data, for other languages
}

// DGA averages over all decomposable graphical models for the lists with the
// hyper-Dirichlet prior of Madigan and York (1997), as HRDAG's dga does.
func DGA(h *Histories, opt DGAOptions) (*DGAResult, error) {
	k := h.Lists
	if k < 3 || k > MaxSearchLists {
		return nil, rastro.Errorf(rastro.EINVALID, "model averaging over graphs needs at least 3 lists and takes at most %d, got %d", MaxSearchLists, k)
	}
	delta := opt.Delta
	if delta == 0 {
		delta = math.Pow(2, -float64(k))
	}
	if delta < 0 || math.IsNaN(delta) || math.IsInf(delta, 0) {
		return nil, rastro.Errorf(rastro.EINVALID, "delta %v: must be positive", delta)
	}
	n := h.N()
	nm := opt.NMissing
	if nm == nil {
		// Up to 5n missed, in at most maxGrid steps.
		top := int(math.Max(5*n, 300))
		step := max(1, (top+maxGrid-1)/maxGrid)
		for v := 0; v <= top; v += step {
			nm = append(nm, v)
		}
	}
	if len(nm) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "no candidate missing counts")
	}
	for i, v := range nm {
		if v < 0 || (i > 0 && v <= nm[i-1]) {
			return nil, rastro.Errorf(rastro.EINVALID, "missing counts must be non-negative and increasing (at %d: %d)", i+1, v)
		}
	}
	logPrior := opt.LogPrior
	if logPrior == nil {
		logPrior = func(N float64) float64 { return -math.Log(N) }
	}
	// Full table indexed by bit mask; cell 0 is the unobserved one.
	cells := make([]float64, 1<<uint(k))
	for r, c := range h.Counts {
		cells[h.Pattern(r)] = c
	}
	var sumLgY float64
	for _, c := range cells[1:] {
		g, _ := math.Lgamma(c + 1)
		sumLgY += g
	}
	G := len(nm)
	N := make([]float64, G)
	for j, v := range nm {
		N[j] = n + float64(v)
	}
	// comp[S][j]: log marginal likelihood of the marginal table on S.
	total := delta * math.Pow(2, float64(k))
	lgTotal, _ := math.Lgamma(total)
	comp := make([][]float64, 1<<uint(k))
	for S := uint(1); S < 1<<uint(k); S++ {
		alpha := delta * math.Pow(2, float64(k-bits.OnesCount(S)))
		lgAlpha, _ := math.Lgamma(alpha)
		marg := map[uint]float64{}
		for c, v := range cells {
			marg[uint(c)&S] += v
		}
		// The zero cell of the margin is the only one that changes with N.
		var rest float64
		nCells := 1 << uint(bits.OnesCount(S))
		for key, v := range marg {
			if key != 0 {
				g, _ := math.Lgamma(v + alpha)
				rest += g
			}
		}
		// cells of the margin with no one in them contribute lgamma(alpha)
		rest += float64(nCells-len(marg)) * lgAlpha
		if _, ok := marg[0]; !ok {
			rest -= lgAlpha // the zero cell is counted below
		}
		row := make([]float64, G)
		for j, v := range nm {
			z, _ := math.Lgamma(marg[0] + float64(v) + alpha)
			norm, _ := math.Lgamma(N[j] + total)
			row[j] = rest + z - float64(nCells)*lgAlpha + lgTotal - norm
		}
		comp[S] = row
	}
	base := make([]float64, G) // the parts of the log posterior all graphs share
	for j := range nm {
		lgN, _ := math.Lgamma(N[j] + 1)
		lgM, _ := math.Lgamma(float64(nm[j]) + 1)
		base[j] = lgN - sumLgY - lgM + logPrior(N[j])
	}
	graphs := DecomposableGraphs(k)
	level := opt.Level
	if level == 0 {
		level = 0.95
	}
	if level <= 0 || level >= 1 {
		return nil, rastro.Errorf(rastro.EINVALID, "credible level %v: must be between 0 and 1", level)
	}
	res := &DGAResult{N: N, Posterior: make([]float64, G), Delta: delta, Level: level}
	// One pass over the graphs, without keeping a graphs x N matrix (six
	// lists have 18,154 graphs): the averaged posterior is accumulated
	// relative to the largest log weight seen so far, and rescaled when a
	// larger one comes.
	globalMax := math.Inf(-1)
	graphMax := make([]float64, len(graphs))
	graphSum := make([]float64, len(graphs))
	row := make([]float64, G)
	logRow := func(g Graph, row []float64) (m float64, at int) {
		m = math.Inf(-1)
		for j := range row {
			s := base[j]
			for _, c := range g.Cliques {
				s += comp[c][j]
			}
			for _, sp := range g.Separators {
				s -= comp[sp][j]
			}
			row[j] = s
			if s > m {
				m, at = s, j
			}
		}
		return m, at
	}
	for gi, g := range graphs {
		m, at := logRow(g, row)
		if math.IsInf(m, 0) || math.IsNaN(m) {
			return nil, rastro.Errorf(rastro.EINVALID, "the posterior is not finite on the grid of missing counts (check the prior)")
		}
		if m > globalMax {
			if !math.IsInf(globalMax, -1) {
				scale := math.Exp(globalMax - m)
				for j := range res.Posterior {
					res.Posterior[j] *= scale
				}
			}
			globalMax = m
		}
		var sum, inv, inv2 float64
		for j, s := range row {
			w := math.Exp(s - m)
			sum += w
			inv += w / N[j]
			inv2 += w / (N[j] * N[j])
			res.Posterior[j] += math.Exp(s - globalMax)
		}
		graphMax[gi], graphSum[gi] = m, sum
		res.Models = append(res.Models, &GraphPosterior{Model: g.Name(k), Bayes: inv / inv2, Mode: N[at], graph: gi})
	}
	var z float64
	for _, w := range res.Posterior {
		z += w
	}
	for j := range res.Posterior {
		res.Posterior[j] /= z
	}
	for gi, gp := range res.Models {
		gp.Posterior = graphSum[gi] * math.Exp(graphMax[gi]-globalMax) / z
	}
	sort.SliceStable(res.Models, func(a, b int) bool { return res.Models[a].Posterior > res.Models[b].Posterior })
	for _, gp := range res.Models[:min(TopModelsWithN, len(res.Models))] {
		m, _ := logRow(graphs[gp.graph], row)
		var sum float64
		for j, s := range row {
			row[j] = math.Exp(s - m)
			sum += row[j]
		}
		for j := range row {
			row[j] /= sum
		}
		gp.PosteriorN = support(row, N)
	}
	res.Points = support(res.Posterior, N)
	res.Bayes = bayesEstimate(res.Posterior, N)
	res.Mode = N[argmax(res.Posterior)]
	for j, w := range res.Posterior {
		res.Mean += w * N[j]
	}
	res.Median = quantile(res.Posterior, N, 0.5)
	res.Lower = quantile(res.Posterior, N, (1-level)/2)
	res.Upper = quantile(res.Posterior, N, 1-(1-level)/2)
	if tail := res.Posterior[G-1]; tail > 1e-3*res.Posterior[argmax(res.Posterior)] {
		addWarning(&res.Checks, &res.Warnings, WarnPosteriorTail, "the posterior is still %.2g of its peak at the largest candidate N = %.0f: widen the grid of missing counts", tail/res.Posterior[argmax(res.Posterior)], N[G-1])
	}
	return res, nil
}

func bayesEstimate(w, N []float64) float64 {
	var a, b float64
	for j, v := range w {
		a += v / N[j]
		b += v / (N[j] * N[j])
	}
	return a / b
}

func argmax(w []float64) int {
	best := 0
	for j, v := range w {
		if v > w[best] {
			best = j
		}
	}
	return best
}

// quantile returns the smallest N whose cumulative posterior reaches q.
func quantile(w, N []float64, q float64) float64 {
	var sum, c float64
	for _, v := range w {
		sum += v
	}
	for j, v := range w {
		c += v / sum
		if c >= q {
			return N[j]
		}
	}
	return N[len(N)-1]
}

// ParseGrid reads missing counts as "lo:hi" or "hi" (meaning 0:hi).
func ParseGrid(s string) ([]int, error) {
	lo, hi := 0, 0
	var err error
	if a, b, ok := strings.Cut(s, ":"); ok {
		if lo, err = strconv.Atoi(strings.TrimSpace(a)); err == nil {
			hi, err = strconv.Atoi(strings.TrimSpace(b))
		}
	} else {
		hi, err = strconv.Atoi(strings.TrimSpace(s))
	}
	if err != nil || lo < 0 || hi < lo || hi-lo > 10_000_000 {
		return nil, rastro.Errorf(rastro.EINVALID, "missing counts %q: want lo:hi with 0 <= lo <= hi", s)
	}
	g := make([]int, hi-lo+1)
	for i := range g {
		g[i] = lo + i
	}
	return g, nil
}
