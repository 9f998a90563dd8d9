#!/bin/sh
# Evidence ingest benchmarks (figures for the closing note, not a test):
#  1. throughput of `rastro evidence add` against `sha256sum` on the same
#     2 GB file of random bytes (best of 3 runs each, file in page cache);
#  2. peak memory (maximum resident set size) of `rastro evidence add` on a
#     10 GB file (sparse, so generating it is instant; every byte is still
#     read, hashed and written).
# Needs GNU time at /usr/bin/time. Uses about 14 GB of disk in
# ${RASTRO_BENCH_DIR:-a temporary folder}, removed at the end.
#
#   scripts/bench-evidence.sh
set -eu
cd "$(dirname "$0")/.."
work="${RASTRO_BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
go build -o "$work/rastro" ./cmd/rastro

seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1; }
best() { sort -n | head -n 1; }

echo "generating 2 GB of random bytes…" >&2
head -c 2147483648 /dev/urandom >"$work/2g.bin"
cat "$work/2g.bin" >/dev/null

: >"$work/sha.txt"
: >"$work/add.txt"
: >"$work/ossl.txt"
for i in 1 2 3; do
	seconds sha256sum "$work/2g.bin" >>"$work/sha.txt"
	if command -v openssl >/dev/null; then
		seconds openssl dgst -sha256 "$work/2g.bin" >>"$work/ossl.txt"
	fi
	rm -rf "$work/data"
	"$work/rastro" --data "$work/data" migrate >/dev/null
	seconds "$work/rastro" --data "$work/data" evidence add "$work/2g.bin" >>"$work/add.txt"
done
sha=$(cut -d' ' -f1 "$work/sha.txt" | best)
add=$(cut -d' ' -f1 "$work/add.txt" | best)
addmem=$(sort -n -k2 "$work/add.txt" | tail -n 1 | cut -d' ' -f2)
echo "2 GB file: sha256sum best ${sha} s, rastro evidence add best ${add} s (peak RSS ${addmem} KB)"
echo "  runs (seconds, peak KB): sha256sum: $(tr '\n' ';' <"$work/sha.txt") add: $(tr '\n' ';' <"$work/add.txt")"
awk -v s="$sha" -v a="$add" 'BEGIN { printf "  ingest speed relative to sha256sum: %.2fx (%.0f MB/s vs %.0f MB/s)\n", s / a, 2048 / a, 2048 / s }'
if [ -s "$work/ossl.txt" ]; then
	ossl=$(cut -d' ' -f1 "$work/ossl.txt" | best)
	awk -v s="$ossl" -v a="$add" 'BEGIN { printf "  for reference, openssl dgst -sha256 (SHA extensions): best %s s, ingest at %.2fx its speed\n", s, s / a }'
fi
rm -f "$work/2g.bin"
rm -rf "$work/data"

truncate -s 10G "$work/10g.bin"
"$work/rastro" --data "$work/data" migrate >/dev/null
r=$(seconds "$work/rastro" --data "$work/data" evidence add "$work/10g.bin")
echo "10 GB file: rastro evidence add took $(echo "$r" | cut -d' ' -f1) s, peak RSS $(echo "$r" | cut -d' ' -f2) KB"
