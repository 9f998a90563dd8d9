// Package glm fits the generalised linear models the analyses share:
// Poisson and negative binomial regressions with a log link and an optional
// offset, by iteratively reweighted least squares as R's glm.fit does, and
// the negative binomial's shape by maximum likelihood as MASS::glm.nb does.
// Multiple systems estimation (package mse) fits its log-linear models with
// it; the disparity analysis its regressions of casualties on places.
package glm

import (
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/mathext"
)

// Fit is a fitted log-linear model. Theta is 0 for a Poisson model and the
// negative binomial's shape (var = mu + mu²/theta) otherwise.
type Fit struct {
	Coef       []float64
	Cov        *mat.SymDense // inverse Fisher information (R's cov.unscaled)
	Fitted     []float64
	Deviance   float64
	LogLik     float64 // log-likelihood, constants included, as R's logLik
	Theta      float64
	ThetaSE    float64 // from the shape's observed information
	Iterations int
	Converged  bool
	Singular   bool // X'WX could not be factorised (numerically, near a boundary)
}

// SE is the standard error of coefficient j (NaN without a covariance).
func (f *Fit) SE(j int) float64 {
	if f.Cov == nil {
		return math.NaN()
	}
	return math.Sqrt(f.Cov.At(j, j))
}

// IndependentColumns returns the columns of the n x p row-major matrix x
// that are not linear combinations of earlier ones, as R's pivoted QR keeps
// them (aliased columns get no coefficient). Modified Gram-Schmidt with a
// relative tolerance.
func IndependentColumns(x []float64, n, p int) []int {
	var basis [][]float64
	var keep []int
	for j := 0; j < p; j++ {
		v := make([]float64, n)
		var norm0 float64
		for i := 0; i < n; i++ {
			v[i] = x[i*p+j]
			norm0 += v[i] * v[i]
		}
		for _, q := range basis {
			var d float64
			for i := range v {
				d += q[i] * v[i]
			}
			for i := range v {
				v[i] -= d * q[i]
			}
		}
		var norm float64
		for _, e := range v {
			norm += e * e
		}
		if norm0 == 0 || norm <= 1e-18*norm0 {
			continue
		}
		norm = math.Sqrt(norm)
		for i := range v {
			v[i] /= norm
		}
		basis = append(basis, v)
		keep = append(keep, j)
	}
	return keep
}

// SelectColumns keeps the given columns of a row-major matrix with p columns.
func SelectColumns(x []float64, p int, cols []int) []float64 {
	rows := len(x) / p
	out := make([]float64, 0, rows*len(cols))
	for i := 0; i < rows; i++ {
		for _, j := range cols {
			out = append(out, x[i*p+j])
		}
	}
	return out
}

const (
	epsilon = 1e-8
	// MaxIter is the IRLS iteration limit: Rcapture raises glm's 25 to 200.
	MaxIter = 200
)

// Poisson fits log E[y] = offset + X b. x is row-major with p columns;
// offset may be nil.
func Poisson(y, x []float64, p int, offset []float64) *Fit {
	n := len(y)
	mu := make([]float64, n)
	for i, v := range y {
		mu[i] = v + 0.1 // R's poisson()$initialize
	}
	return irls(y, x, p, offset, mu, 0, MaxIter)
}

// irls runs R's glm.fit from the starting means mu (which it overwrites)
// for a log link and the Poisson (theta 0) or negative binomial variance.
func irls(y, x []float64, p int, offset, mu []float64, theta float64, maxIter int) *Fit {
	n := len(y)
	eta := make([]float64, n)
	for i := range mu {
		eta[i] = math.Log(mu[i])
	}
	f := &Fit{Coef: make([]float64, p), Fitted: mu, Theta: theta}
	devOld := deviance(y, mu, theta)
	var xtwx mat.SymDense
	xtwx.ReuseAsSym(p)
	xtwz := mat.NewVecDense(p, nil)
	beta := mat.NewVecDense(p, nil)
	var chol mat.Cholesky
	wx := make([]float64, n*p)
	z := make([]float64, n)
	for it := 1; it <= maxIter; it++ {
		f.Iterations = it
		for i := 0; i < n; i++ {
			w := weight(mu[i], theta)
			z[i] = eta[i] + (y[i]-mu[i])/mu[i]
			if offset != nil {
				z[i] -= offset[i]
			}
			for j := 0; j < p; j++ {
				wx[i*p+j] = w * x[i*p+j]
			}
		}
		// X'WX and X'Wz.
		for a := 0; a < p; a++ {
			var s float64
			for i := 0; i < n; i++ {
				s += wx[i*p+a] * z[i]
			}
			xtwz.SetVec(a, s)
			for b := a; b < p; b++ {
				var t float64
				for i := 0; i < n; i++ {
					t += wx[i*p+a] * x[i*p+b]
				}
				xtwx.SetSym(a, b, t)
			}
		}
		if ok := chol.Factorize(&xtwx); !ok || chol.Cond() > 1e15 {
			f.Singular = true
			break
		}
		if err := chol.SolveVecTo(beta, xtwz); err != nil {
			f.Singular = true
			break
		}
		for i := 0; i < n; i++ {
			var s float64
			for j := 0; j < p; j++ {
				s += x[i*p+j] * beta.AtVec(j)
			}
			if offset != nil {
				s += offset[i]
			}
			eta[i] = s
			mu[i] = math.Max(math.Exp(s), 1e-300) // a cell fitted to 0 would divide by 0 below
		}
		dev := deviance(y, mu, theta)
		if math.IsNaN(dev) || math.IsInf(dev, 0) {
			break
		}
		if math.Abs(dev-devOld)/(math.Abs(dev)+0.1) < epsilon {
			f.Converged = true
			devOld = dev
			break
		}
		devOld = dev
	}
	for j := 0; j < p; j++ {
		f.Coef[j] = beta.AtVec(j)
	}
	f.Deviance = math.Max(devOld, 0) // rounding can leave -1e-13 for exact fits
	f.LogLik = logLik(y, mu, theta)
	// The covariance is the inverse of the last iteration's X'WX, as R's
	// summary.glm takes it from the last QR decomposition.
	if !f.Singular {
		f.Cov = mat.NewSymDense(p, nil)
		if err := chol.InverseTo(f.Cov); err != nil {
			f.Cov = nil
		}
	}
	return f
}

// weight is the IRLS weight (dmu/deta)²/V(mu) of the log link.
func weight(mu, theta float64) float64 {
	if theta == 0 {
		return mu
	}
	return mu / (1 + mu/theta)
}

// deviance is the Poisson deviance 2 sum(y log(y/mu) - (y - mu)), or the
// negative binomial's 2 sum(y log(max(1,y)/mu) - (y+θ) log((y+θ)/(mu+θ))).
func deviance(y, mu []float64, theta float64) float64 {
	var d float64
	for i, v := range y {
		if theta == 0 {
			if v > 0 {
				d += v * math.Log(v/mu[i])
			}
			d -= v - mu[i]
			continue
		}
		d += v*math.Log(math.Max(1, v)/mu[i]) - (v+theta)*math.Log((v+theta)/(mu[i]+theta))
	}
	return 2 * d
}

// logLik is sum(log dpois(y, mu)), as R's glm uses for the AIC, or the
// negative binomial log-likelihood as MASS::glm.nb computes it.
func logLik(y, mu []float64, theta float64) float64 {
	var l float64
	for i, v := range y {
		lg, _ := math.Lgamma(v + 1)
		if theta == 0 {
			if v > 0 {
				l += v * math.Log(mu[i])
			}
			l -= mu[i] + lg
			continue
		}
		a, _ := math.Lgamma(theta + v)
		b, _ := math.Lgamma(theta)
		ym := mu[i]
		if v == 0 {
			ym = 1 // y log(mu) is 0; MASS writes log(mu + (y == 0))
		}
		l += a - b - lg + theta*math.Log(theta) + v*math.Log(ym) - (theta+v)*math.Log(theta+mu[i])
	}
	return l
}

// PearsonChi2 is sum((y - mu)²/V(mu)) of a fit to y.
func (f *Fit) PearsonChi2(y []float64) float64 {
	var s float64
	for i, v := range y {
		mu := f.Fitted[i]
		s += (v - mu) * (v - mu) / (mu + mu*mu/thetaOrInf(f.Theta))
	}
	return s
}

func thetaOrInf(theta float64) float64 {
	if theta == 0 {
		return math.Inf(1)
	}
	return theta
}

// NegBin fits a negative binomial regression log E[y] = offset + X b with
// the shape estimated by maximum likelihood, as MASS::glm.nb does with its
// defaults: a Poisson fit first, then fits at the current shape alternating
// with the shape's Newton iterations (MASS::theta.ml) until neither the
// log-likelihood nor the shape moves (tolerance 1e-8, 25 rounds). ok is
// false when the shape could not be estimated (no overdispersion in the
// data: it runs to infinity, and the Poisson fit stands).
func NegBin(y, x []float64, p int, offset []float64) (f *Fit, ok bool) {
	const maxit = 25
	f = Poisson(y, x, p, offset)
	if f.Singular {
		return f, false
	}
	mu := f.Fitted
	th, se, ok := thetaML(y, mu, maxit)
	if !ok {
		return f, false
	}
	df := float64(len(y) - p)
	d1 := math.Sqrt(2 * math.Max(1, df))
	d2, del := 1.0, 1.0
	lm := logLik(y, mu, th)
	lm0 := lm + 2*d1
	for iter := 1; iter <= maxit && math.Abs(lm0-lm)/d1+math.Abs(del)/d2 > epsilon; iter++ {
		start := append([]float64(nil), mu...)
		f = irls(y, x, p, offset, start, th, maxit)
		if f.Singular {
			return f, false
		}
		t0 := th
		// MASS re-estimates the shape at the means of the previous round.
		if th, se, ok = thetaML(y, mu, maxit); !ok {
			return f, false
		}
		mu = f.Fitted
		del = t0 - th
		lm0, lm = lm, logLik(y, mu, th)
	}
	// The fit's own figures at the final shape, as glm.nb reports them
	// (its deviance and log-likelihood use the last shape).
	f.Theta, f.ThetaSE = th, se
	f.Deviance = deviance(y, mu, th)
	f.LogLik = lm
	return f, true
}

// thetaML is MASS::theta.ml: Newton's method on the score of the shape,
// from the moment estimate, with its standard error. ok is false when it
// diverges.
func thetaML(y, mu []float64, limit int) (theta, se float64, ok bool) {
	n := float64(len(y))
	var s float64
	for i, v := range y {
		s += (v/mu[i] - 1) * (v/mu[i] - 1)
	}
	t0 := n / s
	eps := math.Pow(2.220446049250313e-16, 0.25)
	del, info := 1.0, 0.0
	for it := 1; it < limit && math.Abs(del) > eps; it++ {
		t0 = math.Abs(t0)
		var score float64
		info = 0
		for i, v := range y {
			m := mu[i]
			score += mathext.Digamma(t0+v) - mathext.Digamma(t0) + math.Log(t0) + 1 - math.Log(t0+m) - (v+t0)/(m+t0)
			info += -trigamma(t0+v) + trigamma(t0) - 1/t0 + 2/(m+t0) - (v+t0)/((m+t0)*(m+t0))
		}
		del = score / info
		t0 += del
	}
	if math.IsNaN(t0) || math.IsInf(t0, 0) || t0 <= 0 || t0 > 1e8 || math.Abs(del) > eps {
		return t0, 0, false
	}
	return t0, math.Sqrt(1 / info), true
}

// trigamma (which gonum lacks) by recurrence up to x >= 10 and the
// asymptotic series 1/x + 1/(2x²) + sum of B_2k / x^(2k+1), through B_12.
func trigamma(x float64) float64 {
	var r float64
	for x < 10 {
		r += 1 / (x * x)
		x++
	}
	f := 1 / (x * x)
	return r + 1/x + f/2 + f/x*(1.0/6-f*(1.0/30-f*(1.0/42-f*(1.0/30-f*(5.0/66-f*691.0/2730)))))
}

// PoissonDeviance is the Poisson deviance of fitted values mu, for models
// fitted outside IRLS (mse's normal-heterogeneity model).
func PoissonDeviance(y, mu []float64) float64 { return deviance(y, mu, 0) }

// PoissonLogLik is sum(log dpois(y, mu)), as R's logLik of a Poisson glm.
func PoissonLogLik(y, mu []float64) float64 { return logLik(y, mu, 0) }
