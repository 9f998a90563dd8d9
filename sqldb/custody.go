package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
)

// genesisHash is the previous hash of a first entry (see package custody).
var genesisHash = strings.Repeat("0", 64)

// custodyLock serialises appends on PostgreSQL, where writers run
// concurrently; SQLite already has one writer.
const custodyLock = 0x7261737472_6f // "rastro"

// AppendCustody appends e to its item's chain and the locker's, and
// audits the append in the same transaction.
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
		if err := s.appendCustody(ctx, tx, e); err != nil {
			return err
		}
		// The audit log names the entry, never its note (which may name
		// people); the sealed entry itself keeps the note.
		return auditChange(ctx, tx, rastro.AuditUpdate, "evidence_item", e.ItemID, nil,
			map[string]any{"custody_seq": e.Seq, "custody_action": e.Action}, "custody entry "+string(e.Action))
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
	// Append only to a log that ends where its signed head says: appending
	// to a shortened log would re-sign the head over the gap.
	head, err := custodyHead(ctx, tx)
	if err != nil {
		return err
	}
	if head == nil && e.Seq > 1 || head != nil && (head.Seq != e.Seq-1 || head.Hash != e.Prev) {
		return rastro.Errorf(rastro.ECONFLICT, "the custody log does not end at its signed head (%s): nothing was appended; run `rastro verify`", describeHead(head, e.Seq-1))
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
	if err != nil {
		return err
	}
	signer, ok := s.sealer.(*custody.Signer)
	if !ok {
		return rastro.Errorf(rastro.EINTERNAL, "custody entries need the installation key to sign the log's head")
	}
	return setCustodyHead(ctx, tx, custody.SignHead(signer, custody.Head{Seq: e.Seq, Hash: e.Hash}))
}

func describeHead(h *custody.SignedHead, last int64) string {
	if h == nil {
		return fmt.Sprintf("none kept, and the log has %d entries", last)
	}
	return fmt.Sprintf("entry %d, and the log ends at entry %d", h.Seq, last)
}

// custodyHead reads the database's signed head; nil when there is none.
func custodyHead(ctx context.Context, tx *Tx) (*custody.SignedHead, error) {
	var h custody.SignedHead
	err := tx.QueryRow(ctx, `SELECT seq, hash, signature FROM custody_head WHERE id = 1`).Scan(&h.Seq, &h.Hash, &h.Signature)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return &h, err
}

func setCustodyHead(ctx context.Context, tx *Tx, h custody.SignedHead) error {
	_, err := tx.Exec(ctx, `INSERT INTO custody_head (id, seq, hash, signature) VALUES (1, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, signature = excluded.signature`, h.Seq, h.Hash, h.Signature)
	return err
}

// CustodyHead returns the database's signed head of the custody log: nil
// when it keeps none (an empty log, or a head that was deleted).
func (s *EvidenceService) CustodyHead(ctx context.Context) (*custody.SignedHead, error) {
	var h *custody.SignedHead
	err := s.db.View(ctx, func(tx *Tx) (err error) {
		h, err = custodyHead(ctx, tx)
		return err
	})
	return h, err
}

// AdoptCustodyHead signs the log's last entry as the database's head when
// the database keeps none yet (a database from before heads were kept, or
// a log loaded by import), or keeps that same entry signed by another key.
// want is the entry the caller vouches for (the head file, or the imported
// log's end); nothing changes unless the log ends exactly there.
func (s *EvidenceService) AdoptCustodyHead(ctx context.Context, want custody.Head) (bool, error) {
	signer, ok := s.sealer.(*custody.Signer)
	if !ok || want.Seq == 0 {
		return false, nil
	}
	adopted := false
	err := s.db.Update(ctx, func(tx *Tx) error {
		h, err := custodyHead(ctx, tx)
		if err != nil {
			return err
		}
		var last custody.Head
		err = tx.QueryRow(ctx, `SELECT seq, hash FROM custody_entries ORDER BY seq DESC LIMIT 1`).Scan(&last.Seq, &last.Hash)
		if errors.Is(err, sql.ErrNoRows) || err == nil && last != want {
			return nil
		} else if err != nil {
			return err
		}
		// A head already kept stays, unless it names this very entry under
		// another key (the installation key was replaced by the one that
		// signed an imported log): then it is signed again.
		if h != nil && (h.Head != last || h.Verify(signer.PublicKey())) {
			return nil
		}
		adopted = true
		return setCustodyHead(ctx, tx, custody.SignHead(signer, last))
	})
	return adopted, err
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
	args = planEach(s.db.dialect, args)
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
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		return withholdCustody(ctx, tx, out)
	})
	return out, err
}
