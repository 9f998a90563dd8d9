package transfer

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/rastro-project/rastro"
)

// CheckBundle checks a bundle before it is imported: every record valid, IDs
// positive and unique within their type, versions from 1, and every
// reference (an act's incident, a citation's source…) to a record the bundle
// holds. The error names the record ("acts[12] (id 13).incident_id").
func CheckBundle(b *rastro.Bundle) error {
	c := checker{}
	sources := ids(&c, "sources", b.Sources)
	ids(&c, "claims", b.Claims)
	places := ids(&c, "places", b.Places)
	persons := ids(&c, "persons", b.Persons)
	units := ids(&c, "units", b.Units)
	ids(&c, "unit_relations", b.UnitRelations)
	ids(&c, "postings", b.Postings)
	incidents := ids(&c, "incidents", b.Incidents)
	acts := ids(&c, "acts", b.Acts)
	ids(&c, "involvements", b.Involvements)
	ids(&c, "deployments", b.Deployments)
	ids(&c, "discharges", b.Discharges)
	ids(&c, "assessment_reviews", b.AssessmentReviews)
	merges := ids(&c, "person_merges", b.PersonMerges)
	ids(&c, "link_reviews", b.LinkReviews)
	items := ids(&c, "evidence_items", b.EvidenceItems)
	ids(&c, "custody_entries", b.CustodyEntries)
	if c.err != nil {
		return c.err
	}
	c.sources = sources
	for id := range b.SourceContent {
		if !sources[id] {
			return rastro.Errorf(rastro.EINVALID, "source_content[%d]: no source has ID %d", id, id)
		}
	}
	src := ref{"source", sources}
	for i, r := range b.Claims {
		c.refs("claims", i, r.ID, nil, field{"source_id", r.SourceID, src})
	}
	for i, r := range b.Places {
		c.refs("places", i, r.ID, r.Citations)
	}
	for i, r := range b.Persons {
		c.refs("persons", i, r.ID, r.Citations, field{"home_place_id", r.HomePlaceID, ref{"place", places}})
	}
	for i, r := range b.Units {
		c.refs("units", i, r.ID, r.Citations)
	}
	for i, r := range b.UnitRelations {
		c.refs("unit_relations", i, r.ID, r.Citations,
			field{"unit_id", r.UnitID, ref{"unit", units}}, field{"parent_id", r.ParentID, ref{"unit", units}})
	}
	for i, r := range b.Postings {
		c.refs("postings", i, r.ID, r.Citations,
			field{"person_id", r.PersonID, ref{"person", persons}}, field{"unit_id", r.UnitID, ref{"unit", units}})
	}
	for i, r := range b.Incidents {
		c.refs("incidents", i, r.ID, r.Citations, field{"place_id", r.PlaceID, ref{"place", places}})
	}
	for i, r := range b.Acts {
		c.refs("acts", i, r.ID, r.Citations,
			field{"incident_id", r.IncidentID, ref{"incident", incidents}}, field{"victim_id", r.VictimID, ref{"person", persons}})
	}
	for i, r := range b.Involvements {
		c.refs("involvements", i, r.ID, r.Citations, field{"act_id", r.ActID, ref{"act", acts}},
			field{"person_id", r.PersonID, ref{"person", persons}}, field{"unit_id", r.UnitID, ref{"unit", units}})
	}
	for i, r := range b.Deployments {
		c.refs("deployments", i, r.ID, r.Citations, field{"unit_id", r.UnitID, ref{"unit", units}},
			field{"place_id", r.PlaceID, ref{"place", places}}, field{"incident_id", r.IncidentID, ref{"incident", incidents}})
	}
	for i, r := range b.Discharges {
		c.refs("discharges", i, r.ID, r.Citations, field{"unit_id", r.UnitID, ref{"unit", units}},
			field{"agent_id", r.AgentID, ref{"person", persons}}, field{"place_id", r.PlaceID, ref{"place", places}},
			field{"incident_id", r.IncidentID, ref{"incident", incidents}}, field{"source_id", r.SourceID, src})
	}
	checkDecisions(&c, b, acts, persons, merges)
	for i, r := range b.EvidenceItems {
		c.refs("evidence_items", i, r.ID, nil, field{"incident_id", r.IncidentID, ref{"incident", incidents}},
			field{"act_id", r.ActID, ref{"act", acts}}, field{"person_id", r.PersonID, ref{"person", persons}},
			field{"derived_from", r.DerivedFrom, ref{"evidence item", items}})
	}
	for i, r := range b.CustodyEntries {
		c.refs("custody_entries", i, r.Seq, nil, field{"item_id", r.ItemID, ref{"evidence item", items}})
	}
	return c.err
}

// checkDecisions checks what reviewers and record linkage decided.
func checkDecisions(c *checker, b *rastro.Bundle, acts, persons, merges map[int64]bool) {
	person := ref{"person", persons}
	for i, r := range b.AssessmentReviews {
		c.refs("assessment_reviews", i, r.ID, nil, field{"act_id", r.ActID, ref{"act", acts}})
	}
	for i, r := range b.PersonMerges {
		c.refs("person_merges", i, r.ID, nil, field{"person_a", r.PersonA, person}, field{"person_b", r.PersonB, person})
	}
	for i, r := range b.LinkReviews {
		c.refs("link_reviews", i, r.ID, nil, field{"person_a", r.PersonA, person}, field{"person_b", r.PersonB, person},
			field{"merge_id", r.MergeID, ref{"person merge", merges}})
	}
}

type checker struct {
	err     error
	sources map[int64]bool
}

type ref struct {
	what string
	ids  map[int64]bool
}

type field struct {
	name string
	id   int64
	to   ref
}

// ids validates a list of records and collects their IDs; the first problem
// is kept in c.err.
func ids[T any](c *checker, list string, records []*T) map[int64]bool {
	seen := make(map[int64]bool, len(records))
	for i, r := range records {
		if c.err != nil {
			return seen
		}
		if r == nil {
			c.err = rastro.Errorf(rastro.EINVALID, "%s[%d]: null instead of a record", list, i)
			return seen
		}
		id, key := recordKey(r), keyName(r)
		where := fmt.Sprintf("%s[%d] (%s %d)", list, i, key, id)
		rec, isRecord := record(r)
		switch {
		case id <= 0:
			c.err = rastro.Errorf(rastro.EINVALID, "%s[%d].%s: want a positive %s, got %d", list, i, key, strings.ToUpper(key), id)
		case seen[id]:
			c.err = rastro.Errorf(rastro.EINVALID, "%s: %s %d appears twice", where, strings.ToUpper(key), id)
		case isRecord && rec.Version < 1:
			c.err = rastro.Errorf(rastro.EINVALID, "%s.version: want 1 or more, got %d", where, rec.Version)
		}
		if v, ok := any(r).(interface{ Validate() error }); ok && c.err == nil {
			if err := v.Validate(); err != nil {
				c.err = rastro.Errorf(rastro.EINVALID, "%s: %s", where, rastro.ErrorMessage(err))
			}
		}
		seen[id] = true
	}
	return seen
}

// refs checks the references of one record: optional ID fields (0 means
// none) and the sources its citations name.
func (c *checker) refs(list string, i int, id int64, cites []rastro.Citation, fields ...field) {
	if c.err != nil {
		return
	}
	key := "id"
	if list == "custody_entries" {
		key = "seq"
	}
	where := fmt.Sprintf("%s[%d] (%s %d)", list, i, key, id)
	for _, f := range fields {
		if f.id != 0 && !f.to.ids[f.id] {
			c.err = rastro.Errorf(rastro.EINVALID, "%s.%s: no %s has ID %d", where, f.name, f.to.what, f.id)
			return
		}
	}
	for j, ct := range cites {
		if !c.sources[ct.SourceID] {
			c.err = rastro.Errorf(rastro.EINVALID, "%s.citations[%d].source_id: no source has ID %d", where, j, ct.SourceID)
			return
		}
	}
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
