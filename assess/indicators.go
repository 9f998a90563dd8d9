package assess

import (
	"fmt"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
)

// Value is an indicator's state for one act.
type Value string

const (
	Met     Value = "met"
	NotMet  Value = "not_met"
	Unknown Value = "unknown"
)

// Indicator is one line of inquiry of the UN Basic Principles and the
// Minnesota Protocol, evaluated from the records.
type Indicator struct {
	ID    string
	Label string
	// Fields are the record fields whose citations support the finding.
	Fields []string
	eval   func(c *context, a *rastro.Act) (Value, string, []analysis.Ref)
	// incidentWide marks findings that rest on the incident's records
	// only: every act of the incident shares their references and
	// citations.
	incidentWide bool
}

// Indicators lists every indicator in the order reports show them.
var Indicators = []*Indicator{
	{"live_ammunition", "live ammunition used", []string{"munition", "calibre", "weapon"}, evalLive, false},
	{"vital_wound", "wound to head, neck, chest or abdomen", []string{"wound_regions"}, evalVital, false},
	{"back_or_fleeing", "entry wound in the back or victim fleeing", []string{"entry_side", "activity"}, evalBack, false},
	{"no_threat", "victim unarmed and no documented imminent threat to life", []string{"victim_threat", "victim_armed"}, evalNoThreat, false},
	{"protected_victim", "victim a bystander, observer, medic, journalist, minor or helping the injured", []string{"activity"}, evalProtected, false},
	{"distance_no_threat", "shot from a distance at which no threat existed", []string{"distance"}, evalDistance, false},
	{"pellets_upper_body", "pellets fired at the upper body", []string{"munition", "wound_regions"}, evalPellets, false},
	{"multiple_victims", "several victims shot at the same time and place", nil, evalMultiple, true},
	{"no_warning_or_less_lethal", "no warning or less-lethal means documented first", []string{"warning_given", "less_lethal_first"}, evalWarning, true},
	{"rounds_underreported", "fewer rounds officially reported than lethal gunshot wounds", []string{"rounds"}, evalRounds, true},
}

func indicatorByID(id string) *Indicator {
	for _, ind := range Indicators {
		if ind.ID == id {
			return ind
		}
	}
	return nil
}

// context holds what indicators need beyond the act: per-incident counts
// computed once.
type context struct {
	x        *analysis.Index
	shot     map[int64]int     // incident → people shot (live ammunition or pellets)
	lethalGS map[int64]int     // incident → killed by live ammunition
	rounds   map[int64]int     // incident → rounds officially reported
	reports  map[int64][]int64 // incident → discharge record IDs
	self     []analysis.Ref    // the act being assessed
	cur      *incidentFacts    // and its incident's facts
	// facts holds what the incident-wide indicators say, made on first use:
	// every act of an incident shares the same texts and references.
	facts map[int64]*incidentFacts
}

type incidentFacts struct {
	refs                 []analysis.Ref // the incident
	rounds               []analysis.Ref // the incident and its discharge records
	shot, warning, count string
	warningValue         Value
	roundsValue          Value
	nShot                int
	found                bool // the incident is on record
	// cites holds the citations of the incident-wide findings, by
	// indicator, once made (see assessAct).
	cites [][]rastro.Citation
}

func newContext(x *analysis.Index) *context {
	c := &context{x: x, shot: map[int64]int{}, lethalGS: map[int64]int{}, rounds: map[int64]int{}, reports: map[int64][]int64{}, facts: map[int64]*incidentFacts{}}
	for _, a := range x.Bundle.Acts {
		if !analysis.Harm(a) {
			continue
		}
		if a.Munition == rastro.MunitionLive || a.Munition == rastro.MunitionPellets {
			c.shot[a.IncidentID]++
		}
		if a.Type == rastro.ActKilled && analysis.Gunshot(a) {
			c.lethalGS[a.IncidentID]++
		}
	}
	for _, d := range x.Bundle.Discharges {
		if d.IncidentID != 0 {
			c.rounds[d.IncidentID] += d.Rounds
			c.reports[d.IncidentID] = append(c.reports[d.IncidentID], d.ID)
		}
	}
	return c
}

// act is the reference to the act being assessed, shared by its findings;
// the capacity limit makes an append copy it.
func (c *context) act() []analysis.Ref { return c.self[:1:1] }

func evalLive(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch a.Munition {
	case rastro.MunitionUnknown:
		return Unknown, "munition not recorded", c.act()
	case rastro.MunitionLive:
		d := "live ammunition"
		if a.Calibre != "" {
			d += ", calibre " + a.Calibre
		}
		return Met, d, c.act()
	}
	return NotMet, "harm by " + words(string(a.Munition)), c.act()
}

func evalVital(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	if len(a.WoundRegions) == 0 {
		return Unknown, "wound regions not recorded", c.act()
	}
	d := "wounds: " + regionList(a.WoundRegions)
	if a.VitalWound() {
		return Met, d, c.act()
	}
	return NotMet, d, c.act()
}

func evalBack(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch {
	case a.EntrySide == rastro.EntryBack:
		return Met, "entry wound in the back", c.act()
	case a.Activity == rastro.ActivityFleeing:
		return Met, "victim was fleeing", c.act()
	case a.EntrySide == rastro.EntryUnknown && a.Activity == rastro.ActivityUnknown:
		return Unknown, "entry side and activity not recorded", c.act()
	}
	return NotMet, fmt.Sprintf("entry %s, %s", orUnknown(string(a.EntrySide)), orUnknown(words(string(a.Activity)))), c.act()
}

func evalNoThreat(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch {
	case a.VictimThreat == rastro.Yes:
		return NotMet, "the records document a threat from the victim", c.act()
	case a.VictimArmed == rastro.Yes:
		return NotMet, "the victim was armed", c.act()
	case a.VictimThreat == rastro.No:
		return Met, "no threat documented; victim armed: " + orUnknown(string(a.VictimArmed)), c.act()
	}
	return Unknown, "whether the victim posed a threat is not established", c.act()
}

func evalProtected(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	refs := c.act()
	var why []string
	switch a.Activity {
	case rastro.ActivityPassingBy:
		why = append(why, "bystander")
	case rastro.ActivityObserving:
		why = append(why, "observer")
	case rastro.ActivityMedical:
		why = append(why, "medic")
	case rastro.ActivityReporting:
		why = append(why, "journalist")
	case rastro.ActivityHelping:
		why = append(why, "helping the injured")
	}
	minor := rastro.Unknown
	if v := c.x.Persons[a.VictimID]; v != nil {
		refs = append(refs, analysis.Ref{Type: "person", ID: v.ID})
		if v.IsMinor() {
			why = append(why, "minor")
			minor = rastro.Yes
		} else if v.Minor == rastro.No || v.Age != nil {
			minor = rastro.No
		}
	}
	switch {
	case len(why) > 0:
		return Met, strings.Join(why, ", "), refs
	case a.Activity == rastro.ActivityUnknown || minor == rastro.Unknown:
		return Unknown, "activity or age not recorded", refs
	}
	return NotMet, "adult, " + words(string(a.Activity)), refs
}

func evalDistance(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch a.Distance {
	case rastro.DistanceUnknown:
		return Unknown, "distance not established", c.act()
	case rastro.DistanceLong:
		return Met, "shot from beyond about 50 m", c.act()
	}
	return NotMet, string(a.Distance) + " range", c.act()
}

func evalPellets(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch {
	case a.Munition == rastro.MunitionUnknown:
		return Unknown, "munition not recorded", c.act()
	case a.Munition != rastro.MunitionPellets:
		return NotMet, "no pellets", c.act()
	case len(a.WoundRegions) == 0:
		return Unknown, "pellet wounds, regions not recorded", c.act()
	}
	for _, r := range a.WoundRegions {
		if r.Vital() || r == rastro.RegionBack {
			return Met, "pellet wounds: " + regionList(a.WoundRegions), c.act()
		}
	}
	return NotMet, "pellet wounds to the limbs or pelvis only", c.act()
}

func evalMultiple(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	f := c.cur
	if a.Munition == rastro.MunitionUnknown {
		return Unknown, "munition not recorded", f.refs
	}
	// The incident stands for the other victims: listing every shot act on
	// every act's finding would grow with the square of the victims.
	if f.nShot >= 3 && (a.Munition == rastro.MunitionLive || a.Munition == rastro.MunitionPellets) {
		return Met, f.shot, f.refs
	}
	return NotMet, f.shot, f.refs
}

func evalWarning(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	f := c.cur
	if !f.found {
		return Unknown, "incident not found", nil
	}
	return f.warningValue, f.warning, f.refs
}

func evalRounds(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	f := c.cur
	return f.roundsValue, f.count, f.rounds
}

// incident returns the incident-wide facts, computing them once.
func (c *context) incident(id int64) *incidentFacts {
	if f := c.facts[id]; f != nil {
		return f
	}
	f := &incidentFacts{refs: []analysis.Ref{{Type: "incident", ID: id}}}
	f.refs = f.refs[:1:1]
	f.nShot = c.shot[id]
	f.shot = fmt.Sprintf("%d people shot in the same incident", f.nShot)
	f.cites = make([][]rastro.Citation, len(Indicators))
	if inc := c.x.Incidents[id]; inc != nil {
		f.found = true
		f.warning = fmt.Sprintf("warning given: %s; less-lethal means first: %s", orUnknown(string(inc.WarningGiven)), orUnknown(string(inc.LessLethalFirst)))
		f.warningValue = Met
		if inc.WarningGiven == rastro.Yes || inc.LessLethalFirst == rastro.Yes {
			f.warningValue = NotMet
		}
	}
	f.rounds = make([]analysis.Ref, 1, 1+len(c.reports[id]))
	f.rounds[0] = f.refs[0]
	for _, rid := range c.reports[id] {
		f.rounds = append(f.rounds, analysis.Ref{Type: "discharge", ID: rid})
	}
	f.rounds = f.rounds[:len(f.rounds):len(f.rounds)]
	lethal := c.lethalGS[id]
	switch {
	case len(c.reports[id]) == 0:
		f.roundsValue, f.count = Unknown, fmt.Sprintf("no discharge record on file; %d killed by live ammunition", lethal)
	case c.rounds[id] < lethal:
		f.roundsValue = Met
	default:
		f.roundsValue = NotMet
	}
	if len(c.reports[id]) > 0 {
		f.count = fmt.Sprintf("%d rounds reported in %d records; %d killed by live ammunition", c.rounds[id], len(c.reports[id]), lethal)
	}
	c.facts[id] = f
	return f
}

func words(s string) string { return strings.ReplaceAll(s, "_", " ") }

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

func regionList(rs []rastro.BodyRegion) string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = words(string(r))
	}
	return strings.Join(out, ", ")
}

// values holds an act's indicator values in the order of Indicators.
type values []Value

// get returns the value of the indicator with the given ID (the zero
// Value for none): a scan of ten IDs costs less than hashing them into a map per act.
func (v values) get(id string) Value {
	for i, ind := range Indicators {
		if ind.ID == id && i < len(v) {
			return v[i]
		}
	}
	return ""
}
