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
// reads only what the analyses use of a citation (its source and field);
// o.wholeTable says rs is every record of the table, whose citations are
// then read in storage order, without the index or a sort in SQL (on
// SQLite each row found through the index is one more B-tree search), and
// put in order here.
func loadCitations[T any](ctx context.Context, tx *Tx, recordType string, rs []*T, o readOpts, record func(*T) *rastro.Record, assertion func(*T) *rastro.Assertion) error {
	byID := make(map[int64]*rastro.Assertion, len(rs))
	args := []any{recordType}
	lo, hi := record(rs[0]).ID, record(rs[0]).ID
	for _, r := range rs {
		id := record(r).ID
		byID[id] = assertion(r)
		lo, hi = min(lo, id), max(hi, id)
	}
	var c rastro.Citation
	var recordID, ord int64
	seen := map[string]string{}
	cols := "record_id, ord, source_id, field"
	dests := []any{&recordID, &ord, &c.SourceID, internDest{&c.Field, seen}}
	if !o.leanCitations {
		cols += ", id, page, paragraph, start_off, end_off, quote, note"
		dests = append(dests, &c.ID, intDest{&c.Page}, intDest{&c.Paragraph}, intDest{&c.Start}, intDest{&c.End}, &c.Quote, &c.Note)
	}
	from := "citations"
	if o.wholeTable && tx.Dialect() == SQLite {
		from += " NOT INDEXED"
	}
	q := "SELECT " + cols + " FROM " + from + " WHERE record_type = ?"
	var packed *packedRow
	if o.packed && tx.Dialect() == SQLite {
		if packed = packRow(dests); packed != nil {
			q = packedSelect([]string{cols}, "FROM "+from+" WHERE record_type = ?")
		}
	}
	switch {
	case o.wholeTable:
	case len(rs) <= inlineLimit:
		q += " AND record_id IN (" + Placeholders(len(rs)) + ")"
		for _, r := range rs {
			args = append(args, record(r).ID)
		}
	default:
		q += " AND record_id BETWEEN ? AND ?"
		args = append(args, lo, hi)
	}
	if !o.wholeTable {
		q += " ORDER BY record_id, ord"
	}
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	// The citations are read into one slice, ordered by record, and each
	// record gets its part (capacity clipped, so an append copies): one
	// allocation instead of one per record.
	// Sized for a citation a record, the common case: grown by append from
	// nothing, a table's citations were allocated five times over.
	all := make([]rastro.Citation, 0, len(rs))
	keys := make([]citationKey, 0, len(rs))
	for rows.Next() {
		if packed != nil {
			err = packed.scan(rows)
		} else {
			err = rows.Scan(dests...)
		}
		if err != nil {
			return err
		}
		all = append(all, c)
		keys = append(keys, citationKey{recordID, ord})
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if o.wholeTable {
		all, keys = sortCitations(all, keys)
	}
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && keys[j].record == keys[i].record {
			j++
		}
		if a := byID[keys[i].record]; a != nil {
			a.Citations = all[i:j:j]
		}
		i = j
	}
	return nil
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

// sortCitations orders cs (with their keys) by record and place: read in
// storage order they mostly are already, which is checked first.
func sortCitations(cs []rastro.Citation, keys []citationKey) ([]rastro.Citation, []citationKey) {
	if slices.IsSortedFunc(keys, citationKey.compare) {
		return cs, keys
	}
	perm := make([]int, len(cs))
	for i := range perm {
		perm[i] = i
	}
	slices.SortFunc(perm, func(a, b int) int { return keys[a].compare(keys[b]) })
	sorted := make([]rastro.Citation, len(cs))
	sortedKeys := make([]citationKey, len(keys))
	for i, p := range perm {
		sorted[i], sortedKeys[i] = cs[p], keys[p]
	}
	return sorted, sortedKeys
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
