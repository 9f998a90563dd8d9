package sqldb_test

import (
	"context"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

func TestCountActs(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		var ids []int64
		for _, types := range [][]rastro.ActType{
			{rastro.ActKilled, rastro.ActKilled, rastro.ActInjured, rastro.ActDetained},
			{},
			{rastro.ActInjured},
		} {
			inc := &rastro.Incident{Title: "T", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}, ReportedFatalities: 17}
			if err := db.Incidents().Create(ctx, inc); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, inc.ID)
			for _, ty := range types {
				if err := db.Acts().Create(ctx, &rastro.Act{IncidentID: inc.ID, Type: ty}); err != nil {
					t.Fatal(err)
				}
			}
		}
		got, err := db.CountActs(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		if c := got[ids[0]]; c != (sqldb.ActCounts{Killed: 2, Injured: 1, Acts: 4}) {
			t.Errorf("first incident: %+v", c)
		}
		if _, ok := got[ids[1]]; ok || len(got) != 2 {
			t.Errorf("an incident without acts is counted: %+v", got)
		}
		if c := got[ids[2]]; c != (sqldb.ActCounts{Injured: 1, Acts: 1}) {
			t.Errorf("third incident: %+v", c)
		}
		if got, err := db.CountActs(ctx, nil); err != nil || len(got) != 0 {
			t.Errorf("no incidents: %v %v", got, err)
		}
	})
}
