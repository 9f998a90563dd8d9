package web

import (
	"encoding/json"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// loadClients is how many clients the load benchmark runs at once.
const loadClients = 50

// BenchmarkLoad has 50 concurrent clients hit the incident list and the
// incident update endpoint, on SQLite and PostgreSQL (when
// RASTRO_TEST_POSTGRES is set), and reports requests per second and the
// 99th-percentile latency. The update clients all edit one record with
// read-modify-write cycles; after the run every accepted update must be in
// the record (its version counts them), stale ones having had 409.
//
//	go test -run '^$' -bench BenchmarkLoad -benchtime 2000x ./web
func BenchmarkLoad(b *testing.B) {
	for _, d := range sqldbtest.Dialects {
		b.Run(d+"/list", func(b *testing.B) {
			f := newFixture(b, d)
			c := f.client(auth.RoleViewer)
			run(b, func() int {
				resp := f.do(c, "GET", "/api/incidents?limit=50", "", "")
				readAll(b, resp)
				return resp.StatusCode
			}, nil)
		})
		b.Run(d+"/update", func(b *testing.B) {
			f := newFixture(b, d)
			c := f.client(auth.RoleInvestigator)
			var accepted, stale atomic.Int64
			run(b, func() int {
				resp := f.do(c, "GET", "/api/incidents/1", "", "")
				var v struct{ Incident rastro.Incident }
				json.Unmarshal([]byte(readAll(b, resp)), &v)
				body, _ := json.Marshal(map[string]any{"version": v.Incident.Version, "reported_fatalities": v.Incident.ReportedFatalities + 1})
				resp = f.do(c, "PUT", "/api/incidents/1", "application/json", string(body))
				readAll(b, resp)
				switch resp.StatusCode {
				case 200:
					accepted.Add(1)
				case 409:
					stale.Add(1)
					return 200 // a refused stale edit is the expected answer
				}
				return resp.StatusCode
			}, func() {
				inc, err := f.db.Incidents().Find(b.Context(), 1)
				if err != nil {
					b.Fatal(err)
				}
				n := accepted.Load()
				if int64(inc.ReportedFatalities) != n || int64(inc.Version) != 1+n {
					b.Fatalf("lost updates: %d accepted, record at %d (version %d)", n, inc.ReportedFatalities, inc.Version)
				}
				b.ReportMetric(float64(n)/float64(n+stale.Load()), "accepted/attempt")
			})
		})
	}
}

// run spreads b.N calls of one over loadClients goroutines and reports
// requests/s and the p99 latency; check runs after the timer stops.
func run(b *testing.B, one func() int, check func()) {
	lat := make([]time.Duration, b.N)
	var next atomic.Int64
	var failed atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for range loadClients {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				if one() != http.StatusOK {
					failed.Add(1)
				}
				lat[i] = time.Since(t0)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d of %d requests failed", n, b.N)
	}
	if check != nil {
		check()
	}
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99_ms")
	b.ReportMetric(0, "ns/op")
}
