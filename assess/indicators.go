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
}

// Indicators lists every indicator in the order reports show them.
var Indicators = []*Indicator{
	{"live_ammunition", "live ammunition used", []string{"munition", "calibre", "weapon"}, evalLive},
	{"vital_wound", "wound to head, neck, chest or abdomen", []string{"wound_regions"}, evalVital},
	{"back_or_fleeing", "entry wound in the back or victim fleeing", []string{"entry_side", "activity"}, evalBack},
	{"no_threat", "victim unarmed and no documented imminent threat to life", []string{"victim_threat", "victim_armed"}, evalNoThreat},
	{"protected_victim", "victim a bystander, observer, medic, journalist, minor or helping the injured", []string{"activity"}, evalProtected},
	{"distance_no_threat", "shot from a distance at which no threat existed", []string{"distance"}, evalDistance},
	{"pellets_upper_body", "pellets fired at the upper body", []string{"munition", "wound_regions"}, evalPellets},
	{"multiple_victims", "several victims shot at the same time and place", nil, evalMultiple},
	{"no_warning_or_less_lethal", "no warning or less-lethal means documented first", []string{"warning_given", "less_lethal_first"}, evalWarning},
	{"rounds_underreported", "fewer rounds officially reported than lethal gunshot wounds", []string{"rounds"}, evalRounds},
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
}

func newContext(x *analysis.Index) *context {
	c := &context{x: x, shot: map[int64]int{}, lethalGS: map[int64]int{}, rounds: map[int64]int{}, reports: map[int64][]int64{}}
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

func act(a *rastro.Act) []analysis.Ref { return []analysis.Ref{{Type: "act", ID: a.ID}} }

func evalLive(_ *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch a.Munition {
	case rastro.MunitionUnknown:
		return Unknown, "munition not recorded", act(a)
	case rastro.MunitionLive:
		d := "live ammunition"
		if a.Calibre != "" {
			d += ", calibre " + a.Calibre
		}
		return Met, d, act(a)
	}
	return NotMet, "harm by " + words(string(a.Munition)), act(a)
}

func evalVital(_ *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	if len(a.WoundRegions) == 0 {
		return Unknown, "wound regions not recorded", act(a)
	}
	d := "wounds: " + regionList(a.WoundRegions)
	if a.VitalWound() {
		return Met, d, act(a)
	}
	return NotMet, d, act(a)
}

func evalBack(_ *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch {
	case a.EntrySide == rastro.EntryBack:
		return Met, "entry wound in the back", act(a)
	case a.Activity == rastro.ActivityFleeing:
		return Met, "victim was fleeing", act(a)
	case a.EntrySide == rastro.EntryUnknown && a.Activity == rastro.ActivityUnknown:
		return Unknown, "entry side and activity not recorded", act(a)
	}
	return NotMet, fmt.Sprintf("entry %s, %s", orUnknown(string(a.EntrySide)), orUnknown(words(string(a.Activity)))), act(a)
}

func evalNoThreat(_ *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch {
	case a.VictimThreat == rastro.Yes:
		return NotMet, "the records document a threat from the victim", act(a)
	case a.VictimArmed == rastro.Yes:
		return NotMet, "the victim was armed", act(a)
	case a.VictimThreat == rastro.No:
		return Met, "no threat documented; victim armed: " + orUnknown(string(a.VictimArmed)), act(a)
	}
	return Unknown, "whether the victim posed a threat is not established", act(a)
}

func evalProtected(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	refs := act(a)
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

func evalDistance(_ *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch a.Distance {
	case rastro.DistanceUnknown:
		return Unknown, "distance not established", act(a)
	case rastro.DistanceLong:
		return Met, "shot from beyond about 50 m", act(a)
	}
	return NotMet, string(a.Distance) + " range", act(a)
}

func evalPellets(_ *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	switch {
	case a.Munition == rastro.MunitionUnknown:
		return Unknown, "munition not recorded", act(a)
	case a.Munition != rastro.MunitionPellets:
		return NotMet, "no pellets", act(a)
	case len(a.WoundRegions) == 0:
		return Unknown, "pellet wounds, regions not recorded", act(a)
	}
	for _, r := range a.WoundRegions {
		if r.Vital() || r == rastro.RegionBack {
			return Met, "pellet wounds: " + regionList(a.WoundRegions), act(a)
		}
	}
	return NotMet, "pellet wounds to the limbs or pelvis only", act(a)
}

func evalMultiple(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	refs := []analysis.Ref{{Type: "incident", ID: a.IncidentID}}
	if a.Munition == rastro.MunitionUnknown {
		return Unknown, "munition not recorded", refs
	}
	// The incident stands for the other victims: listing every shot act on
	// every act's finding would grow with the square of the victims.
	n := c.shot[a.IncidentID]
	if n >= 3 && (a.Munition == rastro.MunitionLive || a.Munition == rastro.MunitionPellets) {
		return Met, fmt.Sprintf("%d people shot in the same incident", n), refs
	}
	return NotMet, fmt.Sprintf("%d people shot in the same incident", n), refs
}

func evalWarning(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	inc := c.x.Incidents[a.IncidentID]
	if inc == nil {
		return Unknown, "incident not found", nil
	}
	refs := []analysis.Ref{{Type: "incident", ID: inc.ID}}
	d := fmt.Sprintf("warning given: %s; less-lethal means first: %s", orUnknown(string(inc.WarningGiven)), orUnknown(string(inc.LessLethalFirst)))
	if inc.WarningGiven == rastro.Yes || inc.LessLethalFirst == rastro.Yes {
		return NotMet, d, refs
	}
	return Met, d, refs
}

func evalRounds(c *context, a *rastro.Act) (Value, string, []analysis.Ref) {
	refs := []analysis.Ref{{Type: "incident", ID: a.IncidentID}}
	for _, id := range c.reports[a.IncidentID] {
		refs = append(refs, analysis.Ref{Type: "discharge", ID: id})
	}
	lethal := c.lethalGS[a.IncidentID]
	if len(c.reports[a.IncidentID]) == 0 {
		return Unknown, fmt.Sprintf("no discharge record on file; %d killed by live ammunition", lethal), refs
	}
	d := fmt.Sprintf("%d rounds reported in %d records; %d killed by live ammunition", c.rounds[a.IncidentID], len(c.reports[a.IncidentID]), lethal)
	if c.rounds[a.IncidentID] < lethal {
		return Met, d, refs
	}
	return NotMet, d, refs
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
