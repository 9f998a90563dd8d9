package strata

import (
	"cmp"
	"math"
	"slices"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/mse"
)

// Estimate is the log-linear estimate of one stratum: the model fitted
// (the one named, or the hierarchical model AIC ranks first), its
// estimate of the total with its interval (Upper nil when the bound is
// past the search range) and the fit figures rastro estimate prints. The
// command line offers the other methods (dga, lcmcr).
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

// EstimateOptions choose the model and the interval.
type EstimateOptions struct {
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

// Check refuses, before any data is read, a model no data could be fitted
// to and a level outside (0, 1).
func (o EstimateOptions) Check() error {
	if o.Level != 0 {
		if err := mse.CheckLevel(o.Level); err != nil {
			return err
		}
	}
	if err := o.Rank.Check(); err != nil {
		return err
	}
	if o.Model == "" {
		return nil
	}
	return mse.CheckSpec(o.Model, o.Psi)
}

// LogLinear estimates every stratum of st with the model o names. A model
// that cannot be fitted to a stratum's lists is refused with the stratum
// named, as rastro estimate --stratify does.
func LogLinear(st *mse.Strata, o EstimateOptions) ([]Estimate, error) {
	if o.Level == 0 {
		o.Level = 0.95
	}
	if err := o.Check(); err != nil {
		return nil, err
	}
	var out []Estimate
	for _, name := range st.Names {
		h := st.By[name]
		e := Estimate{Stratum: name, Lists: h.Names, Observed: h.N(), Level: o.Level, Checks: mse.DataChecks(h)}
		var fit *mse.Fit
		var iv *mse.Interval
		if o.Model != "" {
			var err error
			if fit, iv, err = mse.FitSpecCI(h, o.Model, o.Psi, o.Level); err != nil {
				return nil, stratumError(name, err)
			}
		} else {
			choice, err := mse.ChooseModel(h, o.Rank)
			if err != nil {
				return nil, stratumError(name, err)
			}
			e.Checks = append(e.Checks, choice.Checks...)
			if choice.Best == nil {
				e.Checks = append(e.Checks, mse.NewWarning(mse.WarnNoModelFitted, "no hierarchical model could be fitted"))
				e.Warnings = mse.Texts(e.Checks)
				out = append(out, e)
				continue
			}
			fit = choice.Best
			iv = mse.ProfileCI(h, fit, o.Level)
			e.Ranked = ranked(choice, o.Top)
		}
		e.Model, e.N, e.SE, e.Lower, e.Upper = fit.Model, fit.N, finite(fit.SE), iv.Lower, finite(iv.Upper)
		e.IntervalKind, e.Deviance, e.DF, e.AIC, e.BIC = fit.IntervalKind(), fit.Deviance, fit.DF, fit.AIC, fit.BIC
		e.Warnings = append(mse.Texts(e.Checks), fit.Warnings...)
		e.Checks = append(e.Checks, fit.Checks...)
		out = append(out, e)
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
// --stratify prints it: the sum of their estimates with a normal interval
// from their standard errors (mse.TotalNormal); Upper is nil when
// unbounded.
type Total struct {
	Observed float64  `json:"observed"`
	N        float64  `json:"estimate"`
	Level    float64  `json:"level"`
	Lower    float64  `json:"lower"`
	Upper    *float64 `json:"upper"`
	Method   string   `json:"method"`
}

// Sum is the total of two or more strata's estimates; nil for one stratum,
// or when a stratum has no model fitted.
func Sum(es []Estimate) *Total {
	if len(es) < 2 {
		return nil
	}
	var est, se []float64
	var observed float64
	for _, e := range es {
		if e.Model == "" {
			return nil
		}
		est = append(est, e.N)
		observed += e.Observed
		if e.SE != nil {
			se = append(se, *e.SE)
		} else {
			se = append(se, math.NaN())
		}
	}
	t := mse.TotalNormal(est, se, observed, es[0].Level)
	return &Total{Observed: observed, N: t.Estimate, Level: t.Level, Lower: t.Lower, Upper: finite(t.Upper), Method: t.Method}
}
