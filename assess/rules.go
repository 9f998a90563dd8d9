package assess

import (
	_ "embed"
	"fmt"
	"slices"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
)

// DefaultRules is the rule file shipped with Rastro (rules.json), documented
// in its own "description" and "basis" fields.
//
//go:embed rules.json
var DefaultRules []byte

// RuleSet is a loaded, validated rule file.
type RuleSet struct {
	Version     string       `json:"version"`
	Description string       `json:"description"`
	Basis       []string     `json:"basis"`
	Default     string       `json:"default"`
	Conclusions []Conclusion `json:"conclusions"`
	Rules       []Rule       `json:"rules"`
}

// Conclusion is one possible outcome; a higher rank wins when several rules
// fire.
type Conclusion struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Rank  int    `json:"rank"`
}

// Rule concludes Conclusion when its conditions hold (see rules.json).
type Rule struct {
	ID         string   `json:"id"`
	Conclusion string   `json:"conclusion"`
	ActTypes   []string `json:"act_types,omitempty"`
	AllMet     []string `json:"all_met,omitempty"`
	AnyMet     []string `json:"any_met,omitempty"`
	AnyUnknown []string `json:"any_unknown,omitempty"`
	Basis      string   `json:"basis"`
}

// LoadRules parses and validates a rule file; unknown fields, unknown
// indicators or conclusions, duplicate IDs and ranks are refused with a
// message that names them.
func LoadRules(data []byte) (*RuleSet, error) {
	var rs RuleSet
	if err := textcheck.Unmarshal(data, &rs); err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "rule file: %v", err)
	}
	if err := rs.validate(); err != nil {
		return nil, err
	}
	return &rs, nil
}

// MustDefaultRules loads the embedded rule file; it is checked by the tests,
// so a failure is a build defect.
func MustDefaultRules() *RuleSet {
	rs, err := LoadRules(DefaultRules)
	if err != nil {
		panic(err)
	}
	return rs
}

func (rs *RuleSet) validate() error {
	bad := func(format string, args ...any) error {
		return rastro.Errorf(rastro.EINVALID, "rule file (version %q): %s", rs.Version, fmt.Sprintf(format, args...))
	}
	if rs.Version == "" {
		return bad("missing \"version\"")
	}
	if len(rs.Conclusions) == 0 || len(rs.Rules) == 0 {
		return bad("needs \"conclusions\" and \"rules\"")
	}
	ids, ranks := map[string]bool{}, map[int]bool{}
	for i, c := range rs.Conclusions {
		switch {
		case c.ID == "" || c.Label == "":
			return bad("conclusions[%d] needs an id and a label", i)
		case ids[c.ID]:
			return bad("conclusions[%d]: duplicate id %q", i, c.ID)
		case ranks[c.Rank]:
			return bad("conclusions[%d] %q: rank %d used twice", i, c.ID, c.Rank)
		}
		ids[c.ID], ranks[c.Rank] = true, true
	}
	if !ids[rs.Default] {
		return bad("default %q is not a conclusion", rs.Default)
	}
	ruleIDs := map[string]bool{}
	for i, r := range rs.Rules {
		switch {
		case r.ID == "":
			return bad("rules[%d] needs an id", i)
		case ruleIDs[r.ID]:
			return bad("rules[%d]: duplicate id %q", i, r.ID)
		case !ids[r.Conclusion]:
			return bad("rule %s: unknown conclusion %q", r.ID, r.Conclusion)
		case len(r.AllMet)+len(r.AnyMet)+len(r.AnyUnknown) == 0:
			return bad("rule %s has no condition", r.ID)
		case r.Basis == "":
			return bad("rule %s needs a \"basis\"", r.ID)
		}
		ruleIDs[r.ID] = true
		for _, t := range r.ActTypes {
			if !slices.Contains(harmTypes, rastro.ActType(t)) {
				return bad("rule %s: act type %q is not assessed (want killed or injured)", r.ID, t)
			}
		}
		for _, list := range [][]string{r.AllMet, r.AnyMet, r.AnyUnknown} {
			for _, ind := range list {
				if indicatorByID(ind) == nil {
					return bad("rule %s: unknown indicator %q", r.ID, ind)
				}
			}
		}
	}
	return nil
}

var harmTypes = []rastro.ActType{rastro.ActKilled, rastro.ActInjured}

// Conclusion returns the conclusion with the id, or nil.
func (rs *RuleSet) Conclusion(id string) *Conclusion {
	for i := range rs.Conclusions {
		if rs.Conclusions[i].ID == id {
			return &rs.Conclusions[i]
		}
	}
	return nil
}

// appliesTo reports whether the rule covers acts of type t.
func (r *Rule) appliesTo(t rastro.ActType) bool {
	return len(r.ActTypes) == 0 || slices.Contains(r.ActTypes, string(t))
}

// fires reports whether the rule's conditions hold for the values.
func (r *Rule) fires(t rastro.ActType, v values) bool {
	if !r.appliesTo(t) {
		return false
	}
	for _, id := range r.AllMet {
		if v.get(id) != Met {
			return false
		}
	}
	if len(r.AnyMet) > 0 && !slices.ContainsFunc(r.AnyMet, func(id string) bool { return v.get(id) == Met }) {
		return false
	}
	if len(r.AnyUnknown) > 0 && !slices.ContainsFunc(r.AnyUnknown, func(id string) bool { return v.get(id) == Unknown }) {
		return false
	}
	return true
}

// missing returns the unknown indicators that keep the rule from firing,
// when knowing them could make it fire (none of its requirements is known
// to fail).
func (r *Rule) missing(t rastro.ActType, v values) []string {
	if !r.appliesTo(t) || len(r.AnyUnknown) > 0 {
		return nil
	}
	var out []string
	for _, id := range r.AllMet {
		switch v.get(id) {
		case NotMet:
			return nil
		case Unknown:
			out = append(out, id)
		}
	}
	if len(r.AnyMet) > 0 && !slices.ContainsFunc(r.AnyMet, func(id string) bool { return v.get(id) == Met }) {
		var unknown []string
		for _, id := range r.AnyMet {
			if v.get(id) == Unknown {
				unknown = append(unknown, id)
			}
		}
		if len(unknown) == 0 {
			return nil
		}
		out = append(out, unknown...)
	}
	return out
}

// LoadRulesFile is LoadRules for a file a user gives (rastro analyze
// --rules, or an upload): its errors name the file.
func LoadRulesFile(name string, data []byte) (*RuleSet, error) {
	rs, err := LoadRules(data)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: %s", name, rastro.ErrorMessage(err))
	}
	return rs, nil
}

// LoadReviews reads a JSON array of reviews (rastro analyze --reviews, or
// an upload), refusing unknown fields; errors name the file.
func LoadReviews(name string, data []byte) ([]Review, error) {
	var reviews []Review
	if err := textcheck.Unmarshal(data, &reviews); err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: not a JSON array of reviews: %v", name, err)
	}
	return reviews, nil
}
