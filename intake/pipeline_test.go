package intake

import (
	"context"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/ingest"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestPipeline ingests the fixture, mined in this process, through both
// store paths: one transaction (Batch) and the two services.
func TestPipeline(t *testing.T) {
	b := readFixture(t, "blazetrends-amnesty-peru.txt")
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		for _, p := range []*ingest.Pipeline{
			{Miner: Miner, Sources: db.Sources(), Claims: db.Claims(), Batch: db},
			{Miner: Miner, Sources: db.Sources(), Claims: db.Claims()},
		} {
			in := append([]byte(nil), b...)
			if p.Batch == nil {
				in = append(in, '\n') // other bytes, another source
			}
			res, err := p.Ingest(ctx, in, Meta{Name: "a.txt", Published: "2023-05-25"})
			if err != nil {
				t.Fatal(err)
			}
			if !res.Created || len(res.Claims) < 40 || res.Claims[0].ID == 0 || res.Claims[0].SourceID != res.Source.ID {
				t.Fatalf("first ingest: created %v, %d claims", res.Created, len(res.Claims))
			}
			again, err := p.Ingest(ctx, in, Meta{Name: "a.txt"})
			if err != nil {
				t.Fatal(err)
			}
			if again.Created || again.Source.ID != res.Source.ID || len(again.Claims) != len(res.Claims) || len(again.Warnings) != 0 {
				t.Errorf("second ingest: created %v, source %d, %d claims, warnings %v", again.Created, again.Source.ID, len(again.Claims), again.Warnings)
			}
			stored, err := db.Sources().Content(ctx, res.Source.ID)
			if err != nil || string(stored) != string(in) {
				t.Errorf("original bytes not kept: %v", err)
			}
			if res.Source.Published != rastro.MustDate("2023-05-25") {
				t.Errorf("published %v", res.Source.Published)
			}
		}
	})
}
