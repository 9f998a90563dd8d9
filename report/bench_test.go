package report_test

import (
	"context"
	"io"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/reporttest"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
	"github.com/rastro-project/rastro/transfer"
)

// benchIncidents is the size of the benchmark: 10,000 incidents, five acts
// each (RASTRO_BENCH_INCIDENTS overrides it, for profiling smaller runs).
var benchIncidents = envInt("RASTRO_BENCH_INCIDENTS", 10_000)

func envInt(key string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(key)); err == nil && n > 0 {
		return n
	}
	return def
}

// BenchmarkAnalyzeAndReport runs every analysis and writes the report for
// 10,000 incidents and 50,000 acts (the goal: within 2 s). It reports the
// heap in use at its peak as peak-MB (sampled after each phase).
func BenchmarkAnalyzeAndReport(b *testing.B) {
	data := reporttest.Generate(benchIncidents, 5*benchIncidents, 1)
	if err := transfer.CheckBundle(data); err != nil {
		b.Fatal(err)
	}
	depts, err := reporttest.Departments()
	if err != nil {
		b.Fatal(err)
	}
	var peak uint64
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var analyzeCPU, renderCPU time.Duration
	for range b.N {
		t0 := cpuTime()
		in := &report.Input{Data: data, Departments: depts}
		if err := report.Analyze(in, nil, nil, nil); err != nil {
			b.Fatal(err)
		}
		sample()
		t1 := cpuTime()
		cw := &countingWriter{}
		if err := report.Render(cw, in, report.Options{}); err != nil {
			b.Fatal(err)
		}
		sample()
		analyzeCPU += t1 - t0
		renderCPU += cpuTime() - t1
		b.ReportMetric(float64(cw.n)/1e6, "html-MB")
	}
	// The machine is shared: CPU time (GC included) says more than wall
	// time here.
	b.ReportMetric((analyzeCPU+renderCPU).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(analyzeCPU.Seconds()/float64(b.N), "analyze-cpu-s/op")
	b.ReportMetric(renderCPU.Seconds()/float64(b.N), "render-cpu-s/op")
	b.ReportMetric(float64(peak)/1e6, "peak-MB")
}

// BenchmarkReportFromSQLite is the whole `rastro report` path for the same
// records kept in SQLite: export the database into a bundle, analyse, write.
func BenchmarkReportFromSQLite(b *testing.B) {
	ctx := context.Background()
	db := sqldbtest.Open(b, sqldb.SQLite)
	if err := db.Import(ctx, reporttest.Generate(benchIncidents, 5*benchIncidents, 1)); err != nil {
		b.Fatal(err)
	}
	depts, err := reporttest.Departments()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var loadCPU, analyzeCPU, renderCPU time.Duration
	for range b.N {
		t0 := cpuTime()
		data, err := db.Export(sqldb.ForAnalysis(ctx)) // as rastro report reads it
		if err != nil {
			b.Fatal(err)
		}
		t1 := cpuTime()
		in := &report.Input{Data: data, Departments: depts}
		if err := report.Analyze(in, nil, nil, nil); err != nil {
			b.Fatal(err)
		}
		t2 := cpuTime()
		if err := report.Render(io.Discard, in, report.Options{}); err != nil {
			b.Fatal(err)
		}
		loadCPU += t1 - t0
		analyzeCPU += t2 - t1
		renderCPU += cpuTime() - t2
	}
	b.ReportMetric((loadCPU+analyzeCPU+renderCPU).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(loadCPU.Seconds()/float64(b.N), "load-cpu-s/op")
	b.ReportMetric(analyzeCPU.Seconds()/float64(b.N), "analyze-cpu-s/op")
	b.ReportMetric(renderCPU.Seconds()/float64(b.N), "render-cpu-s/op")
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

var _ io.Writer = (*countingWriter)(nil)

// BenchmarkExportForAnalysis is the reading part of BenchmarkReportFromSQLite
// alone: what the report's records cost to read from SQLite.
func BenchmarkExportForAnalysis(b *testing.B) {
	ctx := context.Background()
	db := sqldbtest.Open(b, sqldb.SQLite)
	if err := db.Import(ctx, reporttest.Generate(benchIncidents, 5*benchIncidents, 1)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	t0 := cpuTime()
	for range b.N {
		if _, err := db.Export(sqldb.ForAnalysis(ctx)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuTime()-t0).Seconds()/float64(b.N), "cpu-s/op")
}
