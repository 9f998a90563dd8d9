package strata

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/mse"
)

// Methods are the estimation methods, as rastro estimate --method names
// them: log-linear models, model averaging over decomposable graphs, and
// the latent-class model.
var Methods = []string{"loglinear", "dga", "lcmcr"}

// MethodOptions are the options of the Bayesian methods, as rastro
// estimate's flags take them; a zero value takes the method's default.
type MethodOptions struct {
	// Method is one of Methods; "" is loglinear.
	Method string `json:"method"`
	// Delta is dga's hyper-Dirichlet cell prior (0: 2^-k).
	Delta float64 `json:"delta,omitempty"`
	// Missing is dga's grid of numbers missed, lo:hi ("": 0:max(5n,300)).
	Missing string `json:"missing,omitempty"`
	// Prior is dga's prior on N: 1/N (or "") or negbin:a,b.
	Prior string `json:"prior,omitempty"`
	// Seed, Classes, Burnin, Samples and Thinning run lcmcr's sampler;
	// strata after the first take Seed+1, Seed+2… (independent chains,
	// still reproducible).
	Seed     uint64 `json:"seed,omitempty"`
	Classes  int    `json:"classes,omitempty"`
	Burnin   int    `json:"burnin,omitempty"`
	Samples  int    `json:"samples,omitempty"`
	Thinning int    `json:"thinning,omitempty"`
}

// method is the method o names, loglinear by default.
func (o MethodOptions) method() string {
	if o.Method == "" {
		return "loglinear"
	}
	return o.Method
}

// check refuses a method it does not know and options it cannot read.
func (o MethodOptions) check(model string, level float64) error {
	if !slices.Contains(Methods, o.method()) {
		return rastro.Errorf(rastro.EINVALID, "method %q: want %s", o.Method, strings.Join(Methods, ", "))
	}
	if model != "" && o.method() != "loglinear" {
		return rastro.Errorf(rastro.EINVALID, "model chooses a log-linear model: it does not apply to method %s", o.method())
	}
	switch o.method() {
	case "dga":
		_, err := o.dga(level)
		return err
	case "lcmcr":
		return o.lcmcr(0, level).Check()
	}
	return nil
}

// dga reads dga's options.
func (o MethodOptions) dga(level float64) (mse.DGAOptions, error) {
	opt := mse.DGAOptions{Delta: o.Delta, Level: level}
	if o.Missing != "" {
		g, err := mse.ParseGrid(o.Missing)
		if err != nil {
			return opt, err
		}
		opt.NMissing = g
	}
	switch p := strings.ToLower(strings.TrimSpace(o.Prior)); {
	case p == "" || p == "1/n":
	case strings.HasPrefix(p, "negbin:"):
		a, b, ok := strings.Cut(strings.TrimPrefix(p, "negbin:"), ",")
		av, err1 := strconv.ParseFloat(a, 64)
		bv, err2 := strconv.ParseFloat(b, 64)
		if !ok || err1 != nil || err2 != nil || av <= 0 || bv <= 0 {
			return opt, rastro.Errorf(rastro.EINVALID, "prior %q: want negbin:a,b with a, b > 0", o.Prior)
		}
		opt.LogPrior = mse.NegBinomialPrior(av, bv)
	default:
		return opt, rastro.Errorf(rastro.EINVALID, "prior %q: want 1/N or negbin:a,b", o.Prior)
	}
	return opt, nil
}

// lcmcr are lcmcr's options for the stratum-th stratum.
func (o MethodOptions) lcmcr(stratum int, level float64) mse.LCMCROptions {
	return mse.LCMCROptions{K: o.Classes, Burnin: o.Burnin, Samples: o.Samples, Thinning: o.Thinning,
		Seed: o.Seed + uint64(stratum), Level: level}
}

// Result is one set of capture histories estimated by one method: the
// figures rastro estimate prints, for every method.
type Result struct {
	Method   string
	Observed float64
	// Model describes what was fitted ("" when no log-linear model could
	// be); N is the estimate, SE its standard error where the method
	// gives one (nil otherwise, or when not finite).
	Model string
	N     float64
	SE    *float64
	// IntervalKind is mse.IntervalProfile, mse.IntervalLogNormal or
	// IntervalPosterior; Upper is nil when unbounded.
	IntervalKind string
	Level, Lower float64
	Upper        *float64
	// Fit is the log-linear model fitted, Choice how it was chosen (nil
	// when a model was named), Behavioural closedp.t's Mb and Mbh (listed
	// when no model was named, never ranked).
	Fit         *mse.Fit
	Choice      *mse.Choice
	Behavioural []*mse.Fit
	DGA         *mse.DGAResult
	LCMCR       *mse.LCMCRResult
	// Checks are the data's and the choice's warnings as data; Warnings
	// are every warning in words, as rastro estimate prints them.
	Checks   []mse.Warning
	Warnings []string
}

// IntervalPosterior names the Bayesian methods' equal-tailed interval.
const IntervalPosterior = "posterior quantiles"

// Run estimates h by the method o names. It is what rastro estimate does
// for one set of histories, and what the web's estimates do per stratum.
func Run(h *mse.Histories, o EstimateOptions) (*Result, error) {
	return run(h, o, 0)
}

func run(h *mse.Histories, o EstimateOptions, stratum int) (*Result, error) {
	if o.Level == 0 {
		o.Level = 0.95
	}
	if err := o.Check(); err != nil {
		return nil, err
	}
	checks := mse.DataChecks(h)
	r := &Result{Method: o.method(), Observed: h.N(), Level: o.Level, Checks: checks, Warnings: mse.Texts(checks)}
	switch r.Method {
	case "dga":
		opt, _ := o.dga(o.Level) // checked
		d, err := mse.DGA(h, opt)
		if err != nil {
			return nil, err
		}
		r.Model = "average over decomposable graphs (top " + d.Models[0].Model + "); estimate: Madigan-York Bayes estimator"
		r.N, r.IntervalKind, r.Level, r.Lower, r.Upper = d.Bayes, IntervalPosterior, d.Level, d.Lower, finite(d.Upper)
		r.DGA = d
		r.Warnings = append(r.Warnings, d.Warnings...)
		return r, nil
	case "lcmcr":
		opt := o.lcmcr(stratum, o.Level)
		l, err := mse.LCMCR(h, opt)
		if err != nil {
			return nil, err
		}
		r.Model = fmt.Sprintf("latent classes (K=%d, seed %d); estimate: posterior median", l.Options.K, opt.Seed)
		r.N, r.IntervalKind, r.Lower, r.Upper = l.Median, IntervalPosterior, l.Lower, finite(l.Upper)
		r.LCMCR = l
		r.Warnings = append(r.Warnings, l.Warnings...)
		return r, nil
	}
	var iv *mse.Interval
	if o.Model != "" { // that model only: ranking six lists' models takes seconds
		fit, ci, err := mse.FitSpecCI(h, o.Model, o.Psi, o.Level)
		if err != nil {
			return nil, err
		}
		r.Fit, iv = fit, ci
	} else {
		choice, err := mse.ChooseModel(h, o.Rank)
		if err != nil {
			return nil, err
		}
		if choice.Standard == nil {
			choice.Standard = mse.FitStandard(h)
		}
		r.Choice, r.Behavioural = choice, mse.FitBehaviouralModels(h)
		r.Checks = append(r.Checks, choice.Checks...)
		r.Warnings = append(r.Warnings, mse.Texts(choice.Checks)...)
		if choice.Best == nil {
			r.Checks = append(r.Checks, mse.NewWarning(mse.WarnNoModelFitted, "no hierarchical model could be fitted"))
			return r, nil
		}
		r.Fit, iv = choice.Best, mse.ProfileCI(h, choice.Best, o.Level)
	}
	f := r.Fit
	r.Model, r.N, r.SE, r.IntervalKind = f.Model, f.N, finite(f.SE), f.IntervalKind()
	r.Level, r.Lower, r.Upper = iv.Level, iv.Lower, finite(iv.Upper)
	r.Warnings = append(r.Warnings, f.Warnings...)
	return r, nil
}

// RunStrata estimates every stratum of st by the method o names, each
// stratum's lcmcr chain with its own seed, and the total of the strata
// (Combine). A stratum that cannot be estimated is refused with its name.
func RunStrata(st *mse.Strata, o EstimateOptions) ([]*Result, mse.Total, error) {
	var out []*Result
	for i, name := range st.Names {
		r, err := run(st.By[name], o, i)
		if err != nil {
			return nil, mse.Total{}, stratumError(name, err)
		}
		out = append(out, r)
	}
	return out, Combine(out), nil
}

// Combine is the estimate of independent strata together, as rastro
// estimate --stratify gives it: lcmcr's draws added, dga's posteriors
// convolved, the log-linear estimates added with a normal interval from
// their standard errors.
func Combine(rs []*Result) mse.Total {
	if len(rs) == 0 {
		return mse.Total{}
	}
	level := rs[0].Level
	var est, se, draws = []float64{}, []float64{}, [][]float64{}
	var posts [][]mse.Point
	var observed float64
	for _, r := range rs {
		observed += r.Observed
		est = append(est, r.N)
		if r.SE != nil {
			se = append(se, *r.SE)
		} else {
			se = append(se, nan)
		}
		if r.LCMCR != nil {
			draws = append(draws, r.LCMCR.Draws)
		}
		if r.DGA != nil {
			posts = append(posts, r.DGA.Points)
		}
	}
	switch rs[0].Method {
	case "lcmcr":
		return mse.TotalDraws(draws, level)
	case "dga":
		return mse.TotalPosterior(posts, level)
	}
	return mse.TotalNormal(est, se, observed, level)
}
