package sqldb

import (
	"context"
	"database/sql"

	"github.com/rastro-project/rastro"
)

// MaxIDs returns the highest ID in use in each record table, by table name
// ("acts"), 0 for an empty table: what transfer.Renumber needs to move a
// bundle past the records a database holds.
func (db *DB) MaxIDs(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	err := db.View(ctx, func(tx *Tx) error {
		for _, bt := range recordTables {
			var top sql.NullInt64
			if err := tx.QueryRow(ctx, "SELECT max(id) FROM "+bt.tableName()).Scan(&top); err != nil {
				return err
			}
			out[bt.tableName()] = top.Int64
		}
		return nil
	})
	return out, err
}

// Append adds a bundle's records to a database that may hold others (an
// ACLED file into a case file), in one transaction, keeping the IDs they
// carry: renumber them past MaxIDs first. Citations without an ID are
// numbered after the database's highest; the bundle's metadata is not
// written. An ID already taken, or a source whose SHA-256 is already
// stored, gives ECONFLICT and nothing is added.
func (db *DB) Append(ctx context.Context, b *rastro.Bundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	if n := len(b.AssessmentReviews) + len(b.PersonMerges) + len(b.LinkReviews) + len(b.EvidenceItems) + len(b.CustodyEntries); n > 0 {
		return rastro.Errorf(rastro.EINVALID, "append adds case records only; this bundle also holds %d reviews, merges, evidence items or custody entries, which load only into an empty database", n)
	}
	meta := b.Meta
	b.Meta = nil
	defer func() { b.Meta = meta }()
	return db.Update(ctx, func(tx *Tx) error {
		var top sql.NullInt64
		if err := tx.QueryRow(ctx, "SELECT max(id) FROM citations").Scan(&top); err != nil {
			return err
		}
		next := top.Int64
		for _, bt := range bundleTables {
			for _, r := range bt.citations(b) {
				if r.c.ID == 0 {
					next++
					r.c.ID = next
				}
			}
		}
		w := newBundleWriter(tx)
		if err := w.write(ctx, b); err != nil {
			return err
		}
		return w.finish(ctx)
	})
}
