// Package analysistest generates large, valid case files for benchmarks of
// the analyses: the demo's places, units, chains and officers, with
// generated incidents, victims, acts, involvements, deployments and
// discharge records (all SYNTHETIC).
package analysistest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/demo"
)

// Generate returns a bundle of n incidents with actsPer acts each, the same
// for the same arguments. Every record validates and every reference
// resolves, so the bundle can be imported.
func Generate(n, actsPer int) *rastro.Bundle {
	base, err := demo.Bundle()
	if err != nil {
		panic(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	rec := func(id int64) rastro.Record {
		return rastro.Record{ID: id, Version: 1, CreatedAt: demo.Created, UpdatedAt: demo.Created}
	}
	b := &rastro.Bundle{
		Format: rastro.BundleFormat, Version: rastro.BundleVersion,
		Meta:    map[string]string{"name": "generated benchmark case file (SYNTHETIC)", "synthetic": "true"},
		Sources: base.Sources, Claims: []*rastro.Claim{}, Places: base.Places, Units: base.Units,
		UnitRelations: base.UnitRelations, Postings: base.Postings,
	}
	victims := map[int64]bool{}
	for _, a := range base.Acts {
		victims[a.VictimID] = true
	}
	for _, p := range base.Persons {
		if !victims[p.ID] {
			b.Persons = append(b.Persons, p) // the officers
		}
	}
	// The officers keep their IDs; victims follow them. Citation IDs start
	// at 1,000,000, above the demo's.
	munitions := []rastro.Munition{rastro.MunitionLive, rastro.MunitionLive, rastro.MunitionPellets, rastro.MunitionRubber, rastro.MunitionTearGas, rastro.MunitionBlunt, rastro.MunitionUnknown}
	regions := []rastro.BodyRegion{rastro.RegionHead, rastro.RegionNeck, rastro.RegionChest, rastro.RegionAbdomen, rastro.RegionBack, rastro.RegionUpperLimb, rastro.RegionLowerLimb}
	activities := []rastro.Activity{rastro.ActivityProtesting, rastro.ActivityObserving, rastro.ActivityPassingBy, rastro.ActivityFleeing, rastro.ActivityUnknown}
	tri := []rastro.Tri{rastro.No, rastro.No, rastro.Unknown, rastro.Yes}
	start := time.Date(2022, 12, 7, 0, 0, 0, 0, time.UTC)
	source := base.Sources[0].ID
	nextPerson := int64(0)
	for _, p := range base.Persons {
		nextPerson = max(nextPerson, p.ID)
	}
	var actID, invID int64
	for i := 1; i <= n; i++ {
		place := base.Places[rng.IntN(len(base.Places))]
		day := rastro.DateOf(start.AddDate(0, 0, rng.IntN(90)))
		when := rastro.DateRange{Start: day, StartExact: true, End: day, EndExact: true}
		inc := &rastro.Incident{Record: rec(int64(i)), Title: fmt.Sprintf("SYNTHETIC generated incident %d", i), PlaceID: place.ID,
			When: when, EventType: "Protests", SubEventType: "Excessive force against protesters", WarningGiven: tri[rng.IntN(4)]}
		b.Incidents = append(b.Incidents, inc)
		unit := base.Units[rng.IntN(len(base.Units))]
		b.Deployments = append(b.Deployments, &rastro.Deployment{Record: rec(int64(i)), UnitID: unit.ID, PlaceID: place.ID, IncidentID: inc.ID, Period: when})
		if rng.IntN(5) == 0 {
			b.Discharges = append(b.Discharges, &rastro.DischargeRecord{Record: rec(int64(len(b.Discharges) + 1)), UnitID: unit.ID,
				AgentLabel: "agent", Weapon: "AKM rifle", Calibre: "7.62 mm", Rounds: rng.IntN(10), Date: day, PlaceID: place.ID, IncidentID: inc.ID})
		}
		for j := 0; j < actsPer; j++ {
			actID++
			nextPerson++
			age := 14 + rng.IntN(60)
			victim := &rastro.Person{Record: rec(nextPerson), Name: fmt.Sprintf("generated victim %d", nextPerson), Age: &age,
				HomePlaceID: base.Places[rng.IntN(len(base.Places))].ID, Protected: true}
			if rng.IntN(3) > 0 {
				victim.Indigenous = "Quechua"
			}
			b.Persons = append(b.Persons, victim)
			a := &rastro.Act{Record: rec(actID), IncidentID: inc.ID, VictimID: victim.ID, Type: rastro.ActInjured,
				Munition: munitions[rng.IntN(len(munitions))], Activity: activities[rng.IntN(len(activities))],
				VictimThreat: tri[rng.IntN(4)], Distance: rastro.DistanceMedium, Calibre: "7.62 mm",
				Assertion: rastro.Assertion{Confidence: rastro.ConfidenceMedium, Status: rastro.StatusAccepted,
					Citations: []rastro.Citation{{ID: 1_000_000 + actID, SourceID: source, Field: "munition", Paragraph: 1}}}}
			if rng.IntN(2) == 0 {
				a.Type = rastro.ActKilled
			}
			for k := rng.IntN(3); k > 0; k-- {
				a.WoundRegions = append(a.WoundRegions, regions[rng.IntN(len(regions))])
			}
			b.Acts = append(b.Acts, a)
			invID++
			b.Involvements = append(b.Involvements, &rastro.Involvement{Record: rec(invID), ActID: a.ID, UnitID: unit.ID, Role: rastro.RolePresent})
		}
	}
	return b
}
