#!/bin/bash
# figure: fast
# Evidence ingest against sha256sum, in the same run on the same file:
# `rastro evidence add` (hash, store, custody entry) and `sha256sum` each
# read an in-cache file of random bytes (128 MB here; 2 GB in
# evidence-10g.sh) five times, medians of wall time; then the peak resident
# memory of `rastro evidence add` on a sparse file (1 GB here; 10 GB in
# evidence-10g.sh; every byte is still read, hashed and written).
#   scripts/figures.d/evidence.sh [MB GB]
# Claim: ingest takes at most 1.5 times as long as sha256sum (it also
# writes the copy), and peaks at 40 MB. Margin: fails above 1.8 times or
# 45 MB.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/figures.d/lib.bash
needs go /usr/bin/time sha256sum truncate
mb=${1:-128}
gb=${2:-1}
figwork
go build -o "$work/rastro" ./cmd/rastro
head -c $((mb << 20)) /dev/urandom >"$work/rand.bin"
cat "$work/rand.bin" >/dev/null
: >"$work/sha"
: >"$work/add"
for i in 1 2 3 4 5; do
	wallrss sha256sum "$work/rand.bin" >>"$work/sha"
	rm -rf "$work/data"
	"$work/rastro" --data "$work/data" migrate >/dev/null
	wallrss "$work/rastro" --data "$work/data" evidence add "$work/rand.bin" >>"$work/add"
done
sha=$(cut -d' ' -f1 "$work/sha" | median)
add=$(cut -d' ' -f1 "$work/add" | median)
rm -rf "$work/rand.bin" "$work/data"
truncate -s "${gb}G" "$work/sparse.bin"
"$work/rastro" --data "$work/data" migrate >/dev/null
read -r sparsems sparsekb <<<"$(wallrss "$work/rastro" --data "$work/data" evidence add "$work/sparse.bin")"
echo "sha256sum ms: $(tr '\n' ' ' <"$work/sha"); evidence add ms KB: $(tr '\n' ' ' <"$work/add"); sparse ${gb} GB: $sparsems ms $sparsekb KB" >&2
awk -v s="$sha" -v a="$add" -v mb="$mb" -v gb="$gb" -v k="$sparsekb" 'BEGIN {
	r = a / s
	word = (r > 1) ? sprintf("sha256sum is %.2f× as fast", r) : sprintf("ingest is %.2f× as fast as sha256sum", 1 / r)
	printf "| evidence ingest against `sha256sum` on %d MB (medians of 5); peak memory on %d GB | `scripts/figures.d/evidence.sh %d %d` | ingest %.0f ms, sha256sum %.0f ms: %s; %.0f MB peak on %d GB |\n", mb, gb, mb, gb, a, s, word, k / 1024, gb
	bad = 0
	if (r > 1.8) { print "evidence: ingest slower than 1.8 × sha256sum" > "/dev/stderr"; bad = 1 }
	if (k > 45 * 1024) { print "evidence: more than 45 MB" > "/dev/stderr"; bad = 1 }
	exit bad
}'
