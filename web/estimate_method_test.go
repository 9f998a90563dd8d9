package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/mse"
	"github.com/rastro-project/rastro/mse/strata"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// The linkage page's method and options give what rastro estimate
// --method gives on the same histories (package mse/strata), per stratum
// and in total; bad options are refused naming the option, on both
// backends.
func TestEstimateMethodOverAPI(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) { testEstimateMethodAPI(t, d) })
	}
}

func testEstimateMethodAPI(t *testing.T, dialect string) {
	f, h := cormackFixture(t, dialect)
	c := f.client(auth.RoleAnalyst)
	for q, o := range map[string]strata.MethodOptions{
		"method=dga&delta=1&missing=0:600&prior=negbin:13.14,55.17": {Method: "dga", Delta: 1, Missing: "0:600", Prior: "negbin:13.14,55.17"},
		"method=lcmcr&burnin=100&samples=50&thinning=2&seed=4":      {Method: "lcmcr", Burnin: 100, Samples: 50, Thinning: 2, Seed: 4},
	} {
		want, err := strata.Run(h, strata.EstimateOptions{MethodOptions: o})
		if err != nil {
			t.Fatal(err)
		}
		var v linkageView
		apiJSON(t, f, c, "GET", "/api/linkage?"+q, "", 200, &v)
		if len(v.Estimates) != 1 || v.Method != o.Method {
			t.Fatalf("%s: %+v", q, v)
		}
		e := v.Estimates[0]
		near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }
		if !near(e.N, want.N) || e.Lower != want.Lower || e.Method != o.Method || e.IntervalKind != strata.IntervalPosterior || e.Model != want.Model {
			t.Errorf("%s: %+v, want %+v", q, e, want)
		}
		if (o.Method == "dga") != (e.DGA != nil && e.DGA.Mode == want.DGA.Mode) || (o.Method == "lcmcr") != (e.LCMCR != nil && e.LCMCR.Accepted == 50) {
			t.Errorf("%s: the method's details %+v %+v", q, e.DGA, e.LCMCR)
		}
	}
	// Strata: lcmcr's draws added, as rastro estimate --stratify.
	var v linkageView
	apiJSON(t, f, c, "GET", "/api/linkage?stratify=period&method=lcmcr&burnin=100&samples=50&thinning=2", "", 200, &v)
	if len(v.Estimates) < 2 || v.Total == nil || v.Total.Estimator != "lcmcr" || v.Total.Method != mse.TotalDraws(nil, 0.95).Method {
		t.Fatalf("strata %+v total %+v", v.Estimates, v.Total)
	}
	if v.Estimates[1].LCMCR.Options.Seed != 2 {
		t.Errorf("the second stratum's seed %d, want 2 (seed 1 + 1)", v.Estimates[1].LCMCR.Options.Seed)
	}
	for q, want := range map[string]string{
		"method=magic":                `method \"magic\": want loglinear, dga, lcmcr`,
		"method=dga&model=Mt":         "does not apply to method dga",
		"method=dga&prior=flat":       `prior \"flat\"`,
		"method=dga&delta=-1":         `delta \"-1\"`,
		"method=lcmcr&classes=0":      `classes \"0\"`,
		"method=lcmcr&seed=x":         `seed \"x\"`,
		"method=dga&missing=9:1":      `missing counts \"9:1\"`,
		"method=lcmcr&classes=999999": "latent classes K = 999999",
	} {
		resp := f.do(c, "GET", "/api/linkage?"+q, "application/json", "")
		if body := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(body, want) {
			t.Errorf("%s: %s %s; want 400 with %s", q, resp.Status, body, want)
		}
	}
	// The page: the method's figures in its language, an error on its form.
	dga, _ := strata.Run(h, strata.EstimateOptions{MethodOptions: strata.MethodOptions{Method: "dga"}})
	for lang, words := range map[string][]string{
		"en": {"Bayes estimate " + fmt.Sprintf("%.1f", dga.N), "posterior quantiles", `<option value="dga" selected>`},
		"es": {"Estimación bayesiana " + fmt.Sprintf("%.1f", dga.N), "cuantiles a posteriori", "promedio sobre grafos descomponibles"},
	} {
		body, status := pageIn(t, f, c, lang, "/linkage?method=dga")
		for _, w := range words {
			if status != 200 || !strings.Contains(body, w) {
				t.Errorf("%s: %d, the page lacks %q", lang, status, w)
			}
		}
	}
	if body, status := pageIn(t, f, c, "es", "/linkage?method=magic"); status != http.StatusBadRequest || !strings.Contains(body, `id="estimate-error"`) {
		t.Errorf("unknown method on the page: %d", status)
	}
}

// cormackMt are Cormack's histories with Mt fitted, as rastro estimate
// --csv --model Mt fits them.
func cormackMt(t *testing.T) (*mse.Histories, *mse.Fit, *mse.Interval) {
	t.Helper()
	h, err := mse.ReadCSV(strings.NewReader(cormackCSV))
	if err != nil {
		t.Fatal(err)
	}
	fit, iv, err := mse.FitSpecCI(h, "Mt", nil, 0.95)
	if err != nil {
		t.Fatal(err)
	}
	return h, fit, iv
}

// cormackCSV are Cormack's histories as rastro estimate's test writes them.
const cormackCSV = "a,b,c,count\n1,1,1,72\n1,1,0,5\n1,0,1,29\n1,0,0,54\n0,1,1,24\n0,1,0,3\n0,0,1,14\n"

// POST /api/estimate reads a histories CSV, linked records or counts as
// rastro estimate --csv, --persons and --counts do, and estimates them
// with the query's options; a bad file is refused naming its line and
// column, on both backends.
func TestEstimateFileOverAPI(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) { testEstimateFileAPI(t, d) })
	}
}

func testEstimateFileAPI(t *testing.T, dialect string) {
	f := newFixture(t, dialect)
	c := f.client(auth.RoleAnalyst)
	h, fit, iv := cormackMt(t)
	var persons strings.Builder
	persons.WriteString("person,list\n")
	id := 0
	for r, n := range h.Counts {
		for range int(n) {
			id++
			for i, on := range h.HistoryString(r) {
				if on == '1' {
					fmt.Fprintf(&persons, "%d,%s\n", id, h.Names[i])
				}
			}
		}
	}
	body := func(v any) string {
		b, _ := json.Marshal(v)
		return string(b)
	}
	for name, req := range map[string]estimateRequest{
		"csv":     {CSV: cormackCSV},
		"persons": {Persons: persons.String()},
		"counts":  {Counts: "72,5,29,54,24,3,14", Lists: 3},
	} {
		var v estimateView
		apiJSON(t, f, c, "POST", "/api/estimate?model=Mt", body(req), 200, &v)
		if len(v.Estimates) != 1 || v.Input != name {
			t.Fatalf("%s: %+v", name, v)
		}
		e := v.Estimates[0]
		if e.Observed != 201 || e.Model != fit.Model || e.N != fit.N || e.Lower != iv.Lower || e.DF != fit.DF || e.AIC != fit.AIC {
			t.Errorf("%s: %+v, want %+v", name, e, fit)
		}
	}
	// Strata of a column, each Mt's 209.3, and their total.
	var strat strings.Builder
	strat.WriteString("id,period,a,b,c\n")
	for _, period := range []string{"2022-12", "2023-01"} {
		for r, n := range h.Counts {
			for range int(n) {
				id++
				fmt.Fprintf(&strat, "p%d,%s,%s\n", id, period, strings.Join(strings.Split(h.HistoryString(r), ""), ","))
			}
		}
	}
	var v estimateView
	apiJSON(t, f, c, "POST", "/api/estimate?model=Mt", body(estimateRequest{CSV: strat.String(), Stratify: "period", Ignore: []string{"id"}}), 200, &v)
	if len(v.Estimates) != 2 || v.Estimates[1].Stratum != "2023-01" || v.Estimates[1].N != fit.N || v.Total == nil || v.Total.Observed != 402 {
		t.Errorf("strata: %+v total %+v", v.Estimates, v.Total)
	}
	// Bad input, refused as the command line refuses it.
	for want, req := range map[string]estimateRequest{
		`line 2, column \"b\"`:     {CSV: "a,b\n1,2\n"},
		"counts needs lists":       {Counts: "1,2,3"},
		"give one of csv, persons": {CSV: cormackCSV, Counts: "1,2,3", Lists: 2},
		"no data":                  {},
		"at least 3 lists":         {Counts: "1,2,3", Lists: 2},
	} {
		q := "/api/estimate"
		if want == "at least 3 lists" {
			q += "?method=dga"
		}
		resp := f.do(c, "POST", q, "application/json", body(req))
		if got := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(got, want) {
			t.Errorf("%+v: %s %s; want 400 with %s", req, resp.Status, got, want)
		}
	}
	// The page's form: an uploaded file, and a bad one shown on the form.
	upload := func(file string) (string, int) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		fw, _ := mw.CreateFormFile("file", "historias.csv")
		fw.Write([]byte(file))
		mw.WriteField("format", "csv")
		mw.WriteField("model", "Mt")
		mw.Close()
		resp := f.do(c, "POST", "/estimate", mw.FormDataContentType(), buf.String())
		return readAll(t, resp), resp.StatusCode
	}
	if page, status := upload(cormackCSV); status != 200 || !strings.Contains(page, fmt.Sprintf(">%.1f<", fit.N)) || !strings.Contains(page, "historias.csv") {
		t.Errorf("upload: %d", status)
	}
	if page, status := upload("a,b\n1,2\n"); status != 400 || !strings.Contains(page, `historias.csv: csv line 2, column &#34;b&#34;`) {
		t.Errorf("bad upload: %d %s", status, page[strings.Index(page, "<main")+1:])
	}
}

// TestBrowserEstimateMethod: an analyst chooses dga on the linkage page
// and sees its Bayes estimate and posterior mode.
func TestBrowserEstimateMethod(t *testing.T) {
	ctx := browser(t)
	f, h := cormackFixture(t, sqldb.SQLite)
	want, err := strata.Run(h, strata.EstimateOptions{MethodOptions: strata.MethodOptions{Method: "dga", Delta: 1}})
	if err != nil {
		t.Fatal(err)
	}
	logIn(t, ctx, f.ts.URL, "analyst")
	err = chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/linkage"),
		chromedp.WaitVisible(chromedp.ID("f-method")),
		chromedp.SetValue(chromedp.ID("f-method"), "dga"),
		chromedp.SendKeys(chromedp.ID("f-delta"), "1"),
		chromedp.Click(chromedp.ID("f-estimate")),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `location.search.includes("method=dga") && document.readyState === "complete"`)
	details := text(t, ctx, "#estimates tr.method-details")
	for _, w := range []string{"Bayes estimate " + fmt.Sprintf("%.1f", want.N), "posterior mode " + strconv.Itoa(int(want.DGA.Mode))} {
		if !strings.Contains(details, w) {
			t.Errorf("the dga details %q lack %q", details, w)
		}
	}
	if row := text(t, ctx, "#estimates tbody tr"); !strings.Contains(row, fmt.Sprintf("%.1f", want.N)) || !strings.Contains(row, "posterior quantiles") {
		t.Errorf("the estimate %q", row)
	}
}

// TestBrowserEstimateUpload: an analyst uploads a histories CSV on the
// estimate page and sees rastro estimate --csv's estimate of it.
func TestBrowserEstimateUpload(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	_, fit, iv := cormackMt(t)
	file := filepath.Join(t.TempDir(), "historias.csv")
	if err := os.WriteFile(file, []byte(cormackCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	logIn(t, ctx, f.ts.URL, "analyst")
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/linkage"),
		chromedp.WaitVisible(chromedp.ID("estimate-from-files")),
		chromedp.Click(chromedp.ID("estimate-from-files")),
		chromedp.WaitVisible(chromedp.ID("f-file")),
		chromedp.SetUploadFiles(chromedp.ID("f-file"), []string{file}),
		chromedp.SetValue(chromedp.ID("f-model"), "Mt"),
		chromedp.Click(chromedp.ID("f-estimate")),
		chromedp.WaitVisible(chromedp.ID("estimate-file")),
	)
	if err != nil {
		t.Fatal(err)
	}
	row := text(t, ctx, "#estimates tbody tr")
	for _, w := range []string{"a, b, c", fit.Model, fmt.Sprintf("%.1f", fit.N), fmt.Sprintf("%.1f – %.1f", iv.Lower, iv.Upper), fmt.Sprintf("%.3f", fit.AIC)} {
		if !strings.Contains(row, w) {
			t.Errorf("the estimate %q lacks %q", row, w)
		}
	}
}
