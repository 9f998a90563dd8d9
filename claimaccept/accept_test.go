package claimaccept

import (
	"context"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// claims stores a source and one pending claim per kind/data pair.
func claims(t *testing.T, db *sqldb.DB, data ...[2]string) []int64 {
	t.Helper()
	ctx := context.Background()
	src := &rastro.Source{Kind: rastro.SourceNews, Title: "Article", Publisher: "Daily", Text: strings.Repeat("word ", 40)}
	if err := db.Sources().Create(ctx, src); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i, d := range data {
		c := &rastro.Claim{SourceID: src.ID, Kind: rastro.ClaimKind(d[0]), Start: i * 5, End: i*5 + 4, Text: "word",
			Summary: d[0] + " claim", Status: rastro.ClaimPending, Data: []byte(d[1])}
		if err := db.Claims().Create(ctx, c); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	return ids
}

func TestAcceptByKind(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		ids := claims(t, db,
			[2]string{"count", `{"figure":18,"category":"killed"}`},
			[2]string{"count", `{"figure":3,"category":"injured","date":"2023-01-09"}`},
			[2]string{"place", `{"name":"Juliaca","ubigeo":"211101","level":"district","country":"PE"}`},
			[2]string{"actor", `{"name":"Policía Nacional del Perú","acronym":"PNP","type":"police"}`},
			[2]string{"actor", `{"name":"Policía Nacional del Perú","type":"police"}`},
			[2]string{"discharge", `{"rounds":4,"calibre":"7.62","agent_label":"two agents"}`},
			[2]string{"wound", `{"region":"head","term":"cabeza","body_region":"head"}`},
			[2]string{"quotation", `{}`},
		)
		// A count with no date of its own needs one, and says so without
		// naming a command-line flag.
		_, err := Accept(ctx, db, ids[0], Decision{})
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), "give the date") || strings.Contains(err.Error(), "--") {
			t.Fatalf("count without date: %v", err)
		}
		c, err := Accept(ctx, db, ids[0], Decision{Date: "2023-01-09", Title: "Juliaca airport", Confidence: "medium"})
		if err != nil || c.Status != rastro.ClaimAccepted || c.RecordType != "incident" {
			t.Fatalf("count into a new incident: %+v %v", c, err)
		}
		inc, err := db.Incidents().Find(ctx, c.RecordID)
		if err != nil || inc.ReportedFatalities != 18 || inc.Title != "Juliaca airport" || inc.When.Start.String() != "2023-01-09" || len(inc.Citations) != 1 {
			t.Fatalf("new incident %+v %v", inc, err)
		}
		// Injuries go into the existing incident's description.
		c, err = Accept(ctx, db, ids[1], Decision{TargetType: "incident", TargetID: inc.ID})
		if err != nil || c.RecordID != inc.ID {
			t.Fatalf("count into incident: %+v %v", c, err)
		}
		inc, _ = db.Incidents().Find(ctx, inc.ID)
		if !strings.Contains(inc.Description, "count claim") || inc.ReportedFatalities != 18 {
			t.Errorf("incident after the injuries: %+v", inc)
		}
		// A place takes the gazetteer's reading; the same UBIGEO twice is refused.
		c, err = Accept(ctx, db, ids[2], Decision{})
		if err != nil || c.RecordType != "place" {
			t.Fatalf("place: %+v %v", c, err)
		}
		p, _ := db.Places().Find(ctx, c.RecordID)
		if p.Ubigeo != "211101" || p.Admin1 == "" {
			t.Errorf("place %+v", p)
		}
		// An actor that is a force becomes a unit, once.
		c, err = Accept(ctx, db, ids[3], Decision{})
		if err != nil || c.RecordType != "unit" {
			t.Fatalf("actor: %+v %v", c, err)
		}
		u, _ := db.Units().Find(ctx, c.RecordID)
		if u.Force != rastro.ForcePolice || len(u.Aliases) != 1 || u.Aliases[0] != "PNP" {
			t.Errorf("unit %+v", u)
		}
		if _, err := Accept(ctx, db, ids[4], Decision{}); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Errorf("the same unit twice: %v", err)
		}
		// A discharge report names its incident; a wound goes onto an act.
		c, err = Accept(ctx, db, ids[5], Decision{TargetType: "incident", TargetID: inc.ID, Date: "2023-01-09", UnitID: u.ID})
		if err != nil || c.RecordType != "discharge" {
			t.Fatalf("discharge: %+v %v", c, err)
		}
		dr, _ := db.Discharges().Find(ctx, c.RecordID)
		if dr.IncidentID != inc.ID || dr.UnitID != u.ID || dr.Rounds != 4 {
			t.Errorf("discharge record %+v", dr)
		}
		if _, err := Accept(ctx, db, ids[6], Decision{}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("wound without act: %v", err)
		}
		act := &rastro.Act{IncidentID: inc.ID, Type: rastro.ActInjured}
		if err := db.Acts().Create(ctx, act); err != nil {
			t.Fatal(err)
		}
		if _, err := Accept(ctx, db, ids[6], Decision{TargetType: "act", TargetID: act.ID}); err != nil {
			t.Fatal(err)
		}
		act, _ = db.Acts().Find(ctx, act.ID)
		if len(act.WoundRegions) != 1 || act.WoundRegions[0] != "head" {
			t.Errorf("act after the wound: %+v", act)
		}
		// Other kinds are linked, and a link needs its record.
		if _, err := Accept(ctx, db, ids[7], Decision{}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("accepting a quotation: %v", err)
		}
		if _, err := Link(ctx, db, ids[7], Decision{}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("link without record: %v", err)
		}
		if _, err := Link(ctx, db, ids[7], Decision{TargetType: "village", TargetID: 1}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("link to an unknown type: %v", err)
		}
		c, err = Link(ctx, db, ids[7], Decision{TargetType: "place", TargetID: p.ID})
		if err != nil || c.Status != rastro.ClaimLinked {
			t.Errorf("link: %+v %v", c, err)
		}
	})
}

// A place named four times is one decision: the first claim becomes the
// place, the others cite it. A count's proposal names that place and,
// once an incident is there on the day, the incident.
func TestGroupAndPropose(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		juliaca := `{"name":"Juliaca","ubigeo":"211101","level":"district","country":"PE"}`
		ids := claims(t, db, [2]string{"place", juliaca}, [2]string{"place", juliaca}, [2]string{"place", juliaca},
			[2]string{"count", `{"figure":15,"category":"killed","date":"2023-01-09","places":[{"name":"Juliaca","ubigeo":"211101"}]}`},
			[2]string{"count", `{"figure":3,"category":"injured","date":"2023-01-09","places":[{"name":"Juliaca","ubigeo":"211101"}]}`},
			[2]string{"count", `{"figure":5,"category":"injured","places":[{"name":"Juliaca"},{"name":"Puno"}]}`})
		cs := make([]*rastro.Claim, len(ids))
		for i, id := range ids {
			cs[i], _ = db.Claims().Find(ctx, id)
		}
		if GroupKey(cs[0]) != GroupKey(cs[2]) || GroupKey(cs[0]) == GroupKey(cs[3]) {
			t.Fatal("group keys")
		}
		// Before the place exists the count proposes its code; accepting
		// with the code makes the place from the gazetteer.
		p, err := Propose(ctx, db, cs[3])
		if err != nil || p.Date != "2023-01-09" || p.Ubigeo != "211101" || p.PlaceID != 0 || p.IncidentID != 0 {
			t.Fatalf("proposal before the place: %+v %v", p, err)
		}
		done, err := DecideAll(ctx, db, "accept", ids[:3], Decision{})
		if err != nil || len(done) != 3 || done[0].Status != rastro.ClaimAccepted || done[2].Status != rastro.ClaimLinked || done[2].RecordID != done[0].RecordID {
			t.Fatalf("group accept: %+v %v", done, err)
		}
		place := done[0].RecordID
		if pl, _ := db.Places().Find(ctx, place); len(pl.Citations) != 3 {
			t.Errorf("the place cites %d claims, want 3", len(pl.Citations))
		}
		if p, _ := Propose(ctx, db, cs[1]); p.PlaceID != place {
			t.Errorf("a place claim does not propose the stored place: %+v", p)
		}
		p, _ = Propose(ctx, db, cs[3])
		if p.PlaceID != place || p.IncidentID != 0 {
			t.Errorf("proposal with the place: %+v", p)
		}
		c, err := Accept(ctx, db, ids[3], Decision{Date: p.Date, PlaceID: p.PlaceID})
		if err != nil {
			t.Fatal(err)
		}
		p, _ = Propose(ctx, db, cs[4])
		if p.IncidentID != c.RecordID {
			t.Errorf("the count of the same day and place does not propose the incident: %+v", p)
		}
		// Several places: no single place proposed.
		if p, _ := Propose(ctx, db, cs[5]); p.PlaceName != "" || p.Date != "" {
			t.Errorf("proposal over two places: %+v", p)
		}
		if _, err := DecideAll(ctx, db, "shred", ids[4:], Decision{}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("unknown action: %v", err)
		}
		done, err = DecideAll(ctx, db, "reject", ids[4:], Decision{Reason: "counted elsewhere"})
		if err != nil || len(done) != 2 || done[1].Status != rastro.ClaimRejected {
			t.Errorf("group reject: %v", err)
		}
	})
}
