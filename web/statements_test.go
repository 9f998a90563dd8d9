package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestStatementsPerPage holds every list and detail page, HTML and API, to
// a number of statements that does not grow with what the page shows, and
// to one read transaction with the session check: a lookup per row, which
// SQLite hides, costs a round trip each on PostgreSQL. List pages are
// read at two sizes; the incident page for an incident with one act and
// for one with many acts, victims, perpetrators and citations.
func TestStatementsPerPage(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			db, counter := sqldbtest.OpenCounting(t, d)
			f := newFixtureOn(t, db)
			small, large := addPageRecords(t, db, 25, 12)
			c := f.client(auth.RoleViewer)
			count := func(path string) (txs, stmts int) {
				t.Helper()
				counter.Reset()
				resp := f.do(c, "GET", path, "", "")
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					t.Fatalf("GET %s: %s", path, resp.Status)
				}
				return counter.Counts()
			}
			same := func(a, b string) {
				t.Helper()
				ta, sa := count(a)
				tb, sb := count(b)
				t.Logf("%s: %d statements in %d transactions; %s: %d in %d", a, sa, ta, b, sb, tb)
				if ta > 2 || tb > 2 {
					t.Errorf("%s: %d transactions, %s: %d; want at most 2 with the session check", a, ta, b, tb)
				}
				if sa != sb {
					t.Errorf("%s: %d statements, %s: %d; want as many whatever the page shows:\n%s", a, sa, b, sb, strings.Join(counter.Log(), "\n"))
				}
			}
			for _, api := range []string{"", "/api"} {
				for _, list := range []string{"/incidents", "/persons", "/units", "/sources", "/claims?status=pending", "/evidence",
					"/sources?kind=news&q=source", "/places", "/relations", "/postings", "/deployments", "/discharges", "/involvements"} {
					sep := "?"
					if strings.Contains(list, "?") {
						sep = "&"
					}
					same(api+list+sep+"limit=2", api+list+sep+"limit=20")
				}
				if api != "" {
					same("/api/acts?munition=live_ammunition&limit=2", "/api/acts?munition=live_ammunition&limit=20")
				}
				same(fmt.Sprintf("%s/incidents/%d", api, small), fmt.Sprintf("%s/incidents/%d", api, large))
				same(fmt.Sprintf("%s/incidents/%d?assessment=1", api, small), fmt.Sprintf("%s/incidents/%d?assessment=1", api, large))
			}
			// Admins' lists (the audit log grew with the records added).
			c = f.client(auth.RoleAdmin)
			for _, api := range []string{"", "/api"} {
				same(api+"/audit?limit=2", api+"/audit?limit=20")
			}
			c = f.client(auth.RoleViewer)
			for _, page := range []string{"/", "/persons/1", "/units/1", "/sources/1"} {
				if txs, _ := count(page); txs > 2 {
					t.Errorf("%s: %d transactions; want at most 2 with the session check", page, txs)
				}
			}
		})
	}
}

// addPageRecords adds n cited incidents, each at a place of its own, with
// as many persons, units, sources and pending claims, and returns two
// incidents: one with an act, one with acts of many victims, each with a
// perpetrator and a unit.
func addPageRecords(t *testing.T, db *sqldb.DB, n, acts int) (small, large int64) {
	t.Helper()
	ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var ids []int64
	var firstUnit int64
	for i := range n {
		src := &rastro.Source{Kind: rastro.SourceNews, Title: fmt.Sprintf("Page test source %d", i), Text: "Text."}
		must(db.Sources().Create(ctx, src))
		cite := rastro.Assertion{Citations: []rastro.Citation{{SourceID: src.ID, Quote: "Text."}}}
		must(db.Claims().Create(ctx, &rastro.Claim{SourceID: src.ID, Kind: rastro.ClaimDate, Start: 0, End: 4, Text: "Text",
			Summary: "a date", Status: rastro.ClaimPending, Data: []byte(`{}`)}))
		p := &rastro.Place{Assertion: cite, Name: fmt.Sprintf("Place %d", i), Country: "PE"}
		must(db.Places().Create(ctx, p))
		inc := &rastro.Incident{Assertion: cite, Title: fmt.Sprintf("Page test incident %d", i), When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}, PlaceID: p.ID}
		must(db.Incidents().Create(ctx, inc))
		ids = append(ids, inc.ID)
		person := &rastro.Person{Assertion: cite, Name: fmt.Sprintf("Person %d", i)}
		must(db.Persons().Create(ctx, person))
		unit := &rastro.Unit{Assertion: cite, Name: fmt.Sprintf("Unit %d", i), Force: rastro.ForcePolice}
		must(db.Units().Create(ctx, unit))
		// The records the lists of drawn types show (records_list.go).
		period := rastro.DateRange{Start: rastro.MustDate("2023-01")}
		must(db.Postings().Create(ctx, &rastro.Posting{Assertion: cite, PersonID: person.ID, UnitID: unit.ID, Role: rastro.PostMember, Period: period}))
		must(db.Deployments().Create(ctx, &rastro.Deployment{Assertion: cite, UnitID: unit.ID, PlaceID: p.ID, IncidentID: inc.ID, Period: period}))
		must(db.Discharges().Create(ctx, &rastro.DischargeRecord{Assertion: cite, UnitID: unit.ID, Weapon: "rifle", Rounds: i + 1, Date: rastro.MustDate("2023-01-09"), PlaceID: p.ID, IncidentID: inc.ID}))
		if i > 0 {
			must(db.UnitRelations().Create(ctx, &rastro.UnitRelation{Assertion: cite, UnitID: unit.ID, ParentID: firstUnit, Kind: rastro.ChildOf, Period: period}))
		} else {
			firstUnit = unit.ID
		}
	}
	addAct := func(incident int64, i int) {
		src := &rastro.Source{Kind: rastro.SourceNews, Title: fmt.Sprintf("Act source %d %d", incident, i), Text: "Text."}
		must(db.Sources().Create(ctx, src))
		cite := rastro.Assertion{Citations: []rastro.Citation{{SourceID: src.ID, Quote: "Text."}}}
		victim := &rastro.Person{Assertion: cite, Name: fmt.Sprintf("Victim %d %d", incident, i)}
		must(db.Persons().Create(ctx, victim))
		agent := &rastro.Person{Name: fmt.Sprintf("Agent %d %d", incident, i)}
		must(db.Persons().Create(ctx, agent))
		unit := &rastro.Unit{Name: fmt.Sprintf("Unit %d %d", incident, i), Force: rastro.ForcePolice}
		must(db.Units().Create(ctx, unit))
		a := &rastro.Act{Assertion: cite, IncidentID: incident, VictimID: victim.ID, Type: rastro.ActKilled, Munition: rastro.MunitionLive}
		must(db.Acts().Create(ctx, a))
		must(db.Involvements().Create(ctx, &rastro.Involvement{ActID: a.ID, PersonID: agent.ID, UnitID: unit.ID, Role: rastro.RoleShooter}))
	}
	small, large = ids[0], ids[1]
	addAct(small, 0)
	for i := range acts {
		addAct(large, i)
	}
	return small, large
}
