package report

import (
	"sort"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// Scope is the part of a bundle a filter selects, indexed for the figures:
// the incidents, their acts, and the records those refer to.
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

	short map[int64]string // Short's labels, made once by Select: read-only after
}

// Select applies the filter to the bundle. It returns an EINVALID error for
// a filter whose end precedes its start.
func Select(b *rastro.Bundle, f Filter) (*Scope, error) {
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Last().Before(f.From.First()) {
		return nil, rastro.Errorf(rastro.EINVALID, "filter: --to %s is before --from %s", f.To, f.From)
	}
	if f.Ubigeo != "" && strings.Trim(f.Ubigeo, "0123456789") != "" {
		return nil, rastro.Errorf(rastro.EINVALID, "filter: place %q is not a UBIGEO prefix (digits only)", f.Ubigeo)
	}
	s := &Scope{
		Incident: map[int64]*rastro.Incident{},
		Act:      map[int64]*rastro.Act{},
		Place:    make(map[int64]*rastro.Place, len(b.Places)),
		Person:   make(map[int64]*rastro.Person, len(b.Persons)),
		Source:   make(map[int64]*rastro.Source, len(b.Sources)),
		Unit:     make(map[int64]*rastro.Unit, len(b.Units)),
		ActsOf:   map[int64][]*rastro.Act{},
	}
	for _, p := range b.Places {
		s.Place[p.ID] = p
	}
	for _, p := range b.Persons {
		s.Person[p.ID] = p
	}
	for _, src := range b.Sources {
		s.Source[src.ID] = src
	}
	for _, u := range b.Units {
		s.Unit[u.ID] = u
	}
	for _, inc := range b.Incidents {
		if s.selects(f, inc) {
			s.Incidents = append(s.Incidents, inc)
			s.Incident[inc.ID] = inc
		}
	}
	if f.IncidentID != 0 && len(s.Incidents) == 0 {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "filter: no incident %d in the records selected", f.IncidentID)
	}
	for _, a := range b.Acts {
		if s.Incident[a.IncidentID] != nil {
			s.Acts = append(s.Acts, a)
			s.Act[a.ID] = a
			s.ActsOf[a.IncidentID] = append(s.ActsOf[a.IncidentID], a)
		}
	}
	sort.Slice(s.Incidents, func(i, j int) bool { return s.Incidents[i].ID < s.Incidents[j].ID })
	s.short = make(map[int64]string, len(s.Incidents))
	for _, inc := range s.Incidents {
		s.short[inc.ID] = s.makeShort(inc)
	}
	sort.Slice(s.Acts, func(i, j int) bool { return s.Acts[i].ID < s.Acts[j].ID })
	return s, nil
}

func (s *Scope) selects(f Filter, inc *rastro.Incident) bool {
	if f.IncidentID != 0 && inc.ID != f.IncidentID {
		return false
	}
	if f.Ubigeo != "" {
		p := s.Place[inc.PlaceID]
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
