#!/usr/bin/env bash
# figure: fast
# Main-text quality of intake against go-trafilatura alone, word-level F1
# (bag of words, mean over pages) on the tuning set (29 pages) of
# intake/testdata/maintext, both measured in the same run. The README
# quotes intake 0.976; this fails below 0.965 (the claim less 0.011) or when
# intake falls below go-trafilatura alone. The blind part's first score is
# recorded in intake/testdata/maintext/SCORES.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(go test -count 1 -run 'TestMainText$' -v ./intake 2>&1) || true
line=$(grep '^MAINTEXT tuning' <<<"$out" || true)
if [[ -z $line ]]; then
	echo "$out" >&2
	exit 1
fi
read -r pages intake traf < <(sed -E 's/.*pages=([0-9]+) intake=([0-9.]+) trafilatura=([0-9.]+).*/\1 \2 \3/' <<<"$line")
verdict=$(awk -v a="$intake" -v b="$traf" 'BEGIN { d = a - b; if (d >= 0) printf "intake better by %.3f", d; else printf "go-trafilatura alone better by %.3f", -d }')
echo "| main-text word F1 on ${pages} hand-written pages (tuning set) | \`go test -run 'TestMainText\$' -v ./intake\` | intake ${intake}, go-trafilatura alone ${traf}: ${verdict} |"
awk -v a="$intake" -v b="$traf" 'BEGIN { exit !(a >= 0.965 && a >= b) }'
