package strata

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/labels"
	"github.com/rastro-project/rastro/mse"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// Victims of two incidents (Puno and Ayacucho) cited by two publishers;
// merged records are one person, on the lists of all their records.
func TestVictims(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		var src []int64
		for _, s := range []*rastro.Source{
			{Kind: rastro.SourceNews, Title: "a", Publisher: "La República"},
			{Kind: rastro.SourceNGOReport, Title: "b", Publisher: "CNDDHH"},
		} {
			must(db.Sources().Create(ctx, s))
			src = append(src, s.ID)
		}
		var incidents []int64
		for _, p := range []struct{ place, dept, date string }{{"Juliaca", "Puno", "2023-01-09"}, {"Huamanga", "Ayacucho", "2022-12-15"}} {
			pl := &rastro.Place{Name: p.place, Admin1: p.dept}
			must(db.Places().Create(ctx, pl))
			in := &rastro.Incident{Title: p.place, PlaceID: pl.ID, When: rastro.DateRange{Start: rastro.MustDate(p.date)}}
			must(db.Incidents().Create(ctx, in))
			incidents = append(incidents, in.ID)
		}
		victim := func(incident int64, sources ...int64) int64 {
			var cits []rastro.Citation
			for _, s := range sources {
				cits = append(cits, rastro.Citation{SourceID: s})
			}
			p := &rastro.Person{Name: "victim", Assertion: rastro.Assertion{Citations: cits}}
			must(db.Persons().Create(ctx, p))
			must(db.Acts().Create(ctx, &rastro.Act{IncidentID: incident, VictimID: p.ID, Type: rastro.ActKilled}))
			return p.ID
		}
		// Puno: one person on both lists (two records, merged), one on
		// each; Ayacucho: one on La República's list; one uncited.
		a, b := victim(incidents[0], src[0]), victim(incidents[0], src[1])
		must(db.MergePersons(ctx, &sqldb.PersonMerge{PersonA: a, PersonB: b, Reason: "test", By: "test"}))
		victim(incidents[0], src[0])
		victim(incidents[0], src[1])
		victim(incidents[1], src[0])
		victim(incidents[1])

		st, err := Victims(ctx, db, Options{})
		if err != nil {
			t.Fatal(err)
		}
		h := st.By[""]
		if len(st.Names) != 1 || h == nil || strings.Join(h.Names, ",") != "CNDDHH,La República" {
			t.Fatalf("strata %+v", st)
		}
		// Rows: 01 (La República only), 10 (CNDDHH only), 11 (both).
		if got := [3]float64{h.Counts[h.Row(2)], h.Counts[h.Row(1)], h.Counts[h.Row(3)]}; got != [3]float64{2, 1, 1} {
			t.Errorf("counts (La República only, CNDDHH only, both) = %v", got)
		}
		if len(st.Warnings) != 1 || !strings.Contains(st.Warnings[0], "1 victims cite no source") {
			t.Errorf("warnings %q", st.Warnings)
		}
		st, err = Victims(ctx, db, Options{Stratify: "department"})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(st.Names, ",") != "Ayacucho,Puno" {
			t.Errorf("department strata %q", st.Names)
		}
		if _, err := Victims(ctx, db, Options{ListsBy: "kind", Stratify: "weapon"}); rastro.ErrorCode(err) != rastro.EINVALID || strings.Contains(err.Error(), "--") {
			t.Errorf("unknown stratum: %v", err)
		}
		// Each source is a list of its own.
		if _, err := Victims(ctx, db, Options{ListsBy: "source"}); err != nil {
			t.Errorf("lists by source: %v", err)
		}
	})
}

// The Cormack data over three lists: the same model, estimate and interval
// as rastro estimate's default (AIC over the hierarchical models).
func TestEstimates(t *testing.T) {
	cormack := map[string]float64{"111": 72, "110": 5, "101": 29, "100": 54, "011": 24, "010": 3, "001": 14}
	h := &mse.Histories{Lists: 3, Names: []string{"a", "b", "c"}, Counts: make([]float64, 7)}
	for r := range h.Counts {
		h.Counts[r] = cormack[h.HistoryString(r)]
	}
	st := &mse.Strata{Names: []string{""}, By: map[string]*mse.Histories{"": h}}
	es, err := Estimates(st, EstimateOptions{})
	if err != nil || len(es) != 1 {
		t.Fatal(es, err)
	}
	e := es[0]
	round := func(x float64) float64 { return math.Round(x*10) / 10 }
	if e.Observed != 201 || e.Model != "[1,23]" || round(e.N) != 221.9 || round(e.Lower) != 210.3 || e.Upper == nil || round(*e.Upper) != 236.2 {
		t.Errorf("estimate %+v", e)
	}
	if e.SE == nil || e.IntervalKind != mse.IntervalProfile || e.DF != 2 || e.AIC <= 0 || e.BIC <= e.AIC {
		t.Errorf("fit figures %+v", e)
	}
	// A model by name, as rastro estimate --model: the same fit and
	// interval as mse.FitSpecCI gives, at the level asked for.
	for _, spec := range []string{"Mt", "Mth-Normal", "Mb", "[12,13]"} {
		es, err := Estimates(st, EstimateOptions{Model: spec, Level: 0.9})
		if err != nil || len(es) != 1 {
			t.Fatalf("%s: %v %v", spec, es, err)
		}
		fit, iv, err := mse.FitSpecCI(h, spec, nil, 0.9)
		if err != nil {
			t.Fatal(err)
		}
		e := es[0]
		if e.Model != fit.Model || e.N != fit.N || e.Lower != iv.Lower || e.Level != 0.9 || e.Deviance != fit.Deviance || e.DF != fit.DF ||
			e.AIC != fit.AIC || e.BIC != fit.BIC || e.IntervalKind != fit.IntervalKind() {
			t.Errorf("%s: %+v, want the fit %+v and interval %+v", spec, e, fit, iv)
		}
	}
	if round(es[0].N) != 221.9 {
		t.Errorf("default estimate changed: %v", es[0].N)
	}
	es, _ = Estimates(st, EstimateOptions{Model: "mt"})
	if round(es[0].N) != 209.3 { // rastro estimate --model Mt on these counts
		t.Errorf("Mt: %.1f", es[0].N)
	}
	// Refused before any fit, naming the problem.
	for _, o := range []EstimateOptions{{Model: "Mq"}, {Model: "Mh-Weibull"}, {Model: "Mt", Psi: []float64{1, 2, 3}},
		{Model: "Mh-psi"}, {Level: 1.5}, {Model: "Mt", Level: -1}} {
		_, err := Estimates(st, o)
		if rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%+v: %v", o, err)
		}
	}
	var um *mse.UnknownModelError
	if _, err := Estimates(st, EstimateOptions{Model: "Mq"}); !errors.As(err, &um) || um.Spec != "Mq" || !strings.Contains(err.Error(), "Mth-Normal") {
		t.Errorf("unknown model: %v", err)
	}
	// Two strata: their total, as rastro estimate --stratify adds them.
	two3 := &mse.Strata{Names: []string{"a", "b"}, By: map[string]*mse.Histories{"a": h, "b": h}}
	es, err = Estimates(two3, EstimateOptions{Model: "Mt"})
	if err != nil {
		t.Fatal(err)
	}
	tot := Sum(es)
	want := mse.TotalNormal([]float64{es[0].N, es[1].N}, []float64{*es[0].SE, *es[1].SE}, 402, 0.95)
	if tot == nil || tot.N != want.Estimate || tot.Lower != want.Lower || tot.Upper == nil || *tot.Upper != want.Upper || tot.Observed != 402 ||
		round(tot.N) != 418.7 { // twice Mt's 209.3
		t.Errorf("total %+v, want %+v", tot, want)
	}
	if Sum(es[:1]) != nil {
		t.Error("a total of one stratum")
	}
	// A model these lists cannot take names the stratum.
	two := &mse.Histories{Lists: 2, Names: []string{"a", "b"}, Counts: []float64{3, 4, 5}}
	_, err = Estimates(&mse.Strata{Names: []string{"Puno"}, By: map[string]*mse.Histories{"Puno": two}}, EstimateOptions{Model: "Mh-Chao"})
	if err == nil || !strings.Contains(err.Error(), `stratum "Puno"`) || !strings.Contains(err.Error(), "at least 3 lists") {
		t.Errorf("Mh on two lists: %v", err)
	}
}

// The catalogue names the ways lists and strata are drawn: package labels
// cannot import this one (it would carry the database into the
// catalogue), so its copies of ListsBy and By are checked here.
func TestLabelsName(t *testing.T) {
	if got := labels.Values["lists_by"]; !slices.Equal(got, ListsBy) {
		t.Errorf(`labels.Values["lists_by"] = %q, want ListsBy %q`, got, ListsBy)
	}
	if got := labels.Values["stratum_by"]; !slices.Equal(got, By) {
		t.Errorf(`labels.Values["stratum_by"] = %q, want By %q`, got, By)
	}
}
