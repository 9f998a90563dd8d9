package transfer

import (
	"bytes"
	"io"
	"syscall"
	"testing"

	"github.com/rastro-project/rastro/transfer/transfertest"
)

// Reading and writing a generated bundle; set RASTRO_BENCH_ACTS=1000000 for
// the full-size figure.
func BenchmarkReadBundle(b *testing.B) {
	n := transfertest.Acts(10000)
	var buf bytes.Buffer
	if err := WriteBundle(&buf, transfertest.Bundle(n)); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ReadBundle(bytes.NewReader(buf.Bytes()), "bench.json"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "acts/s")
	reportPeakRSS(b)
}

func BenchmarkWriteBundle(b *testing.B) {
	n := transfertest.Acts(10000)
	bundle := transfertest.Bundle(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := WriteBundle(io.Discard, bundle); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "acts/s")
}

// reportPeakRSS reports the process's peak resident memory so far.
func reportPeakRSS(b *testing.B) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
	}
}
