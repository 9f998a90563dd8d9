// Package reporttest builds records for the report's tests and benchmarks: a
// small hand-made case file shaped like the demo, and large generated ones.
// All of it is synthetic.
package reporttest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/rastro-project/rastro/internal/shared"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/report"
)

var stamp = time.Date(2023, 6, 1, 12, 0, 0, 0, time.UTC)

func rec(id int64) rastro.Record {
	return rastro.Record{ID: id, Version: 1, CreatedAt: stamp, UpdatedAt: stamp}
}

func ptr[T any](v T) *T { return &v }

func cite(src int64, field, quote string) rastro.Assertion {
	return rastro.Assertion{Confidence: rastro.ConfidenceHigh, Status: rastro.StatusAccepted,
		Citations: []rastro.Citation{{SourceID: src, Field: field, Quote: quote}}}
}

// Sample returns a small synthetic case file: four incidents in Puno,
// Ayacucho, Apurímac and Lima, one place without coordinates and one with
// no code, 30 acts with wounds and munitions, sources and citations.
func Sample() *rastro.Bundle {
	b := &rastro.Bundle{Format: rastro.BundleFormat, Version: rastro.BundleVersion,
		Meta: map[string]string{"name": "Sample case file", "synthetic": "true"}}
	b.Sources = []*rastro.Source{
		{Record: rec(1), Kind: rastro.SourceNGOReport, Title: "Lethal repression report (sample)", Publisher: "Sample NGO", Published: rastro.MustDate("2023-05-25"), Language: "en",
			SHA256: "3f1e0c0b4b1a2d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e"},
		{Record: rec(2), Kind: rastro.SourceOfficialRecord, Title: "Police discharge log, Juliaca (sample)", Publisher: "PNP", Published: rastro.MustDate("2023-01-10")},
		{Record: rec(3), Kind: rastro.SourceNews, Title: "Clashes in Ayacucho <live>", Publisher: "Sample Daily", Published: rastro.MustDate("2022-12-16"), URL: "https://news.example/ayacucho"},
	}
	b.Places = []*rastro.Place{
		{Record: rec(1), Name: "Juliaca", Ubigeo: "211101", Country: "PE", Admin1: "PUNO", Latitude: ptr(-15.4997), Longitude: ptr(-70.1333), GeoPrecision: 1},
		{Record: rec(2), Name: "Huamanga", Ubigeo: "050101", Country: "PE", Admin1: "AYACUCHO", Latitude: ptr(-13.1588), Longitude: ptr(-74.2239), GeoPrecision: 1},
		{Record: rec(3), Name: "Andahuaylas", Ubigeo: "030201", Country: "PE"}, // no coordinates: drawn at the department's centre
		{Record: rec(4), Name: "Lima", Ubigeo: "150101", Country: "PE", Admin1: "LIMA", Latitude: ptr(-12.0464), Longitude: ptr(-77.0428), GeoPrecision: 1},
		{Record: rec(5), Name: "A road somewhere", Country: "PE"},
	}
	b.Persons = []*rastro.Person{
		{Record: rec(1), Name: "Victim One", Age: ptr(17)},
		{Record: rec(2), Name: "Victim Two", Protected: true},
		{Record: rec(3), Name: "Commander A"},
	}
	b.Units = []*rastro.Unit{{Record: rec(1), Name: "Sample Police Region", Force: rastro.ForcePolice}}
	b.Incidents = []*rastro.Incident{
		{Record: rec(1), Title: "Andahuaylas protest", When: rastro.DateRange{Start: rastro.MustDate("2022-12-11")}, PlaceID: 3, Assertion: cite(1, "", "")},
		{Record: rec(2), Title: "Ayacucho airport", When: rastro.DateRange{Start: rastro.MustDate("2022-12-15")}, PlaceID: 2, ReportedFatalities: 10, Assertion: cite(3, "", "")},
		{Record: rec(3), Title: "Juliaca airport", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}, PlaceID: 1, ReportedFatalities: 18, Assertion: cite(1, "", "")},
		{Record: rec(4), Title: "Lima march", When: rastro.DateRange{Start: rastro.MustDate("2023-01-19"), End: rastro.MustDate("2023-01-20")}, PlaceID: 4},
		{Record: rec(5), Title: "Road blockade", When: rastro.DateRange{Start: rastro.MustDate("2023-01")}, PlaceID: 5},
	}
	id := int64(0)
	add := func(inc int64, t rastro.ActType, m rastro.Munition, victim int64, act rastro.Activity, regions ...rastro.BodyRegion) {
		id++
		a := &rastro.Act{Record: rec(id), IncidentID: inc, Type: t, Munition: m, VictimID: victim, Activity: act, WoundRegions: regions}
		if m == rastro.MunitionLive {
			a.Calibre = "7.62 mm"
		}
		if id%3 == 0 {
			a.Assertion = cite(1, "type", "")
		}
		b.Acts = append(b.Acts, a)
	}
	add(1, rastro.ActKilled, rastro.MunitionLive, 0, rastro.ActivityProtesting, rastro.RegionChest)
	add(1, rastro.ActInjured, rastro.MunitionPellets, 0, rastro.ActivityProtesting, rastro.RegionUpperLimb)
	for i := 0; i < 6; i++ {
		add(2, rastro.ActKilled, rastro.MunitionLive, 0, rastro.ActivityProtesting, rastro.RegionHead)
	}
	add(2, rastro.ActKilled, rastro.MunitionLive, 1, rastro.ActivityPassingBy, rastro.RegionBack, rastro.RegionChest)
	add(2, rastro.ActInjured, rastro.MunitionRubber, 0, rastro.ActivityObserving, rastro.RegionLowerLimb)
	for i := 0; i < 10; i++ {
		add(3, rastro.ActKilled, rastro.MunitionLive, 0, rastro.ActivityProtesting, rastro.RegionChest, rastro.RegionAbdomen)
	}
	add(3, rastro.ActKilled, rastro.MunitionLive, 2, rastro.ActivityHelping, rastro.RegionNeck)
	for i := 0; i < 4; i++ {
		add(3, rastro.ActInjured, rastro.MunitionLive, 0, rastro.ActivityProtesting, rastro.RegionLowerLimb)
	}
	add(4, rastro.ActInjured, rastro.MunitionTearGas, 0, rastro.ActivityReporting, rastro.RegionHead)
	add(4, rastro.ActDetained, rastro.MunitionUnknown, 0, rastro.ActivityProtesting)
	add(4, rastro.ActInjured, rastro.MunitionPellets, 0, rastro.ActivityProtesting, rastro.RegionChest)
	add(5, rastro.ActInjured, rastro.MunitionBlunt, 0, rastro.ActivityUnknown)
	b.Discharges = []*rastro.DischargeRecord{
		{Record: rec(1), UnitID: 1, AgentLabel: "agent 1", Calibre: "7.62 mm", Rounds: 2, Date: rastro.MustDate("2023-01-09"), PlaceID: 1, IncidentID: 3, SourceID: 2},
		{Record: rec(2), UnitID: 1, AgentLabel: "agent 2", Calibre: "7.62 mm", Rounds: 2, Date: rastro.MustDate("2023-01-09"), PlaceID: 1, IncidentID: 3, SourceID: 2},
	}
	return b
}

// Generate returns a synthetic case file of n incidents with acts acts in
// all (each with a victim), spread over 400 places in seven departments and
// over a year, with a hierarchy of units and their commanders, involvements
// of a third of the acts and discharge records for a fifth of the incidents;
// reproducible for a seed.
func Generate(n, acts int, seed uint64) *rastro.Bundle {
	r := rand.New(rand.NewPCG(seed, 1))
	b := &rastro.Bundle{Format: rastro.BundleFormat, Version: rastro.BundleVersion,
		Meta: map[string]string{"name": fmt.Sprintf("Generated: %d incidents, %d acts", n, acts), "synthetic": "true"}}
	depts := []struct {
		code, name string
		lat, lon   float64
	}{{"21", "PUNO", -15.84, -70.02}, {"05", "AYACUCHO", -13.16, -74.22}, {"03", "APURIMAC", -13.63, -72.88},
		{"15", "LIMA", -12.05, -77.04}, {"08", "CUSCO", -13.53, -71.97}, {"04", "AREQUIPA", -16.40, -71.54}, {"12", "JUNIN", -12.07, -75.21}}
	const places, sources = 400, 20
	for i := 1; i <= places; i++ {
		d := depts[r.IntN(len(depts))]
		b.Places = append(b.Places, &rastro.Place{Record: rec(int64(i)), Name: fmt.Sprintf("Place %d", i),
			Ubigeo: fmt.Sprintf("%s%02d%02d", d.code, 1+i%9, 1+i%40), Admin1: d.name, Country: "PE",
			Latitude: ptr(d.lat + r.Float64() - 0.5), Longitude: ptr(d.lon + r.Float64() - 0.5)})
	}
	for i := 1; i <= sources; i++ {
		b.Sources = append(b.Sources, &rastro.Source{Record: rec(int64(i)), Kind: rastro.SourceNews, Title: fmt.Sprintf("Source %d", i)})
	}
	// Units: a ministry, a national command, one regional command per
	// department and three units under each; a commander for each.
	always := rastro.DateRange{Start: rastro.MustDate("2020-01-01"), StartExact: true, Open: true}
	unit := func(name string, parent int64) int64 {
		id := int64(len(b.Units) + 1)
		b.Units = append(b.Units, &rastro.Unit{Record: rec(id), Name: name, Force: rastro.ForcePolice})
		if parent != 0 {
			b.UnitRelations = append(b.UnitRelations, &rastro.UnitRelation{Record: rec(int64(len(b.UnitRelations) + 1)),
				UnitID: id, ParentID: parent, Kind: rastro.ChildOf, Period: always})
		}
		person := int64(len(b.Persons) + 1)
		b.Persons = append(b.Persons, &rastro.Person{Record: rec(person), Name: "Commander of " + name})
		b.Postings = append(b.Postings, &rastro.Posting{Record: rec(int64(len(b.Postings) + 1)), PersonID: person, UnitID: id,
			Role: rastro.PostCommander, Rank: "General", Period: always})
		return id
	}
	ministry := unit("Ministry", 0)
	national := unit("National command", ministry)
	var field []int64
	for _, d := range depts {
		region := unit("Region "+d.name, national)
		for k := 1; k <= 3; k++ {
			field = append(field, unit(fmt.Sprintf("Unit %d %s", k, d.name), region))
		}
	}
	start := time.Date(2022, 12, 1, 0, 0, 0, 0, time.UTC)
	for i := 1; i <= n; i++ {
		inc := &rastro.Incident{Record: rec(int64(i)), Title: fmt.Sprintf("Incident %d", i),
			When: rastro.DateRange{Start: rastro.DateOf(start.AddDate(0, 0, r.IntN(365)))}, PlaceID: int64(1 + r.IntN(places)),
			WarningGiven: []rastro.Tri{rastro.Unknown, rastro.Yes, rastro.No}[r.IntN(3)],
			Assertion:    cite(int64(1+r.IntN(sources)), "", "")}
		b.Incidents = append(b.Incidents, inc)
		if i%5 == 0 {
			b.Discharges = append(b.Discharges, &rastro.DischargeRecord{Record: rec(int64(len(b.Discharges) + 1)),
				UnitID: field[r.IntN(len(field))], AgentLabel: "agent", Calibre: "7.62 mm", Weapon: "rifle", Rounds: r.IntN(6),
				Date: inc.When.Start, PlaceID: inc.PlaceID, IncidentID: inc.ID})
		}
	}
	types := []rastro.ActType{rastro.ActKilled, rastro.ActInjured, rastro.ActInjured, rastro.ActInjured, rastro.ActDetained}
	munitions := []rastro.Munition{rastro.MunitionLive, rastro.MunitionPellets, rastro.MunitionRubber, rastro.MunitionTearGas, rastro.MunitionUnknown}
	regions := []rastro.BodyRegion{rastro.RegionHead, rastro.RegionNeck, rastro.RegionChest, rastro.RegionAbdomen, rastro.RegionBack, rastro.RegionUpperLimb, rastro.RegionLowerLimb}
	activities := []rastro.Activity{rastro.ActivityProtesting, rastro.ActivityProtesting, rastro.ActivityPassingBy, rastro.ActivityHelping, rastro.ActivityUnknown}
	for i := 1; i <= acts; i++ {
		victim := int64(len(b.Persons) + 1)
		b.Persons = append(b.Persons, &rastro.Person{Record: rec(victim), Name: fmt.Sprintf("Victim %d", i), Age: ptr(14 + r.IntN(50)),
			HomePlaceID: int64(1 + r.IntN(places))})
		a := &rastro.Act{Record: rec(int64(i)), IncidentID: int64(1 + r.IntN(n)), VictimID: victim, Type: types[r.IntN(len(types))],
			Munition: munitions[r.IntN(len(munitions))], Activity: activities[r.IntN(len(activities))],
			VictimArmed:  []rastro.Tri{rastro.Unknown, rastro.No}[r.IntN(2)],
			WoundRegions: []rastro.BodyRegion{regions[r.IntN(len(regions))]}, Assertion: cite(int64(1+r.IntN(sources)), "type", "")}
		b.Acts = append(b.Acts, a)
		if i%3 == 0 {
			b.Involvements = append(b.Involvements, &rastro.Involvement{Record: rec(int64(len(b.Involvements) + 1)), ActID: a.ID,
				UnitID: field[r.IntN(len(field))], Role: rastro.RolePresent})
		}
	}
	return b
}

// Departments reads the department boundaries from the shared data.
func Departments() ([]report.Department, error) {
	dir, err := shared.Dir()
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(dir, "data", "peru", "peru_departamental_simple.geojson"))
	if err != nil {
		return nil, fmt.Errorf("department boundaries: %w", err)
	}
	return report.ParseDepartments(data)
}
