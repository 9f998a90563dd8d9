package sqldb

import (
	"context"
	"slices"

	"github.com/rastro-project/rastro"
)

// Lookups by ID for pages that show, beside their own records, the places,
// people, units and sources those refer to (by name: the records come
// without their citations): one statement per kind however many rows the
// page has, instead of a Find per row.

// idArgs returns the distinct non-zero IDs as query arguments.
func idArgs(ids []int64) []any {
	ids = slices.DeleteFunc(slices.Clone(ids), func(id int64) bool { return id == 0 })
	slices.Sort(ids)
	ids = slices.Compact(ids)
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return args
}

// byID reads the records of t with the given IDs (0s and repeats ignored).
func byID[T any](ctx context.Context, db *DB, t *table[T], ids []int64) (map[int64]*T, error) {
	args := idArgs(ids)
	out := make(map[int64]*T, len(args))
	if len(args) == 0 {
		return out, nil
	}
	err := db.View(ctx, func(tx *Tx) error {
		rs, err := t.queryWith(ctx, tx, readOpts{noCitations: true}, "WHERE id IN ("+Placeholders(len(args))+")", args...)
		for _, r := range rs {
			out[t.record(r).ID] = r
		}
		return err
	})
	return out, err
}

// PlacesByID returns the places with the given IDs.
func (db *DB) PlacesByID(ctx context.Context, ids []int64) (map[int64]*rastro.Place, error) {
	return byID(ctx, db, placesTable, ids)
}

// PersonsByID returns the persons with the given IDs, protected fields
// revealed (and audited) as Find does.
func (db *DB) PersonsByID(ctx context.Context, ids []int64) (map[int64]*rastro.Person, error) {
	return byID(ctx, db, personsTable, ids)
}

// UnitsByID returns the units with the given IDs.
func (db *DB) UnitsByID(ctx context.Context, ids []int64) (map[int64]*rastro.Unit, error) {
	return byID(ctx, db, unitsTable, ids)
}

// SourcesByID returns the sources with the given IDs, with their text.
func (db *DB) SourcesByID(ctx context.Context, ids []int64) (map[int64]*rastro.Source, error) {
	return byID(ctx, db, sourcesTable, ids)
}

// SourceTitles returns the titles of the sources with the given IDs,
// without reading their text.
func (db *DB) SourceTitles(ctx context.Context, ids []int64) (map[int64]string, error) {
	return db.names(ctx, "sources", "title", ids)
}

// names reads one text column of table for the given IDs (0s and repeats
// ignored) in one statement; table and column are the caller's constants.
func (db *DB) names(ctx context.Context, table, column string, ids []int64) (map[int64]string, error) {
	args := idArgs(ids)
	out := make(map[int64]string, len(args))
	if len(args) == 0 {
		return out, nil
	}
	err := db.View(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, "SELECT id, "+column+" FROM "+table+" WHERE id IN ("+Placeholders(len(args))+")", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				return err
			}
			out[id] = name
		}
		return rows.Err()
	})
	return out, err
}

// InvolvementsOfActs returns the involvements of the given acts, by act,
// each act's in ID order.
func (db *DB) InvolvementsOfActs(ctx context.Context, actIDs []int64) (map[int64][]*rastro.Involvement, error) {
	args := idArgs(actIDs)
	out := map[int64][]*rastro.Involvement{}
	if len(args) == 0 {
		return out, nil
	}
	err := db.View(ctx, func(tx *Tx) error {
		rs, err := involvementsTable.query(ctx, tx, "WHERE act_id IN ("+Placeholders(len(args))+") ORDER BY id", args...)
		for _, r := range rs {
			out[r.ActID] = append(out[r.ActID], r)
		}
		return err
	})
	return out, err
}
