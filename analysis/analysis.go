// Package analysis holds what the analysis packages (assess, command,
// reconcile, patterns) share: an index over a rastro.Bundle.
//
// The analyses are pure functions over a *rastro.Bundle: the bundle is the one
// value that already holds every record type with its citations, the store
// can fill it (the export does), and tests and benchmarks can build it in
// memory. Nothing here touches a database.
package analysis

import (
	"sort"
	"time"

	"github.com/rastro-project/rastro"
)

// Index gives lookups by ID and the common groupings of a bundle's records.
// It does not copy the records: it points into the bundle.
type Index struct {
	Bundle       *rastro.Bundle
	Sources      map[int64]*rastro.Source
	Places       map[int64]*rastro.Place
	Persons      map[int64]*rastro.Person
	Units        map[int64]*rastro.Unit
	Incidents    map[int64]*rastro.Incident
	Acts         map[int64]*rastro.Act
	ActsOf       map[int64][]*rastro.Act             // by incident ID, in ID order
	InvolvedIn   map[int64][]*rastro.Involvement     // by act ID
	RelationsOf  map[int64][]*rastro.UnitRelation    // by (child) unit ID
	PostingsOf   map[int64][]*rastro.Posting         // by unit ID
	DischargesOf map[int64][]*rastro.DischargeRecord // by incident ID (0: not tied to an incident)
	DeployedAt   map[int64][]*rastro.Deployment      // by place ID
	DeployedTo   map[int64][]*rastro.Deployment      // by incident ID
}

// NewIndex indexes b.
func NewIndex(b *rastro.Bundle) *Index {
	x := &Index{
		Bundle:       b,
		Sources:      make(map[int64]*rastro.Source, len(b.Sources)),
		Places:       make(map[int64]*rastro.Place, len(b.Places)),
		Persons:      make(map[int64]*rastro.Person, len(b.Persons)),
		Units:        make(map[int64]*rastro.Unit, len(b.Units)),
		Incidents:    make(map[int64]*rastro.Incident, len(b.Incidents)),
		Acts:         make(map[int64]*rastro.Act, len(b.Acts)),
		ActsOf:       map[int64][]*rastro.Act{},
		InvolvedIn:   map[int64][]*rastro.Involvement{},
		RelationsOf:  map[int64][]*rastro.UnitRelation{},
		PostingsOf:   map[int64][]*rastro.Posting{},
		DischargesOf: map[int64][]*rastro.DischargeRecord{},
		DeployedAt:   map[int64][]*rastro.Deployment{},
		DeployedTo:   map[int64][]*rastro.Deployment{},
	}
	for _, r := range b.Sources {
		x.Sources[r.ID] = r
	}
	for _, r := range b.Places {
		x.Places[r.ID] = r
	}
	for _, r := range b.Persons {
		x.Persons[r.ID] = r
	}
	for _, r := range b.Units {
		x.Units[r.ID] = r
	}
	for _, r := range b.Incidents {
		x.Incidents[r.ID] = r
	}
	for _, r := range b.Acts {
		x.Acts[r.ID] = r
		x.ActsOf[r.IncidentID] = append(x.ActsOf[r.IncidentID], r)
	}
	for _, r := range b.Involvements {
		x.InvolvedIn[r.ActID] = append(x.InvolvedIn[r.ActID], r)
	}
	for _, r := range b.UnitRelations {
		x.RelationsOf[r.UnitID] = append(x.RelationsOf[r.UnitID], r)
	}
	for _, r := range b.Postings {
		x.PostingsOf[r.UnitID] = append(x.PostingsOf[r.UnitID], r)
	}
	for _, r := range b.Discharges {
		x.DischargesOf[r.IncidentID] = append(x.DischargesOf[r.IncidentID], r)
	}
	for _, r := range b.Deployments {
		if r.PlaceID != 0 {
			x.DeployedAt[r.PlaceID] = append(x.DeployedAt[r.PlaceID], r)
		}
		if r.IncidentID != 0 {
			x.DeployedTo[r.IncidentID] = append(x.DeployedTo[r.IncidentID], r)
		}
	}
	for _, acts := range x.ActsOf {
		sort.Slice(acts, func(i, j int) bool { return acts[i].ID < acts[j].ID })
	}
	return x
}

// ActDay is the day an act happened: its own date when recorded, else the
// start of its incident.
func (x *Index) ActDay(a *rastro.Act) rastro.Date {
	if !a.Date.IsZero() {
		return a.Date
	}
	if inc := x.Incidents[a.IncidentID]; inc != nil {
		return inc.When.Start
	}
	return rastro.Date{}
}

// Day is the first day a date can denote, for DateRange.Covers.
func Day(d rastro.Date) time.Time { return d.First() }

// Excludes reports, without building times, that a range certainly does not
// cover day d: its exact day-precision bounds fall on the other side. It is
// a fast pre-filter for DateRange.Covers over many records.
func Excludes(r rastro.DateRange, d rastro.Date) bool {
	k := dayKey(d)
	if k == 0 {
		return false
	}
	if s := dayKey(r.Start); r.StartExact && s != 0 && s > k {
		return true
	}
	if e := dayKey(r.End); r.EndExact && !r.Open && e != 0 && e < k {
		return true
	}
	return false
}

func dayKey(d rastro.Date) int {
	if d.Precision() != rastro.PrecisionDay {
		return 0
	}
	return d.Year*10000 + int(d.Month)*100 + d.Day
}

// UnitName is the unit's name, or a placeholder for a dangling ID.
func (x *Index) UnitName(id int64) string {
	if u := x.Units[id]; u != nil {
		return u.Name
	}
	return "unknown unit"
}

// PlaceName is the place's name, or "" for none.
func (x *Index) PlaceName(id int64) string {
	if p := x.Places[id]; p != nil {
		return p.Name
	}
	return ""
}

// Gunshot reports whether the act's harm came from live ammunition, which
// is what the analyses count as gunshot casualties.
func Gunshot(a *rastro.Act) bool { return a.Munition == rastro.MunitionLive }

// Harm reports whether the act is a death or an injury, the acts the
// use-of-force analyses look at.
func Harm(a *rastro.Act) bool { return a.Type == rastro.ActKilled || a.Type == rastro.ActInjured }

// Ref points at a record: the investigator follows it to the evidence.
type Ref struct {
	Type string `json:"type"` // "act", "incident", "discharge", …
	ID   int64  `json:"id"`
}

// CitationsFor returns the citations of an assertion that support one of the
// named fields, or the whole record ("" field).
func CitationsFor(a rastro.Assertion, fields ...string) []rastro.Citation {
	var out []rastro.Citation
	for _, c := range a.Citations {
		if c.Field == "" {
			out = append(out, c)
			continue
		}
		for _, f := range fields {
			if c.Field == f {
				out = append(out, c)
				break
			}
		}
	}
	return out
}
