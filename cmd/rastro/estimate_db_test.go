package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
)

// migratedStore migrates the environment's database and opens it; the
// test closes it at its end.
func (e *env) migratedStore(ctx context.Context) *sqldb.DB {
	e.t.Helper()
	e.ok("migrate")
	dsn := e.db
	if dsn == "" {
		dsn = filepath.Join(e.dataDir, "rastro.db")
	}
	db, err := sqldb.Open(ctx, dsn)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { db.Close() })
	return db
}

// The database mode: victims' person records cite sources of three
// publishers; merged records are one person; strata come from the
// incidents, their places and the units involved.
func TestEstimateDatabase(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		ctx := context.Background()
		db := e.migratedStore(ctx)
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		// Two sources of one publisher make one list.
		var src []int64
		for _, s := range []*rastro.Source{
			{Kind: rastro.SourceNews, Title: "a", Publisher: "La República"},
			{Kind: rastro.SourceNews, Title: "b", Publisher: "La República"},
			{Kind: rastro.SourceNGOReport, Title: "c", Publisher: "CNDDHH"},
			{Kind: rastro.SourceOfficialRecord, Title: "d", Publisher: "Defensoría del Pueblo"},
		} {
			must(db.Sources().Create(ctx, s))
			src = append(src, s.ID)
		}
		var incidents []int64
		for _, p := range []struct{ place, dept, date string }{{"Juliaca", "Puno", "2023-01-09"}, {"Ayacucho", "Ayacucho", "2022-12-15"}} {
			pl := &rastro.Place{Name: p.place, Admin1: p.dept}
			must(db.Places().Create(ctx, pl))
			in := &rastro.Incident{Title: p.place, PlaceID: pl.ID, When: rastro.DateRange{Start: rastro.MustDate(p.date)}}
			must(db.Incidents().Create(ctx, in))
			incidents = append(incidents, in.ID)
		}
		unit := &rastro.Unit{Name: "DIROES", Force: rastro.ForcePolice}
		must(db.Units().Create(ctx, unit))
		// The Cormack counts (111 72, 110 5, 101 29, 100 54, 011 24, 010 3,
		// 001 14) over the lists in name order: CNDDHH (source 2),
		// Defensoría del Pueblo (3), La República (0 or 1). Every person has
		// one record per list; the records of a person are merged.
		lists := [][]int{{2, 3, 0}, {2, 3}, {2, 0}, {2}, {3, 0}, {3}, {0}}
		counts := []int{72, 5, 29, 54, 24, 3, 14}
		n := 0
		for h, ls := range lists {
			for j := 0; j < counts[h]; j++ {
				n++
				in := incidents[n%2]
				var first int64
				for _, s := range ls {
					if s == 0 && n%2 == 1 {
						s = 1 // La República's other source
					}
					p := &rastro.Person{Name: "victim", Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: src[s]}}}}
					must(db.Persons().Create(ctx, p))
					act := &rastro.Act{IncidentID: in, VictimID: p.ID, Type: rastro.ActKilled}
					must(db.Acts().Create(ctx, act))
					if in == incidents[0] {
						must(db.Involvements().Create(ctx, &rastro.Involvement{ActID: act.ID, UnitID: unit.ID, Role: rastro.RolePresent}))
					}
					if first == 0 {
						first = p.ID
					} else {
						must(db.MergePersons(ctx, &sqldb.PersonMerge{PersonA: first, PersonB: p.ID, Reason: "test", By: "test"}))
					}
				}
			}
		}
		out := e.ok("estimate", "--db-victims", "--model", "Mt")
		if !strings.Contains(out, "201 people on 3 lists (CNDDHH, Defensoría del Pueblo, La República)") || !strings.Contains(out, "Estimate: 209.3") {
			t.Fatalf("estimate:\n%s", out)
		}
		out = e.ok("estimate", "--db-victims", "--model", "Mt", "--stratify", "department")
		if !strings.Contains(out, "2 strata, 201 people observed") || !strings.Contains(out, "Ayacucho") || !strings.Contains(out, "Puno") {
			t.Fatalf("by department:\n%s", out)
		}
		out = e.ok("estimate", "--db-victims", "--model", "Mt", "--stratify", "period")
		if !strings.Contains(out, "2022-12") || !strings.Contains(out, "2023-01") {
			t.Fatalf("by period:\n%s", out)
		}
		out = e.ok("estimate", "--db-victims", "--model", "Mt", "--stratify", "perpetrator")
		if !strings.Contains(out, "DIROES") || !strings.Contains(out, "unknown") {
			t.Fatalf("by perpetrator:\n%s", out)
		}
		out = e.ok("estimate", "--db-victims", "--lists-by", "kind", "--model", "Mt")
		if !strings.Contains(out, "(news, ngo_report, official_record)") {
			t.Fatalf("lists by kind:\n%s", out)
		}
		if out := e.ok("estimate", "--db-victims", "--lists-by", "source"); !strings.Contains(out, "on 4 lists") {
			t.Fatalf("lists by source:\n%s", out)
		}
		e.fails(rastro.EINVALID, []string{`--stratify "weapon"`}, "estimate", "--db-victims", "--stratify", "weapon")
		e.fails(rastro.EINVALID, []string{"--lists-by"}, "estimate", "--db-victims", "--lists-by", "author")
		// A victim no source cites, and one whose two records (merged) put
		// them in both departments.
		lone := &rastro.Person{Name: "uncited"}
		must(db.Persons().Create(ctx, lone))
		must(db.Acts().Create(ctx, &rastro.Act{IncidentID: incidents[0], VictimID: lone.ID, Type: rastro.ActKilled}))
		var pair []int64
		for i, in := range incidents {
			p := &rastro.Person{Name: "both", Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: src[2+i]}}}}
			must(db.Persons().Create(ctx, p))
			must(db.Acts().Create(ctx, &rastro.Act{IncidentID: in, VictimID: p.ID, Type: rastro.ActKilled}))
			pair = append(pair, p.ID)
		}
		must(db.MergePersons(ctx, &sqldb.PersonMerge{PersonA: pair[0], PersonB: pair[1], Reason: "test", By: "test"}))
		out = e.ok("estimate", "--db-victims", "--model", "Mt", "--stratify", "department")
		if !strings.Contains(out, "1 victims cite no source") || !strings.Contains(out, "1 linked victims have records that disagree on the department") {
			t.Fatalf("warnings:\n%s", out)
		}
	})
}
