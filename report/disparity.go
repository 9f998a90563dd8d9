package report

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/rastro-project/rastro/disparity"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/report/svg"
)

// disparitySection writes the disparity analysis: a map of indigenous share
// by province with the casualties, the rates, a forest plot of the rate
// ratios and the regression. Every count links to its act list and every
// event count to the list of its incidents.
func disparitySection(in *Input, s *Scope, lists *actLists, tr translator) template.HTML {
	d := in.Disparity
	if d == nil {
		return template.HTML(`<p class="note">` + html.EscapeString(tr.T("disp.none")) + "</p>\n")
	}
	var w htmlw
	w.WriteString(`<p class="intro">`)
	w.text(tr.T("disp.intro", d.Events, d.Placed.Casualties, d.Placed.Killed))
	if n := len(d.Unplaced.Incidents); n > 0 {
		w.text(" " + tr.T("disp.unplaced", n, len(d.Unplaced.Casualties)))
	}
	w.WriteString("</p>\n")
	w.WriteString(`<p class="note">`)
	w.text(tr.T("disp.population") + " " + tr.T("disp.events"))
	w.WriteString("</p>\n")

	// Departments with events, then provinces with events: their act lists.
	var rows []disparity.Row
	for _, r := range d.Departments {
		if r.Events > 0 {
			rows = append(rows, r)
		}
	}
	rows = append(rows, d.Provinces...)
	refs := map[string]map[string]string{} // area → measure → act list anchor
	for _, r := range rows {
		refs[r.Ubigeo] = map[string]string{}
		for _, m := range disparity.Measures {
			refs[r.Ubigeo][m] = lists.ref(labelJoin(tr.T("disparity"), areaLabel(r), tr.T("disp.m."+m)), r.Measure(m).Acts)
		}
	}

	w.WriteString(`<figure class="wide">`)
	w.WriteString(choroplethSVG(d, in.Filter.Ubigeo, tr, func(code string) string { return "#dinc-" + code },
		func(code string) string { return hrefOf(refs[code][disparity.MeasureCasualties]) }))
	w.WriteString(`<figcaption>`)
	w.text(tr.T("disp.map.caption"))
	w.WriteString("</figcaption></figure>\n")

	w.WriteString("<h3>")
	w.text(tr.T("disp.rates"))
	w.WriteString("</h3>\n")
	ratesTable(&w, rows[:len(rows)-len(d.Provinces)], "disp.col.department", refs, tr)
	ratesTable(&w, d.Provinces, "disp.col.province", refs, tr)

	w.WriteString("<h3>")
	w.text(tr.T("disp.ratios"))
	w.WriteString("</h3>\n")
	w.WriteString(`<figure class="wide">`)
	w.WriteString(forestSVG(d, tr, func(c disparity.Comparison) string {
		return hrefOf(lists.ref(labelJoin(tr.T("disparity"), groupLabel(c.Key, "a", c.A.Label, tr), tr.T("disp.m."+c.Measure)), c.ActsA))
	}))
	w.WriteString(`<figcaption>`)
	w.text(tr.T("disp.forest.caption"))
	w.WriteString("</figcaption></figure>\n")
	for _, a := range append([]disparity.Analysis{d.Main}, d.Sensitivity...) {
		comparisonsHTML(&w, a, lists, tr)
	}

	w.WriteString(`<h3>`)
	w.text(tr.T("disp.regression"))
	w.WriteString("</h3>\n")
	for _, a := range append([]disparity.Analysis{d.Main}, d.Sensitivity...) {
		regressionHTML(&w, a, tr)
	}

	w.WriteString(`<p class="caveat"><strong>`)
	w.text(tr.T("can"))
	w.WriteString(":</strong> ")
	for i, c := range d.CanShow {
		w.text(tr.caveat("disp.can."+strconv.Itoa(i), c) + " ")
	}
	w.WriteString("<br><strong>")
	w.text(tr.T("cannot"))
	w.WriteString(":</strong> ")
	for i, c := range d.CannotShow {
		w.text(tr.caveat("disp.cannot."+strconv.Itoa(i), c) + " ")
	}
	w.WriteString("</p>\n")
	w.WriteString(`<p class="note">`)
	w.text(tr.T("disp.sources"))
	w.WriteString("</p>\n")

	// The incidents behind each event count.
	w.WriteString(`<div class="dlists">`)
	for _, r := range rows {
		w.WriteString(`<p id="dinc-` + r.Ubigeo + `"><strong>`)
		w.text(areaLabel(r))
		w.WriteString("</strong>: ")
		for i, id := range r.Incidents {
			if i > 0 {
				w.WriteString(", ")
			}
			n := strconv.FormatInt(id, 10)
			if s.Incident[id] != nil {
				w.WriteString(`<a href="#i` + n + `">#` + n + "</a>")
			} else {
				w.WriteString("#" + n)
			}
		}
		w.WriteString("</p>\n")
	}
	w.WriteString("</div>\n")
	return template.HTML(w.String())
}

// areaLabel names a department, or a province with its department.
func areaLabel(r disparity.Row) string {
	if r.Department == "" {
		return r.Name
	}
	return r.Name + ", " + r.Department
}

// ratesTable lists areas with their exposure, casualties and rates, each
// count linking to its incidents or acts.
func ratesTable(w *htmlw, rows []disparity.Row, first string, refs map[string]map[string]string, tr translator) {
	w.table("figures disparity", tr, first, "num:disp.col.share", "num:disp.col.poverty", "num:disp.col.events",
		"num:disp.col.killed", "num:disp.col.gunshot_injured", "num:disp.col.casualties", "num:disp.col.per_events", "num:disp.col.per_people")
	for _, r := range rows {
		w.WriteString("<tr>")
		w.td(areaLabel(r))
		w.WriteString(`<td class="num">` + fmt.Sprintf("%.1f %%", 100*r.Share) + "</td>")
		pov := "–"
		if r.Poverty != nil {
			pov = fmt.Sprintf("%.1f %%", *r.Poverty)
		}
		w.WriteString(`<td class="num">` + pov + "</td>")
		w.WriteString(`<td class="num"><a href="#dinc-` + r.Ubigeo + `">` + strconv.Itoa(r.Events) + "</a></td>")
		for _, m := range disparity.Measures {
			w.WriteString(`<td class="num">`)
			cellLink(w, r.Measure(m).N, refs[r.Ubigeo][m])
			w.WriteString("</td>")
		}
		c := r.Casualties
		w.WriteString(`<td class="num">` + rateText(c.PerEvents) + `</td><td class="num">` + rateText(c.PerPeople) + "</td></tr>\n")
	}
	w.end()
}

func cellLink(w *htmlw, n int, ref string) {
	if ref == "" {
		w.WriteString(strconv.Itoa(n))
		return
	}
	w.WriteString(`<a href="#` + ref + `">` + strconv.Itoa(n) + "</a>")
}

func rateText(r disparity.Rate) string {
	return html.EscapeString(disparity.F(r.Rate) + " (" + disparity.F(r.Low) + "–" + disparity.F(r.High) + ")")
}

// comparisonsHTML is the table of one analysis's rate ratios.
func comparisonsHTML(w *htmlw, a disparity.Analysis, lists *actLists, tr translator) {
	w.WriteString(`<h4>`)
	w.text(analysisLabel(a, tr))
	w.WriteString("</h4>\n")
	rate := "disp.col.rate_events"
	if a.Exposure == disparity.ExposurePopulation {
		rate = "disp.col.rate_people"
	}
	w.table("figures", tr, "disp.col.comparison", "disp.col.measure", "num:disp.col.a", "num:"+rate, "num:disp.col.b", "num:"+rate,
		"num:disp.col.ratio", "num:disp.col.p")
	for _, c := range a.Comparisons {
		w.WriteString("<tr>")
		w.td(tr.T("disp.cmp." + c.Key))
		w.td(tr.T("disp.m." + c.Measure))
		for _, side := range []struct {
			g    disparity.Group
			acts []int64
			rate disparity.Num
			key  string
		}{{c.A, c.ActsA, c.RateA, "a"}, {c.B, c.ActsB, c.RateB, "b"}} {
			label := labelJoin(tr.T("disparity"), groupLabel(c.Key, side.key, side.g.Label, tr), tr.T("disp.m."+c.Measure))
			w.WriteString(`<td class="num" title="`)
			w.text(groupLabel(c.Key, side.key, side.g.Label, tr))
			w.WriteString(`">`)
			cellLink(w, len(side.acts), lists.ref(label, side.acts))
			w.WriteString(` <span class="conf">/ ` + exposureText(side.g, a.Exposure, tr) + "</span></td>")
			w.WriteString(`<td class="num">` + html.EscapeString(disparity.F(side.rate)) + "</td>")
		}
		w.WriteString(`<td class="num">` + html.EscapeString(disparity.F(c.Ratio)+" ("+disparity.F(c.Low)+"–"+disparity.F(c.High)+")") + "</td>")
		w.WriteString(`<td class="num">` + html.EscapeString(disparity.PValue(c.P)) + "</td></tr>\n")
	}
	w.end()
}

func exposureText(g disparity.Group, exposure string, tr translator) string {
	if exposure == disparity.ExposurePopulation {
		return html.EscapeString(tr.T("disp.people", g.Population))
	}
	return html.EscapeString(tr.T("disp.nevents", g.Events))
}

// groupLabel names side a or b of a comparison; a threshold group keeps its
// figure.
func groupLabel(key, side, english string, tr translator) string {
	if key == "threshold" {
		if i := strings.Index(english, "%"); i > 0 {
			pct := english[strings.LastIndex(english[:i], " ")+1 : i+1]
			return tr.T("disp.grp.threshold."+side, pct)
		}
	}
	return tr.T("disp.grp." + key + "." + side)
}

func analysisLabel(a disparity.Analysis, tr translator) string {
	switch a.Key {
	case "main":
		return tr.T("disp.an.main", tr.T("disp.exp."+a.Exposure))
	case "without_largest":
		return tr.T("disp.an.without", a.Without, tr.T("disp.exp."+a.Exposure))
	}
	return tr.T("disp.an.exposure", tr.T("disp.exp."+a.Exposure))
}

// regressionHTML is one analysis's regression: the model read, why, and its
// rate ratios.
func regressionHTML(w *htmlw, a disparity.Analysis, tr translator) {
	g := a.Regression
	w.WriteString(`<h4>`)
	w.text(analysisLabel(a, tr))
	w.WriteString("</h4>\n<p>")
	w.text(tr.T("disp.reg.formula", tr.T("disp.exp."+a.Exposure), g.Units, g.LeftOut, g.Casualties))
	w.WriteString("</p>\n")
	m := g.Model()
	if m == nil {
		w.WriteString(`<p class="note">`)
		w.text(tr.T("disp.reg.none"))
		w.WriteString("</p>\n")
		return
	}
	w.WriteString("<p>")
	switch {
	case g.NegBin == nil:
		w.text(tr.T("disp.reg.no_theta", disparity.F(g.Dispersion)))
	case m.Family == "negative_binomial":
		w.text(tr.T("disp.reg.nb", disparity.F(g.Dispersion), disparity.F(g.LRStat), disparity.PValue(g.LRP), disparity.F(m.Theta), disparity.F(m.ThetaSE)))
	default:
		w.text(tr.T("disp.reg.poisson", disparity.F(g.Dispersion), disparity.F(g.LRStat), disparity.PValue(g.LRP)))
	}
	w.text(" " + tr.T("disp.reg.fit", tr.T("disp.family."+m.Family), disparity.F(m.Deviance), m.DF, disparity.F(m.AIC)))
	w.WriteString("</p>\n")
	w.table("figures", tr, "disp.col.term", "num:disp.col.ratio", "num:disp.col.estimate", "num:disp.col.se", "num:disp.col.p")
	for j, t := range m.Terms {
		w.WriteString("<tr>")
		w.td(tr.T("disp.term." + strconv.Itoa(j)))
		w.WriteString(`<td class="num">` + html.EscapeString(disparity.F(t.Ratio)+" ("+disparity.F(t.Low)+"–"+disparity.F(t.High)+")") + "</td>")
		w.WriteString(fmt.Sprintf(`<td class="num">%.4f</td><td class="num">%.4f</td>`, float64(t.Estimate), float64(t.SE)))
		w.WriteString(`<td class="num">` + html.EscapeString(disparity.PValue(t.P)) + "</td></tr>\n")
	}
	w.end()
	for _, warn := range g.Warnings {
		w.WriteString(`<p class="note" lang="en">`)
		w.text(warn)
		w.WriteString("</p>\n")
	}
}

// shareClass buckets an indigenous share for the map's colours.
func shareClass(share float64) string {
	switch {
	case share >= 0.75:
		return "sh4"
	case share >= 0.5:
		return "sh3"
	case share >= 0.25:
		return "sh2"
	case share >= 0.1:
		return "sh1"
	}
	return "sh0"
}

// choroplethSVG draws every province coloured by its indigenous share, with
// a circle per province with casualties (area by their number). Provinces
// with protest events link to events(code), circles to casualties(code).
// within, a UBIGEO prefix, draws only the provinces inside it.
func choroplethSVG(d *disparity.Report, within string, tr translator, events, casualties func(code string) string) string {
	const width = 560.0
	census, _ := disparity.Census()
	bounds := disparity.Boundaries()
	if p := within[:min(len(within), 4)]; p != "" {
		var in []disparity.Boundary
		for _, b := range bounds {
			if strings.HasPrefix(b.Code, p) {
				in = append(in, b)
			}
		}
		bounds = in
	}
	box := orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}}
	for _, b := range bounds {
		box = box.Union(b.Bound)
	}
	proj, height := newProjection(box, width, 12)
	doc := svg.New(width, height, "fig-disparity-map", tr.T("disp.map"))
	rows := map[string]disparity.Row{}
	for _, r := range d.Provinces {
		rows[r.Ubigeo] = r
	}
	doc.Group("provinces", "", func() {
		for _, b := range bounds {
			a := census[b.Code]
			if a == nil {
				continue
			}
			rings := proj.rings(b.Boundary)
			tip := fmt.Sprintf("%s: %.0f %% %s", a.Name, 100*a.Share, tr.T("disp.indigenous"))
			href := ""
			if r, ok := rows[b.Code]; ok {
				tip += fmt.Sprintf("; %s; %d %s", tr.T("disp.nevents", r.Events), r.Casualties.N, tr.T("disp.m.casualties"))
				href = events(b.Code)
			}
			doc.Link(href, tip, func() { doc.Path("prov-"+b.Code, "prov "+shareClass(a.Share), "", rings) })
		}
	})
	maxV := 1
	for _, r := range d.Provinces {
		maxV = max(maxV, r.Casualties.N)
	}
	g := gazetteer.Default()
	doc.Group("casualties", "", func() {
		for _, r := range d.Provinces {
			p, ok := g.Lookup(r.Ubigeo)
			if r.Casualties.N == 0 || !ok {
				continue
			}
			xy := proj.xy(orb.Point{p.Longitude, p.Latitude})
			cls := "inc"
			if r.Killed.N > 0 {
				cls += " fatal"
			}
			tip := fmt.Sprintf("%s: %d %s, %d %s", r.Name, r.Casualties.N, tr.T("disp.m.casualties"), r.Killed.N, tr.T("disp.m.killed"))
			doc.Link(casualties(r.Ubigeo), tip, func() {
				doc.Circle(xy[0], xy[1], circleRadius(r.Casualties.N, maxV), cls)
			})
		}
	})
	doc.Group("share-legend", "legend", func() {
		x, y := 16.0, height-118
		for i, lab := range []string{"< 10 %", "10–25 %", "25–50 %", "50–75 %", "≥ 75 %"} {
			doc.Rect(x, y+float64(i)*16, 14, 12, "prov sh"+strconv.Itoa(i))
			doc.Text(x+20, y+float64(i)*16+10, "start", "tick", lab)
		}
		doc.Text(x, y-6, "start", "tick", tr.T("disp.indigenous"))
	})
	return doc.String()
}

// forestRow is one line of the forest plot.
type forestRow struct {
	label            string
	ratio, low, high float64
	href, tip        string
}

// forestSVG plots the rate ratios on a log scale: every comparison of the
// main analysis, and the casualty comparisons of each sensitivity analysis.
// Each line links to link(comparison): in the report, the acts counted in
// its first group.
func forestSVG(d *disparity.Report, tr translator, link func(disparity.Comparison) string) string {
	var rows []forestRow
	add := func(a disparity.Analysis, all bool) {
		for _, c := range a.Comparisons {
			if !all && c.Measure != disparity.MeasureCasualties {
				continue
			}
			label := labelJoin(tr.T("disp.brief."+c.Key), tr.T("disp.m."+c.Measure))
			if a.Key != "main" {
				label = labelJoin(label, tr.T("disp.short."+a.Key))
			}
			ci := disparity.F(c.Ratio) + " (" + disparity.F(c.Low) + "–" + disparity.F(c.High) + ")"
			rows = append(rows, forestRow{label: label, ratio: float64(c.Ratio), low: float64(c.Low), high: float64(c.High),
				href: link(c), tip: label + ": " + ci})
		}
	}
	add(d.Main, true)
	for _, a := range d.Sensitivity {
		add(a, false)
	}
	const width, left, right, rowH, top = 900.0, 470.0, 30.0, 22.0, 30.0
	lo, hi := 0.1, 10.0
	for _, r := range rows {
		for _, v := range []float64{r.low, r.ratio, r.high} {
			if v > 0 && !math.IsInf(v, 0) && !math.IsNaN(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	lo, hi = math.Pow(10, math.Floor(math.Log10(lo))), math.Pow(10, math.Ceil(math.Log10(hi)))
	height := top + float64(len(rows))*rowH + 30
	doc := svg.New(width, height, "fig-disparity-forest", tr.T("disp.ratios"))
	x := func(v float64) float64 {
		v = math.Min(math.Max(v, lo), hi)
		return left + (math.Log10(v)-math.Log10(lo))/(math.Log10(hi)-math.Log10(lo))*(width-left-right)
	}
	doc.Group("forest-axis", "axis", func() {
		for t := lo; t <= hi*1.0001; t *= 10 {
			doc.Line(x(t), top-8, x(t), height-24, "grid")
			doc.Text(x(t), height-10, "middle", "tick", strconv.FormatFloat(t, 'g', -1, 64))
		}
		doc.Line(x(1), top-8, x(1), height-24, "ref")
		doc.Text(x(1), top-14, "middle", "tick", tr.T("disp.forest.equal"))
	})
	doc.Group("forest-rows", "", func() {
		for i, r := range rows {
			y := top + float64(i)*rowH + rowH/2
			doc.Link(r.href, r.tip, func() {
				doc.Text(left-8, y+4, "end", "label", r.label)
				if math.IsNaN(r.low) {
					doc.Text(x(1)+6, y+4, "start", "tick", tr.T("disp.forest.undefined"))
					return
				}
				doc.Line(x(r.low), y, x(r.high), y, "ci")
				if math.IsInf(r.high, 1) {
					doc.Text(x(hi), y+4, "end", "tick", "→")
				}
				if r.ratio > 0 && !math.IsInf(r.ratio, 0) {
					doc.Rect(x(r.ratio)-4, y-4, 8, 8, "est")
				}
			})
		}
	})
	return doc.String()
}

// DisparityFigures draws the disparity section's map and forest plot for
// another front end, in a language: provinces and their circles link to
// link(province code), the forest plot's lines to nothing.
func DisparityFigures(d *disparity.Report, lang string, link func(province string) string) (mapSVG, forest string, err error) {
	tr, err := newTranslator(lang)
	if err != nil {
		return "", "", err
	}
	return choroplethSVG(d, "", tr, link, link), forestSVG(d, tr, func(disparity.Comparison) string { return "" }), nil
}
