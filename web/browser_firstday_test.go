package web

import (
	"encoding/json"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/intake"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestBrowserWideTablesOnAPhone: the pages with wide tables (the
// analyses, the estimates, the dashboard's headline figures, the public
// key, the report) scroll their tables, not the whole page, on a 390 px
// screen, and the report's map and charts shrink to it.
func TestBrowserWideTablesOnAPhone(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	logIn(t, ctx, f.ts.URL, "investigator")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	overflow := `document.documentElement.scrollWidth - document.documentElement.clientWidth`
	for _, p := range []string{"/", "/analyses", "/linkage", "/estimate", "/transfer", "/report"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+p), chromedp.WaitVisible(chromedp.CSS("h1"))); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if px, _ := chromedp.Run(ctx, chromedp.Evaluate[int](overflow)); px > 0 {
			t.Errorf("%s is %d px wider than a 390 px screen", p, px)
		}
	}
}

// TestBrowserIngestNothingInSpanish: sending the "add sources" form with
// neither a file nor a text says what to do, in the page's language.
func TestBrowserIngestNothingInSpanish(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	logIn(t, ctx, f.ts.URL, "investigator")
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/lang/es?next=/sources/new"),
		chromedp.WaitVisible(chromedp.ID("ingest")),
		chromedp.Click(chromedp.ID("ingest-send")),
	)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(translate("es", "wb.no_documents"))
	waitFor(t, ctx, `document.getElementById("ingest-status").textContent === `+string(want))
	// The same words without the script, from the JSON API.
	resp := f.do(f.client(auth.RoleInvestigator), "POST", "/api/sources", "multipart/form-data; boundary=x", "--x--\r\n")
	defer resp.Body.Close()
	if b, _ := io.ReadAll(resp.Body); resp.StatusCode != 400 || !strings.Contains(string(b), translate("en", "wb.no_documents")) {
		t.Errorf("API: %d %s", resp.StatusCode, b)
	}
	// A lost connection is told in Spanish too.
	if s, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("ingest").dataset.network`)); s != translate("es", "wb.network_error") {
		t.Errorf("network error words %q", s)
	}
}

// TestBrowserQueueSaysWhoDecides: an investigator, who cannot decide
// claims, is told so on the queue instead of being shown keys that do
// nothing; a reviewer sees the keys.
func TestBrowserQueueSaysWhoDecides(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	logIn(t, ctx, f.ts.URL, "investigator")
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/claims"), chromedp.WaitVisible(chromedp.ID("no-review"))); err != nil {
		t.Fatal(err)
	}
	if s := text(t, ctx, "#no-review"); !strings.Contains(s, "investigator") || !strings.Contains(s, "reviewer") {
		t.Errorf("note %q", s)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#keys, form.accept-form").length`)); n != 0 {
		t.Errorf("%d keys hints or accept forms shown to an investigator", n)
	}
	resp := f.do(f.client(auth.RoleReviewer), "GET", "/claims", "", "")
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(b), `id="keys"`) || strings.Contains(string(b), `id="no-review"`) {
		t.Error("the reviewer's queue lacks the keys or shows the note")
	}
}

// TestBrowserAcceptSaysWhere: after accepting a claim, the queue says
// what it became, with a link to the record; the decided claim in the
// queue links there too.
func TestBrowserAcceptSaysWhere(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	logIn(t, ctx, f.ts.URL, "reviewer")
	claim := "#claim-" + itoa(int(f.claimID))
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/lang/es?next=/claims"),
		chromedp.WaitVisible(chromedp.CSS(claim+" button.accept")),
		chromedp.Click(chromedp.CSS(claim+" button.accept")),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("decided") !== null`)
	c, err := f.db.Claims().Find(t.Context(), f.claimID)
	if err != nil || c.RecordType != "incident" {
		t.Fatalf("claim %+v, %v", c, err)
	}
	want := "/incidents/" + itoa(int(c.RecordID))
	if s := text(t, ctx, "#decided"); !strings.Contains(s, "n.º "+itoa(int(f.claimID))) {
		t.Errorf("notice %q", s)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#decided a`))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `location.pathname === "`+want+`" && document.querySelector("main h1") !== null`)
	// The accepted claim in the queue links to its record.
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/claims?status=accepted"), chromedp.WaitVisible(chromedp.CSS(claim))); err != nil {
		t.Fatal(err)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('`+claim+` a[href="`+want+`"]').length`)); n != 1 {
		t.Errorf("%d links to %s in the accepted claim", n, want)
	}
}

// TestBrowserEvidenceIncidentPicked: the evidence form's incident is
// found by its name, date or place, not typed as a number a new user
// cannot know; the item uploaded belongs to the incident picked.
func TestBrowserEvidenceIncidentPicked(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	logIn(t, ctx, f.ts.URL, "investigator")
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("notes on the photographs\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/evidence/new"),
		chromedp.WaitVisible(chromedp.CSS("select#incident_id")),
		chromedp.SendKeys(chromedp.CSS(".picker-search"), "Juliaca"),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("incident_id").value !== ""`)
	picked, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => { const s = document.getElementById("incident_id"); return [s.value, s.options[s.selectedIndex].text]; })()`))
	if len(picked) != 2 || !strings.Contains(picked[1], "Juliaca") {
		t.Fatalf("picked %q", picked)
	}
	err = chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{file}),
		chromedp.Click(chromedp.ID("send")),
		chromedp.WaitVisible(chromedp.ID("custody")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('a[href="/incidents/`+picked[0]+`"]').length`)); n == 0 {
		t.Errorf("the item does not belong to incident %s", picked[0])
	}
	// ?incident=ID comes chosen.
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/evidence/new?incident="+picked[0]), chromedp.WaitVisible(chromedp.ID("file"))); err != nil {
		t.Fatal(err)
	}
	if v, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("incident_id").value`)); v != picked[0] {
		t.Errorf("?incident=%s chose %q", picked[0], v)
	}
}

// TestBrowserEmptyCaseFileSaysWhereToStart: a new user on an empty case
// file is shown where to start, in their language; the first link brings
// a source in.
func TestBrowserEmptyCaseFileSaysWhereToStart(t *testing.T) {
	ctx := browser(t)
	db := sqldbtest.Open(t, sqldb.SQLite)
	a := auth.NewService(db.Accounts())
	a.Argon2.Memory, a.Argon2.Time = 8*1024, 1
	if _, err := a.AddUser(auth.WithActorValue(t.Context(), auth.LocalAdmin()), "investigator", auth.RoleInvestigator, testPassword, nil); err != nil {
		t.Fatal(err)
	}
	srv, err := New(Config{DB: db, Auth: a, Audit: db, Miner: intake.Miner})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	logIn(t, ctx, ts.URL, "investigator")
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/lang/es?next=/"), chromedp.WaitVisible(chromedp.ID("start"))); err != nil {
		t.Fatal(err)
	}
	if s := text(t, ctx, "#start"); !strings.Contains(s, translate("es", "dash.empty")) || !strings.Contains(s, translate("es", "wb.add_sources")) {
		t.Errorf("start %q", s)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("start-sources")), chromedp.WaitVisible(chromedp.ID("ingest"))); err != nil {
		t.Fatal(err)
	}
}
