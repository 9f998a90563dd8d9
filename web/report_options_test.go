package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/disparity"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/pdf"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// /report takes rastro report's options (incident, names, threshold,
// exposure, lang) and answers the report package's document for them, on
// both backends; bad values are refused naming the option.
func TestReportOptions(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) { testReportOptions(t, d) })
	}
}

// generatedAt is the report's time of writing, which differs run to run.
var generatedAt = regexp.MustCompile(`\d{4}-\d\d-\d\d \d\d:\d\d UTC`)

func testReportOptions(t *testing.T, dialect string) {
	f := newFixture(t, dialect)
	c := f.client(auth.RoleAnalyst)
	ctx := auth.WithActorValue(t.Context(), auth.LocalAdmin())
	acts, _, err := f.db.Acts().List(ctx, rastro.ActFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// The demo's victims are all protected: one who is not, to be named.
	victim := &rastro.Person{Name: "Rosa Quispe Mamani"}
	if err := f.db.Persons().Create(ctx, victim); err != nil {
		t.Fatal(err)
	}
	act := &rastro.Act{Assertion: rastro.Assertion{Citations: acts[0].Citations}, IncidentID: acts[0].IncidentID, VictimID: victim.ID, Type: rastro.ActInjured}
	if err := f.db.Acts().Create(ctx, act); err != nil {
		t.Fatal(err)
	}

	// What rastro report would write for the same options.
	want := func(filter report.Filter, dopt disparity.Options, opt report.Options) string {
		t.Helper()
		b, err := f.db.Export(sqldb.WithoutReveal(ctx))
		if err != nil {
			t.Fatal(err)
		}
		reviews, err := f.srv.reviews(ctx)
		if err != nil {
			t.Fatal(err)
		}
		in := &report.Input{Data: b, Filter: filter, Departments: f.srv.cfg.Departments, DisparityOptions: dopt, Generated: time.Now()}
		if err := report.Analyze(in, assess.MustDefaultRules(), reviews, poverty); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := report.Render(&buf, in, opt); err != nil {
			t.Fatal(err)
		}
		return generatedAt.ReplaceAllString(buf.String(), "")
	}
	get := func(path string, status int) string {
		t.Helper()
		resp := f.do(c, "GET", path, "", "")
		body := readAll(t, resp)
		if resp.StatusCode != status {
			t.Fatalf("GET %s: %s, want %d: %s", path, resp.Status, status, body)
		}
		return generatedAt.ReplaceAllString(body, "")
	}

	q := url.Values{"incident": {fmt.Sprint(act.IncidentID)}, "names": {"yes"}, "threshold": {"0.8"}, "exposure": {"population"}, "lang": {"es"}}
	got := get("/api/report?"+q.Encode(), 200)
	exp := want(report.Filter{IncidentID: act.IncidentID}, disparity.Options{Threshold: 0.8, Exposure: disparity.ExposurePopulation}, report.Options{Lang: "es", Names: true})
	if got != exp {
		t.Errorf("the web's report differs from the report package's for the same options (%d bytes against %d)", len(got), len(exp))
	}
	if !strings.Contains(got, victim.Name) || !strings.Contains(got, `lang="es"`) {
		t.Errorf("the report of incident %d does not name %s in Spanish", act.IncidentID, victim.Name)
	}
	q.Del("names")
	if got := get("/report?"+q.Encode(), 200); strings.Contains(got, victim.Name) {
		t.Errorf("without names the report names %s", victim.Name)
	}
	q.Set("incident", "99999")
	get("/report?"+q.Encode(), 404)

	for bad, name := range map[string]string{"incident=two": "incident", "names=maybe": "names", "exposure=people": "exposure", "threshold=half": "threshold", "threshold=50": "threshold", "pdf=perhaps": "pdf"} {
		resp := f.do(c, "GET", "/api/report?"+bad, "", "")
		if body := readAll(t, resp); resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, name) {
			t.Errorf("%s: %s %s; want 400 naming %s", bad, resp.Status, body, name)
		}
	}
	if dialect != sqldb.SQLite || testing.Short() {
		return
	}
	// The PDF, as --pdf prints it (Chromium needed).
	if _, err := pdf.Browser(); err != nil {
		t.Skipf("PDF needs Chromium: %v", err)
	}
	resp := f.do(c, "GET", "/report?pdf=yes&incident="+fmt.Sprint(act.IncidentID), "", "")
	body := readAll(t, resp)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(body, "%PDF-") {
		t.Errorf("PDF: %s %s, %d bytes starting %q", resp.Status, resp.Header.Get("Content-Type"), len(body), body[:min(8, len(body))])
	}
}
