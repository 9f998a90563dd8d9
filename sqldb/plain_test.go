package sqldb

import (
	"context"

	"github.com/rastro-project/rastro"
)

// PlainInsert is the reference the import is measured against: the same
// rows written the plain way, one prepared single-row INSERT per table in
// one transaction, with no checks, no sealing and no audit.
var PlainInsert = plainInsert

func plainInsert(ctx context.Context, db *DB, b *rastro.Bundle) error {
	return db.Update(ctx, func(tx *Tx) error {
		for _, write := range []func() error{
			func() error { return plainRows(ctx, tx, sourcesTable, b.Sources) },
			func() error { return plainRows(ctx, tx, placesTable, b.Places) },
			func() error { return plainRows(ctx, tx, unitsTable, b.Units) },
			func() error { return plainRows(ctx, tx, personsTable, b.Persons) },
			func() error { return plainRows(ctx, tx, incidentsTable, b.Incidents) },
			func() error { return plainRows(ctx, tx, actsTable, b.Acts) },
			func() error { return plainRows(ctx, tx, involvementsTable, b.Involvements) },
		} {
			if err := write(); err != nil {
				return err
			}
		}
		return nil
	})
}

func plainRows[T any](ctx context.Context, tx *Tx, t *table[T], rs []*T) error {
	cols := t.headCols(true)
	stmt, err := tx.Prepare(ctx, "INSERT INTO "+t.name+" ("+joinCols(cols)+") VALUES ("+Placeholders(len(cols))+")")
	if err != nil {
		return err
	}
	cite, err := tx.Prepare(ctx, "INSERT INTO citations ("+joinCols(citationCols)+") VALUES ("+Placeholders(len(citationCols))+")")
	if err != nil {
		return err
	}
	for _, r := range rs {
		if _, err := stmt.ExecContext(ctx, t.rowArgs(r, true, nil)...); err != nil {
			return err
		}
		if t.assertion == nil {
			continue
		}
		id := t.record(r).ID
		for i := range t.assertion(r).Citations {
			if _, err := cite.ExecContext(ctx, citationArgs(t.noun, id, i, &t.assertion(r).Citations[i])...); err != nil {
				return err
			}
		}
	}
	return nil
}
