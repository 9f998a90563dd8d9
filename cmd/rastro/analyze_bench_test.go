package main

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"github.com/rastro-project/rastro/analysis/analysistest"
	"github.com/rastro-project/rastro/transfer"
)

// BenchmarkAnalysisOnSQLite imports a generated case file of 10,000
// incidents and 50,000 acts (RASTRO_BENCH_INCIDENTS to change) into SQLite
// once, then times the commands that read it all back and analyse it:
// `rastro analyze --json` and `rastro report` (every analysis plus the HTML
// report).
func BenchmarkAnalysisOnSQLite(b *testing.B) {
	incidents := 10000
	if v, err := strconv.Atoi(os.Getenv("RASTRO_BENCH_INCIDENTS")); err == nil && v > 0 {
		incidents = v
	}
	dir := b.TempDir()
	path := filepath.Join(dir, "generated.json")
	if err := transfer.WriteFileAtomic(path, func(w io.Writer) error {
		return transfer.WriteBundle(w, analysistest.Generate(incidents, 5))
	}); err != nil {
		b.Fatal(err)
	}
	e := &env{t: b, dataDir: filepath.Join(dir, "data")}
	for _, args := range [][]string{{"migrate"}, {"import", path}} {
		if r := e.run("", args...); r.err != nil {
			b.Fatalf("%v: %v\n%s", args, r.err, r.stderr)
		}
	}
	for _, bench := range []struct {
		name string
		args []string
	}{
		{"analyze", []string{"analyze", "--json"}},
		{"report", []string{"report", "-o", filepath.Join(dir, "report.html")}},
	} {
		b.Run(bench.name, func(b *testing.B) {
			runtime.GC()
			peak := watchHeap()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if r := e.run("", bench.args...); r.err != nil {
					b.Fatalf("%v: %v\n%s", bench.args, r.err, r.stderr)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
		})
	}
}
