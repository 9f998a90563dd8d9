package sqldb_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
	"github.com/rastro-project/rastro/transfer"
)

// BenchmarkImportFile measures what `rastro import FILE` does, reading the
// JSON bundle and writing it to SQLite, against the plain way of writing
// the same rows (sqldb.PlainInsert) in the same run, and the import's peak
// resident memory (the generated bundle is freed first), in wall and in
// CPU time.
//
//	RASTRO_BENCH_ACTS=100000 go test ./sqldb -run '^$' -bench ImportFile -benchtime 1x
func BenchmarkImportFile(b *testing.B) {
	n := benchActs()
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "bundle.json")
	var importTime, plainTime, importCPU, plainCPU time.Duration
	var peak int64
	var rows int
	for b.Loop() {
		b.StopTimer()
		bundle := genBundle(n)
		rows = bundleRows(bundle)
		var buf bytes.Buffer
		if err := transfer.WriteBundle(&buf, bundle); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
			b.Fatal(err)
		}
		buf = bytes.Buffer{}
		// The import runs first, with the generated bundle freed, so that
		// its peak is its own and not what the plain insert's SQLite kept.
		bundle = nil
		db := sqldbtest.Open(b, sqldb.SQLite)
		runtime.GC()
		debug.FreeOSMemory()
		resetPeak()
		b.Logf("resident memory before the import: %d MB", peakRSS()>>20)
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		_, err = transfer.ImportBundle(ctx, db, f, path)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		importTime += time.Since(start)
		importCPU += cpuTime() - cpu0
		peak = max(peak, peakRSS())
		db.Close()
		b.StopTimer()
		bundle = genBundle(n) // the same records again
		plain := sqldbtest.Open(b, sqldb.SQLite)
		start, cpu0 = time.Now(), cpuTime()
		if err := sqldb.PlainInsert(ctx, plain, bundle); err != nil {
			b.Fatal(err)
		}
		plainTime += time.Since(start)
		plainCPU += cpuTime() - cpu0
		plain.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(rows), "rows")
	b.ReportMetric(importTime.Seconds()/float64(b.N), "import-s")
	b.ReportMetric(plainTime.Seconds()/float64(b.N), "plain-s")
	b.ReportMetric(float64(importTime)/float64(plainTime), "import/plain")
	// The machine may be shared: this process's CPU time (SQLite runs in
	// it) is steadier than wall time.
	b.ReportMetric(importCPU.Seconds()/float64(b.N), "import-cpu-s")
	b.ReportMetric(plainCPU.Seconds()/float64(b.N), "plain-cpu-s")
	b.ReportMetric(float64(importCPU)/float64(plainCPU), "cpu-import/plain")
	b.ReportMetric(float64(peak)/(1<<20), "import-peak-RSS-MB")
}
