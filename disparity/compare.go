package disparity

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro/internal/glm"
	"gonum.org/v1/gonum/stat/distuv"
)

// Group is a set of provinces pooled for a comparison.
type Group struct {
	Label      string  `json:"label"`
	Provinces  int     `json:"provinces"`
	Events     int     `json:"events"`
	Population int     `json:"population_12plus"`
	Killed     int     `json:"killed"`
	Gunshot    int     `json:"gunshot_injured"`
	Casualties int     `json:"casualties"`
	Incidents  []int64 `json:"incidents,omitempty"`
	Acts       []int64 `json:"casualty_acts,omitempty"`
}

func (g *Group) count(m string) int {
	switch m {
	case MeasureKilled:
		return g.Killed
	case MeasureGunshot:
		return g.Gunshot
	}
	return g.Casualties
}

// Comparison is the rate ratio of one measure between two groups of
// provinces, A against B, with its exact 95% interval and p-value (R's
// poisson.test).
type Comparison struct {
	Key      string `json:"key"` // "majority", "threshold" or "lima_south"
	Label    string `json:"label"`
	Measure  string `json:"measure"`
	Exposure string `json:"exposure"`
	A        Group  `json:"a"`
	B        Group  `json:"b"`
	// Per 100 events or per 100,000 people aged 12+.
	RateA Num     `json:"rate_a"`
	RateB Num     `json:"rate_b"`
	Ratio Num     `json:"rate_ratio"`
	Low   Num     `json:"low"`
	High  Num     `json:"high"`
	P     Num     `json:"p"`
	ActsA []int64 `json:"acts_a,omitempty"` // the acts counted in A for this measure
	ActsB []int64 `json:"acts_b,omitempty"`
}

// grouping splits provinces in two.
type grouping struct {
	key, label, a, b string
	inA, inB         func(*Row) bool
}

func groupings(threshold float64) []grouping {
	share := func(t float64) (func(*Row) bool, func(*Row) bool) {
		return func(r *Row) bool { return r.Share >= t }, func(r *Row) bool { return r.Share < t }
	}
	a, b := share(0.5)
	out := []grouping{{"majority", "Provinces where most people aged 12+ identify as indigenous, against the rest",
		"indigenous share ≥ 50%", "indigenous share < 50%", a, b}}
	if threshold != 0.5 {
		a, b := share(threshold)
		pct := fmt.Sprintf("%g%%", 100*threshold)
		out = append(out, grouping{"threshold", "Provinces with an indigenous share of " + pct + " or more, against the rest",
			"indigenous share ≥ " + pct, "indigenous share < " + pct, a, b})
	}
	south := func(r *Row) bool { return slices.Contains(Southern, r.Ubigeo[:2]) }
	out = append(out, grouping{"lima_south", "The southern departments against Lima Metropolitana",
		"southern departments", "Lima Metropolitana", south, func(r *Row) bool { return r.Ubigeo == LimaMetropolitana }})
	return out
}

func pool(rows []*Row, label string, in func(*Row) bool) Group {
	g := Group{Label: label}
	for _, r := range rows {
		if !in(r) {
			continue
		}
		g.Provinces++
		g.Events += r.Events
		g.Population += r.Population
		g.Killed += r.Killed.N
		g.Gunshot += r.Gunshot.N
		g.Casualties += r.Casualties.N
		g.Incidents = append(g.Incidents, r.Incidents...)
		g.Acts = append(g.Acts, r.Casualties.Acts...)
	}
	slices.Sort(g.Incidents)
	slices.Sort(g.Acts)
	return g
}

func actsIn(rows []*Row, in func(*Row) bool, m string) []int64 {
	var out []int64
	for _, r := range rows {
		if in(r) {
			out = append(out, r.Measure(m).Acts...)
		}
	}
	slices.Sort(out)
	return out
}

// exposureOf is a group's exposure and the scale of its rates.
func exposureOf(g Group, exposure string) (float64, float64) {
	if exposure == ExposurePopulation {
		return float64(g.Population), 1e5
	}
	return float64(g.Events), 100
}

// analyse runs the comparisons and the regression over the provinces.
func analyse(rows []*Row, opt Options, exposure, key, label string) Analysis {
	an := Analysis{Key: key, Label: label, Exposure: exposure, Comparisons: []Comparison{}}
	for _, gr := range groupings(opt.Threshold) {
		a, b := pool(rows, gr.a, gr.inA), pool(rows, gr.b, gr.inB)
		ea, scale := exposureOf(a, exposure)
		eb, _ := exposureOf(b, exposure)
		for _, m := range Measures {
			c := Comparison{Key: gr.key, Label: gr.label, Measure: m, Exposure: exposure, A: a, B: b,
				RateA: rateOf(a.count(m), ea, scale).Rate, RateB: rateOf(b.count(m), eb, scale).Rate,
				ActsA: actsIn(rows, gr.inA, m), ActsB: actsIn(rows, gr.inB, m)}
			c.Ratio, c.Low, c.High, c.P = RateRatio(a.count(m), ea, b.count(m), eb)
			an.Comparisons = append(an.Comparisons, c)
		}
	}
	an.Regression = regress(rows, exposure)
	return an
}

// Term is one coefficient of the regression, as a rate ratio.
type Term struct {
	Name     string `json:"name"`
	Estimate Num    `json:"estimate"` // log rate ratio
	SE       Num    `json:"se"`
	Ratio    Num    `json:"rate_ratio"`
	Low      Num    `json:"low"` // Wald 95% interval of the rate ratio
	High     Num    `json:"high"`
	P        Num    `json:"p"`
}

// Model is one fitted regression.
type Model struct {
	Family    string `json:"family"` // "poisson" or "negative_binomial"
	Terms     []Term `json:"terms"`
	Deviance  Num    `json:"deviance"`
	DF        int    `json:"df_residual"`
	LogLik    Num    `json:"log_likelihood"`
	AIC       Num    `json:"aic"`
	Theta     Num    `json:"theta,omitempty"`    // negative binomial shape
	ThetaSE   Num    `json:"theta_se,omitempty"` // its standard error
	Pearson   Num    `json:"pearson_chi2"`
	Converged bool   `json:"converged"`
}

// Regression models casualties per province on indigenous share and
// poverty, with log exposure as offset: Poisson, or negative binomial when a
// likelihood-ratio test finds the counts overdispersed.
type Regression struct {
	Exposure string `json:"exposure"`
	Formula  string `json:"formula"`
	Units    int    `json:"provinces"`
	// Left out: provinces without exposure (no events) or without a
	// poverty rate.
	LeftOut    int    `json:"left_out"`
	Casualties int    `json:"casualties"`
	Chosen     string `json:"chosen"` // family of the model to read
	Poisson    *Model `json:"poisson,omitempty"`
	NegBin     *Model `json:"negative_binomial,omitempty"`
	// Dispersion: Pearson chi-square / residual df of the Poisson fit, and
	// the likelihood-ratio test of the negative binomial against it (the
	// p-value halved: theta = infinity is on the boundary).
	Dispersion Num      `json:"dispersion"`
	LRStat     Num      `json:"lr_statistic"`
	LRP        Num      `json:"lr_p"`
	Test       string   `json:"test"`
	Warnings   []string `json:"warnings"`
	Table      Table    `json:"-"` // the rows fitted, for WriteCSV
}

// Chosen model, nil when none could be fitted.
func (r *Regression) Model() *Model {
	if r.Chosen == "negative_binomial" {
		return r.NegBin
	}
	return r.Poisson
}

// Table is the regression's data: one row per province used.
type Table struct {
	Ubigeo     []string
	Casualties []float64
	Exposure   []float64
	Share      []float64 // percentage points / 10
	Poverty    []float64 // percentage points / 10
}

// Term names, as R names the columns of the fixture's table.
var termNames = []string{"(Intercept)", "indigenous share (per 10 points)", "poverty (per 10 points)"}

// RegressionTable builds the regression's rows: provinces with exposure
// and a poverty rate.
func RegressionTable(rows []*Row, exposure string) (Table, int) {
	var t Table
	left := 0
	for _, r := range rows {
		e := float64(r.Events)
		if exposure == ExposurePopulation {
			e = float64(r.Population)
		}
		if e <= 0 || r.Poverty == nil {
			left++
			continue
		}
		t.Ubigeo = append(t.Ubigeo, r.Ubigeo)
		t.Casualties = append(t.Casualties, float64(r.Casualties.N))
		t.Exposure = append(t.Exposure, e)
		t.Share = append(t.Share, 10*r.Share)
		t.Poverty = append(t.Poverty, *r.Poverty/10)
	}
	return t, left
}

func regress(rows []*Row, exposure string) Regression {
	t, left := RegressionTable(rows, exposure)
	reg := Fit(t)
	reg.Exposure, reg.LeftOut, reg.Table = exposure, left, t
	reg.Formula = "casualties ~ indigenous share + poverty + offset(log(" + exposure + "))"
	return reg
}

// Fit fits the regression to a table.
func Fit(t Table) Regression {
	reg := Regression{Units: len(t.Casualties), Warnings: []string{}}
	for _, y := range t.Casualties {
		reg.Casualties += int(y)
	}
	const p = 3
	if reg.Units <= p || reg.Casualties == 0 {
		reg.Warnings = append(reg.Warnings, fmt.Sprintf("not fitted: %d provinces with %d casualties; the regression needs more than %d provinces and some casualties", reg.Units, reg.Casualties, p))
		return reg
	}
	n := reg.Units
	x := make([]float64, 0, n*p)
	off := make([]float64, n)
	for i := range n {
		x = append(x, 1, t.Share[i], t.Poverty[i])
		off[i] = math.Log(t.Exposure[i])
	}
	if len(glm.IndependentColumns(x, n, p)) < p {
		reg.Warnings = append(reg.Warnings, "not fitted: indigenous share and poverty do not vary independently across these provinces")
		return reg
	}
	pf := glm.Poisson(t.Casualties, x, p, off)
	reg.Poisson = model("poisson", pf, t.Casualties, n, p)
	reg.Chosen = "poisson"
	df := float64(n - p)
	reg.Dispersion = Num(float64(reg.Poisson.Pearson) / df)
	nb, ok := glm.NegBin(t.Casualties, x, p, off)
	if !ok {
		reg.LRStat, reg.LRP = 0, 1
		reg.Test = "The negative binomial's shape could not be estimated (it runs to infinity: no overdispersion), so the Poisson model stands."
	} else {
		reg.NegBin = model("negative_binomial", nb, t.Casualties, n, p)
		lr := math.Max(0, 2*(nb.LogLik-pf.LogLik))
		reg.LRStat = Num(lr)
		reg.LRP = Num(0.5 * distuv.ChiSquared{K: 1}.Survival(lr))
		if lr == 0 {
			reg.LRP = 1
		}
		if reg.LRP < 0.05 {
			reg.Chosen = "negative_binomial"
			reg.Test = fmt.Sprintf("Overdispersed: the likelihood-ratio test of the negative binomial against the Poisson model gives %.2f (p = %.3g, half the chi-square(1) tail, as the Poisson is its boundary case), so the negative binomial is read.", lr, float64(reg.LRP))
		} else {
			reg.Test = fmt.Sprintf("Not overdispersed: the likelihood-ratio test of the negative binomial against the Poisson model gives %.2f (p = %.3g), so the Poisson model is read.", lr, float64(reg.LRP))
		}
	}
	if !pf.Converged || (ok && !nb.Converged) {
		reg.Warnings = append(reg.Warnings, "a fit did not converge; read its figures with care")
	}
	if reg.Casualties < 10 {
		reg.Warnings = append(reg.Warnings, fmt.Sprintf("only %d casualties: the intervals are wide and the Wald intervals approximate", reg.Casualties))
	}
	return reg
}

func model(family string, f *glm.Fit, y []float64, n, p int) *Model {
	m := &Model{Family: family, Deviance: Num(f.Deviance), DF: n - p, LogLik: Num(f.LogLik),
		AIC: Num(-2*f.LogLik + 2*float64(p)), Pearson: Num(f.PearsonChi2(y)), Converged: f.Converged}
	if family == "negative_binomial" {
		m.AIC = Num(-2*f.LogLik + 2*float64(p+1))
		m.Theta = Num(f.Theta)
		m.ThetaSE = Num(f.ThetaSE)
	}
	norm := distuv.UnitNormal
	z := norm.Quantile(1 - alpha/2)
	for j := range p {
		b, se := f.Coef[j], f.SE(j)
		m.Terms = append(m.Terms, Term{Name: termNames[j], Estimate: Num(b), SE: Num(se), Ratio: Num(math.Exp(b)),
			Low: Num(math.Exp(b - z*se)), High: Num(math.Exp(b + z*se)), P: Num(2 * norm.Survival(math.Abs(b/se)))})
	}
	return m
}

// WriteCSV writes the table for R or Stata: one row per province with its
// casualties, exposure and the two covariates as the regression takes them.
func (t Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"ubigeo", "casualties", "exposure", "share10", "poverty10"})
	g := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	for i, u := range t.Ubigeo {
		cw.Write([]string{u, g(t.Casualties[i]), g(t.Exposure[i]), g(t.Share[i]), g(t.Poverty[i])})
	}
	cw.Flush()
	return cw.Error()
}

// ReadTable reads a table WriteCSV wrote; errors name the line and column.
func ReadTable(r io.Reader, name string) (Table, error) {
	var t Table
	recs, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return t, fmt.Errorf("%s: %v", name, err)
	}
	if len(recs) == 0 || strings.Join(recs[0], ",") != "ubigeo,casualties,exposure,share10,poverty10" {
		return t, fmt.Errorf("%s:1: want the header ubigeo,casualties,exposure,share10,poverty10", name)
	}
	cols := []*[]float64{&t.Casualties, &t.Exposure, &t.Share, &t.Poverty}
	for i, rec := range recs[1:] {
		t.Ubigeo = append(t.Ubigeo, rec[0])
		for j, c := range cols {
			v, err := strconv.ParseFloat(rec[j+1], 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return t, fmt.Errorf("%s:%d: column %s: %q is not a number", name, i+2, recs[0][j+1], rec[j+1])
			}
			*c = append(*c, v)
		}
	}
	return t, nil
}
