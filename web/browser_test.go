package web

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/internal/tools"
	"github.com/rastro-project/rastro/sqldb"
)

// browser starts a headless chromium for the test, or skips it.
func browser(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped with -short")
	}
	chromium, err := tools.Find("chromium")
	if err != nil {
		t.Skipf("browser tests need Chromium: %v", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1280, 900),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(cancelBrowser)
	return bctx
}

// screenshot saves a full-page PNG into RASTRO_SCREENSHOTS, when set, for
// a person to look at.
func screenshot(t *testing.T, ctx context.Context, name string) {
	dir := os.Getenv("RASTRO_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

func logIn(t *testing.T, ctx context.Context, base, name string) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.ID("name")),
		chromedp.SendKeys(chromedp.ID("name"), name),
		chromedp.SendKeys(chromedp.ID("password"), testPassword),
		chromedp.Click(chromedp.ID("login")),
		chromedp.WaitVisible(chromedp.ID("fig-killed")),
	)
	if err != nil {
		t.Fatalf("log in as %s: %v", name, err)
	}
}

// TestBrowser uses the app as people do: an investigator logs in, browses
// the incidents, uploads evidence; a reviewer accepts a claim and opens the
// report; a guest tries to export and is refused.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	base := f.ts.URL

	logIn(t, ctx, base, "investigator")
	if n := text(t, ctx, "#fig-killed"); n == "" || n == "0" {
		t.Errorf("dashboard shows %q killed", n)
	}
	screenshot(t, ctx, "dashboard")

	// Browse: the list, then the first incident.
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/incidents"),
		chromedp.WaitVisible(chromedp.CSS("#incident-table tbody tr a")),
	)
	if err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "incidents")
	// The map zooms with the wheel (the script moves the SVG's viewBox).
	zoom := `(() => { const s = document.querySelector(".map svg"); const before = s.viewBox.baseVal.width;
		const r = s.getBoundingClientRect();
		s.dispatchEvent(new WheelEvent("wheel", {deltaY: -100, clientX: r.left + r.width/2, clientY: r.top + r.height/2, bubbles: true, cancelable: true}));
		return s.viewBox.baseVal.width / before; })()`
	if ratio, err := chromedp.Run(ctx, chromedp.Evaluate[float64](zoom)); err != nil || ratio >= 1 {
		t.Errorf("map zoom: ratio %v, %v", ratio, err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#incident-table tbody tr a")),
		chromedp.WaitVisible(chromedp.ID("edit")),
	)
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "/incidents/") {
		t.Errorf("clicked to %s", loc)
	}
	screenshot(t, ctx, "incident")

	// An edit made on a version someone else has since changed shows the
	// conflict: the stored values beside the user's.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/incidents/2/edit"),
		chromedp.WaitVisible(chromedp.ID("save")),
	)
	if err != nil {
		t.Fatal(err)
	}
	other := f.client(auth.RoleInvestigator)
	if resp := f.do(other, "PUT", "/api/incidents/2", "application/json", `{"version":1,"title":"Changed meanwhile"}`); resp.StatusCode != 200 {
		t.Fatalf("concurrent edit: %s", resp.Status)
	}
	err = chromedp.Do(ctx,
		chromedp.Clear(chromedp.CSS(`input[name="title"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="title"]`), "My edit"),
		chromedp.Click(chromedp.ID("save")),
		chromedp.WaitVisible(chromedp.ID("conflict")),
	)
	if err != nil {
		t.Fatalf("conflict page: %v", err)
	}
	if tbl := text(t, ctx, "table.conflict"); !strings.Contains(tbl, "Changed meanwhile") || !strings.Contains(tbl, "My edit") {
		t.Errorf("conflict table: %q", tbl)
	}
	screenshot(t, ctx, "conflict")
	// Taking the user's title on the conflict page merges it onto the current version.
	err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[data-mine="title"]`)), chromedp.Click(chromedp.ID("merge")), chromedp.WaitVisible(chromedp.ID("edit")))
	if err != nil {
		t.Fatal(err)
	}
	if h := text(t, ctx, "h1"); h != "My edit" {
		t.Errorf("after saving again: %q", h)
	}

	// Add an act to an incident: a new victim by name, wounds, munition and
	// a citation; the incident page then lists it.
	srcs, _, err := f.db.Sources().List(t.Context(), rastro.SourceFilter{Limit: 1})
	if err != nil || len(srcs) == 0 {
		t.Fatal("no source to cite", err)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/incidents/1"),
		chromedp.WaitVisible(chromedp.ID("add-act")),
		chromedp.Click(chromedp.ID("add-act")),
		chromedp.WaitVisible(chromedp.ID("act-form")),
		chromedp.SendKeys(chromedp.CSS(`input[name="victim_name"]`), "Browser Victim Test"),
		chromedp.SetValue(chromedp.CSS(`select[name="type"]`), "injured"),
		chromedp.Click(chromedp.CSS(`input[name="wound_regions"][value="lower_limb"]`)),
		chromedp.SetValue(chromedp.CSS(`select[name="munition"]`), "pellets"),
		chromedp.SetValue(chromedp.CSS(`select[name="activity"]`), "protesting"),
		chromedp.SetValue(chromedp.CSS(`select[name="cite_source"]`), itoa(int(srcs[0].ID))),
		chromedp.SendKeys(chromedp.CSS(`input[name="cite_page"]`), "2"),
		chromedp.SendKeys(chromedp.CSS(`textarea[name="cite_quote"]`), "pellet wounds to the legs"),
	)
	if err != nil {
		t.Fatalf("act form: %v", err)
	}
	screenshot(t, ctx, "act-form")
	err = chromedp.Do(ctx, chromedp.Click(chromedp.ID("save")), chromedp.WaitVisible(chromedp.ID("add-act")))
	if err != nil {
		t.Fatalf("save act: %v", err)
	}
	if acts := text(t, ctx, "table"); !strings.Contains(acts, "Browser Victim Test") || !strings.Contains(acts, "pellets") || !strings.Contains(acts, "leg") {
		t.Errorf("the incident's acts: %q", acts)
	}
	if cites := text(t, ctx, "ol.citations"); !strings.Contains(cites, "pellet wounds to the legs") {
		t.Errorf("the incident's citations: %q", cites)
	}
	screenshot(t, ctx, "incident-with-act")

	// Live filter: typing narrows the table without submitting.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/incidents"),
		chromedp.WaitVisible(chromedp.CSS("#incident-table tbody tr")),
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "zzzznomatch"),
		chromedp.WaitNotPresent(chromedp.CSS("#incident-table tbody tr a")),
	)
	if err != nil {
		t.Errorf("live filter: %v", err)
	}

	// Upload evidence through the progress-bar form.
	file := filepath.Join(t.TempDir(), "photo-notes.txt")
	os.WriteFile(file, []byte(strings.Repeat("notes on the photographs\n", 20000)), 0o600)
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/evidence/new?incident=1"),
		chromedp.WaitVisible(chromedp.ID("file")),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{file}),
		chromedp.Click(chromedp.ID("send")),
		chromedp.WaitVisible(chromedp.ID("custody")),
	)
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	if log := text(t, ctx, "#custody"); !strings.Contains(log, "acquired") || !strings.Contains(log, "investigator") {
		t.Errorf("custody log: %q", log)
	}
	if p, _ := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.getElementById("progress") ? 1 : 0`)); p != 0 {
		t.Error("still on the upload form")
	}

	// A reviewer accepts the claim from the queue.
	logIn(t, ctx, base, "reviewer")
	claim := "#claim-" + itoa(int(f.claimID))
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/claims"),
		chromedp.WaitVisible(chromedp.CSS(claim+" button.accept")),
	)
	if err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "claims")
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(claim+" button.accept")),
		chromedp.WaitNotPresent(chromedp.CSS(claim)),
	)
	if err != nil {
		t.Fatalf("accept claim: %v", err)
	}
	if c, _ := f.db.Claims().Find(t.Context(), f.claimID); c.Status != rastro.ClaimAccepted {
		t.Errorf("claim is %s", c.Status)
	}

	// The chain of command of a unit, in Spanish.
	err = chromedp.Do(ctx, chromedp.Navigate(base+"/lang/es?next=/units/1"), chromedp.WaitVisible(chromedp.CSS(".chain svg")))
	if err != nil {
		t.Fatalf("unit page: %v", err)
	}
	if h := text(t, ctx, "h2"); !strings.Contains(h, "Cadena de mando") {
		t.Errorf("unit page in Spanish: %q", h)
	}
	screenshot(t, ctx, "unit-es")
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.ID("fig-killed"))); err != nil {
		t.Fatal(err)
	}
	if h := text(t, ctx, "h1"); !strings.HasPrefix(h, "Expediente") {
		t.Errorf("dashboard in Spanish: %q", h)
	}
	screenshot(t, ctx, "dashboard-es")
	chromedp.Do(ctx, chromedp.Navigate(base+"/lang/en?next=/"))

	// The report opens.
	err = chromedp.Do(ctx, chromedp.Navigate(base+"/report"), chromedp.WaitVisible(chromedp.CSS("h1")))
	if err != nil {
		t.Fatal(err)
	}
	if body := text(t, ctx, "body"); !strings.Contains(body, "Headline figures") {
		t.Error("the report lacks its headline figures")
	}

	// A guest sees no export link, and the export itself is refused.
	logIn(t, ctx, base, "guest")
	err = chromedp.Do(ctx, chromedp.Navigate(base+"/transfer"), chromedp.WaitVisible(chromedp.ID("no-export")))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := chromedp.RunResponse(ctx, chromedp.Navigate(base+"/export/bundle.json"))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 403 {
		t.Errorf("guest export: %d", resp.Status)
	}
	if body := text(t, ctx, "body"); !strings.Contains(body, "export") || strings.Contains(body, "rastro-bundle") {
		t.Errorf("guest export page: %.200s", body)
	}
}
