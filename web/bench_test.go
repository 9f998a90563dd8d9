package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
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
			// CPU time per request: this process's (the server, the
			// clients and SQLite), and on PostgreSQL its backends', when
			// they run on this machine.
			cpu0, pg0 := processCPU(), backendsCPU(b, f.db)
			run(b, func() int {
				resp := f.do(c, "GET", "/api/incidents?limit=50", "", "")
				readAll(b, resp)
				return resp.StatusCode
			}, nil)
			b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/float64(b.N), "cpu-us/req")
			if pg1 := backendsCPU(b, f.db); pg1 > 0 {
				b.ReportMetric(float64((pg1-pg0).Microseconds())/float64(b.N), "pg-cpu-us/req")
			}
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

// processCPU is this process's user and system CPU time so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// backendsCPU is the CPU time so far of db's PostgreSQL backends (those
// named after its schema, see sqldbtest), read from /proc: 0 on SQLite or
// when the server runs elsewhere. Backends that a run opens start at 0.
func backendsCPU(b *testing.B, db *sqldb.DB) time.Duration {
	if db.Dialect() != sqldb.Postgres {
		return 0
	}
	var total time.Duration
	err := db.View(b.Context(), func(tx *sqldb.Tx) error {
		rows, err := tx.Query(b.Context(), "SELECT pid FROM pg_stat_activity WHERE application_name = current_schema()")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var pid int
			if err := rows.Scan(&pid); err != nil {
				return err
			}
			stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
			if err != nil {
				continue
			}
			// Fields 14 and 15 (utime, stime, in clock ticks of 10 ms on
			// Linux) follow the parenthesised command name.
			f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
			if len(f) < 13 {
				continue
			}
			u, _ := strconv.Atoi(f[11])
			s, _ := strconv.Atoi(f[12])
			total += time.Duration(u+s) * 10 * time.Millisecond
		}
		return rows.Err()
	})
	if err != nil {
		b.Fatal(err)
	}
	return total
}
