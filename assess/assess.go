// Package assess assesses each death and injury against the UN Basic
// Principles on the Use of Force and Firearms and the Minnesota Protocol.
//
// Indicators (indicators.go) are computed from the records, each met, not met
// or unknown, with the records and citations behind it. Conclusions come
// from a versioned rule file (rules.json, embedded; LoadRules reads another),
// and every result lists the rules that fired and the facts whose absence
// keeps a graver conclusion open. A reviewer's sign-off or override (Review)
// is shown beside the rule result; it never replaces it. Nothing is stored:
// the assessment is recomputed from the acts on every call.
package assess

import (
	"cmp"
	"slices"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
)

// Finding is an indicator's value for one act, with its evidence.
type Finding struct {
	Indicator string            `json:"indicator"`
	Label     string            `json:"label"`
	Value     Value             `json:"value"`
	Detail    string            `json:"detail"`
	Records   []analysis.Ref    `json:"records,omitempty"`
	Citations []rastro.Citation `json:"citations,omitempty"`
}

// Missing is an unknown fact that would let a graver rule fire.
type Missing struct {
	Indicator string `json:"indicator"`
	Label     string `json:"label"`
	Rule      string `json:"rule"`
}

// Decision is what a reviewer did with a rule result.
type Decision string

const (
	SignOff  Decision = "sign_off" // the reviewer agrees with the rule result
	Override Decision = "override" // the reviewer replaces it, with a reason
)

// Review is a reviewer's sign-off or override of one act's conclusion. The
// store keeps reviews (append-only); the latest for an act is shown.
type Review struct {
	ActID        int64     `json:"act_id"`
	Decision     Decision  `json:"decision"`
	Conclusion   string    `json:"conclusion"` // the conclusion the reviewer holds
	Reviewer     string    `json:"reviewer"`
	Reason       string    `json:"reason,omitempty"`
	Time         time.Time `json:"time"`
	RulesVersion string    `json:"rules_version"` // the rule file the reviewer saw
}

// Validate checks a review against a rule set.
func (r *Review) Validate(rs *RuleSet) error {
	switch {
	case r.ActID <= 0:
		return rastro.Errorf(rastro.EINVALID, "review needs an act")
	case r.Reviewer == "":
		return rastro.Errorf(rastro.EINVALID, "review of act %d needs a reviewer", r.ActID)
	case rs.Conclusion(r.Conclusion) == nil:
		return rastro.Errorf(rastro.EINVALID, "review of act %d: unknown conclusion %q", r.ActID, r.Conclusion)
	case r.Decision != SignOff && r.Decision != Override:
		return rastro.Errorf(rastro.EINVALID, "review of act %d: decision %q, want sign_off or override", r.ActID, r.Decision)
	case r.Decision == Override && r.Reason == "":
		return rastro.Errorf(rastro.EINVALID, "override of act %d needs a reason", r.ActID)
	}
	return nil
}

// Result is the assessment of one act.
type Result struct {
	ActID      int64          `json:"act_id"`
	IncidentID int64          `json:"incident_id"`
	Type       rastro.ActType `json:"type"`
	Findings   []Finding      `json:"findings"`
	Conclusion string         `json:"conclusion"` // the rule result
	Label      string         `json:"label"`
	Fired      []string       `json:"fired"` // IDs of the rules that fired
	Missing    []Missing      `json:"missing,omitempty"`
	// Review is the latest review of the act, if any; Final is the
	// conclusion that stands (the override's, or the rule result).
	Review *Review `json:"review,omitempty"`
	// Stale is set when a sign-off agreed with a different rule result than
	// today's (the rules or the records changed since).
	Stale bool   `json:"stale,omitempty"`
	Final string `json:"final"`
}

// Report is the assessment of every death and injury.
type Report struct {
	RulesVersion string `json:"rules_version"`
	Cases        int    `json:"cases"` // acts assessed: deaths and injuries
	Killed       int    `json:"killed"`
	Injured      int    `json:"injured"`
	// By conclusion id, by rule result and by final conclusion.
	ByConclusion       map[string]int `json:"by_conclusion"`
	KilledByConclusion map[string]int `json:"killed_by_conclusion"`
	FinalByConclusion  map[string]int `json:"final_by_conclusion"`
	Overrides          int            `json:"overrides"`
	Results            []Result       `json:"results"`
	CanShow            string         `json:"can_show"`
	CannotShow         string         `json:"cannot_show"`
}

const (
	canShow = "Which documented deaths and injuries bear the marks the UN Basic Principles and the Minnesota Protocol treat " +
		"as signs of unlawful force, and which facts are missing, case by case."
	cannotShow = "A legal finding: a conclusion says a case may constitute a violation and needs investigation; it depends on " +
		"what the records hold, and an unknown fact is never taken as met."
)

// Assess evaluates every death and injury in b under rs and attaches the
// latest review of each act. Reviews that do not validate, or name an act
// that is not assessed, are refused.
func Assess(b *rastro.Bundle, rs *RuleSet, reviews []Review) (*Report, error) {
	return AssessIndex(analysis.NewIndex(b), rs, reviews)
}

// AssessIndex is Assess over an index already built.
func AssessIndex(x *analysis.Index, rs *RuleSet, reviews []Review) (*Report, error) {
	b := x.Bundle
	latest := map[int64]*Review{}
	for i := range reviews {
		r := &reviews[i]
		if err := r.Validate(rs); err != nil {
			return nil, err
		}
		if a := x.Acts[r.ActID]; a == nil || !analysis.Harm(a) {
			return nil, rastro.Errorf(rastro.EINVALID, "review %d names act %d, which is not an assessed death or injury", i+1, r.ActID)
		}
		if prev := latest[r.ActID]; prev == nil || !r.Time.Before(prev.Time) {
			latest[r.ActID] = r
		}
	}
	ctx := newContext(x)
	rep := &Report{RulesVersion: rs.Version, CanShow: canShow, CannotShow: cannotShow, ByConclusion: map[string]int{}, KilledByConclusion: map[string]int{}, FinalByConclusion: map[string]int{}}
	n := 0
	for _, a := range b.Acts {
		if analysis.Harm(a) {
			n++
		}
	}
	rep.Results = make([]Result, 0, n)
	for _, a := range b.Acts {
		if !analysis.Harm(a) {
			continue
		}
		res := assessAct(ctx, rs, a)
		if rv := latest[a.ID]; rv != nil {
			res.Review = rv
			if rv.Decision == Override {
				res.Final = rv.Conclusion
				rep.Overrides++
			} else if rv.Conclusion != res.Conclusion {
				res.Stale = true
			}
		}
		rep.Cases++
		if a.Type == rastro.ActKilled {
			rep.Killed++
			rep.KilledByConclusion[res.Conclusion]++
		} else {
			rep.Injured++
		}
		rep.ByConclusion[res.Conclusion]++
		rep.FinalByConclusion[res.Final]++
		rep.Results = append(rep.Results, res)
	}
	return rep, nil
}

func assessAct(ctx *context, rs *RuleSet, a *rastro.Act) Result {
	res := Result{ActID: a.ID, IncidentID: a.IncidentID, Type: a.Type, Findings: make([]Finding, len(Indicators))}
	ctx.self = []analysis.Ref{{Type: "act", ID: a.ID}}
	ctx.cur = ctx.incident(a.IncidentID)
	values := make(values, len(Indicators))
	for i, ind := range Indicators {
		v, detail, refs := ind.eval(ctx, a)
		values[i] = v
		var cites []rastro.Citation
		if ind.incidentWide {
			// The same for every act of the incident: made once, shared.
			if ctx.cur.cites[i] == nil {
				ctx.cur.cites[i] = slices.Clip(citations(ctx.x, a, refs, ind.Fields))
				if ctx.cur.cites[i] == nil {
					ctx.cur.cites[i] = []rastro.Citation{}
				}
			}
			if len(ctx.cur.cites[i]) > 0 {
				cites = ctx.cur.cites[i]
			}
		} else {
			cites = citations(ctx.x, a, refs, ind.Fields)
		}
		res.Findings[i] = Finding{
			Indicator: ind.ID, Label: ind.Label, Value: v, Detail: detail,
			Records: refs, Citations: cites,
		}
	}
	best := rs.Conclusion(rs.Default)
	for i := range rs.Rules {
		r := &rs.Rules[i]
		if r.fires(a.Type, values) {
			res.Fired = append(res.Fired, r.ID)
			if c := rs.Conclusion(r.Conclusion); c.Rank > best.Rank {
				best = c
			}
		}
	}
	res.Conclusion, res.Label, res.Final = best.ID, best.Label, best.ID
	for i := range rs.Rules {
		r := &rs.Rules[i]
		if rs.Conclusion(r.Conclusion).Rank <= best.Rank {
			continue
		}
		for _, id := range r.missing(a.Type, values) {
			res.Missing = append(res.Missing, Missing{Indicator: id, Label: indicatorByID(id).Label, Rule: r.ID})
		}
	}
	return res
}

// citations gathers the citations behind a finding: the act's own for the
// indicator's fields, the incident's and the discharge records' it names.
func citations(x *analysis.Index, a *rastro.Act, refs []analysis.Ref, fields []string) []rastro.Citation {
	var out []rastro.Citation
	for _, ref := range refs {
		switch ref.Type {
		case "act":
			if ref.ID == a.ID {
				out = append(out, analysis.CitationsFor(a.Assertion, fields...)...)
			}
		case "incident":
			if inc := x.Incidents[ref.ID]; inc != nil {
				out = append(out, analysis.CitationsFor(inc.Assertion, fields...)...)
			}
		case "discharge":
			for _, d := range x.DischargesOf[a.IncidentID] {
				if d.ID == ref.ID {
					out = append(out, d.Citations...)
				}
			}
		}
	}
	if len(out) > 1 {
		slices.SortStableFunc(out, func(p, q rastro.Citation) int { return cmp.Compare(p.ID, q.ID) })
	}
	return out
}
