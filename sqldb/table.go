package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// table maps one record type to its SQL table. The bookkeeping columns (id,
// version, created_at, updated_at) and, for research records, the assertion
// columns (confidence, status) come first and are handled here; cols are the
// type's own columns, with args giving their values and dests their scan
// destinations, in the same order.
type table[T any] struct {
	name      string // SQL table, "acts"
	noun      string // record type in citations, claims and messages, "act"
	cols      []string
	args      func(r *T) []any
	dests     func(r *T) []any
	record    func(r *T) *rastro.Record
	assertion func(r *T) *rastro.Assertion // nil: no confidence, status or citations
	validate  func(r *T) error
	fks       []fk[T]
	seal      *sealer[T]     // nil: no protected fields (see protect.go)
	auditForm func(r *T) any // what the audit log keeps of a record; nil: all of it
}

// fk is a reference from a column of the table to another record.
type fk[T any] struct {
	col    string // "incident_id"
	target string // "incidents"
	noun   string // "incident"
	get    func(r *T) int64
}

func (t *table[T]) headCols(withID bool) []string {
	c := []string{"version", "created_at", "updated_at"}
	if withID {
		c = append([]string{"id"}, c...)
	}
	if t.assertion != nil {
		c = append(c, "confidence", "status")
	}
	c = append(c, t.cols...)
	if t.seal != nil {
		c = append(c, "sealed")
	}
	return c
}

// readOpts narrows what a query reads, for readers that use only part of
// each record (see ForAnalysis): every column costs a call into SQLite per
// row, and a source's text can be most of a database.
type readOpts struct {
	noBookkeeping bool            // leave version, created_at and updated_at out
	omit          map[string]bool // own columns left out (their fields stay zero)
	noCitations   bool            // leave the citations out
	noSealed      bool            // leave the sealed column out (nothing is revealed)
	intern        bool            // share equal strings between rows (codes repeat)
	packed        bool            // on SQLite, read each row as one text (see packedRow)
	leanCitations bool            // read only each citation's source and field
	beside        *beside         // values read beside each row (see beside)
}

// beside is what a query reads beside a table's columns, in the same
// statement: expressions that do not depend on the row (a count of the
// rows a filter selects, for a page), their arguments (which come before
// those of the query's tail) and their scan destinations.
type beside struct {
	cols  []string
	args  []any
	dests []any
}

// internDest scans a text column into a string shared by every row with
// the same value, so a table's codes (act types, munitions, statuses) are
// kept once and not once per row.
type internDest struct {
	p    *string
	seen map[string]string
}

func (d internDest) Scan(v any) error {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case []byte:
		s = string(x)
	default:
		return fmt.Errorf("want text, got %T", v)
	}
	if c, ok := d.seen[s]; ok {
		s = c
	} else if len(d.seen) < maxInterned {
		d.seen[s] = s
	}
	*d.p = s
	return nil
}

// intDest scans an integer column into an int directly: database/sql
// converts into *int by formatting the value and parsing it back.
type intDest struct{ p *int }

func (d intDest) Scan(v any) error {
	switch x := v.(type) {
	case int64:
		*d.p = int(x)
	case string:
		return d.parse(x)
	case []byte:
		return d.parse(string(x))
	case nil:
		return errors.New("converting NULL to int is unsupported")
	default:
		return fmt.Errorf("converting %T to an int is unsupported", v)
	}
	return nil
}

func (d intDest) parse(s string) error {
	n, err := strconv.ParseInt(s, 10, 0)
	if err != nil {
		return fmt.Errorf("converting %q to an int: %w", s, err)
	}
	*d.p = int(n)
	return nil
}

// maxInterned bounds internDest's table: names and other free texts
// rarely repeat, and codes are few.
const maxInterned = 1024

// selectCols are the columns a read with o selects.
func (t *table[T]) selectCols(o readOpts) []string {
	var cols []string
	for _, c := range t.headCols(true) {
		switch {
		case o.noBookkeeping && (c == "version" || c == "created_at" || c == "updated_at"):
		case o.omit[c], o.noSealed && c == "sealed":
		default:
			cols = append(cols, c)
		}
	}
	return cols
}

// scanDestsFor are the destinations of the columns selectCols(o) names.
func (t *table[T]) scanDestsFor(r *T, sealed *sql.NullString, o readOpts) []any {
	rec := t.record(r)
	d := []any{&rec.ID}
	if !o.noBookkeeping {
		d = append(d, &rec.Version, timeDest{&rec.CreatedAt}, timeDest{&rec.UpdatedAt})
	}
	if t.assertion != nil {
		a := t.assertion(r)
		d = append(d, (*string)(&a.Confidence), (*string)(&a.Status))
	}
	for i, dest := range t.dests(r) {
		if !o.omit[t.cols[i]] {
			d = append(d, dest)
		}
	}
	if t.seal != nil && !o.noSealed {
		d = append(d, sealed)
	}
	return d
}

// rowArgs are the values of r's columns; sealed is the sealed column's
// (see stored), ignored by tables without protected fields.
func (t *table[T]) rowArgs(r *T, withID bool, sealed any) []any {
	rec := t.record(r)
	a := []any{rec.Version, formatTime(rec.CreatedAt), formatTime(rec.UpdatedAt)}
	if withID {
		a = append([]any{rec.ID}, a...)
	}
	if t.assertion != nil {
		as := t.assertion(r)
		a = append(a, string(as.Confidence), string(as.Status))
	}
	a = append(a, t.args(r)...)
	if t.seal != nil {
		a = append(a, sealed)
	}
	return a
}

func (t *table[T]) notFound(id int64) error {
	return rastro.Errorf(rastro.ENOTFOUND, "%s %d not found", t.noun, id)
}

// query runs a SELECT of the table's columns with the given tail (WHERE,
// ORDER BY, LIMIT…) and returns the records with their citations, and
// protected fields revealed when the context may read them (audited).
func (t *table[T]) query(ctx context.Context, tx *Tx, tail string, args ...any) ([]*T, error) {
	return t.queryWith(ctx, tx, readOpts{}, tail, args...)
}

// queryWith is query reading the columns o leaves.
func (t *table[T]) queryWith(ctx context.Context, tx *Tx, o readOpts, tail string, args ...any) ([]*T, error) {
	// Rows are scanned into one scratch record through destinations made
	// once, then copied into records allocated in blocks: per row, that
	// saves building the destinations and a dozen small allocations.
	var scratch, zero T
	var s sql.NullString
	dests := t.scanDestsFor(&scratch, &s, o)
	seen := map[string]string{}
	for i, d := range dests {
		switch p := d.(type) {
		case *int:
			dests[i] = intDest{p}
		case *string:
			if o.intern {
				dests[i] = internDest{p, seen}
			}
		}
	}
	cols := t.selectCols(o)
	if b := o.beside; b != nil {
		cols = append(cols, b.cols...)
		args = append(slices.Clip(b.args), args...)
		dests = append(dests, b.dests...)
	}
	q := "SELECT " + joinCols(cols) + " FROM " + t.name
	var packed *packedRow
	if o.packed && tx.Dialect() == SQLite {
		if packed = packRow(dests); packed != nil {
			q = packedSelect(cols, "FROM "+t.name)
		}
	}
	rows, err := tx.Query(ctx, q+" "+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*T
	var sealed []sql.NullString
	var block []T
	for rows.Next() {
		if packed != nil {
			err = packed.scan(rows)
		} else {
			err = rows.Scan(dests...)
		}
		if err != nil {
			return nil, fmt.Errorf("scan %s: %w", t.name, err)
		}
		if len(block) == 0 {
			block = make([]T, min(max(len(out), 16), 1024))
		}
		r := &block[0]
		block = block[1:]
		*r, scratch = scratch, zero
		out = append(out, r)
		if t.seal != nil && !o.noSealed {
			sealed = append(sealed, s)
			s = sql.NullString{}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if t.seal != nil && !o.noSealed {
		if err := t.reveal(ctx, tx, out, sealed); err != nil {
			return nil, err
		}
	}
	if t.assertion != nil && len(out) > 0 && !o.noCitations {
		if err := loadCitations(ctx, tx, t.noun, out, o, t.record, t.assertion); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (t *table[T]) find(ctx context.Context, tx *Tx, id int64) (*T, error) {
	rs, err := t.query(ctx, tx, "WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, t.notFound(id)
	}
	return rs[0], nil
}

// Filter is a WHERE clause under construction: conditions joined by AND and
// their arguments, plus the page.
type Filter struct {
	Where  []string
	Args   []any
	Offset int
	Limit  int
}

// Add appends a condition with its arguments.
func (f *Filter) Add(cond string, args ...any) {
	f.Where = append(f.Where, cond)
	f.Args = append(f.Args, args...)
}

// SQL returns "WHERE …" or "".
func (f *Filter) SQL() string {
	if len(f.Where) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(f.Where, " AND ")
}

// Bind returns the arguments of a statement whose WHERE is f.SQL(): f's,
// then more. A statement with conditions is planned for its arguments at
// every execution (see planEach).
func (f *Filter) Bind(dialect string, more ...any) []any {
	args := append(slices.Clip(f.Args), more...)
	if len(f.Where) == 0 {
		return args
	}
	return planEach(dialect, args)
}

// PageSQL returns the ORDER BY id and LIMIT/OFFSET tail with its arguments;
// Limit 0 means all.
func PageSQL(dialect string, offset, limit int) (string, []any) {
	switch {
	case limit > 0:
		return "ORDER BY id LIMIT ? OFFSET ?", []any{limit, offset}
	case offset > 0 && dialect == SQLite:
		return "ORDER BY id LIMIT -1 OFFSET ?", []any{offset}
	case offset > 0:
		return "ORDER BY id OFFSET ?", []any{offset}
	}
	return "ORDER BY id", nil
}

func (t *table[T]) list(ctx context.Context, tx *Tx, f Filter) ([]*T, int, error) {
	if f.Offset < 0 || f.Limit < 0 {
		return nil, 0, rastro.Errorf(rastro.EINVALID, "offset and limit cannot be negative")
	}
	page, pageArgs := PageSQL(tx.Dialect(), f.Offset, f.Limit)
	// A page that may be full reads the count of the records f selects in
	// its own statement: on PostgreSQL a statement of its own costs a round
	// trip while the request holds its connection. The count's arguments
	// come first, and with them, from Bind, how the statement is planned.
	var o readOpts
	total := -1
	args := f.Bind(tx.Dialect(), pageArgs...)
	if f.Limit > 0 {
		o.beside = &beside{
			cols:  []string{"(SELECT count(*) FROM " + t.name + " " + f.SQL() + ")"},
			args:  f.Bind(tx.Dialect()),
			dests: []any{&total},
		}
		args = append(slices.Clip(f.Args), pageArgs...)
	}
	rs, err := t.queryWith(ctx, tx, o, f.SQL()+" "+page, args...)
	if err != nil {
		return nil, 0, err
	}
	if total >= 0 {
		return rs, total, nil
	}
	// The page tells the total when it is the last one.
	if (f.Limit == 0 || len(rs) < f.Limit) && (len(rs) > 0 || f.Offset == 0) {
		return rs, f.Offset + len(rs), nil
	}
	var n int
	if err := tx.QueryRow(ctx, "SELECT count(*) FROM "+t.name+" "+f.SQL(), f.Bind(tx.Dialect())...).Scan(&n); err != nil {
		return nil, 0, err
	}
	return rs, n, nil
}

// checkRefs verifies that every reference the record makes exists, so a
// missing one is reported by field on both databases alike.
func (t *table[T]) checkRefs(ctx context.Context, tx *Tx, r *T) error {
	for _, k := range t.fks {
		id := k.get(r)
		if id == 0 {
			continue
		}
		if id < 0 {
			return rastro.Errorf(rastro.EINVALID, "%s %s: no such %s %d", t.noun, k.col, k.noun, id)
		}
		ok, err := exists(ctx, tx, "SELECT 1 FROM "+k.target+" WHERE id = ?", id)
		if err != nil {
			return err
		}
		if !ok {
			return rastro.Errorf(rastro.EINVALID, "%s %s: no such %s %d", t.noun, k.col, k.noun, id)
		}
	}
	if t.assertion != nil {
		return checkCitationSources(ctx, tx, t.noun, t.assertion(r).Citations)
	}
	return nil
}

func exists(ctx context.Context, tx *Tx, query string, args ...any) (bool, error) {
	var one int
	err := tx.QueryRow(ctx, query+" LIMIT 1", args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

func (t *table[T]) prepare(r *T) error {
	if err := t.validate(r); err != nil {
		return err
	}
	if t.assertion != nil {
		a := t.assertion(r)
		a.Citations = slices.Clone(a.Citations) // IDs are assigned on a copy
	}
	return nil
}

func (t *table[T]) create(ctx context.Context, tx *Tx, r *T) error {
	if err := t.prepare(r); err != nil {
		return err
	}
	if err := t.checkRefs(ctx, tx, r); err != nil {
		return err
	}
	rec := t.record(r)
	rec.Version, rec.CreatedAt, rec.UpdatedAt = 1, tx.Now, tx.Now
	st, sealed, err := t.stored(ctx, tx, r, 0)
	if err != nil {
		return err
	}
	cols := t.headCols(false)
	q := fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s) RETURNING id", t.name, strings.Join(cols, ", "), Placeholders(len(cols)))
	if err := tx.QueryRow(ctx, q, t.rowArgs(st, false, sealed)...).Scan(&rec.ID); err != nil {
		return err
	}
	t.record(st).ID = rec.ID
	if t.assertion != nil {
		if err := insertCitations(ctx, tx, t.noun, rec.ID, t.assertion(r).Citations); err != nil {
			return err
		}
	}
	return t.audit(ctx, tx, rastro.AuditCreate, rec.ID, nil, st)
}

// audit logs a change of record id in the change's transaction; old and
// new are stored forms (protected fields are placeholders), nil when absent.
func (t *table[T]) audit(ctx context.Context, tx *Tx, action string, id int64, old, new *T) error {
	var o, n any
	form := func(r *T) any { return r }
	if t.auditForm != nil {
		form = t.auditForm
	}
	if old != nil {
		o = form(old)
	}
	if new != nil {
		n = form(new)
	}
	return auditChange(ctx, tx, action, t.noun, id, o, n, "")
}

// before reads the stored form of record id for the audit log, or nil.
func (t *table[T]) before(ctx context.Context, tx *Tx, id int64) (*T, error) {
	rs, err := t.query(withoutReveal(ctx), tx, "WHERE id = ?", id)
	if err != nil || len(rs) == 0 {
		return nil, err
	}
	return rs[0], nil
}

func (t *table[T]) update(ctx context.Context, tx *Tx, r *T) error {
	if err := t.prepare(r); err != nil {
		return err
	}
	rec := t.record(r)
	if err := t.checkRefs(ctx, tx, r); err != nil {
		return err
	}
	old, err := t.before(ctx, tx, rec.ID)
	if err != nil {
		return err
	}
	if old == nil || t.record(old).Version != rec.Version {
		return t.staleOrMissing(ctx, tx, rec.ID, rec.Version)
	}
	st, sealed, err := t.stored(ctx, tx, r, rec.ID)
	if err != nil {
		return err
	}
	cols := t.headCols(false)[3:] // the version and timestamps are set below
	sets := make([]string, len(cols))
	for i, c := range cols {
		sets[i] = c + " = ?"
	}
	q := fmt.Sprintf("UPDATE %s SET version = version + 1, updated_at = ?, %s WHERE id = ? AND version = ? RETURNING created_at",
		t.name, strings.Join(sets, ", "))
	args := append([]any{formatTime(tx.Now)}, t.rowArgs(st, false, sealed)[3:]...)
	args = append(args, rec.ID, rec.Version)
	err = tx.QueryRow(ctx, q, args...).Scan(timeDest{&rec.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return t.staleOrMissing(ctx, tx, rec.ID, rec.Version)
	} else if err != nil {
		return err
	}
	rec.Version++
	rec.UpdatedAt = tx.Now
	*t.record(st) = *rec
	if t.assertion != nil {
		if _, err := tx.Exec(ctx, "DELETE FROM citations WHERE record_type = ? AND record_id = ?", t.noun, rec.ID); err != nil {
			return err
		}
		if err := insertCitations(ctx, tx, t.noun, rec.ID, t.assertion(r).Citations); err != nil {
			return err
		}
	}
	if t.seal != nil && t.seal.protected(st) && !t.seal.redacted(old) {
		t.seal.redact(old) // newly protected: the log keeps no copy either
	}
	return t.audit(ctx, tx, rastro.AuditUpdate, rec.ID, old, st)
}

// staleOrMissing explains why no row had the id and version.
func (t *table[T]) staleOrMissing(ctx context.Context, tx *Tx, id int64, version int) error {
	var current int
	err := tx.QueryRow(ctx, "SELECT version FROM "+t.name+" WHERE id = ?", id).Scan(&current)
	if errors.Is(err, sql.ErrNoRows) {
		return t.notFound(id)
	} else if err != nil {
		return err
	}
	return rastro.Errorf(rastro.ECONFLICT, "%s %d has changed since version %d (it is now at version %d): reload it and apply your change again", t.noun, id, version, current)
}

func (t *table[T]) delete(ctx context.Context, tx *Tx, id int64, version int) error {
	old, err := t.before(ctx, tx, id)
	if err != nil {
		return err
	}
	if old == nil || t.record(old).Version != version {
		return t.staleOrMissing(ctx, tx, id, version)
	}
	if err := CheckReferenced(ctx, tx, t.name, t.noun, id); err != nil {
		return err
	}
	if t.assertion != nil {
		if _, err := tx.Exec(ctx, "DELETE FROM citations WHERE record_type = ? AND record_id = ?", t.noun, id); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(ctx, "DELETE FROM "+t.name+" WHERE id = ? AND version = ?", id, version); err != nil {
		return err
	}
	return t.audit(ctx, tx, rastro.AuditDelete, id, old, nil)
}

// CheckReferenced refuses to delete a record that others still refer to,
// naming the first table that does. It reads the foreign keys from the
// database's catalog (see ForeignKeys), so tables other packages add are
// covered too; claims linked to the record by (record_type, record_id) count
// as well.
func CheckReferenced(ctx context.Context, tx *Tx, target, noun string, id int64) error {
	fks, err := tx.db.ForeignKeys(ctx)
	if err != nil {
		return err
	}
	for _, k := range fks {
		if k.Target != target || k.Cascade {
			continue
		}
		ok, err := exists(ctx, tx, "SELECT 1 FROM "+k.Table+" WHERE "+k.Column+" = ?", id)
		if err != nil {
			return err
		}
		if ok {
			return rastro.Errorf(rastro.ECONFLICT, "%s %d is still referenced by %s (%s): delete or change those first", noun, id, k.Table, k.Column)
		}
	}
	ok, err := exists(ctx, tx, "SELECT 1 FROM claims WHERE record_type = ? AND record_id = ?", noun, id)
	if err != nil {
		return err
	}
	if ok {
		return rastro.Errorf(rastro.ECONFLICT, "%s %d is still referenced by claims (record_id): unlink them first", noun, id)
	}
	return nil
}

// records is the generic service over a table: every public method is one
// transaction. filter turns the type's filter into a WHERE clause.
type records[T any, F any] struct {
	db     *DB
	t      *table[T]
	filter func(dialect string, f F) (Filter, error)
}

func (s *records[T, F]) Find(ctx context.Context, id int64) (*T, error) {
	var r *T
	err := s.db.View(ctx, func(tx *Tx) (err error) {
		r, err = s.t.find(ctx, tx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (s *records[T, F]) List(ctx context.Context, f F) ([]*T, int, error) {
	flt, err := s.filter(s.db.dialect, f)
	if err != nil {
		return nil, 0, err
	}
	var rs []*T
	var n int
	err = s.db.View(ctx, func(tx *Tx) (err error) {
		rs, n, err = s.t.list(ctx, tx, flt)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return rs, n, nil
}

// Create and Update work on a copy, so a failed call leaves r as it was.
func (s *records[T, F]) Create(ctx context.Context, r *T) error {
	c := *r
	if err := s.db.Update(ctx, func(tx *Tx) error { return s.t.create(ctx, tx, &c) }); err != nil {
		return err
	}
	*r = c
	return nil
}

func (s *records[T, F]) Update(ctx context.Context, r *T) error {
	c := *r
	if err := s.db.Update(ctx, func(tx *Tx) error { return s.t.update(ctx, tx, &c) }); err != nil {
		return err
	}
	*r = c
	return nil
}

func (s *records[T, F]) Delete(ctx context.Context, id int64, version int) error {
	return s.db.Update(ctx, func(tx *Tx) error { return s.t.delete(ctx, tx, id, version) })
}
