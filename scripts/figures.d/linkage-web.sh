#!/usr/bin/env bash
# figure: fast
# FEBRL 4a+4b linked through the web API (POST /api/linkage/csv, the files
# uploaded as multipart, the answer a zip) and through rastro link --csv
# with the same options: the output files must be the same byte for byte
# (merges.csv but for the time of the run). Fails when any differs.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/figures.d/lib.bash
needs curl unzip
figwork
data=../shared/data/febrl
go build -o "$work/rastro" ./cmd/rastro
export RASTRO_DATA=$work/data
map=id=rec_id,given=given_name,surname=surname,birth=date_of_birth,place=suburb,extra.postcode=postcode,extra.ssn=soc_sec_id
"$work/rastro" link --csv "$data/dataset4a.csv" --csv "$data/dataset4b.csv" --link-only --keep-place-names --map "$map" -o "$work/cli" >"$work/cli.txt"

"$work/rastro" migrate >/dev/null
echo "figure-$RANDOM-$RANDOM-password" | "$work/rastro" user add figure --role analyst >/dev/null
token=$("$work/rastro" token create figure --user figure | grep -o '[A-Za-z0-9_-]\{30,\}' | head -n 1)
"$work/rastro" serve --addr 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 300); do
	url=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -n 1 || true)
	[ -n "$url" ] && break
	sleep 0.1
done
curl -sf -H "Authorization: Bearer $token" -F "csv=@$data/dataset4a.csv" -F "csv=@$data/dataset4b.csv" \
	-F "map=$map" -F link_only=yes -F keep_place_names=yes "$url/api/linkage/csv?format=zip" -o "$work/web.zip"
unzip -q -d "$work/web" "$work/web.zip"

same=() differ=()
for f in pairs review clusters histories; do
	if cmp -s "$work/cli/$f.csv" "$work/web/$f.csv"; then same+=("$f.csv"); else differ+=("$f.csv"); fi
done
# merges.csv: every column but "at", the time of the run.
if cmp -s <(cut -d, -f1-8,10- "$work/cli/merges.csv") <(cut -d, -f1-8,10- "$work/web/merges.csv"); then same+=(merges.csv); else differ+=(merges.csv); fi
pairs=$(($(wc -l <"$work/cli/pairs.csv") - 1))
echo "| FEBRL 4a+4b through the web API against the command line, same options | \`POST /api/linkage/csv?format=zip\` (multipart) against \`rastro link --csv dataset4a.csv --csv dataset4b.csv --link-only --keep-place-names --map … -o out\` | ${#same[@]} of 5 files the same (${same[*]}); $pairs pairs${differ[*]:+; differ: ${differ[*]}} |"
[ ${#differ[@]} -eq 0 ]
