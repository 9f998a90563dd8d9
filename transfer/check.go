package transfer

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/idset"
)

// CheckBundle checks a bundle before it is imported: every record valid, IDs
// positive and unique within their type, versions from 1, and every
// reference (an act's incident, a citation's source…) to a record the bundle
// holds. The error names the record ("acts[12] (id 13).incident_id").
func CheckBundle(b *rastro.Bundle) error {
	c := newChecker()
	lists := listsOf(b)
	for _, l := range lists {
		for i, r := range l.records {
			if err := c.add(l.name, i, r); err != nil {
				return err
			}
		}
	}
	for id := range b.SourceContent {
		if !c.ids["sources"].Has(id) {
			return rastro.Errorf(rastro.EINVALID, "source_content[%d]: no source has ID %d", id, id)
		}
	}
	c.final = true
	for _, l := range lists {
		for i, r := range l.records {
			if _, err := c.refs(l.name, i, r); err != nil {
				return err
			}
		}
	}
	return nil
}

type namedList struct {
	name    string
	records []any
}

// listsOf returns the bundle's record lists in the order they are written.
func listsOf(b *rastro.Bundle) []namedList {
	return []namedList{
		{"sources", anys(b.Sources)}, {"claims", anys(b.Claims)}, {"places", anys(b.Places)}, {"persons", anys(b.Persons)},
		{"units", anys(b.Units)}, {"unit_relations", anys(b.UnitRelations)}, {"postings", anys(b.Postings)},
		{"incidents", anys(b.Incidents)}, {"acts", anys(b.Acts)}, {"involvements", anys(b.Involvements)},
		{"deployments", anys(b.Deployments)}, {"discharges", anys(b.Discharges)}, {"assessment_reviews", anys(b.AssessmentReviews)},
		{"person_merges", anys(b.PersonMerges)}, {"link_reviews", anys(b.LinkReviews)}, {"evidence_items", anys(b.EvidenceItems)},
		{"custody_entries", anys(b.CustodyEntries)},
	}
}

func anys[T any](rs []*T) []any {
	out := make([]any, len(rs))
	for i, r := range rs {
		if r != nil {
			out[i] = r
		}
	}
	return out
}

// link is one reference a record makes: a field holding an ID (0 for none)
// of a record in another list (or its own).
type link struct {
	field string
	id    int64
	list  string
}

// nouns name a list's records in messages.
var nouns = map[string]string{"sources": "source", "places": "place", "persons": "person", "units": "unit",
	"incidents": "incident", "acts": "act", "person_merges": "person merge", "evidence_items": "evidence item"}

// links returns the references of a record and its citations.
func links(r any) ([]link, []rastro.Citation) {
	switch r := r.(type) {
	case *rastro.Claim:
		return []link{{"source_id", r.SourceID, "sources"}}, nil
	case *rastro.Place:
		return nil, r.Citations
	case *rastro.Person:
		return []link{{"home_place_id", r.HomePlaceID, "places"}}, r.Citations
	case *rastro.Unit:
		return nil, r.Citations
	case *rastro.UnitRelation:
		return []link{{"unit_id", r.UnitID, "units"}, {"parent_id", r.ParentID, "units"}}, r.Citations
	case *rastro.Posting:
		return []link{{"person_id", r.PersonID, "persons"}, {"unit_id", r.UnitID, "units"}}, r.Citations
	case *rastro.Incident:
		return []link{{"place_id", r.PlaceID, "places"}}, r.Citations
	case *rastro.Act:
		return []link{{"incident_id", r.IncidentID, "incidents"}, {"victim_id", r.VictimID, "persons"}}, r.Citations
	case *rastro.Involvement:
		return []link{{"act_id", r.ActID, "acts"}, {"person_id", r.PersonID, "persons"}, {"unit_id", r.UnitID, "units"}}, r.Citations
	case *rastro.Deployment:
		return []link{{"unit_id", r.UnitID, "units"}, {"place_id", r.PlaceID, "places"}, {"incident_id", r.IncidentID, "incidents"}}, r.Citations
	case *rastro.DischargeRecord:
		return []link{{"unit_id", r.UnitID, "units"}, {"agent_id", r.AgentID, "persons"}, {"place_id", r.PlaceID, "places"},
			{"incident_id", r.IncidentID, "incidents"}, {"source_id", r.SourceID, "sources"}}, r.Citations
	case *rastro.AssessmentReview:
		return []link{{"act_id", r.ActID, "acts"}}, nil
	case *rastro.PersonMerge:
		return []link{{"person_a", r.PersonA, "persons"}, {"person_b", r.PersonB, "persons"}}, nil
	case *rastro.LinkReview:
		return []link{{"person_a", r.PersonA, "persons"}, {"person_b", r.PersonB, "persons"}, {"merge_id", r.MergeID, "person_merges"}}, nil
	case *rastro.EvidenceItem:
		return []link{{"incident_id", r.IncidentID, "incidents"}, {"act_id", r.ActID, "acts"}, {"person_id", r.PersonID, "persons"},
			{"derived_from", r.DerivedFrom, "evidence_items"}}, nil
	case *rastro.CustodyEntry:
		return []link{{"item_id", r.ItemID, "evidence_items"}}, nil
	}
	return nil, nil
}

// checker checks records one at a time, keeping only the IDs of each list.
// A reader that writes records as it goes also marks the lists it has read
// to the end (done) and the records it holds back (held) until the ones
// they refer to are written.
type checker struct {
	ids   map[string]*idset.Set
	done  map[string]bool
	held  map[string]map[int64]struct{}
	final bool // every list is read: a reference not found is an error
	// validated: the reader has validated each record already (where
	// it knows the line).
	validated bool
}

func newChecker() *checker {
	return &checker{ids: map[string]*idset.Set{}, done: map[string]bool{}, held: map[string]map[int64]struct{}{}}
}

// add validates one record and adds its ID to its list's set.
func (c *checker) add(list string, i int, r any) error {
	if r == nil || reflect.ValueOf(r).IsNil() {
		return rastro.Errorf(rastro.EINVALID, "%s[%d]: null instead of a record", list, i)
	}
	id, key := recordKey(r), keyName(r)
	where := fmt.Sprintf("%s[%d] (%s %d)", list, i, key, id)
	rec, isRecord := record(r)
	set := c.ids[list]
	if set == nil {
		set = &idset.Set{}
		c.ids[list] = set
	}
	switch {
	case id <= 0:
		return rastro.Errorf(rastro.EINVALID, "%s[%d].%s: want a positive %s, got %d", list, i, key, strings.ToUpper(key), id)
	case !set.Add(id):
		return rastro.Errorf(rastro.EINVALID, "%s: %s %d appears twice", where, strings.ToUpper(key), id)
	case isRecord && rec.Version < 1:
		return rastro.Errorf(rastro.EINVALID, "%s.version: want 1 or more, got %d", where, rec.Version)
	}
	if v, ok := r.(interface{ Validate() error }); ok && !c.validated {
		if err := v.Validate(); err != nil {
			return rastro.Errorf(rastro.EINVALID, "%s: %s", where, rastro.ErrorMessage(err))
		}
	}
	return nil
}

// refs checks the references of one record. wait reports a reference to a
// record not written yet: one held back, or in a list not read to its end
// (it may come later in the file). Once the lists are read (final), a
// reference to a record the bundle lacks is an error.
func (c *checker) refs(list string, i int, r any) (wait bool, err error) {
	where := fmt.Sprintf("%s[%d] (%s %d)", list, i, keyName(r), recordKey(r))
	fields, cites := links(r)
	resolve := func(to string, id int64) (missing bool) {
		switch {
		case c.ids[to].Has(id):
			if _, ok := c.held[to][id]; ok {
				wait = true
			}
		case c.final || c.done[to]:
			return true
		default:
			wait = true
		}
		return false
	}
	for _, f := range fields {
		if f.id != 0 && resolve(f.list, f.id) {
			return false, rastro.Errorf(rastro.EINVALID, "%s.%s: no %s has ID %d", where, f.field, nouns[f.list], f.id)
		}
	}
	for j, ct := range cites {
		if resolve("sources", ct.SourceID) {
			return false, rastro.Errorf(rastro.EINVALID, "%s.citations[%d].source_id: no source has ID %d", where, j, ct.SourceID)
		}
	}
	return wait, nil
}

// record returns the rastro.Record a record type embeds; ok is false for
// the types that have none (reviews, merges, custody entries).
func record(r any) (rec rastro.Record, ok bool) {
	f := reflect.ValueOf(r).Elem().FieldByName("Record")
	if !f.IsValid() {
		return rastro.Record{}, false
	}
	return f.Interface().(rastro.Record), true
}

// recordKey is a record's ID, or a custody entry's Seq.
func recordKey(r any) int64 {
	if rec, ok := record(r); ok {
		return rec.ID
	}
	v := reflect.ValueOf(r).Elem()
	return v.FieldByName(keyField(r)).Int()
}

func keyField(r any) string {
	if _, ok := r.(*rastro.CustodyEntry); ok {
		return "Seq"
	}
	return "ID"
}

// keyName names the key in messages: "id", or "seq" for custody entries.
func keyName(r any) string { return strings.ToLower(keyField(r)) }
