package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
)

// TestBrowserRecordLists walks the record lists as an investigator does:
// from the menu to the places, on to the postings, filtered by a unit;
// then the same page in Spanish, with no English word left.
func TestBrowserRecordLists(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	base := f.ts.URL
	posts, _, err := f.db.Postings().List(auth.WithActorValue(t.Context(), auth.LocalAdmin()), rastro.PostingFilter{})
	if err != nil || len(posts) == 0 {
		t.Fatalf("the demo's postings: %d, %v", len(posts), err)
	}
	unit := fmt.Sprint(posts[0].UnitID)

	logIn(t, ctx, base, "investigator")
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("nav-records")),
		chromedp.WaitVisible(chromedp.ID("records")),
	)
	if err != nil {
		t.Fatalf("to the places: %v", err)
	}
	if h := text(t, ctx, "h1"); !strings.HasPrefix(h, "Places") {
		t.Errorf("heading %q", h)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("list-postings")),
		chromedp.WaitVisible(chromedp.ID("f-unit_id")),
		chromedp.SendKeys(chromedp.ID("f-unit_id"), unit),
	)
	if err != nil {
		t.Fatalf("postings: %v", err)
	}
	// The filtered page is a new document: wait for the marked one to go.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.dataset.before = "1"`)); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("f-submit")),
		chromedp.WaitNotPresent(chromedp.CSS("body[data-before]")),
		chromedp.WaitVisible(chromedp.ID("records")),
	)
	if err != nil {
		t.Fatalf("postings of unit %s: %v", unit, err)
	}
	screenshot(t, ctx, "postings")
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "/postings?") || !strings.Contains(loc, "unit_id="+unit) {
		t.Errorf("the filter went to %s", loc)
	}
	// Every row links the unit filtered by, and only that unit.
	rows, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#records tbody tr").length`))
	units, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#records tbody a[href^='/units/']")].map(a => a.getAttribute("href"))`))
	if rows == 0 || len(units) != rows {
		t.Errorf("%d rows, %d unit links", rows, len(units))
	}
	for _, u := range units {
		if u != "/units/"+unit {
			t.Errorf("a row of unit %s links %s", unit, u)
		}
	}

	// The same page in Spanish.
	err = chromedp.Do(ctx, chromedp.Navigate(base+"/lang/es?next=/postings?unit_id="+unit), chromedp.WaitVisible(chromedp.ID("records")))
	if err != nil {
		t.Fatal(err)
	}
	if h := text(t, ctx, "h1"); !strings.HasPrefix(h, "Destinos") {
		t.Errorf("Spanish heading %q", h)
	}
	screenshot(t, ctx, "postings-es")
	visible, err := chromedp.Run(ctx, chromedp.Evaluate[string](visibleText))
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range untranslated(visible, recordStrings(t, f)) {
		t.Errorf("untranslated on the Spanish postings: %s", u)
	}
	n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#records tbody tr").length`))
	if n != rows {
		t.Errorf("Spanish page: %d rows, English %d", n, rows)
	}

	// The report's options, as rastro report --incident 2 --exposure
	// population --lang es, from the analyses page.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/analyses"),
		chromedp.WaitVisible(chromedp.ID("report-form")),
		chromedp.SendKeys(chromedp.ID("r-incident"), "2"),
		chromedp.SetValue(chromedp.ID("r-exposure"), "population"),
		chromedp.Click(chromedp.ID("r-html")),
		chromedp.WaitNotPresent(chromedp.ID("report-form")), // left the analyses page
		chromedp.WaitVisible(chromedp.CSS("h1")),
	)
	if err != nil {
		t.Fatalf("report form: %v", err)
	}
	loc, _ = chromedp.Run(ctx, chromedp.Location())
	lang, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
	body := text(t, ctx, "body")
	if !strings.Contains(loc, "/report?") || !strings.Contains(loc, "incident=2") || lang != "es" ||
		!strings.Contains(body, "incidente 2") || !strings.Contains(body, "población de 12 años y más") {
		t.Errorf("report at %s in %q: lacks the incident or the exposure", loc, lang)
	}
}
