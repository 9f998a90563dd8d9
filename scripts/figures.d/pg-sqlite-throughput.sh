#!/bin/bash
# figure: fast
# Throughput of the incident list (GET /api/incidents?limit=50) under 50
# concurrent clients, PostgreSQL (RASTRO_TEST_POSTGRES) against SQLite, in
# the same run: web's BenchmarkLoad, 2,000 requests, five rounds each
# backend, medians. The ratio moves with the machine's load: 0.53-0.58
# when it is quiet (SQLite then serves about 2,000-3,000 requests/s), above
# 1 when it is busy (three runs at a load average of 6-10 on 2 cores gave
# 1.37, 0.80 and 1.25): PostgreSQL's backends are processes of their own,
# and the more runnable processes a program has, the larger its share of
# busy cores, whereas SQLite runs inside the one Go process. Claim: at
# least 0.5; margin: fails below 0.4. (Issue 15 asked for 0.8 on a quiet
# machine; not shown; 0.46 at a load average of 4.) BenchmarkLoad also
# reports CPU time per request: PostgreSQL's backends used about half as
# much as the whole SQLite process (pg-cpu-us/req over cpu-us/req
# 0.44-0.60 in five rounds at a load average of 3.5-9), a quarter to a
# third of it planning every statement again (sqldb asks for
# plan_cache_mode=force_custom_plan). Generic plans for lookups by key and
# by a page's IDs, with filtered lists as unnamed statements (so still
# planned per execution), brought that to 0.31-0.49 in rounds alternating
# with them, but the throughput ratio moved with the load, not with the
# code (0.51-1.33 against 0.49-1.36), and BenchmarkListIncidents' filtered
# lists looked slower (ubigeo+dates 28-51 ms against 4-23 ms), so it was
# not kept (branch pgthroughput, commit c5c48b2). No quiet machine was to
# be had.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/figures.d/lib.bash
: "${RASTRO_TEST_POSTGRES:?pg-sqlite-throughput needs PostgreSQL: set RASTRO_TEST_POSTGRES}"
# Rounds alternate the backends, so that a change in the machine's load
# falls on both.
go test -c -o "${TMPDIR:-/tmp}/web-load.test" ./web
trap 'rm -f "${TMPDIR:-/tmp}/web-load.test"' EXIT
out=
for round in 1 2 3 4 5; do
	o=$(cd web && "${TMPDIR:-/tmp}/web-load.test" -test.run '^$' -test.bench 'BenchmarkLoad/(sqlite|postgres)/list' -test.benchtime 2000x 2>&1) || {
		echo "$o" | tail -n 30 >&2
		exit 1
	}
	out+=$'\n'"$o"
done
echo "$out" | grep Benchmark >&2
rate() { echo "$out" | grep "BenchmarkLoad/$1/list" | awk '{ for (i = 1; i < NF; i++) if ($(i + 1) == "req/s") print $i }' | median; }
sq=$(rate sqlite)
pg=$(rate postgres)
awk -v s="$sq" -v p="$pg" 'BEGIN {
	r = p / s
	word = (r >= 1) ? "PostgreSQL serves more requests than SQLite" : "PostgreSQL serves fewer requests than SQLite"
	printf "| incident list under 50 clients, PostgreSQL ÷ SQLite throughput | `scripts/figures.d/pg-sqlite-throughput.sh` | %.2f (%.0f against %.0f requests/s, medians of 5): %s |\n", r, p, s, word
	exit !(r >= 0.4)
}'
