package main

import (
	"context"
	"os"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/crypt"
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
	key, err := m.protectedKey()
	if err != nil {
		db.Close()
		return nil, err
	}
	db.SetCipher(key)
	m.db = db
	m.OnClose(func() error {
		m.db = nil
		return db.Close()
	})
	return db, nil
}

// protectedKey loads the key that seals protected fields: RASTRO_KEY_FILE,
// else a file in the data directory, created (owner-only) at first use.
func (m *Main) protectedKey() (*crypt.Key, error) {
	path := m.Config.KeyFile
	if path == "" {
		path = m.DataPath(crypt.KeyFile)
	}
	return crypt.LoadOrCreate(path)
}
