package sqldb_test

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

func evidenceStore(t *testing.T, db *sqldb.DB) (*sqldb.EvidenceService, ed25519.PublicKey) {
	_, priv, _ := ed25519.GenerateKey(nil)
	s := custody.NewSigner(priv)
	return sqldb.NewEvidenceService(db, s), s.PublicKey()
}

func sum(i int) string { return fmt.Sprintf("%064x", i) }

func entries(actor string) []*rastro.CustodyEntry {
	return []*rastro.CustodyEntry{
		{Action: rastro.CustodyAcquired, Actor: actor, Note: "received"},
		{Action: rastro.CustodyHashed, Actor: actor},
	}
}

func TestEvidenceRecordsAndCustody(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		svc, pub := evidenceStore(t, db)
		inc := &rastro.Incident{Title: "Juliaca", When: rastro.DateRange{Start: rastro.Date{Year: 2023, Month: 1, Day: 9}}}
		if err := db.Incidents().Create(ctx, inc); err != nil {
			t.Fatal(err)
		}
		act := &rastro.Act{IncidentID: inc.ID, Type: rastro.ActKilled}
		if err := db.Acts().Create(ctx, act); err != nil {
			t.Fatal(err)
		}
		lat := -15.5
		collected := time.Date(2023, 1, 10, 12, 0, 0, 123456789, time.UTC)
		a := &rastro.EvidenceItem{SHA256: sum(1), Size: 10, OriginalName: "clip.mp4", MediaType: "video/mp4", ActID: act.ID,
			Labels: []rastro.Label{rastro.LabelGraphicViolence}, Metadata: rastro.MediaMetadata{Latitude: &lat, PHashes: []string{"00ff00ff00ff00ff"}},
			CollectedAt: &collected, CollectedBy: "field team", SourceURL: "https://example.org/v"}
		if err := svc.CreateEvidence(ctx, a, entries("ana")); err != nil {
			t.Fatal(err)
		}
		if a.ID == 0 || a.IncidentID != inc.ID {
			t.Fatalf("created item %d linked to incident %d, want the act's incident %d", a.ID, a.IncidentID, inc.ID)
		}
		got, err := svc.FindEvidence(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.SHA256 != a.SHA256 || got.Metadata.Latitude == nil || *got.Metadata.Latitude != lat || !got.HasLabel(rastro.LabelGraphicViolence) ||
			got.CollectedAt == nil || !got.CollectedAt.Equal(collected.Truncate(time.Microsecond)) || got.Version != 1 {
			t.Fatalf("found %+v", got)
		}
		b := &rastro.EvidenceItem{SHA256: sum(2), Size: 3, OriginalName: "photo.jpg", MediaType: "image/jpeg", IncidentID: inc.ID, DerivedFrom: a.ID}
		if err := svc.CreateEvidence(ctx, b, append(entries("ben"), &rastro.CustodyEntry{Action: rastro.CustodyDerived, Actor: "ben"})); err != nil {
			t.Fatal(err)
		}
		// Same bytes again: a conflict naming the held item; nothing stored.
		dup := &rastro.EvidenceItem{SHA256: sum(1), Size: 10, OriginalName: "copy.mp4", MediaType: "video/mp4"}
		if err := svc.CreateEvidence(ctx, dup, entries("ana")); rastro.ErrorCode(err) != rastro.ECONFLICT || !strings.Contains(rastro.ErrorMessage(err), fmt.Sprint(a.ID)) {
			t.Fatalf("duplicate: %v", err)
		}
		// A link to a missing record: EINVALID, nothing stored.
		bad := &rastro.EvidenceItem{SHA256: sum(3), Size: 1, OriginalName: "x.txt", MediaType: "text/plain", IncidentID: 999}
		if err := svc.CreateEvidence(ctx, bad, entries("ana")); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("missing incident: %v", err)
		}
		bad = &rastro.EvidenceItem{SHA256: sum(3), Size: 1, OriginalName: "x.txt", MediaType: "text/plain", ActID: act.ID, IncidentID: inc.ID + 1}
		if err := svc.CreateEvidence(ctx, bad, entries("ana")); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("act of another incident: %v", err)
		}
		if _, n, _ := svc.ListEvidence(ctx, rastro.EvidenceFilter{}); n != 2 {
			t.Fatalf("%d items after failed creates, want 2", n)
		}
		if _, err := svc.FindEvidence(ctx, 999); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Fatalf("find missing: %v", err)
		}
		for name, f := range map[string]rastro.EvidenceFilter{
			"incident": {IncidentID: &inc.ID}, "act": {ActID: &act.ID}, "sha": {SHA256: &b.SHA256},
		} {
			items, n, err := svc.ListEvidence(ctx, f)
			want := map[string]int{"incident": 2, "act": 1, "sha": 1}[name]
			if err != nil || n != want || len(items) != want {
				t.Errorf("filter %s: %d items (%d), %v; want %d", name, len(items), n, err, want)
			}
		}

		if page, n, err := svc.ListEvidence(ctx, rastro.EvidenceFilter{Offset: 1, Limit: 1}); err != nil || n != 2 || len(page) != 1 || page[0].ID != b.ID {
			t.Fatalf("second page: %v (%d of %d), %v", page, len(page), n, err)
		}
		if err := svc.SetLabels(ctx, b.ID, []rastro.Label{rastro.LabelMinor}, &rastro.CustodyEntry{Actor: "ben", Note: "child visible"}); err != nil {
			t.Fatal(err)
		}
		if got, _ := svc.FindEvidence(ctx, b.ID); !got.HasLabel(rastro.LabelMinor) || got.Version != 2 {
			t.Fatalf("after SetLabels: %+v", got)
		}
		if err := svc.SetLabels(ctx, b.ID, []rastro.Label{"secret"}, &rastro.CustodyEntry{Actor: "ben"}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("unknown label: %v", err)
		}
		if err := svc.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: 999, Action: rastro.CustodyViewed, Actor: "ana"}); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Fatalf("append to missing item: %v", err)
		}
		if err := svc.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: a.ID, Action: rastro.CustodyTransferred, Actor: "ana", Note: "to the prosecutor"}); err != nil {
			t.Fatal(err)
		}
		log, err := svc.ListCustody(ctx, rastro.CustodyFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(log) != 7 {
			t.Fatalf("%d entries, want 7", len(log))
		}
		if ps := custody.Chain(log, pub, true); len(ps) != 0 {
			t.Fatalf("chain problems: %v", ps)
		}
		mine, _ := svc.ListCustody(ctx, rastro.CustodyFilter{ItemID: &a.ID})
		if len(mine) != 3 || mine[2].Action != rastro.CustodyTransferred || mine[0].ItemSHA256 != a.SHA256 {
			t.Fatalf("item a's entries: %+v", mine)
		}
	})
}

// TestCustodyIsAppendOnly: the database itself refuses to change or remove
// custody entries and evidence content, whatever the code does.
func TestCustodyIsAppendOnly(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		svc, _ := evidenceStore(t, db)
		it := &rastro.EvidenceItem{SHA256: sum(7), Size: 1, OriginalName: "a", MediaType: "text/plain"}
		if err := svc.CreateEvidence(ctx, it, entries("ana")); err != nil {
			t.Fatal(err)
		}
		refused := []string{
			`UPDATE custody_entries SET note = 'changed' WHERE seq = 1`,
			`UPDATE custody_entries SET actor = actor`,
			`DELETE FROM custody_entries WHERE seq = 2`,
			`DELETE FROM custody_entries`,
			`UPDATE evidence_items SET sha256 = '` + sum(8) + `'`,
			`UPDATE evidence_items SET size = 2`,
			`DELETE FROM evidence_items`,
		}
		if db.Dialect() == sqldb.Postgres {
			refused = append(refused, `TRUNCATE custody_entries`, `TRUNCATE evidence_items CASCADE`)
		}
		for _, q := range refused {
			err := db.Update(ctx, func(tx *sqldb.Tx) error { _, err := tx.Exec(ctx, q); return err })
			if err == nil {
				t.Errorf("%s was allowed", q)
			}
		}
		log, _ := svc.ListCustody(ctx, rastro.CustodyFilter{})
		if len(log) != 2 || log[0].Note != "received" {
			t.Fatalf("log changed: %+v", log)
		}
		// Labels and links may change (with an annotated entry).
		err := db.Update(ctx, func(tx *sqldb.Tx) error {
			_, err := tx.Exec(ctx, `UPDATE evidence_items SET labels = '["minor"]'`)
			return err
		})
		if err != nil {
			t.Fatalf("label update refused: %v", err)
		}
	})
}

// TestConcurrentAppends: appends from many goroutines still form one chain.
func TestConcurrentAppends(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		svc, pub := evidenceStore(t, db)
		var ids []int64
		for i := range 4 {
			it := &rastro.EvidenceItem{SHA256: sum(100 + i), Size: 1, OriginalName: "f", MediaType: "text/plain"}
			if err := svc.CreateEvidence(ctx, it, entries("ana")); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, it.ID)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 40)
		for i := range 40 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs <- svc.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: ids[i%4], Action: rastro.CustodyViewed, Actor: "ana"})
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		log, _ := svc.ListCustody(ctx, rastro.CustodyFilter{})
		if len(log) != 48 {
			t.Fatalf("%d entries, want 48", len(log))
		}
		if ps := custody.Chain(log, pub, true); len(ps) != 0 {
			t.Fatalf("chain problems: %v", ps)
		}
	})
}
