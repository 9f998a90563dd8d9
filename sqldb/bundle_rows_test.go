package sqldb_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// addDecisions gives a world's database what reviewers, record linkage and
// the evidence locker add: a review, an undone and a decided merge, an
// evidence item with a derived copy and their custody log.
func addDecisions(t *testing.T, db *sqldb.DB, w *world) *sqldb.EvidenceService {
	t.Helper()
	ctx := ownerCtx()
	must(t, db.AddReview(ctx, &sqldb.Review{ActID: w.act.ID, Decision: "override", Conclusion: "unlawful", Reviewer: "ana", Reason: "shot in the back", RulesVersion: "1"}))
	m := &sqldb.PersonMerge{PersonA: w.victim.ID, PersonB: w.agent.ID, Weight: 9.5, Reason: "automatic", By: "linkage"}
	must(t, db.MergePersons(ctx, m))
	must(t, db.UndoPersonMerge(ctx, m.ID, "ana"))
	_, _, err := db.RecordLinkage(ctx, nil, []*sqldb.LinkReview{{PersonA: w.victim.ID, PersonB: w.agent.ID, Weight: 2.5, Probability: 0.625, Levels: "given=close"}})
	must(t, err)
	reviews, err := db.LinkReviews(ctx, "")
	must(t, err)
	must(t, db.DecideLinkReview(ctx, reviews[0].ID, sqldb.ReviewMerged, "ben", "same person"))

	svc, _ := evidenceStore(t, db)
	item := &rastro.EvidenceItem{SHA256: sum(1), Size: 3, OriginalName: "clip.mp4", MediaType: "video/mp4", ActID: w.act.ID,
		Labels: []rastro.Label{rastro.LabelGraphicViolence}, Metadata: rastro.MediaMetadata{Width: 640, PHashes: []string{"00ff00ff00ff00ff"}}}
	must(t, svc.CreateEvidence(ctx, item, entries("ana")))
	working := &rastro.EvidenceItem{SHA256: sum(2), Size: 2, OriginalName: "clip-blurred.mp4", MediaType: "video/mp4", DerivedFrom: item.ID}
	must(t, svc.CreateEvidence(ctx, working, []*rastro.CustodyEntry{{Action: rastro.CustodyAcquired, Actor: "ben"}}))
	must(t, svc.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: item.ID, Action: rastro.CustodyViewed, Actor: "ben"}))
	return svc
}

func TestExportImportDecisionsAndEvidence(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		w := newWorld(t, db)
		svc := addDecisions(t, db, w)
		first, firstJSON := exportJSON(t, db)
		if len(first.AssessmentReviews) != 1 || len(first.PersonMerges) != 2 || len(first.LinkReviews) != 1 ||
			len(first.EvidenceItems) != 2 || len(first.CustodyEntries) != 4 {
			t.Fatalf("export: %d reviews, %d merges, %d link reviews, %d items, %d entries", len(first.AssessmentReviews),
				len(first.PersonMerges), len(first.LinkReviews), len(first.EvidenceItems), len(first.CustodyEntries))
		}
		if first.PersonMerges[0].Active() || first.LinkReviews[0].MergeID != first.PersonMerges[1].ID {
			t.Fatalf("merges %+v, link review %+v", first.PersonMerges, first.LinkReviews[0])
		}

		var loaded rastro.Bundle
		must(t, json.Unmarshal(firstJSON, &loaded))
		fresh := sqldbtest.Open(t, db.Dialect())
		must(t, fresh.Import(ctx, &loaded))
		_, secondJSON := exportJSON(t, fresh)
		if !bytes.Equal(firstJSON, secondJSON) {
			t.Fatalf("exports differ after import:\n%s", diffLines(firstJSON, secondJSON))
		}

		// The log is the same log: its chain holds under the key that
		// sealed it, and it goes on from its last entry.
		want, err := svc.ListCustody(ctx, rastro.CustodyFilter{})
		must(t, err)
		freshSvc, pub := evidenceStore(t, fresh)
		got, err := freshSvc.ListCustody(ctx, rastro.CustodyFilter{})
		must(t, err)
		for i := range want {
			if *got[i] != *want[i] {
				t.Fatalf("custody entry %d changed on import:\n%+v\n%+v", i+1, got[i], want[i])
			}
		}
		// An imported log takes appends once its end is adopted as the
		// database's signed head.
		end := want[len(want)-1]
		if err := freshSvc.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: first.EvidenceItems[0].ID, Action: rastro.CustodyViewed, Actor: "carla"}); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Fatalf("append to an imported log without a head: %v", err)
		}
		if ok, err := freshSvc.AdoptCustodyHead(ctx, custody.Head{Seq: end.Seq - 1, Hash: end.Prev}); ok || err != nil {
			t.Fatalf("adopted a head that is not the log's end: %v %v", ok, err)
		}
		if ok, err := freshSvc.AdoptCustodyHead(ctx, custody.Head{Seq: end.Seq, Hash: end.Hash}); !ok || err != nil {
			t.Fatalf("adopt the imported log's end: %v %v", ok, err)
		}
		must(t, freshSvc.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: first.EvidenceItems[0].ID, Action: rastro.CustodyViewed, Actor: "carla"}))
		after, err := freshSvc.ListCustody(ctx, rastro.CustodyFilter{})
		must(t, err)
		last := after[len(after)-1]
		if last.Seq != int64(len(want))+1 || last.Prev != want[len(want)-1].Hash || len(custody.CheckEntry(last, pub)) != 0 {
			t.Fatalf("entry after import: %+v", last)
		}

		// New reviews and merges get IDs after the imported ones.
		r := &sqldb.Review{ActID: w.act.ID, Decision: "sign_off", Conclusion: "unlawful", Reviewer: "carla"}
		must(t, fresh.AddReview(ctx, r))
		if r.ID <= first.AssessmentReviews[0].ID {
			t.Fatalf("new review %d collides with imported %d", r.ID, first.AssessmentReviews[0].ID)
		}
	})
}

// Empty counts decisions and evidence: a database holding only those is
// not empty, so a bundle cannot be imported over them.
func TestEmptyCountsEvidence(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		svc, _ := evidenceStore(t, db)
		must(t, svc.CreateEvidence(ctx, &rastro.EvidenceItem{SHA256: sum(7), Size: 1, OriginalName: "a.jpg", MediaType: "image/jpeg"}, entries("ana")))
		if empty, err := db.Empty(ctx); err != nil || empty {
			t.Fatalf("a database with an evidence item: empty=%v err=%v", empty, err)
		}
	})
}

func TestImportBadDecision(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		addDecisions(t, db, newWorld(t, db))
		good, _ := exportJSON(t, db)
		refuseSpoiled(t, db, good, []spoiled{
			{"review act", func(b *rastro.Bundle) { b.AssessmentReviews[0].ActID = 99 }, []string{"assessment_reviews[0] (id 1)", "act_id", "no such act 99"}},
			{"override reason", func(b *rastro.Bundle) { b.AssessmentReviews[0].Reason = "" }, []string{"assessment_reviews[0]", "needs a reason"}},
			{"merge order", func(b *rastro.Bundle) {
				m := b.PersonMerges[1]
				m.PersonA, m.PersonB = m.PersonB, m.PersonA
			}, []string{"person_merges[1]", "smaller ID"}},
			{"review merge", func(b *rastro.Bundle) { b.LinkReviews[0].MergeID = 77 }, []string{"link_reviews[0]", "merge_id", "no such merge 77"}},
			{"evidence act", func(b *rastro.Bundle) { b.EvidenceItems[0].ActID = 88 }, []string{"evidence_items[0]", "act_id", "no such act 88"}},
			{"evidence hash", func(b *rastro.Bundle) { b.EvidenceItems[1].SHA256 = "abc" }, []string{"evidence_items[1]", "sha256"}},
			{"custody item", func(b *rastro.Bundle) { b.CustodyEntries[2].ItemID = 5 }, []string{"custody_entries[2] (seq 3)", "item_id", "no such evidence item 5"}},
			{"custody seq", func(b *rastro.Bundle) { b.CustodyEntries[3].Seq = 1 }, []string{"custody_entries[3]", "duplicate seq 1"}},
			{"custody signature", func(b *rastro.Bundle) { b.CustodyEntries[0].Signature = "" }, []string{"custody_entries[0]", "signature"}},
		})
	})
}

// A version 1 bundle, which has no decisions or evidence, still imports.
func TestImportVersion1(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		newWorld(t, db)
		b, _ := exportJSON(t, db)
		b.Version = 1
		fresh := sqldbtest.Open(t, db.Dialect())
		must(t, fresh.Import(ctx, b))
		if empty, err := fresh.Empty(ctx); err != nil || empty {
			t.Fatalf("version 1 import: empty=%v err=%v", empty, err)
		}
	})
}
