package linkage

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rastro-project/rastro/internal/shared"

	"github.com/rastro-project/rastro/linkage/synth"
)

// districts returns the real UBIGEO district codes from the shared data,
// or nil (the generator then makes codes up).
func districts(b testing.TB) []string {
	f, err := os.Open(shared.Path(b, "data", "peru", "ubigeo_distrito.csv"))
	if err != nil {
		return nil
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) < 2 {
		return nil
	}
	var out []string
	for _, r := range rows[1:] {
		if len(r[0]) == 6 {
			out = append(out, r[0])
		}
	}
	return out
}

// peakHeap samples the heap in use every few milliseconds until stopped.
func peakHeap() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 { close(done); wg.Wait(); return peak }
}

// synthAccuracy scores clusters against the generator's person column.
func synthAccuracy(recs []Record, persons []string, cluster []int32) accuracy {
	byPerson := map[string][]int32{}
	for i, p := range persons {
		byPerson[p] = append(byPerson[p], int32(i))
	}
	byCluster := map[int32][]int32{}
	for i, c := range cluster {
		byCluster[c] = append(byCluster[c], int32(i))
	}
	var a accuracy
	for _, g := range byCluster {
		for x, i := range g {
			for _, j := range g[x+1:] {
				if persons[i] == persons[j] {
					a.tp++
				} else {
					a.fp++
				}
			}
		}
	}
	truth := 0
	for _, g := range byPerson {
		truth += len(g) * (len(g) - 1) / 2
	}
	a.fn = truth - a.tp
	return a
}

// BenchmarkDedupSynthetic deduplicates generated Peruvian-style victim
// lists: reading the CSV, blocking, comparing, fitting, scoring and
// clustering. The million-record size runs only with RASTRO_BENCH_1M=1:
//
//	RASTRO_BENCH_1M=1 go test ./linkage -run '^$' -bench 'DedupSynthetic/1M' -benchtime 1x
func BenchmarkDedupSynthetic(b *testing.B) { benchSynthetic(b, false) }

// BenchmarkOnePerListSynthetic links the same lists told that each names
// a person at most once, as the generator makes them (Config.OnePerList):
//
//	RASTRO_BENCH_1M=1 go test ./linkage -run '^$' -bench 'OnePerListSynthetic' -benchtime 1x
func BenchmarkOnePerListSynthetic(b *testing.B) { benchSynthetic(b, true) }

func benchSynthetic(b *testing.B, onePerList bool) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(strings.Replace(strconv.Itoa(n/1000)+"k", "1000k", "1M", 1), func(b *testing.B) {
			if n >= 1_000_000 && os.Getenv("RASTRO_BENCH_1M") == "" {
				b.Skip("set RASTRO_BENCH_1M=1 to run the million-record benchmark")
			}
			var buf bytes.Buffer
			if err := synth.Write(&buf, synth.Options{Records: n, Seed: 1, Places: districts(b)}); err != nil {
				b.Fatal(err)
			}
			data := buf.Bytes()
			m, err := ParseMapping(synth.Mapping)
			if err != nil {
				b.Fatal(err)
			}
			persons := truthColumn(b, data)
			runtime.GC()
			b.ResetTimer()
			for range b.N {
				stop := peakHeap()
				start, cpu0 := time.Now(), cpuTime()
				recs, _, err := ReadCSV(bytes.NewReader(data), "synthetic", m)
				if err != nil {
					b.Fatal(err)
				}
				read := time.Since(start)
				fields := Fields(m, 2023)
				ch, err := ChooseRules(m, recs, RuleOptions{LinkOnly: onePerList, MaxBlockPairs: 1_000_000, Fields: fields, Seed: 1})
				if err != nil {
					b.Fatal(err)
				}
				chose := time.Since(start)
				var rules []Rule
				for _, s := range ch.Specs() {
					r, err := ParseRule(s, &m)
					if err != nil {
						b.Fatal(err)
					}
					rules = append(rules, r)
				}
				res, err := Link(context.Background(), recs, Config{Fields: fields, Rules: rules, OnePerList: onePerList, Seed: 1, MaxBlockPairs: 1_000_000})
				if err != nil {
					b.Fatal(err)
				}
				elapsed, cpu := time.Since(start), cpuTime()-cpu0
				peak := stop()
				b.StopTimer()
				a := synthAccuracy(recs, persons, res.Cluster)
				blocked := candidateRecall(recs, persons, rules, onePerList)
				b.ReportMetric(elapsed.Seconds(), "s/run")
				b.ReportMetric(read.Seconds(), "s-read")
				b.ReportMetric(cpu.Seconds(), "s-cpu")
				b.ReportMetric(float64(peak)/(1<<20), "MB-peak-heap")
				b.ReportMetric(float64(res.Candidates), "pairs")
				b.ReportMetric(a.precision(), "precision")
				b.ReportMetric(a.recall(), "recall")
				b.ReportMetric(blocked, "candidate-recall")
				b.Logf("%d records: %v, CPU %v (read %v, rules chosen at %v), %d candidate pairs %v, skipped blocks %d; EM %d it, λ %.3g; candidate recall %.4f (estimated %.4f); precision %.4f recall %.4f; review %d; peak heap %.0f MB",
					len(recs), elapsed.Round(time.Millisecond), cpu.Round(time.Millisecond), read.Round(time.Millisecond), chose.Round(time.Millisecond), res.Candidates, res.PerRule, res.SkippedBlocks,
					res.Model.Iterations, res.Model.Lambda, blocked, ch.Recall, a.precision(), a.recall(), len(res.Review), float64(peak)/(1<<20))
				b.Logf("rules: %s", describe(ch))
				b.StartTimer()
			}
		})
	}
}

// cpuTime is the CPU time the process has used, user and system: on a
// shared machine it varies less than the wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func truthColumn(b testing.TB, data []byte) []string {
	r := csv.NewReader(bytes.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	out := make([]string, 0, len(rows)-1)
	for _, row := range rows[1:] {
		out = append(out, strings.Clone(row[len(row)-1])) // not the whole line
	}
	return out
}
