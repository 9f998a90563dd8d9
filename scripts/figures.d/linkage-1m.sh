#!/usr/bin/env bash
# figure: slow
# Deduplication of 1,000,000 generated Peruvian-style records with the
# blocking rules rastro chooses itself, against 100,000 records of the
# same generator in the same run: time, peak heap, precision and recall
# (pairwise, against the generator's person column) and the share of true
# pairs the chosen rules make candidates. The README claims, at 1M, under
# 60 s, at most 2 GB of heap, precision ≥ 0.98 and recall ≥ 0.76; this
# fails above 75 s or 2 GB, or below precision 0.975 or recall 0.75.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmd="RASTRO_BENCH_1M=1 go test ./linkage -run '^\$' -bench DedupSynthetic -benchtime 1x"
out=$(RASTRO_BENCH_1M=1 go test ./linkage -run '^$' -bench 'DedupSynthetic' -benchtime 1x -timeout 30m)
# metric NAME SIZE: the value reported before unit NAME on the SIZE line.
metric() { echo "$out" | awk -v size="$2" -v unit="$1" '$1 ~ "/" size "-" { for (i = 2; i < NF; i++) if ($(i+1) == unit) print $i }'; }
s1=$(metric s/run 1M) h1=$(metric MB-peak-heap 1M) p1=$(metric precision 1M) r1=$(metric recall 1M) c1=$(metric candidate-recall 1M)
s0=$(metric s/run 100k) p0=$(metric precision 100k) r0=$(metric recall 100k) c0=$(metric candidate-recall 100k)
ratio=$(awk -v a="$s1" -v b="$s0" 'BEGIN { printf "%.1f", a / b }')
echo "| deduplication of 1,000,000 generated records, rules chosen by rastro | \`$cmd\` | 1M: ${s1} s, ${h1} MB heap, precision ${p1}, recall ${r1} (candidates hold ${c1} of true pairs); 100k: ${s0} s, precision ${p0}, recall ${r0} (candidates ${c0}); ten times the records take ${ratio}× as long |"
awk -v s="$s1" -v h="$h1" -v p="$p1" -v r="$r1" 'BEGIN { exit !(s <= 75 && h <= 2048 && p >= 0.975 && r >= 0.75) }'
