#!/usr/bin/env bash
# Writes mse/testdata/eight_lists_r.txt: capture histories over eight lists
# (simulated in R with a seed: 600 persons, list effects and a normal
# individual effect on the logit scale) and the fits of closedp.t's
# log-linear models to them by R's glm, with Rcapture's design columns and
# formulas (N = n + exp(b0), s.e. sqrt(e^b0 + e^2b0 var(b0)); for the
# behavioural Mb and Mbh, closedp.t's expressions of N in the coefficients,
# s.e. by the delta method on a central-difference gradient). Rcapture
# itself is not in Debian; closedp.t fits these models with glm on exactly
# these columns. TestEightListsAgainstR reads the file.
#   scripts/mse-many-lists-vs-r.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v Rscript >/dev/null; then
	echo "Rscript not found: apt-get install -y r-base-core" >&2
	exit 1
fi
Rscript - > mse/testdata/eight_lists_r.txt <<'RCODE'
set.seed(20261204)
t <- 8
N <- 600
a <- c(-1.6, -1.2, -2.0, -1.4, -1.8, -1.1, -2.2, -1.5)
z <- rnorm(N)
caught <- sapply(1:t, function(j) rbinom(N, 1, plogis(a[j] + z)))
# Histories in Rcapture's order: 11111111, 11111110, ..., 00000001.
H <- t(sapply((2^t - 1):1, function(v) rev(as.integer(intToBits(v))[1:t])))
key <- function(m) apply(m, 1, paste, collapse = "")
y <- as.vector(table(factor(key(caught), levels = key(H))))
s <- rowSums(H)
cat("# R", R.version$major, ".", R.version$minor, ": glm(family = poisson) with Rcapture's columns\n", sep = "")
cat("counts", paste(y, collapse = ","), "\n")
fit <- function(name, X) {
  g <- glm(y ~ X, family = poisson, control = glm.control(maxit = 200))
  b0 <- coef(g)[1]
  v <- summary(g)$cov.unscaled[1, 1]
  cat(sprintf("model %s %.6f %.6f %.6f %d %.6f\n", name, sum(y) + exp(b0),
              sqrt(exp(b0) + exp(2 * b0) * v), deviance(g), df.residual(g), AIC(g)))
}
fit("M0", cbind(s))
fit("Mt", H)
het <- list(Poisson = 2^s - 1, Darroch = s^2 / 2, Gamma = -log(3.5 + s) + log(3.5))
for (h in names(het)) fit(paste0("Mh-", h), cbind(s, het[[h]]))
for (h in names(het)) fit(paste0("Mth-", h), cbind(H, het[[h]]))
# A user's heterogeneity function, as closedp.h(h = psi): Rcapture's
# negative Poisson example, psi(s) = 0.5^s - 1.
cat("psi", paste(sprintf("%.17g", 0.5^(1:t) - 1), collapse = ","), "\n")
fit("Mh-psi", cbind(s, 0.5^s - 1))
fit("Mth-psi", cbind(H, 0.5^s - 1))
# Behavioural models: occasions before the first capture, captures after
# it and, for Mbh, not caught on occasion 1; N is a function of all the
# coefficients. The s.e. is var(N) under Poisson sampling less N.
before <- apply(H, 1, function(r) which(r == 1)[1]) - 1
behavioural <- function(name, X, total) {
  g <- glm(y ~ X, family = poisson, control = glm.control(maxit = 200))
  b <- coef(g)
  grad <- sapply(seq_along(b), function(j) {
    e <- replace(numeric(length(b)), j, 1e-6)
    (total(b + e) - total(b - e)) / 2e-6
  })
  N <- total(b)
  se <- sqrt(drop(t(grad) %*% summary(g)$cov.unscaled %*% grad) - N)
  cat(sprintf("model %s %.6f %.6f %.6f %d %.6f\n", name, N, se, deviance(g), df.residual(g), AIC(g)))
}
behavioural("Mb", cbind(before, s - 1), function(b)
  exp(b[1]) * (1 + exp(b[3]))^t / (1 + exp(b[3]) - exp(b[2])))
behavioural("Mbh", cbind(1 - H[, 1], before, s - 1), function(b)
  exp(b[1]) * (1 + exp(b[4]))^(t - 1) * (1 + exp(b[2] + b[3]) / (1 + exp(b[4]) - exp(b[3]))))
RCODE
echo "wrote mse/testdata/eight_lists_r.txt"
