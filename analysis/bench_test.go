package analysis_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/command"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/patterns"
	"github.com/rastro-project/rastro/reconcile"
)

func TestIndex(t *testing.T) {
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	x := analysis.NewIndex(b)
	var n int
	for _, acts := range x.ActsOf {
		n += len(acts)
		for i := 1; i < len(acts); i++ {
			if acts[i-1].ID >= acts[i].ID {
				t.Fatal("acts of an incident out of order")
			}
		}
	}
	if n != len(b.Acts) || len(x.DischargesOf[5]) != 2 || len(x.DeployedTo[5]) != 1 {
		t.Errorf("index: %d acts, %d Juliaca discharges, %d deployments to Juliaca", n, len(x.DischargesOf[5]), len(x.DeployedTo[5]))
	}
	if d := x.ActDay(b.Acts[0]); d != rastro.MustDate("2022-12-11") {
		t.Errorf("act day %s", d)
	}
	// Excludes agrees with Covers wherever it excludes.
	day := rastro.MustDate("2023-01-09")
	for _, r := range []rastro.DateRange{
		{Start: rastro.MustDate("2023-01-10"), StartExact: true, Open: true},
		{Start: rastro.MustDate("2023-01-10"), Open: true},
		{Start: rastro.MustDate("2023-01"), StartExact: true, Open: true},
		{Start: rastro.MustDate("2022-01-01"), StartExact: true, End: rastro.MustDate("2023-01-08"), EndExact: true},
		{Start: rastro.MustDate("2022-01-01"), StartExact: true, End: rastro.MustDate("2023-01-09"), EndExact: true},
	} {
		if analysis.Excludes(r, day) && r.Covers(day.First()) != rastro.Outside {
			t.Errorf("Excludes(%+v) but Covers says %v", r, r.Covers(day.First()))
		}
	}
	if !analysis.Excludes(rastro.DateRange{Start: day, StartExact: true, End: day, EndExact: true}, rastro.MustDate("2023-01-10")) {
		t.Error("a one-day range should exclude the next day")
	}
	cs := analysis.CitationsFor(b.Acts[0].Assertion, "munition")
	if len(cs) != 1 || cs[0].Field != "munition" {
		t.Errorf("citations for munition: %+v", cs)
	}
}

// generate builds a bundle of n incidents with actsPer acts each on the
// demo's places, units and chains, with random harm details.
func generate(n, actsPer int) *rastro.Bundle {
	base, _ := demo.Bundle()
	rng := rand.New(rand.NewPCG(1, 2))
	b := &rastro.Bundle{
		Sources: base.Sources, Places: base.Places, Units: base.Units, UnitRelations: base.UnitRelations,
		Postings: base.Postings, Persons: append([]*rastro.Person(nil), base.Persons...),
	}
	munitions := []rastro.Munition{rastro.MunitionLive, rastro.MunitionLive, rastro.MunitionPellets, rastro.MunitionRubber, rastro.MunitionTearGas, rastro.MunitionBlunt, rastro.MunitionUnknown}
	regions := []rastro.BodyRegion{rastro.RegionHead, rastro.RegionNeck, rastro.RegionChest, rastro.RegionAbdomen, rastro.RegionBack, rastro.RegionUpperLimb, rastro.RegionLowerLimb}
	activities := []rastro.Activity{rastro.ActivityProtesting, rastro.ActivityObserving, rastro.ActivityPassingBy, rastro.ActivityFleeing, rastro.ActivityUnknown}
	tri := []rastro.Tri{rastro.No, rastro.No, rastro.Unknown, rastro.Yes}
	start := time.Date(2022, 12, 7, 0, 0, 0, 0, time.UTC)
	var actID, invID int64
	for i := 1; i <= n; i++ {
		place := base.Places[rng.IntN(len(base.Places))]
		day := rastro.DateOf(start.AddDate(0, 0, rng.IntN(90)))
		inc := &rastro.Incident{Record: rastro.Record{ID: int64(i), Version: 1}, Title: fmt.Sprintf("generated %d", i), PlaceID: place.ID,
			When: rastro.DateRange{Start: day, StartExact: true, End: day, EndExact: true}, WarningGiven: tri[rng.IntN(4)]}
		b.Incidents = append(b.Incidents, inc)
		unit := base.Units[rng.IntN(len(base.Units))]
		b.Deployments = append(b.Deployments, &rastro.Deployment{Record: rastro.Record{ID: int64(i)}, UnitID: unit.ID, PlaceID: place.ID, IncidentID: inc.ID,
			Period: rastro.DateRange{Start: day, StartExact: true, End: day, EndExact: true}})
		if rng.IntN(5) == 0 {
			b.Discharges = append(b.Discharges, &rastro.DischargeRecord{Record: rastro.Record{ID: int64(len(b.Discharges) + 1)}, UnitID: unit.ID,
				AgentLabel: "agent", Weapon: "AKM rifle", Calibre: "7.62 mm", Rounds: rng.IntN(10), Date: day, PlaceID: place.ID, IncidentID: inc.ID})
		}
		for j := 0; j < actsPer; j++ {
			actID++
			age := 14 + rng.IntN(60)
			victim := &rastro.Person{Record: rastro.Record{ID: int64(len(b.Persons) + 1)}, Name: "v", Age: &age,
				HomePlaceID: base.Places[rng.IntN(len(base.Places))].ID}
			if rng.IntN(3) > 0 {
				victim.Indigenous = "Quechua"
			}
			b.Persons = append(b.Persons, victim)
			a := &rastro.Act{Record: rastro.Record{ID: actID}, IncidentID: inc.ID, VictimID: victim.ID, Type: rastro.ActInjured,
				Munition: munitions[rng.IntN(len(munitions))], Activity: activities[rng.IntN(len(activities))],
				VictimThreat: tri[rng.IntN(4)], Distance: rastro.DistanceMedium, Calibre: "7.62 mm"}
			if rng.IntN(2) == 0 {
				a.Type = rastro.ActKilled
			}
			for k := rng.IntN(3); k > 0; k-- {
				a.WoundRegions = append(a.WoundRegions, regions[rng.IntN(len(regions))])
			}
			b.Acts = append(b.Acts, a)
			invID++
			b.Involvements = append(b.Involvements, &rastro.Involvement{Record: rastro.Record{ID: invID}, ActID: a.ID, UnitID: unit.ID, Role: rastro.RolePresent})
		}
	}
	return b
}

// peakHeap samples the live heap while f runs.
func peakHeap(f func()) uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	var mu sync.Mutex
	done := make(chan struct{})
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	go func() {
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				metrics.Read(sample)
				mu.Lock()
				peak = max(peak, sample[0].Value.Uint64())
				mu.Unlock()
			}
		}
	}()
	f()
	close(done)
	metrics.Read(sample)
	mu.Lock()
	defer mu.Unlock()
	return max(peak, sample[0].Value.Uint64())
}

// BenchmarkAnalysis runs every analysis (assessment, command chains of every
// incident, reconciliation, patterns) over 10,000 incidents and 50,000 acts.
func BenchmarkAnalysis(b *testing.B) {
	bundle := generate(10_000, 5)
	rules := assess.MustDefaultRules()
	poverty := func(string) (float64, bool) { return 40, true }
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	var peak uint64
	for i := 0; i < b.N; i++ {
		p := peakHeap(func() {
			rep, err := assess.Assess(bundle, rules, nil)
			if err != nil || rep.Cases != 50_000 {
				b.Fatalf("assessed %v: %v", rep, err)
			}
			x := analysis.NewIndex(bundle)
			for _, inc := range bundle.Incidents {
				if _, err := command.ForIncident(x, inc.ID); err != nil {
					b.Fatal(err)
				}
			}
			reconcile.Reconcile(bundle)
			patterns.Analyze(bundle, poverty)
		})
		peak = max(peak, p)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
