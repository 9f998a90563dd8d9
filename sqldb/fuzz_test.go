package sqldb_test

import (
	"context"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// FuzzSearchQuery checks that no search text reaches the full-text engines
// as syntax: every query either finds records or is refused as EINVALID,
// never a database error. FuzzSearchQueryPostgres does the same on
// PostgreSQL, and skips with its reason (which CI refuses) without a server.
func FuzzSearchQuery(f *testing.F)         { fuzzSearchQuery(f, sqldb.SQLite) }
func FuzzSearchQueryPostgres(f *testing.F) { fuzzSearchQuery(f, sqldb.Postgres) }

func fuzzSearchQuery(f *testing.F, dialect string) {
	for _, s := range []string{"juliaca", `"`, "*", "NEAR(a b)", "a OR b", "-x", "^x", "title:x", "a & b | !c", "x:*", "'", "ñandú 7.62", "\x00", "(("} {
		f.Add(s)
	}
	ctx := context.Background()
	db := sqldbtest.Open(f, dialect)
	if err := db.Sources().Create(ctx, &rastro.Source{Kind: rastro.SourceNews, Title: "Juliaca", Text: "Represión letal, 7.62 mm"}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, _, err := db.Sources().List(ctx, rastro.SourceFilter{Query: &q})
		if err != nil && rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("%s: query %q: %v", db.Dialect(), q, err)
		}
		_, _, err = db.Incidents().List(ctx, rastro.IncidentFilter{Query: &q})
		if err != nil && rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("%s: incident query %q: %v", db.Dialect(), q, err)
		}
	})
}
