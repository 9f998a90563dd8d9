package sqldb

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rastro-project/rastro/internal/fold"

	"github.com/jackc/pgx/v5"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"modernc.org/sqlite" // registers the "sqlite" driver
)

// Dialects.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// DB is the store. On SQLite it holds two pools over the same file: one
// writer connection (SQLite allows one writer at a time, so queueing writers
// in Go beats retrying on SQLITE_BUSY) and a pool of readers that WAL lets run
// alongside it. On PostgreSQL both are the same pool.
type DB struct {
	dialect string
	write   *sql.DB
	read    *sql.DB

	fkMu sync.Mutex
	fks  []ForeignKey // cached by ForeignKeys

	// Now gives the time stamped on records; tests may replace it. Each
	// transaction reads it once, so every row a transaction writes shares
	// one time.
	Now func() time.Time

	cipher     Cipher      // seals protected fields; nil: protected records cannot be written
	keyChecked atomic.Bool // cipher matches the database's sealing key

	*accounts // users, sessions, tokens, throttles: DB is an auth.Store
}

// Open connects to dsn: a postgres:// or postgresql:// URL selects
// PostgreSQL; anything else is the path of a SQLite file (created if
// missing), optionally with query parameters for the driver. Open neither
// migrates nor checks the schema: see Migrate and SchemaCurrent.
func Open(ctx context.Context, dsn string) (*DB, error) {
	return open(ctx, dsn, sql.Open)
}

func open(ctx context.Context, dsn string, openPool func(driver, dsn string) (*sql.DB, error)) (*DB, error) {
	db := &DB{Now: time.Now}
	db.accounts = &accounts{db}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		db.dialect = Postgres
		pool, err := openPool("pgx", dsn)
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "database URL: %v", err)
		}
		// Reads take as many connections as SQLite has readers: on 2
		// cores, 8 served the incident list under 50 clients about 15%
		// faster than 16 or 32 (more backends only contend for the CPU),
		// and as many stay idle, so that a dip in load does not close
		// connections (and their prepared statements) that the next burst
		// opens again.
		n := readers()
		pool.SetMaxOpenConns(n)
		pool.SetMaxIdleConns(n)
		pool.SetConnMaxIdleTime(5 * time.Minute)
		// Writes have connections of their own, as on SQLite: a request
		// holds its read snapshot while it writes (a session's touch), so
		// with one pool, n such requests at once would each wait for a
		// connection another holds, for ever.
		wpool, err := openPool("pgx", dsn)
		if err != nil {
			pool.Close()
			return nil, rastro.Errorf(rastro.EINVALID, "database URL: %v", err)
		}
		wpool.SetMaxOpenConns(writers)
		wpool.SetMaxIdleConns(writers)
		wpool.SetConnMaxIdleTime(5 * time.Minute)
		db.write, db.read = wpool, pool
	} else {
		db.dialect = SQLite
		if dsn == "" || dsn == ":memory:" || strings.Contains(dsn, "mode=memory") {
			return nil, rastro.Errorf(rastro.EINVALID, "SQLite database needs a file path, not %q", dsn)
		}
		var err error
		if db.write, err = openPool("sqlite", sqliteDSN(dsn, true)); err != nil {
			return nil, err
		}
		db.write.SetMaxOpenConns(1)
		db.write.SetMaxIdleConns(1)
		db.write.SetConnMaxIdleTime(0)
		db.write.SetConnMaxLifetime(0)
		if db.read, err = openPool("sqlite", sqliteDSN(dsn, false)); err != nil {
			db.write.Close()
			return nil, err
		}
		n := readers()
		db.read.SetMaxOpenConns(n)
		db.read.SetMaxIdleConns(n)
	}
	if err := db.write.PingContext(ctx); err != nil {
		db.Close()
		return nil, rastro.Errorf(rastro.EINVALID, "cannot open database: %v", err)
	}
	return db, nil
}

// writers is the size of PostgreSQL's write pool: write transactions are
// short, and PostgreSQL serialises conflicting ones anyway.
const writers = 4

// readers is the size of the pool reads take connections from. A web
// request holds one for its whole handler (see Snapshot), so there are
// more than cores.
func readers() int { return max(8, 4*runtime.NumCPU()) }

// sqliteDSN adds the connection settings every connection needs: WAL so
// readers never block the writer, foreign keys enforced, a busy timeout for
// other processes on the same file. The writer also takes its lock up front
// (BEGIN IMMEDIATE, so a transaction never fails on upgrading from read to
// write) and a larger page cache for big imports; readers are query-only.
// The caller's own parameters win.
func sqliteDSN(dsn string, writer bool) string {
	path, query, _ := strings.Cut(dsn, "?")
	q, _ := url.ParseQuery(query)
	pragmas := map[string]bool{}
	for _, p := range q["_pragma"] {
		name, _, _ := strings.Cut(p, "(")
		pragmas[strings.ToLower(strings.TrimSpace(name))] = true
	}
	want := []string{"journal_mode(WAL)", "foreign_keys(1)", "busy_timeout(10000)", "synchronous(NORMAL)"}
	if writer {
		want = append(want, "cache_size(-65536)")
	} else {
		want = append(want, "query_only(1)")
	}
	for _, p := range want {
		name, _, _ := strings.Cut(p, "(")
		if !pragmas[name] {
			q.Add("_pragma", p)
		}
	}
	if writer && q.Get("_txlock") == "" {
		q.Set("_txlock", "immediate")
	}
	return path + "?" + q.Encode()
}

// planEach returns args for a statement whose best plan depends on them (a
// WHERE on a search word, a UBIGEO prefix, a date range, any column a caller
// chose). The driver prepares statements once per connection, and
// PostgreSQL's plan cache (plan_cache_mode auto) then keeps a generic plan
// where its estimate is no worse than that of plans made for the
// arguments: right for lookups by key or by a page's IDs and the session
// check, which it saves planning again on every request (planning every
// statement took about 40% of PostgreSQL's CPU time on the incident list
// under 50 clients: web's BenchmarkLoad, pg-cpu-us/req), but a filter's
// generic plan can be a hundred times slower for some arguments. On
// PostgreSQL such a statement runs unnamed, which PostgreSQL plans for each
// execution's arguments, as it planned a prepared one under
// force_custom_plan, in one round trip still (the driver caches its
// description); elsewhere args are unchanged.
func planEach(dialect string, args []any) []any {
	if dialect != Postgres {
		return args
	}
	return append([]any{pgx.QueryExecModeCacheDescribe}, args...)
}

// Close closes the pools.
func (db *DB) Close() error {
	var err error
	if db.read != nil && db.read != db.write {
		err = db.read.Close()
	}
	if db.write != nil {
		if werr := db.write.Close(); err == nil {
			err = werr
		}
	}
	return err
}

// Dialect is SQLite ("sqlite") or Postgres ("postgres").
func (db *DB) Dialect() string { return db.dialect }

// Tx is a transaction with the dialect and the one time its writes carry.
// Private store helpers take a *Tx; public methods open it (see Update and
// View) so that each public call is one transaction.
type Tx struct {
	*sql.Tx
	db    *DB
	Now   time.Time // UTC, microsecond precision (what both databases keep)
	write bool
	// pending holds audit entries of a read transaction (reads of protected
	// fields), written by View in a write transaction once the read is done.
	pending []*rastro.AuditEntry
	stmts   map[string]*sql.Stmt // by query: see Prepare
}

// Dialect of the transaction's database.
func (tx *Tx) Dialect() string { return tx.db.dialect }

// DB is the store the transaction belongs to.
func (tx *Tx) DB() *DB { return tx.db }

func (db *DB) begin(ctx context.Context, write bool) (*Tx, error) {
	pool, opts := db.read, &sql.TxOptions{ReadOnly: true}
	if write {
		pool, opts = db.write, nil
	} else if db.dialect == Postgres {
		// A consistent snapshot for multi-query reads (List's count and page,
		// Export's tables).
		opts.Isolation = sql.LevelRepeatableRead
	} else {
		opts = nil // the reader connections are query_only already
	}
	t, err := pool.BeginTx(ctx, opts)
	if err != nil {
		return nil, translate(err)
	}
	return &Tx{Tx: t, db: db, Now: db.Now().UTC().Truncate(time.Microsecond), write: write}, nil
}

// Update runs fn in a write transaction and commits it when fn returns nil;
// driver errors come back translated (see translate).
func (db *DB) Update(ctx context.Context, fn func(tx *Tx) error) error {
	tx, err := db.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return translate(err)
	}
	return translate(tx.Commit())
}

// View runs fn in a read transaction. When fn revealed protected fields,
// View then writes their audit entries, and fails if it cannot: callers
// must not use what fn read when View returns an error.
func (db *DB) View(ctx context.Context, fn func(tx *Tx) error) error {
	if sn := db.snapshotOf(ctx); sn != nil {
		return db.viewIn(ctx, sn.tx, fn)
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return translate(err)
	}
	if len(tx.pending) == 0 {
		return nil
	}
	tx.Rollback()
	return db.Update(ctx, func(w *Tx) error { return insertAudit(ctx, w, tx.pending...) })
}

type snapshotKey struct{ db *DB }

// snapshot is the read transaction a context carries; once ended, reads
// with the context take transactions of their own again.
type snapshot struct {
	tx    *Tx
	ended atomic.Bool
	users map[int64]*auth.User // read with the session, for UserByID
}

// snapshotOf returns the open snapshot ctx carries, or nil.
func (db *DB) snapshotOf(ctx context.Context) *snapshot {
	if sn, ok := ctx.Value(snapshotKey{db}).(*snapshot); ok && !sn.ended.Load() {
		return sn
	}
	return nil
}

// Snapshot returns a context in which every read of db (View, and so every
// Find, List, Export…) shares one read transaction, and the function that
// ends it. A page then reads one state of the records in one BEGIN …
// ROLLBACK instead of one per lookup, which costs a round trip each on
// PostgreSQL. Writes take their own transactions, which the snapshot's
// later reads do not see: use it for requests that only read. The context
// must not be used by two goroutines at once (a transaction is one
// connection). Within a snapshot Snapshot returns ctx unchanged; the end
// function may be called more than once.
func (db *DB) Snapshot(ctx context.Context) (context.Context, func(), error) {
	if db.snapshotOf(ctx) != nil {
		return ctx, func() {}, nil
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return ctx, nil, err
	}
	sn := &snapshot{tx: tx}
	end := func() {
		if !sn.ended.Swap(true) {
			tx.Rollback()
		}
	}
	return context.WithValue(ctx, snapshotKey{db}, sn), end, nil
}

// viewIn runs a View inside a snapshot's transaction. Reads of protected
// fields are audited before View returns, as outside a snapshot.
func (db *DB) viewIn(ctx context.Context, tx *Tx, fn func(tx *Tx) error) error {
	from := len(tx.pending)
	if err := fn(tx); err != nil {
		tx.pending = tx.pending[:from]
		return translate(err)
	}
	if len(tx.pending) == from {
		return nil
	}
	pending := slices.Clone(tx.pending[from:])
	tx.pending = tx.pending[:from]
	return db.Update(ctx, func(w *Tx) error { return insertAudit(ctx, w, pending...) })
}

// Rebind turns the ? placeholders of query into the dialect's: unchanged on
// SQLite, $1, $2… on PostgreSQL. Queries must not hold a literal '?'.
func Rebind(dialect, query string) string {
	if dialect != Postgres || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// Exec runs a statement written with ? placeholders.
func (tx *Tx) Exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return tx.Tx.ExecContext(ctx, Rebind(tx.db.dialect, query), args...)
}

// Query runs a query written with ? placeholders.
func (tx *Tx) Query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return tx.Tx.QueryContext(ctx, Rebind(tx.db.dialect, query), args...)
}

// QueryRow runs a one-row query written with ? placeholders.
func (tx *Tx) QueryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return tx.Tx.QueryRowContext(ctx, Rebind(tx.db.dialect, query), args...)
}

// Prepare prepares a statement written with ? placeholders, once per
// transaction: later calls with the same query return the same statement,
// which the transaction closes when it ends (callers must not). A bulk
// import prepares its batch inserts once instead of once per batch, and
// database/sql keeps every statement a transaction prepared until it ends,
// closed or not.
func (tx *Tx) Prepare(ctx context.Context, query string) (*sql.Stmt, error) {
	if s := tx.stmts[query]; s != nil {
		return s, nil
	}
	s, err := tx.Tx.PrepareContext(ctx, Rebind(tx.db.dialect, query))
	if err != nil {
		return nil, err
	}
	if tx.stmts == nil {
		tx.stmts = map[string]*sql.Stmt{}
	}
	tx.stmts[query] = s
	return s, nil
}

// Placeholders returns n comma-separated ? marks, for IN lists and
// multi-row inserts.
func Placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

func joinCols(cols []string) string { return strings.Join(cols, ", ") }

func init() {
	// rastro_fold on SQLite; PostgreSQL defines it in its first migration.
	sqlite.MustRegisterDeterministicScalarFunction("rastro_fold", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		switch s := args[0].(type) {
		case string:
			return fold.Lower(s), nil
		case []byte:
			return fold.Lower(string(s)), nil
		}
		return args[0], nil
	})
}
