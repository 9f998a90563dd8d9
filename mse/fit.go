package mse

import (
	"github.com/rastro-project/rastro/internal/glm"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/rastro-project/rastro"
	"gonum.org/v1/gonum/stat/distuv"
)

// Fit is one log-linear model fitted to the observed histories.
type Fit struct {
	Model     string    `json:"model"`
	N         float64   `json:"estimate"`  // n + exp(intercept)
	SE        float64   `json:"std_error"` // delta method, as Rcapture: sqrt(e^b0 + e^2b0 var(b0))
	Deviance  float64   `json:"deviance"`
	DF        int       `json:"df"`
	AIC       float64   `json:"aic"`
	BIC       float64   `json:"bic"`
	Params    int       `json:"params"`
	Bias      float64   `json:"asymptotic_bias"` // first-order bias of N (Rcapture's)
	Coef      []Coef    `json:"coefficients,omitempty"`
	Converged bool      `json:"converged"`
	Warnings  []string  `json:"warnings,omitempty"`
	CI        *Interval `json:"interval,omitempty"`
	// Checks are the warnings as data, for the front ends to word.
	Checks []Warning `json:"-"`

	model       Model
	behavioural bool // Mb: not a log-linear model of the histories' design
}

// Coef is one estimated parameter.
type Coef struct {
	Name     string  `json:"name"`
	Estimate float64 `json:"estimate"`
	SE       float64 `json:"std_error"`
}

// Interval is a profile-likelihood confidence interval for N.
type Interval struct {
	Level float64 `json:"level"`
	Mode  float64 `json:"multinomial_estimate"` // N maximising the profile likelihood
	Lower float64 `json:"lower"`
	Upper float64 `json:"upper"` // +Inf when the bound exceeds the search range
}

// FitModel fits model m to h by Poisson regression.
func FitModel(h *Histories, m Model) (*Fit, error) {
	if m.Het == NormalHet {
		return fitNormal(h, m)
	}
	if m.Het == PsiHet && len(m.Psi) != h.Lists {
		return nil, rastro.Errorf(rastro.EINVALID, "model %s: give psi's value for each number of lists 1..%d", m.Name, h.Lists)
	}
	k := h.Lists
	rows := len(h.Counts)
	pats := make([]uint, rows)
	for r := range pats {
		pats[r] = h.Pattern(r)
	}
	x, p, nca := m.design(k, pats)
	if p > rows {
		return nil, rastro.Errorf(rastro.EINVALID, "model %s has %d parameters but only %d histories can be observed: not estimable", m.Name, p, rows)
	}
	names := append([]string{"(intercept)"}, m.columnNames(k)...)
	x, p, nca, names, aliased := dropAliased(x, p, nca, names)
	pf, x, p, names, removed := fitChao(h.Counts, x, p, nca, names, m.Het == Chao)
	n := h.N()
	f := &Fit{
		Model:     m.Name,
		Deviance:  pf.Deviance,
		DF:        rows - p,
		Params:    p,
		Converged: pf.Converged,
		model:     m,
	}
	f.AIC = -2*pf.LogLik + 2*float64(p)
	f.BIC = -2*pf.LogLik + math.Log(n)*float64(p)
	mu0 := math.Exp(pf.Coef[0])
	f.N = n + mu0
	if pf.Cov != nil {
		f.SE = math.Sqrt(mu0 + mu0*mu0*pf.Cov.At(0, 0))
		for j, name := range names {
			f.Coef = append(f.Coef, Coef{Name: name, Estimate: pf.Coef[j], SE: math.Sqrt(pf.Cov.At(j, j))})
		}
	} else {
		f.SE = math.NaN()
	}
	if len(aliased) > 0 {
		f.warn(WarnAliased, "design matrix not of full rank: %s not estimable (aliased with other terms, left out)", strings.Join(aliased, ", "))
	}
	if len(removed) > 0 {
		f.warn(WarnNegativeHet, "negative heterogeneity parameters %v set to 0 (Chao's lower bound)", removed)
	}
	f.Warnings = append(f.Warnings, fitWarnings(h, pf, f)...)
	f.Bias = asymptoticBias(x, p, pf)
	if math.Abs(f.Bias) > 0.1*f.N {
		f.warn(WarnLargeBias, "the asymptotic bias of the estimate is large (%.0f)", f.Bias)
	}
	return f, nil
}

// asymptoticBias is the first-order bias of n + exp(b0) that Rcapture
// reports (Rivest and Lévesque 2001): with V the inverse information,
// xi_i = -x_i'Vx_i/2, psi = -2 X' diag(mu) xi - e_1, bias = e^b0 (-V psi)_1 / 2.
func asymptoticBias(x []float64, p int, pf *glm.Fit) float64 {
	if pf.Cov == nil {
		return math.NaN()
	}
	rows := len(x) / p
	psi := make([]float64, p)
	for i := 0; i < rows; i++ {
		xi := x[i*p : (i+1)*p]
		var q float64
		for a := 0; a < p; a++ {
			for b := 0; b < p; b++ {
				q += xi[a] * pf.Cov.At(a, b) * xi[b]
			}
		}
		for a := 0; a < p; a++ {
			psi[a] += pf.Fitted[i] * xi[a] * q // -2 * mu * x * (-q/2)
		}
	}
	psi[0]--
	var v float64
	for b := 0; b < p; b++ {
		v -= pf.Cov.At(0, b) * psi[b]
	}
	return 0.5 * math.Exp(pf.Coef[0]) * v
}

// dropAliased leaves out the columns that are linear combinations of
// earlier ones, as R's glm does, and returns their names.
func dropAliased(x []float64, p, nca int, names []string) ([]float64, int, int, []string, []string) {
	keep := glm.IndependentColumns(x, len(x)/p, p)
	if len(keep) == p {
		return x, p, nca, names, nil
	}
	var kept, aliased []string
	newNca := 0
	for j, name := range names {
		if slices.Contains(keep, j) {
			kept = append(kept, name)
			if j < nca {
				newNca++
			}
		} else {
			aliased = append(aliased, name)
		}
	}
	return glm.SelectColumns(x, p, keep), len(keep), newNca, kept, aliased
}

// fitChao fits the model and, for Chao's lower-bound models, drops negative
// eta parameters one at a time and refits, as Rcapture does. It returns the
// final fit with its design and column names, and the names dropped.
func fitChao(y, x []float64, p, nca int, names []string, chao bool) (*glm.Fit, []float64, int, []string, []string) {
	pf := glm.Poisson(y, x, p, nil)
	var removed []string
	for chao && !pf.Singular {
		pos := -1
		for j := nca; j < p; j++ {
			if pf.Coef[j] < 0 {
				pos = j
				break
			}
		}
		if pos < 0 {
			break
		}
		removed = append(removed, names[pos])
		x = dropColumn(x, p, pos)
		names = slices.Delete(slices.Clone(names), pos, pos+1)
		p--
		pf = glm.Poisson(y, x, p, nil)
	}
	return pf, x, p, names, removed
}

func dropColumn(x []float64, p, col int) []float64 {
	rows := len(x) / p
	out := make([]float64, 0, rows*(p-1))
	for i := 0; i < rows; i++ {
		out = append(out, x[i*p:i*p+col]...)
		out = append(out, x[i*p+col+1:(i+1)*p]...)
	}
	return out
}

// fitWarnings names what makes f's estimate untrustworthy (and records it
// in f.Checks).
func fitWarnings(h *Histories, pf *glm.Fit, f *Fit) []string {
	var w []string
	switch {
	case pf.Singular:
		w = append(w, f.note(WarnSingular, "the fit stopped: the information matrix became singular (an estimate went to the boundary, as when lists share nobody)"))
	case !pf.Converged:
		w = append(w, f.note(WarnNotConverged, "the fit did not converge in %d iterations", pf.Iterations))
	}
	if math.IsInf(f.N, 0) || math.IsNaN(f.N) || math.IsNaN(f.SE) || math.IsInf(f.SE, 0) {
		w = append(w, f.note(WarnInfinite, "infinite estimate: the data do not bound the number missed under this model"))
	} else if f.N > 100*h.N() {
		w = append(w, f.note(WarnUnbounded, "estimate %.0f is more than 100 times the %.0f observed: effectively unbounded", f.N, h.N()))
	}
	for r, y := range h.Counts {
		if y == 0 && pf.Fitted[r] < 1e-6 {
			w = append(w, f.note(WarnBoundary, "boundary fit: history %s has count 0 and fitted value %.2g (a parameter is infinite)", h.HistoryString(r), pf.Fitted[r]))
		}
	}
	return w
}

// DataWarnings reports, in English, overlaps too thin for any model to be
// trusted.
func DataWarnings(h *Histories) []string { return Texts(DataChecks(h)) }

// DataChecks reports overlaps too thin for any model to be trusted.
func DataChecks(h *Histories) []Warning {
	var w []Warning
	k := h.Lists
	var multi float64
	pair := make([][]float64, k)
	for i := range pair {
		pair[i] = make([]float64, k)
	}
	for r, c := range h.Counts {
		m := h.Pattern(r)
		if bits.OnesCount(m) >= 2 {
			multi += c
		}
		for a := 0; a < k; a++ {
			for b := a + 1; b < k; b++ {
				if m&(1<<uint(a)) != 0 && m&(1<<uint(b)) != 0 {
					pair[a][b] += c
				}
			}
		}
	}
	if multi < 10 {
		w = append(w, NewWarning(WarnFewOverlaps, "too few overlaps: only %.0f of %.0f people are on more than one list; estimates are unreliable", multi, h.N()))
	}
	for a := 0; a < k; a++ {
		for b := a + 1; b < k; b++ {
			if pair[a][b] == 0 {
				w = append(w, NewWarning(WarnNoOverlap, "lists %s and %s share nobody: their interaction is not estimable", h.Names[a], h.Names[b]))
			}
		}
	}
	for j := 0; j < k; j++ {
		var on float64
		for r, c := range h.Counts {
			if h.Pattern(r)&(1<<uint(j)) != 0 {
				on += c
			}
		}
		if on == 0 {
			w = append(w, NewWarning(WarnEmptyList, "list %s is empty", h.Names[j]))
		}
	}
	return w
}

// ProfileCI adds to f the profile-likelihood interval of closedpCI.t
// (Cormack 1992): for a candidate N, the unobserved cell gets count N-n and
// the model is fitted to the full table; the multinomial profile
// log-likelihood is -deviance/2 plus a correction term. The interval holds the
// N whose log-likelihood is within qchisq(level, 1)/2 of the maximum.
func ProfileCI(h *Histories, f *Fit, level float64) *Interval {
	if level <= 0 || level >= 1 {
		level = 0.95
	}
	if !f.HasProfile() {
		return LogNormalCI(h, f, level)
	}
	n := h.N()
	k := h.Lists
	rows := len(h.Counts)
	pats := make([]uint, rows+1)
	for r := 0; r < rows; r++ {
		pats[r] = h.Pattern(r)
	}
	x, p, nca := f.model.design(k, pats)
	names := append([]string{"(intercept)"}, f.model.columnNames(k)...)
	x, p, nca, names, _ = dropAliased(x, p, nca, names)
	y := append(append([]float64(nil), h.Counts...), 0)
	loglik := func(N float64) float64 {
		n0 := N - n
		if n0 < 1e-9 {
			n0 = 1e-9
		}
		y[rows] = n0
		// As closedpCI.t: Chao's negative etas are dropped at each N.
		pf, _, _, _, _ := fitChao(y, x, p, nca, names, f.model.Het == Chao)
		total := n + n0
		lgN, _ := math.Lgamma(total + 1)
		lg0, _ := math.Lgamma(n0 + 1)
		ct := n0*math.Log(n0) - total*math.Log(total) + lgN - lg0
		return -pf.Deviance/2 + ct
	}
	iv := &Interval{Level: level}
	hi := 3 * f.N
	if math.IsInf(hi, 0) || math.IsNaN(hi) || hi > 1e9 {
		hi = math.Max(1e9, 3*n)
	}
	nmax := goldenMax(loglik, n, hi, 1e-4)
	lmax := loglik(nmax)
	target := lmax - distuv.ChiSquared{K: 1}.Quantile(level)/2
	g := func(N float64) float64 { return loglik(N) - target }
	iv.Mode = nmax
	if g(n) >= 0 {
		iv.Lower = n
	} else {
		iv.Lower = bisect(g, n, nmax, 1e-4)
	}
	upper := 3 * f.N
	if math.IsInf(upper, 0) || math.IsNaN(upper) || upper > hi {
		upper = hi
	}
	if g(upper) >= 0 {
		iv.Upper = math.Inf(1)
	} else {
		iv.Upper = bisect(g, nmax, upper, 1e-4)
	}
	f.CI = iv
	if math.IsInf(iv.Upper, 1) {
		f.warn(WarnOpenInterval, "profile interval: the upper bound exceeds %.0f, the end of the search", upper)
	}
	return iv
}

// goldenMax maximises a unimodal f on [a, b] to within tol.
func goldenMax(f func(float64) float64, a, b, tol float64) float64 {
	const r = 0.6180339887498949
	c := b - r*(b-a)
	d := a + r*(b-a)
	fc, fd := f(c), f(d)
	for b-a > tol {
		if fc > fd {
			b, d, fd = d, c, fc
			c = b - r*(b-a)
			fc = f(c)
		} else {
			a, c, fc = c, d, fd
			d = a + r*(b-a)
			fd = f(d)
		}
	}
	return (a + b) / 2
}

// bisect finds a root of g between a and b, where g changes sign.
func bisect(g func(float64) float64, a, b, tol float64) float64 {
	ga := g(a)
	for i := 0; i < 200 && b-a > tol; i++ {
		m := (a + b) / 2
		gm := g(m)
		if (gm < 0) == (ga < 0) {
			a, ga = m, gm
		} else {
			b = m
		}
	}
	return (a + b) / 2
}

// HasProfile reports whether ProfileCI profiles the likelihood for this
// fit; for Mb and normal heterogeneity it gives Chao's log-normal
// interval instead, as Rcapture does for the normal model.
func (f *Fit) HasProfile() bool { return f.model.Het != NormalHet && !f.behavioural }

// The kinds of interval ProfileCI gives, as IntervalKind names them.
const (
	IntervalProfile   = "profile likelihood"
	IntervalLogNormal = "log-normal on the unseen (Chao 1987)"
)

// IntervalKind names the interval ProfileCI gives for this fit.
func (f *Fit) IntervalKind() string {
	if f.HasProfile() {
		return IntervalProfile
	}
	return IntervalLogNormal
}
