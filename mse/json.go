package mse

import (
	"encoding/json"
	"math"
)

// JSON has no infinity or NaN: non-finite numbers (an unbounded interval, a
// standard error that does not exist) are written as null.

func jsonNumber(v float64) *float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	return &v
}

// MarshalJSON writes non-finite bounds as null.
func (iv Interval) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Level float64  `json:"level"`
		Mode  *float64 `json:"multinomial_estimate"`
		Lower *float64 `json:"lower"`
		Upper *float64 `json:"upper"`
	}{iv.Level, jsonNumber(iv.Mode), jsonNumber(iv.Lower), jsonNumber(iv.Upper)})
}

// MarshalJSON writes non-finite statistics as null.
func (f Fit) MarshalJSON() ([]byte, error) {
	type coef struct {
		Name     string   `json:"name"`
		Estimate *float64 `json:"estimate"`
		SE       *float64 `json:"std_error"`
	}
	cs := make([]coef, len(f.Coef))
	for i, c := range f.Coef {
		cs[i] = coef{c.Name, jsonNumber(c.Estimate), jsonNumber(c.SE)}
	}
	return json.Marshal(struct {
		Model     string    `json:"model"`
		N         *float64  `json:"estimate"`
		SE        *float64  `json:"std_error"`
		Deviance  *float64  `json:"deviance"`
		DF        int       `json:"df"`
		AIC       *float64  `json:"aic"`
		BIC       *float64  `json:"bic"`
		Params    int       `json:"params"`
		Bias      *float64  `json:"asymptotic_bias"`
		Coef      []coef    `json:"coefficients,omitempty"`
		Converged bool      `json:"converged"`
		Warnings  []string  `json:"warnings,omitempty"`
		CI        *Interval `json:"interval,omitempty"`
	}{f.Model, jsonNumber(f.N), jsonNumber(f.SE), jsonNumber(f.Deviance), f.DF, jsonNumber(f.AIC), jsonNumber(f.BIC), f.Params, jsonNumber(f.Bias), cs, f.Converged, f.Warnings, f.CI})
}

// MarshalJSON writes an unbounded upper limit as null.
func (t Total) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Estimate *float64 `json:"estimate"`
		Lower    *float64 `json:"lower"`
		Upper    *float64 `json:"upper"`
		Level    float64  `json:"level"`
		Method   string   `json:"method"`
	}{jsonNumber(t.Estimate), jsonNumber(t.Lower), jsonNumber(t.Upper), t.Level, t.Method})
}
