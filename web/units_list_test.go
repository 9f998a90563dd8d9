package web

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestUnitList: the units list filters and pages as rastro unit list
// (--name, --force, --offset, --limit); a bad number is refused.
func TestUnitList(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleAnalyst)
			ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
			police := rastro.ForcePolice
			want, total, err := f.db.Units().List(ctx, rastro.UnitFilter{Force: &police})
			if err != nil {
				t.Fatal(err)
			}
			if total < 2 {
				t.Fatalf("the fixture holds %d police units; the test needs two", total)
			}
			var v unitsView
			apiJSON(t, f, c, "GET", "/api/units?force=police&limit=1&offset=1", "", 200, &v)
			if v.Total != total || len(v.Units) != 1 || v.Units[0].ID != want[1].ID || v.Offset != 1 || v.Limit != 1 {
				t.Errorf("page 2 of the police units: %+v, want unit %d of %d", v, want[1].ID, total)
			}
			name := want[0].Name
			apiJSON(t, f, c, "GET", "/api/units?name="+url.QueryEscape(name), "", 200, &v)
			if len(v.Units) == 0 || v.Units[0].Name != name {
				t.Errorf("by name %q: %+v", name, v.Units)
			}
			// A force that is not one is refused, naming the field and the
			// forces, as rastro unit list --force does.
			var bad map[string]string
			apiJSON(t, f, c, "GET", "/api/units?force=cavalry", "", 400, &bad)
			if msg := bad["error"]; !strings.Contains(msg, "force") || !strings.Contains(msg, strings.Join(rastro.Force("").Values(), ", ")) {
				t.Errorf("an unknown force: %q", msg)
			}
			apiJSON(t, f, c, "GET", "/api/units?limit=x", "", 400, nil)
		})
	}
}

// TestBrowserUnitFilter: the units page filters by force, in Spanish.
func TestBrowserUnitFilter(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	logIn(t, ctx, f.ts.URL, "analyst")
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/lang/es?next=/units"),
		chromedp.WaitVisible(chromedp.ID("u-force")),
		chromedp.SetValue(chromedp.ID("u-force"), "army"),
		chromedp.Click(chromedp.ID("u-filter")),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `location.search.includes("force=army") && document.readyState === "complete"`)
	army := rastro.ForceArmy
	_, total, err := f.db.Units().List(auth.WithActorValue(context.Background(), auth.LocalAdmin()), rastro.UnitFilter{Force: &army})
	if err != nil {
		t.Fatal(err)
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#units tbody tr").length`))
	if err != nil || n != total {
		t.Errorf("%d rows for the army's units, want %d (%v)", n, total, err)
	}
	if got := text(t, ctx, "#unit-filters label"); !strings.HasPrefix(got, "Nombre") {
		t.Errorf("the filter form in Spanish: %q", got)
	}
}

// TestIncidentsByPlaceID: the incident list takes place_id as rastro
// incident list --place-id does, and refuses what is no record number.
func TestIncidentsByPlaceID(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
	all, _, err := f.db.Incidents().List(ctx, rastro.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var place int64
	for _, inc := range all {
		if inc.PlaceID != 0 {
			place = inc.PlaceID
			break
		}
	}
	if place == 0 {
		t.Fatal("no incident of the fixture has a place")
	}
	want, total, err := f.db.Incidents().List(ctx, rastro.IncidentFilter{PlaceID: &place, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	c := f.client(auth.RoleAnalyst)
	var v incidentsView
	apiJSON(t, f, c, "GET", "/api/incidents?place_id="+itoa(int(place)), "", 200, &v)
	if v.Total != total || len(v.Incidents) != len(want) || total == len(all) {
		t.Fatalf("place %d: %d incidents of %d, want %d of %d (all: %d)", place, len(v.Incidents), v.Total, len(want), total, len(all))
	}
	for _, row := range v.Incidents {
		if row.Incident.PlaceID != place {
			t.Errorf("incident %d is at place %d, not %d", row.Incident.ID, row.Incident.PlaceID, place)
		}
	}
	apiJSON(t, f, c, "GET", "/api/incidents?place_id=Puno", "", 400, nil)
}
