# Helpers shared by the figure scripts (sourced, not run).

# figwork makes a work folder removed at exit and sets $work.
figwork() {
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
}

# wallrss CMD... runs CMD once and prints "milliseconds peakKB", measured
# by /usr/bin/time (GNU time) for the memory and the shell's clock for the
# time.
wallrss() {
	local t0 t1 kb
	t0=$EPOCHREALTIME
	kb=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1)
	t1=$EPOCHREALTIME
	awk -v a="$t0" -v b="$t1" -v k="$kb" 'BEGIN { printf "%.2f %d\n", (b - a) * 1000, k }'
}

# median reads numbers, one a line, and prints their median.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# needs TOOL... exits with a message when a tool is missing.
needs() {
	local t
	for t in "$@"; do
		command -v "$t" >/dev/null || {
			echo "$(basename "$0"): needs $t" >&2
			exit 1
		}
	done
}
