#!/usr/bin/env bash
# Times fitting all 113 hierarchical log-linear models for four lists (the
# diabetes data) with package mse and with R's glm, and prints the ratio.
# Needs Rscript (Debian: apt-get install -y r-base-core). Run from anywhere:
#   scripts/bench-mse-vs-r.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v Rscript >/dev/null; then
	echo "Rscript not found: apt-get install -y r-base-core" >&2
	exit 1
fi

# R fits on one core, so Go does too (-cpu 1). The machine may be shared:
# the load average is printed so figures can be judged.
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "== Go: go test -run '^\$' -bench 'BenchmarkRankHierarchical4\$' -benchtime 3s -cpu 1 ./mse"
go_out=$(go test -run '^$' -bench 'BenchmarkRankHierarchical4$' -benchtime 3s -cpu 1 -count 1 ./mse)
echo "$go_out" | grep -E '^Benchmark'
go_ns=$(echo "$go_out" | awk '/^BenchmarkRankHierarchical4/ {print $3}')

echo "== R: $(Rscript -e 'cat(R.version.string)'), glm(family = poisson) on each model"
r_out=$(Rscript - <<'RCODE'
y <- c(58,157,18,104,46,650,12,709,14,20,7,74,8,182,10)
t <- 4
# Capture histories in Rcapture's order: 1111, 1110, ..., 0001.
H <- t(sapply((2^t - 1):1, function(v) rev(as.integer(intToBits(v))[1:t])))
d <- data.frame(y = y, H)
names(d) <- c("y", paste0("c", 1:t))
# Every hierarchical model with all main effects and interactions up to
# order 3: a set of pairs and triples closed under taking sub-pairs.
pairs <- combn(t, 2, simplify = FALSE)
triples <- combn(t, 3, simplify = FALSE)
cand <- c(pairs, triples)
forms <- list()
for (s in 0:(2^length(cand) - 1)) {
  pick <- bitwAnd(s, 2^(seq_along(cand) - 1)) > 0
  chosen <- cand[pick]
  ok <- TRUE
  for (tr in chosen[lengths(chosen) == 3]) {
    for (p in combn(tr, 2, simplify = FALSE)) {
      if (!any(vapply(chosen, function(x) identical(x, p), TRUE))) ok <- FALSE
    }
  }
  if (!ok) next
  terms <- c(paste0("c", 1:t), vapply(chosen, function(x) paste0("c", x, collapse = ":"), ""))
  forms[[length(forms) + 1]] <- as.formula(paste("y ~", paste(terms, collapse = " + ")))
}
stopifnot(length(forms) == 113)
fitall <- function() {
  n <- sum(y)
  vapply(forms, function(f) {
    g <- glm(f, family = poisson, data = d, control = list(maxit = 200))
    c(n + exp(coef(g)[1]), g$deviance, g$aic)
  }, numeric(3))
}
fitall.fit <- function() {
  vapply(Xs, function(X) {
    g <- glm.fit(X, y, family = poisson(), control = list(maxit = 200))
    g$deviance
  }, numeric(1))
}
Xs <- lapply(forms, function(f) model.matrix(f, d))
res <- fitall()
reps <- 20
tm <- system.time(for (i in 1:reps) fitall())[["elapsed"]] / reps
tm2 <- system.time(for (i in 1:(5 * reps)) fitall.fit())[["elapsed"]] / (5 * reps)
best <- which.min(res[3, ])
cat(sprintf("best AIC model: N = %.1f, deviance %.3f, AIC %.3f\n", res[1, best], res[2, best], res[3, best]))
cat(sprintf("R_GLM_SECONDS %.6f\n", tm))
cat(sprintf("R_GLMFIT_SECONDS %.6f\n", tm2))
RCODE
)
echo "$r_out" | grep -v SECONDS
r_glm=$(echo "$r_out" | awk '/^R_GLM_SECONDS/ {print $2}')
r_fit=$(echo "$r_out" | awk '/^R_GLMFIT_SECONDS/ {print $2}')

awk -v g="$go_ns" -v r="$r_glm" -v f="$r_fit" 'BEGIN {
	printf "all 113 models, one pass:\n"
	printf "  mse (Go, IRLS with gonum/mat)     %9.2f ms\n", g / 1e6
	printf "  R glm() with formulas             %9.2f ms   ratio R/Go %.1fx\n", r * 1e3, r * 1e9 / g
	printf "  R glm.fit() on prebuilt matrices  %9.2f ms   ratio R/Go %.1fx\n", f * 1e3, f * 1e9 / g
}'
