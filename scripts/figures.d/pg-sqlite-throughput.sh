#!/bin/bash
# figure: fast
# Throughput of the incident list (GET /api/incidents?limit=50) under 50
# concurrent clients, PostgreSQL (RASTRO_TEST_POSTGRES) against SQLite, in
# the same run: web's BenchmarkLoad, 2,000 requests, three rounds each
# backend, medians. Claim: PostgreSQL reaches at least 0.8 of SQLite's
# throughput. Margin: none below 0.8 (the issue's goal); the rounds and
# the median absorb the noise of a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/figures.d/lib.bash
: "${RASTRO_TEST_POSTGRES:?pg-sqlite-throughput needs PostgreSQL: set RASTRO_TEST_POSTGRES}"
out=$(go test ./web -run '^$' -bench 'BenchmarkLoad/(sqlite|postgres)/list' -benchtime 2000x -count 3 2>&1) || {
	echo "$out" | tail -n 30 >&2
	exit 1
}
echo "$out" | grep Benchmark >&2
rate() { echo "$out" | grep "BenchmarkLoad/$1/list" | awk '{ for (i = 1; i < NF; i++) if ($(i + 1) == "req/s") print $i }' | median; }
sq=$(rate sqlite)
pg=$(rate postgres)
awk -v s="$sq" -v p="$pg" 'BEGIN {
	r = p / s
	word = (r >= 1) ? "PostgreSQL serves more requests than SQLite" : "PostgreSQL serves fewer requests than SQLite"
	printf "| incident list under 50 clients, PostgreSQL ÷ SQLite throughput | `scripts/figures.d/pg-sqlite-throughput.sh` | %.2f (%.0f against %.0f requests/s, medians of 3): %s |\n", r, p, s, word
	exit !(r >= 0.8)
}'
