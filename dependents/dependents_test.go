package dependents

import (
	"context"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

func TestDeleteRules(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		src := &rastro.Source{Kind: rastro.SourceNews, Title: "Article"}
		must(db.Sources().Create(ctx, src))
		place := &rastro.Place{Name: "Juliaca", Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: src.ID, Quote: "Juliaca"}}}}
		must(db.Places().Create(ctx, place))
		inc := &rastro.Incident{Title: "Airport", PlaceID: place.ID, When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}
		must(db.Incidents().Create(ctx, inc))
		lone := &rastro.Unit{Name: "Wrong unit", Force: rastro.ForcePolice}
		must(db.Units().Create(ctx, lone))

		// The place: an incident refers to it, and it cites the source.
		rep, err := Of(ctx, db, "places", place.ID)
		if err != nil || !rep.Blocked() || rep.Citations != 1 || len(rep.Reasons()) != 1 || !strings.Contains(rep.Reasons()[0], "1 incidents (place_id)") {
			t.Fatalf("place report %+v %v", rep, err)
		}
		if _, err := Delete(ctx, db, "place", place.ID, 1, true); rastro.ErrorCode(err) != rastro.ECONFLICT || !strings.Contains(err.Error(), "incidents") {
			t.Errorf("deleting a place in use: %v", err)
		}
		// The source: cited by the place.
		if rep, _ := Of(ctx, db, "sources", src.ID); !rep.Blocked() || !strings.Contains(rep.Reasons()[0], "citations") {
			t.Errorf("source report %+v", rep)
		}
		// Without the incident, the place still cites its source: the
		// delete says so unless told it is known.
		must(db.Incidents().Delete(ctx, inc.ID, inc.Version))
		if _, err := Delete(ctx, db, "places", place.ID, 1, false); rastro.ErrorCode(err) != rastro.ECONFLICT || !strings.Contains(err.Error(), "cites sources 1 times") {
			t.Errorf("deleting a cited place without saying so: %v", err)
		}
		if _, err := Delete(ctx, db, "places", place.ID, 1, true); err != nil {
			t.Errorf("deleting a cited place: %v", err)
		}
		// Versions and names.
		if _, err := Delete(ctx, db, "units", lone.ID, 0, false); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("no version: %v", err)
		}
		if _, err := Delete(ctx, db, "units", lone.ID, 7, false); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Errorf("wrong version: %v", err)
		}
		if _, err := Delete(ctx, db, "spaceships", 1, 1, false); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("unknown type: %v", err)
		}
		if _, err := Of(ctx, db, "relation", 99); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Errorf("missing record: %v", err)
		}
		if _, err := Delete(ctx, db, "unit", lone.ID, 1, false); err != nil {
			t.Errorf("deleting a free unit: %v", err)
		}
		for _, k := range Kinds {
			if got, err := KindOf(k.Noun); err != nil || got.Name != k.Name {
				t.Errorf("KindOf(%s) = %v %v", k.Noun, got.Name, err)
			}
		}
	})
}
