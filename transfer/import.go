package transfer

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
)

// AddACLED adds the records read from an ACLED file (ReadACLEDWith) to
// db: as they are to an empty database, renumbered after the records of
// one that holds others, refusing a file, or an event, imported before.
// It is one transaction: on any error nothing is imported.
func AddACLED(ctx context.Context, db *sqldb.DB, b *rastro.Bundle, name string) error {
	empty, err := db.Empty(ctx)
	if err != nil {
		return err
	}
	if empty {
		return db.Import(ctx, b)
	}
	return appendACLED(ctx, db, b, name)
}

// appendACLED adds the records of an ACLED file to a database that holds
// others.
func appendACLED(ctx context.Context, db *sqldb.DB, b *rastro.Bundle, name string) error {
	digest := b.Sources[0].SHA256 // the file itself
	same, _, err := db.Sources().List(ctx, rastro.SourceFilter{SHA256: &digest, Limit: 1})
	if err != nil {
		return err
	}
	if len(same) > 0 {
		return rastro.Errorf(rastro.ECONFLICT, "%s was imported before (source %d has the same SHA-256); nothing was imported", name, same[0].ID)
	}
	incidents, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{})
	if err != nil {
		return err
	}
	held := map[string]int64{}
	for _, inc := range incidents {
		if id := inc.External["event_id_cnty"]; id != "" {
			held[id] = inc.ID
		}
	}
	var repeated []string
	for _, inc := range b.Incidents {
		if id, ok := held[inc.External["event_id_cnty"]]; ok {
			repeated = append(repeated, fmt.Sprintf("%s (incident %d)", inc.External["event_id_cnty"], id))
		}
	}
	if len(repeated) > 0 {
		if len(repeated) > 5 {
			repeated = append(repeated[:5], fmt.Sprintf("and %d more", len(repeated)-5))
		}
		return rastro.Errorf(rastro.ECONFLICT, "%s holds ACLED events already in the database: %s; nothing was imported",
			name, strings.Join(repeated, ", "))
	}
	after, err := db.MaxIDs(ctx)
	if err != nil {
		return err
	}
	Renumber(b, after)
	return db.Append(ctx, b)
}

// Detect tells a JSON bundle from an ACLED CSV by the first byte (after
// a byte-order mark and space) and the header line. It reads an ACLED CSV
// whole (b), and returns a bundle's reader for streaming (bundle).
func Detect(in io.Reader, name string, opt ACLEDOptions) (b *rastro.Bundle, bundle io.Reader, err error) {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(4096)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	switch {
	case len(head) == 0:
		return nil, nil, rastro.Errorf(rastro.EINVALID, "%s is empty", name)
	case head[0] == '{':
		return nil, br, nil
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	if IsACLEDHeader(string(line)) {
		b, err = ReadACLEDWith(br, name, time.Now().UTC().Truncate(time.Microsecond), opt)
		return b, nil, err
	}
	return nil, nil, rastro.Errorf(rastro.EINVALID, "%s is neither a Rastro JSON bundle nor an ACLED CSV (whose header names event_id_cnty, event_date and the other ACLED columns)", name)
}
