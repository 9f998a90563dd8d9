package sqldb

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/rastro-project/rastro"
)

// bundleTables is every table Export, Import and Empty cover, in an order
// in which every reference points to a table already written. Users,
// sessions, tokens and the audit log are not among them (see rastro.Bundle).
var bundleTables = append(slices.Clip(recordTables),
	rowTable[rastro.AssessmentReview]{assessmentReviewRows},
	rowTable[rastro.PersonMerge]{personMergeRows},
	rowTable[rastro.LinkReview]{linkReviewRows},
	bundled[rastro.EvidenceItem]{evidenceTable, func(b *rastro.Bundle) *[]*rastro.EvidenceItem { return &b.EvidenceItems }},
	rowTable[rastro.CustodyEntry]{custodyRows},
)

// evidenceTable maps evidence items for the bundle; package-level
// EvidenceService queries stay as they are.
var evidenceTable = &table[rastro.EvidenceItem]{
	name: "evidence_items", noun: "evidence item",
	cols: []string{"sha256", "size", "original_name", "media_type", "metadata", "labels", "incident_id", "act_id", "person_id",
		"derived_from", "collected_by", "collected_at", "source_url", "note"},
	args: func(e *rastro.EvidenceItem) []any {
		labels := e.Labels
		if labels == nil {
			labels = []rastro.Label{}
		}
		return []any{e.SHA256, e.Size, e.OriginalName, e.MediaType, mustMarshal(e.Metadata), mustMarshal(labels),
			IDArg(e.IncidentID), IDArg(e.ActID), IDArg(e.PersonID), IDArg(e.DerivedFrom), e.CollectedBy,
			optTimeArg(e.CollectedAt), e.SourceURL, e.Note}
	},
	dests: func(e *rastro.EvidenceItem) []any {
		return []any{&e.SHA256, &e.Size, &e.OriginalName, &e.MediaType, JSONDest(&e.Metadata), JSONDest(&e.Labels),
			IDDest(&e.IncidentID), IDDest(&e.ActID), IDDest(&e.PersonID), IDDest(&e.DerivedFrom), &e.CollectedBy,
			optTimeDest{&e.CollectedAt}, &e.SourceURL, &e.Note}
	},
	record:   func(e *rastro.EvidenceItem) *rastro.Record { return &e.Record },
	validate: func(e *rastro.EvidenceItem) error { return e.Validate() },
	fks: []fk[rastro.EvidenceItem]{
		{"incident_id", "incidents", "incident", func(e *rastro.EvidenceItem) int64 { return e.IncidentID }},
		{"act_id", "acts", "act", func(e *rastro.EvidenceItem) int64 { return e.ActID }},
		{"person_id", "persons", "person", func(e *rastro.EvidenceItem) int64 { return e.PersonID }},
		{"derived_from", "evidence_items", "evidence item", func(e *rastro.EvidenceItem) int64 { return e.DerivedFrom }},
	},
}

// rows maps a table whose rows are not rastro.Records (no version or
// update time) to its bundle list.
type rows[T any] struct {
	name     string
	key      string   // "id", or "seq" for custody entries
	cols     []string // after the key
	args     func(r *T) []any
	dests    func(r *T) []any
	id       func(r *T) *int64
	created  func(r *T) *time.Time // filled with the import's time when zero
	validate func(r *T) error
	fks      []fk[T]
	field    func(b *rastro.Bundle) *[]*T
}

// rowTable is the bundleTable of rows[T].
type rowTable[T any] struct{ t *rows[T] }

func (x rowTable[T]) tableName() string { return x.t.name }
func (x rowTable[T]) keyColumn() string { return x.t.key }
func (x rowTable[T]) get(r *T) int64    { return *x.t.id(r) }

func (x rowTable[T]) size(b *rastro.Bundle) int { return len(*x.t.field(b)) }

func (x rowTable[T]) collectIDs(b *rastro.Bundle, ids map[string]map[int64]bool) error {
	return collectKeys(x.t.name, x.t.key, *x.t.field(b), x.get, ids)
}

func (x rowTable[T]) check(b *rastro.Bundle, ids map[string]map[int64]bool) error {
	return checkRows(x.t.name, x.t.key, *x.t.field(b), x.get, x.t.validate, x.t.fks, ids)
}

func (x rowTable[T]) citations(*rastro.Bundle) []citationRow { return nil }

func (x rowTable[T]) fill(b *rastro.Bundle, tx *Tx) {
	if x.t.created == nil {
		return
	}
	for _, r := range *x.t.field(b) {
		if t := x.t.created(r); t.IsZero() {
			*t = tx.Now
		}
	}
}

func (x rowTable[T]) insert(ctx context.Context, tx *Tx, b *rastro.Bundle) error {
	rs := *x.t.field(b)
	return insertRows(ctx, tx, x.t.name, append([]string{x.t.key}, x.t.cols...), len(rs), func(i int, args []any) []any {
		return append(append(args, *x.t.id(rs[i])), x.t.args(rs[i])...)
	})
}

func (x rowTable[T]) export(ctx context.Context, tx *Tx, b *rastro.Bundle, _ map[string]citedRecords) error {
	q := "SELECT " + joinCols(append([]string{x.t.key}, x.t.cols...)) + " FROM " + x.t.name + " ORDER BY " + x.t.key
	rows, err := tx.Query(ctx, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	out := []*T{}
	for rows.Next() {
		r := new(T)
		if err := rows.Scan(append([]any{x.t.id(r)}, x.t.dests(r)...)...); err != nil {
			return fmt.Errorf("scan %s: %w", x.t.name, err)
		}
		out = append(out, r)
	}
	*x.t.field(b) = out
	return rows.Err()
}

var assessmentReviewRows = &rows[rastro.AssessmentReview]{
	name: "assessment_reviews", key: "id",
	cols: []string{"act_id", "decision", "conclusion", "reviewer", "reason", "rules_version", "created_at"},
	args: func(r *rastro.AssessmentReview) []any {
		return []any{r.ActID, r.Decision, r.Conclusion, r.Reviewer, r.Reason, r.RulesVersion, formatTime(r.CreatedAt)}
	},
	dests: func(r *rastro.AssessmentReview) []any {
		return []any{&r.ActID, &r.Decision, &r.Conclusion, &r.Reviewer, &r.Reason, &r.RulesVersion, timeDest{&r.CreatedAt}}
	},
	id:       func(r *rastro.AssessmentReview) *int64 { return &r.ID },
	created:  func(r *rastro.AssessmentReview) *time.Time { return &r.CreatedAt },
	validate: func(r *rastro.AssessmentReview) error { return r.Validate() },
	fks:      []fk[rastro.AssessmentReview]{{"act_id", "acts", "act", func(r *rastro.AssessmentReview) int64 { return r.ActID }}},
	field:    func(b *rastro.Bundle) *[]*rastro.AssessmentReview { return &b.AssessmentReviews },
}

var personMergeRows = &rows[rastro.PersonMerge]{
	name: "person_merges", key: "id",
	cols: []string{"person_a", "person_b", "weight", "reason", "merged_by", "created_at", "undone_at", "undone_by"},
	args: func(m *rastro.PersonMerge) []any {
		return []any{m.PersonA, m.PersonB, m.Weight, m.Reason, m.By, formatTime(m.CreatedAt), timeArg(m.UndoneAt), m.UndoneBy}
	},
	dests: func(m *rastro.PersonMerge) []any {
		return []any{&m.PersonA, &m.PersonB, &m.Weight, &m.Reason, &m.By, timeDest{&m.CreatedAt}, timeDest{&m.UndoneAt}, &m.UndoneBy}
	},
	id:       func(m *rastro.PersonMerge) *int64 { return &m.ID },
	created:  func(m *rastro.PersonMerge) *time.Time { return &m.CreatedAt },
	validate: func(m *rastro.PersonMerge) error { return m.Validate() },
	fks: []fk[rastro.PersonMerge]{
		{"person_a", "persons", "person", func(m *rastro.PersonMerge) int64 { return m.PersonA }},
		{"person_b", "persons", "person", func(m *rastro.PersonMerge) int64 { return m.PersonB }},
	},
	field: func(b *rastro.Bundle) *[]*rastro.PersonMerge { return &b.PersonMerges },
}

var linkReviewRows = &rows[rastro.LinkReview]{
	name: "link_reviews", key: "id",
	cols: []string{"person_a", "person_b", "weight", "probability", "levels", "reason", "status", "merge_id", "decided_by", "decided_at", "created_at"},
	args: func(r *rastro.LinkReview) []any {
		return []any{r.PersonA, r.PersonB, r.Weight, r.Probability, r.Levels, r.Reason, r.Status, IDArg(r.MergeID),
			r.DecidedBy, timeArg(r.DecidedAt), formatTime(r.CreatedAt)}
	},
	dests: func(r *rastro.LinkReview) []any {
		return []any{&r.PersonA, &r.PersonB, &r.Weight, &r.Probability, &r.Levels, &r.Reason, &r.Status, IDDest(&r.MergeID),
			&r.DecidedBy, timeDest{&r.DecidedAt}, timeDest{&r.CreatedAt}}
	},
	id:       func(r *rastro.LinkReview) *int64 { return &r.ID },
	created:  func(r *rastro.LinkReview) *time.Time { return &r.CreatedAt },
	validate: func(r *rastro.LinkReview) error { return r.Validate() },
	fks: []fk[rastro.LinkReview]{
		{"person_a", "persons", "person", func(r *rastro.LinkReview) int64 { return r.PersonA }},
		{"person_b", "persons", "person", func(r *rastro.LinkReview) int64 { return r.PersonB }},
		{"merge_id", "person_merges", "merge", func(r *rastro.LinkReview) int64 { return r.MergeID }},
	},
	field: func(b *rastro.Bundle) *[]*rastro.LinkReview { return &b.LinkReviews },
}

// custodyRows copies the custody log exactly: the entries are sealed, so
// nothing is filled in or recomputed on import.
var custodyRows = &rows[rastro.CustodyEntry]{
	name: "custody_entries", key: "seq",
	cols: []string{"item_id", "item_sha256", "action", "actor", "time", "note", "prev", "item_prev", "hash", "signature"},
	args: func(e *rastro.CustodyEntry) []any {
		return []any{e.ItemID, e.ItemSHA256, string(e.Action), e.Actor, formatTime(e.Time), e.Note, e.Prev, e.ItemPrev, e.Hash, e.Signature}
	},
	dests: func(e *rastro.CustodyEntry) []any {
		return []any{&e.ItemID, &e.ItemSHA256, (*string)(&e.Action), &e.Actor, timeDest{&e.Time}, &e.Note, &e.Prev, &e.ItemPrev, &e.Hash, &e.Signature}
	},
	id:       func(e *rastro.CustodyEntry) *int64 { return &e.Seq },
	validate: func(e *rastro.CustodyEntry) error { return e.Validate() },
	fks:      []fk[rastro.CustodyEntry]{{"item_id", "evidence_items", "evidence item", func(e *rastro.CustodyEntry) int64 { return e.ItemID }}},
	field:    func(b *rastro.Bundle) *[]*rastro.CustodyEntry { return &b.CustodyEntries },
}

// timeArg stores a zero time as NULL.
func timeArg(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return formatTime(t)
}

func mustMarshal(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // metadata and labels are plain values
	}
	return string(b)
}
