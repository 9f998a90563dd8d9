package sqldb

import (
	"context"

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

func loadCitations[T any](ctx context.Context, tx *Tx, recordType string, rs []*T, record func(*T) *rastro.Record, assertion func(*T) *rastro.Assertion) error {
	byID := make(map[int64]*rastro.Assertion, len(rs))
	args := []any{recordType}
	lo, hi := record(rs[0]).ID, record(rs[0]).ID
	for _, r := range rs {
		id := record(r).ID
		byID[id] = assertion(r)
		lo, hi = min(lo, id), max(hi, id)
	}
	q := "SELECT id, record_id, source_id, field, page, paragraph, start_off, end_off, quote, note FROM citations WHERE record_type = ? AND "
	if len(rs) <= inlineLimit {
		q += "record_id IN (" + Placeholders(len(rs)) + ")"
		for _, r := range rs {
			args = append(args, record(r).ID)
		}
	} else {
		q += "record_id BETWEEN ? AND ?"
		args = append(args, lo, hi)
	}
	rows, err := tx.Query(ctx, q+" ORDER BY record_id, ord", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	// The citations are read into one slice, ordered by record, and each
	// record gets its part (capacity clipped, so an append copies): one
	// allocation instead of one per record.
	var all []rastro.Citation
	var owners []int64
	var c rastro.Citation
	var recordID int64
	dests := []any{&c.ID, &recordID, &c.SourceID, &c.Field, intDest{&c.Page}, intDest{&c.Paragraph}, intDest{&c.Start}, intDest{&c.End}, &c.Quote, &c.Note}
	for rows.Next() {
		if err := rows.Scan(dests...); err != nil {
			return err
		}
		all = append(all, c)
		owners = append(owners, recordID)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && owners[j] == owners[i] {
			j++
		}
		if a := byID[owners[i]]; a != nil {
			a.Citations = all[i:j:j]
		}
		i = j
	}
	return nil
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
