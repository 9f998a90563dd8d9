package reconcile

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/demo"
)

func demoReport(t *testing.T) (*Report, *rastro.Bundle) {
	t.Helper()
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	return Reconcile(b), b
}

func group(r *Report, day string) *Group {
	for i := range r.Groups {
		if r.Groups[i].Day == rastro.MustDate(day) {
			return &r.Groups[i]
		}
	}
	return nil
}

func flag(g *Group, code string) *Flag {
	for i := range g.Flags {
		if g.Flags[i].Code == code {
			return &g.Flags[i]
		}
	}
	return nil
}

func TestDemoJuliaca(t *testing.T) {
	rep, _ := demoReport(t)
	g := group(rep, "2023-01-09")
	if g == nil || g.Place != "Juliaca" {
		t.Fatalf("no Juliaca group: %+v", g)
	}
	tot := g.Total
	if tot.Rounds != 4 || tot.Agents != 2 || len(tot.Reports) != 2 || tot.GunshotKilled < 15 {
		t.Errorf("Juliaca: %d rounds, %d agents, %d reports, %d killed by live ammunition", tot.Rounds, tot.Agents, len(tot.Reports), tot.GunshotKilled)
	}
	if len(tot.ByCalibre) != 1 || tot.ByCalibre[0].Rounds != 4 || tot.ByCalibre[0].Calibre != "7.62 mm" || tot.ByCalibre[0].Weapon != "AKM rifle" {
		t.Errorf("by calibre %+v", tot.ByCalibre)
	}
	f := flag(g, RoundsBelowCasualties)
	if f == nil || !strings.Contains(f.Message, "4 rounds reported by 2 agents") || !strings.Contains(f.Message, "15 killed") {
		t.Fatalf("flag %+v", f)
	}
	if c := flag(g, CalibreNotReported); c == nil || !strings.Contains(c.Message, "calibre 9 ") {
		t.Errorf("the 9 mm round is not flagged: %+v", g.Flags)
	}
	if flag(g, NoShooterOrAmmunition) == nil {
		t.Error("victims with neither shooter nor calibre are not flagged")
	}
	// The DIROES line holds the reports and the casualties its involvements name.
	var diroes *UnitLine
	for i := range g.Units {
		if strings.Contains(g.Units[i].Name, "Operaciones Especiales") {
			diroes = &g.Units[i]
		}
	}
	if diroes == nil || diroes.Rounds != 4 || diroes.GunshotKilled != 15 {
		t.Errorf("DIROES line %+v", diroes)
	}
}

func TestDemoOtherIncidents(t *testing.T) {
	rep, _ := demoReport(t)
	// Ayacucho: army fire, no discharge record at all; the 5.56 rounds
	// recovered are in no report.
	g := group(rep, "2022-12-15")
	if g == nil || flag(g, NoDischargeRecord) == nil || flag(g, CalibreNotReported) == nil {
		t.Fatalf("Ayacucho: %+v", g)
	}
	if flag(g, NoShooterOrAmmunition) != nil {
		t.Error("Ayacucho names a shooting unit; it must not be flagged for no shooter")
	}
	if len(rep.Groups) != 5 || rep.Flagged != 5 {
		t.Errorf("%d groups, %d flagged", len(rep.Groups), rep.Flagged)
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "FLAG rounds_below_casualties: 4 rounds reported by 2 agents") || !strings.Contains(out.String(), "Cannot show") {
		t.Errorf("text:\n%s", out.String())
	}
}

func TestReportsWithoutIncidentAndEnoughRounds(t *testing.T) {
	b := &rastro.Bundle{
		Places:    []*rastro.Place{{Record: rastro.Record{ID: 1}, Name: "P"}},
		Incidents: []*rastro.Incident{{Record: rastro.Record{ID: 1}, Title: "T", PlaceID: 1, When: rastro.DateRange{Start: rastro.MustDate("2023-01-02"), StartExact: true, End: rastro.MustDate("2023-01-02"), EndExact: true}}},
		Acts: []*rastro.Act{
			{Record: rastro.Record{ID: 1}, IncidentID: 1, Type: rastro.ActInjured, Munition: rastro.MunitionLive, Calibre: "7,62mm"},
		},
		Discharges: []*rastro.DischargeRecord{
			// Not tied to the incident: matched by place and day.
			{Record: rastro.Record{ID: 1}, AgentLabel: "agent X", Calibre: "7.62 mm", Weapon: "AKM", Rounds: 3, Date: rastro.MustDate("2023-01-02"), PlaceID: 1},
		},
	}
	rep := Reconcile(b)
	if len(rep.Groups) != 1 || rep.Flagged != 0 || rep.Groups[0].IncidentID != 1 {
		t.Errorf("%+v", rep)
	}
}

func TestNormCalibre(t *testing.T) {
	for in, want := range map[string]string{"7.62 mm": "7.62", "7,62mm": "7.62", "cal. 5.56x45": "5.56", "9 mm": "9", "": "", "Buckshot": "buckshot"} {
		if got := normCalibre(in); got != want {
			t.Errorf("normCalibre(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReportMatchingTwoIncidentsStaysUnassigned(t *testing.T) {
	day := rastro.DateRange{Start: rastro.MustDate("2023-01-02"), StartExact: true, End: rastro.MustDate("2023-01-02"), EndExact: true}
	b := &rastro.Bundle{
		Places: []*rastro.Place{{Record: rastro.Record{ID: 1}, Name: "P"}},
		Incidents: []*rastro.Incident{
			{Record: rastro.Record{ID: 1}, Title: "morning", PlaceID: 1, When: day},
			{Record: rastro.Record{ID: 2}, Title: "evening", PlaceID: 1, When: day},
		},
		Discharges: []*rastro.DischargeRecord{{Record: rastro.Record{ID: 1}, Rounds: 2, Date: rastro.MustDate("2023-01-02"), PlaceID: 1}},
	}
	rep := Reconcile(b)
	if len(rep.Groups) != 1 || rep.Groups[0].IncidentID != 0 || rep.Groups[0].Total.Rounds != 2 || rep.Groups[0].Place != "P" {
		t.Errorf("%+v", rep.Groups)
	}
}

// TestSentences checks that every flag code reads in each language from its
// facts, and that the English sentence is the flag's Message.
func TestSentences(t *testing.T) {
	facts := FlagFacts{Rounds: 3, Agents: 2, Casualties: 17, Killed: 10, Injured: 7, Calibre: "7.62", Victims: 4}
	for _, code := range []string{RoundsBelowCasualties, NoDischargeRecord, CalibreNotReported, NoShooterOrAmmunition} {
		f := newFlag(code, facts, nil)
		if f.Message != f.Sentence("en") || f.Message == "" {
			t.Errorf("%s: message %q", code, f.Message)
		}
		es := f.Sentence("es")
		if es == f.Message || !strings.Contains(es, "víctima") {
			t.Errorf("%s: Spanish sentence %q", code, es)
		}
		for _, lang := range []string{"en", "es"} {
			if sentences[lang][code] == nil {
				t.Errorf("%s: no %s sentence", code, lang)
			}
		}
	}
	if got := (Flag{Code: "no_such_flag"}).Sentence("es"); got != "no such flag" {
		t.Errorf("unknown code: %q", got)
	}
}
