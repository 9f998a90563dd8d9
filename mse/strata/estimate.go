package strata

import (
	"math"

	"github.com/rastro-project/rastro/mse"
)

// Estimate is the default log-linear estimate of one stratum: the
// hierarchical model AIC ranks first, its estimate of the total and the
// profile-likelihood interval (Upper nil when the bound is past the search
// range). The command line (rastro estimate) offers the other methods.
type Estimate struct {
	Stratum  string   `json:"stratum"`
	Lists    []string `json:"lists"`
	Observed float64  `json:"observed"`
	Model    string   `json:"model"`
	N        float64  `json:"estimate"`
	Level    float64  `json:"level"`
	Lower    float64  `json:"lower"`
	Upper    *float64 `json:"upper"`
	Warnings []string `json:"warnings,omitempty"`
	// Checks are the warnings as data (kind and values), for the front
	// ends to word in their language.
	Checks []mse.Warning `json:"checks,omitempty"`
}

// LogLinear estimates every stratum of st at the interval level given.
func LogLinear(st *mse.Strata, level float64) ([]Estimate, error) {
	var out []Estimate
	for _, name := range st.Names {
		h := st.By[name]
		e := Estimate{Stratum: name, Lists: h.Names, Observed: h.N(), Level: level, Checks: mse.DataChecks(h)}
		e.Warnings = mse.Texts(e.Checks)
		models, err := mse.HierarchicalModels(h.Lists, mse.DefaultMaxOrder(h.Lists))
		if err != nil {
			return nil, err
		}
		rank := mse.RankModels(h, models, "aic")
		if len(rank.Fits) == 0 {
			w := mse.NewWarning(mse.WarnNoModelFitted, "no hierarchical model could be fitted")
			e.Checks, e.Warnings = append(e.Checks, w), append(e.Warnings, w.Text)
			out = append(out, e)
			continue
		}
		fit := rank.Fits[0]
		iv := mse.ProfileCI(h, fit, level)
		e.Model, e.N, e.Lower = fit.Model, fit.N, iv.Lower
		if !math.IsInf(iv.Upper, 0) && !math.IsNaN(iv.Upper) {
			u := iv.Upper
			e.Upper = &u
		}
		e.Checks = append(e.Checks, fit.Checks...)
		e.Warnings = append(e.Warnings, fit.Warnings...)
		out = append(out, e)
	}
	return out, nil
}
