package sqldb

import (
	"context"

	"github.com/rastro-project/rastro"
)

// Review is a reviewer's stored decision on the use-of-force conclusion of
// one act; see rastro.AssessmentReview.
type Review = rastro.AssessmentReview

// AddReview appends a review; the store sets ID and CreatedAt. Reviews are
// never updated or deleted: a later one supersedes. A missing act gives
// ENOTFOUND, a malformed review EINVALID; nothing is written then.
func (db *DB) AddReview(ctx context.Context, r *Review) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return db.Update(ctx, func(tx *Tx) error {
		var n int
		if err := tx.QueryRow(ctx, "SELECT COUNT(*) FROM acts WHERE id = ?", r.ActID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return rastro.Errorf(rastro.ENOTFOUND, "act %d not found", r.ActID)
		}
		var id int64
		err := tx.QueryRow(ctx, `INSERT INTO assessment_reviews (act_id, decision, conclusion, reviewer, reason, rules_version, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			r.ActID, r.Decision, r.Conclusion, r.Reviewer, r.Reason, r.RulesVersion, formatTime(tx.Now)).Scan(&id)
		if err != nil {
			return err
		}
		r.ID, r.CreatedAt = id, tx.Now
		return auditChange(ctx, tx, rastro.AuditCreate, "assessment_review", id, nil, r, "")
	})
}

// Reviews lists the reviews of one act, or of every act when actID is 0,
// oldest first.
func (db *DB) Reviews(ctx context.Context, actID int64) ([]Review, error) {
	out := []Review{}
	err := db.View(ctx, func(tx *Tx) error {
		q, args := "SELECT id, act_id, decision, conclusion, reviewer, reason, rules_version, created_at FROM assessment_reviews", []any{}
		if actID != 0 {
			q, args = q+" WHERE act_id = ?", append(args, actID)
		}
		rows, err := tx.Query(ctx, q+" ORDER BY id", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r Review
			if err := rows.Scan(&r.ID, &r.ActID, &r.Decision, &r.Conclusion, &r.Reviewer, &r.Reason, &r.RulesVersion, timeDest{&r.CreatedAt}); err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, err
}
