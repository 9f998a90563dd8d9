package sqldb_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestStatementsPerList holds every list the pages use, and the lookups by
// ID they make beside it, to one transaction and a number of statements
// that does not grow with the number of rows, on both backends; and a
// snapshot to one transaction for any number of reads.
func TestStatementsPerList(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			db, counter := sqldbtest.OpenCounting(t, d)
			ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
			const n = 25
			var places, persons, units, sources, incidents []int64
			for i := range n {
				src := &rastro.Source{Kind: rastro.SourceNews, Title: fmt.Sprintf("Source %d", i), Text: "Text."}
				must(t, db.Sources().Create(ctx, src))
				cite := rastro.Assertion{Citations: []rastro.Citation{{SourceID: src.ID, Quote: "Text."}}}
				must(t, db.Claims().Create(ctx, &rastro.Claim{SourceID: src.ID, Kind: rastro.ClaimDate, End: 4, Text: "Text",
					Summary: "a date", Status: rastro.ClaimPending, Data: []byte(`{}`)}))
				p := &rastro.Place{Assertion: cite, Name: fmt.Sprintf("Place %d", i), Country: "PE"}
				must(t, db.Places().Create(ctx, p))
				inc := &rastro.Incident{Assertion: cite, Title: fmt.Sprintf("Incident %d", i), When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}, PlaceID: p.ID}
				must(t, db.Incidents().Create(ctx, inc))
				victim := &rastro.Person{Assertion: cite, Name: fmt.Sprintf("Person %d", i), Protected: i%2 == 0}
				must(t, db.Persons().Create(ctx, victim))
				u := &rastro.Unit{Assertion: cite, Name: fmt.Sprintf("Unit %d", i), Force: rastro.ForcePolice}
				must(t, db.Units().Create(ctx, u))
				// Every act on the first incident, which has many.
				a := &rastro.Act{Assertion: cite, IncidentID: append(incidents, inc.ID)[0], VictimID: victim.ID, Type: rastro.ActKilled}
				must(t, db.Acts().Create(ctx, a))
				must(t, db.Involvements().Create(ctx, &rastro.Involvement{Assertion: cite, ActID: a.ID, UnitID: u.ID, Role: rastro.RoleShooter}))
				places, persons, units, sources, incidents = append(places, p.ID), append(persons, victim.ID), append(units, u.ID), append(sources, src.ID), append(incidents, inc.ID)
			}
			var acts []int64
			all, _, err := db.Acts().List(ctx, rastro.ActFilter{})
			must(t, err)
			for _, a := range all {
				acts = append(acts, a.ID)
			}
			count := func(name string, fn func() error) (int, int) {
				t.Helper()
				counter.Reset()
				if err := fn(); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				return counter.Counts()
			}
			reads := map[string]func(k int) error{
				"incidents": func(k int) error { _, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{Limit: k}); return err },
				"acts":      func(k int) error { _, _, err := db.Acts().List(ctx, rastro.ActFilter{Limit: k}); return err },
				"persons":   func(k int) error { _, _, err := db.Persons().List(ctx, rastro.PersonFilter{Limit: k}); return err },
				"units":     func(k int) error { _, _, err := db.Units().List(ctx, rastro.UnitFilter{Limit: k}); return err },
				"places":    func(k int) error { _, _, err := db.Places().List(ctx, rastro.PlaceFilter{Limit: k}); return err },
				"sources":   func(k int) error { _, _, err := db.Sources().List(ctx, rastro.SourceFilter{Limit: k}); return err },
				"claims":    func(k int) error { _, _, err := db.Claims().List(ctx, rastro.ClaimFilter{Limit: k}); return err },
				"involvements": func(k int) error {
					_, _, err := db.Involvements().List(ctx, rastro.InvolvementFilter{Limit: k})
					return err
				},
				"audit":        func(k int) error { _, _, err := db.ListAudit(ctx, rastro.AuditFilter{Limit: k}); return err },
				"places by id": func(k int) error { _, err := db.PlacesByID(ctx, places[:k]); return err },
				"persons by id (protected revealed)": func(k int) error {
					_, err := db.PersonsByID(ctx, persons[:k])
					return err
				},
				"units by id":          func(k int) error { _, err := db.UnitsByID(ctx, units[:k]); return err },
				"sources by id":        func(k int) error { _, err := db.SourcesByID(ctx, sources[:k]); return err },
				"source titles":        func(k int) error { _, err := db.SourceTitles(ctx, sources[:k]); return err },
				"involvements of acts": func(k int) error { _, err := db.InvolvementsOfActs(ctx, acts[:k]); return err },
			}
			for name, read := range reads {
				t2, s2 := count(name, func() error { return read(2) })
				t20, s20 := count(name, func() error { return read(20) })
				if s2 != s20 {
					t.Errorf("%s: %d statements for 2 rows, %d for 20:\n%s", name, s2, s20, strings.Join(counter.Log(), "\n"))
				}
				if t2 != t20 || t20 > 2 {
					t.Errorf("%s: %d transactions for 2 rows, %d for 20", name, t2, t20)
				}
			}
			// Any number of reads in a snapshot share its transaction.
			txs, _ := count("snapshot", func() error {
				sctx, end, err := db.Snapshot(ctx)
				if err != nil {
					return err
				}
				defer end()
				for _, id := range incidents[:10] {
					if _, err := db.Incidents().Find(sctx, id); err != nil {
						return err
					}
				}
				_, _, err = db.Units().List(sctx, rastro.UnitFilter{})
				return err
			})
			if txs != 1 {
				t.Errorf("snapshot: %d transactions, want 1:\n%s", txs, strings.Join(counter.Log(), "\n"))
			}
		})
	}
}
