package sqldb_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/internal/fold"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// The conformance suite: every behaviour of the store, run against SQLite
// and (with RASTRO_TEST_POSTGRES) PostgreSQL.

// crud checks Find, Update (with a stale version refused), and Delete (with
// a stale version refused) of one stored record.
func crud[T any, F any](t *testing.T, svc rastro.Records[T, F], r *T, rec func(*T) *rastro.Record, mutate func(*T)) {
	t.Helper()
	ctx := ownerCtx()
	id := rec(r).ID
	got, err := svc.Find(ctx, id)
	must(t, err)
	if !reflect.DeepEqual(got, r) {
		t.Fatalf("Find(%d):\n got %+v\nwant %+v", id, got, r)
	}
	if v := rec(r).Version; v != 1 {
		t.Fatalf("new record has version %d", v)
	}

	stale := *got
	mutate(r)
	must(t, svc.Update(ctx, r))
	if rec(r).Version != 2 || !rec(r).UpdatedAt.After(rec(r).CreatedAt) {
		t.Fatalf("after update: version %d, created %v, updated %v", rec(r).Version, rec(r).CreatedAt, rec(r).UpdatedAt)
	}
	got, err = svc.Find(ctx, id)
	must(t, err)
	if !reflect.DeepEqual(got, r) {
		t.Fatalf("after update, Find(%d):\n got %+v\nwant %+v", id, got, r)
	}

	wantCode(t, svc.Update(ctx, &stale), rastro.ECONFLICT, "version 1", "version 2")
	if rec(&stale).Version != 1 {
		t.Fatal("a refused update changed the caller's record")
	}
	wantCode(t, svc.Delete(ctx, id, 1), rastro.ECONFLICT)
	got, err = svc.Find(ctx, id)
	must(t, err)
	if !reflect.DeepEqual(got, r) {
		t.Fatalf("a refused update or delete changed the record:\n got %+v\nwant %+v", got, r)
	}

	must(t, svc.Delete(ctx, id, 2))
	_, err = svc.Find(ctx, id)
	wantCode(t, err, rastro.ENOTFOUND)
	wantCode(t, svc.Delete(ctx, id, 2), rastro.ENOTFOUND)
	missing := *r
	rec(&missing).ID = id + 1000
	wantCode(t, svc.Update(ctx, &missing), rastro.ENOTFOUND)
}

func TestCRUD(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		tick(db)
		w := newWorld(t, db)
		src2 := &rastro.Source{Kind: rastro.SourceAutopsy, Title: "Autopsy report"}
		must(t, db.Sources().Create(ownerCtx(), src2))
		// Leaves first, so each delete finds nothing still referring to it.
		crud(t, db.Discharges(), w.discharge, func(r *rastro.DischargeRecord) *rastro.Record { return &r.Record }, func(r *rastro.DischargeRecord) {
			r.Rounds, r.AgentID, r.Citations = 4, 0, []rastro.Citation{{SourceID: src2.ID, Quote: "cuatro"}}
		})
		crud(t, db.Deployments(), w.deployment, func(r *rastro.Deployment) *rastro.Record { return &r.Record }, func(r *rastro.Deployment) {
			r.PlaceID, r.Area, r.Period.Open, r.Period.End = 0, "southern Puno", true, rastro.Date{}
		})
		crud(t, db.Involvements(), w.involvement, func(r *rastro.Involvement) *rastro.Record { return &r.Record }, func(r *rastro.Involvement) {
			r.Role, r.PersonID, r.Citations = rastro.RoleCommander, 0, nil
		})
		crud(t, db.Acts(), w.act, func(r *rastro.Act) *rastro.Record { return &r.Record }, func(r *rastro.Act) {
			r.WoundRegions, r.Munition, r.VictimThreat, r.Date = []rastro.BodyRegion{rastro.RegionLowerLimb}, rastro.MunitionPellets, rastro.Unknown, rastro.MustDate("2023-01")
		})
		crud(t, db.Incidents(), w.incident, func(r *rastro.Incident) *rastro.Record { return &r.Record }, func(r *rastro.Incident) {
			r.Title, r.External, r.When.End = "Juliaca, 9 January", map[string]string{"tags": "x", "event_id_cnty": "PER1"}, rastro.MustDate("2023-01-10")
		})
		crud(t, db.Postings(), w.posting, func(r *rastro.Posting) *rastro.Record { return &r.Record }, func(r *rastro.Posting) {
			r.Rank, r.Period.End = "General PNP", rastro.Date{}
		})
		crud(t, db.UnitRelations(), w.relation, func(r *rastro.UnitRelation) *rastro.Record { return &r.Record }, func(r *rastro.UnitRelation) {
			r.Kind, r.Confidence = rastro.MemberOf, rastro.ConfidenceLow
		})
		crud(t, db.Units(), w.unit, func(r *rastro.Unit) *rastro.Record { return &r.Record }, func(r *rastro.Unit) {
			r.Aliases = append(r.Aliases, "DIROES PNP")
		})
		crud(t, db.Units(), w.parent, func(r *rastro.Unit) *rastro.Record { return &r.Record }, func(r *rastro.Unit) {
			r.Aliases, r.Force = nil, rastro.ForceOther
		})
		crud(t, db.Persons(), w.victim, func(r *rastro.Person) *rastro.Record { return &r.Record }, func(r *rastro.Person) {
			r.Age, r.HomePlaceID, r.Protected, r.Status = nil, 0, false, rastro.StatusConflict
		})
		crud(t, db.Persons(), w.agent, func(r *rastro.Person) *rastro.Record { return &r.Record }, func(r *rastro.Person) {
			r.Name = "Agent Ñandú"
		})
		crud(t, db.Claims(), w.claim, func(r *rastro.Claim) *rastro.Record { return &r.Record }, func(r *rastro.Claim) {
			r.Status, r.RecordType, r.RecordID, r.Data = rastro.ClaimRejected, "", 0, nil
		})
		crud(t, db.Places(), w.place, func(r *rastro.Place) *rastro.Record { return &r.Record }, func(r *rastro.Place) {
			r.Latitude, r.Longitude, r.Ubigeo = nil, nil, ""
		})
		crud(t, db.Sources(), w.source, func(r *rastro.Source) *rastro.Record { return &r.Record }, func(r *rastro.Source) {
			r.Title, r.Pages, r.Published = "Peru: lethal repression", nil, rastro.MustDate("2023")
		})
		_, err := db.Sources().Content(ownerCtx(), w.source.ID)
		wantCode(t, err, rastro.ENOTFOUND)
	})
}

func TestCreateInvalid(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		wantCode(t, db.Sources().Create(ctx, &rastro.Source{Kind: "blog", Title: "x"}), rastro.EINVALID, "source kind")
		wantCode(t, db.Incidents().Create(ctx, &rastro.Incident{Title: "no date"}), rastro.EINVALID, "start date")
		a := &rastro.Act{IncidentID: 1, Type: rastro.ActKilled, Munition: "arrows"}
		wantCode(t, db.Acts().Create(ctx, a), rastro.EINVALID, "munition")
		if a.ID != 0 || a.Version != 0 {
			t.Fatal("a refused create changed the record")
		}
		if empty, err := db.Empty(ctx); err != nil || !empty {
			t.Fatalf("Empty after refused creates: %v, %v", empty, err)
		}
	})
}

func TestForeignKeys(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		w := newWorld(t, db)
		wantCode(t, db.Acts().Create(ctx, &rastro.Act{IncidentID: 999, Type: rastro.ActInjured}), rastro.EINVALID, "incident_id", "no such incident 999")
		wantCode(t, db.Acts().Create(ctx, &rastro.Act{IncidentID: w.incident.ID, VictimID: 998, Type: rastro.ActInjured}), rastro.EINVALID, "victim_id", "no such person 998")
		wantCode(t, db.Involvements().Create(ctx, &rastro.Involvement{ActID: w.act.ID, UnitID: 997, Role: rastro.RolePresent}), rastro.EINVALID, "no such unit 997")
		wantCode(t, db.Claims().Create(ctx, &rastro.Claim{SourceID: 996, Kind: rastro.ClaimDate, Status: rastro.ClaimPending}), rastro.EINVALID, "no such source 996")
		bad := &rastro.Place{Name: "x", Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: 995}}}}
		wantCode(t, db.Places().Create(ctx, bad), rastro.EINVALID, "no such source 995")

		up := *w.act
		up.IncidentID = 994
		wantCode(t, db.Acts().Update(ctx, &up), rastro.EINVALID, "no such incident 994")

		wantCode(t, db.Incidents().Delete(ctx, w.incident.ID, 1), rastro.ECONFLICT, "still referenced by")
		wantCode(t, db.Acts().Delete(ctx, w.act.ID, 1), rastro.ECONFLICT, "still referenced by involvements")
		wantCode(t, db.Persons().Delete(ctx, w.victim.ID, 1), rastro.ECONFLICT, "still referenced by acts")
		wantCode(t, db.Units().Delete(ctx, w.parent.ID, 1), rastro.ECONFLICT, "still referenced by unit_relations")
		wantCode(t, db.Sources().Delete(ctx, w.source.ID, 1), rastro.ECONFLICT, "still referenced by")
		// A claim linked to a record keeps it too.
		w.claim.RecordType, w.claim.RecordID, w.claim.Status = "discharge", w.discharge.ID, rastro.ClaimLinked
		must(t, db.Claims().Update(ctx, w.claim))
		wantCode(t, db.Discharges().Delete(ctx, w.discharge.ID, 1), rastro.ECONFLICT, "claims")
		// Only citations keep a source once its other referrers are gone.
		src2 := &rastro.Source{Kind: rastro.SourceOther, Title: "only cited"}
		must(t, db.Sources().Create(ctx, src2))
		p := &rastro.Place{Name: "Ayacucho", Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: src2.ID}}}}
		must(t, db.Places().Create(ctx, p))
		wantCode(t, db.Sources().Delete(ctx, src2.ID, 1), rastro.ECONFLICT, "still referenced by citations")
		must(t, db.Places().Delete(ctx, p.ID, 1))
		must(t, db.Sources().Delete(ctx, src2.ID, 1))
	})
}

func TestUniqueSHA256(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		w := newWorld(t, db)
		again := &rastro.Source{Kind: rastro.SourceNews, Title: "another title"}
		created, err := db.Sources().CreateWithContent(ctx, again, w.content)
		must(t, err)
		if created || again.ID != w.source.ID || again.Title != w.source.Title {
			t.Fatalf("same content again: created=%v id=%d title=%q", created, again.ID, again.Title)
		}
		data, err := db.Sources().Content(ctx, w.source.ID)
		must(t, err)
		if !bytes.Equal(data, w.content) {
			t.Fatalf("content %q", data)
		}
		dup := &rastro.Source{Kind: rastro.SourceNews, Title: "same digest", SHA256: w.source.SHA256}
		wantCode(t, db.Sources().Create(ctx, dup), rastro.ECONFLICT)
		lie := &rastro.Source{Kind: rastro.SourceNews, Title: "x", SHA256: w.source.SHA256}
		_, err = db.Sources().CreateWithContent(ctx, lie, []byte("other bytes"))
		wantCode(t, err, rastro.EINVALID, "does not match")
		n, _, err := db.Sources().List(ctx, rastro.SourceFilter{SHA256: &w.source.SHA256})
		must(t, err)
		if len(n) != 1 {
			t.Fatalf("%d sources with the digest", len(n))
		}
	})
}

func ids[T any](rs []*T, rec func(*T) *rastro.Record) []int64 {
	out := []int64{}
	for _, r := range rs {
		out = append(out, rec(r).ID)
	}
	return out
}

func incidentRec(r *rastro.Incident) *rastro.Record { return &r.Record }

func TestFilters(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		w := newWorld(t, db)
		ayacucho := &rastro.Place{Name: "Ayacucho", Ubigeo: "050101"}
		andahuaylas := &rastro.Place{Name: "Andahuaylas", Ubigeo: "030201"}
		must(t, db.Places().Create(ctx, ayacucho))
		must(t, db.Places().Create(ctx, andahuaylas))
		mk := func(title, start, end string, open bool, place int64) *rastro.Incident {
			i := &rastro.Incident{Title: title, When: rastro.DateRange{Start: rastro.MustDate(start), Open: open}, PlaceID: place}
			if end != "" {
				i.When.End = rastro.MustDate(end)
			}
			must(t, db.Incidents().Create(ctx, i))
			return i
		}
		dec11 := mk("Andahuaylas", "2022-12-11", "2022-12-12", false, andahuaylas.ID)
		dec15 := mk("Huamanga", "2022-12-15", "", false, ayacucho.ID)
		dec := mk("December", "2022-12", "", false, 0)
		open := mk("Ongoing", "2023-01-20", "", true, 0)
		jul := w.incident // 2023-01-09 in Juliaca

		check := func(name string, f rastro.IncidentFilter, want ...int64) {
			t.Helper()
			rs, n, err := db.Incidents().List(ctx, f)
			must(t, err)
			if got := ids(rs, incidentRec); !reflect.DeepEqual(got, append([]int64{}, want...)) || (f.Limit == 0 && n != len(want)) {
				t.Fatalf("%s: got %v (total %d), want %v", name, got, n, want)
			}
		}
		check("all", rastro.IncidentFilter{}, jul.ID, dec11.ID, dec15.ID, dec.ID, open.ID)
		check("id", rastro.IncidentFilter{ID: &dec15.ID}, dec15.ID)
		check("place", rastro.IncidentFilter{PlaceID: &ayacucho.ID}, dec15.ID)
		check("ubigeo department", rastro.IncidentFilter{Ubigeo: ptr("03")}, dec11.ID)
		check("ubigeo district", rastro.IncidentFilter{Ubigeo: ptr("211101")}, jul.ID)
		check("from", rastro.IncidentFilter{From: ptr(rastro.MustDate("2022-12-12"))}, jul.ID, dec11.ID, dec15.ID, dec.ID, open.ID)
		check("from day after", rastro.IncidentFilter{From: ptr(rastro.MustDate("2022-12-13"))}, jul.ID, dec15.ID, dec.ID, open.ID)
		check("to", rastro.IncidentFilter{To: ptr(rastro.MustDate("2022-12-10"))}, dec.ID)
		check("range", rastro.IncidentFilter{From: ptr(rastro.MustDate("2023-01")), To: ptr(rastro.MustDate("2023-01-15"))}, jul.ID)
		check("far future", rastro.IncidentFilter{From: ptr(rastro.MustDate("2030"))}, open.ID)
		check("page", rastro.IncidentFilter{Offset: 1, Limit: 2}, dec11.ID, dec15.ID)

		// Paging: the page and the total.
		for _, c := range []struct{ off, lim, want int }{{0, 2, 2}, {4, 2, 1}, {5, 2, 0}, {2, 0, 3}, {9, 0, 0}} {
			rs, n, err := db.Incidents().List(ctx, rastro.IncidentFilter{Offset: c.off, Limit: c.lim})
			must(t, err)
			if len(rs) != c.want || n != 5 {
				t.Fatalf("offset %d limit %d: %d records, total %d", c.off, c.lim, len(rs), n)
			}
		}
		_, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{Limit: -1})
		wantCode(t, err, rastro.EINVALID)
		_, _, err = db.Incidents().List(ctx, rastro.IncidentFilter{Ubigeo: ptr("21%")})
		wantCode(t, err, rastro.EINVALID, "UBIGEO")

		places, n, err := db.Places().List(ctx, rastro.PlaceFilter{Name: ptr("AYACU")})
		must(t, err)
		if n != 1 || places[0].ID != ayacucho.ID {
			t.Fatalf("place by name: %v", ids(places, func(p *rastro.Place) *rastro.Record { return &p.Record }))
		}
		places, _, err = db.Places().List(ctx, rastro.PlaceFilter{Ubigeo: ptr("0")})
		must(t, err)
		if len(places) != 2 {
			t.Fatalf("places under ubigeo 0: %d", len(places))
		}

		// Person names: substring, case and accents ignored; a protected
		// person's identity is sealed, so no query finds it.
		for _, q := range []string{"agent", "AGENT 1", "ied ag"} {
			ps, _, err := db.Persons().List(ctx, rastro.PersonFilter{Name: ptr(q)})
			must(t, err)
			if len(ps) != 1 || ps[0].ID != w.agent.ID {
				t.Fatalf("person %q: %d found", q, len(ps))
			}
		}
		for _, q := range []string{"jose", "quispe", "pepe"} {
			ps, _, err := db.Persons().List(ctx, rastro.PersonFilter{Name: ptr(q)})
			must(t, err)
			if len(ps) != 0 {
				t.Fatalf("protected person found by %q", q)
			}
		}
		// Units by alias.
		us, _, err := db.Units().List(ctx, rastro.UnitFilter{Name: ptr("diroes")})
		must(t, err)
		if len(us) != 1 || us[0].ID != w.unit.ID {
			t.Fatalf("unit by alias: %d", len(us))
		}
		us, _, err = db.Units().List(ctx, rastro.UnitFilter{Force: ptr(rastro.ForceArmy)})
		must(t, err)
		if len(us) != 0 {
			t.Fatalf("army units: %d", len(us))
		}

		a2 := &rastro.Act{IncidentID: dec15.ID, Type: rastro.ActInjured, Munition: rastro.MunitionPellets}
		must(t, db.Acts().Create(ctx, a2))
		acts, _, err := db.Acts().List(ctx, rastro.ActFilter{Type: ptr(rastro.ActKilled)})
		must(t, err)
		if len(acts) != 1 || acts[0].ID != w.act.ID || len(acts[0].Citations) != 2 {
			t.Fatalf("killed acts: %+v", acts)
		}
		acts, _, err = db.Acts().List(ctx, rastro.ActFilter{Munition: ptr(rastro.MunitionPellets), IncidentID: &dec15.ID})
		must(t, err)
		if len(acts) != 1 || acts[0].ID != a2.ID {
			t.Fatalf("pellet acts: %d", len(acts))
		}
		for name, got := range map[string]func() (int, error){
			"involvements by unit": func() (int, error) {
				_, n, err := db.Involvements().List(ctx, rastro.InvolvementFilter{UnitID: &w.unit.ID})
				return n, err
			},
			"relations by parent": func() (int, error) {
				_, n, err := db.UnitRelations().List(ctx, rastro.UnitRelationFilter{ParentID: &w.parent.ID})
				return n, err
			},
			"postings by person": func() (int, error) {
				_, n, err := db.Postings().List(ctx, rastro.PostingFilter{PersonID: &w.agent.ID})
				return n, err
			},
			"deployments by incident": func() (int, error) {
				_, n, err := db.Deployments().List(ctx, rastro.DeploymentFilter{IncidentID: &w.incident.ID})
				return n, err
			},
			"discharges by incident": func() (int, error) {
				_, n, err := db.Discharges().List(ctx, rastro.DischargeFilter{IncidentID: &w.incident.ID})
				return n, err
			},
			"claims by status": func() (int, error) {
				_, n, err := db.Claims().List(ctx, rastro.ClaimFilter{Status: ptr(rastro.ClaimPending), SourceID: &w.source.ID})
				return n, err
			},
		} {
			n, err := got()
			must(t, err)
			if n != 1 {
				t.Fatalf("%s: %d", name, n)
			}
		}
	})
}

func TestFullTextSearch(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		w := newWorld(t, db)
		other := &rastro.Source{Kind: rastro.SourceOfficialRecord, Title: "Parte policial", Text: "Disparos de fusil AKM en el aeropuerto"}
		must(t, db.Sources().Create(ctx, other))

		sources := func(q string) []int64 {
			t.Helper()
			rs, _, err := db.Sources().List(ctx, rastro.SourceFilter{Query: &q})
			must(t, err)
			return ids(rs, func(s *rastro.Source) *rastro.Record { return &s.Record })
		}
		incidents := func(q string) []int64 {
			t.Helper()
			rs, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{Query: &q})
			must(t, err)
			return ids(rs, incidentRec)
		}
		eq := func(name string, got []int64, want ...int64) {
			t.Helper()
			if !reflect.DeepEqual(got, append([]int64{}, want...)) {
				t.Fatalf("%s: got %v, want %v", name, got, want)
			}
		}
		eq("title word", sources("represión"), w.source.ID)
		eq("no accent, upper case", sources("REPRESION"), w.source.ID)
		eq("text words in any order", sources("aeropuerto akm"), other.ID)
		eq("all words must match", sources("represión aeropuerto"))
		eq("punctuation is not syntax", sources(`"juliaca" * -( ):^`), w.source.ID)
		eq("incident description", incidents("protesters airport"), w.incident.ID)
		eq("incident kind filter with search", func() []int64 {
			rs, _, err := db.Sources().List(ctx, rastro.SourceFilter{Query: ptr("letal"), Kind: ptr(rastro.SourceOfficialRecord)})
			must(t, err)
			return ids(rs, func(s *rastro.Source) *rastro.Record { return &s.Record })
		}())

		// The index follows updates and deletes.
		w.incident.Title, w.incident.Description = "Aeropuerto Inca Manco Cápac", ""
		must(t, db.Incidents().Update(ctx, w.incident))
		eq("old words gone", incidents("airport"))
		eq("new words found", incidents("capac"), w.incident.ID)
		other.Text = "texto corregido"
		must(t, db.Sources().Update(ctx, other))
		eq("source update", sources("akm"))
		eq("source update new", sources("corregido"), other.ID)
		must(t, db.Sources().Delete(ctx, other.ID, other.Version))
		eq("source delete", sources("corregido"))

		_, _, err := db.Sources().List(ctx, rastro.SourceFilter{Query: ptr(" -- ")})
		wantCode(t, err, rastro.EINVALID, "no words")
	})
}

func TestFold(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		in := "Ñandú ÁÉÍÓÚ àèìòù ÇÃÕ Cápac ÿ Z"
		var got string
		must(t, db.View(ownerCtx(), func(tx *sqldb.Tx) error {
			return tx.QueryRow(ownerCtx(), "SELECT rastro_fold(?)", in).Scan(&got)
		}))
		if want := fold.Lower(in); got != want || want != "nandu aeiou aeiou cao capac y z" {
			t.Fatalf("database fold %q, Go fold %q", got, want)
		}
	})
}

func exportJSON(t *testing.T, db *sqldb.DB) (*rastro.Bundle, []byte) {
	t.Helper()
	b, err := db.Export(ownerCtx())
	must(t, err)
	data, err := json.MarshalIndent(b, "", " ")
	must(t, err)
	return b, data
}

func TestExportImport(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		tick(db)
		w := newWorld(t, db)
		w.act.Description = "updated once"
		must(t, db.Acts().Update(ctx, w.act))
		must(t, db.SetMeta(ctx, "name", "test case file"))
		must(t, db.SetMeta(ctx, "synthetic", "true"))
		first, firstJSON := exportJSON(t, db)
		if len(first.Acts) != 1 || first.Acts[0].Version != 2 || len(first.SourceContent) != 1 || first.Meta["synthetic"] != "true" {
			t.Fatalf("export: %+v", first)
		}

		// Through JSON, as the CLI does it, into a fresh database.
		var loaded rastro.Bundle
		must(t, json.Unmarshal(firstJSON, &loaded))
		fresh := sqldbtest.Open(t, db.Dialect())
		must(t, fresh.Import(ctx, &loaded))
		second, secondJSON := exportJSON(t, fresh)
		if !reflect.DeepEqual(first, second) {
			os.WriteFile(filepath.Join(t.TempDir(), "first.json"), firstJSON, 0o644)
			t.Fatalf("bundles differ after import:\n%s", diffLines(firstJSON, secondJSON))
		}
		if !bytes.Equal(firstJSON, secondJSON) {
			t.Fatal("exports are not byte-identical")
		}

		// New records continue after the imported IDs.
		p := &rastro.Place{Name: "Chincheros", Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: w.source.ID}}}}
		must(t, fresh.Places().Create(ctx, p))
		if p.ID <= w.place.ID || p.Citations[0].ID <= first.Places[0].Citations[1].ID {
			t.Fatalf("new ids %d (citation %d) collide with imported ones", p.ID, p.Citations[0].ID)
		}
		data, err := fresh.Sources().Content(ctx, w.source.ID)
		must(t, err)
		if !bytes.Equal(data, w.content) {
			t.Fatal("content not imported")
		}

		// An import into a database that holds records is refused.
		wantCode(t, fresh.Import(ctx, &loaded), rastro.ECONFLICT, "empty")
	})
}

func TestImportBadRecord(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		newWorld(t, db)
		good, _ := exportJSON(t, db)

		refuseSpoiled(t, db, good, []spoiled{
			{"missing incident", func(b *rastro.Bundle) { b.Acts[0].IncidentID = 99 }, []string{"acts[0]", "incident_id", "no such incident 99"}},
			{"bad munition", func(b *rastro.Bundle) { b.Acts[0].Munition = "arrows" }, []string{"acts[0]", "munition"}},
			{"duplicate id", func(b *rastro.Bundle) { b.Persons[1].ID = b.Persons[0].ID }, []string{"persons[1]", "duplicate id"}},
			{"citation source", func(b *rastro.Bundle) { b.Units[1].Citations[0].SourceID = 42 }, []string{"units[1]", "citation 1", "source_id"}},
			{"bad span", func(b *rastro.Bundle) { b.Places[0].Citations[0].End = 1 }, []string{"places[0]", "span"}},
			{"content digest", func(b *rastro.Bundle) { b.SourceContent[b.Sources[0].ID] = []byte("x") }, []string{"source_content", "sha256"}},
			{"format", func(b *rastro.Bundle) { b.Format = "other" }, []string{"format"}},
			{"no place", func(b *rastro.Bundle) { b.Deployments[0].PlaceID, b.Deployments[0].Area = 0, "" }, []string{"deployments[0]", "place or an area"}},
		})
	})
}

// spoiled is a bundle made bad in one place and the fragments the refusal
// must name.
type spoiled struct {
	name      string
	spoil     func(b *rastro.Bundle)
	fragments []string
}

// refuseSpoiled imports each spoiled copy of good into a fresh database and
// checks that it is refused with the fragments named and nothing written.
func refuseSpoiled(t *testing.T, db *sqldb.DB, good *rastro.Bundle, cases []spoiled) {
	ctx := ownerCtx()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b rastro.Bundle
			data, _ := json.Marshal(good)
			must(t, json.Unmarshal(data, &b))
			c.spoil(&b)
			fresh := sqldbtest.Open(t, db.Dialect())
			wantCode(t, fresh.Import(ctx, &b), rastro.EINVALID, c.fragments...)
			if empty, err := fresh.Empty(ctx); err != nil || !empty {
				t.Fatalf("a refused import wrote records: empty=%v err=%v", empty, err)
			}
		})
	}
}

func TestSchemaVersion(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			ctx := ownerCtx()
			db := sqldbtest.OpenEmpty(t, d)
			wantCode(t, db.SchemaCurrent(ctx), rastro.EINVALID, "version none", "run `rastro migrate`")
			applied, err := db.Migrate(ctx)
			must(t, err)
			if len(applied) < 2 || applied[0] != "0001_core" || applied[1] != "0002_incident_place_days" {
				t.Fatalf("applied %v", applied)
			}
			must(t, db.SchemaCurrent(ctx))
			again, err := db.Migrate(ctx)
			must(t, err)
			if len(again) != 0 {
				t.Fatalf("second migrate applied %v", again)
			}
			must(t, db.Update(ctx, func(tx *sqldb.Tx) error {
				_, err := tx.Exec(ctx, "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", "9999_future", "x")
				return err
			}))
			wantCode(t, db.SchemaCurrent(ctx), rastro.EINVALID, "9999_future", "newer")
		})
	}
}

func TestMetaAndEmpty(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		empty, err := db.Empty(ctx)
		must(t, err)
		if !empty {
			t.Fatal("fresh database not empty")
		}
		must(t, db.SetMeta(ctx, "name", "a"))
		must(t, db.SetMeta(ctx, "name", "b"))
		wantCode(t, db.SetMeta(ctx, "", "x"), rastro.EINVALID)
		m, err := db.Meta(ctx)
		must(t, err)
		if fmt.Sprint(m) != "map[name:b]" {
			t.Fatalf("meta %v", m)
		}
		if empty, _ := db.Empty(ctx); !empty {
			t.Fatal("metadata made the database non-empty")
		}
		must(t, db.Units().Create(ctx, &rastro.Unit{Name: "u", Force: rastro.ForceArmy}))
		if empty, _ := db.Empty(ctx); empty {
			t.Fatal("database with a unit is empty")
		}
	})
}

// diffLines shows the lines that differ between two exports.
func diffLines(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	var out []string
	for i := 0; i < max(len(la), len(lb)) && len(out) < 20; i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("%d: %q != %q", i+1, x, y))
		}
	}
	if len(out) == 0 {
		return "(same JSON: the difference is in values JSON does not show)"
	}
	return strings.Join(out, "\n")
}

// Concurrent writers queue instead of failing with "database is locked",
// and readers see committed records while writes go on.
func TestConcurrentWrites(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		const workers, each = 8, 10
		errs := make(chan error, workers)
		for w := range workers {
			go func() {
				for i := range each {
					u := &rastro.Unit{Name: fmt.Sprintf("unit %d-%d", w, i), Force: rastro.ForceArmy}
					if err := db.Units().Create(ctx, u); err != nil {
						errs <- err
						return
					}
					if _, err := db.Units().Find(ctx, u.ID); err != nil {
						errs <- err
						return
					}
					u.Country = "PE"
					if err := db.Units().Update(ctx, u); err != nil {
						errs <- err
						return
					}
				}
				errs <- nil
			}()
		}
		for range workers {
			must(t, <-errs)
		}
		_, n, err := db.Units().List(ctx, rastro.UnitFilter{Limit: 1})
		must(t, err)
		if n != workers*each {
			t.Fatalf("%d units", n)
		}
	})
}

// Tables added by other packages (with their own migrations) block deletes
// by their foreign keys alone, with the same message.
func TestForeignKeysFromCatalog(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		must(t, db.Update(ctx, func(tx *sqldb.Tx) error {
			_, err := tx.Exec(ctx, "CREATE TABLE test_notes (id BIGINT PRIMARY KEY, incident_id BIGINT REFERENCES incidents (id), place_id BIGINT REFERENCES places (id) ON DELETE CASCADE)")
			return err
		}))
		w := newWorld(t, db)
		inc := &rastro.Incident{Title: "noted", When: rastro.DateRange{Start: rastro.MustDate("2023")}}
		must(t, db.Incidents().Create(ctx, inc))
		must(t, db.Update(ctx, func(tx *sqldb.Tx) error {
			_, err := tx.Exec(ctx, "INSERT INTO test_notes (id, incident_id, place_id) VALUES (1, ?, ?)", inc.ID, w.place.ID)
			return err
		}))
		wantCode(t, db.Incidents().Delete(ctx, inc.ID, 1), rastro.ECONFLICT, "still referenced by test_notes (incident_id)")
		fks, err := db.ForeignKeys(ctx)
		must(t, err)
		var cascade bool
		for _, k := range fks {
			if k.Table == "test_notes" && k.Column == "place_id" {
				cascade = k.Cascade
			}
		}
		if !cascade {
			t.Fatalf("ON DELETE CASCADE not seen in %v", fks)
		}
	})
}

// The same bytes stored at once by several writers give one source.
func TestConcurrentCreateWithContent(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		const n = 6
		type result struct {
			id      int64
			created bool
			err     error
		}
		out := make(chan result, n)
		for range n {
			go func() {
				s := &rastro.Source{Kind: rastro.SourceMedia, Title: "video"}
				created, err := db.Sources().CreateWithContent(ctx, s, []byte("same bytes"))
				out <- result{s.ID, created, err}
			}()
		}
		ids, created := map[int64]bool{}, 0
		for range n {
			r := <-out
			must(t, r.err)
			ids[r.id] = true
			if r.created {
				created++
			}
		}
		if len(ids) != 1 || created != 1 {
			t.Fatalf("%d sources, %d created", len(ids), created)
		}
	})
}

// A bundle written by hand may leave out versions, timestamps and citation
// IDs: the import fills them in.
func TestImportHandWritten(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		tick(db)
		doc := `{"format": "rastro-bundle", "version": 1,
			"sources": [{"id": 3, "kind": "news", "title": "A report"}],
			"places": [{"id": 5, "name": "Juliaca", "citations": [{"source_id": 3}, {"id": 9, "source_id": 3}]}],
			"incidents": [{"id": 7, "title": "Juliaca", "when": {"start": "2023-01-09"}, "place_id": 5}]}`
		var b rastro.Bundle
		must(t, json.Unmarshal([]byte(doc), &b))
		must(t, db.Import(ctx, &b))
		p, err := db.Places().Find(ctx, 5)
		must(t, err)
		if p.Version != 1 || p.CreatedAt.IsZero() || !p.UpdatedAt.Equal(p.CreatedAt) {
			t.Fatalf("filled record %+v", p.Record)
		}
		if len(p.Citations) != 2 || p.Citations[0].ID != 10 || p.Citations[1].ID != 9 {
			t.Fatalf("citations %+v", p.Citations)
		}
		inc := &rastro.Incident{Title: "next", When: rastro.DateRange{Start: rastro.MustDate("2023")}}
		must(t, db.Incidents().Create(ctx, inc))
		if inc.ID != 8 {
			t.Fatalf("next incident id %d, want 8", inc.ID)
		}
		wantCode(t, db.Import(ctx, &rastro.Bundle{Format: rastro.BundleFormat, Version: 99}), rastro.EINVALID, "version 99")
	})
}
