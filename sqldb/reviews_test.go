package sqldb_test

import (
	"context"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

func TestReviews(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		inc := &rastro.Incident{Title: "T", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}
		if err := db.Incidents().Create(ctx, inc); err != nil {
			t.Fatal(err)
		}
		act := &rastro.Act{IncidentID: inc.ID, Type: rastro.ActKilled}
		if err := db.Acts().Create(ctx, act); err != nil {
			t.Fatal(err)
		}
		first := &sqldb.Review{ActID: act.ID, Decision: "sign_off", Conclusion: "extrajudicial_execution", Reviewer: "r1", RulesVersion: "1.0.0"}
		second := &sqldb.Review{ActID: act.ID, Decision: "override", Conclusion: "unlawful_force", Reviewer: "r2", Reason: "second autopsy"}
		for _, r := range []*sqldb.Review{first, second} {
			if err := db.AddReview(ctx, r); err != nil {
				t.Fatal(err)
			}
			if r.ID == 0 || r.CreatedAt.IsZero() {
				t.Errorf("review not given an ID and time: %+v", r)
			}
		}
		got, err := db.Reviews(ctx, act.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != first.ID || got[1].Reason != "second autopsy" || !got[1].CreatedAt.Equal(second.CreatedAt) {
			t.Errorf("reviews %+v", got)
		}
		for name, bad := range map[string]sqldb.Review{
			"override without reason": {ActID: act.ID, Decision: "override", Conclusion: "x", Reviewer: "r"},
			"no reviewer":             {ActID: act.ID, Decision: "sign_off", Conclusion: "x"},
			"bad decision":            {ActID: act.ID, Decision: "maybe", Conclusion: "x", Reviewer: "r"},
		} {
			if err := db.AddReview(ctx, &bad); rastro.ErrorCode(err) != rastro.EINVALID {
				t.Errorf("%s: %v", name, err)
			}
		}
		if err := db.AddReview(ctx, &sqldb.Review{ActID: act.ID + 100, Decision: "sign_off", Conclusion: "x", Reviewer: "r"}); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Errorf("missing act: %v", err)
		}
		// The act's reviews keep it from being deleted.
		if err := db.Acts().Delete(ctx, act.ID, act.Version); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Errorf("delete of a reviewed act: %v", err)
		}
		if all, _ := db.Reviews(ctx, 0); len(all) != 2 {
			t.Errorf("%d reviews in all", len(all))
		}
	})
}
