package sqldb_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestExportForAnalysis checks that the analyses' export is the full one
// (protected fields sealed) less what ForAnalysis promises to leave out,
// and nothing else.
func TestExportForAnalysis(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
		b, err := demo.Bundle()
		must(t, err)
		must(t, db.Import(ctx, b))
		src := &rastro.Source{Kind: rastro.SourceNews, Title: "An article", Text: "Three people were killed.", Summary: "An investigator's summary"}
		if _, err := db.Sources().CreateWithContent(ctx, src, []byte("<p>Three people were killed.</p>")); err != nil {
			t.Fatal(err)
		}
		must(t, db.Claims().Create(ctx, &rastro.Claim{SourceID: src.ID, Kind: rastro.ClaimCount, End: 5, Text: "Three",
			Summary: "3 killed", Status: rastro.ClaimPending, Data: []byte(`{"figure":3}`)}))
		full, err := db.Export(sqldb.WithoutReveal(ctx))
		must(t, err)
		lean, err := db.Export(sqldb.ForAnalysis(ctx))
		must(t, err)
		if len(full.Claims) == 0 || len(full.SourceContent) == 0 || len(lean.Claims) != 0 || len(lean.SourceContent) != 0 {
			t.Fatalf("claims %d and documents %d in the full export, %d and %d in the analysis export", len(full.Claims), len(full.SourceContent), len(lean.Claims), len(lean.SourceContent))
		}
		leaveOutForAnalysis(full)
		want := zeroBookkeeping(t, full)
		got := zeroBookkeeping(t, lean)
		if want != got {
			t.Errorf("analysis export differs from the full export beyond what it leaves out:\nwant %.2000s\ngot  %.2000s", want, got)
		}
	})
}

// leaveOutForAnalysis takes out of a full export what ForAnalysis leaves
// out.
func leaveOutForAnalysis(full *rastro.Bundle) {
	full.Claims, full.CustodyEntries, full.SourceContent = nil, nil, nil
	for _, s := range full.Sources {
		s.Text, s.Summary = "", ""
	}
	for _, p := range full.Persons {
		p.Aliases, p.BirthDate, p.Ethnicity, p.Contact, p.Notes, p.Tags = nil, rastro.Date{}, "", "", "", nil
	}
	for _, i := range full.Incidents {
		i.Description, i.SubEventType, i.External, i.Tags = "", "", nil, nil
	}
	for _, a := range full.Acts {
		a.AutopsyRef, a.Description, a.Tags = "", "", nil
	}
	sqldbtest.EachCitation(full, func(c *rastro.Citation) { *c = rastro.Citation{SourceID: c.SourceID, Field: c.Field} })
}

// zeroBookkeeping renders b as JSON with every record's version and
// timestamps removed.
func zeroBookkeeping(t *testing.T, b *rastro.Bundle) string {
	t.Helper()
	raw, err := json.Marshal(b)
	must(t, err)
	var v any
	must(t, json.Unmarshal(raw, &v))
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if _, ok := x["version"]; ok {
				if _, rec := x["created_at"]; rec {
					delete(x, "version")
					delete(x, "created_at")
					delete(x, "updated_at")
				}
			}
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	out, err := json.Marshal(v)
	must(t, err)
	return string(out)
}
