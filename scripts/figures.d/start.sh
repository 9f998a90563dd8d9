#!/bin/bash
# figure: fast
# Start of a command: `rastro --help` and `rastro act list --limit 1` (on an
# empty SQLite database) against a Go hello-world built the same way, each
# run 21 times, medians of wall time and of peak resident memory.
# Claim: on an idle machine each command takes at most 30 ms (8-11 ms
# measured); built without cgo, `--help` peaks at 20-22 MB and `act list`
# at 23-25 MB, within the issue's 25 (24-26 and 27-30 MB before the
# spreadsheet writer, excelize, moved to rastro-intake, in six runs of this
# script alternating with six of the commit before; `act list` opens SQLite
# and touches more code pages).
# Margin: fails 120 ms past the hello-world measured in the same run (a
# start once took 390 ms; on the shared machine the load stretches a large
# binary's start more than the hello-world's: 13 -> 93 ms against 3 -> 22
# ms), or past 30 MB for `--help` and 33 MB for `act list`. Most of the peak
# is pages of the 50 MB binary mapped from the page cache (the heap at exit
# is under 4 MB), and how many the kernel maps per fault depends on the
# machine and on how the file reached the cache: the same commit peaked 5
# MB higher on the CI machine than here, and a copy of the binary made with
# `cat` peaks 2 MB lower than the file `go build` wrote. The margin leaves
# those 5 MB and catches a return of heavy package init (83 MB before);
# TestStartLinksNoHeavyInit (cmd/rastro) keeps the known heavy packages out.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/figures.d/lib.bash
needs go /usr/bin/time
figwork
# Built as scripts/demo builds it: without cgo (static, no libc loaded).
CGO_ENABLED=0 go build -o "$work/rastro" ./cmd/rastro
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$work/hello.go"
(cd "$work" && GOFLAGS= go build -o hello hello.go)
"$work/rastro" --data "$work/data" migrate >/dev/null

runs=21
measure() { # label command...: prints "label ms kb"
	local label=$1
	shift
	local i
	: >"$work/m"
	for ((i = 0; i < runs; i++)); do wallrss "$@" >>"$work/m"; done
	echo "$label $(cut -d' ' -f1 "$work/m" | median) $(cut -d' ' -f2 "$work/m" | median)"
}
hello=$(measure hello "$work/hello")
help=$(measure help "$work/rastro" --help)
list=$(measure list "$work/rastro" --data "$work/data" act list --limit 1)
echo "$hello; $help; $list" >&2

awk -v h="$hello" -v a="$help" -v l="$list" 'BEGIN {
	split(h, H, " "); split(a, A, " "); split(l, L, " ")
	printf "| start of a command, against a Go hello-world (medians of 21 runs) | `scripts/figures.d/start.sh` | "
	printf "`rastro --help` %.0f ms, %.0f MB; `act list --limit 1` %.0f ms, %.0f MB; hello-world %.0f ms, %.0f MB: ", A[2], A[3] / 1024, L[2], L[3] / 1024, H[2], H[3] / 1024
	printf "the hello-world starts %.0f ms faster than `act list` |\n", L[2] - H[2]
	bad = 0
	if (A[2] - H[2] > 120 || L[2] - H[2] > 120) { print "start: more than 120 ms slower than the hello-world" > "/dev/stderr"; bad = 1 }
	if (A[3] > 30 * 1024) { print "start: --help peaks above 30 MB" > "/dev/stderr"; bad = 1 }
	if (L[3] > 33 * 1024) { print "start: act list peaks above 33 MB" > "/dev/stderr"; bad = 1 }
	exit bad
}'
