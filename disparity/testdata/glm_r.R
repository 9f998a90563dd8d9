# Fits the regression tables in the folder given as argument with R's glm()
# and MASS::glm.nb, computes exact intervals with poisson.test, and writes
# glm_r.json there. Run by scripts/disparity-vs-r.sh, which writes the tables.
suppressPackageStartupMessages(library(MASS))
out <- commandArgs(trailingOnly = TRUE)[1]
num <- function(v) ifelse(is.finite(v), sprintf("%.17g", v), "null")
arr <- function(v) paste0("[", paste(num(v), collapse = ", "), "]")
fit <- function(name) {
  d <- read.csv(file.path(out, paste0("table_", name, ".csv")), colClasses = c(ubigeo = "character"))
  p <- glm(casualties ~ share10 + poverty10 + offset(log(exposure)), family = poisson, data = d)
  sp <- summary(p)$coefficients
  parts <- c(
    sprintf('"poisson": {"coef": %s, "se": %s, "deviance": %s, "loglik": %s, "pearson": %s, "df": %d}',
      arr(sp[, 1]), arr(sp[, 2]), num(deviance(p)), num(as.numeric(logLik(p))),
      num(sum(residuals(p, type = "pearson")^2)), df.residual(p)))
  nb <- tryCatch(glm.nb(casualties ~ share10 + poverty10 + offset(log(exposure)), data = d),
    warning = function(w) NULL, error = function(e) NULL)
  if (!is.null(nb)) {
    sn <- summary(nb)$coefficients
    lr <- 2 * (as.numeric(logLik(nb)) - as.numeric(logLik(p)))
    parts <- c(parts, sprintf(
      '"negbin": {"coef": %s, "se": %s, "deviance": %s, "loglik": %s, "theta": %s, "theta_se": %s, "lr": %s, "lr_p": %s}',
      arr(sn[, 1]), arr(sn[, 2]), num(deviance(nb)), num(as.numeric(logLik(nb))), num(nb$theta), num(nb$SE.theta),
      num(lr), num(0.5 * pchisq(lr, 1, lower.tail = FALSE))))
  } else {
    parts <- c(parts, '"negbin": null')
  }
  sprintf('"%s": {%s}', name, paste(parts, collapse = ", "))
}
# Exact intervals: Garwood's for counts, poisson.test's rate ratios.
ks <- c(0, 1, 2, 5, 12, 29, 52)
garwood <- sapply(ks, function(k) sprintf("[%d, %s, %s]", k,
  num(poisson.test(k)$conf.int[1]), num(poisson.test(k)$conf.int[2])))
cases <- list(c(52, 16, 0, 46), c(25, 24, 0, 18), c(29, 3, 23, 59), c(8, 2, 10, 4), c(3, 200000, 7, 1500000))
rr <- sapply(cases, function(x) {
  t <- poisson.test(x[c(1, 3)], x[c(2, 4)])
  sprintf("[%s, %s, %s, %s, %s, %s, %s, %s]", num(x[1]), num(x[2]), num(x[3]), num(x[4]),
    num(unname(t$estimate)), num(t$conf.int[1]), num(t$conf.int[2]), num(t$p.value))
})
json <- paste0("{\n", fit("events"), ",\n", fit("population"), ",\n",
  '"garwood": [', paste(garwood, collapse = ", "), "],\n",
  '"rate_ratios": [', paste(rr, collapse = ", "), "],\n",
  sprintf('"r_version": "%s", "mass_version": "%s"', R.version.string, packageVersion("MASS")), "\n}\n")
writeLines(json, file.path(out, "glm_r.json"), sep = "")
cat(json)
