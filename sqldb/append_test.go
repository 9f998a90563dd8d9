package sqldb_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
	"github.com/rastro-project/rastro/transfer"
)

// An ACLED file appended to the demo case file: new IDs, references intact,
// nothing of the demo touched; the same file again is refused whole.
func TestAppend(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		b, err := demo.Bundle()
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Import(ctx, b); err != nil {
			t.Fatal(err)
		}
		before, err := db.Export(ctx)
		if err != nil {
			t.Fatal(err)
		}
		read := func() *rastro.Bundle {
			f, err := os.Open("../transfer/testdata/acled_sample.csv")
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			frag, err := transfer.ReadACLED(f, "acled_sample.csv", time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			after, err := db.MaxIDs(ctx)
			if err != nil {
				t.Fatal(err)
			}
			transfer.Renumber(frag, after)
			return frag
		}
		if err := db.Append(ctx, read()); err != nil {
			t.Fatal(err)
		}
		got, err := db.Export(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := transfer.CheckBundle(got); err != nil {
			t.Fatalf("after append: %v", err)
		}
		if len(got.Incidents) != len(before.Incidents)+4 || len(got.Places) != len(before.Places)+3 || len(got.Sources) != len(before.Sources)+3 {
			t.Errorf("appended %d incidents, %d places, %d sources", len(got.Incidents)-len(before.Incidents),
				len(got.Places)-len(before.Places), len(got.Sources)-len(before.Sources))
		}
		last := got.Incidents[len(got.Incidents)-1]
		if last.External["event_id_cnty"] != "SYN1004" || last.PlaceID <= before.Places[len(before.Places)-1].ID {
			t.Errorf("appended incident %+v", last)
		}
		if got.Meta["name"] != demo.Name {
			t.Errorf("meta changed: %v", got.Meta)
		}
		if err := db.Append(ctx, read()); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Errorf("the same file twice: %v", err)
		}
		again, _ := db.Export(ctx)
		if len(again.Incidents) != len(got.Incidents) {
			t.Error("a refused append added records")
		}
	})
}
