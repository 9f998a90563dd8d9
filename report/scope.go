package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
)

// Scope is the part of a bundle a filter selects, indexed for the figures:
// the incidents, their acts, and the records those refer to. Its maps are
// those of the analysis index over the selected records (X), which the
// analyses read too: the records are indexed once per report.
type Scope struct {
	Incidents []*rastro.Incident // by ID
	Acts      []*rastro.Act      // by ID

	Incident map[int64]*rastro.Incident
	Act      map[int64]*rastro.Act
	Place    map[int64]*rastro.Place
	Person   map[int64]*rastro.Person
	Source   map[int64]*rastro.Source
	Unit     map[int64]*rastro.Unit
	// ActsOf lists each incident's acts in ID order.
	ActsOf map[int64][]*rastro.Act

	// X indexes the selected records: the incidents and acts above, the
	// involvements of those acts, the discharge records of those incidents
	// (and those tied to no incident that fall within the filter), and
	// every other record of the bundle, shared, not copied.
	X *analysis.Index

	short map[int64]string // Short's labels, made once by Select: read-only after
}

// Select applies the filter to the bundle. It returns an EINVALID error for
// a filter whose end precedes its start.
func Select(b *rastro.Bundle, f Filter) (*Scope, error) {
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Last().Before(f.From.First()) {
		return nil, rastro.Errorf(rastro.EINVALID, "filter: the end date %s is before the start date %s", f.To, f.From)
	}
	if f.Ubigeo != "" && strings.Trim(f.Ubigeo, "0123456789") != "" {
		return nil, rastro.Errorf(rastro.EINVALID, "filter: place %q is not a UBIGEO prefix (digits only)", f.Ubigeo)
	}
	var places map[int64]*rastro.Place // for a filter by place only
	if f.Ubigeo != "" {
		places = make(map[int64]*rastro.Place, len(b.Places))
		for _, p := range b.Places {
			places[p.ID] = p
		}
	}
	s := &Scope{}
	for _, inc := range b.Incidents {
		if selects(f, inc, places) {
			s.Incidents = append(s.Incidents, inc)
		}
	}
	if f.IncidentID != 0 && len(s.Incidents) == 0 {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "filter: no incident %d in the records selected", f.IncidentID)
	}
	sortByID(s.Incidents, func(inc *rastro.Incident) int64 { return inc.ID })
	sub := *b
	sub.Incidents = s.Incidents
	incidents := make(map[int64]bool, len(s.Incidents))
	for _, inc := range s.Incidents {
		incidents[inc.ID] = true
	}
	s.Acts = make([]*rastro.Act, 0, len(b.Acts))
	for _, a := range b.Acts {
		if incidents[a.IncidentID] {
			s.Acts = append(s.Acts, a)
		}
	}
	// With no filter and no act left out, the records tied to the acts are
	// the bundle's own; otherwise they are selected with them.
	if !f.IsZero() || len(s.Acts) != len(b.Acts) {
		acts := make(map[int64]bool, len(s.Acts))
		for _, a := range s.Acts {
			acts[a.ID] = true
		}
		sub.Involvements = nil
		for _, v := range b.Involvements {
			if acts[v.ActID] {
				sub.Involvements = append(sub.Involvements, v)
			}
		}
		sub.Discharges = nil
		for _, d := range b.Discharges {
			if incidents[d.IncidentID] || d.IncidentID == 0 && unattached(d, f, places) {
				sub.Discharges = append(sub.Discharges, d)
			}
		}
	}
	sortByID(s.Acts, func(a *rastro.Act) int64 { return a.ID })
	sub.Acts = s.Acts
	x := analysis.NewIndex(&sub)
	s.X = x
	s.Incident, s.Act, s.Place, s.Person, s.Source, s.Unit, s.ActsOf = x.Incidents, x.Acts, x.Places, x.Persons, x.Sources, x.Units, x.ActsOf
	s.short = make(map[int64]string, len(s.Incidents))
	for _, inc := range s.Incidents {
		s.short[inc.ID] = s.makeShort(inc)
	}
	return s, nil
}

// sortByID sorts records by ID unless they already are, as stores and
// generators give them.
func sortByID[T any](rs []T, id func(T) int64) {
	if !slices.IsSortedFunc(rs, func(p, q T) int { return cmp.Compare(id(p), id(q)) }) {
		slices.SortFunc(rs, func(p, q T) int { return cmp.Compare(id(p), id(q)) })
	}
}

func selects(f Filter, inc *rastro.Incident, places map[int64]*rastro.Place) bool {
	if f.IncidentID != 0 && inc.ID != f.IncidentID {
		return false
	}
	if f.Ubigeo != "" {
		p := places[inc.PlaceID]
		if p == nil || !strings.HasPrefix(p.Ubigeo, f.Ubigeo) {
			return false
		}
	}
	start, end := inc.When.Start.First(), inc.When.Start.Last()
	if !inc.When.End.IsZero() {
		end = inc.When.End.Last()
	}
	if !f.From.IsZero() && end.Before(f.From.First()) {
		return false
	}
	if !f.To.IsZero() && start.After(f.To.Last()) {
		return false
	}
	return true
}

// unattached reports whether a discharge record tied to no incident falls
// within the filter.
func unattached(d *rastro.DischargeRecord, f Filter, places map[int64]*rastro.Place) bool {
	if f.IncidentID != 0 {
		return false
	}
	if f.Ubigeo != "" {
		p := places[d.PlaceID]
		if p == nil || !strings.HasPrefix(p.Ubigeo, f.Ubigeo) {
			return false
		}
	}
	if !f.From.IsZero() && d.Date.Last().Before(f.From.First()) {
		return false
	}
	return f.To.IsZero() || !d.Date.First().After(f.To.Last())
}

// ActDate is the date an act happened: its own, or its incident's start.
func (s *Scope) ActDate(a *rastro.Act) rastro.Date {
	if !a.Date.IsZero() {
		return a.Date
	}
	if inc := s.Incident[a.IncidentID]; inc != nil {
		return inc.When.Start
	}
	return rastro.Date{}
}

// PlaceOf returns the place of an incident, or nil.
func (s *Scope) PlaceOf(inc *rastro.Incident) *rastro.Place { return s.Place[inc.PlaceID] }

// Short names an incident in tables, where full titles are too long: its
// record number, place and start date ("#3 Juliaca 2023-01-09").
func (s *Scope) Short(inc *rastro.Incident) string {
	if v, ok := s.short[inc.ID]; ok {
		return v
	}
	return s.makeShort(inc)
}

func (s *Scope) makeShort(inc *rastro.Incident) string {
	out := "#" + strconv.FormatInt(inc.ID, 10)
	if p := s.PlaceOf(inc); p != nil {
		out += " " + p.Name
	}
	return out + " " + inc.When.Start.String()
}
