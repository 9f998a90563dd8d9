package web

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/mse"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// cormackCounts are the histories addCormackVictims makes, in Rcapture's
// order over the lists CNDDHH, Defensoría del Pueblo and the demo's
// publisher: Cormack's counts, with the demo's 52 victims (cited by the
// demo's publisher alone) added to 001.
const cormackCounts = "72,5,29,54,24,3,66"

// addCormackVictims stores the victims of Cormack's three lists: one
// person record per list a victim is on, the records of one victim merged,
// the third list being the demo's publisher.
func addCormackVictims(t *testing.T, f *fixture) {
	t.Helper()
	ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var src []int64
	for _, s := range []*rastro.Source{
		{Kind: rastro.SourceNGOReport, Title: "Lista CNDDHH", Publisher: "CNDDHH"},
		{Kind: rastro.SourceOfficialRecord, Title: "Lista Defensoría", Publisher: "Defensoría del Pueblo"},
		{Kind: rastro.SourceNews, Title: "Lista demo", Publisher: "Invented for the Rastro demo"},
	} {
		must(f.db.Sources().Create(ctx, s))
		src = append(src, s.ID)
	}
	in := &rastro.Incident{Title: "Cormack", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}
	must(f.db.Incidents().Create(ctx, in))
	lists := [][]int{{0, 1, 2}, {0, 1}, {0, 2}, {0}, {1, 2}, {1}, {2}}
	counts := []int{72, 5, 29, 54, 24, 3, 14}
	for h, ls := range lists {
		for range counts[h] {
			var first int64
			for _, s := range ls {
				p := &rastro.Person{Name: "victim", Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: src[s]}}}}
				must(f.db.Persons().Create(ctx, p))
				must(f.db.Acts().Create(ctx, &rastro.Act{IncidentID: in.ID, VictimID: p.ID, Type: rastro.ActKilled}))
				if first == 0 {
					first = p.ID
				} else {
					must(f.db.MergePersons(ctx, &sqldb.PersonMerge{PersonA: first, PersonB: p.ID, Reason: "test", By: "test"}))
				}
			}
		}
	}
}

// cormackFixture is a fixture with addCormackVictims' victims, and their
// histories.
func cormackFixture(t *testing.T, dialect string) (*fixture, *mse.Histories) {
	t.Helper()
	f := newFixture(t, dialect)
	addCormackVictims(t, f)
	h, err := mse.ParseCounts(3, cormackCounts)
	if err != nil {
		t.Fatal(err)
	}
	return f, h
}

// The API's model parameter fits the model rastro estimate --model fits,
// with its interval and fit figures; an unknown model is refused with its
// name and the accepted ones, on both backends.
func TestEstimateModelOverAPI(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) { testEstimateModelAPI(t, d) })
	}
}

func testEstimateModelAPI(t *testing.T, dialect string) {
	f, h := cormackFixture(t, dialect)
	c := f.client(auth.RoleAnalyst)
	for _, m := range []struct {
		query, spec string
		psi         []float64
		level       float64
	}{
		{"model=Mth-Chao", "Mth-Chao", nil, 0.95},
		{"model=Mb&level=0.9", "Mb", nil, 0.9},
		{"model=" + url.QueryEscape("Mt+c1:c2"), "Mt+c1:c2", nil, 0.95},
		{"model=" + url.QueryEscape("[12,13]"), "[12,13]", nil, 0.95},
		{"model=Mh-psi&psi=" + url.QueryEscape("-0.5,-0.75,-0.875"), "Mh-psi", []float64{-0.5, -0.75, -0.875}, 0.95},
	} {
		var v linkageView
		apiJSON(t, f, c, "GET", "/api/linkage?"+m.query, "", 200, &v)
		fit, iv, err := mse.FitSpecCI(h, m.spec, m.psi, m.level)
		if err != nil {
			t.Fatal(err)
		}
		if len(v.Estimates) != 1 {
			t.Fatalf("%s: %+v", m.query, v)
		}
		e := v.Estimates[0]
		near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }
		if strings.Join(e.Lists, ",") != "CNDDHH,Defensoría del Pueblo,Invented for the Rastro demo" || e.Observed != h.N() ||
			e.Model != fit.Model || !near(e.N, fit.N) || !near(e.Lower, iv.Lower) || e.Level != m.level || e.DF != fit.DF ||
			!near(e.Deviance, fit.Deviance) || !near(e.AIC, fit.AIC) || !near(e.BIC, fit.BIC) || e.IntervalKind != fit.IntervalKind() ||
			e.SE == nil || !near(*e.SE, fit.SE) || (e.Upper == nil) != math.IsInf(iv.Upper, 1) || e.Upper != nil && !near(*e.Upper, iv.Upper) {
			t.Errorf("%s: %+v\nwant fit %+v interval %+v", m.query, e, fit, iv)
		}
		if v.Model != m.spec || v.Level != m.level {
			t.Errorf("%s: the answer says model %q level %v", m.query, v.Model, v.Level)
		}
	}
	// Without a model: the hierarchical model AIC ranks first, as before.
	var v linkageView
	apiJSON(t, f, c, "GET", "/api/linkage", "", 200, &v)
	models, _ := mse.HierarchicalModels(3, mse.DefaultMaxOrder(3))
	ranking := mse.RankModels(h, models, "aic").Fits
	if best := ranking[0]; len(v.Estimates) != 1 || v.Estimates[0].Model != best.Model || v.Estimates[0].N != best.N || v.Model != "" {
		t.Errorf("default: %+v", v.Estimates)
	}
	// The ranked table, as rastro estimate prints it: ten rows unless
	// told, every row with top=0, none when a model is named.
	if r := v.Estimates[0].Ranked; len(r) != min(10, len(ranking)) || r[1].Model != ranking[1].Model || r[1].AIC != ranking[1].AIC {
		t.Errorf("ranked rows %+v, want the first of %d", r, len(ranking))
	}
	apiJSON(t, f, c, "GET", "/api/linkage?top=0&criterion=bic", "", 200, &v)
	byBIC := mse.RankModels(h, models, "bic").Fits
	if r := v.Estimates[0].Ranked; len(r) != len(byBIC) || r[len(r)-1].Model != byBIC[len(byBIC)-1].Model {
		t.Errorf("top=0: %d rows, want %d ranked by BIC", len(r), len(byBIC))
	}
	apiJSON(t, f, c, "GET", "/api/linkage?top=-2", "", 400, nil)
	var named linkageView
	apiJSON(t, f, c, "GET", "/api/linkage?model=Mt", "", 200, &named)
	if len(named.Estimates[0].Ranked) != 0 {
		t.Errorf("a named model came with a ranking: %+v", named.Estimates[0].Ranked)
	}
	// Strata, with their total as rastro estimate --stratify gives it.
	apiJSON(t, f, c, "GET", "/api/linkage?model=M0&stratify=period", "", 200, &v)
	if len(v.Estimates) < 2 || v.Total == nil {
		t.Fatalf("strata %+v total %+v", v.Estimates, v.Total)
	}
	var sum, seen float64
	for _, e := range v.Estimates {
		sum, seen = sum+e.N, seen+e.Observed
	}
	if math.Abs(v.Total.N-sum) > 1e-6 || v.Total.Observed != seen || v.Total.Observed != h.N() || v.Total.Lower < seen {
		t.Errorf("total %+v of %d strata summing to %.1f", v.Total, len(v.Estimates), sum)
	}
	if body, _ := pageIn(t, f, c, "es", "/linkage?model=M0&stratify=period"); !strings.Contains(body, `id="estimate-total"`) || !strings.Contains(body, "suma de las estimaciones de los estratos") {
		t.Error("the page does not show the total")
	}
	// The ranking's options, as rastro estimate --criterion, --max-order
	// and --rank-heterogeneity.
	for q, o := range map[string]mse.RankOptions{
		"criterion=bic":                     {Criterion: "bic"},
		"criterion=bic&heterogeneity=Chao":  {Criterion: "bic", Heterogeneity: "Chao"},
		"max_order=1&heterogeneity=Darroch": {MaxOrder: 1, Heterogeneity: "Darroch"},
	} {
		choice, err := mse.ChooseModel(h, o)
		if err != nil {
			t.Fatal(err)
		}
		var v linkageView
		apiJSON(t, f, c, "GET", "/api/linkage?"+q, "", 200, &v)
		if len(v.Estimates) != 1 || v.Estimates[0].Model != choice.Best.Model || v.Estimates[0].N != choice.Best.N || v.Rank.Heterogeneity != o.Heterogeneity {
			t.Errorf("%s: %+v, want %s", q, v.Estimates, choice.Best.Model)
		}
	}
	// Refused, naming the problem.
	for q, want := range map[string][]string{
		"model=Mq":                             {`model \"Mq\"`, "Mth-Normal", "Mbh", "[12,23]"},
		"model=Mth-Weibull":                    {"Weibull", "M0, Mt, Mh-Chao"},
		"model=Mh-psi":                         {"psi"},
		"model=Mt&psi=1,2,3":                   {"psi values are for Mh-psi or Mth-psi"},
		"model=Mt&psi=a":                       {`\"a\" is not a number`},
		"model=Mt&level=95":                    {"level 95"},
		"model=Mt&level=x":                     {`level \"x\"`},
		"criterion=dic":                        {`criterion \"dic\": want aic or bic`},
		"heterogeneity=Normal":                 {"heterogeneity"},
		"max_order=0":                          {"max_order"},
		"model=" + url.QueryEscape("Mt+c1:c4"): {"c1..c3"},
	} {
		resp := f.do(c, "GET", "/api/linkage?"+q, "application/json", "")
		body := readAll(t, resp)
		if resp.StatusCode != 400 {
			t.Errorf("%s: %s", q, resp.Status)
		}
		for _, w := range want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: %s lacks %s", q, body, w)
			}
		}
	}
	// The page refuses it on its form, in the page's language, and shows
	// the chosen model's figures otherwise.
	for lang, want := range map[string][]string{
		"en": {`Unknown model &#34;Mq&#34;: choose one of M0, Mt,`, `id="estimate-error"`, `<option value="Mq" selected>`},
		"es": {`Modelo desconocido &#34;Mq&#34;: elija uno de M0, Mt,`, "Valores ψ"},
	} {
		body, status := pageIn(t, f, c, lang, "/linkage?model=Mq")
		if status != http.StatusBadRequest {
			t.Errorf("%s: unknown model: status %d", lang, status)
		}
		for _, w := range want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: the page lacks %q", lang, w)
			}
		}
	}
	fit, iv, _ := mse.FitSpecCI(h, "Mb", nil, 0.9)
	for lang, want := range map[string][]string{
		"en": {"90% log-normal on the unseen", "Mb — being on one list"},
		"es": {"log-normal sobre los no vistos (Chao 1987) al 90 %", "Mb — estar en una lista"},
	} {
		body, status := pageIn(t, f, c, lang, "/linkage?model=Mb&level=0.9")
		want = append(want, fmt.Sprintf(">%.1f<", fit.N), fmt.Sprintf("%.1f – %.1f", iv.Lower, iv.Upper), fmt.Sprintf("%.3f", fit.AIC),
			`<option value="Mb" selected>`)
		if status != 200 {
			t.Errorf("%s: status %d", lang, status)
		}
		for _, w := range want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: the page lacks %q", lang, w)
			}
		}
		if testing.Verbose() {
			t.Log(body[strings.Index(body, `id="estimates"`):])
		}
	}
}

// pageIn fetches a page in lang.
func pageIn(t *testing.T, f *fixture, c *http.Client, lang, path string) (string, int) {
	t.Helper()
	req, _ := http.NewRequest("GET", f.ts.URL+path, nil)
	req.Header.Set("Accept-Language", lang)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return readAll(t, resp), resp.StatusCode
}

// TestBrowserEstimateModel: an analyst picks a model on the linkage page
// and sees its estimate, interval and fit, in English and in Spanish.
func TestBrowserEstimateModel(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	addCormackVictims(t, f)
	h, err := mse.ParseCounts(3, cormackCounts)
	if err != nil {
		t.Fatal(err)
	}
	logIn(t, ctx, f.ts.URL, "analyst")
	pick := func(model, level string) {
		t.Helper()
		steps := []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(f.ts.URL + "/linkage"),
			chromedp.WaitVisible(chromedp.ID("f-model")),
			chromedp.SetValue(chromedp.ID("f-model"), model),
		}
		if level != "" {
			steps = append(steps, chromedp.SendKeys(chromedp.ID("f-level"), level))
		}
		err := chromedp.Do(ctx, append(steps, chromedp.Click(chromedp.ID("f-estimate")))...)
		if err != nil {
			t.Fatalf("pick %s: %v", model, err)
		}
		waitFor(t, ctx, `location.search.includes("model=`+url.QueryEscape(model)+`") && document.readyState === "complete"`)
	}
	for _, c := range []struct {
		lang, model, level string
		want               []string
	}{
		{"en", "Mth-Chao", "", []string{"95% profile likelihood"}},
		{"es", "Mb", "0.9", []string{"log-normal sobre los no vistos (Chao 1987) al 90 %"}},
	} {
		if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/lang/"+c.lang+"?next=/linkage")); err != nil {
			t.Fatal(err)
		}
		pick(c.model, c.level)
		level := 0.95
		if c.level != "" {
			level = 0.9
		}
		fit, iv, err := mse.FitSpecCI(h, c.model, nil, level)
		if err != nil {
			t.Fatal(err)
		}
		screenshot(t, ctx, "estimate-model-"+c.lang)
		row := text(t, ctx, "#estimates tbody tr")
		want := append(c.want, fit.Model, fmt.Sprintf("%.1f", fit.N), fmt.Sprintf("%.1f – %.1f", iv.Lower, iv.Upper), fmt.Sprintf("%.3f", fit.AIC))
		for _, w := range want {
			if !strings.Contains(row, w) {
				t.Errorf("%s, %s: the estimate %q lacks %q", c.lang, c.model, row, w)
			}
		}
		if got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("f-model").value`)); got != c.model {
			t.Errorf("%s: the form forgot the model: %q", c.lang, got)
		}
	}
	// The ranking behind the default choice, three rows, in Spanish.
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/linkage?top=3"), chromedp.WaitVisible(chromedp.CSS("tr.ranked summary")),
		chromedp.Click(chromedp.CSS("tr.ranked summary"))); err != nil {
		t.Fatal(err)
	}
	if s := text(t, ctx, "tr.ranked summary"); s != "Modelos ordenados por AIC (los 3 primeros)" {
		t.Errorf("ranked table's title: %q", s)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("table.ranked-models tbody tr").length`)); n != 3 {
		t.Errorf("%d ranked rows, want 3", n)
	}
	// A model typed into the address that does not exist: the form says so.
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/linkage?model=Mq"), chromedp.WaitVisible(chromedp.ID("estimate-error"))); err != nil {
		t.Fatal(err)
	}
	if msg := text(t, ctx, "#estimate-error"); !strings.HasPrefix(msg, `Modelo desconocido "Mq"`) {
		t.Errorf("unknown model: %q", msg)
	}
}
