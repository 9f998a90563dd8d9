package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/rastro-project/rastro"
)

// genesisHash is the previous hash of a first entry (see package custody).
var genesisHash = strings.Repeat("0", 64)

// custodyLock serialises appends on PostgreSQL, where writers run
// concurrently; SQLite already has one writer.
const custodyLock = 0x7261737472_6f // "rastro"

func (s *EvidenceService) AppendCustody(ctx context.Context, e *rastro.CustodyEntry) error {
	if err := e.ValidateFields(); err != nil {
		return err
	}
	return s.db.Update(ctx, func(tx *Tx) error {
		item, err := findEvidence(ctx, tx, e.ItemID)
		if err != nil {
			return err
		}
		e.ItemSHA256 = item.SHA256
		return s.appendCustody(ctx, tx, e)
	})
}

// appendCustody links e to the heads of the log and of its item's chain,
// has it sealed and inserts it.
func (s *EvidenceService) appendCustody(ctx context.Context, tx *Tx, e *rastro.CustodyEntry) error {
	if tx.Dialect() == Postgres {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(?)`, int64(custodyLock)); err != nil {
			return err
		}
	}
	e.Seq, e.Prev = 1, genesisHash
	err := tx.QueryRow(ctx, `SELECT seq + 1, hash FROM custody_entries ORDER BY seq DESC LIMIT 1`).Scan(&e.Seq, &e.Prev)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	e.ItemPrev = genesisHash
	err = tx.QueryRow(ctx, `SELECT hash FROM custody_entries WHERE item_id = ? ORDER BY seq DESC LIMIT 1`, e.ItemID).Scan(&e.ItemPrev)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if e.Time.IsZero() {
		e.Time = tx.Now
	}
	if err := s.sealer.Seal(e); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `INSERT INTO custody_entries (seq, item_id, item_sha256, action, actor, time, note, prev, item_prev, hash, signature)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.Seq, e.ItemID, e.ItemSHA256, string(e.Action), e.Actor, evidenceTime(e.Time), e.Note, e.Prev, e.ItemPrev, e.Hash, e.Signature)
	return err
}

func (s *EvidenceService) ListCustody(ctx context.Context, f rastro.CustodyFilter) ([]*rastro.CustodyEntry, error) {
	where, args := []string{"seq > ?"}, []any{f.AfterSeq}
	if f.ItemID != nil {
		where, args = append(where, "item_id = ?"), append(args, *f.ItemID)
	}
	q := `SELECT seq, item_id, item_sha256, action, actor, time, note, prev, item_prev, hash, signature
		FROM custody_entries WHERE ` + strings.Join(where, " AND ") + ` ORDER BY seq`
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	var out []*rastro.CustodyEntry
	err := s.db.View(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var e rastro.CustodyEntry
			var action, t string
			if err := rows.Scan(&e.Seq, &e.ItemID, &e.ItemSHA256, &action, &e.Actor, &t, &e.Note, &e.Prev, &e.ItemPrev, &e.Hash, &e.Signature); err != nil {
				return err
			}
			e.Action = rastro.CustodyAction(action)
			// A time that does not parse stays zero; verification then
			// reports the entry as changed rather than failing to list it.
			e.Time, _ = parseEvidenceTime(t)
			out = append(out, &e)
		}
		return rows.Err()
	})
	return out, err
}
