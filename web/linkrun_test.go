package web

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/linkage/dblink"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestLinkRunOptions: a run of the linkage over the API takes rastro
// link's options and finds what dblink.Run finds with the same options on
// the same data; a bad option is refused and stores nothing.
func TestLinkRunOptions(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			inv := f.client(auth.RoleInvestigator)
			var before linkageView
			apiJSON(t, f, inv, "GET", "/api/linkage", "", 200, &before)
			for _, bad := range []string{
				`{"block":["shoe_size"]}`,
				`{"review":1.5}`,
				`{"match":0.4,"review":0.6}`,
				`{"max_cluster":-1}`,
				`{"pair_budget":-5}`,
				`{"blocks":["surname_key"]}`,
			} {
				apiJSON(t, f, inv, "POST", "/api/linkage", bad, 400, nil)
			}
			var after linkageView
			apiJSON(t, f, inv, "GET", "/api/linkage", "", 200, &after)
			if after.Merges != before.Merges || len(after.Reviews) != len(before.Reviews) {
				t.Fatalf("refused runs changed the database: merges %d → %d, reviews %d → %d", before.Merges, after.Merges, len(before.Reviews), len(after.Reviews))
			}

			opts := dblink.Options{Blocks: []string{"surname_key", "given_key"}, Review: 0.5, MaxCluster: 10}
			var got dblink.Result
			apiJSON(t, f, inv, "POST", "/api/linkage", `{"block":["surname_key","given_key"],"review":0.5,"max_cluster":10}`, 200, &got)
			if got.Chosen != nil {
				t.Errorf("rules were given, yet the run chose its own: %+v", got.Chosen)
			}
			// The same options on a fresh copy of the same data, straight
			// through the package the command line calls.
			g := newFixture(t, d)
			want, err := dblink.Run(auth.WithActorValue(context.Background(), auth.LocalAdmin()), g.db, opts)
			if err != nil {
				t.Fatal(err)
			}
			if got.Records != want.Records || got.Candidates != want.Candidates || got.Merges != want.Merges || got.Reviews != want.Reviews {
				t.Errorf("web run %+v, dblink.Run %+v", got, *want)
			}
			var def dblink.Result
			apiJSON(t, f, inv, "POST", "/api/linkage", "", 200, &def)
			if def.Chosen == nil {
				t.Error("an empty body did not take the default (chosen) rules")
			}
		})
	}
}

// TestBrowserLinkRunOptions: an investigator opens the run's options on
// the linkage page, gives blocking rules and a threshold, and runs it; a
// word where a number goes is refused with its name, in Spanish too.
func TestBrowserLinkRunOptions(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	logIn(t, ctx, f.ts.URL, "investigator")
	run := func(block, review string) {
		t.Helper()
		err := chromedp.Do(ctx,
			chromedp.Navigate(f.ts.URL+"/linkage"),
			chromedp.WaitVisible(chromedp.ID("run-linkage")),
			chromedp.Click(chromedp.CSS("#link-run summary")),
			chromedp.WaitVisible(chromedp.ID("lr-block")),
			chromedp.SendKeys(chromedp.ID("lr-block"), block),
			chromedp.SendKeys(chromedp.ID("lr-review"), review),
		)
		if err != nil {
			t.Fatal(err)
		}
		// The answer comes back to /linkage too: mark this page so that
		// the wait below sees the new one.
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.beforeRun = true`)); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("run-linkage"))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `window.beforeRun === undefined && document.readyState === "complete"`)
	}
	run("surname_key\ngiven_key", "0.5")
	waitFor(t, ctx, `!!document.getElementById("link-reviews")`)
	if body := text(t, ctx, "body"); strings.Contains(body, "blocking rules found nothing") {
		t.Fatalf("the run was refused: %q", body)
	}
	var res linkageView
	apiJSON(t, f, f.client(auth.RoleAnalyst), "GET", "/api/linkage", "", 200, &res)
	for _, r := range res.Reviews {
		if r.Probability < 0.5 {
			t.Errorf("review item %d at %.2f, below the review threshold 0.5 given", r.ID, r.Probability)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/lang/es?next=/linkage")); err != nil {
		t.Fatal(err)
	}
	if s := text(t, ctx, "#link-run summary"); s != "Opciones (como las de rastro link)" {
		t.Errorf("Spanish options: %q", s)
	}
	run("", "mucho")
	screenshot(t, ctx, "link-run-error-es")
	if body := text(t, ctx, "body"); !strings.Contains(body, `"mucho"`) {
		t.Errorf("the refusal does not name the value: %q", body)
	}
}
