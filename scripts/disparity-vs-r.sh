#!/usr/bin/env bash
# Checks package disparity's statistics against R. Builds the regression
# tables of the SYNTHETIC demo (exposure: protest events, and population)
# with `rastro disparity --table`, fits them with R's glm(family = poisson)
# and MASS::glm.nb, computes exact intervals with poisson.test, and writes
# the tables and R's figures (glm_r.json, made by glm_r.R beside it) to
# disparity/testdata, which TestRegressionMatchesR and TestExactMatchesR
# compare with Go to ~1e-6.
# Needs Rscript and MASS (Debian: apt-get install -y r-base-core r-cran-mass).
#   scripts/disparity-vs-r.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v Rscript >/dev/null; then
	echo "Rscript not found: apt-get install -y r-base-core r-cran-mass" >&2
	exit 1
fi
out=disparity/testdata
mkdir -p "$out"
go run ./cmd/rastro disparity --demo --exposure events --table "$out/table_events.csv" >/dev/null
go run ./cmd/rastro disparity --demo --exposure population --table "$out/table_population.csv" >/dev/null

Rscript disparity/testdata/glm_r.R "$out"
