package report_test

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
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

// sampleAnalysis is what the analysis packages would say about the sample:
// enough to exercise the assessment, chain and reconciliation sections.
func sampleAnalysis(in *report.Input) {
	for _, a := range in.Data.Acts {
		as := report.Assessment{ActID: a.ID, Conclusion: report.ConclusionInsufficient}
		if a.Type == rastro.ActKilled && a.Munition == rastro.MunitionLive {
			as.Conclusion = report.ConclusionExtrajudicial
			as.Indicators = []report.Indicator{{Key: "live_ammunition", Label: "live ammunition used", Value: rastro.Yes}}
			as.Rules = []string{"R1"}
		} else {
			as.Missing = []string{"distance"}
		}
		if a.ID == 2 {
			as.Override = &report.Override{Conclusion: report.ConclusionUnlawful, Reason: "pellets at close range", Reviewer: "reviewer 1"}
		}
		in.Assessments = append(in.Assessments, as)
	}
	in.Chains = []report.Chain{{IncidentID: 3, Links: []report.ChainLink{
		{Depth: 0, UnitID: 1, UnitName: "Sample Police Region", Confidence: rastro.ConfidenceHigh,
			Commanders: []report.Commander{{PersonID: 3, Name: "Commander A", Role: rastro.PostCommander, Rank: "General", Uncertain: true}}},
		{Depth: 1, UnitID: 2, UnitName: "Sample Command", Relation: rastro.ChildOf, Uncertain: true},
	}}}
	var live []int64
	for _, a := range in.Data.Acts {
		if a.IncidentID == 3 && a.Munition == rastro.MunitionLive {
			live = append(live, a.ID)
		}
	}
	in.Reconciliation = []report.Reconciliation{{IncidentID: 3, Date: rastro.MustDate("2023-01-09"), UnitName: "Sample Police Region",
		Agents: 2, Rounds: 4, CalibresReported: []string{"7.62 mm"}, LiveCasualties: len(live), Flags: []string{"fewer_rounds_than_casualties"}, Acts: live}}
}

func render(t testing.TB, in *report.Input, opt report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Render(&buf, in, opt); err != nil {
		t.Fatal(err)
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
	sampleAnalysis(in)
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
			for _, sec := range []string{"headline", "byplace", "map", "timeline", "charts", "assessment", "chains", "reconciliation", "sources", "register", "lists",
				"fig-map", "fig-timeline", "fig-harm", "fig-regions", "fig-munitions"} {
				if d.ids[sec] == nil {
					t.Errorf("no #%s", sec)
				}
			}
		})
	}
}

func TestHeadlineLinksCountedActs(t *testing.T) {
	in := sampleInput(t)
	d := parse(t, render(t, in, report.Options{}))
	want := map[string][]int64{}
	for _, a := range in.Data.Acts {
		if a.Type == rastro.ActKilled {
			want["killed"] = append(want["killed"], a.ID)
			if a.Munition == rastro.MunitionLive {
				want["extrajudicial"] = append(want["extrajudicial"], a.ID)
			}
		}
		if a.Type == rastro.ActInjured {
			want["injured"] = append(want["injured"], a.ID)
		}
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
			if got := actsOfList(t, d, strings.TrimPrefix(attr(n, "href"), "#")); !slices.Equal(got, ids) {
				t.Errorf("headline %s links to acts %v, want %v", key, got, ids)
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
	in := sampleInput(t)
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

func TestAnalysisSections(t *testing.T) {
	in := sampleInput(t)
	d := parse(t, render(t, in, report.Options{}))
	rec := text(d.ids["reconciliation"])
	for _, want := range []string{"Juliaca airport", "2023-01-09", "Sample Police Region", "fewer_rounds_than_casualties"} {
		if !strings.Contains(rec, want) {
			t.Errorf("reconciliation lacks %q", want)
		}
	}
	chains := text(d.ids["chains"])
	for _, want := range []string{"Commander A", "Sample Command", "uncertain"} {
		if !strings.Contains(chains, want) {
			t.Errorf("chains lack %q", want)
		}
	}
	if a := text(d.ids["assessment"]); !strings.Contains(a, "overrides to unlawful use of force") {
		t.Errorf("assessment does not show the override: %s", a)
	}
	// Without analysis results the sections say they were not run.
	in.Assessments, in.Chains, in.Reconciliation = nil, nil, nil
	out := string(render(t, in, report.Options{}))
	for _, want := range []string{"The assessment was not run", "Command chains were not computed", "The reconciliation was not run"} {
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

func TestParseDepartmentsRejects(t *testing.T) {
	for _, in := range []string{`{`, `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[0,0]}}]}`,
		`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"01"},"geometry":{"type":"Point","coordinates":[0,0]}}]}`} {
		if _, err := report.ParseDepartments([]byte(in)); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%s: got %v, want EINVALID", in, err)
		}
	}
}
