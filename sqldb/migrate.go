package sqldb

import (
	"context"
	"embed"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/rastro-project/rastro"
)

//go:embed migrations
var migrationFS embed.FS

// migrationName is NNNN_name.sql; the NNNN ranges are split between the
// packages that add tables (see doc.go).
var migrationName = regexp.MustCompile(`^[0-9]{4}_[a-z0-9_]+\.sql$`)

type migration struct {
	version string // file name without .sql: "0001_core"
	sql     string
}

// migrations returns the dialect's embedded migrations in order.
func migrations(dialect string) ([]migration, error) {
	dir := path.Join("migrations", dialect)
	entries, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		if !migrationName.MatchString(e.Name()) {
			return nil, rastro.Errorf(rastro.EINTERNAL, "migration %s/%s: name must be NNNN_name.sql", dir, e.Name())
		}
		b, err := fs.ReadFile(migrationFS, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: strings.TrimSuffix(e.Name(), ".sql"), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    TEXT PRIMARY KEY,
	applied_at TEXT NOT NULL
)`

// Migrate applies the embedded migrations that the database lacks, each in
// its own transaction, and returns the versions it applied.
func (db *DB) Migrate(ctx context.Context) (applied []string, err error) {
	ms, err := migrations(db.dialect)
	if err != nil {
		return nil, err
	}
	if _, err := db.write.ExecContext(ctx, createMigrationsTable); err != nil {
		return nil, translate(err)
	}
	done, err := db.appliedMigrations(ctx)
	if err != nil {
		return nil, err
	}
	defer func() {
		db.fkMu.Lock()
		db.fks = nil
		db.fkMu.Unlock()
	}()
	for _, m := range ms {
		if done[m.version] {
			continue
		}
		err := db.Update(ctx, func(tx *Tx) error {
			if _, err := tx.Tx.ExecContext(ctx, m.sql); err != nil {
				return rastro.Errorf(rastro.EINTERNAL, "migration %s: %v", m.version, err)
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, m.version, formatTime(tx.Now))
			return err
		})
		if err != nil {
			return applied, err
		}
		applied = append(applied, m.version)
	}
	return applied, nil
}

func (db *DB) appliedMigrations(ctx context.Context) (map[string]bool, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	done := map[string]bool{}
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		done[v] = true
	}
	return done, rows.Err()
}

// SchemaCurrent returns nil when the database has exactly the embedded
// migrations applied, and EINVALID saying what to do otherwise.
func (db *DB) SchemaCurrent(ctx context.Context) error {
	ms, err := migrations(db.dialect)
	if err != nil {
		return err
	}
	want := ms[len(ms)-1].version
	done := map[string]bool{}
	if ok, err := db.hasMigrationsTable(ctx); err != nil {
		return err
	} else if ok {
		if done, err = db.appliedMigrations(ctx); err != nil {
			return err
		}
	}
	have := "none"
	for v := range done {
		if have == "none" || v > have {
			have = v
		}
	}
	known := map[string]bool{}
	for _, m := range ms {
		known[m.version] = true
		if !done[m.version] {
			return rastro.Errorf(rastro.EINVALID, "database schema is at version %s but this program needs %s: run `rastro migrate`", have, want)
		}
	}
	for v := range done {
		if !known[v] {
			return rastro.Errorf(rastro.EINVALID, "database schema is at version %s, which this program does not know (it needs %s): use a newer rastro", have, want)
		}
	}
	return nil
}

func (db *DB) hasMigrationsTable(ctx context.Context) (bool, error) {
	q := `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`
	if db.dialect == Postgres {
		q = `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'`
	}
	var n int
	if err := db.read.QueryRowContext(ctx, q).Scan(&n); err != nil {
		return false, translate(err)
	}
	return n > 0, nil
}
