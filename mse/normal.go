package mse

import (
	"math"
	"math/bits"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/glm"
	"gonum.org/v1/gonum/diff/fd"
	"gonum.org/v1/gonum/integrate/quad"
	"gonum.org/v1/gonum/mat"
)

// hermiteNodes is the number of Gauss-Hermite points, as Rcapture uses.
const hermiteNodes = 20

// fitNormal fits a model with normal heterogeneity (Rivest 2011, eq. 3):
//
//	log mu_w = x_w'b + phi(s_w),
//	phi(s) = log( E[e^{s sigma Z} C(sigma Z)] / E[C(sigma Z)] ),
//
// Z standard normal, s_w the number of lists of history w and C(a) the
// probability of being on no list given the latent value a,
// e^{b0} / (e^{b0} + sum_w e^{x_w'b + a s_w}). The expectations are
// Gauss-Hermite sums. b and sigma minimise the Poisson deviance (Newton steps with numerical
// derivatives from
// the Darroch fit; Rcapture uses BFGS), and, as in Rcapture, the standard error of N uses the
// inverse Hessian of the deviance at the optimum and the AIC counts the
// Darroch model's parameters.
func fitNormal(h *Histories, m Model) (*Fit, error) {
	k := h.Lists
	rows := len(h.Counts)
	pats := make([]uint, rows)
	s := make([]float64, rows)
	for r := range rows {
		pats[r] = h.Pattern(r)
		s[r] = float64(bits.OnesCount(pats[r]))
	}
	x, p, _ := m.design(k, pats)
	if p+1 > rows {
		return nil, rastro.Errorf(rastro.EINVALID, "model %s has %d parameters but only %d histories can be observed: not estimable", m.Name, p+1, rows)
	}
	d := m
	d.Het = Darroch
	xd, pd, _ := d.design(k, pats)
	start := glm.Poisson(h.Counts, xd, pd, nil)
	init := append(append([]float64(nil), start.Coef[:p]...), 0.2)

	z := make([]float64, hermiteNodes)
	w := make([]float64, hermiteNodes)
	quad.Hermite{}.FixedLocations(z, w, math.Inf(-1), math.Inf(1))
	eta := make([]float64, rows)
	mu := make([]float64, rows)
	c := make([]float64, hermiteNodes)
	fitted := func(par []float64) []float64 {
		b, sigma := par[:p], par[p]
		for r := range rows {
			e := 0.0
			for j := range p {
				e += x[r*p+j] * b[j]
			}
			eta[r] = e
		}
		for i := range z {
			a := math.Sqrt2 * sigma * z[i]
			sum := math.Exp(b[0])
			for r := range rows {
				sum += math.Exp(eta[r] + a*s[r])
			}
			c[i] = math.Exp(b[0]) / sum
		}
		den := 0.0
		for i := range z {
			den += w[i] * c[i]
		}
		phi := make([]float64, k+1)
		for n := 1; n <= k; n++ {
			num := 0.0
			for i := range z {
				num += w[i] * math.Exp(float64(n)*math.Sqrt2*sigma*z[i]) * c[i]
			}
			phi[n] = math.Log(num / den)
		}
		for r := range rows {
			mu[r] = math.Exp(eta[r] + phi[int(s[r])])
		}
		return mu
	}
	deviance := func(par []float64) float64 {
		dev := glm.PoissonDeviance(h.Counts, fitted(par))
		if math.IsNaN(dev) {
			return math.Inf(1)
		}
		return dev
	}
	par, converged := newton(deviance, init)
	var err error
	if !converged {
		err = rastro.Errorf(rastro.EINVALID, "no convergence in %d Newton steps", newtonSteps)
	}
	mu0 := math.Exp(par[0])
	n := h.N()
	f := &Fit{Model: m.Name, N: n + mu0, Deviance: deviance(par), DF: rows - p - 1, Params: p + 1, Converged: err == nil, model: m}
	ll := glm.PoissonLogLik(h.Counts, fitted(par))
	f.AIC = -2*ll + 2*float64(pd)
	f.BIC = -2*ll + math.Log(n)*float64(pd)
	var hess mat.SymDense
	fd.Hessian(&hess, deviance, par, &fd.Settings{Formula: fd.Central})
	var cov mat.Dense
	f.SE = math.NaN()
	if cov.Inverse(&hess) == nil {
		f.SE = math.Sqrt(mu0 + mu0*mu0*cov.At(0, 0))
	}
	f.Coef = append(f.Coef, Coef{Name: "sigma", Estimate: par[p], SE: math.Sqrt(math.Abs(cov.At(p, p)))})
	if par[p] <= 0 {
		f.warn(WarnSigma, "the estimate of sigma is not positive: the data show no heterogeneous catchability")
	}
	if !f.Converged {
		f.warn(WarnNormalNotConverged, "the fit did not converge: %s", rastro.ErrorMessage(err))
	}
	return f, nil
}

const newtonSteps = 200

// newton minimises a smooth function from x by Newton steps on central
// finite-difference derivatives, halving a step that does not decrease
// it and falling back to gradient descent where the Hessian is not
// positive definite.
func newton(f func([]float64) float64, x []float64) ([]float64, bool) {
	set := &fd.Settings{Formula: fd.Central}
	n := len(x)
	g := make([]float64, n)
	var hess mat.SymDense
	fx := f(x)
	for range newtonSteps {
		fd.Gradient(g, f, x, set)
		fd.Hessian(&hess, f, x, set)
		step := make([]float64, n)
		var chol mat.Cholesky
		if chol.Factorize(&hess) {
			sv := mat.NewVecDense(n, step)
			if chol.SolveVecTo(sv, mat.NewVecDense(n, g)) != nil {
				copy(step, g)
			}
		} else {
			copy(step, g)
		}
		t := 1.0
		next := make([]float64, n)
		for range 50 {
			for i := range x {
				next[i] = x[i] - t*step[i]
			}
			if fn := f(next); fn <= fx {
				done := fx-fn < 1e-10*(1+math.Abs(fx))
				x, fx = next, fn
				if done {
					return x, true
				}
				break
			}
			t /= 2
		}
		if t < 1e-12 {
			return x, true // no decrease along the step: at the minimum numerically
		}
	}
	return x, false
}
