package sqldb

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
)

// The audit log: one append-only table (triggers refuse UPDATE and DELETE
// on both databases). Record changes are written by the generic table code
// in the transaction of the change (see table.audit); reads of protected
// fields by query; logins by package auth through AppendAudit.

// noActor names the actor of a context that carries none.
const noActor = "(none)"

// newAuditEntry stamps an entry with the context's actor and the
// transaction's time.
func newAuditEntry(ctx context.Context, tx *Tx, action, recordType string, id int64) *rastro.AuditEntry {
	e := &rastro.AuditEntry{Time: tx.Now, Actor: noActor, Action: action, RecordType: recordType, RecordID: id}
	if a, ok := auth.ActorFrom(ctx); ok {
		e.ActorID, e.Actor = a.UserID, a.Name
	}
	return e
}

// audit writes e now in a write transaction, or queues it for View to
// write after a read one; a read of protected fields under BatchReads goes
// to the request's batch instead.
func (tx *Tx) audit(ctx context.Context, e *rastro.AuditEntry) error {
	if batchRead(ctx, e) {
		return nil
	}
	if !tx.write {
		tx.pending = append(tx.pending, e)
		return nil
	}
	return insertAudit(ctx, tx, e)
}

// auditChange logs a change of record id of recordType in tx; old and new
// (nil when absent) must hold no protected field in clear.
func auditChange(ctx context.Context, tx *Tx, action, recordType string, id int64, old, new any, detail string) error {
	e := newAuditEntry(ctx, tx, action, recordType, id)
	e.Detail = detail
	var err error
	if e.Old, err = auditJSON(old); err != nil {
		return err
	}
	if e.New, err = auditJSON(new); err != nil {
		return err
	}
	return tx.audit(ctx, e)
}

// auditJSON marshals a record for the log: callers pass the stored form, in
// which protected fields are already placeholders.
func auditJSON(v any) (json.RawMessage, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	return b, nil
}

func insertAudit(ctx context.Context, tx *Tx, es ...*rastro.AuditEntry) error {
	// Many rows per statement: a page that reveals the protected fields of
	// fifty people logs fifty reads without fifty round trips.
	const cols = 10
	const perStatement = 500
	for len(es) > 0 {
		batch := es[:min(len(es), perStatement)]
		es = es[len(batch):]
		var q strings.Builder
		q.WriteString("INSERT INTO audit_log (time, actor_id, actor, action, record_type, record_id, old_value, new_value, remote_addr, detail) VALUES ")
		args := make([]any, 0, cols*len(batch))
		for i, e := range batch {
			if e.Time.IsZero() {
				e.Time = tx.Now
			}
			if e.Actor == "" {
				e.Actor = noActor
			}
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString("(" + Placeholders(cols) + ")")
			args = append(args, formatTime(e.Time), IDArg(e.ActorID), e.Actor, e.Action, e.RecordType, IDArg(e.RecordID),
				rawJSONArg(e.Old), rawJSONArg(e.New), e.RemoteAddr, e.Detail)
		}
		q.WriteString(" RETURNING seq")
		rows, err := tx.Query(ctx, q.String(), args...)
		if err != nil {
			return fmt.Errorf("audit: %w", err)
		}
		var seqs []int64
		for rows.Next() {
			var seq int64
			if err := rows.Scan(&seq); err != nil {
				rows.Close()
				return fmt.Errorf("audit: %w", err)
			}
			seqs = append(seqs, seq)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("audit: %w", err)
		}
		if len(seqs) != len(batch) {
			return fmt.Errorf("audit: %d rows inserted, %d sequence numbers returned", len(batch), len(seqs))
		}
		// The rows take ascending numbers in the order given; RETURNING
		// need not list them in that order.
		slices.Sort(seqs)
		for i, e := range batch {
			e.Seq = seqs[i]
		}
	}
	return nil
}

// AppendAudit writes one entry in a transaction of its own (logins,
// logouts: events that change no record). Time defaults to now and the
// actor to the context's.
func (db *DB) AppendAudit(ctx context.Context, e *rastro.AuditEntry) error {
	return db.Update(ctx, func(tx *Tx) error {
		if e.Actor == "" {
			d := newAuditEntry(ctx, tx, "", "", 0)
			e.ActorID, e.Actor = d.ActorID, d.Actor
		}
		return insertAudit(ctx, tx, e)
	})
}

// ListAudit returns the entries the filter selects, newest first, and how
// many it selects; only actors with auth.PermReadAudit may read the log.
func (db *DB) ListAudit(ctx context.Context, af rastro.AuditFilter) ([]*rastro.AuditEntry, int, error) {
	if !auth.Allowed(ctx, auth.PermReadAudit) {
		return nil, 0, rastro.Errorf(rastro.EFORBIDDEN, "permission denied: reading the audit log needs %s", auth.PermReadAudit)
	}
	if af.Offset < 0 || af.Limit < 0 {
		return nil, 0, rastro.Errorf(rastro.EINVALID, "offset and limit cannot be negative")
	}
	if af.Action != nil && *af.Action != "" && !slices.Contains(rastro.AuditActions, *af.Action) {
		return nil, 0, rastro.Errorf(rastro.EINVALID, "action: %q is not one of %s", *af.Action, strings.Join(rastro.AuditActions, ", "))
	}
	var f Filter
	eq(&f, "actor", af.Actor)
	eq(&f, "action", af.Action)
	eq(&f, "record_type", af.RecordType)
	eq(&f, "record_id", af.RecordID)
	if af.Since != nil {
		f.Add("time >= ?", formatTime(*af.Since))
	}
	if af.Until != nil {
		f.Add("time < ?", formatTime(*af.Until))
	}
	q := `SELECT seq, time, actor_id, actor, action, record_type, record_id, old_value, new_value, remote_addr, detail
		FROM audit_log ` + f.SQL() + ` ORDER BY seq DESC`
	var more []any
	switch {
	case af.Limit > 0:
		q += " LIMIT ? OFFSET ?"
		more = []any{af.Limit, af.Offset}
	case af.Offset > 0 && db.dialect == SQLite:
		q += " LIMIT -1 OFFSET ?"
		more = []any{af.Offset}
	case af.Offset > 0:
		q += " OFFSET ?"
		more = []any{af.Offset}
	}
	args := f.Bind(db.dialect, more...)
	var out []*rastro.AuditEntry
	var n int
	err := db.View(ctx, func(tx *Tx) error {
		if err := tx.QueryRow(ctx, "SELECT count(*) FROM audit_log "+f.SQL(), f.Bind(db.dialect)...).Scan(&n); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			e := &rastro.AuditEntry{}
			var t string
			if err := rows.Scan(&e.Seq, &t, IDDest(&e.ActorID), &e.Actor, &e.Action, &e.RecordType, IDDest(&e.RecordID),
				rawJSONDest{&e.Old}, rawJSONDest{&e.New}, &e.RemoteAddr, &e.Detail); err != nil {
				return err
			}
			if e.Time, err = time.Parse(timeLayout, t); err != nil {
				return fmt.Errorf("audit entry %d: bad time %q", e.Seq, t)
			}
			out = append(out, e)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, 0, err
	}
	return out, n, nil
}
