package disparity

import (
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
)

var canShow = []string{
	"Whether deaths and injuries per documented protest event (or per inhabitant) were higher in some provinces and departments than in others, with exact 95% intervals for the play of chance at these small counts.",
	"Whether the provinces where more people identify as indigenous saw more casualties per protest than the rest, once poverty is taken into account, and how much one incident drives that.",
}

var cannotShow = []string{
	"The ethnicity of the individual victims, or that anyone was harmed because of it: the comparison is ecological, between places, and a province's census share describes its residents, not the crowd that day or those who were shot.",
	"The intent of those who used force, or the orders they had: rates differ also with the size and tactics of protests, the forces and weapons deployed, and the terrain.",
	"Protests nobody documented: the exposure counts only the protest events in the records (ACLED and the case file), and where fewer protests were recorded the rate per event looks higher.",
	"Anyone under 12: the census question on ethnic self-identification was asked of people aged 12 and over, so shares and rates per 100,000 refer to them.",
}

var sources = []string{
	"Ethnic self-identification: INEI, Censos Nacionales 2017, question 25 (people aged 12+), by province and department; provenance and terms in disparity/data/LICENSE.census2017.txt.",
	"Poverty: INEI poverty map (pct_pobreza_total) via the gazetteer's UBIGEO tables (J. M. Castagnetto, MIT).",
}

// Labels of the measures in English.
var MeasureLabels = map[string]string{
	MeasureKilled:     "deaths",
	MeasureGunshot:    "gunshot injuries",
	MeasureCasualties: "all deaths and injuries",
}

// F formats a figure to two significant decimals, "–" when undefined and
// "∞" when infinite.
func F(v Num) string {
	f := float64(v)
	switch {
	case math.IsNaN(f):
		return "–"
	case math.IsInf(f, 1):
		return "∞"
	}
	return fmt.Sprintf("%.2f", f)
}

// PValue formats a p-value.
func PValue(v Num) string {
	f := float64(v)
	if math.IsNaN(f) {
		return "–"
	}
	if f < 0.001 {
		return "<0.001"
	}
	return fmt.Sprintf("%.3f", f)
}

// WriteText writes the report as text.
func (r *Report) WriteText(w io.Writer) error {
	fmt.Fprintln(w, "Disparity: deaths and injuries against documented protests and the census")
	period := "all records"
	if !r.From.IsZero() || !r.To.IsZero() {
		period = fmt.Sprintf("from %s to %s", orOpen(r.From.String()), orOpen(r.To.String()))
	}
	fmt.Fprintf(w, "Period: %s. Protest events: %d; deaths %d, gunshot injuries %d, all deaths and injuries %d.\n",
		period, r.Events, r.Placed.Killed, r.Placed.Gunshot, r.Placed.Casualties)
	if n := len(r.Unplaced.Incidents); n > 0 {
		fmt.Fprintf(w, "Left out: %d incidents (%d deaths and injuries) whose province could not be told.\n", n, len(r.Unplaced.Casualties))
	}
	fmt.Fprintf(w, "Events: %s\nPopulation: %s\n", r.EventRule, r.PopulationMeasure)

	fmt.Fprintln(w, "\nRates by department (per 100 protest events and per 100,000 people aged 12+, exact 95% intervals):")
	r.writeRows(w, r.Departments, false)
	fmt.Fprintln(w, "\nRates by province (provinces with documented protest events):")
	r.writeRows(w, r.Provinces, true)

	for _, a := range append([]Analysis{r.Main}, r.Sensitivity...) {
		a.writeText(w)
	}
	fmt.Fprintln(w, "\nShows:")
	for _, s := range r.CanShow {
		fmt.Fprintf(w, "  - %s\n", s)
	}
	fmt.Fprintln(w, "Cannot show:")
	for _, s := range r.CannotShow {
		fmt.Fprintf(w, "  - %s\n", s)
	}
	fmt.Fprintln(w, "Sources:")
	for _, s := range r.Sources {
		fmt.Fprintf(w, "  - %s\n", s)
	}
	return nil
}

func orOpen(s string) string {
	if s == "" {
		return "…"
	}
	return s
}

func (r *Report) writeRows(w io.Writer, rows []Row, province bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "UBIGEO\tNAME\tINDIGENOUS\tPOVERTY\tEVENTS\tKILLED\tGUNSHOT INJ.\tCASUALTIES\tPER 100 EVENTS (95% CI)\tPER 100,000 (95% CI)\t"
	fmt.Fprintln(tw, head)
	for _, row := range rows {
		if !province && row.Events == 0 {
			continue
		}
		name := row.Name
		if province {
			name += ", " + row.Department
		}
		pov := "–"
		if row.Poverty != nil {
			pov = fmt.Sprintf("%.1f%%", *row.Poverty)
		}
		c := row.Casualties
		fmt.Fprintf(tw, "%s\t%s\t%.1f%%\t%s\t%d\t%d\t%d\t%d\t%s (%s–%s)\t%s (%s–%s)\t\n", row.Ubigeo, name, 100*row.Share, pov,
			row.Events, row.Killed.N, row.Gunshot.N, c.N, F(c.PerEvents.Rate), F(c.PerEvents.Low), F(c.PerEvents.High),
			F(c.PerPeople.Rate), F(c.PerPeople.Low), F(c.PerPeople.High))
	}
	tw.Flush()
}

func (a *Analysis) writeText(w io.Writer) {
	fmt.Fprintf(w, "\n== %s (exposure: %s)\n", a.Label, a.Exposure)
	per := "per 100 events"
	if a.Exposure == ExposurePopulation {
		per = "per 100,000"
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  COMPARISON\tMEASURE\tA\tB\tRATE A %s\tRATE B\tRATE RATIO (95%% CI)\tP\n", strings.ToUpper(per))
	side := func(g Group, m string) string {
		if a.Exposure == ExposurePopulation {
			return fmt.Sprintf("%s: %d in %d people 12+", g.Label, g.count(m), g.Population)
		}
		return fmt.Sprintf("%s: %d in %d events", g.Label, g.count(m), g.Events)
	}
	for _, c := range a.Comparisons {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s (%s–%s)\t%s\n", c.Key, MeasureLabels[c.Measure],
			side(c.A, c.Measure), side(c.B, c.Measure), F(c.RateA), F(c.RateB), F(c.Ratio), F(c.Low), F(c.High), PValue(c.P))
	}
	tw.Flush()
	g := a.Regression
	fmt.Fprintf(w, "  Regression: %s, %d provinces (%d left out), %d casualties.\n", g.Formula, g.Units, g.LeftOut, g.Casualties)
	for _, warn := range g.Warnings {
		fmt.Fprintf(w, "  Warning: %s\n", warn)
	}
	m := g.Model()
	if m == nil {
		return
	}
	fmt.Fprintf(w, "  Poisson dispersion (Pearson chi-square / df): %s. %s\n", F(g.Dispersion), g.Test)
	fmt.Fprintf(w, "  Model read: %s; deviance %s on %d df, AIC %s", m.Family, F(m.Deviance), m.DF, F(m.AIC))
	if m.Family == "negative_binomial" {
		fmt.Fprintf(w, ", theta %s (SE %s)", F(m.Theta), F(m.ThetaSE))
	}
	fmt.Fprintln(w, ".")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  TERM\tRATE RATIO (95% CI)\tESTIMATE\tSE\tP")
	for _, t := range m.Terms {
		fmt.Fprintf(tw, "  %s\t%s (%s–%s)\t%.4f\t%.4f\t%s\n", t.Name, F(t.Ratio), F(t.Low), F(t.High), float64(t.Estimate), float64(t.SE), PValue(t.P))
	}
	tw.Flush()
}
