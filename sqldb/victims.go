package sqldb

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/rastro-project/rastro"
)

// VictimRow is one row of a victim list: the person, what happened to them
// (its VictimID is set to the person once stored) and the row's line, for
// errors.
type VictimRow struct {
	Line   int
	Person *rastro.Person
	Act    *rastro.Act
}

// AddVictimList stores a victim list in one transaction: the list itself as
// a source with its original bytes, then a person and an act per row, each
// citing the source (the caller sets the citations' spans; this sets their
// source). A list stored before (same SHA-256) is ECONFLICT naming the
// source; a row that fails names its line, and nothing is stored.
func (db *DB) AddVictimList(ctx context.Context, src *rastro.Source, original []byte, rows []VictimRow) error {
	sum := sha256.Sum256(original)
	s := *src
	s.SHA256, s.Size = hex.EncodeToString(sum[:]), int64(len(original))
	err := db.Update(ctx, func(tx *Tx) error {
		held, err := sourcesTable.query(ctx, tx, "WHERE sha256 = ?", s.SHA256)
		if err != nil {
			return err
		}
		if len(held) > 0 {
			return rastro.Errorf(rastro.ECONFLICT, "this list was imported before, as source %d (%q); nothing was imported", held[0].ID, held[0].Title)
		}
		if err := sourcesTable.create(ctx, tx, &s); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO source_content (source_id, data) VALUES (?, ?)", s.ID, original); err != nil {
			return err
		}
		for _, r := range rows {
			for _, a := range []*rastro.Assertion{&r.Person.Assertion, &r.Act.Assertion} {
				for i := range a.Citations {
					a.Citations[i].SourceID = s.ID
				}
			}
			if err := personsTable.create(ctx, tx, r.Person); err != nil {
				return rastro.Errorf(rastro.ErrorCode(err), "line %d: %s", r.Line, rastro.ErrorMessage(err))
			}
			r.Act.VictimID = r.Person.ID
			if err := actsTable.create(ctx, tx, r.Act); err != nil {
				return rastro.Errorf(rastro.ErrorCode(err), "line %d: %s", r.Line, rastro.ErrorMessage(err))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	*src = s
	return nil
}
