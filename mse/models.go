package mse

import (
	"math"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// Models are the models the front ends offer by name, in the order they
// list them. FitSpec takes these and every other name ParseModel reads (a
// base model with interactions, Mt+c1:c2, or generators, [12,23]).
var Models = []string{
	"M0", "Mt",
	"Mh-Chao", "Mh-Darroch", "Mh-Poisson", "Mh-Gamma", "Mh-Normal", "Mh-psi",
	"Mth-Chao", "Mth-Darroch", "Mth-Poisson", "Mth-Gamma", "Mth-Normal", "Mth-psi",
	"saturated", "Mb", "Mbh",
}

// UnknownModelError refuses a model name FitSpec does not know, with the
// name, for a front end to say so in its language with the names in
// Models. It is an EINVALID rastro.Error.
type UnknownModelError struct {
	Spec string
	err  error
}

func (e *UnknownModelError) Error() string { return e.err.Error() }
func (e *UnknownModelError) Unwrap() error { return e.err }

func unknownModel(spec, detail string) error {
	return &UnknownModelError{Spec: spec, err: rastro.Errorf(rastro.EINVALID,
		"model %q: %s (want %s, a base model with interactions such as Mt+c1:c2, or generators such as [12,23]; Mb or Mbh alone)",
		spec, detail, strings.Join(Models, ", "))}
}

// CheckSpec refuses, before any data is read, a model name FitSpec could
// fit to no data and psi values the model does not take; what depends on
// the number of lists (a term naming list 5 of 3) is FitSpec's to refuse.
func CheckSpec(spec string, psi []float64) error {
	switch strings.ToLower(strings.TrimSpace(spec)) {
	case "mb", "mbh":
		if psi != nil {
			return rastro.Errorf(rastro.EINVALID, "psi values are for Mh-psi or Mth-psi, not %s", spec)
		}
		return nil
	}
	m, err := ParseModel(MaxLists, spec)
	if err != nil {
		return err
	}
	switch {
	case m.Het == PsiHet && psi == nil:
		return rastro.Errorf(rastro.EINVALID, "model %s: give psi's value for each number of lists", m.Name)
	case m.Het != PsiHet && psi != nil:
		return rastro.Errorf(rastro.EINVALID, "psi values are for Mh-psi or Mth-psi, not %s", m.Name)
	}
	return nil
}

// FitSpecCI fits the model spec names (FitSpec) and its interval at level
// (ProfileCI), as rastro estimate --model does.
func FitSpecCI(h *Histories, spec string, psi []float64, level float64) (*Fit, *Interval, error) {
	if err := CheckLevel(level); err != nil {
		return nil, nil, err
	}
	fit, err := FitSpec(h, spec, psi)
	if err != nil {
		return nil, nil, err
	}
	return fit, ProfileCI(h, fit, level), nil
}

// CheckLevel refuses an interval level outside (0, 1).
func CheckLevel(level float64) error {
	if !(level > 0 && level < 1) {
		return rastro.Errorf(rastro.EINVALID, "level %v: must be between 0 and 1", level)
	}
	return nil
}

// ParsePsi reads heterogeneity values psi(1),…,psi(k) written with commas
// ("-0.5,-0.75,-0.875"), as rastro estimate --psi takes them; "" is none.
func ParsePsi(s string) ([]float64, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var out []float64
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, rastro.Errorf(rastro.EINVALID, "psi %q: %q is not a number", s, strings.TrimSpace(f))
		}
		out = append(out, v)
	}
	return out, nil
}
