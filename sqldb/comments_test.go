package sqldb_test

import (
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

func TestCommentsAndSavedSearches(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		inc := &rastro.Incident{Title: "T", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}
		must(t, db.Incidents().Create(ctx, inc))
		c := &sqldb.Comment{RecordType: "incident", RecordID: inc.ID, Body: "  ¿Quién firmó el parte?  "}
		must(t, db.AddComment(ctx, c))
		must(t, db.AddComment(ctx, &sqldb.Comment{RecordType: "incident", RecordID: inc.ID, Body: "El comandante."}))
		cs, err := db.Comments(ctx, "incident", inc.ID)
		must(t, err)
		if len(cs) != 2 || cs[0].Body != "¿Quién firmó el parte?" || cs[0].Author == "" || cs[0].CreatedAt.IsZero() || cs[1].ID <= cs[0].ID {
			t.Errorf("comments %+v", cs)
		}
		if again, _ := db.Incidents().Find(ctx, inc.ID); again.Version != inc.Version {
			t.Errorf("a comment changed the incident's version")
		}
		for _, bad := range []sqldb.Comment{{RecordType: "incident", RecordID: inc.ID}, {RecordType: "person", RecordID: 1, Body: "x"}} {
			if err := db.AddComment(ctx, &bad); rastro.ErrorCode(err) != rastro.EINVALID {
				t.Errorf("%+v: %v", bad, err)
			}
		}
		if err := db.AddComment(ctx, &sqldb.Comment{RecordType: "act", RecordID: 999, Body: "x"}); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Errorf("comment on a missing act: %v", err)
		}

		s := &sqldb.SavedSearch{Name: "Juliaca  pendientes", List: "incidents", Query: "?q=aeropuerto&tag=juliaca&offset=50&limit=10&from="}
		must(t, db.SaveSearch(ctx, s))
		if s.Name != "Juliaca pendientes" || s.Query != "q=aeropuerto&tag=juliaca" {
			t.Errorf("saved %+v", s)
		}
		if err := db.SaveSearch(ctx, &sqldb.SavedSearch{Name: "Juliaca pendientes", List: "acts"}); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Errorf("same name twice: %v", err)
		}
		if err := db.SaveSearch(ctx, &sqldb.SavedSearch{Name: "x", List: "units"}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("bad list: %v", err)
		}
		got, err := db.SavedSearches(ctx, s.ID)
		must(t, err)
		if len(got) != 1 || got[0].Query != s.Query || got[0].List != "incidents" {
			t.Errorf("found %+v", got)
		}
		must(t, db.DeleteSavedSearch(ctx, s.ID))
		if _, err := db.SavedSearches(ctx, s.ID); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Errorf("after delete: %v", err)
		}
	})
}
