package sqldb_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// trickyTexts are texts a packed read (one JSON array a row, see
// sqldb/packed.go) must give back as a column read does: quotes,
// backslashes, control characters, a NUL, characters outside the BMP,
// invalid UTF-8, and texts that look like numbers, null or JSON.
var trickyTexts = []string{
	`He said "stop" \ and fired`, "line\nbreak\ttab\rreturn\b\f", "\x01\x1f\x7f", "a\x00b", "ñandú — Ayacucho 😀 \u2028",
	"\xff\xfeinvalid", `\u0041 is not an escape here`, "123", "-7", "null", "", "[1,2]", `","`,
}

// TestPackedReadMatchesColumns checks that the analyses' export, which
// reads SQLite rows packed, gives the records a column by column read
// gives, for texts that need escaping and for large numbers.
func TestPackedReadMatchesColumns(t *testing.T) {
	ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
	db := sqldbtest.Open(t, sqldb.SQLite)
	b, err := demo.Bundle()
	must(t, err)
	if len(b.Persons) == 0 || len(b.Acts) == 0 || len(b.Incidents) == 0 {
		t.Fatal("the demo bundle has no persons, acts or incidents")
	}
	for i, p := range b.Persons {
		p.Name = trickyTexts[i%len(trickyTexts)] + "name"
		p.Occupation = trickyTexts[(i+1)%len(trickyTexts)]
	}
	for i, a := range b.Acts {
		a.Weapon, a.Calibre = trickyTexts[i%len(trickyTexts)], trickyTexts[(i+3)%len(trickyTexts)]
		a.WoundCount = []int{0, 1 << 40, 7}[i%3]
	}
	for i, inc := range b.Incidents {
		inc.Title = trickyTexts[(i+5)%len(trickyTexts)] + "title"
		inc.ReportedFatalities = []int{1<<53 + 1, 0, 12}[i%3]
	}
	must(t, db.Import(ctx, b))
	full, err := db.Export(sqldb.WithoutReveal(ctx))
	must(t, err)
	lean, err := db.Export(sqldb.ForAnalysis(ctx))
	must(t, err)
	leaveOutForAnalysis(full)
	if len(lean.Persons) != len(full.Persons) || len(lean.Acts) != len(full.Acts) || len(lean.Incidents) != len(full.Incidents) {
		t.Fatalf("packed: %d persons, %d acts, %d incidents; by column %d, %d, %d",
			len(lean.Persons), len(lean.Acts), len(lean.Incidents), len(full.Persons), len(full.Acts), len(full.Incidents))
	}
	// Versions and timestamps are not read for the analyses.
	for i, p := range full.Persons {
		p.Record = lean.Persons[i].Record
		if !reflect.DeepEqual(lean.Persons[i], p) {
			t.Errorf("person %d: packed %+v, by column %+v", p.ID, lean.Persons[i], p)
		}
	}
	for i, a := range full.Acts {
		a.Record = lean.Acts[i].Record
		if !reflect.DeepEqual(lean.Acts[i], a) {
			t.Errorf("act %d: packed %+v, by column %+v", a.ID, lean.Acts[i], a)
		}
	}
	for i, inc := range full.Incidents {
		inc.Record = lean.Incidents[i].Record
		if !reflect.DeepEqual(lean.Incidents[i], inc) {
			t.Errorf("incident %d: packed %+v, by column %+v", inc.ID, lean.Incidents[i], inc)
		}
	}
}

// TestExportCitationsInStorageOrder checks that Export, which reads the
// citations table once in storage order and shares it out, gives every
// record the citations a lookup by record gives, also when changes have
// moved a record's citations to the end of the table.
func TestExportCitationsInStorageOrder(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
		b, err := demo.Bundle()
		must(t, err)
		must(t, db.Import(ctx, b))
		for _, a := range []*rastro.Act{b.Acts[len(b.Acts)/2], b.Acts[0]} {
			a, err := db.Acts().Find(ctx, a.ID)
			must(t, err)
			a.Citations = append([]rastro.Citation{{SourceID: a.Citations[0].SourceID, Field: "type", Quote: "added"}}, a.Citations...)
			must(t, db.Acts().Update(ctx, a))
		}
		for _, lean := range []bool{false, true} {
			readCtx := sqldb.WithoutReveal(ctx)
			if lean {
				readCtx = sqldb.ForAnalysis(ctx)
			}
			out, err := db.Export(readCtx)
			must(t, err)
			check := func(noun string, id int64, got []rastro.Citation, found *rastro.Assertion) {
				if lean {
					sqldbtest.EachCitation(found, func(c *rastro.Citation) { *c = rastro.Citation{SourceID: c.SourceID, Field: c.Field} })
				}
				if !reflect.DeepEqual(got, found.Citations) {
					t.Errorf("%s %d (lean %v): exported citations %+v, found %+v", noun, id, lean, got, found.Citations)
				}
			}
			for _, a := range out.Acts {
				found, err := db.Acts().Find(ctx, a.ID)
				must(t, err)
				check("act", a.ID, a.Citations, &found.Assertion)
			}
			for _, inc := range out.Incidents {
				found, err := db.Incidents().Find(ctx, inc.ID)
				must(t, err)
				check("incident", inc.ID, inc.Citations, &found.Assertion)
			}
		}
	})
}
