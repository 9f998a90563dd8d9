package sqldb

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"strings"
	"sync"
)

// Counter counts what a store sends its database: transactions begun and
// statements run (a prepared statement counts each time it runs). Tests
// use it to hold pages to a fixed number of statements whatever their size:
// SQLite answers a query per row quickly enough to hide it, PostgreSQL,
// a round trip away, does not.
type Counter struct {
	mu    sync.Mutex
	txs   int
	stmts int
	log   []string // statements, and "BEGIN" where transactions begin
}

// Counts returns the transactions and statements since the last Reset.
func (c *Counter) Counts() (txs, stmts int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.txs, c.stmts
}

// Log returns the statements since the last Reset, in order, with "BEGIN"
// where each transaction began.
func (c *Counter) Log() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.log...)
}

// Reset sets the counts to zero.
func (c *Counter) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.txs, c.stmts, c.log = 0, 0, nil
}

func (c *Counter) begin() {
	c.mu.Lock()
	c.txs++
	c.log = append(c.log, "BEGIN")
	c.mu.Unlock()
}

func (c *Counter) stmt(query string) {
	c.mu.Lock()
	c.stmts++
	c.log = append(c.log, strings.Join(strings.Fields(query), " "))
	c.mu.Unlock()
}

// OpenCounting is Open with every transaction and statement counted in c.
func OpenCounting(ctx context.Context, dsn string, c *Counter) (*DB, error) {
	return open(ctx, dsn, func(name, dsn string) (*sql.DB, error) {
		pool, err := sql.Open(name, dsn)
		if err != nil {
			return nil, err
		}
		d := pool.Driver()
		pool.Close()
		return sql.OpenDB(countingConnector{dsn: dsn, d: d, c: c}), nil
	})
}

type countingConnector struct {
	dsn string
	d   driver.Driver
	c   *Counter
}

func (k countingConnector) Connect(ctx context.Context) (driver.Conn, error) {
	var conn driver.Conn
	var err error
	if dc, ok := k.d.(driver.DriverContext); ok {
		var inner driver.Connector
		if inner, err = dc.OpenConnector(k.dsn); err == nil {
			conn, err = inner.Connect(ctx)
		}
	} else {
		conn, err = k.d.Open(k.dsn)
	}
	if err != nil {
		return nil, err
	}
	return &countingConn{Conn: conn, c: k.c}, nil
}

func (k countingConnector) Driver() driver.Driver { return k.d }

// countingConn passes everything to the driver's connection, counting; a
// method the driver lacks answers driver.ErrSkip, so that database/sql
// takes the path it would have taken without the wrapper.
type countingConn struct {
	driver.Conn
	c *Counter
}

func (w *countingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	w.c.begin()
	if b, ok := w.Conn.(driver.ConnBeginTx); ok {
		return b.BeginTx(ctx, opts)
	}
	return w.Conn.Begin() //nolint:staticcheck // drivers without BeginTx
}

func (w *countingConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	var s driver.Stmt
	var err error
	if p, ok := w.Conn.(driver.ConnPrepareContext); ok {
		s, err = p.PrepareContext(ctx, query)
	} else {
		s, err = w.Conn.Prepare(query)
	}
	if err != nil {
		return nil, err
	}
	return &countingStmt{Stmt: s, query: query, c: w.c}, nil
}

func (w *countingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	e, ok := w.Conn.(driver.ExecerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	r, err := e.ExecContext(ctx, query, args)
	if err != driver.ErrSkip {
		w.c.stmt(query)
	}
	return r, err
}

func (w *countingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	q, ok := w.Conn.(driver.QueryerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	r, err := q.QueryContext(ctx, query, args)
	if err != driver.ErrSkip {
		w.c.stmt(query)
	}
	return r, err
}

func (w *countingConn) CheckNamedValue(v *driver.NamedValue) error {
	if n, ok := w.Conn.(driver.NamedValueChecker); ok {
		return n.CheckNamedValue(v)
	}
	return driver.ErrSkip
}

func (w *countingConn) Ping(ctx context.Context) error {
	if p, ok := w.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

func (w *countingConn) ResetSession(ctx context.Context) error {
	if r, ok := w.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (w *countingConn) IsValid() bool {
	if v, ok := w.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

type countingStmt struct {
	driver.Stmt
	query string
	c     *Counter
}

func (s *countingStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.c.stmt(s.query)
	if e, ok := s.Stmt.(driver.StmtExecContext); ok {
		return e.ExecContext(ctx, args)
	}
	vals, err := plainValues(args)
	if err != nil {
		return nil, err
	}
	return s.Stmt.Exec(vals) //nolint:staticcheck // drivers without ExecContext
}

func (s *countingStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.c.stmt(s.query)
	if q, ok := s.Stmt.(driver.StmtQueryContext); ok {
		return q.QueryContext(ctx, args)
	}
	vals, err := plainValues(args)
	if err != nil {
		return nil, err
	}
	return s.Stmt.Query(vals) //nolint:staticcheck // drivers without QueryContext
}

func (s *countingStmt) CheckNamedValue(v *driver.NamedValue) error {
	if n, ok := s.Stmt.(driver.NamedValueChecker); ok {
		return n.CheckNamedValue(v)
	}
	return driver.ErrSkip
}

func plainValues(args []driver.NamedValue) ([]driver.Value, error) {
	vals := make([]driver.Value, len(args))
	for i, a := range args {
		if a.Name != "" {
			return nil, driver.ErrSkip
		}
		vals[i] = a.Value
	}
	return vals, nil
}
