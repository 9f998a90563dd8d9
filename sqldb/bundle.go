package sqldb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/idset"
)

// bundleTable is one record type's part of Export and Import.
type bundleTable interface {
	tableName() string
	keyColumn() string
	collectIDs(b *rastro.Bundle, ids map[string]map[int64]bool) error
	check(b *rastro.Bundle, ids map[string]map[int64]bool) error
	citations(b *rastro.Bundle) []citationRow
	size(b *rastro.Bundle) int
	fill(b *rastro.Bundle, tx *Tx)
	insert(ctx context.Context, tx *Tx, b *rastro.Bundle) error
	// export reads the table into b; records with citations are left
	// without, and added to cited under their record type (see
	// loadAllCitations).
	export(ctx context.Context, tx *Tx, b *rastro.Bundle, cited map[string]citedRecords) error
}

type bundled[T any] struct {
	t     *table[T]
	field func(b *rastro.Bundle) *[]*T
}

// recordTables lists the record types (rastro.Record, renumbered by
// Append) in an order in which every reference points to a table already
// written; bundleTables adds the decisions and evidence that refer to them.
var recordTables = []bundleTable{
	bundled[rastro.Source]{sourcesTable, func(b *rastro.Bundle) *[]*rastro.Source { return &b.Sources }},
	bundled[rastro.Claim]{claimsTable, func(b *rastro.Bundle) *[]*rastro.Claim { return &b.Claims }},
	bundled[rastro.Place]{placesTable, func(b *rastro.Bundle) *[]*rastro.Place { return &b.Places }},
	bundled[rastro.Person]{personsTable, func(b *rastro.Bundle) *[]*rastro.Person { return &b.Persons }},
	bundled[rastro.Unit]{unitsTable, func(b *rastro.Bundle) *[]*rastro.Unit { return &b.Units }},
	bundled[rastro.UnitRelation]{unitRelationsTable, func(b *rastro.Bundle) *[]*rastro.UnitRelation { return &b.UnitRelations }},
	bundled[rastro.Posting]{postingsTable, func(b *rastro.Bundle) *[]*rastro.Posting { return &b.Postings }},
	bundled[rastro.Incident]{incidentsTable, func(b *rastro.Bundle) *[]*rastro.Incident { return &b.Incidents }},
	bundled[rastro.Act]{actsTable, func(b *rastro.Bundle) *[]*rastro.Act { return &b.Acts }},
	bundled[rastro.Involvement]{involvementsTable, func(b *rastro.Bundle) *[]*rastro.Involvement { return &b.Involvements }},
	bundled[rastro.Deployment]{deploymentsTable, func(b *rastro.Bundle) *[]*rastro.Deployment { return &b.Deployments }},
	bundled[rastro.DischargeRecord]{dischargesTable, func(b *rastro.Bundle) *[]*rastro.DischargeRecord { return &b.Discharges }},
}

func (x bundled[T]) tableName() string { return x.t.name }

func (x bundled[T]) where(i int, r *T) string {
	return fmt.Sprintf("%s[%d] (id %d)", x.t.name, i, x.t.record(r).ID)
}

func (x bundled[T]) keyColumn() string { return "id" }

func (x bundled[T]) size(b *rastro.Bundle) int { return len(*x.field(b)) }

func (x bundled[T]) id(r *T) int64 { return x.t.record(r).ID }

func (x bundled[T]) collectIDs(b *rastro.Bundle, ids map[string]map[int64]bool) error {
	return collectKeys(x.t.name, "id", *x.field(b), x.id, ids)
}

// check validates every record and its references, which must point into
// the bundle since the database is empty.
func (x bundled[T]) check(b *rastro.Bundle, ids map[string]map[int64]bool) error {
	rs := *x.field(b)
	for i, r := range rs {
		if x.t.record(r).Version < 0 {
			return rastro.Errorf(rastro.EINVALID, "import: %s: field version: cannot be negative", x.where(i, r))
		}
	}
	if err := checkRows(x.t.name, "id", rs, x.id, x.t.validate, x.t.fks, ids); err != nil || x.t.assertion == nil {
		return err
	}
	for i, r := range rs {
		for j, c := range x.t.assertion(r).Citations {
			if !ids["sources"][c.SourceID] {
				return rastro.Errorf(rastro.EINVALID, "import: %s: citation %d: field source_id: no such source %d in the bundle", x.where(i, r), j+1, c.SourceID)
			}
		}
	}
	return nil
}

// collectKeys checks that the rows of a table have positive, unique keys
// and adds them to ids under the table's name.
func collectKeys[T any](table, key string, rs []*T, id func(*T) int64, ids map[string]map[int64]bool) error {
	own := make(map[int64]bool, len(rs))
	for i, r := range rs {
		if r == nil {
			return rastro.Errorf(rastro.EINVALID, "import: %s[%d] is null", table, i)
		}
		k := id(r)
		switch {
		case k <= 0:
			return rastro.Errorf(rastro.EINVALID, "import: %s[%d] (%s %d): field %s: want a positive %s", table, i, key, k, key, key)
		case own[k]:
			return rastro.Errorf(rastro.EINVALID, "import: %s[%d] (%s %d): field %s: duplicate %s %d", table, i, key, k, key, key, k)
		}
		own[k] = true
	}
	ids[table] = own
	return nil
}

// checkRows validates rows and their references, which must point into the
// bundle since the database is empty.
func checkRows[T any](table, key string, rs []*T, id func(*T) int64, validate func(*T) error, fks []fk[T], ids map[string]map[int64]bool) error {
	for i, r := range rs {
		if err := validate(r); err != nil {
			return rastro.Errorf(rastro.EINVALID, "import: %s[%d] (%s %d): %s", table, i, key, id(r), rastro.ErrorMessage(err))
		}
		for _, k := range fks {
			if ref := k.get(r); ref != 0 && !ids[k.target][ref] {
				return rastro.Errorf(rastro.EINVALID, "import: %s[%d] (%s %d): field %s: no such %s %d in the bundle", table, i, key, id(r), k.col, k.noun, ref)
			}
		}
	}
	return nil
}

type citationRow struct {
	recordType string
	recordID   int64
	ord        int
	c          *rastro.Citation
}

func (x bundled[T]) citations(b *rastro.Bundle) []citationRow {
	if x.t.assertion == nil {
		return nil
	}
	var out []citationRow
	for _, r := range *x.field(b) {
		cs := x.t.assertion(r).Citations
		for j := range cs {
			out = append(out, citationRow{x.t.noun, x.t.record(r).ID, j, &cs[j]})
		}
	}
	return out
}

// fill gives records without a version or timestamps (a bundle written by
// hand) version 1 and the import's time.
func (x bundled[T]) fill(b *rastro.Bundle, tx *Tx) {
	for _, r := range *x.field(b) {
		rec := x.t.record(r)
		if rec.Version == 0 {
			rec.Version = 1
		}
		if rec.CreatedAt.IsZero() {
			rec.CreatedAt = tx.Now
		}
		if rec.UpdatedAt.IsZero() {
			rec.UpdatedAt = rec.CreatedAt
		}
	}
}

func (x bundled[T]) insert(ctx context.Context, tx *Tx, b *rastro.Bundle) error {
	rs := *x.field(b)
	sealed := make([]any, len(rs))
	if x.t.seal != nil {
		stored := make([]*T, len(rs))
		for i, r := range rs {
			var err error
			if stored[i], sealed[i], err = x.t.stored(ctx, tx, r, 0); err != nil {
				return rastro.Errorf(rastro.ErrorCode(err), "import: %s: %s", x.where(i, r), rastro.ErrorMessage(err))
			}
		}
		rs = stored
	}
	return insertRows(ctx, tx, x.t.name, x.t.headCols(true), len(rs), func(i int, args []any) []any {
		return append(args, x.t.rowArgs(rs[i], true, sealed[i])...)
	})
}

func (x bundled[T]) export(ctx context.Context, tx *Tx, b *rastro.Bundle, cited map[string]citedRecords) error {
	o := exportOpts(ctx)
	o.noCitations = true
	if forAnalysis(ctx) {
		o.omit = analysisOmits[x.t.name]
	}
	rs, err := x.t.queryWith(ctx, tx, o, "ORDER BY id")
	if rs == nil {
		rs = []*T{}
	}
	*x.field(b) = rs
	if x.t.assertion != nil && len(rs) > 0 {
		cited[x.t.noun] = citedRecords{len(rs), func(i int) (int64, *rastro.Assertion) {
			return x.t.record(rs[i]).ID, x.t.assertion(rs[i])
		}}
	}
	return err
}

// exportOpts is how Export reads: everything, or (ForAnalysis) what the
// analyses use.
func exportOpts(ctx context.Context) readOpts {
	if forAnalysis(ctx) {
		return readOpts{noBookkeeping: true, noSealed: true, intern: true, leanCitations: true, packed: true}
	}
	return readOpts{}
}

// maxParams keeps a multi-row insert under both databases' limits on bound
// parameters (SQLite 32766, PostgreSQL 65535); maxRows caps the batch, past
// which bigger statements stop paying.
const (
	maxParams = 30000
	maxRows   = 500
)

// insertRows writes n rows in multi-row INSERTs, one prepared statement for
// the full batches. row appends the i-th row's values to buf.
func insertRows(ctx context.Context, tx *Tx, table string, cols []string, n int, row func(i int, buf []any) []any) error {
	per := max(1, min(maxRows, maxParams/len(cols)))
	one := "(" + Placeholders(len(cols)) + ")"
	stmtFor := func(k int) string {
		return "INSERT INTO " + table + " (" + joinCols(cols) + ") VALUES " + strings.Repeat(one+", ", k-1) + one
	}
	var full *sql.Stmt
	buf := make([]any, 0, per*len(cols))
	for start := 0; start < n; start += per {
		k := min(per, n-start)
		args := buf[:0]
		for i := start; i < start+k; i++ {
			args = row(i, args)
		}
		var err error
		if k == per {
			if full == nil {
				if full, err = tx.Prepare(ctx, stmtFor(per)); err != nil {
					return err
				}
			}
			_, err = full.ExecContext(ctx, args...)
		} else {
			_, err = tx.Exec(ctx, stmtFor(k), args...)
		}
		if err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
	}
	return nil
}

type analysisKey struct{}

// ForAnalysis returns a context under which Export reads what the analyses
// and the report use, and nothing else: no versions or timestamps, no
// source texts or original documents, no claims or custody log, none of
// the columns in analysisOmits, and protected fields neither revealed nor
// read (see WithoutReveal). The bundle it gives is
// for reading, not for import.
func ForAnalysis(ctx context.Context) context.Context {
	return context.WithValue(withoutReveal(ctx), analysisKey{}, true)
}

func forAnalysis(ctx context.Context) bool { return ctx.Value(analysisKey{}) != nil }

// analysisSkips are the tables ForAnalysis leaves out; analysisOmits the
// columns of the others that no analysis or report reads (free texts, tags,
// identity details, imported attributes): each column is a call into
// SQLite per row. Of a citation it reads only the source and the field
// (see readOpts.leanCitations). TestExportForAnalysis lists them too.
var (
	analysisSkips = map[string]bool{"claims": true, "custody_entries": true}
	analysisOmits = map[string]map[string]bool{
		"sources":   {"text": true, "summary": true},
		"persons":   {"aliases": true, "birth_date": true, "ethnicity": true, "contact": true, "notes": true, "tags": true},
		"incidents": {"description": true, "first_day": true, "last_day": true, "sub_event_type": true, "external": true, "tags": true},
		"acts":      {"autopsy_ref": true, "description": true, "tags": true},
	}
)

// Export reads the whole database, every record ordered by ID with its
// version, timestamps and citations, from one consistent snapshot.
func (db *DB) Export(ctx context.Context) (*rastro.Bundle, error) {
	b := &rastro.Bundle{Format: rastro.BundleFormat, Version: rastro.BundleVersion}
	err := db.View(ctx, func(tx *Tx) error {
		meta := map[string]string{}
		if err := readMeta(ctx, tx, meta); err != nil {
			return err
		}
		if len(meta) > 0 {
			b.Meta = meta
		}
		analysis := forAnalysis(ctx)
		cited := map[string]citedRecords{}
		for _, bt := range bundleTables {
			if analysis && analysisSkips[bt.tableName()] {
				continue
			}
			if err := bt.export(ctx, tx, b, cited); err != nil {
				return err
			}
		}
		if err := loadAllCitations(ctx, tx, exportOpts(ctx), cited); err != nil {
			return err
		}
		if err := withholdEvidence(ctx, tx, b.EvidenceItems); err != nil {
			return err
		}
		if err := withholdCustody(ctx, tx, b.CustodyEntries); err != nil {
			return err
		}
		if analysis {
			return nil // original documents: not analysed
		}
		rows, err := tx.Query(ctx, "SELECT source_id, data FROM source_content ORDER BY source_id")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var data []byte
			if err := rows.Scan(&id, &data); err != nil {
				return err
			}
			if b.SourceContent == nil {
				b.SourceContent = map[int64][]byte{}
			}
			b.SourceContent[id] = data
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	return b, nil
}

// Import loads a bundle into an empty database (ECONFLICT otherwise) in one
// transaction, keeping IDs, versions and timestamps; custody entries are
// inserted as they are (the log's triggers refuse changes, not inserts), so
// their hashes, signatures and links still verify. Every record is checked
// first, and the first bad one is reported by table, index, id and field;
// then nothing is written. Records without a version or timestamps get
// version 1 and the import's time (b is updated to match).
func (db *DB) Import(ctx context.Context, b *rastro.Bundle) error {
	if err := checkBundle(b); err != nil {
		return err
	}
	return db.ImportStream(ctx, func(write func(part *rastro.Bundle) error) error { return write(b) })
}

// ImportStream loads a bundle that read hands to write in parts (as
// transfer.StreamBundle does) into an empty database, in one transaction:
// if read or a write fails, nothing is imported. Each part's records must
// be checked and come after the records they refer to; ImportStream checks
// what needs the database or crosses parts (source digests and content,
// citation IDs, meta keys), and the database refuses a reference to a
// record not written.
func (db *DB) ImportStream(ctx context.Context, read func(write func(part *rastro.Bundle) error) error) error {
	tables := []string{"citations", "source_content"}
	for _, bt := range bundleTables {
		tables = append(tables, bt.tableName())
	}
	err := db.Update(ctx, func(tx *Tx) error {
		if empty, err := isEmpty(ctx, tx); err != nil {
			return err
		} else if !empty {
			return rastro.Errorf(rastro.ECONFLICT, "import needs an empty database, and this one holds records")
		}
		if tx.Dialect() == SQLite {
			// A small page cache (8 MB) for this transaction bounds the memory of a
			// bulk load of any size: rows arrive in ID order, appended to
			// their tables, and the index rebuilds sort in temporary files.
			if _, err := tx.Exec(ctx, "PRAGMA cache_size = -8192"); err != nil {
				return err
			}
			defer tx.Exec(ctx, "PRAGMA cache_size = -65536")
		}
		rebuild, err := dropIndexes(ctx, tx, tables)
		if err != nil {
			return err
		}
		w := newBundleWriter(tx)
		if err := read(func(part *rastro.Bundle) error { return w.write(ctx, part) }); err != nil {
			return err
		}
		if err := w.finish(ctx); err != nil {
			return err
		}
		if err := rebuild(); err != nil {
			return err
		}
		analyze(ctx, tx, db, tables)
		e := newAuditEntry(ctx, tx, rastro.AuditImport, "", 0)
		n := w.counts
		e.Detail = fmt.Sprintf("bundle of %d sources, %d claims, %d persons, %d incidents, %d acts, %d reviews, %d merges, %d evidence items, %d custody entries",
			n["sources"], n["claims"], n["persons"], n["incidents"], n["acts"], n["assessment_reviews"], n["person_merges"],
			n["evidence_items"], n["custody_entries"])
		return tx.audit(ctx, e)
	})
	if err != nil {
		return err
	}
	analyze(ctx, nil, db, tables)
	return nil
}

// bundleWriter writes the parts of a bundle in one transaction, keeping
// what the checks across parts need: the sources' digests and the
// citation IDs.
type bundleWriter struct {
	tx      *Tx
	counts  map[string]int
	digests map[string]int64 // source by digest
	sha     map[int64]string // digest by source
	cited   idset.Set
	top     int64         // highest citation ID
	unnamed []citationRow // citations without an ID, numbered after top at the end
}

func newBundleWriter(tx *Tx) *bundleWriter {
	return &bundleWriter{tx: tx, counts: map[string]int{}, digests: map[string]int64{}, sha: map[int64]string{}}
}

// write inserts one part: records (with their citations), meta or source
// content.
func (w *bundleWriter) write(ctx context.Context, part *rastro.Bundle) error {
	for _, bt := range bundleTables {
		n := bt.size(part)
		if n == 0 {
			continue
		}
		w.counts[bt.tableName()] += n
		if bt.tableName() == "sources" {
			if err := w.sources(part.Sources); err != nil {
				return err
			}
		}
		bt.fill(part, w.tx)
		if err := bt.insert(ctx, w.tx, part); err != nil {
			return err
		}
		var named []citationRow
		for _, r := range bt.citations(part) {
			if err := w.cite(r); err != nil {
				return err
			}
			if r.c.ID == 0 {
				c := *r.c
				r.c = &c
				w.unnamed = append(w.unnamed, r)
			} else {
				named = append(named, r)
			}
		}
		if err := insertCitationRows(ctx, w.tx, named); err != nil {
			return err
		}
	}
	if err := w.content(ctx, part.SourceContent); err != nil {
		return err
	}
	for k, v := range part.Meta {
		if k == "" {
			return rastro.Errorf(rastro.EINVALID, "import: field meta: empty key")
		}
		if err := setMeta(ctx, w.tx, k, v); err != nil {
			return err
		}
	}
	return nil
}

// sources refuses two sources with the same digest.
func (w *bundleWriter) sources(ss []*rastro.Source) error {
	for i, s := range ss {
		w.sha[s.ID] = s.SHA256
		if s.SHA256 == "" {
			continue
		}
		if other, ok := w.digests[s.SHA256]; ok {
			return rastro.Errorf(rastro.EINVALID, "import: sources[%d] (id %d): field sha256: same digest as source %d", i, s.ID, other)
		}
		w.digests[s.SHA256] = s.ID
	}
	return nil
}

// content checks source content against its source's digest and inserts it.
func (w *bundleWriter) content(ctx context.Context, content map[int64][]byte) error {
	ids := make([]int64, 0, len(content))
	for id := range content {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		sha, ok := w.sha[id]
		if !ok {
			return rastro.Errorf(rastro.EINVALID, "import: source_content[%d]: no such source %d in the bundle", id, id)
		}
		sum := sha256.Sum256(content[id])
		if hex.EncodeToString(sum[:]) != sha {
			return rastro.Errorf(rastro.EINVALID, "import: source_content[%d]: content does not match the sha256 of source %d", id, id)
		}
		if _, err := w.tx.Exec(ctx, "INSERT INTO source_content (source_id, data) VALUES (?, ?)", id, content[id]); err != nil {
			return err
		}
	}
	return nil
}

// cite checks a citation and its ID, unique across the bundle.
func (w *bundleWriter) cite(r citationRow) error {
	if id := r.c.ID; id != 0 {
		if id < 0 || !w.cited.Add(id) {
			return rastro.Errorf(rastro.EINVALID, "import: %s %d: citation %d: field id: duplicate or negative id %d", r.recordType, r.recordID, r.ord+1, id)
		}
		w.top = max(w.top, id)
	}
	if err := r.c.Validate(); err != nil {
		return rastro.Errorf(rastro.EINVALID, "import: %s %d: citation %d: %s", r.recordType, r.recordID, r.ord+1, rastro.ErrorMessage(err))
	}
	return nil
}

// finish numbers and inserts the citations that came without an ID, after
// the highest ID in the bundle, and moves the ID sequences on.
func (w *bundleWriter) finish(ctx context.Context) error {
	for _, r := range w.unnamed {
		w.top++
		r.c.ID = w.top
	}
	if err := insertCitationRows(ctx, w.tx, w.unnamed); err != nil {
		return err
	}
	return resetSequences(ctx, w.tx)
}

func insertCitationRows(ctx context.Context, tx *Tx, cites []citationRow) error {
	return insertRows(ctx, tx, "citations", append([]string{"id"}, citationCols...), len(cites), func(i int, args []any) []any {
		r := cites[i]
		return append(append(args, r.c.ID), citationArgs(r.recordType, r.recordID, r.ord, r.c)...)
	})
}

// dropIndexes drops the secondary indexes of tables, to be rebuilt once
// after a bulk load (much faster than updating them row by row), and
// returns the function that rebuilds them. Indexes that back a primary key
// or unique constraint stay.
func dropIndexes(ctx context.Context, tx *Tx, tables []string) (rebuild func() error, err error) {
	args := make([]any, len(tables))
	for i, t := range tables {
		args[i] = t
	}
	q := "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (" + Placeholders(len(tables)) + ")"
	if tx.Dialect() == Postgres {
		q = `SELECT i.indexname, i.indexdef FROM pg_indexes i
			WHERE i.schemaname = current_schema() AND i.tablename IN (` + Placeholders(len(tables)) + `)
			AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`
	}
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var names, defs []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return nil, err
		}
		names, defs = append(names, name), append(defs, def)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, n := range names {
		if _, err := tx.Exec(ctx, "DROP INDEX "+n); err != nil {
			return nil, err
		}
	}
	return func() error {
		for _, d := range defs {
			if _, err := tx.Tx.ExecContext(ctx, d); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

// analyze refreshes the planner's statistics after a bulk load; failing to
// is harmless, so errors are ignored. On SQLite it runs in the import's
// transaction (tx), under its small page cache: run after it, with the
// writer's 64 MB cache, ANALYZE added 110 MB to a 1 M-act import's peak.
// PostgreSQL's VACUUM runs after the commit (db), as it cannot run in a
// transaction; it also sets the visibility map, so counts can use
// index-only scans.
func analyze(ctx context.Context, tx *Tx, db *DB, tables []string) {
	switch {
	case tx != nil && tx.Dialect() == SQLite:
		tx.Exec(ctx, "PRAGMA analysis_limit = 1000")
		tx.Exec(ctx, "ANALYZE")
	case tx == nil && db.dialect == Postgres:
		db.write.ExecContext(ctx, "VACUUM (ANALYZE) "+joinCols(tables))
	}
}

// checkBundle validates the whole bundle before anything is written.
func checkBundle(b *rastro.Bundle) error {
	if b == nil {
		return rastro.Errorf(rastro.EINVALID, "import: no bundle")
	}
	if b.Format != rastro.BundleFormat {
		return rastro.Errorf(rastro.EINVALID, "import: field format: %q is not a %s", b.Format, rastro.BundleFormat)
	}
	if b.Version < 1 || b.Version > rastro.BundleVersion {
		return rastro.Errorf(rastro.EINVALID, "import: field version: bundle version %d is not one this program reads (1 to %d)", b.Version, rastro.BundleVersion)
	}
	ids := map[string]map[int64]bool{}
	for _, bt := range bundleTables {
		if err := bt.collectIDs(b, ids); err != nil {
			return err
		}
	}
	for _, bt := range bundleTables {
		if err := bt.check(b, ids); err != nil {
			return err
		}
	}
	digests := map[string]int64{}
	for i, s := range b.Sources {
		if s.SHA256 == "" {
			continue
		}
		if other, ok := digests[s.SHA256]; ok {
			return rastro.Errorf(rastro.EINVALID, "import: sources[%d] (id %d): field sha256: same digest as source %d", i, s.ID, other)
		}
		digests[s.SHA256] = s.ID
	}
	bySource := map[int64]*rastro.Source{}
	for _, s := range b.Sources {
		bySource[s.ID] = s
	}
	for id, data := range b.SourceContent {
		s := bySource[id]
		if s == nil {
			return rastro.Errorf(rastro.EINVALID, "import: source_content[%d]: no such source %d in the bundle", id, id)
		}
		sum := sha256.Sum256(data)
		if hex.EncodeToString(sum[:]) != s.SHA256 {
			return rastro.Errorf(rastro.EINVALID, "import: source_content[%d]: content does not match the sha256 of source %d", id, id)
		}
	}
	seen := map[int64]bool{}
	for _, bt := range bundleTables {
		for _, r := range bt.citations(b) {
			if r.c.ID < 0 || (r.c.ID > 0 && seen[r.c.ID]) {
				return rastro.Errorf(rastro.EINVALID, "import: %s %d: citation %d: field id: duplicate or negative id %d", r.recordType, r.recordID, r.ord+1, r.c.ID)
			}
			seen[r.c.ID] = true
			if err := r.c.Validate(); err != nil {
				return rastro.Errorf(rastro.EINVALID, "import: %s %d: citation %d: %s", r.recordType, r.recordID, r.ord+1, rastro.ErrorMessage(err))
			}
		}
	}
	for k := range b.Meta {
		if k == "" {
			return rastro.Errorf(rastro.EINVALID, "import: field meta: empty key")
		}
	}
	return nil
}

// resetSequences moves PostgreSQL's ID sequences past the imported IDs
// (SQLite's AUTOINCREMENT follows explicit IDs by itself).
func resetSequences(ctx context.Context, tx *Tx) error {
	if tx.Dialect() != Postgres {
		return nil
	}
	tables := []string{"citations"}
	for _, bt := range bundleTables {
		if bt.keyColumn() == "id" {
			tables = append(tables, bt.tableName())
		}
	}
	for _, t := range tables {
		q := fmt.Sprintf("SELECT setval(pg_get_serial_sequence('%s', 'id'), max(id)) FROM %s HAVING max(id) IS NOT NULL", t, t)
		if _, err := tx.Exec(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
