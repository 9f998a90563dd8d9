package mse

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/rastro-project/rastro"
	"gonum.org/v1/gonum/stat/distuv"
)

// LCMCROptions configure the latent-class model of Manrique-Vallier (2016):
// individuals belong to one of at most K latent classes (a truncated
// stick-breaking Dirichlet process with concentration alpha ~
// Gamma(AAlpha, BAlpha)), lists are independent within a class with
// probabilities lambda ~ Beta(1, 1), and the prior on N is proportional to
// 1/N.
type LCMCROptions struct {
	K        int     `json:"classes"`  // maximum number of latent classes; default 10
	AAlpha   float64 `json:"a_alpha"`  // default 0.25
	BAlpha   float64 `json:"b_alpha"`  // default 0.25
	Burnin   int     `json:"burnin"`   // default 10000
	Samples  int     `json:"samples"`  // draws kept; default 1000
	Thinning int     `json:"thinning"` // iterations between kept draws; default 10
	Seed     uint64  `json:"seed"`     // the same seed gives the same draws
	Level    float64 `json:"level"`    // credible level; default 0.95
}

// Check refuses, before any data is read, a sampler that cannot run; a
// zero takes the default.
func (o LCMCROptions) Check() error {
	o.defaults()
	if o.K < 1 || o.K > 1000 {
		return rastro.Errorf(rastro.EINVALID, "latent classes K = %d: must be between 1 and 1000", o.K)
	}
	if o.Burnin < 0 || o.Samples < 1 || o.Thinning < 1 {
		return rastro.Errorf(rastro.EINVALID, "burn-in %d, samples %d, thinning %d: must be >= 0, >= 1, >= 1", o.Burnin, o.Samples, o.Thinning)
	}
	if o.AAlpha <= 0 || o.BAlpha <= 0 || o.Level <= 0 || o.Level >= 1 {
		return rastro.Errorf(rastro.EINVALID, "alpha prior (%g, %g) must be positive and the level in (0, 1)", o.AAlpha, o.BAlpha)
	}
	return nil
}

func (o *LCMCROptions) defaults() {
	if o.K == 0 {
		o.K = 10
	}
	if o.AAlpha == 0 {
		o.AAlpha = 0.25
	}
	if o.BAlpha == 0 {
		o.BAlpha = 0.25
	}
	if o.Burnin == 0 {
		o.Burnin = 10000
	}
	if o.Samples == 0 {
		o.Samples = 1000
	}
	if o.Thinning == 0 {
		o.Thinning = 10
	}
	if o.Level == 0 {
		o.Level = 0.95
	}
}

// LCMCRResult summarises the posterior of N.
type LCMCRResult struct {
	Mean      float64      `json:"mean"`
	Median    float64      `json:"median"`
	Lower     float64      `json:"lower"`
	Upper     float64      `json:"upper"`
	Level     float64      `json:"level"`
	Draws     []float64    `json:"-"`
	MeanK     float64      `json:"mean_occupied_classes"`
	LastClass float64      `json:"mean_last_class_weight"` // weight left to the K-th class
	Options   LCMCROptions `json:"options"`
	Warnings  []string     `json:"warnings,omitempty"`
	Checks    []Warning    `json:"checks,omitempty"` // Warnings as data, for other languages
	Accepted  int          `json:"draws"`
	ESS       float64      `json:"effective_draws"` // draws of N worth this many independent ones
	GewekeZ   float64      `json:"geweke_z"`        // early against late draws; |z| > 3 says not converged
	Observed  float64      `json:"observed"`
	Iteration int          `json:"iterations"`
}

// LCMCR runs the Gibbs sampler and summarises the draws of N.
func LCMCR(h *Histories, opt LCMCROptions) (*LCMCRResult, error) {
	if err := opt.Check(); err != nil {
		return nil, err
	}
	opt.defaults()
	s := newSampler(h, opt)
	const warmup = 500 // first sweeps with alpha held, as LCMCR starts
	for i := 0; i < warmup; i++ {
		s.sweep(false)
	}
	for i := 0; i < opt.Burnin; i++ {
		s.sweep(true)
	}
	res := &LCMCRResult{Level: opt.Level, Options: opt, Observed: s.n}
	var kSum float64
	for d := 0; d < opt.Samples; d++ {
		for t := 0; t < opt.Thinning; t++ {
			s.sweep(true)
		}
		res.Draws = append(res.Draws, s.n+float64(s.n0))
		kSum += float64(s.occupied())
		res.LastClass += s.nu[opt.K-1] / float64(opt.Samples)
	}
	res.Accepted = len(res.Draws)
	res.Iteration = warmup + opt.Burnin + opt.Samples*opt.Thinning
	res.MeanK = kSum / float64(opt.Samples)
	sorted := slices.Clone(res.Draws)
	slices.Sort(sorted)
	for _, v := range sorted {
		res.Mean += v
	}
	res.Mean /= float64(len(sorted))
	res.Median = sampleQuantile(sorted, 0.5)
	res.Lower = sampleQuantile(sorted, (1-opt.Level)/2)
	res.Upper = sampleQuantile(sorted, 1-(1-opt.Level)/2)
	res.ESS = EffectiveSize(res.Draws)
	res.GewekeZ = Geweke(res.Draws)
	if math.Abs(res.GewekeZ) > 3 {
		addWarning(&res.Checks, &res.Warnings, WarnChainDrift, "the chain may not have converged (Geweke z = %.1f): raise --burnin", res.GewekeZ)
	}
	if res.ESS < 100 {
		addWarning(&res.Checks, &res.Warnings, WarnFewDraws, "the draws of N are worth only %.0f independent ones: raise --samples or --thinning", res.ESS)
	}
	if res.LastClass > 0.05 && opt.K > 1 {
		addWarning(&res.Checks, &res.Warnings, WarnLastClass, "the last of the K = %d latent classes keeps %.0f%% of the weight on average: raise K", opt.K, 100*res.LastClass)
	}
	return res, nil
}

// sampleQuantile interpolates linearly between order statistics (R's type 7).
func sampleQuantile(sorted []float64, q float64) float64 {
	if len(sorted) == 1 {
		return sorted[0]
	}
	pos := q * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (pos-float64(lo))*(sorted[hi]-sorted[lo])
}

// sampler holds the state of the chain; observed individuals are kept as
// counts per (history, class), never one by one.
type sampler struct {
	rng    *rand.Rand
	src    rand.Source
	J, K   int
	cells  []uint    // observed histories
	freq   []float64 // their counts
	n      float64
	lambda []float64 // J x K
	logNu  []float64 // K
	nu     []float64
	alpha  float64
	aA, bA float64
	zc     []float64 // cells x K: observed individuals per class
	z0     []float64 // K: unobserved individuals per class
	n0     int64
	probs  []float64
}

func newSampler(h *Histories, opt LCMCROptions) *sampler {
	src := rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15)
	s := &sampler{
		rng: rand.New(src), src: src,
		J: h.Lists, K: opt.K,
		aA: opt.AAlpha, bA: opt.BAlpha,
		alpha: 1,
	}
	for r, c := range h.Counts {
		if c > 0 {
			s.cells = append(s.cells, h.Pattern(r))
			s.freq = append(s.freq, c)
		}
	}
	s.n = h.N()
	s.lambda = make([]float64, s.J*s.K)
	for j := 0; j < s.J; j++ {
		var on float64
		for m, p := range s.cells {
			if p&(1<<uint(j)) != 0 {
				on += s.freq[m]
			}
		}
		for k := 0; k < s.K; k++ {
			s.lambda[j*s.K+k] = on / s.n
		}
	}
	s.logNu = make([]float64, s.K)
	s.nu = make([]float64, s.K)
	counts := make([]float64, s.K) // empty classes: sticks from the prior
	s.sampleSticks(counts)
	s.zc = make([]float64, len(s.cells)*s.K)
	s.z0 = make([]float64, s.K)
	s.probs = make([]float64, s.K)
	return s
}

// sweep is one Gibbs scan: classes of the observed, list probabilities,
// class weights, the number unobserved and their classes, then alpha.
func (s *sampler) sweep(updateAlpha bool) {
	K := s.K
	for m, pat := range s.cells {
		for k := 0; k < K; k++ {
			p := s.nu[k]
			for j := 0; j < s.J; j++ {
				l := s.lambda[j*K+k]
				if pat&(1<<uint(j)) != 0 {
					p *= l
				} else {
					p *= 1 - l
				}
			}
			s.probs[k] = p
		}
		s.multinomial(s.freq[m], s.probs, s.zc[m*K:(m+1)*K])
	}
	// Lambda: successes and failures per list and class.
	for j := 0; j < s.J; j++ {
		for k := 0; k < K; k++ {
			var on, off float64
			for m, pat := range s.cells {
				if pat&(1<<uint(j)) != 0 {
					on += s.zc[m*K+k]
				} else {
					off += s.zc[m*K+k]
				}
			}
			off += s.z0[k]
			s.lambda[j*K+k] = s.beta(1+on, 1+off)
		}
	}
	counts := make([]float64, K)
	for k := 0; k < K; k++ {
		counts[k] = s.z0[k]
		for m := range s.cells {
			counts[k] += s.zc[m*K+k]
		}
	}
	s.sampleSticks(counts)
	// Probability of being on no list, then the number missed: with the
	// prior 1/N, N - n is negative binomial(n, 1 - p0).
	var p0 float64
	for k := 0; k < K; k++ {
		p := s.nu[k]
		for j := 0; j < s.J; j++ {
			p *= 1 - s.lambda[j*K+k]
		}
		s.probs[k] = p
		p0 += p
	}
	s.n0 = s.negBinomial(s.n, p0)
	s.multinomial(float64(s.n0), s.probs, s.z0)
	if updateAlpha {
		rate := s.bA - s.logNu[K-1]
		s.alpha = distuv.Gamma{Alpha: s.aA + float64(K) - 1, Beta: rate, Src: s.src}.Rand()
		if s.alpha < 1e-300 {
			s.alpha = 1e-300
		}
	}
}

// sampleSticks draws the truncated stick-breaking weights given class
// counts, in log space so tiny sticks do not underflow to zero.
func (s *sampler) sampleSticks(counts []float64) {
	var total float64
	for _, c := range counts {
		total += c
	}
	var acc, logRest float64
	for k := 0; k < s.K-1; k++ {
		acc += counts[k]
		g1 := s.logGamma(1 + counts[k])
		g2 := s.logGamma(s.alpha + total - acc)
		lsum := logSumExp(g1, g2)
		s.logNu[k] = g1 - lsum + logRest
		logRest += g2 - lsum
	}
	s.logNu[s.K-1] = logRest
	for k := range s.nu {
		s.nu[k] = math.Exp(s.logNu[k])
	}
}

func logSumExp(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	return a + math.Log1p(math.Exp(b-a))
}

// logGamma draws log G with G ~ Gamma(shape, 1); for small shapes it uses
// G(a) = G(a+1) U^(1/a), which stays finite in logs.
func (s *sampler) logGamma(shape float64) float64 {
	if shape >= 1 {
		return math.Log(distuv.Gamma{Alpha: shape, Beta: 1, Src: s.src}.Rand())
	}
	g := distuv.Gamma{Alpha: shape + 1, Beta: 1, Src: s.src}.Rand()
	u := s.rng.Float64()
	for u == 0 {
		u = s.rng.Float64()
	}
	return math.Log(g) + math.Log(u)/shape
}

func (s *sampler) beta(a, b float64) float64 {
	la, lb := s.logGamma(a), s.logGamma(b)
	return math.Exp(la - logSumExp(la, lb))
}

// multinomial splits n among the categories with weights w (not
// normalised) by successive binomial draws.
func (s *sampler) multinomial(n float64, w, out []float64) {
	var total float64
	for _, v := range w {
		total += v
	}
	left := n
	for k := range w {
		if left <= 0 || total <= 0 {
			out[k] = 0
			continue
		}
		p := w[k] / total
		var x float64
		switch {
		case k == len(w)-1 || p >= 1:
			x = left
		case p <= 0:
			x = 0
		default:
			x = distuv.Binomial{N: left, P: p, Src: s.src}.Rand()
		}
		out[k] = x
		left -= x
		total -= w[k]
	}
}

// negBinomial draws the number of failures before n successes with success
// probability 1-p0, as a Poisson-gamma mixture.
func (s *sampler) negBinomial(n, p0 float64) int64 {
	if p0 <= 0 {
		return 0
	}
	if p0 >= 1 {
		p0 = 1 - 1e-12
	}
	g := distuv.Gamma{Alpha: n, Beta: (1 - p0) / p0, Src: s.src}.Rand()
	if g <= 0 {
		return 0
	}
	return int64(distuv.Poisson{Lambda: g, Src: s.src}.Rand())
}

func (s *sampler) occupied() int {
	var c int
	for k := 0; k < s.K; k++ {
		t := s.z0[k]
		for m := range s.cells {
			t += s.zc[m*s.K+k]
		}
		if t > 0 {
			c++
		}
	}
	return c
}
