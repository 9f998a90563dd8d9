package sqldb_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// Benchmarks only run under -bench; their inputs are generated here.
//
//	go test ./sqldb -run '^$' -bench Import -benchtime 1x            # 1,000,000 acts on SQLite
//	RASTRO_BENCH_ACTS=100000 go test ./sqldb -run '^$' -bench Import  # smaller
//	go test ./sqldb -run '^$' -bench ListIncidents                   # 100,000 incidents

// genBundle makes a synthetic bundle of nActs acts: one incident per ten
// acts, one victim per four acts, one citation per act, one involvement per
// ten acts.
func genBundle(nActs int) *rastro.Bundle {
	r := rand.New(rand.NewPCG(1, 2))
	t0 := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	rec := func(id int64) rastro.Record { return rastro.Record{ID: id, Version: 1, CreatedAt: t0, UpdatedAt: t0} }
	b := &rastro.Bundle{Format: rastro.BundleFormat, Version: rastro.BundleVersion, Meta: map[string]string{"synthetic": "true"}}
	for i := int64(1); i <= 10; i++ {
		b.Sources = append(b.Sources, &rastro.Source{Record: rec(i), Kind: rastro.SourceNews, Title: fmt.Sprintf("Report %d on the protests", i), Text: "Text of the report about Juliaca, Ayacucho and Andahuaylas."})
	}
	depts := []string{"03", "05", "21", "15", "08"}
	names := []string{"Andahuaylas", "Huamanga", "Juliaca", "Lima", "Cusco"}
	for i := int64(1); i <= 200; i++ {
		d := int(i) % len(depts)
		b.Places = append(b.Places, &rastro.Place{Record: rec(i), Name: fmt.Sprintf("%s %d", names[d], i), Ubigeo: fmt.Sprintf("%s%04d", depts[d], i), Country: "PE"})
	}
	for i := int64(1); i <= 100; i++ {
		b.Units = append(b.Units, &rastro.Unit{Record: rec(i), Name: fmt.Sprintf("Unit %d", i), Force: rastro.ForcePolice, Country: "PE"})
	}
	nIncidents, nPersons := max(1, nActs/10), max(1, nActs/4)
	for i := int64(1); i <= int64(nPersons); i++ {
		b.Persons = append(b.Persons, &rastro.Person{Record: rec(i), Name: fmt.Sprintf("Person %d", i), Sex: rastro.SexMale, Age: ptr(18 + r.IntN(50))})
	}
	words := []string{"protest", "airport", "bridge", "plaza", "road", "blockade", "march", "university", "market", "station"}
	for i := int64(1); i <= int64(nIncidents); i++ {
		day := t0.AddDate(0, 0, r.IntN(365))
		b.Incidents = append(b.Incidents, &rastro.Incident{Record: rec(i),
			Title:       fmt.Sprintf("Clash at the %s %d", words[r.IntN(len(words))], i),
			Description: "Security forces used " + words[r.IntN(len(words))] + " force against protesters",
			When:        rastro.DateRange{Start: rastro.DateOf(day), StartExact: true}, PlaceID: int64(1 + r.IntN(200)),
			EventType: "Protests", SubEventType: "Excessive force against protesters"})
	}
	types := []rastro.ActType{rastro.ActKilled, rastro.ActInjured, rastro.ActDetained}
	munitions := []rastro.Munition{rastro.MunitionLive, rastro.MunitionPellets, rastro.MunitionTearGas, rastro.MunitionUnknown}
	for i := int64(1); i <= int64(nActs); i++ {
		b.Acts = append(b.Acts, &rastro.Act{Record: rec(i),
			Assertion:    rastro.Assertion{Confidence: rastro.ConfidenceMedium, Citations: []rastro.Citation{{ID: i, SourceID: int64(1 + r.IntN(10)), Paragraph: 1 + r.IntN(20)}}},
			IncidentID:   int64(1 + r.IntN(nIncidents)),
			VictimID:     int64(1 + r.IntN(nPersons)),
			Type:         types[r.IntN(len(types))],
			Munition:     munitions[r.IntN(len(munitions))],
			WoundRegions: []rastro.BodyRegion{rastro.RegionChest},
			WoundCount:   1, Activity: rastro.ActivityProtesting})
		if i%10 == 0 {
			b.Involvements = append(b.Involvements, &rastro.Involvement{Record: rec(i / 10), ActID: i, UnitID: int64(1 + r.IntN(100)), Role: rastro.RolePresent})
		}
	}
	return b
}

func bundleRows(b *rastro.Bundle) int {
	n := len(b.Sources) + len(b.Places) + len(b.Units) + len(b.Persons) + len(b.Incidents) + len(b.Acts) + len(b.Involvements)
	for _, a := range b.Acts {
		n += len(a.Citations)
	}
	return n
}

// peakRSS reads the process's peak resident set (VmHWM) in bytes; resetPeak
// starts a new measurement (Linux).
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func resetPeak() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

func benchActs() int {
	if n, err := strconv.Atoi(os.Getenv("RASTRO_BENCH_ACTS")); err == nil && n > 0 {
		return n
	}
	return 1_000_000
}

func BenchmarkImport(b *testing.B) {
	n := benchActs()
	bundle := genBundle(n)
	rows := bundleRows(bundle)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	bundleHeap := ms.HeapInuse
	for _, d := range sqldbtest.Dialects {
		b.Run(fmt.Sprintf("%s/acts=%d", d, n), func(b *testing.B) {
			ctx := context.Background()
			var elapsed, cpu time.Duration
			var peak int64
			var alloc uint64
			for b.Loop() {
				b.StopTimer()
				db := sqldbtest.Open(b, d)
				debug.FreeOSMemory() // so the peak is the import's, not the generator's garbage
				resetPeak()
				runtime.ReadMemStats(&ms)
				alloc0 := ms.TotalAlloc
				b.StartTimer()
				start, cpu0 := time.Now(), cpuTime()
				if err := db.Import(ctx, bundle); err != nil {
					b.Fatal(err)
				}
				elapsed += time.Since(start)
				cpu += cpuTime() - cpu0
				peak = max(peak, peakRSS())
				runtime.ReadMemStats(&ms)
				alloc += ms.TotalAlloc - alloc0
			}
			b.ReportMetric(float64(rows)*float64(b.N)/elapsed.Seconds(), "rows/s")
			// The machine may be shared: rows per second of this process's
			// own CPU time (all of SQLite's work, none of PostgreSQL's
			// server) is steadier than wall time.
			b.ReportMetric(float64(rows)*float64(b.N)/cpu.Seconds(), "rows/cpu-s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
			b.ReportMetric(float64(bundleHeap)/(1<<20), "bundle-heap-MB")
			b.ReportMetric(float64(alloc)/float64(b.N)/(1<<20), "allocated-MB")
		})
	}
}

func BenchmarkListIncidents(b *testing.B) {
	const n = 100_000
	bundle := genBundle(n * 10)
	bundle.Acts, bundle.Involvements = nil, nil // only the incidents matter here
	for _, d := range sqldbtest.Dialects {
		b.Run(d, func(b *testing.B) {
			ctx := context.Background()
			db := sqldbtest.Open(b, d)
			if err := db.Import(ctx, bundle); err != nil {
				b.Fatal(err)
			}
			from, to := rastro.MustDate("2023-03"), rastro.MustDate("2023-04-15")
			cases := []struct {
				name string
				f    rastro.IncidentFilter
			}{
				{"ubigeo+dates/limit50", rastro.IncidentFilter{Ubigeo: ptr("21"), From: &from, To: &to, Limit: 50}},
				{"place/limit50", rastro.IncidentFilter{PlaceID: ptr(int64(7)), Limit: 50}},
				{"fulltext/limit50", rastro.IncidentFilter{Query: ptr("airport"), Limit: 50}},
				{"fulltext+ubigeo/limit50", rastro.IncidentFilter{Query: ptr("bridge"), Ubigeo: ptr("05"), Limit: 50}},
				{"offset50000/limit50", rastro.IncidentFilter{Offset: 50000, Limit: 50}},
			}
			for _, c := range cases {
				b.Run(c.name, func(b *testing.B) {
					var total int
					for b.Loop() {
						rs, t, err := db.Incidents().List(ctx, c.f)
						if err != nil {
							b.Fatal(err)
						}
						if len(rs) == 0 {
							b.Fatal("no incidents selected")
						}
						total = t
					}
					b.ReportMetric(float64(total), "matches")
				})
			}
		})
	}
}
