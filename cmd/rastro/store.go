package main

import (
	"context"
	"os"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
)

// Store opens the database on first use (Config.DB, else DATA/rastro.db,
// creating the data directory) and refuses an out-of-date schema, telling
// the user to run `rastro migrate`. Close closes it.
func (m *Main) Store(ctx context.Context) (*sqldb.DB, error) {
	db, err := m.openStore(ctx)
	if err != nil {
		return nil, err
	}
	if err := db.SchemaCurrent(ctx); err != nil {
		return nil, err
	}
	return db, nil
}

// openStore opens the database without checking its schema: for the
// commands that bring it up to date (migrate, demo).
func (m *Main) openStore(ctx context.Context) (*sqldb.DB, error) {
	if m.db != nil {
		return m.db, nil
	}
	dsn := m.Config.DB
	if dsn == "" {
		// The data directory holds personal data: only its owner may read it.
		if err := os.MkdirAll(m.Config.DataDir, 0o700); err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "cannot create data directory %s: %v", m.Config.DataDir, err)
		}
		dsn = m.DataPath("rastro.db")
	}
	db, err := sqldb.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	m.db = db
	m.OnClose(func() error {
		m.db = nil
		return db.Close()
	})
	return db, nil
}
