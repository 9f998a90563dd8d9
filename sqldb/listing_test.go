package sqldb_test

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
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

// TestTags stores tags on the four record types, filters each list by a
// tag, and carries them through export → import → export unchanged.
func TestTags(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		src := &rastro.Source{Kind: rastro.SourceNews, Title: "Nota", Tags: rastro.Tags{"Prensa", "juliaca"}}
		must(t, db.Sources().Create(ctx, src))
		inc := &rastro.Incident{Title: "T", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}, Tags: rastro.Tags{"Juliaca", "needs autopsy", "juliaca"}}
		must(t, db.Incidents().Create(ctx, inc))
		other := &rastro.Incident{Title: "U", When: rastro.DateRange{Start: rastro.MustDate("2023-01-10")}, Tags: rastro.Tags{"juliaca-norte"}}
		must(t, db.Incidents().Create(ctx, other))
		p := &rastro.Person{Name: "N", Tags: rastro.Tags{"herido grave"}}
		must(t, db.Persons().Create(ctx, p))
		a := &rastro.Act{IncidentID: inc.ID, VictimID: p.ID, Type: rastro.ActInjured, Tags: rastro.Tags{"needs autopsy"}}
		must(t, db.Acts().Create(ctx, a))
		got, err := db.Incidents().Find(ctx, inc.ID)
		must(t, err)
		if !reflect.DeepEqual(got.Tags, rastro.Tags{"juliaca", "needs autopsy"}) {
			t.Errorf("stored tags %q", got.Tags)
		}
		tag := func(s string) *string { return &s }
		if l, n, err := db.Incidents().List(ctx, rastro.IncidentFilter{Tag: tag("Juliaca")}); err != nil || n != 1 || l[0].ID != inc.ID {
			t.Errorf("incidents tagged juliaca: %d, %v (a tag is matched whole, not as a prefix)", n, err)
		}
		if _, n, err := db.Acts().List(ctx, rastro.ActFilter{Tag: tag("needs autopsy")}); err != nil || n != 1 {
			t.Errorf("acts: %d, %v", n, err)
		}
		if _, n, err := db.Persons().List(ctx, rastro.PersonFilter{Tag: tag("herido grave")}); err != nil || n != 1 {
			t.Errorf("persons: %d, %v", n, err)
		}
		if _, n, err := db.Sources().List(ctx, rastro.SourceFilter{Tag: tag("prensa")}); err != nil || n != 1 {
			t.Errorf("sources: %d, %v", n, err)
		}
		if _, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{Tag: tag(`a"b`)}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("bad tag: %v", err)
		}
		bad := &rastro.Incident{Title: "V", When: rastro.DateRange{Start: rastro.MustDate("2023-01-10")}, Tags: rastro.Tags{`say "x"`}}
		if err := db.Incidents().Create(ctx, bad); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("bad tag stored: %v", err)
		}

		_, firstJSON := exportJSON(t, db)
		if !strings.Contains(string(firstJSON), `"needs autopsy"`) {
			t.Fatal("the bundle lacks the tags")
		}
		fresh := sqldbtest.Open(t, db.Dialect())
		var loaded rastro.Bundle
		must(t, json.Unmarshal(firstJSON, &loaded))
		must(t, fresh.Import(ctx, &loaded))
		_, secondJSON := exportJSON(t, fresh)
		if !bytes.Equal(firstJSON, secondJSON) {
			t.Fatalf("export → import → export differs:\n%s", diffLines(firstJSON, secondJSON))
		}
	})
}
