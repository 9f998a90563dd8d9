package transfer

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
)

// fixture returns a small bundle with every record type, its references
// intact and its lists deliberately out of ID order.
func fixture() *rastro.Bundle {
	t0 := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	rec := func(id int64) rastro.Record { return rastro.Record{ID: id, Version: 1, CreatedAt: t0, UpdatedAt: t0} }
	lat, lon := -15.4997, -70.1333
	age := 17
	cite := func() rastro.Assertion {
		return rastro.Assertion{Confidence: rastro.ConfidenceHigh, Status: rastro.StatusAccepted,
			Citations: []rastro.Citation{{ID: 1, SourceID: 1, Page: 2, Quote: "four rounds"}}}
	}
	return &rastro.Bundle{
		Format: rastro.BundleFormat, Version: rastro.BundleVersion,
		Meta: map[string]string{"name": "fixture", "synthetic": "true"},
		Sources: []*rastro.Source{
			{Record: rec(2), Kind: rastro.SourceOfficialRecord, Title: "Discharge report <2>", Published: rastro.MustDate("2023-01")},
			{Record: rec(1), Kind: rastro.SourceNews, Title: "A report", Publisher: "Example Daily", Published: rastro.MustDate("2023-05-25"),
				SHA256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Size: 4, Pages: []int{0, 10}},
		},
		SourceContent: map[int64][]byte{1: []byte("test")},
		Claims: []*rastro.Claim{{Record: rec(1), SourceID: 1, Kind: rastro.ClaimCount, Start: 0, End: 4, Text: "test",
			Summary: "a count", Status: rastro.ClaimPending, Data: json.RawMessage(`{ "n": 15, "b": [1, 2.50] }`)}},
		Places: []*rastro.Place{
			{Record: rec(1), Name: "Juliaca", Ubigeo: "211101", Country: "PE", Latitude: &lat, Longitude: &lon, GeoPrecision: 1},
			{Record: rec(2), Name: "Ayacucho"},
		},
		Persons: []*rastro.Person{
			{Record: rec(1), Assertion: cite(), Name: "Invented Victim", Aliases: []string{"IV"}, Sex: rastro.SexMale, Age: &age, Minor: rastro.Yes, HomePlaceID: 1},
			{Record: rec(2), Name: "unidentified agent 1"},
		},
		Units: []*rastro.Unit{
			{Record: rec(2), Name: "DIROES", Force: rastro.ForcePolice, Country: "PE"},
			{Record: rec(1), Name: "National Police", Force: rastro.ForcePolice, Country: "PE"},
		},
		UnitRelations: []*rastro.UnitRelation{{Record: rec(1), UnitID: 2, ParentID: 1, Kind: rastro.ChildOf,
			Period: rastro.DateRange{Start: rastro.MustDate("2020"), Open: true}}},
		Postings: []*rastro.Posting{{Record: rec(1), PersonID: 2, UnitID: 2, Role: rastro.PostMember,
			Period: rastro.DateRange{Start: rastro.MustDate("2022-12"), End: rastro.MustDate("2023-02")}}},
		Incidents: []*rastro.Incident{{Record: rec(1), Assertion: cite(), Title: "Juliaca, 9 January", When: rastro.DateRange{
			Start: rastro.MustDate("2023-01-09"), StartExact: true, End: rastro.MustDate("2023-01-09"), EndExact: true},
			PlaceID: 1, EventType: "Protests", SubEventType: "Excessive force against protesters", ReportedFatalities: 17,
			External: map[string]string{"z": "last", "a": "first"}}},
		Acts: []*rastro.Act{
			{Record: rec(2), IncidentID: 1, Type: rastro.ActInjured, Munition: rastro.MunitionPellets},
			{Record: rec(1), Assertion: cite(), IncidentID: 1, VictimID: 1, Type: rastro.ActKilled, Date: rastro.MustDate("2023-01-09"),
				WoundRegions: []rastro.BodyRegion{rastro.RegionChest}, WoundCount: 1, EntrySide: rastro.EntryBack,
				Munition: rastro.MunitionLive, Weapon: "AKM rifle", Calibre: "7.62 mm", Activity: rastro.ActivityHelping,
				VictimArmed: rastro.No, VictimThreat: rastro.No},
		},
		Involvements: []*rastro.Involvement{{Record: rec(1), ActID: 1, UnitID: 2, Role: rastro.RolePresent}},
		Deployments:  []*rastro.Deployment{{Record: rec(1), UnitID: 2, PlaceID: 1, IncidentID: 1, Period: rastro.DateRange{Start: rastro.MustDate("2023-01-05")}}},
		Discharges: []*rastro.DischargeRecord{{Record: rec(1), UnitID: 2, AgentID: 2, Weapon: "AKM rifle", Calibre: "7.62 mm",
			Rounds: 2, Date: rastro.MustDate("2023-01-09"), PlaceID: 1, IncidentID: 1, SourceID: 2}},
		AssessmentReviews: []*rastro.AssessmentReview{{ID: 1, ActID: 1, Decision: "override", Conclusion: "unlawful",
			Reviewer: "reviewer", Reason: "the autopsy shows a wound in the back", RulesVersion: "1", CreatedAt: t0}},
		PersonMerges: []*rastro.PersonMerge{{ID: 1, PersonA: 1, PersonB: 2, Weight: 11.5, Reason: "same name", By: "reviewer",
			CreatedAt: t0, UndoneAt: t0.Add(time.Hour), UndoneBy: "reviewer"}},
		LinkReviews: []*rastro.LinkReview{{ID: 1, PersonA: 1, PersonB: 2, Weight: 3.25, Probability: 0.6, Levels: "given=close",
			Status: "distinct", DecidedBy: "reviewer", DecidedAt: t0, CreatedAt: t0}},
		EvidenceItems: []*rastro.EvidenceItem{{Record: rec(1), SHA256: hex64("a"), Size: 4, OriginalName: "photo.jpg",
			MediaType: "image/jpeg", Metadata: rastro.MediaMetadata{Width: 2, Height: 2, PHashes: []string{"00ff00ff00ff00ff"}},
			Labels: []rastro.Label{rastro.LabelGraphicViolence}, ActID: 1, IncidentID: 1, CollectedAt: &t0}},
		CustodyEntries: []*rastro.CustodyEntry{
			{Seq: 2, ItemID: 1, ItemSHA256: hex64("a"), Action: rastro.CustodyViewed, Actor: "ana", Time: t0,
				Prev: hex64("1"), ItemPrev: hex64("1"), Hash: hex64("2"), Signature: "c2ln"},
			{Seq: 1, ItemID: 1, ItemSHA256: hex64("a"), Action: rastro.CustodyAcquired, Actor: "ana", Time: t0,
				Prev: hex64("0"), ItemPrev: hex64("0"), Hash: hex64("1"), Signature: "c2ln"},
		},
	}
}

// hex64 repeats a hex digit into a SHA-256-shaped string.
func hex64(d string) string { return strings.Repeat(d, 64) }
