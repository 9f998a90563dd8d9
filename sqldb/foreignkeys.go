package sqldb

import (
	"context"
	"sort"
)

// ForeignKey is a column that refers to the id of another table, as the
// database's catalog declares it.
type ForeignKey struct {
	Table, Column, Target string
	Cascade               bool // ON DELETE CASCADE or SET NULL: no obstacle to deleting
}

// ForeignKeys lists the single-column foreign keys of the schema, sorted by
// table and column. They are read once per migration state: Migrate clears
// the cache.
func (db *DB) ForeignKeys(ctx context.Context) ([]ForeignKey, error) {
	db.fkMu.Lock()
	defer db.fkMu.Unlock()
	if db.fks != nil {
		return db.fks, nil
	}
	q := `SELECT m.name, p."from", p."table", p.on_delete IN ('CASCADE', 'SET NULL')
		FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) p
		WHERE m.type = 'table'`
	if db.dialect == Postgres {
		q = `SELECT cl.relname, att.attname, ref.relname, c.confdeltype IN ('c', 'n')
			FROM pg_constraint c
			JOIN pg_class cl ON cl.oid = c.conrelid
			JOIN pg_class ref ON ref.oid = c.confrelid
			JOIN pg_attribute att ON att.attrelid = c.conrelid AND att.attnum = c.conkey[1]
			WHERE c.contype = 'f' AND cardinality(c.conkey) = 1
			AND cl.relnamespace = current_schema()::regnamespace`
	}
	rows, err := db.read.QueryContext(ctx, q)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	fks := []ForeignKey{}
	for rows.Next() {
		var k ForeignKey
		if err := rows.Scan(&k.Table, &k.Column, &k.Target, &k.Cascade); err != nil {
			return nil, err
		}
		fks = append(fks, k)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(fks, func(i, j int) bool {
		if fks[i].Table != fks[j].Table {
			return fks[i].Table < fks[j].Table
		}
		return fks[i].Column < fks[j].Column
	})
	db.fks = fks
	return fks, nil
}
