package transfer

import (
	"testing"
)

func TestRenumber(t *testing.T) {
	b := fixture()
	// Renumber is for case records added to a database (Append); decisions
	// and evidence load only into an empty one.
	b.AssessmentReviews, b.PersonMerges, b.LinkReviews, b.EvidenceItems, b.CustodyEntries = nil, nil, nil, nil, nil
	after := map[string]int64{"sources": 10, "places": 20, "persons": 30, "units": 40, "incidents": 50, "acts": 60,
		"claims": 70, "unit_relations": 80, "postings": 90, "involvements": 100, "deployments": 110, "discharges": 120}
	Renumber(b, after)
	if err := CheckBundle(b); err != nil {
		t.Fatalf("references broken: %v", err)
	}
	act := b.Acts[1] // was act 1 of incident 1, victim 1
	if act.ID != 61 || act.IncidentID != 51 || act.VictimID != 31 || act.Citations[0].SourceID != 11 || act.Citations[0].ID != 0 {
		t.Errorf("act: %+v", act)
	}
	if string(b.SourceContent[11]) != "test" || len(b.SourceContent) != 1 {
		t.Errorf("content: %v", b.SourceContent)
	}
	d := b.Discharges[0]
	if d.UnitID != 42 || d.AgentID != 32 || d.PlaceID != 21 || d.IncidentID != 51 || d.SourceID != 12 {
		t.Errorf("discharge: %+v", d)
	}
	if b.Incidents[0].PlaceID != 21 || b.Persons[0].HomePlaceID != 21 || b.UnitRelations[0].ParentID != 41 {
		t.Error("references not moved")
	}
	if b.Acts[0].VictimID != 0 {
		t.Error("an absent reference (0) was moved")
	}
}
