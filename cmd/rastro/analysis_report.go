package main

import (
	"slices"
	"sort"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/command"
	"github.com/rastro-project/rastro/reconcile"
	"github.com/rastro-project/rastro/report"
)

// addAnalyses runs the assessment (with the given reviews), the command
// chains of every incident and the reconciliation, and fills the report's
// analysis sections with them.
func addAnalyses(in *report.Input, reviews []assess.Review) error {
	b := in.Data
	rep, err := assess.Assess(b, assess.MustDefaultRules(), reviews)
	if err != nil {
		return err
	}
	in.Assessments = reportAssessments(rep)
	x := analysis.NewIndex(b)
	in.Chains = []report.Chain{}
	for _, inc := range b.Incidents {
		ic, err := command.ForIncident(x, inc.ID)
		if err != nil {
			return err
		}
		in.Chains = append(in.Chains, reportChains(ic)...)
	}
	in.Reconciliation = reportReconciliation(reconcile.Reconcile(b))
	return nil
}

var triOf = map[assess.Value]rastro.Tri{assess.Met: rastro.Yes, assess.NotMet: rastro.No, assess.Unknown: rastro.Unknown}

func reportAssessments(rep *assess.Report) []report.Assessment {
	out := make([]report.Assessment, 0, len(rep.Results))
	for _, r := range rep.Results {
		a := report.Assessment{ActID: r.ActID, Conclusion: r.Conclusion, Rules: r.Fired}
		for _, f := range r.Findings {
			a.Indicators = append(a.Indicators, report.Indicator{Key: f.Indicator, Label: f.Label, Value: triOf[f.Value]})
		}
		for _, m := range r.Missing {
			if !slices.Contains(a.Missing, m.Label) {
				a.Missing = append(a.Missing, m.Label)
			}
		}
		if rv := r.Review; rv != nil {
			a.Override = &report.Override{Conclusion: rv.Conclusion, Reason: rv.Reason, Reviewer: rv.Reviewer, At: rv.Time}
		}
		out = append(out, a)
	}
	return out
}

// reportChains gives one report chain per unit involved in the incident,
// from that unit up; each link names how it relates to the unit below.
func reportChains(ic *command.IncidentChains) []report.Chain {
	var out []report.Chain
	for _, c := range ic.Chains {
		rc := report.Chain{IncidentID: ic.IncidentID}
		for _, n := range c.Nodes {
			link := report.ChainLink{Depth: n.Depth, UnitID: n.UnitID, UnitName: n.Name}
			for _, l := range c.Links {
				if l.ParentID == n.UnitID {
					link.Relation, link.Uncertain, link.Confidence = l.Kind, l.Certainty == command.Uncertain, l.Confidence
					break
				}
			}
			for _, cm := range n.Commanders {
				link.Commanders = append(link.Commanders, report.Commander{PersonID: cm.PersonID, Name: cm.Name, Role: cm.Role,
					Rank: cm.Rank, Title: cm.Title, Uncertain: cm.Certainty == command.Uncertain, Confidence: cm.Confidence})
			}
			rc.Links = append(rc.Links, link)
		}
		out = append(out, rc)
	}
	return out
}

// reportReconciliation gives, per incident-day, a line for all units (with
// the flags) and one per unit.
func reportReconciliation(rep *reconcile.Report) []report.Reconciliation {
	out := []report.Reconciliation{}
	for _, g := range rep.Groups {
		found := make([]string, 0, len(g.CalibresRecovered))
		for c := range g.CalibresRecovered {
			found = append(found, c)
		}
		sort.Strings(found)
		line := func(name string, t reconcile.Tally, flags []string) report.Reconciliation {
			var reported []string
			for _, r := range t.ByCalibre {
				if !slices.Contains(reported, r.Calibre) {
					reported = append(reported, r.Calibre)
				}
			}
			return report.Reconciliation{IncidentID: g.IncidentID, Date: g.Day, UnitName: name, Agents: t.Agents, Rounds: t.Rounds,
				CalibresReported: reported, CalibresFound: found, LiveCasualties: t.GunshotKilled + t.GunshotInjured,
				Flags: flags, Acts: t.GunshotActs}
		}
		var flags []string
		for _, f := range g.Flags {
			flags = append(flags, f.Message)
		}
		out = append(out, line("all units", g.Total, flags))
		for _, u := range g.Units {
			out = append(out, line(u.Name, u.Tally, nil))
		}
	}
	return out
}
