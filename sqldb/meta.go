package sqldb

import (
	"context"

	"github.com/rastro-project/rastro"
)

// Meta returns the database's key/value metadata (name, "synthetic", …).
func (db *DB) Meta(ctx context.Context) (map[string]string, error) {
	m := map[string]string{}
	err := db.View(ctx, func(tx *Tx) error { return readMeta(ctx, tx, m) })
	return m, err
}

func readMeta(ctx context.Context, tx *Tx, m map[string]string) error {
	rows, err := tx.Query(ctx, "SELECT key, value FROM meta ORDER BY key")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		m[k] = v
	}
	return rows.Err()
}

// SetMeta sets one metadata value.
func (db *DB) SetMeta(ctx context.Context, key, value string) error {
	if key == "" {
		return rastro.Errorf(rastro.EINVALID, "metadata key cannot be empty")
	}
	return db.Update(ctx, func(tx *Tx) error { return setMeta(ctx, tx, key, value) })
}

func setMeta(ctx context.Context, tx *Tx, key, value string) error {
	_, err := tx.Exec(ctx, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)
	return err
}

// Empty reports whether the database holds no records (metadata aside).
func (db *DB) Empty(ctx context.Context) (bool, error) {
	empty := true
	err := db.View(ctx, func(tx *Tx) (err error) {
		empty, err = isEmpty(ctx, tx)
		return err
	})
	return empty, err
}

func isEmpty(ctx context.Context, tx *Tx) (bool, error) {
	for _, t := range bundleTables {
		ok, err := exists(ctx, tx, "SELECT 1 FROM "+t.tableName())
		if err != nil || ok {
			return false, err
		}
	}
	return true, nil
}
