#!/usr/bin/env bash
# figure: fast
# Claim extraction quality on the labelled paragraphs. Tuning sets (rules
# were written looking at them): tuning 2026-12, its round-2 paragraphs
# (r2), and the ex-blind 2026-12, 2026-12b, 2026-12c, 2026-12d, 2026-12e, 2026-12f, 2026-12g, 2026-12h, 2026-12i, 2026-12j, 2026-12k, 2026-12l, 2026-12m, 2026-12n, 2026-12o, 2026-12p, 2026-12q, 2026-12r, 2026-12s, 2026-12t, 2026-12u, 2026-12v, 2026-12w, 2026-12x, 2026-12y, 2026-12z, 2026-12za, 2026-12zb, 2026-12zc, 2026-12zd, 2026-12ze, 2026-12zf, 2026-12zg, 2026-12zh, 2026-12zi, 2026-12zj, 2026-12zk, 2026-12zl, 2026-12zm, 2026-12zn, 2026-12zo, 2026-12zp, 2026-12zq, 2026-12zr, 2026-12zs, 2026-12zt, 2026-12zu, 2026-12zv, 2026-12zw, 2026-12zx and 2026-12zy sets, each blind until its
# one first score (kept in extract/testdata/first-scores.md) and tuned on
# since. Any blind set with a first score (a "FIRST blind-…" line of its
# test) is added to the row by itself, and so are the last five first
# scores pooled. The tests fail when a set falls more than 0.02 below the
# figure quoted for it (extract/sets_test.go, extract/sets_tuned_test.go,
# and the first score for a blind set); this script fails with them.
set -euo pipefail
cd "$(dirname "$0")/../.."
run="go test -count=1 -run 'TestTuningSets|TestExBlind|TestBlind|TestPooledFirstScores$' -v ./extract"
out=$(eval "$run" 2>&1) || { echo "$out" | grep -E 'FAIL|below|changed' >&2; exit 1; }
fig() { # set metric: the figure measured now
	echo "$out" | grep "FIGURES $1 " | tr ',' '\n' | grep " $2=" | head -1 | sed 's/.*=//' || true
}
first() { # set metric: the figure of the set's first score
	echo "$out" | grep "FIRST $1 " | tr ',' '\n' | grep " $2=" | head -1 | sed 's/.*=//' || true
}
summary() { # set getter
	printf 'counts P %s R %s, count place %s date %s; dates P %s R %s; places R %s; speakers %s' \
		"$($2 "$1" 'count P')" "$($2 "$1" 'count R')" "$($2 "$1" 'count.place')" "$($2 "$1" 'count.date')" \
		"$($2 "$1" 'date P')" "$($2 "$1" 'date R')" "$($2 "$1" 'place R')" "$(q=$($2 "$1" 'quotation R'); echo "${q:-none (the set has no quotations)}")"
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
t="tuning-2026-12"
x="tuning-2026-12-exblind"
r="tuning-2026-12-r2"
xb="tuning-2026-12b-exblind"
xc="tuning-2026-12c-exblind"
xd="tuning-2026-12d-exblind"
xe="tuning-2026-12e-exblind"
xf="tuning-2026-12f-exblind"
xg="tuning-2026-12g-exblind"
xh="tuning-2026-12h-exblind"
xi="tuning-2026-12i-exblind"
xj="tuning-2026-12j-exblind"
xk="tuning-2026-12k-exblind"
xl="tuning-2026-12l-exblind"
xm="tuning-2026-12m-exblind"
xn="tuning-2026-12n-exblind"
xo="tuning-2026-12o-exblind"
xp="tuning-2026-12p-exblind"
xq="tuning-2026-12q-exblind"
xr="tuning-2026-12r-exblind"
xs="tuning-2026-12s-exblind"
xt="tuning-2026-12t-exblind"
xu="tuning-2026-12u-exblind"
xv="tuning-2026-12v-exblind"
xw="tuning-2026-12w-exblind"
xx="tuning-2026-12x-exblind"
xy="tuning-2026-12y-exblind"
xz="tuning-2026-12z-exblind"
xza="tuning-2026-12za-exblind"
xzb="tuning-2026-12zb-exblind"
xzc="tuning-2026-12zc-exblind"
xzd="tuning-2026-12zd-exblind"
xze="tuning-2026-12ze-exblind"
xzf="tuning-2026-12zf-exblind"
xzg="tuning-2026-12zg-exblind"
xzh="tuning-2026-12zh-exblind"
xzi="tuning-2026-12zi-exblind"
xzj="tuning-2026-12zj-exblind"
xzk="tuning-2026-12zk-exblind"
xzl="tuning-2026-12zl-exblind"
xzm="tuning-2026-12zm-exblind"
xzn="tuning-2026-12zn-exblind"
xzo="tuning-2026-12zo-exblind"
xzp="tuning-2026-12zp-exblind"
xzq="tuning-2026-12zq-exblind"
xzr="tuning-2026-12zr-exblind"
xzs="tuning-2026-12zs-exblind"
xzt="tuning-2026-12zt-exblind"
xzu="tuning-2026-12zu-exblind"
xzv="tuning-2026-12zv-exblind"
xzw="tuning-2026-12zw-exblind"
xzx="tuning-2026-12zx-exblind"
xzy="tuning-2026-12zy-exblind"
result="tuning 2026-12: $(summary $t fig); r2 (66 paragraphs of round 2): $(summary $r fig); r4 (32 paragraphs of round 4, most on speakers): $(summary tuning-2026-12-r4 fig); r6 (128 paragraphs of round 6, counts, places, dates, speakers): $(summary tuning-2026-12-r6 fig); r7 (50 paragraphs of round 7, counts): $(summary tuning-2026-12-r7 fig); r8 (33 paragraphs of round 8, count precision, dates and places): $(summary tuning-2026-12-r8 fig); r9 (27 paragraphs of round 9, speakers, dates, counts): $(summary tuning-2026-12-r9 fig); r10 (50 paragraphs of round 10, a count's place, places, dates, counts): $(summary tuning-2026-12-r10 fig); r11 (35 paragraphs of round 11, speakers, counts, a count's place and date): $(summary tuning-2026-12-r11 fig); r12 (27 paragraphs of round 12, counts, a count's date): $(summary tuning-2026-12-r12 fig); r13 (19 paragraphs of round 13, a count's date, counts): $(summary tuning-2026-12-r13 fig); r14 (60 paragraphs of round 14, a count's place, dates, places): $(summary tuning-2026-12-r14 fig); r15 (48 paragraphs of round 15, counts, a count's date and place): $(summary tuning-2026-12-r15 fig); r16 (38 paragraphs of round 16, dates, places, counts, speakers): $(summary tuning-2026-12-r16 fig); r17 (18 paragraphs of round 17, counts, a count's place and date, dates): $(summary tuning-2026-12-r17 fig); r18 (22 paragraphs of round 18, dates, a count's date and place): $(summary tuning-2026-12-r18 fig)"
result+="; ex-blind 2026-12, tuned on since its first score: first score $(summary $x first), now $(summary $x fig)"
result+=" (mean of the eight, first $(mean $x first) → now $(mean $x fig), reference tuning 2026-12 $(mean $t fig))"
result+="; ex-blind 2026-12b, tuned on since its first score: first score $(summary $xb first), now $(summary $xb fig)"
result+=" (mean of the eight, first $(mean $xb first) → now $(mean $xb fig))"
result+="; ex-blind 2026-12c, tuned on since its first score: first score $(summary $xc first), now $(summary $xc fig)"
result+=" (mean of the eight, first $(mean $xc first) → now $(mean $xc fig))"
result+="; ex-blind 2026-12d, tuned on since its first score: first score $(summary $xd first), now $(summary $xd fig)"
result+=" (mean of the eight, first $(mean $xd first) → now $(mean $xd fig))"
result+="; ex-blind 2026-12e, tuned on since its first score: first score $(summary $xe first), now $(summary $xe fig)"
result+=" (mean of the eight, first $(mean $xe first) → now $(mean $xe fig))"
result+="; ex-blind 2026-12f, tuned on since its first score: first score $(summary $xf first), now $(summary $xf fig)"
result+=" (mean of the eight, first $(mean $xf first) → now $(mean $xf fig))"
result+="; ex-blind 2026-12g, tuned on since its first score: first score $(summary $xg first), now $(summary $xg fig)"
result+=" (mean of the eight, first $(mean $xg first) → now $(mean $xg fig))"
result+="; ex-blind 2026-12h, tuned on since its first score: first score $(summary $xh first), now $(summary $xh fig)"
result+=" (mean of the eight, first $(mean $xh first) → now $(mean $xh fig))"
result+="; ex-blind 2026-12i, tuned on since its first score: first score $(summary $xi first), now $(summary $xi fig)"
result+=" (mean of the eight, first $(mean $xi first) → now $(mean $xi fig))"
result+="; ex-blind 2026-12j, tuned on since its first score: first score $(summary $xj first), now $(summary $xj fig)"
result+=" (mean of the eight, first $(mean $xj first) → now $(mean $xj fig))"
result+="; ex-blind 2026-12k, tuned on since its first score: first score $(summary $xk first), now $(summary $xk fig)"
result+=" (mean of the eight, first $(mean $xk first) → now $(mean $xk fig))"
result+="; ex-blind 2026-12l, tuned on since its first score: first score $(summary $xl first), now $(summary $xl fig)"
result+=" (mean of the eight, first $(mean $xl first) → now $(mean $xl fig))"
result+="; ex-blind 2026-12m, tuned on since its first score: first score $(summary $xm first), now $(summary $xm fig)"
result+=" (mean of the eight, first $(mean $xm first) → now $(mean $xm fig))"
result+="; ex-blind 2026-12n, tuned on since its first score: first score $(summary $xn first), now $(summary $xn fig)"
result+=" (mean of the eight, first $(mean $xn first) → now $(mean $xn fig))"
result+="; ex-blind 2026-12o, tuned on since its first score: first score $(summary $xo first), now $(summary $xo fig)"
result+=" (mean of the eight, first $(mean $xo first) → now $(mean $xo fig))"
result+="; ex-blind 2026-12p, tuned on since its first score: first score $(summary $xp first), now $(summary $xp fig)"
result+=" (mean of the eight, first $(mean $xp first) → now $(mean $xp fig))"
result+="; ex-blind 2026-12q, tuned on since its first score: first score $(summary $xq first), now $(summary $xq fig)"
result+=" (mean of the eight, first $(mean $xq first) → now $(mean $xq fig))"
result+="; ex-blind 2026-12r, tuned on since its first score: first score $(summary $xr first), now $(summary $xr fig)"
result+=" (mean of the eight, first $(mean $xr first) → now $(mean $xr fig))"
result+="; ex-blind 2026-12s, tuned on since its first score: first score $(summary $xs first), now $(summary $xs fig)"
result+=" (mean of the eight, first $(mean $xs first) → now $(mean $xs fig))"
result+="; ex-blind 2026-12t, tuned on since its first score: first score $(summary $xt first), now $(summary $xt fig)"
result+=" (mean of the eight, first $(mean $xt first) → now $(mean $xt fig))"
result+="; ex-blind 2026-12u, tuned on since its first score: first score $(summary $xu first), now $(summary $xu fig)"
result+=" (mean of the eight, first $(mean $xu first) → now $(mean $xu fig))"
result+="; ex-blind 2026-12v, tuned on since its first score: first score $(summary $xv first), now $(summary $xv fig)"
result+=" (mean of the eight, first $(mean $xv first) → now $(mean $xv fig))"
result+="; ex-blind 2026-12w, tuned on since its first score: first score $(summary $xw first), now $(summary $xw fig)"
result+=" (mean of the eight, first $(mean $xw first) → now $(mean $xw fig))"
result+="; ex-blind 2026-12x, tuned on since its first score: first score $(summary $xx first), now $(summary $xx fig)"
result+=" (mean of the eight, first $(mean $xx first) → now $(mean $xx fig))"
result+="; ex-blind 2026-12y, tuned on since its first score: first score $(summary $xy first), now $(summary $xy fig)"
result+=" (mean of the eight, first $(mean $xy first) → now $(mean $xy fig))"
result+="; ex-blind 2026-12z, tuned on since its first score: first score $(summary $xz first), now $(summary $xz fig)"
result+=" (mean of the eight, first $(mean $xz first) → now $(mean $xz fig))"
result+="; ex-blind 2026-12za, tuned on since its first score: first score $(summary $xza first), now $(summary $xza fig)"
result+=" (mean of the eight, first $(mean $xza first) → now $(mean $xza fig))"
result+="; ex-blind 2026-12zb, tuned on since its first score: first score $(summary $xzb first), now $(summary $xzb fig)"
result+=" (mean of the eight, first $(mean $xzb first) → now $(mean $xzb fig))"
result+="; ex-blind 2026-12zc, tuned on since its first score: first score $(summary $xzc first), now $(summary $xzc fig)"
result+=" (mean of the eight, first $(mean $xzc first) → now $(mean $xzc fig))"
result+="; ex-blind 2026-12zd, tuned on since its first score: first score $(summary $xzd first), now $(summary $xzd fig)"
result+=" (mean of the eight, first $(mean $xzd first) → now $(mean $xzd fig))"
result+="; ex-blind 2026-12ze, tuned on since its first score: first score $(summary $xze first), now $(summary $xze fig)"
result+=" (mean of the eight, first $(mean $xze first) → now $(mean $xze fig))"
result+="; ex-blind 2026-12zf, tuned on since its first score: first score $(summary $xzf first), now $(summary $xzf fig)"
result+=" (mean of the eight, first $(mean $xzf first) → now $(mean $xzf fig))"
result+="; ex-blind 2026-12zg, tuned on since its first score: first score $(summary $xzg first), now $(summary $xzg fig)"
result+=" (mean of the eight, first $(mean $xzg first) → now $(mean $xzg fig))"
result+="; ex-blind 2026-12zh, tuned on since its first score: first score $(summary $xzh first), now $(summary $xzh fig)"
result+=" (mean of the eight, first $(mean $xzh first) → now $(mean $xzh fig))"
result+="; ex-blind 2026-12zi, tuned on since its first score: first score $(summary $xzi first), now $(summary $xzi fig)"
result+=" (mean of the eight, first $(mean $xzi first) → now $(mean $xzi fig))"
result+="; ex-blind 2026-12zj, tuned on since its first score: first score $(summary $xzj first), now $(summary $xzj fig)"
result+=" (mean of the eight, first $(mean $xzj first) → now $(mean $xzj fig))"
result+="; ex-blind 2026-12zk, tuned on since its first score: first score $(summary $xzk first), now $(summary $xzk fig)"
result+=" (mean of the eight, first $(mean $xzk first) → now $(mean $xzk fig))"
result+="; ex-blind 2026-12zl, tuned on since its first score: first score $(summary $xzl first), now $(summary $xzl fig)"
result+=" (mean of the eight, first $(mean $xzl first) → now $(mean $xzl fig))"
result+="; ex-blind 2026-12zm, tuned on since its first score: first score $(summary $xzm first), now $(summary $xzm fig)"
result+=" (mean of the eight, first $(mean $xzm first) → now $(mean $xzm fig))"
result+="; ex-blind 2026-12zn, tuned on since its first score: first score $(summary $xzn first), now $(summary $xzn fig)"
result+=" (mean of the eight, first $(mean $xzn first) → now $(mean $xzn fig))"
result+="; ex-blind 2026-12zo, tuned on since its first score: first score $(summary $xzo first), now $(summary $xzo fig)"
result+=" (mean of the eight, first $(mean $xzo first) → now $(mean $xzo fig))"
result+="; ex-blind 2026-12zp, tuned on since its first score: first score $(summary $xzp first), now $(summary $xzp fig)"
result+=" (mean of the eight, first $(mean $xzp first) → now $(mean $xzp fig))"
result+="; ex-blind 2026-12zq, tuned on since its first score: first score $(summary $xzq first), now $(summary $xzq fig)"
result+=" (mean of the eight, first $(mean $xzq first) → now $(mean $xzq fig))"
result+="; ex-blind 2026-12zr, tuned on since its first score: first score $(summary $xzr first), now $(summary $xzr fig)"
result+=" (mean of the eight, first $(mean $xzr first) → now $(mean $xzr fig))"
result+="; ex-blind 2026-12zs, tuned on since its first score: first score $(summary $xzs first), now $(summary $xzs fig)"
result+=" (mean of the eight, first $(mean $xzs first) → now $(mean $xzs fig))"
result+="; ex-blind 2026-12zt, tuned on since its first score: first score $(summary $xzt first), now $(summary $xzt fig)"
result+=" (mean of the eight, first $(mean $xzt first) → now $(mean $xzt fig))"
result+="; ex-blind 2026-12zu, tuned on since its first score: first score $(summary $xzu first), now $(summary $xzu fig)"
result+=" (mean of the eight, first $(mean $xzu first) → now $(mean $xzu fig))"
result+="; ex-blind 2026-12zv, tuned on since its first score: first score $(summary $xzv first), now $(summary $xzv fig)"
result+=" (mean of the eight, first $(mean $xzv first) → now $(mean $xzv fig))"
result+="; ex-blind 2026-12zw, tuned on since its first score: first score $(summary $xzw first), now $(summary $xzw fig)"
result+=" (mean of the eight, first $(mean $xzw first) → now $(mean $xzw fig))"
result+="; ex-blind 2026-12zx, tuned on since its first score: first score $(summary $xzx first), now $(summary $xzx fig)"
result+=" (mean of the eight, first $(mean $xzx first) → now $(mean $xzx fig))"
result+="; ex-blind 2026-12zy, tuned on since its first score: first score $(summary $xzy first), now $(summary $xzy fig)"
result+=" (mean of the eight, first $(mean $xzy first) → now $(mean $xzy fig))"
# The first scores of the last five blind sets pooled: the steadiest
# measure of wordings no rule was written for.
pooled=$(echo "$out" | grep -o 'POOLED .*' | head -1 | sed 's/^POOLED //; s/blind-2026-//g; s/ (/, /; s/)$//')
result+="; pooled first scores of the last five blind sets (${pooled}): $(summary pooled first)"
# Blind sets not yet tuned on: their first score against the tuning set.
for b in $(echo "$out" | grep -o 'FIRST blind-[^ ]*' | awk '{print $2}' | sort -u); do
	bm=$(mean "$b" first)
	tm=$(mean $t fig)
	word="the tuning set scores better, as expected of the set the rules were written on"
	awk -v a="$bm" -v b="$tm" 'BEGIN { exit !(a >= b) }' && word="the blind set scores as well or better"
	result+="; $b (blind, first score): $(summary "$b" first); mean of the eight ${bm} vs tuning 2026-12 ${tm}: $word"
done
printf '| claim extraction quality, labelled paragraphs | `%s` | %s |\n' "${run//|/\\|}" "$result"
