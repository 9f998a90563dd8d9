package sqldb_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestPlansOnPostgres checks which statements PostgreSQL may answer with a
// cached generic plan: a list without conditions and the lookups by ID
// are prepared on the connection, so that repeating them skips planning;
// a list with a filter's conditions (a search word, a UBIGEO prefix) never
// is, so that each execution is planned for its arguments.
func TestPlansOnPostgres(t *testing.T) {
	db := sqldbtest.Open(t, sqldb.Postgres)
	ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
	p := &rastro.Place{Name: "Juliaca", Ubigeo: "211101", Country: "PE"}
	must(t, db.Places().Create(ctx, p))
	for i := range 3 {
		must(t, db.Incidents().Create(ctx, &rastro.Incident{Title: fmt.Sprintf("Clash at the airport %d", i),
			When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}, PlaceID: p.ID}))
	}
	// One snapshot is one connection, whose prepared statements it lists.
	sctx, end, err := db.Snapshot(ctx)
	must(t, err)
	defer end()
	word, ubigeo := "airport", "21"
	for range 7 { // PostgreSQL considers a generic plan from the sixth execution
		_, _, err := db.Incidents().List(sctx, rastro.IncidentFilter{Limit: 2})
		must(t, err)
		_, _, err = db.Incidents().List(sctx, rastro.IncidentFilter{Query: &word, Ubigeo: &ubigeo, Limit: 2})
		must(t, err)
		_, err = db.PlaceNames(sctx, []int64{p.ID})
		must(t, err)
	}
	prepared := map[string]bool{}
	must(t, db.View(sctx, func(tx *sqldb.Tx) error {
		rows, err := tx.Query(sctx, "SELECT statement FROM pg_prepared_statements")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				return err
			}
			prepared[strings.Join(strings.Fields(s), " ")] = true
		}
		return rows.Err()
	}))
	has := func(part string) bool {
		for s := range prepared {
			if strings.Contains(s, part) {
				return true
			}
		}
		return false
	}
	if has("to_tsquery") || has("ubigeo") {
		t.Errorf("a filtered list is a prepared statement, which PostgreSQL may answer with a generic plan:\n%v", prepared)
	}
	if !has("FROM incidents ORDER BY id LIMIT") || !has("FROM places WHERE id IN") {
		t.Errorf("the unfiltered list or the lookup by ID is not prepared:\n%v", prepared)
	}
}
