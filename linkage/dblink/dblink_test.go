package dblink

import (
	"context"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// Eight victims' records from three sources, three of them spelt twice:
// the run merges the three pairs, once.
func TestRunMergesVictims(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		if _, err := Run(ctx, db, Options{}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("empty database: %v", err)
		}
		var src []int64
		for _, title := range []string{"news", "ngo list", "ombudsman"} {
			s := &rastro.Source{Kind: rastro.SourceOther, Title: title}
			must(db.Sources().Create(ctx, s))
			src = append(src, s.ID)
		}
		place := &rastro.Place{Name: "Juliaca", Ubigeo: "211101"}
		must(db.Places().Create(ctx, place))
		inc := &rastro.Incident{Title: "Juliaca", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}
		must(db.Incidents().Create(ctx, inc))
		for _, v := range []struct {
			name   string
			age    int
			sex    rastro.Sex
			source int
		}{
			{"Edgar Huamán Quispe", 22, rastro.SexMale, 0}, {"Edgar Guaman Kispe", 22, rastro.SexMale, 1},
			{"Rosa Mamani Condori", 30, rastro.SexFemale, 0}, {"Rosa Mamani Condori", 30, rastro.SexFemale, 2},
			{"Luis Apaza Choque", 45, rastro.SexMale, 1}, {"Pedro Flores Torres", 60, rastro.SexMale, 2},
			{"Juana Ccori Yupanqui", 19, rastro.SexFemale, 0}, {"Juana Qori Yupanki", 19, rastro.SexFemale, 2},
		} {
			age := v.age
			p := &rastro.Person{Name: v.name, Age: &age, Sex: v.sex, HomePlaceID: place.ID,
				Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: src[v.source]}}}}
			must(db.Persons().Create(ctx, p))
			must(db.Acts().Create(ctx, &rastro.Act{IncidentID: inc.ID, VictimID: p.ID, Type: rastro.ActKilled}))
		}
		// A person who is no victim is linked only with AllPersons.
		must(db.Persons().Create(ctx, &rastro.Person{Name: "Witness"}))
		res, err := Run(ctx, db, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Records != 8 || res.NewMerges != 3 || res.EventYear != 2023 {
			t.Fatalf("first run: %+v", res)
		}
		h, err := Histories(ctx, db, res.Linked)
		if err != nil {
			t.Fatal(err)
		}
		var persons int64
		for _, n := range h.Counts {
			persons += n
		}
		// Edgar (news, ngo), Rosa (news, ombudsman), Juana (news, ombudsman), Luis, Pedro.
		if persons != 5 || h.Counts["101"] != 2 || len(h.Lists) != 3 {
			t.Errorf("histories: %+v, want 5 persons, 2 on news and ombudsman", h)
		}
		again, err := Run(ctx, db, Options{})
		if err != nil || again.NewMerges != 0 {
			t.Fatalf("second run stores the merges again: %+v %v", again, err)
		}
		all, err := Victims(ctx, db, true)
		if err != nil || len(all.IDs) != 9 || all.Lists[8][0] != "uncited" {
			t.Errorf("every person: %+v %v", all, err)
		}
		if _, err := Run(ctx, db, Options{Blocks: []string{"shoe_size"}}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("unknown blocking field: %v", err)
		}
	})
}
