package sqldb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"

	"github.com/rastro-project/rastro"
)

type sourceService struct {
	records[rastro.Source, rastro.SourceFilter]
}

// CreateWithContent stores s with its original bytes, setting s.SHA256 and
// s.Size from them. A source with the same digest is returned instead
// (created=false) and nothing is stored.
func (s *sourceService) CreateWithContent(ctx context.Context, src *rastro.Source, original []byte) (created bool, err error) {
	sum := sha256.Sum256(original)
	digest := hex.EncodeToString(sum[:])
	if src.SHA256 != "" && src.SHA256 != digest {
		return false, rastro.Errorf(rastro.EINVALID, "source sha256 %s does not match its content (%s)", src.SHA256, digest)
	}
	var c rastro.Source
	for attempt := 0; attempt < 2; attempt++ {
		c = *src
		c.SHA256, c.Size = digest, int64(len(original))
		created, err = s.createWithContent(ctx, &c, original)
		// A concurrent writer of the same bytes (possible on PostgreSQL)
		// wins the unique index; the second attempt returns its source.
		if rastro.ErrorCode(err) != rastro.ECONFLICT {
			break
		}
	}
	if err != nil {
		return false, err
	}
	*src = c
	return created, nil
}

// createWithContent works on c, which the caller discards on error.
func (s *sourceService) createWithContent(ctx context.Context, c *rastro.Source, original []byte) (created bool, err error) {
	err = s.db.Update(ctx, func(tx *Tx) error {
		existing, err := s.t.query(ctx, tx, "WHERE sha256 = ?", c.SHA256)
		if err != nil {
			return err
		}
		if len(existing) > 0 {
			*c = *existing[0]
			return nil
		}
		if err := s.t.create(ctx, tx, c); err != nil {
			return err
		}
		created = true
		_, err = tx.Exec(ctx, "INSERT INTO source_content (source_id, data) VALUES (?, ?)", c.ID, original)
		return err
	})
	return created, err
}

// Content returns the original bytes of a source.
func (s *sourceService) Content(ctx context.Context, id int64) ([]byte, error) {
	var data []byte
	err := s.db.View(ctx, func(tx *Tx) error {
		err := tx.QueryRow(ctx, "SELECT data FROM source_content WHERE source_id = ?", id).Scan(&data)
		if errors.Is(err, sql.ErrNoRows) {
			return rastro.Errorf(rastro.ENOTFOUND, "no original content kept for source %d", id)
		}
		return err
	})
	if data == nil && err == nil {
		data = []byte{}
	}
	return data, err
}
