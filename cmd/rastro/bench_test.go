package main

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/rastro-project/rastro/transfer"
	"github.com/rastro-project/rastro/transfer/transfertest"
)

// BenchmarkImportBundle runs `rastro import` of a generated bundle into a
// new SQLite database: 10,000 acts by default, RASTRO_BENCH_ACTS=1000000 for
// the figure. rows/s counts every record (acts, victims, incidents,
// places) and citation written.
func BenchmarkImportBundle(b *testing.B) {
	n := transfertest.Acts(10000)
	bundle := transfertest.Bundle(n)
	rows := len(bundle.Acts)*2 + len(bundle.Persons) + len(bundle.Incidents) + len(bundle.Places) + len(bundle.Sources)
	path := filepath.Join(b.TempDir(), "bench.json")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := transfer.WriteBundle(f, bundle); err != nil {
		b.Fatal(err)
	}
	f.Close()
	bundle = nil
	runtime.GC()
	peak := watchHeap()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		e := &env{t: b, dataDir: b.TempDir()}
		if r := e.run("", "migrate"); r.err != nil {
			b.Fatal(r.err)
		}
		b.StartTimer()
		if r := e.run("", "import", path); r.err != nil {
			b.Fatal(r.err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "acts/s")
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
}

// watchHeap samples the Go heap in use until the returned function is
// called, which gives the highest sample: the import's peak memory, apart
// from the generator's.
func watchHeap() func() uint64 {
	var top uint64
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			top = max(top, ms.HeapInuse)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		return top
	}
}
