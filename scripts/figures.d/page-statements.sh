#!/bin/bash
# figure: fast
# Statements and transactions per request, session check included, for the
# incident list at 2 and 20 rows and the incident page with 1 and 12 acts,
# on PostgreSQL (RASTRO_TEST_POSTGRES): TestStatementsPerPage, which also
# holds every other list and detail page to a fixed count on both backends.
# Claim: as many statements whatever the page shows, in one transaction.
# Margin: none; fails when the counts differ or exceed 2 transactions.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${RASTRO_TEST_POSTGRES:?page-statements needs PostgreSQL: set RASTRO_TEST_POSTGRES}"
out=$(go test ./web -run 'TestStatementsPerPage/postgres' -count=1 -v 2>&1) || {
	echo "$out" | tail -n 40 >&2
	echo "| statements per request (PostgreSQL) | \`scripts/figures.d/page-statements.sh\` | FAILED: a page's statements grow with its rows |"
	exit 1
}
list=$(echo "$out" | grep -m1 -oE '/api/incidents\?limit=2: [0-9]+ statements in [0-9]+ transactions; /api/incidents\?limit=20: [0-9]+ in [0-9]+')
page=$(echo "$out" | grep -m1 -oE '/api/incidents/[0-9]+: [0-9]+ statements in [0-9]+ transactions; /api/incidents/[0-9]+: [0-9]+ in [0-9]+')
echo "list: $list; page: $page" >&2
# The numbers of each line: the first page's (size or id), statements and
# transactions, then the second page's.
set -- $(echo "$list" | sed -E 's/[^0-9]+/ /g')
l2s=$2 l2t=$3 l20s=$5 l20t=$6
set -- $(echo "$page" | sed -E 's/[^0-9]+/ /g')
p1s=$2 p1t=$3 p2s=$5 p2t=$6
echo "| statements per request, session check included (PostgreSQL) | \`scripts/figures.d/page-statements.sh\` | incident list: $l2s statements in $l2t transaction for 2 rows, $l20s in $l20t for 20; incident page: $p1s in $p1t for 1 act, $p2s in $p2t for 12 acts: the count does not grow with the page |"
[ "$l2s" = "$l20s" ] && [ "$p1s" = "$p2s" ] && [ "$l20t" -le 2 ] && [ "$p2t" -le 2 ]
