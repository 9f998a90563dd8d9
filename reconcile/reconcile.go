// Package reconcile sets official discharge records (who reported firing
// how many rounds of which calibre) against the casualties the records show,
// per incident, day and unit, and flags the gaps an investigator must
// explain: fewer rounds reported than gunshot casualties, a calibre recovered
// that no report mentions, gunshot casualties with neither a shooter nor the
// ammunition identified.
//
// Gunshot casualties are deaths and injuries by live ammunition; pellets and
// other less-lethal projectiles are not counted against rifle or pistol
// rounds.
package reconcile

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
)

// Rounds is what the reports declare for one calibre and weapon.
type Rounds struct {
	Calibre string `json:"calibre"`
	Weapon  string `json:"weapon"`
	Rounds  int    `json:"rounds"`
	Reports int    `json:"reports"`
}

// Tally counts one side of the ledger: what was reported and what happened.
type Tally struct {
	Reports        []int64  `json:"reports"` // discharge record IDs
	Agents         int      `json:"agents"`  // distinct agents in the reports
	Rounds         int      `json:"rounds"`
	ByCalibre      []Rounds `json:"by_calibre"`
	GunshotKilled  int      `json:"gunshot_killed"`
	GunshotInjured int      `json:"gunshot_injured"`
	GunshotActs    []int64  `json:"gunshot_acts"`
}

// UnitLine is a unit's share of a group: its reports and the gunshot
// casualties its involvements tie it to.
type UnitLine struct {
	UnitID int64  `json:"unit_id"`
	Name   string `json:"name"`
	Tally
}

// Flag is a gap to explain. Message is its sentence in English; Facts
// hold what the sentence says, so that Sentence can write it in another
// language.
type Flag struct {
	Code    string         `json:"code"`
	Message string         `json:"message"`
	Facts   FlagFacts      `json:"facts"`
	Records []analysis.Ref `json:"records"`
}

// FlagFacts are the figures a flag's sentence states.
type FlagFacts struct {
	Rounds     int    `json:"rounds,omitempty"`
	Agents     int    `json:"agents,omitempty"`
	Casualties int    `json:"casualties,omitempty"` // gunshot casualties
	Killed     int    `json:"killed,omitempty"`
	Injured    int    `json:"injured,omitempty"`
	Calibre    string `json:"calibre,omitempty"`
	Victims    int    `json:"victims,omitempty"` // from whom the calibre was recovered
}

// newFlag writes the flag's English sentence from its facts.
func newFlag(code string, facts FlagFacts, records []analysis.Ref) Flag {
	f := Flag{Code: code, Facts: facts, Records: records}
	f.Message = f.Sentence("en")
	return f
}

// Flag codes.
const (
	RoundsBelowCasualties = "rounds_below_casualties"
	NoDischargeRecord     = "no_discharge_record"
	CalibreNotReported    = "calibre_not_reported"
	NoShooterOrAmmunition = "no_shooter_or_ammunition"
)

// Group is one incident on one day.
type Group struct {
	IncidentID int64       `json:"incident_id"` // 0: reports tied to no recorded incident
	Title      string      `json:"title"`
	Place      string      `json:"place"`
	Day        rastro.Date `json:"day"`
	Total      Tally       `json:"total"`
	Units      []UnitLine  `json:"units"`
	// Calibres recovered from the victims, normalised ("7.62"), with counts.
	CalibresRecovered map[string]int `json:"calibres_recovered"`
	Flags             []Flag         `json:"flags"`
}

// Report is the reconciliation of a whole bundle.
type Report struct {
	Groups     []Group `json:"groups"`
	Flagged    int     `json:"flagged"` // groups with at least one flag
	CanShow    string  `json:"can_show"`
	CannotShow string  `json:"cannot_show"`
}

const (
	canShow = "Where the official record of rounds fired falls short of the harm the case records document, " +
		"incident by incident and unit by unit: the gaps an investigation must explain."
	cannotShow = "Who fired the unreported rounds, or that a report is false: one round can wound several people or none, " +
		"casualties are counted only where documented, and unit lines rest on recorded involvements."
)

type key struct {
	incident int64
	day      rastro.Date
}

// Reconcile builds the ledger of every incident-day with gunshot casualties
// or discharge reports.
func Reconcile(b *rastro.Bundle) *Report { return ReconcileIndex(analysis.NewIndex(b)) }

// ReconcileIndex is Reconcile over an index already built.
func ReconcileIndex(x *analysis.Index) *Report {
	b := x.Bundle
	groups := map[key]*builder{}
	get := func(k key) *builder {
		g := groups[k]
		if g == nil {
			g = &builder{Group: Group{IncidentID: k.incident, Day: k.day, CalibresRecovered: map[string]int{}}, units: map[int64]*unitBuilder{}}
			if inc := x.Incidents[k.incident]; inc != nil {
				g.Title, g.Place = inc.Title, x.PlaceName(inc.PlaceID)
			}
			groups[k] = g
		}
		return g
	}
	var atPlace map[int64][]*rastro.Incident // built on first need
	for _, d := range b.Discharges {
		inc := d.IncidentID
		if inc == 0 {
			if atPlace == nil {
				atPlace = map[int64][]*rastro.Incident{}
				for _, i := range b.Incidents {
					atPlace[i.PlaceID] = append(atPlace[i.PlaceID], i)
				}
			}
			inc = incidentAt(atPlace[d.PlaceID], d.PlaceID, d.Date)
		}
		g := get(key{inc, d.Date})
		if inc == 0 && g.Place == "" {
			g.Title, g.Place = "reports tied to no recorded incident", x.PlaceName(d.PlaceID)
		}
		g.total.addReport(d)
		if d.UnitID != 0 {
			g.unit(x, d.UnitID).addReport(d)
		}
	}
	for _, a := range b.Acts {
		if !analysis.Harm(a) || !analysis.Gunshot(a) {
			continue
		}
		g := get(key{a.IncidentID, x.ActDay(a)})
		g.total.addAct(a)
		if c := normCalibre(a.Calibre); c != "" {
			g.CalibresRecovered[c]++
		}
		shooter := false
		units := map[int64]bool{}
		for _, v := range x.InvolvedIn[a.ID] {
			shooter = shooter || v.Role == rastro.RoleShooter
			if v.UnitID != 0 && !units[v.UnitID] {
				units[v.UnitID] = true
				g.unit(x, v.UnitID).addAct(a)
			}
		}
		if !shooter && a.Calibre == "" {
			g.unidentified = append(g.unidentified, a.ID)
		}
	}
	rep := &Report{CanShow: canShow, CannotShow: cannotShow}
	for _, g := range groups {
		rep.Groups = append(rep.Groups, g.finish())
	}
	sort.Slice(rep.Groups, func(i, j int) bool {
		gi, gj := rep.Groups[i], rep.Groups[j]
		if gi.Day != gj.Day {
			return gi.Day.String() < gj.Day.String()
		}
		return gi.IncidentID < gj.IncidentID
	})
	for _, g := range rep.Groups {
		if len(g.Flags) > 0 {
			rep.Flagged++
		}
	}
	return rep
}

// incidentAt finds the incident at a place on a day, for reports not tied
// to one; 0 when there is none or more than one.
func incidentAt(incidents []*rastro.Incident, place int64, day rastro.Date) int64 {
	var found int64
	for _, inc := range incidents {
		if place != 0 && inc.When.Covers(day.First()) != rastro.Outside {
			if found != 0 {
				return 0
			}
			found = inc.ID
		}
	}
	return found
}

type tallyBuilder struct {
	Tally
	agents map[string]bool
	rounds map[[2]string]*Rounds
}

func (t *tallyBuilder) addReport(d *rastro.DischargeRecord) {
	if t.agents == nil {
		t.agents, t.rounds = map[string]bool{}, map[[2]string]*Rounds{}
	}
	t.Reports = append(t.Reports, d.ID)
	agent := d.AgentLabel
	if d.AgentID != 0 {
		agent = fmt.Sprintf("person %d", d.AgentID)
	}
	if agent == "" {
		agent = fmt.Sprintf("report %d", d.ID) // an unnamed agent counts once per report
	}
	t.agents[agent] = true
	t.Rounds += d.Rounds
	k := [2]string{normCalibre(d.Calibre), d.Weapon}
	r := t.rounds[k]
	if r == nil {
		r = &Rounds{Calibre: d.Calibre, Weapon: d.Weapon}
		t.rounds[k] = r
	}
	r.Rounds += d.Rounds
	r.Reports++
}

func (t *tallyBuilder) addAct(a *rastro.Act) {
	t.GunshotActs = append(t.GunshotActs, a.ID)
	if a.Type == rastro.ActKilled {
		t.GunshotKilled++
	} else {
		t.GunshotInjured++
	}
}

func (t *tallyBuilder) finish() Tally {
	out := t.Tally
	out.Agents = len(t.agents)
	out.ByCalibre = []Rounds{}
	for _, r := range t.rounds {
		out.ByCalibre = append(out.ByCalibre, *r)
	}
	sort.Slice(out.ByCalibre, func(i, j int) bool {
		a, b := out.ByCalibre[i], out.ByCalibre[j]
		return a.Calibre+"\x00"+a.Weapon < b.Calibre+"\x00"+b.Weapon
	})
	return out
}

type unitBuilder struct {
	name   string
	unitID int64
	tallyBuilder
}

type builder struct {
	Group
	total        tallyBuilder
	units        map[int64]*unitBuilder
	unidentified []int64
}

func (g *builder) unit(x *analysis.Index, id int64) *unitBuilder {
	u := g.units[id]
	if u == nil {
		u = &unitBuilder{unitID: id, name: x.UnitName(id)}
		g.units[id] = u
	}
	return u
}

func (g *builder) finish() Group {
	out := g.Group
	out.Total = g.total.finish()
	out.Units = []UnitLine{}
	for _, u := range g.units {
		out.Units = append(out.Units, UnitLine{UnitID: u.unitID, Name: u.name, Tally: u.tallyBuilder.finish()})
	}
	sort.Slice(out.Units, func(i, j int) bool { return out.Units[i].UnitID < out.Units[j].UnitID })
	out.Flags = []Flag{}
	t := out.Total
	casualties := t.GunshotKilled + t.GunshotInjured
	reports := refs("discharge", t.Reports)
	acts := refs("act", t.GunshotActs)
	facts := FlagFacts{Rounds: t.Rounds, Agents: t.Agents, Casualties: casualties, Killed: t.GunshotKilled, Injured: t.GunshotInjured}
	switch {
	case len(t.Reports) > 0 && t.Rounds < casualties:
		out.Flags = append(out.Flags, newFlag(RoundsBelowCasualties, facts, append(reports, acts...)))
	case len(t.Reports) == 0 && casualties > 0:
		out.Flags = append(out.Flags, newFlag(NoDischargeRecord, facts, acts))
	}
	reported := map[string]bool{}
	for _, r := range t.ByCalibre {
		reported[normCalibre(r.Calibre)] = true
	}
	var missing []string
	for c := range out.CalibresRecovered {
		if !reported[c] {
			missing = append(missing, c)
		}
	}
	sort.Strings(missing)
	for _, c := range missing {
		out.Flags = append(out.Flags, newFlag(CalibreNotReported, FlagFacts{Calibre: c, Victims: out.CalibresRecovered[c]}, acts))
	}
	if n := len(g.unidentified); n > 0 {
		out.Flags = append(out.Flags, newFlag(NoShooterOrAmmunition, FlagFacts{Casualties: n}, refs("act", g.unidentified)))
	}
	return out
}

func refs(typ string, ids []int64) []analysis.Ref {
	out := make([]analysis.Ref, len(ids))
	for i, id := range ids {
		out[i] = analysis.Ref{Type: typ, ID: id}
	}
	return out
}

var calibreNumber = regexp.MustCompile(`[0-9]+(?:[.,][0-9]+)?`)

// normCalibre reduces "7.62 mm", "7,62mm" and "cal. 7.62" to "7.62"; a
// calibre without a number is kept, lower-cased.
func normCalibre(s string) string {
	if m := calibreNumber.FindString(s); m != "" {
		return strings.ReplaceAll(m, ",", ".")
	}
	return strings.ToLower(strings.TrimSpace(s))
}
