package mse

import (
	"math"
	"slices"
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

// RankOptions say how the model is chosen when none is named, as rastro
// estimate does without --model.
type RankOptions struct {
	Criterion string `json:"criterion"` // "aic" (the default) or "bic"
	// MaxOrder is the highest interaction order ranked; 0 is
	// DefaultMaxOrder.
	MaxOrder int `json:"max_order,omitempty"`
	// Heterogeneity is added to every ranked model, as closedpMS.t's h:
	// "" (none), Chao, Darroch, Poisson or Gamma.
	Heterogeneity string `json:"heterogeneity,omitempty"`
}

// Check refuses an unknown criterion or heterogeneity form, or a negative
// order, before any data is read.
func (o RankOptions) Check() error {
	if c := strings.ToLower(o.Criterion); c != "" && c != "aic" && c != "bic" {
		return rastro.Errorf(rastro.EINVALID, "criterion %q: want aic or bic", o.Criterion)
	}
	if o.MaxOrder < 0 {
		return rastro.Errorf(rastro.EINVALID, "maximum interaction order %d: must be positive", o.MaxOrder)
	}
	if o.Heterogeneity != "" {
		h, err := ParseHeterogeneity(o.Heterogeneity)
		if err != nil {
			return err
		}
		if !slices.Contains(RankHeterogeneities, h) {
			return rastro.Errorf(rastro.EINVALID, "heterogeneity %q in every ranked model: want Chao, Darroch, Poisson or Gamma", o.Heterogeneity)
		}
	}
	return nil
}

// RankHeterogeneities are the forms a ranking may add to every model, as
// closedpMS.t's h.
var RankHeterogeneities = []Heterogeneity{Chao, Darroch, PoissonHet, GammaHet}

// Choice is the model chosen for some histories: the best fit by the
// criterion, the ranking it heads, and the standard models when they were
// what was ranked.
type Choice struct {
	Criterion string
	Best      *Fit   // nil when no model could be fitted
	Ranking   []*Fit // hierarchical models, best first (none past MaxSearchLists lists)
	// Standard are closedp.t's models, fitted only when past
	// MaxSearchLists lists the best of them is chosen.
	Standard []*Fit
	Checks   []Warning // why the choice is narrower than asked
}

// ChooseModel ranks the hierarchical models of h by the criterion and
// takes the first; past MaxSearchLists lists, where the search would take
// too long, it takes the best of the standard models (M0, Mt, Mh, Mth).
func ChooseModel(h *Histories, o RankOptions) (*Choice, error) {
	if err := o.Check(); err != nil {
		return nil, err
	}
	c := &Choice{Criterion: strings.ToLower(o.Criterion)}
	if c.Criterion == "" {
		c.Criterion = "aic"
	}
	better := func(a, b *Fit) bool {
		if c.Criterion == "bic" {
			return a.BIC < b.BIC
		}
		return a.AIC < b.AIC
	}
	if h.Lists > MaxSearchLists {
		c.Standard = FitStandard(h)
		for _, s := range c.Standard {
			if c.Best == nil || better(s, c.Best) {
				c.Best = s
			}
		}
		c.Checks = append(c.Checks, NewWarning(WarnStandardOnly, "%d lists: hierarchical models are searched for at most %d; the best of M0, Mt, Mh and Mth by %s is reported",
			h.Lists, MaxSearchLists, strings.ToUpper(c.Criterion)))
		return c, nil
	}
	order := o.MaxOrder
	if order == 0 {
		order = DefaultMaxOrder(h.Lists)
	}
	models, err := HierarchicalModels(h.Lists, order)
	if err != nil {
		return nil, err
	}
	if o.Heterogeneity != "" {
		het, _ := ParseHeterogeneity(o.Heterogeneity)
		if h.Lists < 3 {
			return nil, rastro.Errorf(rastro.EINVALID, "ranking with heterogeneity (%s) needs at least 3 lists", het)
		}
		models = WithHeterogeneity(models, het)
	}
	c.Ranking = RankModels(h, models, c.Criterion).Fits
	if len(c.Ranking) > 0 {
		c.Best = c.Ranking[0]
	}
	return c, nil
}
