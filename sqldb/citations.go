package sqldb

import (
	"cmp"
	"context"
	"slices"

	"github.com/rastro-project/rastro"
)

// Citations of every research record live in one table keyed by
// (record_type, record_id); they are loaded with their records and replaced
// as a whole when a record is updated.

var citationCols = []string{"record_type", "record_id", "ord", "source_id", "field", "page", "paragraph", "start_off", "end_off", "quote", "note"}

func citationArgs(recordType string, recordID int64, ord int, c *rastro.Citation) []any {
	return []any{recordType, recordID, ord, c.SourceID, c.Field, c.Page, c.Paragraph, c.Start, c.End, c.Quote, c.Note}
}

// inlineLimit is how many IDs go into an IN list; beyond it a range scan
// over the IDs is cheaper than thousands of parameters.
const inlineLimit = 500

// loadCitations sets the citations of rs, in their order. o.leanCitations
// reads only what the analyses use of a citation (its source and field).
func loadCitations[T any](ctx context.Context, tx *Tx, recordType string, rs []*T, o readOpts, record func(*T) *rastro.Record, assertion func(*T) *rastro.Assertion) error {
	byID := make(map[int64]*rastro.Assertion, len(rs))
	args := []any{recordType}
	lo, hi := record(rs[0]).ID, record(rs[0]).ID
	for _, r := range rs {
		id := record(r).ID
		byID[id] = assertion(r)
		lo, hi = min(lo, id), max(hi, id)
	}
	q := "FROM citations WHERE record_type = ?"
	if len(rs) <= inlineLimit {
		q += " AND record_id IN (" + Placeholders(len(rs)) + ")"
		for _, r := range rs {
			args = append(args, record(r).ID)
		}
	} else {
		q += " AND record_id BETWEEN ? AND ?"
		args = append(args, lo, hi)
	}
	var l citationList
	err := scanCitations(ctx, tx, o, false, q+" ORDER BY record_id, ord", args, func(_ string, k citationKey, c *rastro.Citation) {
		l.add(k, c, len(rs))
	})
	if err != nil {
		return err
	}
	l.shareOut(func(id int64) *rastro.Assertion { return byID[id] })
	return nil
}

// citedRecords are a table's records in ascending ID order, i-th record's
// ID and assertion given by at, for loadAllCitations.
type citedRecords struct {
	n  int
	at func(i int) (int64, *rastro.Assertion)
}

// finder returns a lookup by ID for IDs asked in ascending order: a
// merge of two sorted lists, with no map to build.
func (rs citedRecords) finder() func(id int64) *rastro.Assertion {
	i := 0
	return func(id int64) *rastro.Assertion {
		for ; i < rs.n; i++ {
			rid, a := rs.at(i)
			if rid == id {
				return a
			}
			if rid > id {
				break
			}
		}
		return nil
	}
}

// loadAllCitations sets the citations of every record in byType (by
// record type) from one pass over the citations table in storage order,
// without the index or a sort in SQL (on SQLite each row found through
// the index is one more B-tree search, and a table of few records would
// scan the citations of all the others to find its own): Export reads the
// records first, then this.
func loadAllCitations(ctx context.Context, tx *Tx, o readOpts, byType map[string]citedRecords) error {
	lists := map[string]*citationList{}
	err := scanCitations(ctx, tx, o, true, "FROM citations", nil, func(recordType string, k citationKey, c *rastro.Citation) {
		rs, ok := byType[recordType]
		if !ok {
			return
		}
		l := lists[recordType]
		if l == nil {
			l = &citationList{}
			lists[recordType] = l
		}
		l.add(k, c, rs.n)
	})
	if err != nil {
		return err
	}
	for recordType, l := range lists {
		l.sort()
		l.shareOut(byType[recordType].finder())
	}
	return nil
}

// scanCitations runs SELECT [record_type,] record_id, ord, … followed by
// from (FROM, WHERE, ORDER BY) and calls add with each row, c reused
// between calls.
func scanCitations(ctx context.Context, tx *Tx, o readOpts, typed bool, from string, args []any, add func(recordType string, k citationKey, c *rastro.Citation)) error {
	var c rastro.Citation
	var recordType string
	var recordID, ord int64
	seen := map[string]string{}
	cols := []string{"record_id", "ord", "source_id", "field"}
	dests := []any{&recordID, &ord, &c.SourceID, internDest{&c.Field, seen}}
	if !o.leanCitations {
		cols = append(cols, "id", "page", "paragraph", "start_off", "end_off", "quote", "note")
		dests = append(dests, &c.ID, intDest{&c.Page}, intDest{&c.Paragraph}, intDest{&c.Start}, intDest{&c.End}, &c.Quote, &c.Note)
	}
	if typed {
		cols = append([]string{"record_type"}, cols...)
		dests = append([]any{internDest{&recordType, seen}}, dests...)
	}
	q := "SELECT " + joinCols(cols) + " " + from
	var packed *packedRow
	if o.packed && tx.Dialect() == SQLite {
		if packed = packRow(dests); packed != nil {
			q = packedSelect(cols, from)
		}
	}
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if packed != nil {
			err = packed.scan(rows)
		} else {
			err = rows.Scan(dests...)
		}
		if err != nil {
			return err
		}
		add(recordType, citationKey{recordID, ord}, &c)
	}
	return rows.Err()
}

// citationList is the citations of one record type, with where each
// belongs. They are read into one slice, ordered by record, and each record
// gets its part (capacity clipped, so an append copies): one allocation
// instead of one per record.
type citationList struct {
	cs   []rastro.Citation
	keys []citationKey
}

// add appends a citation; the first one sizes the list for a citation a
// record of the n, the common case (grown by append from nothing, a
// table's citations were allocated five times over).
func (l *citationList) add(k citationKey, c *rastro.Citation, n int) {
	if l.cs == nil {
		l.cs, l.keys = make([]rastro.Citation, 0, n), make([]citationKey, 0, n)
	}
	l.cs, l.keys = append(l.cs, *c), append(l.keys, k)
}

// shareOut gives each record its citations, asking find for the records
// in ascending ID order; l is ordered.
func (l *citationList) shareOut(find func(id int64) *rastro.Assertion) {
	all, keys := l.cs, l.keys
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && keys[j].record == keys[i].record {
			j++
		}
		if a := find(keys[i].record); a != nil {
			a.Citations = all[i:j:j]
		}
		i = j
	}
}

// citationKey is where a citation belongs: its record, and its place among
// the record's citations.
type citationKey struct{ record, ord int64 }

func (k citationKey) compare(l citationKey) int {
	if c := cmp.Compare(k.record, l.record); c != 0 {
		return c
	}
	return cmp.Compare(k.ord, l.ord)
}

// sort orders the list by record and place: read in storage order it
// mostly is already, which is checked first.
func (l *citationList) sort() {
	if slices.IsSortedFunc(l.keys, citationKey.compare) {
		return
	}
	perm := make([]int, len(l.cs))
	for i := range perm {
		perm[i] = i
	}
	slices.SortFunc(perm, func(a, b int) int { return l.keys[a].compare(l.keys[b]) })
	sorted := make([]rastro.Citation, len(l.cs))
	sortedKeys := make([]citationKey, len(l.keys))
	for i, p := range perm {
		sorted[i], sortedKeys[i] = l.cs[p], l.keys[p]
	}
	l.cs, l.keys = sorted, sortedKeys
}

// insertCitations stores a record's citations and sets their new IDs.
func insertCitations(ctx context.Context, tx *Tx, recordType string, recordID int64, cs []rastro.Citation) error {
	if len(cs) == 0 {
		return nil
	}
	q := "INSERT INTO citations (" + joinCols(citationCols) + ") VALUES (" + Placeholders(len(citationCols)) + ") RETURNING id"
	stmt, err := tx.Prepare(ctx, q)
	if err != nil {
		return err
	}
	for i := range cs {
		if err := stmt.QueryRowContext(ctx, citationArgs(recordType, recordID, i, &cs[i])...).Scan(&cs[i].ID); err != nil {
			return err
		}
	}
	return nil
}

// checkCitationSources reports a citation of a source that does not exist.
func checkCitationSources(ctx context.Context, tx *Tx, recordType string, cs []rastro.Citation) error {
	seen := map[int64]bool{}
	for i, c := range cs {
		if seen[c.SourceID] {
			continue
		}
		seen[c.SourceID] = true
		ok, err := exists(ctx, tx, "SELECT 1 FROM sources WHERE id = ?", c.SourceID)
		if err != nil {
			return err
		}
		if !ok {
			return rastro.Errorf(rastro.EINVALID, "%s citation %d: no such source %d", recordType, i+1, c.SourceID)
		}
	}
	return nil
}
