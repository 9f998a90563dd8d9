package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/reporttest"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestReportFromDatabaseMatchesMemory checks that the analyses and the
// report of records read back with sqldb.ForAnalysis, which leaves columns
// out, are byte for byte those of the same records in memory: the columns
// it leaves out are filled in here, so a report that came to read one of
// them would differ.
func TestReportFromDatabaseMatchesMemory(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		data := reporttest.Generate(40, 200, 3)
		for i, a := range data.Acts {
			a.Description, a.AutopsyRef, a.Tags = "shot from a rooftop", "AUT-"+string(rune('A'+i%26)), []string{"rooftop"}
			a.Citations[0].Quote, a.Citations[0].Note, a.Citations[0].Page = "a quote", "a note", i%7
		}
		for i, inc := range data.Incidents {
			// Shown texts that SQLite's packed read (sqldb/packed.go) must
			// unescape: quotes, a backslash, a line break, non-ASCII.
			if i%3 == 0 {
				inc.Title += ` "Plaza" \ de Armas` + "\nñandú 😀"
			}
			inc.Description, inc.SubEventType, inc.Tags = "a march", "Peaceful protest", []string{"march"}
			inc.External = map[string]string{"acled_id": "PER1"}
		}
		for i, p := range data.Persons {
			p.Aliases, p.Ethnicity, p.Notes, p.Contact, p.Tags = []string{"Alias"}, "Aymara", "a note", "a phone", []string{"witness"}
			p.BirthDate = rastro.MustDate("1990-05-01")
			p.Occupation = []string{"student", "farmer"}[i%2]
		}
		if err := db.Import(ctx, data); err != nil {
			t.Fatal(err)
		}
		stored, err := db.Export(sqldb.ForAnalysis(ctx))
		if err != nil {
			t.Fatal(err)
		}
		// Citation IDs are the database's to give (an import does not
		// write them back into the bundle it read): not what is compared.
		sqldbtest.EachCitation(stored, func(c *rastro.Citation) { c.ID = 0 })
		want, wantJSON := analyzeAndRender(t, data)
		got, gotJSON := analyzeAndRender(t, stored)
		if !bytes.Equal(gotJSON, wantJSON) {
			t.Errorf("the analyses of the records read from the database differ from those in memory:\ngot  %.1500s\nwant %.1500s", gotJSON, wantJSON)
		}
		if !bytes.Equal(got, want) {
			i := 0
			for i < min(len(got), len(want)) && got[i] == want[i] {
				i++
			}
			t.Errorf("the report of the records read from the database differs from the one in memory at byte %d of %d:\ngot  %.300s\nwant %.300s",
				i, len(want), got[i:], want[min(i, len(want)):])
		}
	})
}

// analyzeAndRender returns the HTML report of b and its analyses as JSON.
func analyzeAndRender(t *testing.T, b *rastro.Bundle) (html, analyses []byte) {
	t.Helper()
	in := &report.Input{Data: b, Departments: departments(t)}
	analyze(t, in)
	js, err := json.Marshal([]any{in.Assessment, in.Chains, in.Reconciliation, in.Patterns, in.Disparity})
	if err != nil {
		t.Fatal(err)
	}
	return render(t, in, report.Options{}), js
}
