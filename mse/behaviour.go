package mse

import (
	"math"
	"math/bits"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/glm"
	"gonum.org/v1/gonum/stat/distuv"
)

// The behavioural models of closedp.t are for lists taken in sequence
// (capture occasions): a person not yet on any list is caught with
// probability p on each, one already caught with probability c. They are
// Poisson regressions on the occasion of first capture f and the number
// of captures n, but N is not n + exp(intercept): the unobserved cell
// mu_0 = N (1-p)^t is a function of all the coefficients.

// FitMb fits Mb (Cormack 1989, as closedp.t). A history first caught on
// occasion f and caught n times in all has
//
//	log mu = log N + (f-1) log(1-p) + log p + (n-1) log c + (t-f-n+1) log(1-c),
//
// a regression on 1, f and n; with b_f, b_n their coefficients,
// c = logit⁻¹(b_n), 1-p = e^{b_f}(1-c) and
//
//	log mu_0 = b0 + (t+1) b_f + log c - log p.
func FitMb(h *Histories) (*Fit, error) {
	return fitBehavioural(h, false)
}

// FitMbh fits Mbh as closedp.t defines it (Baillargeon and Rivest 2007,
// "Models fitting": "Mbh allows the probability of first capture at
// occasion 1 to differ from the probability of first capture after
// occasion 1"): first capture probability p1 on occasion 1 and p on each
// later one, recapture c. Otis et al. (1978) let each person's first
// capture probability vary instead, which is not a log-linear model;
// Rcapture's definition is the one with published figures to check, so it
// is followed here. With w1 = 1 for a history caught on occasion 1,
//
//	f = 1: log mu = log N p1 + (n-1) log c + (t-n) log(1-c)
//	f > 1: log mu = log N(1-p1) + (f-2) log(1-p) + log p + (n-1) log c + (t-f-n+1) log(1-c),
//
// a regression on 1, 1-w1, f-1 and n-1 with coefficients b0, eta, b_f,
// b_n: c = logit⁻¹(b_n), 1-p = e^{b_f}(1-c), and
//
//	log mu_0 = log N(1-p1)(1-p)^{t-1} = b0 + eta + t b_f - log(1+e^{b_n}) - log p.
func FitMbh(h *Histories) (*Fit, error) {
	if h.Lists < 3 {
		return nil, rastro.Errorf(rastro.EINVALID, "model Mbh needs at least 3 lists taken in sequence (it has 4 parameters; %d lists give %d histories)", h.Lists, len(h.Counts))
	}
	return fitBehavioural(h, true)
}

// fitBehavioural fits Mb, or Mbh when het is set.
func fitBehavioural(h *Histories, het bool) (*Fit, error) {
	t := h.Lists
	rows := len(h.Counts)
	name, p := "Mb", 3
	if het {
		name, p = "Mbh", 4
	}
	if rows < p {
		return nil, rastro.Errorf(rastro.EINVALID, "model %s has %d parameters but only %d histories can be observed", name, p, rows)
	}
	pf := glm.Poisson(h.Counts, behaviouralDesign(h, het), p, nil)
	bf, bn := pf.Coef[p-2], pf.Coef[p-1]
	c := 1 / (1 + math.Exp(-bn))
	q := math.Exp(bf) * (1 - c) // 1-p
	pr := 1 - q
	n := h.N()
	f := &Fit{Model: name, Deviance: pf.Deviance, DF: rows - p, Params: p, Converged: pf.Converged, behavioural: true}
	f.AIC = -2*pf.LogLik + 2*float64(p)
	f.BIC = -2*pf.LogLik + math.Log(n)*float64(p)
	if pr <= 0 || pr >= 1 {
		f.N, f.SE = math.Inf(1), math.NaN()
		f.warn(WarnFirstCapture, "the first-capture probability is not between 0 and 1: %s gives no estimate", name)
		f.Warnings = append(f.Warnings, fitWarnings(h, pf, f)...)
		return f, nil
	}
	// log mu_0 and its gradient over the coefficients; dp/db_f = -q and
	// dp/db_n = e^{b_f} c (1-c).
	dpn := math.Exp(bf) * c * (1 - c)
	var logMu0 float64
	var grad []float64
	var coefNames []string
	if het {
		logMu0 = pf.Coef[0] + pf.Coef[1] + float64(t)*bf - math.Log1p(math.Exp(bn)) - math.Log(pr)
		grad = []float64{1, 1, float64(t) + q/pr, -c - dpn/pr}
		coefNames = []string{"(intercept)", "not caught on list 1", "lists before the first", "captures after the first"}
	} else {
		logMu0 = pf.Coef[0] + float64(t+1)*bf + math.Log(c) - math.Log(pr)
		grad = []float64{1, float64(t+1) + q/pr, (1 - c) - dpn/pr}
		coefNames = []string{"(intercept)", "first capture", "captures"}
	}
	mu0 := math.Exp(logMu0)
	f.N = n + mu0
	f.SE = math.NaN()
	if pf.Cov != nil {
		v := 0.0
		for a := range p {
			for b := range p {
				v += grad[a] * pf.Cov.At(a, b) * grad[b]
			}
		}
		// Rcapture's multinomial variance: the Poisson variance of N less N.
		f.SE = math.Sqrt(mu0 + mu0*mu0*v)
		for j, nm := range coefNames {
			f.Coef = append(f.Coef, Coef{Name: nm, Estimate: pf.Coef[j], SE: math.Sqrt(pf.Cov.At(j, j))})
		}
	}
	f.Warnings = append(f.Warnings, fitWarnings(h, pf, f)...)
	return f, nil
}

// LogNormalCI is Chao's (1987) interval for an estimate whose unseen part
// f0 = N - n is taken as log-normal: n + f0/C to n + f0 C, with
// C = exp(z sqrt(log(1 + se²/f0²))). It serves models with no profile
// likelihood here (Mb, Mbh, normal heterogeneity).
func LogNormalCI(h *Histories, f *Fit, level float64) *Interval {
	n := h.N()
	f0 := f.N - n
	iv := &Interval{Level: level, Mode: f.N, Lower: math.NaN(), Upper: math.Inf(1)}
	if f0 <= 0 || math.IsNaN(f.SE) || math.IsInf(f.N, 0) {
		return iv
	}
	z := distuv.UnitNormal.Quantile(1 - (1-level)/2)
	c := math.Exp(z * math.Sqrt(math.Log(1+f.SE*f.SE/(f0*f0))))
	iv.Lower, iv.Upper = n+f0/c, n+f0*c
	return iv
}

// behaviouralDesign is the design of Mb (1, f, n) or, with het, of Mbh
// (1, 1-w1, f-1, n-1), one row per observable history.
func behaviouralDesign(h *Histories, het bool) []float64 {
	var x []float64
	for r := range h.Counts {
		m := h.Pattern(r)
		first := bits.TrailingZeros(m) + 1
		n := bits.OnesCount(m)
		if !het {
			x = append(x, 1, float64(first), float64(n))
			continue
		}
		later := 0.0
		if first > 1 {
			later = 1
		}
		x = append(x, 1, later, float64(first-1), float64(n-1))
	}
	return x
}

// FitSpec fits the model a user names: a behavioural model (Mb, Mbh), or
// any model ParseModel reads, with psi's values for Mh-psi and Mth-psi.
func FitSpec(h *Histories, spec string, psi []float64) (*Fit, error) {
	var behavioural func(*Histories) (*Fit, error)
	switch strings.ToLower(strings.TrimSpace(spec)) {
	case "mb":
		behavioural = FitMb
	case "mbh":
		behavioural = FitMbh
	}
	if behavioural != nil {
		if psi != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "psi values are for Mh-psi or Mth-psi, not %s", spec)
		}
		return behavioural(h)
	}
	m, err := ParseModel(h.Lists, spec)
	if err != nil {
		return nil, err
	}
	if m.Het == PsiHet || psi != nil {
		if m, err = WithPsi(m, h.Lists, psi); err != nil {
			return nil, err
		}
	}
	return FitModel(h, m)
}

// FitBehaviouralModels fits closedp.t's Mb and, from three lists, Mbh. They
// mean something only when the lists were taken in time order, so they are
// listed apart and never ranked with the others.
func FitBehaviouralModels(h *Histories) []*Fit {
	var fits []*Fit
	for _, fit := range []func(*Histories) (*Fit, error){FitMb, FitMbh} {
		if f, err := fit(h); err == nil {
			fits = append(fits, f)
		}
	}
	return fits
}
