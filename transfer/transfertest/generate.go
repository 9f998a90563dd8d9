// Package transfertest generates large, valid bundles for benchmarks of
// import and export.
package transfertest

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/rastro-project/rastro"
)

// Acts returns the number of acts a benchmark should generate: n, or
// RASTRO_BENCH_ACTS when set (e.g. 1000000 for the figure), so
// `go test -bench` stays quick by default.
func Acts(n int) int {
	if v, err := strconv.Atoi(os.Getenv("RASTRO_BENCH_ACTS")); err == nil && v > 0 {
		return v
	}
	return n
}

// Bundle returns a synthetic bundle with nActs acts: one source, a place and
// an incident for every 50 acts, a victim for each act, every act citing the
// source. The records are what a real case file holds, not empty shells.
func Bundle(nActs int) *rastro.Bundle {
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	rec := func(id int) rastro.Record {
		return rastro.Record{ID: int64(id), Version: 1, CreatedAt: t0, UpdatedAt: t0}
	}
	b := &rastro.Bundle{
		Format: rastro.BundleFormat, Version: rastro.BundleVersion,
		Meta:    map[string]string{"name": "generated", "synthetic": "true"},
		Sources: []*rastro.Source{{Record: rec(1), Kind: rastro.SourceOfficialRecord, Title: "Generated register (SYNTHETIC)"}},
	}
	nIncidents := (nActs + 49) / 50
	start := rastro.MustDate("2022-12-07").First()
	for i := 1; i <= nIncidents; i++ {
		lat, lon := -15.5+float64(i%100)/1000, -70.1-float64(i%70)/1000
		b.Places = append(b.Places, &rastro.Place{Record: rec(i), Name: fmt.Sprintf("Place %d", i), Country: "PE",
			Latitude: &lat, Longitude: &lon, GeoPrecision: 1})
		day := rastro.DateOf(start.AddDate(0, 0, i%60))
		b.Incidents = append(b.Incidents, &rastro.Incident{Record: rec(i), Title: fmt.Sprintf("Generated incident %d (SYNTHETIC)", i),
			When: rastro.DateRange{Start: day, StartExact: true, End: day, EndExact: true}, PlaceID: int64(i),
			EventType: "Protests", SubEventType: "Excessive force against protesters"})
	}
	types := []rastro.ActType{rastro.ActKilled, rastro.ActInjured}
	regions := []rastro.BodyRegion{rastro.RegionHead, rastro.RegionChest, rastro.RegionLowerLimb, rastro.RegionAbdomen}
	for i := 1; i <= nActs; i++ {
		age := 16 + i%50
		b.Persons = append(b.Persons, &rastro.Person{Record: rec(i), Name: fmt.Sprintf("Generated person %d", i), Age: &age,
			Sex: rastro.SexMale, Occupation: "farmer"})
		b.Acts = append(b.Acts, &rastro.Act{Record: rec(i),
			Assertion:  rastro.Assertion{Confidence: rastro.ConfidenceMedium, Citations: []rastro.Citation{{SourceID: 1, Page: 1 + i%40}}},
			IncidentID: int64(1 + (i-1)/50), VictimID: int64(i), Type: types[i%2],
			WoundRegions: []rastro.BodyRegion{regions[i%4]}, WoundCount: 1, Munition: rastro.MunitionLive,
			Activity: rastro.ActivityProtesting, VictimThreat: rastro.No, Description: "Generated act for benchmarks."})
	}
	return b
}
