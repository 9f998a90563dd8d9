// Package sqldbtest opens fresh, migrated databases for tests: a temporary
// SQLite file, or a schema of its own in the PostgreSQL database named by
// RASTRO_TEST_POSTGRES (skipped when that is unset), so tests of many
// packages can run at once against one server without sharing tables.
package sqldbtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/rastro-project/rastro/crypt"
	"github.com/rastro-project/rastro/sqldb"
)

// EnvPostgres names the variable holding the PostgreSQL test URL, e.g.
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable.
const EnvPostgres = "RASTRO_TEST_POSTGRES"

// Dialects are the backends Each runs on.
var Dialects = []string{sqldb.SQLite, sqldb.Postgres}

// Open returns a fresh migrated database of the dialect, closed (and on
// PostgreSQL dropped) when the test ends.
func Open(t testing.TB, dialect string) *sqldb.DB {
	t.Helper()
	db := OpenEmpty(t, dialect)
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate %s: %v", dialect, err)
	}
	return db
}

// OpenCounting is Open with every transaction and statement counted in
// the returned counter (see sqldb.Counter), reset after migrating.
func OpenCounting(t testing.TB, dialect string) (*sqldb.DB, *sqldb.Counter) {
	t.Helper()
	c := new(sqldb.Counter)
	db := openEmpty(t, dialect, func(ctx context.Context, dsn string) (*sqldb.DB, error) {
		return sqldb.OpenCounting(ctx, dsn, c)
	})
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatalf("migrate %s: %v", dialect, err)
	}
	c.Reset()
	return db, c
}

// OpenEmpty is Open without the migrations, for tests of migrating.
func OpenEmpty(t testing.TB, dialect string) *sqldb.DB {
	t.Helper()
	return openEmpty(t, dialect, sqldb.Open)
}

func openEmpty(t testing.TB, dialect string, open func(ctx context.Context, dsn string) (*sqldb.DB, error)) *sqldb.DB {
	t.Helper()
	ctx := context.Background()
	dsn := ""
	switch dialect {
	case sqldb.SQLite:
		dsn = filepath.Join(t.TempDir(), "rastro.db")
	case sqldb.Postgres:
		dsn = postgresSchema(t)
	default:
		t.Fatalf("unknown dialect %q", dialect)
	}
	db, err := open(ctx, dsn)
	if err != nil {
		t.Fatalf("open %s: %v", dialect, err)
	}
	t.Cleanup(func() { db.Close() })
	key, err := crypt.Generate()
	if err != nil {
		t.Fatal(err)
	}
	db.SetCipher(key) // protected fields are sealed, as in the real program
	return db
}

// PostgresURL returns the test server's URL, skipping the test when
// RASTRO_TEST_POSTGRES is unset.
func PostgresURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvPostgres)
	if u == "" {
		t.Skipf("PostgreSQL tests need %s (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable)", EnvPostgres)
	}
	return u
}

// postgresSchema creates a schema of the test's own and returns a URL whose
// connections use it; the schema is dropped when the test ends.
func postgresSchema(t testing.TB) string {
	t.Helper()
	base := PostgresURL(t)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	defer admin.Close()
	b := make([]byte, 8)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("postgres at %s: %v", EnvPostgres, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		if _, err := db.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Logf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgres, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	q.Set("application_name", schema) // finds the test's backends in pg_stat_activity
	if q.Get("synchronous_commit") == "" {
		q.Set("synchronous_commit", "off") // test data need not survive a crash
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// Each runs fn as a subtest on a fresh database of every dialect
// (PostgreSQL is skipped without RASTRO_TEST_POSTGRES).
func Each(t *testing.T, fn func(t *testing.T, db *sqldb.DB)) {
	t.Helper()
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) {
			fn(t, Open(t, d))
		})
	}
}
