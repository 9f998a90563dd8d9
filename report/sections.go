package report

import (
	"bytes"
	"fmt"
	"html/template"
	"sort"
	"strings"

	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/command"
	"github.com/rastro-project/rastro/patterns"
	"github.com/rastro-project/rastro/reconcile"
)

// The sections that show the analyses' results. Each returns nil when its
// analysis was not run, and the template says so.

type assessView struct {
	RulesVersion string
	Overrides    int
	Rows         []assessRow
}

type assessRow struct {
	ActID      int64
	Incident   string
	Title      string
	Harm       string
	Rule       string // the rule result
	Final      string // the conclusion that stands
	Overridden bool
	Stale      bool
	Met        []string
	Fired      []string
	Missing    []string
	Review     string
}

func assessmentSection(in *Input, s *Scope, lists *actLists, tr translator) *assessView {
	if in.Assessment == nil {
		return nil
	}
	v := &assessView{RulesVersion: in.Assessment.RulesVersion}
	for _, r := range in.Assessment.Results {
		act := s.Act[r.ActID]
		if act == nil {
			continue
		}
		inc := s.Incident[act.IncidentID]
		row := assessRow{ActID: r.ActID, Incident: s.Short(inc), Title: inc.Title, Harm: tr.Enum("act", string(r.Type)),
			Rule: tr.Label("conclusion", r.Conclusion, r.Label), Final: tr.Label("conclusion", r.Final, r.Final),
			Overridden: r.Final != r.Conclusion, Stale: r.Stale, Fired: r.Fired}
		for _, f := range r.Findings {
			if f.Value == assess.Met {
				row.Met = append(row.Met, tr.Label("indicator", f.Indicator, f.Label))
			}
		}
		seen := map[string]bool{}
		for _, m := range r.Missing {
			if !seen[m.Indicator] {
				seen[m.Indicator] = true
				row.Missing = append(row.Missing, tr.Label("indicator", m.Indicator, m.Label))
			}
		}
		if rv := r.Review; rv != nil {
			decision := tr.T("signed")
			if rv.Decision == assess.Override {
				decision = tr.T("override") + " " + tr.Label("conclusion", rv.Conclusion, rv.Conclusion)
				v.Overrides++
			}
			row.Review = labelJoin(decision, rv.Reviewer, rv.Time.Format("2006-01-02"), rv.Reason)
		}
		v.Rows = append(v.Rows, row)
	}
	return v
}

type chainsView struct {
	Rows []chainView
}

type chainView struct {
	Incident    string
	Day         string
	Ref         string
	Units       []string
	Graph       template.HTML
	Responsible []respRow
}

type respRow struct {
	Name, Role, Rank, Title, Unit string
	Depth                         int
	Uncertain                     bool
	Confidence                    string
}

// maxChainGraphs bounds the chain graphs drawn, which grow with the units
// involved; past it the report lists the people only.
const maxChainGraphs = 200

func chainsSection(in *Input, s *Scope, f *Figures, tr translator) *chainsView {
	if in.Chains == nil {
		return nil
	}
	v := &chainsView{}
	for _, ic := range in.Chains {
		inc := s.Incident[ic.IncidentID]
		if inc == nil {
			continue
		}
		row := chainView{Incident: inc.Title, Day: ic.On.String(), Ref: f.IncidentRef[inc.ID]}
		for _, u := range ic.Units {
			roles := make([]string, len(u.Roles))
			for i, r := range u.Roles {
				roles[i] = tr.Label("involvement", r, r)
			}
			row.Units = append(row.Units, fmt.Sprintf("%s (%s)", u.Name, strings.Join(roles, ", ")))
		}
		for _, c := range ic.Responsible {
			unit := ""
			if u := s.Unit[c.UnitID]; u != nil {
				unit = u.Name
			}
			conf := ""
			if c.Confidence != "" {
				conf = tr.Enum("confidence", string(c.Confidence))
			}
			row.Responsible = append(row.Responsible, respRow{Name: c.Name, Role: tr.Enum("role", string(c.Role)), Rank: c.Rank, Title: c.Title,
				Unit: unit, Depth: c.Depth, Uncertain: c.Certainty == command.Uncertain, Confidence: conf})
		}
		if len(ic.Chains) > 0 && len(v.Rows) < maxChainGraphs {
			var buf bytes.Buffer
			if err := command.SVG(&buf, ic.Chains...); err == nil {
				row.Graph = template.HTML(buf.String())
			}
		}
		v.Rows = append(v.Rows, row)
	}
	return v
}

type reconView struct {
	Flagged int
	Rows    []reconRow
}

type reconRow struct {
	Incident, Title, Day string
	Totals               tallyView
	Recovered            string
	Flags                []flagView
	Units                []unitRow
}

type tallyView struct {
	Agents, Rounds, Killed, Injured int
	ByCalibre                       string
	Acts                            Cell
}

type unitRow struct {
	Name  string
	Tally tallyView
}

type flagView struct{ Code, Label, Message string }

func reconSection(in *Input, s *Scope, lists *actLists, tr translator) *reconView {
	if in.Reconciliation == nil {
		return nil
	}
	v := &reconView{Flagged: in.Reconciliation.Flagged}
	tally := func(t reconcile.Tally, label string) tallyView {
		var parts []string
		for _, r := range t.ByCalibre {
			parts = append(parts, strings.TrimSpace(fmt.Sprintf("%d × %s %s", r.Rounds, r.Calibre, r.Weapon)))
		}
		acts := append([]int64(nil), t.GunshotActs...)
		sortIDs(acts)
		return tallyView{Agents: t.Agents, Rounds: t.Rounds, Killed: t.GunshotKilled, Injured: t.GunshotInjured,
			ByCalibre: strings.Join(parts, ", "), Acts: Cell{len(acts), lists.ref(label, acts)}}
	}
	for _, g := range in.Reconciliation.Groups {
		short, title := labelJoin(g.Place, g.Day.String()), g.Title
		if inc := s.Incident[g.IncidentID]; inc != nil {
			short, title = s.Short(inc), inc.Title
		} else if g.IncidentID != 0 {
			continue
		}
		label := labelJoin(tr.T("reconciliation"), short)
		row := reconRow{Incident: short, Title: title, Day: g.Day.String(), Totals: tally(g.Total, labelJoin(label, tr.T("col.live")))}
		var rec []string
		for _, c := range sortedKeys(g.CalibresRecovered) {
			rec = append(rec, fmt.Sprintf("%s (%d)", c, g.CalibresRecovered[c]))
		}
		row.Recovered = strings.Join(rec, ", ")
		for _, fl := range g.Flags {
			row.Flags = append(row.Flags, flagView{Code: fl.Code, Label: tr.Label("flag", fl.Code, fl.Code), Message: fl.Message})
		}
		for _, u := range g.Units {
			name := u.Name
			if name == "" {
				name = tr.T("unknown")
			}
			row.Units = append(row.Units, unitRow{Name: name, Tally: tally(u.Tally, labelJoin(label, name))})
		}
		v.Rows = append(v.Rows, row)
	}
	return v
}

type patternsView struct {
	Vital                   []propRow
	VitalCan, VitalCannot   string
	Profile                 []propRow
	ProfileCannot           string
	Pairs                   []pairRow
	Signatures              int
	SimCan, SimCannot       string
	Poverty                 []povertyRow
	PovertyUnknown          int
	PovertyCan, PovCannot   string
	HasPoverty, HasProfiles bool
}

type propRow struct {
	Name             string
	K, N             int
	Share, Low, High string
	Acts             Cell
}

type pairRow struct {
	A, B, ARef, BRef string
	Force, Units     string
}

type povertyRow struct {
	Name                         string
	Victims, Above               int
	MeanDistrict, DepartmentRate string
}

// maxPairs is how many of the most alike incident pairs the report lists.
const maxPairs = 15

func patternsSection(in *Input, s *Scope, f *Figures, lists *actLists, tr translator) *patternsView {
	p := in.Patterns
	if p == nil {
		return nil
	}
	pct := func(x float64) string { return fmt.Sprintf("%.0f %%", 100*x) }
	prop := func(q patterns.Proportion) propRow {
		name := tr.Label("pattern", q.Name, q.Name)
		acts := append([]int64(nil), q.Acts...)
		sortIDs(acts)
		return propRow{Name: name, K: q.K, N: q.N, Share: pct(q.Share), Low: pct(q.Low), High: pct(q.High),
			Acts: Cell{len(acts), lists.ref(name, acts)}}
	}
	v := &patternsView{Signatures: len(p.Signatures)}
	v.Vital = []propRow{prop(p.VitalShare), prop(p.VitalKilled)}
	v.VitalCan = tr.caveat("vital.can", p.VitalShare.CanShow)
	v.VitalCannot = tr.caveat("vital.cannot", p.VitalShare.CannotShow)
	for _, q := range p.Profile {
		v.Profile = append(v.Profile, prop(q))
	}
	v.HasProfiles = len(v.Profile) > 0
	if len(p.Profile) > 0 {
		v.ProfileCannot = tr.caveat("profile.cannot", p.Profile[0].CannotShow)
	}
	pairs := append(p.Similarity.Pairs[:0:0], p.Similarity.Pairs...)
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].Force > pairs[j].Force })
	for _, pr := range pairs[:min(len(pairs), maxPairs)] {
		row := pairRow{Force: fmt.Sprintf("%.2f", pr.Force), Units: fmt.Sprintf("%.2f", pr.Units)}
		row.A, row.ARef = signatureLabel(s, f, p.Signatures[pr.A])
		row.B, row.BRef = signatureLabel(s, f, p.Signatures[pr.B])
		v.Pairs = append(v.Pairs, row)
	}
	v.SimCan = tr.caveat("similarity.can", p.Similarity.CanShow)
	v.SimCannot = tr.caveat("similarity.cannot", p.Similarity.CannotShow)
	for _, d := range p.Poverty.Departments {
		v.Poverty = append(v.Poverty, povertyRow{Name: d.Name, Victims: d.Victims, Above: d.AboveRate,
			MeanDistrict: fmt.Sprintf("%.1f %%", d.MeanDistrict), DepartmentRate: fmt.Sprintf("%.1f %%", d.DepartmentRate)})
	}
	v.HasPoverty = len(v.Poverty) > 0
	v.PovertyUnknown = p.Poverty.Unknown
	v.PovertyCan = tr.caveat("poverty.can", p.Poverty.CanShow)
	v.PovCannot = tr.caveat("poverty.cannot", p.Poverty.CannotShow)
	return v
}

// signatureLabel names a signature, linking it to its incident when it is
// one incident's; place and department signatures carry their title.
func signatureLabel(s *Scope, f *Figures, sig patterns.Signature) (label, ref string) {
	if sig.Level == "incident" && len(sig.Incidents) == 1 {
		if inc := s.Incident[sig.Incidents[0]]; inc != nil {
			return s.Short(inc), f.IncidentRef[inc.ID]
		}
	}
	return sig.Title, ""
}
