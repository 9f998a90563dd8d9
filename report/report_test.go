package report_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro/gazetteer"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/reporttest"
	"golang.org/x/net/html"
)

func departments(t testing.TB) []report.Department {
	t.Helper()
	d, err := reporttest.Departments()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// analyze runs the analyses on the input, with one reviewer override of
// act 2 (pellets: the rules say insufficient information).
func analyze(t testing.TB, in *report.Input) {
	t.Helper()
	rules := assess.MustDefaultRules()
	reviews := []assess.Review{{ActID: 2, Decision: assess.Override, Conclusion: report.ConclusionUnlawful,
		Reviewer: "reviewer 1", Reason: "pellets at close range", Time: time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC), RulesVersion: rules.Version}}
	if err := report.Analyze(in, rules, reviews, gazetteer.Default().PovertyRate); err != nil {
		t.Fatal(err)
	}
}

func render(t testing.TB, in *report.Input, opt report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Render(&buf, in, opt); err != nil {
		t.Fatal(err)
	}
	if i := bytes.Index(buf.Bytes(), []byte("[[")); i >= 0 {
		t.Errorf("report uses a text missing from the catalogue: %s", buf.Bytes()[i:i+40])
	}
	return buf.Bytes()
}

// doc is a parsed report: its element ids, in-page links and elements.
type doc struct {
	root  *html.Node
	ids   map[string]*html.Node
	links []link
}

type link struct {
	href string
	node *html.Node
}

func parse(t *testing.T, b []byte) *doc {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc{root: root, ids: map[string]*html.Node{}}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "id":
				if d.ids[a.Val] != nil {
					t.Errorf("duplicate id %q", a.Val)
				}
				d.ids[a.Val] = n
			case "href":
				d.links = append(d.links, link{a.Val, n})
			}
		}
	}
	return d
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, c string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), c)
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// actsOfList returns the act IDs a list section links to.
func actsOfList(t *testing.T, d *doc, anchor string) []int64 {
	t.Helper()
	n := d.ids[anchor]
	if n == nil {
		t.Fatalf("no element #%s", anchor)
	}
	var ids []int64
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.Data == "a" {
			id, err := strconv.ParseInt(strings.TrimPrefix(attr(c, "href"), "#a"), 10, 64)
			if err != nil {
				t.Fatalf("list %s links to %q, not an act", anchor, attr(c, "href"))
			}
			ids = append(ids, id)
		}
	}
	return ids
}

func sampleInput(t testing.TB) *report.Input {
	in := &report.Input{Data: reporttest.Sample(), Departments: departments(t), Generated: time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)}
	analyze(t, in)
	return in
}

func demoInput(t testing.TB) *report.Input {
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	in := &report.Input{Data: b, Departments: departments(t)}
	analyze(t, in)
	return in
}

func TestRenderTraceable(t *testing.T) {
	in := sampleInput(t)
	for _, lang := range report.Languages {
		t.Run(lang, func(t *testing.T) {
			d := parse(t, render(t, in, report.Options{Lang: lang}))
			if len(d.links) < 50 {
				t.Fatalf("only %d links in the report", len(d.links))
			}
			for _, l := range d.links {
				if !strings.HasPrefix(l.href, "#") {
					t.Errorf("link %q leaves the document", l.href)
					continue
				}
				if d.ids[l.href[1:]] == nil {
					t.Errorf("link %q has no target", l.href)
				}
			}
			// Every act of the sample has its row in the register.
			for _, a := range in.Data.Acts {
				if d.ids["a"+strconv.FormatInt(a.ID, 10)] == nil {
					t.Errorf("act %d has no row", a.ID)
				}
			}
			for _, sec := range []string{"headline", "byplace", "map", "timeline", "charts", "assessment", "chains", "reconciliation", "patterns", "sources", "register", "lists",
				"fig-map", "fig-timeline", "fig-harm", "fig-regions", "fig-munitions"} {
				if d.ids[sec] == nil {
					t.Errorf("no #%s", sec)
				}
			}
		})
	}
}

// TestSVGWellFormed checks every inline SVG as XML, which HTML parsers do
// not: a stray "<" or unescaped "&" in a label would pass them.
func TestSVGWellFormed(t *testing.T) {
	out := render(t, demoInput(t), report.Options{Lang: "es"})
	svgs := regexp.MustCompile(`(?s)<svg.*?</svg>`).FindAll(out, -1)
	if len(svgs) < 8 { // map, timeline, 3 charts, 3 chain graphs
		t.Fatalf("only %d SVG figures", len(svgs))
	}
	for i, s := range svgs {
		dec := xml.NewDecoder(bytes.NewReader(s))
		for {
			_, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("SVG %d is not well-formed XML: %v\n%.300s", i, err, s)
			}
		}
	}
}

func TestHeadlineLinksCountedActs(t *testing.T) {
	in := sampleInput(t)
	d := parse(t, render(t, in, report.Options{}))
	want := map[string][]int64{"extrajudicial": nil, "unlawful": nil}
	for _, a := range in.Data.Acts {
		if a.Type == rastro.ActKilled {
			want["killed"] = append(want["killed"], a.ID)
		}
		if a.Type == rastro.ActInjured {
			want["injured"] = append(want["injured"], a.ID)
		}
	}
	for _, r := range in.Assessment.Results {
		switch r.Final {
		case report.ConclusionExtrajudicial:
			want["extrajudicial"] = append(want["extrajudicial"], r.ActID)
		case report.ConclusionUnlawful:
			want["unlawful"] = append(want["unlawful"], r.ActID)
		}
	}
	slices.Sort(want["extrajudicial"])
	slices.Sort(want["unlawful"])
	if len(want["unlawful"]) == 0 {
		t.Fatal("the sample's override gives no unlawful act")
	}
	found := 0
	for n := range d.root.Descendants() {
		if n.Type != html.ElementNode || !hasClass(n, "stat") {
			continue
		}
		for key, ids := range want {
			if !hasClass(n, "stat-"+key) {
				continue
			}
			found++
			if got := strings.Fields(text(n))[0]; got != strconv.Itoa(len(ids)) {
				t.Errorf("headline %s shows %s, want %d", key, got, len(ids))
			}
			switch href := attr(n, "href"); {
			case len(ids) == 0 && href != "":
				t.Errorf("headline %s is 0 but links to %s", key, href)
			case len(ids) > 0:
				if got := actsOfList(t, d, strings.TrimPrefix(href, "#")); !slices.Equal(got, ids) {
					t.Errorf("headline %s links to acts %v, want %v", key, got, ids)
				}
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of %d headline figures", found, len(want))
	}
	// 18 killed in the sample's incidents: 1 + 7 + 11.
	if len(want["killed"]) != 19 {
		t.Fatalf("sample changed: %d killed", len(want["killed"]))
	}
}

func TestMapHasDepartmentsAndIncidents(t *testing.T) {
	in := sampleInput(t)
	d := parse(t, render(t, in, report.Options{}))
	var deps, circles, approx int
	for n := range d.ids["fig-map"].Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch {
		case n.Data == "path" && hasClass(n, "dep"):
			deps++
		case n.Data == "circle" && hasClass(n, "inc") && n.Parent.Parent == d.ids["incidents"]:
			circles++
			if hasClass(n, "approx") {
				approx++
			}
			if a := n.Parent; a.Data != "a" || !strings.HasPrefix(attr(a, "href"), "#L") {
				t.Errorf("map circle not linked to an act list")
			}
		}
	}
	if deps != 25 {
		t.Errorf("%d department paths, want 25", deps)
	}
	// Five incidents: four placed (one at its department's centre), one
	// without a place code.
	if circles != 4 || approx != 1 {
		t.Errorf("%d circles (%d approximate), want 4 (1)", circles, approx)
	}
	if d.ids["dep-21"] == nil || !hasClass(d.ids["dep-21"], "hit") {
		t.Errorf("Puno not marked as having incidents")
	}
	if hasClass(d.ids["dep-16"], "hit") {
		t.Errorf("Loreto marked as having incidents")
	}
}

func TestLanguages(t *testing.T) {
	in := demoInput(t)
	en := string(render(t, in, report.Options{Lang: "en"}))
	es := string(render(t, in, report.Options{Lang: "es"}))
	for _, want := range []string{`<html lang="en">`, "Headline figures", "may constitute an extrajudicial execution", "SYNTHETIC DATA"} {
		if !strings.Contains(en, want) {
			t.Errorf("English report lacks %q", want)
		}
	}
	for _, want := range []string{`<html lang="es">`, "Cifras principales", "podría constituir una ejecución extrajudicial", "DATOS SINTÉTICOS", "Cronología"} {
		if !strings.Contains(es, want) {
			t.Errorf("Spanish report lacks %q", want)
		}
	}
	if strings.Contains(es, "Headline figures") {
		t.Errorf("Spanish report has English headings")
	}
	if err := report.Render(&bytes.Buffer{}, in, report.Options{Lang: "fr"}); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("language fr: got %v, want EINVALID", err)
	}
}

func TestPrivacyAndSynthetic(t *testing.T) {
	in := sampleInput(t)
	out := string(render(t, in, report.Options{}))
	for _, name := range []string{"Victim One", "Victim Two"} {
		if strings.Contains(out, name) {
			t.Errorf("report names %q without Names", name)
		}
	}
	out = string(render(t, in, report.Options{Names: true}))
	if !strings.Contains(out, "Victim One") || strings.Contains(out, "Victim Two") {
		t.Errorf("with Names: want Victim One named and protected Victim Two not")
	}
	if strings.Contains(out, "<script") {
		t.Errorf("report contains a script")
	}
	in.Data.Meta["synthetic"] = "false"
	if strings.Contains(string(render(t, in, report.Options{})), "SYNTHETIC") {
		t.Errorf("real data marked synthetic")
	}
	// Titles are escaped, not markup.
	if strings.Contains(out, "<live>") || !strings.Contains(out, "Clashes in Ayacucho &lt;live&gt;") {
		t.Errorf("source title not escaped")
	}
}

// TestDemoFigures checks the report of the demo case file against the
// figures it was built to reproduce, through the links as a reader would.
func TestDemoFigures(t *testing.T) {
	in := demoInput(t)
	for _, lang := range report.Languages {
		d := parse(t, render(t, in, report.Options{Lang: lang}))
		want := map[string]int{"acts": 52, "killed": 25, "extrajudicial": 20}
		for n := range d.root.Descendants() {
			if n.Type != html.ElementNode || !hasClass(n, "stat") {
				continue
			}
			for key, w := range want {
				if hasClass(n, "stat-"+key) {
					if got := strings.Fields(text(n))[0]; got != strconv.Itoa(w) {
						t.Errorf("%s: headline %s = %s, want %d", lang, key, got, w)
					}
					if acts := actsOfList(t, d, strings.TrimPrefix(attr(n, "href"), "#")); len(acts) != w {
						t.Errorf("%s: headline %s links to %d acts, want %d", lang, key, len(acts), w)
					}
					delete(want, key)
				}
			}
		}
		if len(want) > 0 {
			t.Errorf("%s: headline figures missing: %v", lang, want)
		}
		// Juliaca, 9 January 2023: 2 agents, 4 rounds, flagged.
		var juliaca *html.Node
		for n := range d.ids["reconciliation"].Descendants() {
			if n.Type == html.ElementNode && n.Data == "tr" && hasClass(n, "group") && strings.Contains(text(n), "2023-01-09") {
				juliaca = n
			}
		}
		if juliaca == nil {
			t.Fatalf("%s: no reconciliation row for 2023-01-09", lang)
		}
		var cells []string
		for c := range juliaca.ChildNodes() {
			cells = append(cells, strings.TrimSpace(text(c)))
		}
		if cells[2] != "2" || cells[3] != "4" || !strings.Contains(cells[4], "7.62") {
			t.Errorf("%s: Juliaca reconciliation row %q", lang, cells)
		}
		killed, _ := strconv.Atoi(strings.Fields(cells[5])[0])
		if killed < 15 || !hasClass(juliaca, "flagged") {
			t.Errorf("%s: Juliaca: %d killed by gunshot, flagged %v", lang, killed, hasClass(juliaca, "flagged"))
		}
		// Chains: units and people with command responsibility, and a graph.
		chains := d.ids["chains"]
		var graphs, people int
		for n := range chains.Descendants() {
			if n.Type == html.ElementNode && n.Data == "svg" {
				graphs++
			}
			if n.Type == html.ElementNode && n.Data == "tr" && n.Parent.Data == "tbody" {
				people++
			}
		}
		if graphs == 0 || people == 0 {
			t.Errorf("%s: chains section has %d graphs and %d people", lang, graphs, people)
		}
		// Patterns: the vital-region share links to its acts.
		if pt := text(d.ids["patterns"]); !strings.Contains(pt, "%") {
			t.Errorf("%s: patterns section shows no shares", lang)
		}
	}
}

func TestOverrideShown(t *testing.T) {
	in := sampleInput(t)
	d := parse(t, render(t, in, report.Options{}))
	a := text(d.ids["assessment"])
	var fired string
	for _, r := range in.Assessment.Results {
		if len(r.Fired) > 0 {
			fired = r.Fired[0]
		}
	}
	for _, want := range []string{"overrides to unlawful use of force", "reviewer 1", "pellets at close range", fired} {
		if !strings.Contains(a, want) {
			t.Errorf("assessment section lacks %q", want)
		}
	}
	// Without analysis results the sections say they were not run.
	in.Assessment, in.Chains, in.Reconciliation, in.Patterns = nil, nil, nil, nil
	out := string(render(t, in, report.Options{}))
	for _, want := range []string{"The assessment was not run", "Command chains were not computed", "The reconciliation was not run", "The pattern analysis was not run"} {
		if !strings.Contains(out, want) {
			t.Errorf("report without analysis lacks %q", want)
		}
	}
}

func TestFilter(t *testing.T) {
	b := reporttest.Sample()
	cases := []struct {
		f    report.Filter
		want []int64
	}{
		{report.Filter{}, []int64{1, 2, 3, 4, 5}},
		{report.Filter{Ubigeo: "21"}, []int64{3}},
		{report.Filter{From: rastro.MustDate("2023-01-10")}, []int64{4, 5}},
		{report.Filter{To: rastro.MustDate("2022-12")}, []int64{1, 2}},
		{report.Filter{From: rastro.MustDate("2023-01-20"), To: rastro.MustDate("2023-01-20")}, []int64{4, 5}},
		{report.Filter{IncidentID: 2}, []int64{2}},
	}
	for _, c := range cases {
		s, err := report.Select(b, c.f)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, inc := range s.Incidents {
			got = append(got, inc.ID)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("filter %+v: incidents %v, want %v", c.f, got, c.want)
		}
		for _, a := range s.Acts {
			if s.Incident[a.IncidentID] == nil {
				t.Errorf("filter %+v: act %d of an incident not selected", c.f, a.ID)
			}
		}
	}
	for _, f := range []report.Filter{{From: rastro.MustDate("2023-02-01"), To: rastro.MustDate("2023-01-01")}, {Ubigeo: "PUNO"}} {
		if _, err := report.Select(b, f); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("filter %+v: got %v, want EINVALID", f, err)
		}
	}
	if _, err := report.Select(b, report.Filter{IncidentID: 99}); rastro.ErrorCode(err) != rastro.ENOTFOUND {
		t.Errorf("missing incident: got %v, want ENOTFOUND", err)
	}
}

func TestEmptyScopeRenders(t *testing.T) {
	in := sampleInput(t)
	in.Filter = report.Filter{From: rastro.MustDate("2030-01-01")}
	d := parse(t, render(t, in, report.Options{Lang: "es"}))
	if !strings.Contains(text(d.ids["register"]), "No hay actos") {
		t.Errorf("empty report does not say there are no acts")
	}
}

func TestNoBasemap(t *testing.T) {
	in := sampleInput(t)
	in.Departments = nil
	d := parse(t, render(t, in, report.Options{}))
	if d.ids["fig-map"] != nil || !strings.Contains(text(d.ids["map"]), "No basemap") {
		t.Errorf("without a basemap the map section should say so and draw nothing")
	}
}

func TestParseDepartmentsRejects(t *testing.T) {
	for _, in := range []string{`{`, `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[0,0]}}]}`,
		`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"01"},"geometry":{"type":"Point","coordinates":[0,0]}}]}`} {
		if _, err := report.ParseDepartments([]byte(in)); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%s: got %v, want EINVALID", in, err)
		}
	}
}

func TestComputeFigures(t *testing.T) {
	in := demoInput(t)
	f, err := report.ComputeFigures(in, report.Options{Lang: "es"})
	if err != nil {
		t.Fatal(err)
	}
	lists := map[string]*report.ActList{}
	for _, l := range f.Lists {
		lists[l.Anchor] = l
	}
	for _, h := range f.Headline {
		if h.Key == "killed" && (h.N != 25 || len(lists[h.Ref].Acts) != 25) {
			t.Errorf("killed: %d, list of %d", h.N, len(lists[h.Ref].Acts))
		}
	}
	// The department table adds up to every act, Puno (Juliaca) to 29.
	total := 0
	for _, d := range f.Departments {
		total += d.Total.N
		if d.Department == "Puno" && (d.Total.N != 29 || len(lists[d.Total.Ref].Acts) != 29) {
			t.Errorf("Puno: %d victims, list of %d", d.Total.N, len(lists[d.Total.Ref].Acts))
		}
	}
	if total != 52 || f.Departments[0].Department != "Puno" {
		t.Errorf("departments add up to %d, first %q", total, f.Departments[0].Department)
	}
	if _, err := report.ComputeFigures(&report.Input{}, report.Options{}); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("no records: %v", err)
	}
}

// The same records give the same document, byte for byte: act lists are
// numbered in a fixed order, not in the order of a map.
func TestRenderIsReproducible(t *testing.T) {
	data := reporttest.Generate(300, 1500, 1)
	var first string
	for i := range 3 {
		in := &report.Input{Data: data}
		if err := report.Analyze(in, nil, nil, nil); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := report.Render(&b, in, report.Options{}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b.String()
		} else if b.String() != first {
			t.Fatalf("render %d differs from the first", i+1)
		}
	}
}
