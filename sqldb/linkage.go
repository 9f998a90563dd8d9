package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/rastro-project/rastro"
)

// PersonMerge says two person records are the same person; see
// rastro.PersonMerge.
type PersonMerge = rastro.PersonMerge

// LinkReview is a pair of person records the linkage model could not
// decide; see rastro.LinkReview.
type LinkReview = rastro.LinkReview

// Review statuses.
const (
	ReviewPending  = "pending"
	ReviewMerged   = "merged"
	ReviewDistinct = "distinct"
)

func ordered(a, b int64) (int64, int64) {
	if a > b {
		return b, a
	}
	return a, b
}

// samePerson reports whether active merges already connect a and b.
func samePerson(ctx context.Context, tx *Tx, a, b int64) (bool, error) {
	var one int
	err := tx.QueryRow(ctx, `WITH RECURSIVE reach(p) AS (
		SELECT CAST(? AS BIGINT)
		UNION
		SELECT CASE WHEN m.person_a = reach.p THEN m.person_b ELSE m.person_a END
		FROM person_merges m JOIN reach ON m.person_a = reach.p OR m.person_b = reach.p
		WHERE m.undone_at IS NULL
	) SELECT 1 FROM reach WHERE p = ?`, a, b).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, err
}

// blocked reports whether a reviewer said the pair are different persons,
// or undid a merge of them: automatic linkage must not join them again.
func blocked(ctx context.Context, tx *Tx, a, b int64) (bool, error) {
	var n int
	err := tx.QueryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM link_reviews WHERE person_a = ? AND person_b = ? AND status = 'distinct') +
		(SELECT COUNT(*) FROM person_merges WHERE person_a = ? AND person_b = ? AND undone_at IS NOT NULL)`, a, b, a, b).Scan(&n)
	return n > 0, err
}

func insertMerge(ctx context.Context, tx *Tx, m *PersonMerge) error {
	m.PersonA, m.PersonB = ordered(m.PersonA, m.PersonB)
	if m.PersonA == m.PersonB {
		return rastro.Errorf(rastro.EINVALID, "cannot merge person %d with itself", m.PersonA)
	}
	if m.By == "" {
		return rastro.Errorf(rastro.EINVALID, "a merge needs who made it")
	}
	for _, id := range []int64{m.PersonA, m.PersonB} {
		var one int
		if err := tx.QueryRow(ctx, `SELECT 1 FROM persons WHERE id = ?`, id).Scan(&one); err == sql.ErrNoRows {
			return rastro.Errorf(rastro.ENOTFOUND, "no person %d", id)
		} else if err != nil {
			return err
		}
	}
	if same, err := samePerson(ctx, tx, m.PersonA, m.PersonB); err != nil {
		return err
	} else if same {
		return rastro.Errorf(rastro.ECONFLICT, "persons %d and %d are already merged", m.PersonA, m.PersonB)
	}
	m.CreatedAt, m.UndoneAt, m.UndoneBy = tx.Now, time.Time{}, ""
	err := tx.QueryRow(ctx, `INSERT INTO person_merges (person_a, person_b, weight, reason, merged_by, created_at)
		VALUES (?, ?, ?, ?, ?, ?) RETURNING id`, m.PersonA, m.PersonB, m.Weight, m.Reason, m.By, formatTime(tx.Now)).Scan(&m.ID)
	if err != nil {
		return err
	}
	return auditChange(ctx, tx, rastro.AuditCreate, "person_merge", m.ID, nil, m, "")
}

// MergePersons records that two person records are the same person. It
// refuses records already merged (ECONFLICT) and unknown ones (ENOTFOUND).
func (db *DB) MergePersons(ctx context.Context, m *PersonMerge) error {
	return db.Update(ctx, func(tx *Tx) error { return insertMerge(ctx, tx, m) })
}

// UndoPersonMerge withdraws a merge: ENOTFOUND for no such merge, ECONFLICT
// when it was already undone. A review decided "merged" through it goes
// back to pending.
func (db *DB) UndoPersonMerge(ctx context.Context, id int64, by string) error {
	if by == "" {
		return rastro.Errorf(rastro.EINVALID, "undoing a merge needs who undoes it")
	}
	return db.Update(ctx, func(tx *Tx) error {
		var undone sql.NullString
		if err := tx.QueryRow(ctx, `SELECT undone_at FROM person_merges WHERE id = ?`, id).Scan(&undone); err == sql.ErrNoRows {
			return rastro.Errorf(rastro.ENOTFOUND, "no merge %d", id)
		} else if err != nil {
			return err
		}
		if undone.Valid {
			return rastro.Errorf(rastro.ECONFLICT, "merge %d was already undone", id)
		}
		if _, err := tx.Exec(ctx, `UPDATE person_merges SET undone_at = ?, undone_by = ? WHERE id = ?`, formatTime(tx.Now), by, id); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE link_reviews SET status = 'pending', merge_id = NULL, decided_by = '', decided_at = NULL WHERE merge_id = ?`, id); err != nil {
			return err
		}
		return auditChange(ctx, tx, rastro.AuditUpdate, "person_merge", id, nil, nil, "undone by "+by)
	})
}

// PersonMerges returns the merges in order, undone ones too unless
// activeOnly.
func (db *DB) PersonMerges(ctx context.Context, activeOnly bool) ([]*PersonMerge, error) {
	q := `SELECT id, person_a, person_b, weight, reason, merged_by, created_at, undone_at, undone_by FROM person_merges`
	if activeOnly {
		q += ` WHERE undone_at IS NULL`
	}
	var out []*PersonMerge
	err := db.View(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, q+` ORDER BY id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			m := &PersonMerge{}
			if err := rows.Scan(&m.ID, &m.PersonA, &m.PersonB, &m.Weight, &m.Reason, &m.By, timeDest{&m.CreatedAt}, timeDest{&m.UndoneAt}, &m.UndoneBy); err != nil {
				return err
			}
			out = append(out, m)
		}
		return rows.Err()
	})
	return out, err
}

// RecordLinkage stores what a linkage run found, in one transaction:
// automatic merges, skipping pairs already joined and pairs a reviewer kept
// apart (decided distinct, or a merge undone); and review items, skipping
// pairs already queued or decided. It returns how many of each it added.
func (db *DB) RecordLinkage(ctx context.Context, merges []*PersonMerge, reviews []*LinkReview) (nMerges, nReviews int, err error) {
	err = db.Update(ctx, func(tx *Tx) error {
		for _, m := range merges {
			a, b := ordered(m.PersonA, m.PersonB)
			if no, err := blocked(ctx, tx, a, b); err != nil {
				return err
			} else if no {
				continue
			}
			if err := insertMerge(ctx, tx, m); rastro.ErrorCode(err) == rastro.ECONFLICT {
				continue // already the same person
			} else if err != nil {
				return err
			}
			nMerges++
		}
		for _, r := range reviews {
			r.PersonA, r.PersonB = ordered(r.PersonA, r.PersonB)
			if r.PersonA == r.PersonB {
				return rastro.Errorf(rastro.EINVALID, "review of person %d with itself", r.PersonA)
			}
			if same, err := samePerson(ctx, tx, r.PersonA, r.PersonB); err != nil {
				return err
			} else if same {
				continue
			}
			res, err := tx.Exec(ctx, `INSERT INTO link_reviews (person_a, person_b, weight, probability, levels, reason, status, created_at)
				VALUES (?, ?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT (person_a, person_b) DO NOTHING`,
				r.PersonA, r.PersonB, r.Weight, r.Probability, r.Levels, r.Reason, formatTime(tx.Now))
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n > 0 {
				nReviews++
			}
		}
		if nReviews == 0 {
			return nil
		}
		return auditChange(ctx, tx, rastro.AuditCreate, "link_review", 0, nil, nil, fmt.Sprintf("%d review items queued by a linkage run", nReviews))
	})
	return nMerges, nReviews, err
}

// LinkReviews returns the review items with a status ("" for all), the
// most probable matches first.
func (db *DB) LinkReviews(ctx context.Context, status string) ([]*LinkReview, error) {
	q := `SELECT id, person_a, person_b, weight, probability, levels, reason, status, merge_id, decided_by, decided_at, created_at FROM link_reviews`
	var args []any
	if status != "" {
		q += ` WHERE status = ?`
		args = append(args, status)
	}
	var out []*LinkReview
	err := db.View(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, q+` ORDER BY probability DESC, id`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			r := &LinkReview{}
			var merge sql.NullInt64
			if err := rows.Scan(&r.ID, &r.PersonA, &r.PersonB, &r.Weight, &r.Probability, &r.Levels, &r.Reason, &r.Status, &merge,
				&r.DecidedBy, timeDest{&r.DecidedAt}, timeDest{&r.CreatedAt}); err != nil {
				return err
			}
			r.MergeID = merge.Int64
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, err
}

// DecideLinkReview settles a pending review item: "merged" merges the two
// persons (in the same transaction), "distinct" keeps them apart for good.
func (db *DB) DecideLinkReview(ctx context.Context, id int64, decision, by, note string) error {
	if decision != ReviewMerged && decision != ReviewDistinct {
		return rastro.Errorf(rastro.EINVALID, "invalid decision %q: want merged or distinct", decision)
	}
	if by == "" {
		return rastro.Errorf(rastro.EINVALID, "a decision needs who made it")
	}
	return db.Update(ctx, func(tx *Tx) error {
		var a, b int64
		var status string
		if err := tx.QueryRow(ctx, `SELECT person_a, person_b, status FROM link_reviews WHERE id = ?`, id).Scan(&a, &b, &status); err == sql.ErrNoRows {
			return rastro.Errorf(rastro.ENOTFOUND, "no review item %d", id)
		} else if err != nil {
			return err
		}
		if status != ReviewPending {
			return rastro.Errorf(rastro.ECONFLICT, "review item %d is already decided (%s)", id, status)
		}
		var merge any
		if decision == ReviewMerged {
			m := &PersonMerge{PersonA: a, PersonB: b, Reason: note, By: by}
			if err := insertMerge(ctx, tx, m); err != nil {
				return err
			}
			merge = m.ID
		}
		if _, err := tx.Exec(ctx, `UPDATE link_reviews SET status = ?, merge_id = ?, decided_by = ?, decided_at = ? WHERE id = ?`,
			decision, merge, by, formatTime(tx.Now), id); err != nil {
			return err
		}
		return auditChange(ctx, tx, rastro.AuditUpdate, "link_review", id, map[string]any{"status": status},
			map[string]any{"status": decision, "merge_id": merge, "decided_by": by}, "")
	})
}
