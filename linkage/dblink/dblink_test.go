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
		if _, err := Run(ctx, db, Options{}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("empty database: %v", err)
		}
		storeVictims(t, db, []victim{
			{"Edgar Huamán Quispe", 22, rastro.SexMale, []int{0}}, {"Edgar Guaman Kispe", 22, rastro.SexMale, []int{1}},
			{"Rosa Mamani Condori", 30, rastro.SexFemale, []int{0}}, {"Rosa Mamani Condori", 30, rastro.SexFemale, []int{2}},
			{"Luis Apaza Choque", 45, rastro.SexMale, []int{1}}, {"Pedro Flores Torres", 60, rastro.SexMale, []int{2}},
			{"Juana Ccori Yupanqui", 19, rastro.SexFemale, []int{0}}, {"Juana Qori Yupanki", 19, rastro.SexFemale, []int{2}},
		})
		// A person who is no victim is linked only with AllPersons.
		must(t, db.Persons().Create(ctx, &rastro.Person{Name: "Witness"}))
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

// OnePerList in the database: a record's lists are the sources it cites.
// News names Edgar twice, so its two records stay two persons (one joins
// the NGO's); Luis cited by news and the NGO and Luis cited by the NGO
// share a source and stay apart; the two Rosas cite nothing, are on no
// list, and are merged as without the option.
func TestRunOnePerList(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		ids := storeVictims(t, db, []victim{
			{"Edgar Huamán Quispe", 22, rastro.SexMale, []int{0}}, {"Edgar Huaman Quispe", 22, rastro.SexMale, []int{0}},
			{"Edgar Guaman Kispe", 22, rastro.SexMale, []int{1}},
			{"Luis Apaza Choque", 45, rastro.SexMale, []int{0, 1}}, {"Luis Apaza Choque", 45, rastro.SexMale, []int{1}},
			{"Rosa Mamani Condori", 30, rastro.SexFemale, nil}, {"Rosa Mamani Condori", 30, rastro.SexFemale, nil},
			{"Pedro Flores Torres", 60, rastro.SexMale, []int{2}}, {"Juana Ccori Yupanqui", 19, rastro.SexFemale, []int{0}},
			{"Juana Qori Yupanki", 19, rastro.SexFemale, []int{2}},
		})
		if _, err := Run(ctx, db, Options{OnePerList: true}); err != nil {
			t.Fatal(err)
		}
		c, err := Components(ctx, db, ids)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case c[0] == c[1]:
			t.Errorf("the two Edgars of news are one person: %v", c)
		case c[2] != c[0] && c[2] != c[1]:
			t.Errorf("the NGO's Edgar joined neither of news's: %v", c)
		case c[3] == c[4]:
			t.Errorf("the Luises citing the NGO both are one person: %v", c)
		case c[5] != c[6]:
			t.Errorf("the Rosas citing nothing are not merged: %v", c)
		case c[8] != c[9]:
			t.Errorf("Juana of news and of the ombudsman not merged: %v", c)
		}
	})
}

// victim is a victim's person record to store: name, age, sex and the
// sources (of news, ngo list, ombudsman) that cite it.
type victim struct {
	name    string
	age     int
	sex     rastro.Sex
	sources []int
}

// storeVictims stores three sources, a place, an incident and the victims,
// each killed in the incident, and returns their person ids.
func storeVictims(t *testing.T, db *sqldb.DB, vs []victim) []int64 {
	t.Helper()
	ctx := context.Background()
	var src []int64
	for _, title := range []string{"news", "ngo list", "ombudsman"} {
		s := &rastro.Source{Kind: rastro.SourceOther, Title: title}
		must(t, db.Sources().Create(ctx, s))
		src = append(src, s.ID)
	}
	place := &rastro.Place{Name: "Juliaca", Ubigeo: "211101"}
	must(t, db.Places().Create(ctx, place))
	inc := &rastro.Incident{Title: "Juliaca", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}
	must(t, db.Incidents().Create(ctx, inc))
	var ids []int64
	for _, v := range vs {
		age := v.age
		p := &rastro.Person{Name: v.name, Age: &age, Sex: v.sex, HomePlaceID: place.ID}
		for _, s := range v.sources {
			p.Citations = append(p.Citations, rastro.Citation{SourceID: src[s]})
		}
		must(t, db.Persons().Create(ctx, p))
		must(t, db.Acts().Create(ctx, &rastro.Act{IncidentID: inc.ID, VictimID: p.ID, Type: rastro.ActKilled}))
		ids = append(ids, p.ID)
	}
	return ids
}

// must fails the test on an error.
func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
