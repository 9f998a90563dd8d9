package sqldb_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
)

// world is one record of every type, linked as a case file links them.
type world struct {
	source      *rastro.Source
	content     []byte
	claim       *rastro.Claim
	place       *rastro.Place
	victim      *rastro.Person
	agent       *rastro.Person
	unit        *rastro.Unit
	parent      *rastro.Unit
	relation    *rastro.UnitRelation
	posting     *rastro.Posting
	incident    *rastro.Incident
	act         *rastro.Act
	involvement *rastro.Involvement
	deployment  *rastro.Deployment
	discharge   *rastro.DischargeRecord
}

// tick makes db.Now advance one second per transaction, so timestamps are
// distinct and predictable.
func tick(db *sqldb.DB) {
	var mu sync.Mutex
	t := time.Date(2023, 5, 25, 12, 0, 0, 123456000, time.UTC)
	db.Now = func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Second)
		return t
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// wantCode fails unless err carries the application error code, and the
// message contains every fragment.
func wantCode(t testing.TB, err error, code string, fragments ...string) {
	t.Helper()
	if got := rastro.ErrorCode(err); got != code {
		t.Fatalf("error %v: code %q, want %q", err, got, code)
	}
	for _, f := range fragments {
		if !strings.Contains(rastro.ErrorMessage(err), f) {
			t.Fatalf("error %q does not mention %q", rastro.ErrorMessage(err), f)
		}
	}
}

func ptr[T any](v T) *T { return &v }

func cite(src int64, field, quote string) rastro.Assertion {
	return rastro.Assertion{
		Confidence: rastro.ConfidenceHigh,
		Status:     rastro.StatusAccepted,
		Citations: []rastro.Citation{
			{SourceID: src, Field: field, Page: 2, Paragraph: 3, Start: 10, End: 42, Quote: quote, Note: "n"},
			{SourceID: src, Paragraph: 1},
		},
	}
}

func newWorld(t testing.TB, db *sqldb.DB) *world {
	t.Helper()
	ctx := ownerCtx()
	w := &world{content: []byte("<html>Perú: represión letal en Juliaca</html>")}
	w.source = &rastro.Source{Kind: rastro.SourceNews, Title: "Perú: represión letal", Publisher: "Diario", URL: "https://example.org/a",
		Published: rastro.MustDate("2023-05-25"), Language: "es", MediaType: "text/html", Text: "Represión letal en Juliaca y Ayacucho.",
		Summary: "our summary", Pages: []int{0, 20}}
	created, err := db.Sources().CreateWithContent(ctx, w.source, w.content)
	must(t, err)
	if !created {
		t.Fatal("first CreateWithContent did not create")
	}
	w.claim = &rastro.Claim{SourceID: w.source.ID, Kind: rastro.ClaimCount, Start: 0, End: 8, Text: "Represión", Summary: "a count",
		Data: []byte(`{"n":15}`), Status: rastro.ClaimPending, Note: "check"}
	must(t, db.Claims().Create(ctx, w.claim))
	w.place = &rastro.Place{Assertion: cite(w.source.ID, "name", "Juliaca"), Name: "Juliaca", Ubigeo: "211101", Country: "PE",
		Admin1: "Puno", Admin2: "San Román", Admin3: "Juliaca", Latitude: ptr(-15.5), Longitude: ptr(-70.13), GeoPrecision: 1}
	must(t, db.Places().Create(ctx, w.place))
	w.victim = &rastro.Person{Assertion: cite(w.source.ID, "", ""), Name: "José Quispe", Aliases: []string{"Pepe"}, Sex: rastro.SexMale,
		Age: ptr(17), BirthDate: rastro.MustDate("2005"), Minor: rastro.Yes, Ethnicity: "Aymara", Indigenous: "Aymara",
		Occupation: "student", HomePlaceID: w.place.ID, Protected: true, Contact: "+51 999", Notes: "n"}
	must(t, db.Persons().Create(ctx, w.victim))
	w.agent = &rastro.Person{Name: "unidentified agent 1", Sex: rastro.SexMale}
	must(t, db.Persons().Create(ctx, w.agent))
	w.parent = &rastro.Unit{Name: "Policía Nacional del Perú", Aliases: []string{"PNP"}, Force: rastro.ForcePolice, Country: "PE"}
	must(t, db.Units().Create(ctx, w.parent))
	w.unit = &rastro.Unit{Assertion: cite(w.source.ID, "name", "DIROES"), Name: "Dirección de Operaciones Especiales", Aliases: []string{"DIROES"}, Force: rastro.ForcePolice, Country: "PE"}
	must(t, db.Units().Create(ctx, w.unit))
	w.relation = &rastro.UnitRelation{Assertion: cite(w.source.ID, "", ""), UnitID: w.unit.ID, ParentID: w.parent.ID, Kind: rastro.ChildOf,
		Period: rastro.DateRange{Start: rastro.MustDate("2020-01"), StartExact: false, Open: true}}
	must(t, db.UnitRelations().Create(ctx, w.relation))
	w.posting = &rastro.Posting{Assertion: cite(w.source.ID, "rank", ""), PersonID: w.agent.ID, UnitID: w.unit.ID, Role: rastro.PostCommander,
		Rank: "Coronel PNP", Title: "Director", Period: rastro.DateRange{Start: rastro.MustDate("2022-12-01"), StartExact: true, End: rastro.MustDate("2023-02"), EndExact: false}}
	must(t, db.Postings().Create(ctx, w.posting))
	w.incident = &rastro.Incident{Assertion: cite(w.source.ID, "title", "Juliaca"), Title: "Juliaca airport", Description: "Protesters shot near the airport",
		When: rastro.DateRange{Start: rastro.MustDate("2023-01-09"), StartExact: true}, PlaceID: w.place.ID, DisorderType: "Political violence",
		EventType: "Protests", SubEventType: "Excessive force against protesters", WarningGiven: rastro.No, LessLethalFirst: rastro.Yes,
		ReportedFatalities: 17, External: map[string]string{"event_id_cnty": "PER1234"}}
	must(t, db.Incidents().Create(ctx, w.incident))
	w.act = &rastro.Act{Assertion: cite(w.source.ID, "munition", "bala"), IncidentID: w.incident.ID, VictimID: w.victim.ID, Type: rastro.ActKilled,
		Date: rastro.MustDate("2023-01-09"), WoundRegions: []rastro.BodyRegion{rastro.RegionHead, rastro.RegionChest}, WoundCount: 2,
		EntrySide: rastro.EntryFront, Munition: rastro.MunitionLive, Weapon: "AKM rifle", Calibre: "7.62 mm", Distance: rastro.DistanceMedium,
		Activity: rastro.ActivityObserving, VictimArmed: rastro.No, VictimThreat: rastro.No, AutopsyRef: "NEC-1", Description: "d"}
	must(t, db.Acts().Create(ctx, w.act))
	w.involvement = &rastro.Involvement{Assertion: cite(w.source.ID, "", ""), ActID: w.act.ID, PersonID: w.agent.ID, UnitID: w.unit.ID, Role: rastro.RoleShooter}
	must(t, db.Involvements().Create(ctx, w.involvement))
	w.deployment = &rastro.Deployment{Assertion: cite(w.source.ID, "", ""), UnitID: w.unit.ID, PlaceID: w.place.ID, Area: "Juliaca", IncidentID: w.incident.ID,
		Period: rastro.DateRange{Start: rastro.MustDate("2023-01-07"), End: rastro.MustDate("2023-01-10"), StartExact: true, EndExact: true}}
	must(t, db.Deployments().Create(ctx, w.deployment))
	w.discharge = &rastro.DischargeRecord{Assertion: cite(w.source.ID, "rounds", "4"), UnitID: w.unit.ID, AgentID: w.agent.ID, AgentLabel: "SO2 PNP",
		Weapon: "AKM", Calibre: "7.62 mm", Rounds: 2, Date: rastro.MustDate("2023-01-09"), PlaceID: w.place.ID, IncidentID: w.incident.ID, SourceID: w.source.ID}
	must(t, db.Discharges().Create(ctx, w.discharge))
	return w
}

// ownerCtx acts as the local administrator, who may read protected fields.
func ownerCtx() context.Context {
	return auth.WithActorValue(context.Background(), auth.Actor{Name: "test", Role: auth.RoleAdmin})
}
