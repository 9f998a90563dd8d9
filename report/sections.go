package report

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"
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
	Table        string // written by Render, not the template
}

func assessmentSection(in *Input, s *Scope, tr translator) *assessView {
	if in.Assessment == nil {
		return nil
	}
	v := &assessView{RulesVersion: in.Assessment.RulesVersion}
	var w htmlw
	w.Grow(len(in.Assessment.Results) * 400)
	w.table("assess", tr, "col.act", "col.incident", "col.type", "col.rule", "col.indicators", "col.rules", "col.missing", "col.review")
	var met, missing []string
	for _, r := range in.Assessment.Results {
		act := s.Act[r.ActID]
		if act == nil {
			continue
		}
		inc := s.Incident[act.IncidentID]
		overridden := r.Final != r.Conclusion
		if overridden {
			w.WriteString(`<tr class="overridden"><td>`)
		} else {
			w.WriteString("<tr><td>")
		}
		w.actLink(r.ActID)
		w.WriteString("</td>")
		w.tdTitle(s.Short(inc), inc.Title)
		w.td(tr.Enum("act", string(r.Type)))
		w.WriteString(`<td class="concl">`)
		w.text(tr.Label("conclusion", r.Conclusion, r.Label))
		if overridden {
			w.WriteString(`<br><span class="final">→ `)
			w.text(tr.Label("conclusion", r.Final, r.Final))
			w.WriteString("</span>")
		}
		w.WriteString("</td>")
		met, missing = met[:0], missing[:0]
		for _, f := range r.Findings {
			if f.Value == assess.Met {
				met = append(met, tr.Label("indicator", f.Indicator, f.Label))
			}
		}
		for _, m := range r.Missing {
			l := tr.Label("indicator", m.Indicator, m.Label)
			if !slices.Contains(missing, l) {
				missing = append(missing, l)
			}
		}
		w.td(strings.Join(met, ", "))
		w.td(strings.Join(r.Fired, ", "))
		w.td(strings.Join(missing, ", "))
		w.WriteString("<td>")
		if rv := r.Review; rv != nil {
			decision := tr.T("signed")
			if rv.Decision == assess.Override {
				decision = tr.T("override") + " " + tr.Label("conclusion", rv.Conclusion, rv.Conclusion)
				v.Overrides++
			}
			w.text(labelJoin(decision, rv.Reviewer, rv.Time.Format("2006-01-02"), rv.Reason))
		}
		if r.Stale {
			w.chip("uncertain", tr.T("stale"))
		}
		w.WriteString("</td></tr>\n")
	}
	w.end()
	v.Table = w.String()
	return v
}

// maxChainGraphs bounds the chain graphs drawn, which grow with the units
// involved; past it the report lists the people only.
const maxChainGraphs = 200

// chainsSection writes, for each incident, the units involved, the graph of
// their chains and the people with command responsibility.
func chainsSection(in *Input, s *Scope, f *Figures, tr translator) string {
	if in.Chains == nil {
		return ""
	}
	var w htmlw
	graphs := 0
	for _, ic := range in.Chains {
		inc := s.Incident[ic.IncidentID]
		if inc == nil {
			continue
		}
		w.WriteString(`<div class="chain"><h3><a`)
		if ref := f.IncidentRef[inc.ID]; ref != "" {
			w.WriteString(` href="#` + ref + `"`)
		}
		w.WriteString(">")
		w.text(inc.Title)
		w.WriteString(`</a> <span class="day">`)
		w.text(ic.On.String())
		w.WriteString("</span></h3>\n")
		if len(ic.Units) == 0 {
			w.WriteString("<p>")
			w.text(tr.T("chains.empty"))
			w.WriteString("</p></div>\n")
			continue
		}
		units := make([]string, len(ic.Units))
		for i, u := range ic.Units {
			roles := make([]string, len(u.Roles))
			for j, r := range u.Roles {
				roles[j] = tr.Label("involvement", r, r)
			}
			units[i] = fmt.Sprintf("%s (%s)", u.Name, strings.Join(roles, ", "))
		}
		w.WriteString("<p><strong>")
		w.text(tr.T("chains.units"))
		w.WriteString(":</strong> ")
		w.text(strings.Join(units, ", "))
		w.WriteString("</p>\n")
		if len(ic.Chains) > 0 && graphs < maxChainGraphs {
			var buf bytes.Buffer
			if err := command.SVGIn(&buf, tr.lang, ic.Chains...); err == nil {
				graphs++
				w.WriteString(`<figure class="wide chaingraph">`)
				w.Write(buf.Bytes())
				w.WriteString("</figure>\n")
			}
		}
		if len(ic.Responsible) > 0 {
			w.WriteString("<p><strong>")
			w.text(tr.T("chains.responsible"))
			w.WriteString(":</strong></p>\n")
			w.table("figures", tr, "col.person", "col.role", "col.rank", "col.unit", "num:col.level", "col.confidence")
			for _, c := range ic.Responsible {
				w.WriteString("<tr><td>")
				w.text(c.Name)
				if c.Certainty == command.Uncertain {
					w.chip("uncertain", tr.T("uncertain"))
				}
				w.WriteString("</td>")
				w.td(tr.Enum("role", string(c.Role)))
				w.td(labelJoin(c.Rank, c.Title))
				unit := ""
				if u := s.Unit[c.UnitID]; u != nil {
					unit = u.Name
				}
				w.td(unit)
				w.WriteString(`<td class="num">` + strconv.Itoa(c.Depth) + "</td>")
				conf := ""
				if c.Confidence != "" {
					conf = tr.Enum("confidence", string(c.Confidence))
				}
				w.td(conf)
				w.WriteString("</tr>\n")
			}
			w.end()
		}
		w.WriteString("</div>\n")
	}
	return w.String()
}

type reconView struct {
	Flagged int
	Table   string // the ledger's rows, written by Render (see htmlw)
}

func reconSection(in *Input, s *Scope, lists *actLists, tr translator) *reconView {
	if in.Reconciliation == nil {
		return nil
	}
	v := &reconView{Flagged: in.Reconciliation.Flagged}
	var w htmlw
	w.Grow(len(in.Reconciliation.Groups) * 500)
	var parts []string
	tally := func(t reconcile.Tally, label string) {
		parts = parts[:0]
		for _, r := range t.ByCalibre {
			parts = append(parts, strings.TrimSpace(strconv.Itoa(r.Rounds)+" × "+r.Calibre+" "+r.Weapon))
		}
		acts := slices.Clone(t.GunshotActs)
		sortIDs(acts)
		w.WriteString(`<td class="num">` + strconv.Itoa(t.Agents) + `</td><td class="num">` + strconv.Itoa(t.Rounds) + `</td>`)
		w.td(strings.Join(parts, ", "))
		w.WriteString(`<td class="num">`)
		n := strconv.Itoa(t.GunshotKilled) + " / " + strconv.Itoa(t.GunshotInjured)
		if ref := lists.ref(label, acts); ref != "" {
			w.WriteString(`<a href="#` + ref + `">` + n + `</a>`)
		} else {
			w.WriteString(n)
		}
		w.WriteString("</td>")
	}
	for _, g := range in.Reconciliation.Groups {
		short, title := labelJoin(g.Place, g.Day.String()), g.Title
		if inc := s.Incident[g.IncidentID]; inc != nil {
			short, title = s.Short(inc), inc.Title
		} else if g.IncidentID != 0 {
			continue
		}
		label := labelJoin(tr.T("reconciliation"), short)
		if len(g.Flags) > 0 {
			w.WriteString(`<tr class="group flagged"><td title="`)
		} else {
			w.WriteString(`<tr class="group"><td title="`)
		}
		w.text(title)
		w.WriteString(`"><strong>`)
		w.text(short)
		w.WriteString(`</strong></td><td></td>`)
		tally(g.Total, labelJoin(label, tr.T("col.live")))
		parts = parts[:0]
		for _, c := range sortedKeys(g.CalibresRecovered) {
			parts = append(parts, c+" ("+strconv.Itoa(g.CalibresRecovered[c])+")")
		}
		w.td(strings.Join(parts, ", "))
		w.WriteString("</tr>\n")
		for _, u := range g.Units {
			name := u.Name
			if name == "" {
				name = tr.T("unknown")
			}
			w.WriteString(`<tr class="unit"><td></td>`)
			w.td(name)
			tally(u.Tally, labelJoin(label, name))
			w.WriteString("<td></td></tr>\n")
		}
		if len(g.Flags) > 0 {
			w.WriteString(`<tr class="flags"><td colspan="7">`)
			for _, fl := range g.Flags {
				w.WriteString(`<span class="flag">`)
				w.text(tr.Label("flag", fl.Code, fl.Code))
				w.WriteString(`</span> <span class="msg">`)
				w.text(fl.Sentence(tr.lang))
				w.WriteString("</span><br>")
			}
			w.WriteString("</td></tr>\n")
		}
	}
	v.Table = w.String()
	return v
}

type patternsView struct {
	Vital                   []propRow
	VitalCan, VitalCannot   string
	Profile                 []propRow
	ProfileCannot           string
	Pairs                   []pairRow
	Signatures              int
	Level                   string // of the signatures compared: incident, place or department
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
	v := &patternsView{Signatures: len(p.Signatures), Level: level(p.Signatures)}
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
	for _, pr := range mostAlike(p.Similarity.Pairs, maxPairs) {
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

// mostAlike returns the k pairs of greatest force similarity, most alike
// first (ties by incident order), without sorting every pair: the table holds
// one pair per two incidents compared.
func mostAlike(pairs []patterns.Pair, k int) []patterns.Pair {
	less := func(a, b patterns.Pair) bool { // a ranks below b
		if a.Force != b.Force {
			return a.Force < b.Force
		}
		if a.A != b.A {
			return a.A > b.A
		}
		return a.B > b.B
	}
	top := make([]patterns.Pair, 0, k+1)
	for _, p := range pairs {
		if len(top) == k && !less(top[len(top)-1], p) {
			continue
		}
		i := sort.Search(len(top), func(i int) bool { return less(top[i], p) })
		top = slices.Insert(top, i, p)
		if len(top) > k {
			top = top[:k]
		}
	}
	return top
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

// level is the level of the signatures the similarity table compares.
func level(sigs []patterns.Signature) string {
	if len(sigs) == 0 {
		return "incident"
	}
	return sigs[0].Level
}
