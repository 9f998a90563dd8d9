package report

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/report/svg"
)

//go:embed report.html.tmpl
var pageTemplate string

//go:embed report.css
var pageCSS string

var funcs = template.FuncMap{
	"href": hrefOf,
	"join": func(s []string) string { return strings.Join(s, ", ") },
}

// page is parsed on first use: parsing at package initialisation cost
// every start of rastro 2,500 allocations, --help included.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(funcs).Funcs(template.FuncMap{
		// Replaced per render with the chosen language.
		"T":    func(string, ...any) string { return "" },
		"enum": func(string, string) string { return "" },
	}).Parse(pageTemplate))
})

// Render writes the report as one self-contained HTML document.
func Render(w io.Writer, in *Input, opt Options) error {
	v, err := build(in, opt)
	if err != nil {
		return err
	}
	t, err := page().Clone()
	if err != nil {
		return rastro.Errorf(rastro.EINTERNAL, "report template: %v", err)
	}
	t.Funcs(template.FuncMap{"T": v.tr.T, "enum": v.tr.Enum})
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := t.Execute(bw, v); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	// The largest tables go straight into the document, between the
	// template's parts.
	if v.Assessment != nil {
		bw.WriteString(v.Assessment.Table)
	}
	if err := t.ExecuteTemplate(bw, "chains", v); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	bw.WriteString(v.Chains)
	if err := t.ExecuteTemplate(bw, "recon", v); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	if v.Recon != nil {
		bw.WriteString(v.Recon.Table)
	}
	if err := t.ExecuteTemplate(bw, "rest", v); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	out := streamTo(bw)
	incidentsHTML(out, v.scope, v.F, v.tr)
	if err := t.ExecuteTemplate(bw, "acts", v); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	registerHTML(out, v.scope, in, v.perAct, opt, v.tr)
	if err := t.ExecuteTemplate(bw, "lists", v); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	listsHTML(out, v.F.Lists, v.tr)
	if err := t.ExecuteTemplate(bw, "foot", v); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	return bw.Flush()
}

// ComputeFigures returns the report's numbers, each with the acts behind it,
// without writing the report: for other front ends, such as the web app.
// The analysis sections' act lists are not among them.
func ComputeFigures(in *Input, opt Options) (*Figures, error) {
	_, _, lists, f, err := figuresOf(in, opt)
	if err != nil {
		return nil, err
	}
	f.Lists = lists.all
	return f, nil
}

// figuresOf selects the records and counts the figures, the first step of
// every report.
func figuresOf(in *Input, opt Options) (translator, *Scope, *actLists, *Figures, error) {
	tr, err := newTranslator(opt.Lang)
	if err != nil {
		return tr, nil, nil, nil, err
	}
	if in.Data == nil {
		return tr, nil, nil, nil, rastro.Errorf(rastro.EINVALID, "report: no records given")
	}
	s, err := in.scope()
	if err != nil {
		return tr, nil, nil, nil, err
	}
	lists := newActLists()
	return tr, s, lists, computeFigures(s, in, tr, lists), nil
}

// view is what the template reads.
type view struct {
	tr        translator
	Lang      string
	CSS       template.CSS
	Name      string
	Synthetic bool
	Generated string
	Scope     []string
	F         *Figures

	Map, Timeline, Harm, Regions, Munitions template.HTML
	HasMap                                  bool
	Approx                                  bool

	Assessment *assessView
	ChainsRun  bool
	Chains     string // written by Render, not the template
	Recon      *reconView
	Patterns   *patternsView
	Disparity  template.HTML
	ByPlace    template.HTML
	Sources    []SourceRow
	// What Render streams after the template's main part.
	HasIncidents bool
	scope        *Scope
	perAct       map[int64][]int64 // sources cited by each act
}

func build(in *Input, opt Options) (*view, error) {
	tr, s, lists, f, err := figuresOf(in, opt)
	if err != nil {
		return nil, err
	}
	v := &view{tr: tr, Lang: tr.lang, CSS: template.CSS(pageCSS), F: f,
		Name: in.Data.Meta["name"], Synthetic: in.Data.Meta["synthetic"] == "true"}
	if !in.Generated.IsZero() {
		v.Generated = in.Generated.UTC().Format("2006-01-02 15:04 MST")
	}
	v.Scope = scopeText(in.Filter, tr)

	// The sections that only read the figures are written side by side with
	// those that add act lists (which must run one after another).
	var wg sync.WaitGroup
	wg.Go(func() {
		v.ByPlace = template.HTML(byPlaceHTML(f.Departments, f.Rows, tr))
		if len(in.Departments) > 0 {
			v.HasMap = true
			v.Map = template.HTML(mapSVG(in.Departments, f.Points, tr))
			for _, p := range f.Points {
				v.Approx = v.Approx || p.Approx
			}
		}
		v.Timeline = template.HTML(timelineSVG(f.Timeline, tr))
		v.Harm = template.HTML(harmSVG(f, tr))
		v.Regions = template.HTML(svg.HBars("fig-regions", tr.T("chart.regions"), bars(f.Regions), 520))
		v.Munitions = template.HTML(svg.HBars("fig-munitions", tr.T("chart.munitions"), bars(f.Munitions), 520))
	})
	wg.Go(func() { v.Assessment = assessmentSection(in, s, tr) })
	wg.Go(func() { v.ChainsRun, v.Chains = in.Chains != nil, chainsSection(in, s, f, tr) })
	v.Recon = reconSection(in, s, lists, tr)
	v.Patterns = patternsSection(in, s, f, lists, tr)
	v.Disparity = disparitySection(in, s, lists, tr)
	v.Sources, v.perAct = citedSources(s, in.Data, lists, tr)
	f.Lists = lists.all
	v.scope, v.HasIncidents = s, len(s.Incidents) > 0
	wg.Wait()
	return v, nil
}

func scopeText(f Filter, tr translator) []string {
	if f.IsZero() {
		return []string{tr.T("scope.all")}
	}
	var out []string
	if !f.From.IsZero() {
		out = append(out, tr.T("scope.from")+" "+f.From.String())
	}
	if !f.To.IsZero() {
		out = append(out, tr.T("scope.to")+" "+f.To.String())
	}
	if f.Ubigeo != "" {
		out = append(out, tr.T("scope.place")+" "+f.Ubigeo+"…")
	}
	if f.IncidentID != 0 {
		out = append(out, tr.T("scope.incident")+" "+strconv.FormatInt(f.IncidentID, 10))
	}
	return out
}

func bars(stats []Stat) []svg.Bar {
	out := make([]svg.Bar, len(stats))
	for i, s := range stats {
		out[i] = svg.Bar{Label: s.Label, Value: s.N, Href: hrefOf(s.Ref), Tip: fmt.Sprintf("%s: %d", s.Label, s.N)}
	}
	return out
}

func harmSVG(f *Figures, tr translator) string {
	title := tr.T("chart.harm")
	if f.ByMonth {
		title = tr.T("chart.harm.month")
	}
	series := make([]string, harmClasses)
	for h := range harmClasses {
		series[h] = tr.T("harm." + harmKeys[h])
	}
	stacks := make([]svg.Stack, len(f.HarmByDay))
	for i, b := range f.HarmByDay {
		st := svg.Stack{Label: b.Label}
		for h := range harmClasses {
			st.Values = append(st.Values, b.Harm[h].N)
			st.Hrefs = append(st.Hrefs, hrefOf(b.Harm[h].Ref))
			st.Tips = append(st.Tips, fmt.Sprintf("%s, %s: %d", b.Label, series[h], b.Harm[h].N))
		}
		stacks[i] = st
	}
	width := 560.0
	if n := float64(len(stacks)) * 18; n > width {
		width = min(n, 1600)
	}
	return svg.Stacked("fig-harm", title, series, stacks, width, 300)
}

func timelineSVG(items []TimelineItem, tr translator) string {
	laneOf := map[string]int{}
	var lanes []string
	for _, it := range items {
		if _, ok := laneOf[it.Lane]; !ok {
			laneOf[it.Lane] = 0
			lanes = append(lanes, it.Lane)
		}
	}
	sort.Strings(lanes)
	for i, l := range lanes {
		laneOf[l] = i
	}
	events := make([]svg.Event, len(items))
	for i, it := range items {
		cls := "inc"
		if it.Killed > 0 {
			cls += " fatal"
		}
		events[i] = svg.Event{Lane: laneOf[it.Lane], Start: it.Start, End: it.End, Size: it.Victims, Class: cls,
			Href: hrefOf(it.Ref), Tip: fmt.Sprintf("%s %s (%d: %d %s)", it.Start.Format("2006-01-02"), it.Title, it.Victims, it.Killed, tr.T("harm.killed"))}
	}
	return svg.Timeline("fig-timeline", tr.T("timeline"), lanes, events, 900)
}
