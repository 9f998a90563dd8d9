package strata

import (
	"cmp"
	"math"
	"slices"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/mse"
)

// Estimate is the estimate of one stratum by one method, as the web
// shows it: the model fitted (the one named, or the hierarchical model
// the ranking puts first; for dga and lcmcr, what was averaged or
// sampled), its estimate of the total with its interval (Upper nil when
// the bound is past the search range), the log-linear fit figures
// rastro estimate prints, and the Bayesian methods' own summaries.
type Estimate struct {
	Stratum  string   `json:"stratum"`
	Lists    []string `json:"lists"`
	Observed float64  `json:"observed"`
	Model    string   `json:"model"`
	N        float64  `json:"estimate"`
	SE       *float64 `json:"std_error,omitempty"` // nil when not finite
	Level    float64  `json:"level"`
	Lower    float64  `json:"lower"`
	Upper    *float64 `json:"upper"`
	// IntervalKind names the interval: "profile likelihood", or Chao's
	// log-normal one for Mb, Mbh and normal heterogeneity.
	IntervalKind string   `json:"interval_kind,omitempty"`
	Deviance     float64  `json:"deviance"`
	DF           int      `json:"df"`
	AIC          float64  `json:"aic"`
	BIC          float64  `json:"bic"`
	Warnings     []string `json:"warnings,omitempty"`
	// Checks are the warnings as data (kind and values), for the front
	// ends to word in their language.
	Checks []mse.Warning `json:"checks,omitempty"`
	// Ranked are the first rows of the models ranked to choose this one
	// (the hierarchical models by the criterion, or past
	// mse.MaxSearchLists lists the standard ones), as rastro estimate's
	// table prints them; none when a model was named.
	Ranked []Ranked `json:"ranked,omitempty"`
	// Method is one of Methods; DGA and LCMCR are their methods' results
	// (posterior mode, mean, median, graphs, sampler diagnostics), and
	// MethodWarnings their warnings, as data (kind, values, English text).
	Method         string           `json:"method"`
	DGA            *mse.DGAResult   `json:"dga,omitempty"`
	LCMCR          *mse.LCMCRResult `json:"lcmcr,omitempty"`
	MethodWarnings []mse.Warning    `json:"method_warnings,omitempty"`
	res            *Result
}

// Ranked is one row of the ranked models' table.
type Ranked struct {
	Model    string   `json:"model"`
	N        float64  `json:"estimate"`
	SE       *float64 `json:"std_error,omitempty"`
	Deviance float64  `json:"deviance"`
	DF       int      `json:"df"`
	AIC      float64  `json:"aic"`
	BIC      float64  `json:"bic"`
	Warnings int      `json:"warnings"`
}

// EstimateOptions choose the method, the model and the interval.
type EstimateOptions struct {
	MethodOptions
	// Model names the model to fit, as rastro estimate --model (mse.FitSpec);
	// "" ranks the hierarchical models by AIC and takes the first.
	Model string
	// Psi are the heterogeneity values of Mh-psi and Mth-psi.
	Psi []float64
	// Level of the interval; 0 means 0.95.
	Level float64
	// Rank says how the model is chosen when none is named.
	Rank mse.RankOptions
	// Top is how many rows of the ranked table to keep: 0 none, -1 all
	// (rastro estimate's --top 0).
	Top int
}

// Check refuses, before any data is read, a method it does not know or
// cannot run, a model no data could be fitted to and a level outside
// (0, 1).
func (o EstimateOptions) Check() error {
	if o.Level != 0 {
		if err := mse.CheckLevel(o.Level); err != nil {
			return err
		}
	}
	if err := o.MethodOptions.check(o.Model, o.Level); err != nil {
		return err
	}
	if err := o.Rank.Check(); err != nil {
		return err
	}
	if o.Model == "" {
		return nil
	}
	return mse.CheckSpec(o.Model, o.Psi)
}

// Estimates estimates every stratum of st by the method o names, as
// rastro estimate --stratify does. A stratum that cannot be estimated
// (a model its lists cannot take, too few lists for dga) is refused with
// the stratum named.
func Estimates(st *mse.Strata, o EstimateOptions) ([]Estimate, error) {
	rs, _, err := RunStrata(st, o)
	if err != nil {
		return nil, err
	}
	out := make([]Estimate, len(rs))
	for i, r := range rs {
		h := st.By[st.Names[i]]
		e := Estimate{Stratum: st.Names[i], Lists: h.Names, Observed: r.Observed, Model: r.Model, N: r.N, SE: r.SE,
			Level: r.Level, Lower: r.Lower, Upper: r.Upper, IntervalKind: r.IntervalKind, Checks: r.Checks,
			Warnings: r.Warnings, Method: r.Method, DGA: r.DGA, LCMCR: r.LCMCR, res: r}
		if f := r.Fit; f != nil {
			e.Deviance, e.DF, e.AIC, e.BIC = f.Deviance, f.DF, f.AIC, f.BIC
			e.Checks = append(e.Checks, f.Checks...)
		}
		if r.Choice != nil && r.Fit != nil {
			e.Ranked = ranked(r.Choice, o.Top)
		}
		if r.DGA != nil {
			e.MethodWarnings = r.DGA.Checks
		}
		if r.LCMCR != nil {
			e.MethodWarnings = r.LCMCR.Checks
		}
		out[i] = e
	}
	return out, nil
}

// ranked is the first top rows of what a choice ranked (-1: all).
func ranked(c *mse.Choice, top int) []Ranked {
	fits := c.Ranking
	if len(fits) == 0 {
		// The standard models come in closedp.t's order: rank them here.
		fits = slices.Clone(c.Standard)
		slices.SortStableFunc(fits, func(a, b *mse.Fit) int {
			if c.Criterion == "bic" {
				return cmp.Compare(a.BIC, b.BIC)
			}
			return cmp.Compare(a.AIC, b.AIC)
		})
	}
	if top >= 0 && len(fits) > top {
		fits = fits[:top]
	}
	var out []Ranked
	for _, f := range fits {
		out = append(out, Ranked{Model: f.Model, N: f.N, SE: finite(f.SE), Deviance: f.Deviance, DF: f.DF, AIC: f.AIC, BIC: f.BIC, Warnings: len(f.Warnings)})
	}
	return out
}

func finite(v float64) *float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	return &v
}

// stratumError names the stratum a model could not be fitted to, as
// rastro estimate --stratify does.
func stratumError(name string, err error) error {
	if name == "" {
		return err
	}
	return rastro.Errorf(rastro.EINVALID, "stratum %q: %s", name, rastro.ErrorMessage(err))
}

// Total is the estimate of the strata together, as rastro estimate
// --stratify prints it (Combine); Upper is nil when unbounded. Estimator
// is the strata's method, Method how they were combined.
type Total struct {
	Observed  float64  `json:"observed"`
	N         float64  `json:"estimate"`
	Level     float64  `json:"level"`
	Lower     float64  `json:"lower"`
	Upper     *float64 `json:"upper"`
	Method    string   `json:"method"`
	Estimator string   `json:"estimator"`
}

// Sum is the total of two or more strata's estimates; nil for one stratum,
// or when a stratum has no model fitted.
func Sum(es []Estimate) *Total {
	if len(es) < 2 {
		return nil
	}
	rs := make([]*Result, len(es))
	var observed float64
	for i, e := range es {
		if e.Model == "" || e.res == nil {
			return nil
		}
		rs[i] = e.res
		observed += e.Observed
	}
	t := Combine(rs)
	return &Total{Observed: observed, N: t.Estimate, Level: t.Level, Lower: t.Lower, Upper: finite(t.Upper), Method: t.Method, Estimator: rs[0].Method}
}

var nan = math.NaN()
