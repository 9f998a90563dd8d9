#!/usr/bin/env bash
# figure: fast
# Claim extraction quality on the labelled paragraphs: the tuning sets
# (rules were written looking at them) and the blind set 2026-12 (scored
# once, first score kept in extract/testdata/first-scores.md). The tests
# fail when a set falls more than 0.02 below the figure quoted for it
# (extract/sets_test.go, extract/testdata/results.md); this script fails
# with them. The reference is the tuning set: the row says how far the
# blind set stands from it.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmd="go test -count=1 -run 'TestTuningSets|TestBlind202612' -v ./extract"
out=$(go test -count=1 -run 'TestTuningSets|TestBlind202612' -v ./extract 2>&1) || { echo "$out" | grep -E 'FAIL|below|changed' >&2; exit 1; }
fig() { # set metric
	echo "$out" | grep "FIGURES $1 " | tr ',' '\n' | grep " $2=" | head -1 | sed 's/.*=//' || true
}
first() {
	echo "$out" | grep "FIRST $1 " | tr ',' '\n' | grep " $2=" | head -1 | sed 's/.*=//' || true
}
t="tuning-2026-12"
b="blind-2026-12"
tr=$(fig $t "count R")
br=$(first $b "count R")
summary() { # set getter
	printf 'counts P %s R %s, count place %s date %s; dates P %s R %s; places R %s; speakers %s' \
		"$($2 $1 'count P')" "$($2 $1 'count R')" "$($2 $1 'count.place')" "$($2 $1 'count.date')" \
		"$($2 $1 'date P')" "$($2 $1 'date R')" "$($2 $1 'place R')" "$($2 $1 'quotation R')"
}
headline=("count P" "count R" "count.place" "count.date" "date P" "date R" "place R" "quotation R")
mean() { # set getter
	local sum=0 v
	for m in "${headline[@]}"; do
		v=$($2 "$1" "$m")
		sum=$(awk -v s="$sum" -v v="${v:-0}" 'BEGIN { print s + v }')
	done
	awk -v s="$sum" -v n="${#headline[@]}" 'BEGIN { printf "%.3f", s / n }'
}
if [ -z "$br" ]; then
	result="tuning 2026-12: $(summary $t fig); blind 2026-12 not scored yet"
else
	bm=$(mean $b first)
	tm=$(mean $t fig)
	ratio=$(awk -v a="$bm" -v b="$tm" 'BEGIN { printf "%.2f", a / b }')
	word="the tuning set scores better, as expected of the set the rules were written on"
	awk -v a="$bm" -v b="$tm" 'BEGIN { exit !(a >= b) }' && word="the blind set scores as well or better"
	result="blind 2026-12 (first score): $(summary $b first); tuning 2026-12: $(summary $t fig); mean of these eight figures, blind ${bm} vs tuning ${tm} (${ratio}×): $word"
fi
printf '| claim extraction quality, labelled paragraphs | `%s` | %s |\n' "${cmd//|/\\|}" "$result"
