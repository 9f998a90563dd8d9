package mse

import (
	"math"
	"math/bits"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/glm"
	"gonum.org/v1/gonum/stat/distuv"
)

// FitMb fits the behavioural model Mb of closedp.t for lists taken in
// sequence (capture occasions): a person not yet on any list is caught
// with probability p on each, one already caught with probability c. A
// history first caught on occasion f and caught n times in all has
//
//	log mu = log N + (f-1) log(1-p) + log p + (n-1) log c + (t-f-n+1) log(1-c),
//
// a Poisson regression on f and n with an intercept (the coefficients
// give p, c and N back). The unobserved cell is mu_0 = N (1-p)^t, which
// is
//
//	log mu_0 = b0 + (t+1) b_f + log c - log p,
//
// and N = n + mu_0, with Rcapture's delta-method standard error
// sqrt(mu_0 + grad' V grad) over the coefficients.
func FitMb(h *Histories) (*Fit, error) {
	t := h.Lists
	rows := len(h.Counts)
	const p = 3
	x := make([]float64, 0, rows*p)
	for r := range rows {
		m := h.Pattern(r)
		first := bits.TrailingZeros(m) + 1
		x = append(x, 1, float64(first), float64(bits.OnesCount(m)))
	}
	if rows < p {
		return nil, rastro.Errorf(rastro.EINVALID, "model Mb has %d parameters but only %d histories can be observed", p, rows)
	}
	pf := glm.Poisson(h.Counts, x, p, nil)
	b0, bf, bn := pf.Coef[0], pf.Coef[1], pf.Coef[2]
	c := 1 / (1 + math.Exp(-bn))
	q := math.Exp(bf) * (1 - c) // 1-p
	pr := 1 - q
	n := h.N()
	f := &Fit{Model: "Mb", Deviance: pf.Deviance, DF: rows - p, Params: p, Converged: pf.Converged, behavioural: true}
	f.AIC = -2*pf.LogLik + 2*p
	f.BIC = -2*pf.LogLik + math.Log(n)*p
	if pr <= 0 || pr >= 1 {
		f.N, f.SE = math.Inf(1), math.NaN()
		f.Warnings = append(f.Warnings, "the first-capture probability is not between 0 and 1: Mb gives no estimate")
		return f, nil
	}
	mu0 := math.Exp(b0 + float64(t+1)*bf + math.Log(c) - math.Log(pr))
	f.N = n + mu0
	f.SE = math.NaN()
	if pf.Cov != nil {
		// d log mu_0 / d(b0, bf, bn); dp/dbf = -q, dp/dbn = e^bf c (1-c).
		g := []float64{1, float64(t+1) + q/pr, (1 - c) - math.Exp(bf)*c*(1-c)/pr}
		v := 0.0
		for a := range p {
			for b := range p {
				v += g[a] * pf.Cov.At(a, b) * g[b]
			}
		}
		f.SE = math.Sqrt(mu0 + mu0*mu0*v)
		for j, name := range []string{"(intercept)", "first capture", "captures"} {
			f.Coef = append(f.Coef, Coef{Name: name, Estimate: pf.Coef[j], SE: math.Sqrt(pf.Cov.At(j, j))})
		}
	}
	f.Warnings = append(f.Warnings, fitWarnings(h, pf, f)...)
	return f, nil
}

// LogNormalCI is Chao's (1987) interval for an estimate whose unseen part
// f0 = N - n is taken as log-normal: n + f0/C to n + f0 C, with
// C = exp(z sqrt(log(1 + se²/f0²))). It serves models with no profile
// likelihood here (Mb, normal heterogeneity).
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
