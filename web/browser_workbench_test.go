package web

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pquerna/otp/totp"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
)

// TestBrowserWorkbenchDay drives an investigator's day in the browser,
// saving screenshots into RASTRO_SCREENSHOTS: log in; upload the article;
// review its claims into one incident with place and date, the repeats
// grouped; add an act with a perpetrator unit; create a unit and a
// posting; delete a wrongly created place; merge a stale edit made while
// someone else changed the record; run the report.
func TestBrowserWorkbenchDay(t *testing.T) {
	ctx := browser(t)
	abs, err := filepath.Abs(fixtureArticle)
	if err != nil {
		t.Fatal(err)
	}
	article(t) // skips without the fixture
	f := newFixture(t, sqldb.SQLite)
	base := f.ts.URL
	ok := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	idOf := func(path string) int64 {
		t.Helper()
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(loc, path)
		if i < 0 {
			t.Fatalf("at %s, not %s", loc, path)
		}
		rest := loc[i+len(path):]
		n := 0
		for _, c := range rest {
			if c < '0' || c > '9' {
				break
			}
			n = n*10 + int(c-'0')
		}
		return int64(n)
	}

	// Log in: the admin, with the authenticator's next code.
	code, _ := totp.GenerateCode(f.secrets[auth.RoleAdmin], time.Now().Add(30*time.Second))
	ok("log in",
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.ID("name")),
		chromedp.SendKeys(chromedp.ID("name"), "admin"),
		chromedp.SendKeys(chromedp.ID("password"), testPassword),
		chromedp.SendKeys(chromedp.ID("totp"), code),
		chromedp.Click(chromedp.ID("login")),
		chromedp.WaitVisible(chromedp.ID("fig-killed")),
	)

	// Upload the article: the script sends it with progress, then opens
	// the source, its claims marked in the text.
	ok("upload",
		chromedp.Navigate(base+"/sources"),
		chromedp.Click(chromedp.ID("add-sources")),
		chromedp.WaitVisible(chromedp.ID("ingest")),
		chromedp.SetUploadFiles(chromedp.ID("files"), []string{abs}),
		chromedp.SendKeys(chromedp.CSS(`input[name="publisher"]`), "BLAZETRENDS"),
		chromedp.Click(chromedp.ID("ingest-send")),
		chromedp.WaitVisible(chromedp.ID("source-text")),
	)
	src := idOf("/sources/")
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#source-text a.claim-span").length`))
	if err != nil || marks < 20 {
		t.Errorf("%d claims marked in the text (%v)", marks, err)
	}
	screenshot(t, ctx, "workbench-source")

	claims, _, err := f.db.Claims().List(t.Context(), rastro.ClaimFilter{SourceID: &src})
	if err != nil {
		t.Fatal(err)
	}
	first := func(kind rastro.ClaimKind, in string) int64 {
		for _, c := range claims {
			if c.Kind == kind && strings.Contains(c.Summary, in) {
				return c.ID
			}
		}
		t.Fatalf("no %s claim about %q", kind, in)
		return 0
	}
	srcQ := "/claims?source=" + itoa(int(src))
	// Perú, named several times, is one decision: rejected at once.
	peru := "#claim-" + itoa(int(first(rastro.ClaimPlace, "Perú (country")))
	mentions := 0
	for _, c := range claims {
		if c.Kind == rastro.ClaimPlace && strings.Contains(c.Summary, "Perú (country") {
			mentions++
		}
	}
	ok("queue", chromedp.Navigate(base+srcQ+"&kind=place"), chromedp.WaitVisible(chromedp.CSS(peru+" .repeat")))
	if r := text(t, ctx, peru+" .repeat"); mentions < 2 || !strings.Contains(r, itoa(mentions)) {
		t.Errorf("repeat chip %q", r)
	}
	screenshot(t, ctx, "workbench-queue")
	ok("reject the repeats",
		chromedp.SendKeys(chromedp.CSS(peru+` .reject-form input[name="reason"]`), "the country, not a place of events"),
		chromedp.Click(chromedp.CSS(peru+" button.reject")),
		chromedp.WaitNotPresent(chromedp.CSS(peru)),
	)
	for _, c := range claims {
		if c.Kind == rastro.ClaimPlace && strings.Contains(c.Summary, "Perú (country") {
			if got, _ := f.db.Claims().Find(t.Context(), c.ID); got.Status != rastro.ClaimRejected {
				t.Errorf("claim %d is %s", c.ID, got.Status)
			}
		}
	}
	// Juliaca, stored already: both mentions are cited on it through the picker.
	u := "211101"
	places, _, _ := f.db.Places().List(t.Context(), rastro.PlaceFilter{Ubigeo: &u})
	juliaca := "#claim-" + itoa(int(first(rastro.ClaimPlace, "Juliaca")))
	ok("link Juliaca",
		chromedp.SetValue(chromedp.CSS(juliaca+` .link-form select[name="target"]`), "places:"+itoa(int(places[0].ID))),
		chromedp.Click(chromedp.CSS(juliaca+" button.link")),
		chromedp.WaitNotPresent(chromedp.CSS(juliaca)),
	)

	// The count of 15 killed: the form proposes the claim's date and place,
	// and the incident already stored at that place on that day.
	killed := first(rastro.ClaimCount, "15 people killed")
	sel := "#claim-" + itoa(int(killed))
	ok("open the counts", chromedp.Navigate(base+srcQ+"&kind=count&q=juliaca"), chromedp.WaitVisible(chromedp.CSS(sel)))
	date, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(sel+` input[name="date"]`)))
	place, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(sel+` select[name="place_id"]`)))
	target, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(sel+` select[name="target"]`)))
	day := rastro.MustDate("2023-01-09")
	stored, _, _ := f.db.Incidents().List(t.Context(), rastro.IncidentFilter{PlaceID: &places[0].ID, From: &day, To: &day})
	if date != "2023-01-09" || place != itoa(int(places[0].ID)) || len(stored) == 0 || target != "incidents:"+itoa(int(stored[0].ID)) {
		t.Errorf("proposed date %q, place %q, incident %q", date, place, target)
	}
	screenshot(t, ctx, "workbench-counts")
	ok("accept the count", chromedp.Click(chromedp.CSS(sel+" button.accept")), chromedp.WaitNotPresent(chromedp.CSS(sel)))
	c, _ := f.db.Claims().Find(t.Context(), killed)
	inc, err := f.db.Incidents().Find(t.Context(), c.RecordID)
	if err != nil || inc.PlaceID != places[0].ID || inc.When.Start.String() != "2023-01-09" || inc.ReportedFatalities != 15 {
		t.Fatalf("incident %+v %v", inc, err)
	}
	// The injured of the same day and place go into it by default.
	injured := first(rastro.ClaimCount, "injured by firearms in Juliaca")
	sel = "#claim-" + itoa(int(injured))
	target, _ = chromedp.Run(ctx, chromedp.Value(chromedp.CSS(sel+` select[name="target"]`)))
	if target != "incidents:"+itoa(int(inc.ID)) {
		t.Errorf("default target %q, want incident %d", target, inc.ID)
	}
	ok("accept into the incident", chromedp.Click(chromedp.CSS(sel+" button.accept")), chromedp.WaitNotPresent(chromedp.CSS(sel)))
	if c, _ := f.db.Claims().Find(t.Context(), injured); c.RecordType != "incident" || c.RecordID != inc.ID {
		t.Errorf("injured claim went into %s %d", c.RecordType, c.RecordID)
	}

	// An act, and its perpetrator unit picked by name.
	units, _, _ := f.db.Units().List(t.Context(), rastro.UnitFilter{})
	ok("add an act",
		chromedp.Navigate(base+"/acts/new?incident="+itoa(int(inc.ID))),
		chromedp.WaitVisible(chromedp.ID("act-form")),
		chromedp.SetValue(chromedp.CSS(`select[name="type"]`), "killed"),
		chromedp.Click(chromedp.ID("save")),
		chromedp.WaitVisible(chromedp.CSS("a.add-perpetrator")),
		chromedp.Click(chromedp.CSS("a.add-perpetrator")),
		chromedp.WaitVisible(chromedp.ID("record-form")),
		chromedp.SetValue(chromedp.CSS(`select[name="unit_id"]`), itoa(int(units[0].ID))),
		chromedp.SetValue(chromedp.CSS(`select[name="role"]`), "present"),
		chromedp.Click(chromedp.ID("save")),
		chromedp.WaitVisible(chromedp.ID("record")),
	)
	if rec := text(t, ctx, "#record"); !strings.Contains(rec, units[0].Name) {
		t.Errorf("involvement page: %q", rec)
	}

	// A unit, and a posting in it.
	persons, _, _ := f.db.Persons().List(t.Context(), rastro.PersonFilter{Limit: 1})
	ok("create a unit",
		chromedp.Navigate(base+"/units"),
		chromedp.Click(chromedp.ID("add-unit")),
		chromedp.WaitVisible(chromedp.ID("record-form")),
		chromedp.SendKeys(chromedp.CSS(`input[name="name"]`), "Unidad de Servicios Especiales Puno"),
		chromedp.SetValue(chromedp.CSS(`select[name="force"]`), "police"),
		chromedp.SendKeys(chromedp.CSS(`input[name="country"]`), "PE"),
		chromedp.Click(chromedp.ID("save")),
		chromedp.WaitVisible(chromedp.ID("add-posting")),
	)
	unit := idOf("/units/")
	ok("create a posting",
		chromedp.Click(chromedp.ID("add-posting")),
		chromedp.WaitVisible(chromedp.ID("record-form")),
		chromedp.SetValue(chromedp.CSS(`select[name="person_id"]`), itoa(int(persons[0].ID))),
		chromedp.SetValue(chromedp.CSS(`select[name="role"]`), "commander"),
		chromedp.SendKeys(chromedp.CSS(`input[name="period.start"]`), "2023-01"),
		chromedp.Click(chromedp.ID("save")),
		chromedp.WaitVisible(chromedp.ID("record")),
	)
	if ps, _, _ := f.db.Postings().List(t.Context(), rastro.PostingFilter{UnitID: &unit}); len(ps) != 1 || ps[0].PersonID != persons[0].ID {
		t.Errorf("postings of the new unit: %+v", ps)
	}

	// A place made by mistake, deleted after the confirmation.
	ok("wrong place",
		chromedp.Navigate(base+"/places/new"),
		chromedp.WaitVisible(chromedp.ID("record-form")),
		chromedp.SendKeys(chromedp.CSS(`#record-form input[name="name"]`), "Julica (typo)"),
		chromedp.Click(chromedp.ID("save")),
		chromedp.WaitVisible(chromedp.ID("delete")),
	)
	wrong := idOf("/places/")
	ok("delete it",
		chromedp.Click(chromedp.ID("delete")),
		chromedp.WaitVisible(chromedp.ID("confirm-delete")),
	)
	screenshot(t, ctx, "workbench-delete")
	ok("confirm", chromedp.Click(chromedp.ID("confirm-delete")), chromedp.WaitVisible(chromedp.ID("fig-killed")))
	if _, err := f.db.Places().Find(t.Context(), wrong); rastro.ErrorCode(err) != rastro.ENOTFOUND {
		t.Errorf("the wrong place is still there: %v", err)
	}

	// A stale edit: someone renames the unit while the form is open; the
	// merge keeps their name and takes this session's country.
	ok("edit the unit", chromedp.Navigate(base+"/units/"+itoa(int(unit))+"/edit"), chromedp.WaitVisible(chromedp.ID("record-form")))
	other := f.client(auth.RoleInvestigator)
	if resp := f.do(other, "PUT", "/api/units/"+itoa(int(unit)), "application/json", `{"name":"USE Puno","version":1}`); resp.StatusCode != 200 {
		t.Fatalf("the other session's edit: %s", resp.Status)
	}
	ok("stale save",
		chromedp.SetValue(chromedp.CSS(`input[name="country"]`), "BO"),
		chromedp.SetValue(chromedp.CSS(`input[name="name"]`), "Unidad de Servicios Especiales"),
		chromedp.Click(chromedp.ID("save")),
		chromedp.WaitVisible(chromedp.ID("merge-form")),
	)
	screenshot(t, ctx, "workbench-merge")
	ok("merge",
		chromedp.Click(chromedp.CSS(`input[data-mine="country"]`)),
		chromedp.Click(chromedp.ID("merge")),
		chromedp.WaitVisible(chromedp.ID("add-posting")),
	)
	if got, _ := f.db.Units().Find(t.Context(), unit); got.Name != "USE Puno" || got.Country != "BO" || got.Version != 3 {
		t.Errorf("merged unit %+v", got)
	}

	// The report, with the day's incident.
	ok("report", chromedp.Navigate(base+"/report"), chromedp.WaitVisible(chromedp.CSS("h1")))
	if body := text(t, ctx, "body"); !strings.Contains(body, "Juliaca") {
		t.Error("the report does not name Juliaca")
	}
	screenshot(t, ctx, "workbench-report")
}
