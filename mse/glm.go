package mse

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// poissonFit is a Poisson log-linear regression fitted by iteratively
// reweighted least squares, the algorithm of R's glm.fit with its defaults
// (start mu = y + 0.1, stop when the relative change of the deviance is
// below 1e-8).
type poissonFit struct {
	Coef       []float64
	Cov        *mat.SymDense // inverse Fisher information (R's cov.unscaled)
	Fitted     []float64
	Deviance   float64
	LogLik     float64 // Poisson log-likelihood, constants included
	Iterations int
	Converged  bool
	Singular   bool // X'WX could not be factorised (numerically, near a boundary)
}

// independentColumns returns the columns of the n x p row-major matrix x
// that are not linear combinations of earlier ones, as R's pivoted QR keeps
// them (aliased columns get no coefficient). Modified Gram-Schmidt with a
// relative tolerance.
func independentColumns(x []float64, n, p int) []int {
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

// selectColumns keeps the given columns of a row-major matrix with p columns.
func selectColumns(x []float64, p int, cols []int) []float64 {
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
	glmEpsilon = 1e-8
	glmMaxIter = 200 // Rcapture raises glm's 25 to 200
)

// fitPoisson fits log E[y] = X b. x is row-major with p columns.
func fitPoisson(y []float64, x []float64, p int) *poissonFit {
	n := len(y)
	mu := make([]float64, n)
	eta := make([]float64, n)
	for i, v := range y {
		mu[i] = v + 0.1
		eta[i] = math.Log(mu[i])
	}
	f := &poissonFit{Coef: make([]float64, p), Fitted: mu}
	devOld := poissonDeviance(y, mu)
	var xtwx mat.SymDense
	xtwx.ReuseAsSym(p)
	xtwz := mat.NewVecDense(p, nil)
	beta := mat.NewVecDense(p, nil)
	var chol mat.Cholesky
	wx := make([]float64, n*p)
	z := make([]float64, n)
	for it := 1; it <= glmMaxIter; it++ {
		f.Iterations = it
		for i := 0; i < n; i++ {
			w := mu[i]
			z[i] = eta[i] + (y[i]-mu[i])/mu[i]
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
			eta[i] = s
			mu[i] = math.Max(math.Exp(s), 1e-300) // a cell fitted to 0 would divide by 0 below
		}
		dev := poissonDeviance(y, mu)
		if math.IsNaN(dev) || math.IsInf(dev, 0) {
			break
		}
		if math.Abs(dev-devOld)/(math.Abs(dev)+0.1) < glmEpsilon {
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
	f.LogLik = poissonLogLik(y, mu)
	{
		// Covariance at the final fit (when the information can be inverted).
		for a := 0; a < p; a++ {
			for b := a; b < p; b++ {
				var t float64
				for i := 0; i < n; i++ {
					t += mu[i] * x[i*p+a] * x[i*p+b]
				}
				xtwx.SetSym(a, b, t)
			}
		}
		if ok := chol.Factorize(&xtwx); ok {
			f.Cov = mat.NewSymDense(p, nil)
			if err := chol.InverseTo(f.Cov); err != nil {
				f.Cov = nil
			}
		}
	}
	return f
}

// poissonDeviance is 2 sum(y log(y/mu) - (y - mu)).
func poissonDeviance(y, mu []float64) float64 {
	var d float64
	for i, v := range y {
		if v > 0 {
			d += v * math.Log(v/mu[i])
		}
		d -= v - mu[i]
	}
	return 2 * d
}

// poissonLogLik is sum(log dpois(y, mu)), as R's glm uses for the AIC.
func poissonLogLik(y, mu []float64) float64 {
	var l float64
	for i, v := range y {
		lg, _ := math.Lgamma(v + 1)
		if v > 0 {
			l += v * math.Log(mu[i])
		}
		l -= mu[i] + lg
	}
	return l
}
