package sqldb_test

import (
	"context"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

func TestSmoke(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		if err := db.SchemaCurrent(ctx); err != nil {
			t.Fatal(err)
		}
		src := &rastro.Source{Kind: rastro.SourceNews, Title: "Peru: lethal repression"}
		if err := db.Sources().Create(ctx, src); err != nil {
			t.Fatal(err)
		}
		inc := &rastro.Incident{Title: "Juliaca", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")},
			Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: src.ID, Quote: "x"}}}}
		if err := db.Incidents().Create(ctx, inc); err != nil {
			t.Fatal(err)
		}
		got, err := db.Incidents().Find(ctx, inc.ID)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%+v", got)
	})
}
