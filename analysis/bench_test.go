package analysis_test

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/analysis/analysistest"
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
	bundle := analysistest.Generate(10_000, 5)
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
