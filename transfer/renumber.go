package transfer

import "github.com/rastro-project/rastro"

// recordLists maps the record type a claim names (Claim.RecordType) to its
// list in the bundle.
var recordLists = map[string]string{
	"source": "sources", "claim": "claims", "place": "places", "person": "persons", "unit": "units",
	"unit_relation": "unit_relations", "posting": "postings", "incident": "incidents", "act": "acts",
	"involvement": "involvements", "deployment": "deployments", "discharge": "discharges",
}

// Renumber moves the records of b past IDs already in use, so that b can be
// added to a database that holds other records: after maps a list name
// ("acts") to the highest ID its table holds, and every record's ID and
// every reference to it grows by that much. Citation IDs are cleared for the
// store to number. Reviews, merges, evidence and custody entries are not
// moved: they load only with a whole bundle into an empty database (a
// custody log cannot be spliced into another).
func Renumber(b *rastro.Bundle, after map[string]int64) {
	id := func(list string, v int64) int64 {
		if v == 0 {
			return 0
		}
		return v + after[list]
	}
	cites := func(a *rastro.Assertion) {
		for i := range a.Citations {
			a.Citations[i].ID = 0
			a.Citations[i].SourceID = id("sources", a.Citations[i].SourceID)
		}
	}
	for _, r := range b.Sources {
		r.ID = id("sources", r.ID)
	}
	if len(b.SourceContent) > 0 {
		content := make(map[int64][]byte, len(b.SourceContent))
		for k, v := range b.SourceContent {
			content[id("sources", k)] = v
		}
		b.SourceContent = content
	}
	for _, r := range b.Claims {
		r.ID, r.SourceID = id("claims", r.ID), id("sources", r.SourceID)
		if list, ok := recordLists[r.RecordType]; ok {
			r.RecordID = id(list, r.RecordID)
		}
	}
	for _, r := range b.Places {
		r.ID = id("places", r.ID)
		cites(&r.Assertion)
	}
	for _, r := range b.Persons {
		r.ID, r.HomePlaceID = id("persons", r.ID), id("places", r.HomePlaceID)
		cites(&r.Assertion)
	}
	for _, r := range b.Units {
		r.ID = id("units", r.ID)
		cites(&r.Assertion)
	}
	for _, r := range b.UnitRelations {
		r.ID, r.UnitID, r.ParentID = id("unit_relations", r.ID), id("units", r.UnitID), id("units", r.ParentID)
		cites(&r.Assertion)
	}
	for _, r := range b.Postings {
		r.ID, r.PersonID, r.UnitID = id("postings", r.ID), id("persons", r.PersonID), id("units", r.UnitID)
		cites(&r.Assertion)
	}
	for _, r := range b.Incidents {
		r.ID, r.PlaceID = id("incidents", r.ID), id("places", r.PlaceID)
		cites(&r.Assertion)
	}
	for _, r := range b.Acts {
		r.ID, r.IncidentID, r.VictimID = id("acts", r.ID), id("incidents", r.IncidentID), id("persons", r.VictimID)
		cites(&r.Assertion)
	}
	for _, r := range b.Involvements {
		r.ID, r.ActID = id("involvements", r.ID), id("acts", r.ActID)
		r.PersonID, r.UnitID = id("persons", r.PersonID), id("units", r.UnitID)
		cites(&r.Assertion)
	}
	for _, r := range b.Deployments {
		r.ID, r.UnitID = id("deployments", r.ID), id("units", r.UnitID)
		r.PlaceID, r.IncidentID = id("places", r.PlaceID), id("incidents", r.IncidentID)
		cites(&r.Assertion)
	}
	for _, r := range b.Discharges {
		r.ID, r.UnitID, r.AgentID = id("discharges", r.ID), id("units", r.UnitID), id("persons", r.AgentID)
		r.PlaceID, r.IncidentID, r.SourceID = id("places", r.PlaceID), id("incidents", r.IncidentID), id("sources", r.SourceID)
		cites(&r.Assertion)
	}
}
