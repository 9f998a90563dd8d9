package sqldb_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

func TestClaimReview(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		text := "Title line\nLIMA.- At least 15 people were killed in Juliaca.\nSecond page: 4 rounds fired."
		src := &rastro.Source{Kind: rastro.SourceNews, Title: "T", Text: text, Pages: []int{0, strings.Index(text, "Second")}}
		if _, err := db.Sources().CreateWithContent(ctx, src, []byte(text)); err != nil {
			t.Fatal(err)
		}
		claim := func(kind rastro.ClaimKind, words string) *rastro.Claim {
			start := strings.Index(text, words)
			c := &rastro.Claim{SourceID: src.ID, Kind: kind, Start: start, End: start + len(words), Text: words, Summary: words, Status: rastro.ClaimPending}
			if err := db.Claims().Create(ctx, c); err != nil {
				t.Fatal(err)
			}
			return c
		}
		count := claim(rastro.ClaimCount, "At least 15 people were killed")
		place := claim(rastro.ClaimPlace, "Juliaca")
		shots := claim(rastro.ClaimDischarge, "4 rounds fired")
		junk := claim(rastro.ClaimCount, "Title")

		// Accept the count into a new incident: the citation carries span, words, paragraph.
		inc := &rastro.Incident{Title: "Juliaca", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}, ReportedFatalities: 15}
		got, err := db.AcceptClaim(ctx, count.ID, "reported_fatalities", inc)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != rastro.ClaimAccepted || got.RecordType != "incident" || got.RecordID != inc.ID || got.Version != 2 {
			t.Errorf("accepted claim %+v", got)
		}
		stored, err := db.Incidents().Find(ctx, inc.ID)
		if err != nil {
			t.Fatal(err)
		}
		c := stored.Citations
		if len(c) != 1 || c[0].SourceID != src.ID || c[0].Start != count.Start || c[0].End != count.End || c[0].Quote != count.Text || c[0].Paragraph != 2 || c[0].Page != 1 || c[0].Field != "reported_fatalities" {
			t.Errorf("citation %+v", c)
		}
		// Deciding twice is a conflict.
		if _, err := db.RejectClaim(ctx, count.ID, "dup"); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Errorf("second decision: %v", err)
		}

		// An invalid record writes nothing and leaves the claim pending.
		if _, err := db.AcceptClaim(ctx, shots.ID, "", &rastro.DischargeRecord{Rounds: 4}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("discharge without a date: %v", err)
		}
		if c, _ := db.Claims().Find(ctx, shots.ID); c.Status != rastro.ClaimPending || c.Version != 1 {
			t.Errorf("claim changed by a failed accept: %+v", c)
		}
		d := &rastro.DischargeRecord{Rounds: 4, Calibre: "7.62", Date: rastro.MustDate("2023-01-09")}
		if _, err := db.AcceptClaim(ctx, shots.ID, "", d); err != nil {
			t.Fatal(err)
		}
		if d2, _ := db.Discharges().Find(ctx, d.ID); len(d2.Citations) != 1 || d2.Citations[0].Page != 2 {
			t.Errorf("discharge citations %+v", d2.Citations)
		}

		// Link the place claim to an existing place; accept into an existing incident.
		p := &rastro.Place{Name: "Juliaca", Ubigeo: "211101"}
		if err := db.Places().Create(ctx, p); err != nil {
			t.Fatal(err)
		}
		if _, err := db.LinkClaim(ctx, place.ID, "", sqldb.ClaimTarget{Type: "place", ID: p.ID}); err != nil {
			t.Fatal(err)
		}
		if p2, _ := db.Places().Find(ctx, p.ID); p2.Version != 2 || len(p2.Citations) != 1 || p2.Citations[0].Quote != "Juliaca" {
			t.Errorf("linked place %+v", p2)
		}
		if _, err := db.LinkClaim(ctx, junk.ID, "", sqldb.ClaimTarget{Type: "place", ID: 9999}); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Errorf("link to a missing place: %v", err)
		}
		if _, err := db.LinkClaim(ctx, junk.ID, "", sqldb.ClaimTarget{Type: "spaceship", ID: 1}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("link to an unknown type: %v", err)
		}
		if _, err := db.RejectClaim(ctx, junk.ID, " "); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("reject without a reason: %v", err)
		}
		r, err := db.RejectClaim(ctx, junk.ID, "the headline, not a count")
		if err != nil || r.Status != rastro.ClaimRejected || r.Note != "the headline, not a count" {
			t.Errorf("rejected %+v, %v", r, err)
		}
	})
}

func TestClaimAcceptInto(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		text := "49 protesters killed"
		src := &rastro.Source{Kind: rastro.SourceNews, Title: "T", Text: text}
		if _, err := db.Sources().CreateWithContent(ctx, src, []byte(text)); err != nil {
			t.Fatal(err)
		}
		c := &rastro.Claim{SourceID: src.ID, Kind: rastro.ClaimCount, End: len(text), Text: text, Status: rastro.ClaimPending}
		if err := db.Claims().Create(ctx, c); err != nil {
			t.Fatal(err)
		}
		inc := &rastro.Incident{Title: "Protests", When: rastro.DateRange{Start: rastro.MustDate("2022-12")}}
		if err := db.Incidents().Create(ctx, inc); err != nil {
			t.Fatal(err)
		}
		_, err := db.AcceptClaimInto(ctx, c.ID, "reported_fatalities", sqldb.ClaimTarget{Type: "incident", ID: inc.ID, Apply: func(r any) error {
			r.(*rastro.Incident).ReportedFatalities = 49
			return nil
		}})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := db.Incidents().Find(ctx, inc.ID)
		if got.ReportedFatalities != 49 || len(got.Citations) != 1 || got.Citations[0].Paragraph != 1 {
			t.Errorf("incident %+v", got)
		}
	})
}

func TestCreateSourceWithClaims(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		text := "Tres muertos en Puno."
		claims := func() []*rastro.Claim {
			return []*rastro.Claim{
				{Kind: rastro.ClaimCount, Start: 0, End: 11, Text: "Tres muertos", Status: rastro.ClaimPending, Data: []byte(`{"figure": 3}`)},
				{Kind: rastro.ClaimPlace, Start: 16, End: 20, Text: "Puno", Status: rastro.ClaimPending},
			}
		}
		// A bad claim: nothing at all is stored.
		bad := claims()
		bad[1].Kind = "rumour"
		src := &rastro.Source{Kind: rastro.SourceNews, Title: "T", Text: text}
		if _, _, err := db.CreateSourceWithClaims(ctx, src, []byte(text), bad); rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), "claim 2 of 2") {
			t.Fatalf("bad claim: %v", err)
		}
		if _, n, _ := db.Sources().List(ctx, rastro.SourceFilter{}); n != 0 {
			t.Fatalf("%d sources after a failed ingest", n)
		}
		src = &rastro.Source{Kind: rastro.SourceNews, Title: "T", Text: text}
		created, stored, err := db.CreateSourceWithClaims(ctx, src, []byte(text), claims())
		if err != nil || !created || len(stored) != 2 || stored[0].SourceID != src.ID || stored[1].ID == 0 || src.SHA256 == "" {
			t.Fatalf("created %v, %+v, %v", created, stored, err)
		}
		again := &rastro.Source{Kind: rastro.SourceNews, Title: "other title", Text: text}
		created, stored, err = db.CreateSourceWithClaims(ctx, again, []byte(text), claims())
		if err != nil || created || again.ID != src.ID || again.Title != "T" || len(stored) != 2 {
			t.Fatalf("second time: created %v, source %+v, %d claims, %v", created, again, len(stored), err)
		}
		if _, n, _ := db.Claims().List(ctx, rastro.ClaimFilter{}); n != 2 {
			t.Errorf("%d claims stored", n)
		}
	})
}
