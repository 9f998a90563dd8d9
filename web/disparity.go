package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/disparity"
	"github.com/rastro-project/rastro/report"
)

// disparityOf runs the disparity analysis with the options in the query
// (from, to, threshold, exposure); without any, the one report.Analyze ran
// with the defaults stands.
func disparityOf(r *http.Request, in *report.Input) (*disparity.Report, error) {
	q := r.URL.Query()
	if q.Get("from") == "" && q.Get("to") == "" && q.Get("threshold") == "" && q.Get("exposure") == "" {
		return in.Disparity, nil
	}
	f, err := reportFilter(r)
	if err != nil {
		return nil, err
	}
	opt, err := disparityOptions(r)
	if err != nil {
		return nil, err
	}
	opt.From, opt.To = f.From, f.To
	return disparity.Analyze(in.Data, opt)
}

// disparityOptions reads the threshold and exposure of the disparity
// analysis (rastro disparity's and rastro report's --threshold and
// --exposure); package disparity checks them.
func disparityOptions(r *http.Request) (disparity.Options, error) {
	q := r.URL.Query()
	opt := disparity.Options{Exposure: q.Get("exposure")}
	if t := q.Get("threshold"); t != "" {
		var err error
		if opt.Threshold, err = strconv.ParseFloat(t, 64); err != nil {
			return opt, rastro.Errorf(rastro.EINVALID, "threshold %q: want a share between 0 and 1 (0.5 is 50%%)", t)
		}
	}
	return opt, nil
}

// disparityText is the disparity report laid out for the page: figures
// formatted, words chosen by the template.
type disparityText struct {
	From, To, Threshold, Exposure string    // the form's values
	Map, Forest                   string    // SVG drawn by package report
	Departments, Rows             []dispRow // departments and provinces with protest events
	Analyses                      []dispAnalysis
}

type dispRow struct {
	Ubigeo, Name, Place, Share, Poverty string
	Events, Killed, Gunshot, Casualties int
	PerEvents, PerPeople                string
}

type dispAnalysis struct {
	Key, Exposure string
	Without       int64
	Comparisons   []dispComparison
	Regression    disparity.Regression
	Model         *disparity.Model
	Dispersion    string
	LR, LRP       string
	Theta         string
	Deviance, AIC string
	Terms         []dispTerm
}

type dispComparison struct {
	Key, Measure, RateA, RateB, Ratio, P string
	Pct                                  string // the threshold, "60%"
	KA, KB                               int
}

type dispTerm struct {
	Name, Ratio, Estimate, SE, P string
}

func rateString(r disparity.Rate) string {
	return disparity.F(r.Rate) + " (" + disparity.F(r.Low) + "–" + disparity.F(r.High) + ")"
}

// layoutRow formats an area's figures; place is its UBIGEO prefix, for the
// incidents list.
func layoutRow(row disparity.Row, name, place string) dispRow {
	pov := "–"
	if row.Poverty != nil {
		pov = fmt.Sprintf("%.1f %%", *row.Poverty)
	}
	return dispRow{Ubigeo: row.Ubigeo, Name: name, Place: place, Share: fmt.Sprintf("%.1f %%", 100*row.Share), Poverty: pov,
		Events: row.Events, Killed: row.Killed.N, Gunshot: row.Gunshot.N, Casualties: row.Casualties.N,
		PerEvents: rateString(row.Casualties.PerEvents), PerPeople: rateString(row.Casualties.PerPeople)}
}

func layoutDisparity(r *http.Request, d *disparity.Report) (*disparityText, error) {
	if d == nil {
		return nil, nil
	}
	q := r.URL.Query()
	t := &disparityText{From: q.Get("from"), To: q.Get("to"), Threshold: strconv.FormatFloat(d.Threshold, 'g', -1, 64), Exposure: d.Exposure}
	var err error
	t.Map, t.Forest, err = report.DisparityFigures(d, langFrom(r.Context()), func(code string) string {
		return "/incidents?place=" + strings.TrimSuffix(code, "00")
	})
	if err != nil {
		return nil, err
	}
	for _, row := range d.Departments {
		if row.Events > 0 {
			t.Departments = append(t.Departments, layoutRow(row, row.Name, row.Ubigeo[:2]))
		}
	}
	for _, row := range d.Provinces {
		t.Rows = append(t.Rows, layoutRow(row, row.Name+", "+row.Department, row.Ubigeo[:4]))
	}
	for _, a := range append([]disparity.Analysis{d.Main}, d.Sensitivity...) {
		da := dispAnalysis{Key: a.Key, Exposure: a.Exposure, Without: a.Without, Regression: a.Regression, Model: a.Regression.Model(),
			Dispersion: disparity.F(a.Regression.Dispersion), LR: disparity.F(a.Regression.LRStat), LRP: disparity.PValue(a.Regression.LRP)}
		for _, c := range a.Comparisons {
			da.Comparisons = append(da.Comparisons, dispComparison{Key: c.Key, Measure: c.Measure, Pct: strconv.FormatFloat(100*d.Threshold, 'g', -1, 64) + "%",
				KA: len(c.ActsA), KB: len(c.ActsB), RateA: disparity.F(c.RateA), RateB: disparity.F(c.RateB),
				Ratio: disparity.F(c.Ratio) + " (" + disparity.F(c.Low) + "–" + disparity.F(c.High) + ")", P: disparity.PValue(c.P)})
		}
		if m := da.Model; m != nil {
			da.Theta, da.Deviance, da.AIC = disparity.F(m.Theta), disparity.F(m.Deviance), disparity.F(m.AIC)
			for _, term := range m.Terms {
				da.Terms = append(da.Terms, dispTerm{Name: term.Name, Ratio: disparity.F(term.Ratio) + " (" + disparity.F(term.Low) + "–" + disparity.F(term.High) + ")",
					Estimate: fmt.Sprintf("%.4f", float64(term.Estimate)), SE: fmt.Sprintf("%.4f", float64(term.SE)), P: disparity.PValue(term.P)})
			}
		}
		t.Analyses = append(t.Analyses, da)
	}
	return t, nil
}
