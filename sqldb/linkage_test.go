package sqldb_test

import (
	"context"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

func TestPersonMergesAndReviews(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		var ids []int64
		for _, n := range []string{"Edgar Huamán Quispe", "Edgar Guaman Kispe", "E. Huaman", "Rosa Mamani"} {
			p := &rastro.Person{Name: n}
			if err := db.Persons().Create(ctx, p); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, p.ID)
		}
		a, b, c, d := ids[0], ids[1], ids[2], ids[3]
		m1 := &sqldb.PersonMerge{PersonA: b, PersonB: a, Weight: 31.5, Reason: "automatic", By: "linkage"}
		if err := db.MergePersons(ctx, m1); err != nil {
			t.Fatal(err)
		}
		if m1.PersonA != a || m1.PersonB != b || m1.ID == 0 {
			t.Fatalf("merge %+v: want ordered IDs and an ID", m1)
		}
		m2 := &sqldb.PersonMerge{PersonA: b, PersonB: c, By: "reviewer"}
		if err := db.MergePersons(ctx, m2); err != nil {
			t.Fatal(err)
		}
		// a–b–c are one person now: merging a with c again is refused.
		if err := db.MergePersons(ctx, &sqldb.PersonMerge{PersonA: a, PersonB: c, By: "reviewer"}); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Fatalf("merging joined records: %v, want conflict", err)
		}
		if err := db.MergePersons(ctx, &sqldb.PersonMerge{PersonA: a, PersonB: 9999, By: "reviewer"}); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Fatalf("merging an unknown person: %v, want not found", err)
		}
		if err := db.UndoPersonMerge(ctx, m2.ID, "reviewer"); err != nil {
			t.Fatal(err)
		}
		if err := db.UndoPersonMerge(ctx, m2.ID, "reviewer"); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Fatalf("undoing twice: %v", err)
		}
		if err := db.UndoPersonMerge(ctx, 4242, "reviewer"); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Fatalf("undoing an unknown merge: %v", err)
		}
		all, err := db.PersonMerges(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		active, _ := db.PersonMerges(ctx, true)
		if len(all) != 2 || len(active) != 1 || !all[0].Active() || all[1].Active() || all[1].UndoneBy != "reviewer" || all[0].Weight != 31.5 {
			t.Fatalf("merges %+v %+v, active %d", all[0], all[1], len(active))
		}

		// A linkage run: b–c was undone by a reviewer, so it stays apart;
		// a–b is already merged; c–d goes to review once.
		n, r, err := db.RecordLinkage(ctx,
			[]*sqldb.PersonMerge{{PersonA: c, PersonB: b, By: "linkage"}, {PersonA: a, PersonB: b, By: "linkage"}},
			[]*sqldb.LinkReview{{PersonA: d, PersonB: c, Weight: 1.5, Probability: 0.6, Levels: "given=disagree"}, {PersonA: a, PersonB: b, Probability: 0.5}})
		if err != nil || n != 0 || r != 1 {
			t.Fatalf("RecordLinkage: %d merges, %d reviews, %v; want 0, 1", n, r, err)
		}
		if _, r, _ := db.RecordLinkage(ctx, nil, []*sqldb.LinkReview{{PersonA: c, PersonB: d, Probability: 0.7}}); r != 0 {
			t.Fatal("the same pair queued twice")
		}
		pending, err := db.LinkReviews(ctx, sqldb.ReviewPending)
		if err != nil || len(pending) != 1 || pending[0].PersonA != c || pending[0].Levels != "given=disagree" {
			t.Fatalf("pending %v, %v", pending, err)
		}
		if err := db.DecideLinkReview(ctx, pending[0].ID, "maybe", "reviewer", ""); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("bad decision: %v", err)
		}
		if err := db.DecideLinkReview(ctx, pending[0].ID, sqldb.ReviewMerged, "reviewer", "same DNI"); err != nil {
			t.Fatal(err)
		}
		if err := db.DecideLinkReview(ctx, pending[0].ID, sqldb.ReviewDistinct, "reviewer", ""); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Fatalf("deciding twice: %v", err)
		}
		done, _ := db.LinkReviews(ctx, sqldb.ReviewMerged)
		if len(done) != 1 || done[0].MergeID == 0 || done[0].DecidedBy != "reviewer" || done[0].DecidedAt.IsZero() {
			t.Fatalf("decided %+v", done)
		}
		// Undoing the merge a decision made puts the item back in the queue.
		if err := db.UndoPersonMerge(ctx, done[0].MergeID, "reviewer"); err != nil {
			t.Fatal(err)
		}
		if again, _ := db.LinkReviews(ctx, sqldb.ReviewPending); len(again) != 1 {
			t.Fatalf("after undo, pending %v", again)
		}
		if err := db.DecideLinkReview(ctx, pending[0].ID, sqldb.ReviewDistinct, "reviewer", ""); err != nil {
			t.Fatal(err)
		}
		// Distinct pairs are never merged automatically.
		if n, _, _ := db.RecordLinkage(ctx, []*sqldb.PersonMerge{{PersonA: c, PersonB: d, By: "linkage"}}, nil); n != 0 {
			t.Fatal("a pair decided distinct was merged automatically")
		}
	})
}
