package disparity

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/demo"
)

func demoBundle(t testing.TB) *rastro.Bundle {
	t.Helper()
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func row(rows []Row, code string) *Row {
	for i := range rows {
		if rows[i].Ubigeo == code {
			return &rows[i]
		}
	}
	return nil
}

func TestCensusTable(t *testing.T) {
	c, err := Census()
	if err != nil {
		t.Fatal(err)
	}
	var provinces, departments int
	for _, a := range c {
		if a.Level == "province" {
			provinces++
		} else {
			departments++
		}
	}
	if provinces != 196 || departments != 25 {
		t.Errorf("%d provinces, %d departments", provinces, departments)
	}
	// LICENSE.census2017.txt: Puno's indigenous share is 0.9082.
	if p := c["210000"]; p == nil || p.Share < 0.90815 || p.Share > 0.90825 {
		t.Errorf("Puno: %+v", p)
	}
	if !strings.Contains(CensusLicense(), "INEI") {
		t.Error("the census licence is not embedded")
	}
	for _, bad := range []string{
		"level,ubigeo,name\n",
		"level,ubigeo,name,respondents_12plus,quechua,aymara,amazonian_indigenous,other_indigenous\nprovince,0101,X,10,1,1,1,1\n",
		"level,ubigeo,name,respondents_12plus,quechua,aymara,amazonian_indigenous,other_indigenous\nprovince,010100,X,10,x,1,1,1\n",
		"level,ubigeo,name,respondents_12plus,quechua,aymara,amazonian_indigenous,other_indigenous\nprovince,010100,X,3,1,1,1,1\n",
	} {
		if _, err := parseCensus(strings.NewReader(bad), "bad.csv"); err == nil || !strings.Contains(err.Error(), "bad.csv") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

// On the demo, the rates, ratios and regression are those the records give.
func TestDemo(t *testing.T) {
	rep, err := Analyze(demoBundle(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Events != 62 || rep.Placed.Casualties != 52 || rep.Placed.Killed != 25 || len(rep.Unplaced.Incidents) != 0 {
		t.Fatalf("%d events, %+v placed, %d unplaced", rep.Events, rep.Placed, len(rep.Unplaced.Incidents))
	}
	sr := row(rep.Provinces, "211100") // San Román: Juliaca
	if sr == nil || sr.Events != 3 || sr.Casualties.N != 29 || sr.Killed.N != 17 {
		t.Fatalf("San Román: %+v", sr)
	}
	if r := sr.Casualties.PerEvents; !near(float64(r.Rate), 2900.0/3, 1e-12) || r.Low >= r.Rate || r.High <= r.Rate {
		t.Errorf("San Román per 100 events: %+v", r)
	}
	lima := row(rep.Provinces, LimaMetropolitana)
	if lima == nil || lima.Events != 18 || lima.Casualties.N != 0 || lima.Casualties.PerEvents.High <= 0 {
		t.Errorf("Lima: %+v", lima)
	}
	if len(rep.Provinces) != 17 || len(rep.Departments) != 25 {
		t.Errorf("%d provinces, %d departments", len(rep.Provinces), len(rep.Departments))
	}
	var majority *Comparison
	for i, c := range rep.Main.Comparisons {
		if c.Key == "majority" && c.Measure == MeasureCasualties {
			majority = &rep.Main.Comparisons[i]
		}
	}
	if majority == nil || majority.A.Casualties != 52 || majority.A.Events != 16 || majority.B.Events != 46 ||
		!near(float64(majority.Low), 39.106706700716259, 1e-6) || len(majority.ActsA) != 52 {
		t.Errorf("majority comparison: %+v", majority)
	}
	reg := rep.Main.Regression
	if reg.Chosen != "negative_binomial" || reg.Units != 17 || reg.Model() == nil || len(reg.Model().Terms) != 3 ||
		!strings.Contains(reg.Test, "Overdispersed") {
		t.Errorf("regression: %+v", reg)
	}
	if len(rep.Sensitivity) != 2 || rep.Sensitivity[0].Exposure != ExposurePopulation || rep.Largest == nil ||
		rep.Largest.Casualties != 29 || rep.Sensitivity[1].Without != rep.Largest.IncidentID {
		t.Errorf("sensitivity: %+v, largest %+v", rep.Sensitivity, rep.Largest)
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"San Román", "RATE RATIO", "negative_binomial", "Cannot show", "aged 12", "ecological"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if _, err := json.Marshal(rep); err != nil {
		t.Errorf("JSON: %v", err)
	}
}

func TestOptions(t *testing.T) {
	b := demoBundle(t)
	for _, o := range []Options{{Threshold: 1.5}, {Threshold: -0.1}, {Exposure: "people"},
		{From: rastro.MustDate("2023-02"), To: rastro.MustDate("2022-12")}} {
		if _, err := Analyze(b, o); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%+v: %v", o, err)
		}
	}
	// December 2022 only: Juliaca (January) is out.
	rep, err := Analyze(b, Options{From: rastro.MustDate("2022-12"), To: rastro.MustDate("2022-12"), Threshold: 0.8, Exposure: ExposurePopulation})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Placed.Casualties != 23 || row(rep.Provinces, "211100") != nil && row(rep.Provinces, "211100").Casualties.N != 0 {
		t.Errorf("December: %+v", rep.Placed)
	}
	keys := map[string]bool{}
	for _, c := range rep.Main.Comparisons {
		keys[c.Key] = true
	}
	if !keys["threshold"] || rep.Main.Exposure != ExposurePopulation || rep.Sensitivity[0].Exposure != ExposureEvents {
		t.Errorf("threshold comparison or exposures missing: %v %s", keys, rep.Main.Exposure)
	}
}

// Property: the rates follow the records. Moving an incident to a place in
// another province moves its events and casualties there, and nothing else.
func TestMovingAnIncidentMovesItsCasualties(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 2026))
	for range 20 {
		b := demoBundle(t)
		before, err := Analyze(b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		inc := b.Incidents[rng.IntN(len(b.Incidents))]
		to := b.Places[rng.IntN(len(b.Places))]
		var from *rastro.Place
		for _, p := range b.Places {
			if p.ID == inc.PlaceID {
				from = p
			}
		}
		fromCode, toCode := from.Ubigeo[:4]+"00", to.Ubigeo[:4]+"00"
		if fromCode == toCode {
			continue
		}
		var harms int
		for _, a := range b.Acts {
			if a.IncidentID == inc.ID && (a.Type == rastro.ActKilled || a.Type == rastro.ActInjured) {
				harms++
			}
		}
		inc.PlaceID = to.ID
		after, err := Analyze(b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		get := func(rep *Report, code string) (events, casualties int) {
			if r := row(rep.Provinces, code); r != nil {
				return r.Events, r.Casualties.N
			}
			return 0, 0
		}
		e0, c0 := get(before, fromCode)
		e1, c1 := get(after, fromCode)
		if e1 != e0-1 || c1 != c0-harms {
			t.Errorf("incident %d left %s: events %d → %d, casualties %d → %d (moved %d)", inc.ID, fromCode, e0, e1, c0, c1, harms)
		}
		e0, c0 = get(before, toCode)
		e1, c1 = get(after, toCode)
		if e1 != e0+1 || c1 != c0+harms {
			t.Errorf("incident %d reached %s: events %d → %d, casualties %d → %d (moved %d)", inc.ID, toCode, e0, e1, c0, c1, harms)
		}
		if r := row(after.Provinces, toCode); r == nil || !near(float64(r.Casualties.PerEvents.Rate), 100*float64(c1)/float64(e1), 1e-12) {
			t.Errorf("rate at %s does not follow: %+v", toCode, r)
		}
		if after.Placed != before.Placed || after.Events != before.Events {
			t.Errorf("totals changed: %+v → %+v", before.Placed, after.Placed)
		}
	}
}

// Places as ACLED gives them (names, coordinates, no UBIGEO) find their
// province by name, then by point.
func TestProvinceOf(t *testing.T) {
	lat, lon := -15.4839, -70.1333 // Juliaca
	for _, c := range []struct {
		p         rastro.Place
		code, how string
	}{
		{rastro.Place{Ubigeo: "211101"}, "211100", ByUbigeo},
		{rastro.Place{Name: "Lima", Admin1: "Lima", Admin2: "Lima"}, "150100", ByName},
		{rastro.Place{Name: "Juliaca", Admin1: "Puno", Admin2: "San Roman"}, "211100", ByName},
		{rastro.Place{Name: "somewhere", Latitude: &lat, Longitude: &lon}, "211100", ByPoint},
		{rastro.Place{Name: "nowhere"}, "", ""},
	} {
		code, how := ProvinceOf(&c.p)
		if code != c.code || how != c.how {
			t.Errorf("%+v: %s by %s, want %s by %s", c.p, code, how, c.code, c.how)
		}
	}
	// An incident whose province cannot be told is left out and counted.
	b := demoBundle(t)
	b.Places = append(b.Places, &rastro.Place{Record: rastro.Record{ID: 999}, Name: "unknown"})
	b.Incidents[0].PlaceID = 999
	rep, err := Analyze(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rep.Unplaced.Incidents, []int64{b.Incidents[0].ID}) || len(rep.Unplaced.Casualties) == 0 ||
		rep.Placed.Casualties+len(rep.Unplaced.Casualties) != 52 {
		t.Errorf("unplaced: %+v", rep.Unplaced)
	}
}

func TestRateRatioEdges(t *testing.T) {
	if rr, lo, hi, p := RateRatio(0, 10, 0, 10); !isNaN(rr) || !isNaN(lo) || !isNaN(hi) || p != 1 {
		t.Errorf("nothing to compare: %v %v %v %v", rr, lo, hi, p)
	}
	if rr, lo, _, _ := RateRatio(0, 10, 5, 10); rr != 0 || lo != 0 {
		t.Errorf("none in A: %v %v", rr, lo)
	}
	if lo, hi := Garwood(0); lo != 0 || !near(hi, 3.6888794541139354, 1e-9) {
		t.Errorf("Garwood(0) = %v, %v", lo, hi)
	}
}

func isNaN(n Num) bool { return n != n }

func FuzzReadTable(f *testing.F) {
	f.Add("ubigeo,casualties,exposure,share10,poverty10\n010100,1,2,3.5,2.2\n")
	f.Add("ubigeo,casualties,exposure,share10,poverty10\n010100,x,2,3.5,2.2\n")
	f.Add("ubigeo,casualties\n")
	f.Fuzz(func(t *testing.T, s string) {
		tab, err := ReadTable(strings.NewReader(s), "t.csv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "t.csv") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		if n := len(tab.Ubigeo); len(tab.Casualties) != n || len(tab.Exposure) != n || len(tab.Share) != n || len(tab.Poverty) != n {
			t.Errorf("ragged table: %+v", tab)
		}
		Fit(tab) // must not panic on any table
	})
}

func FuzzParseCensus(f *testing.F) {
	f.Add(string(censusCSV[:2000]))
	f.Add("level,ubigeo,name,respondents_12plus,quechua,aymara,amazonian_indigenous,other_indigenous\nprovince,010100,X,10,1,1,1,1\n")
	f.Fuzz(func(t *testing.T, s string) {
		areas, err := parseCensus(strings.NewReader(s), "c.csv")
		if err != nil {
			return
		}
		for _, a := range areas {
			if a.Share < 0 || a.Share > 1 || len(a.Ubigeo) != 6 {
				t.Errorf("bad area accepted: %+v", a)
			}
		}
	})
}
