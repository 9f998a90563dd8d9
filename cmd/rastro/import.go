package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/transfer"
	"github.com/spf13/cobra"
)

func init() { register(importCommand) }

func importCommand(m *Main) *cobra.Command {
	var encoding string
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Load a Rastro JSON bundle into an empty database, or add an ACLED CSV export to any",
		Long: "Read FILE (- for standard input): a Rastro JSON bundle, or an ACLED event CSV (recognised by its header). " +
			"A bundle is a complete case file and loads into an empty database only; ACLED events are added to the records " +
			"already there, with new IDs, unless the file or one of its events was imported before. " +
			"The file is checked as it is loaded, in one transaction: on any error nothing is imported. " +
			"Text must be UTF-8 without NUL characters; an ACLED CSV in Windows-1252 (Latin-1) is decoded when --encoding says so, " +
			"or when its start is not UTF-8 (with a warning).",
		Args: oneArg("FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			name := args[0]
			var in io.Reader = m.Stdin
			if name != "-" {
				f, err := os.Open(name)
				if err != nil {
					return rastro.Errorf(rastro.EINVALID, "cannot open %s: %v", name, err)
				}
				defer f.Close()
				in = f
			} else {
				name = "standard input"
			}
			db, err := m.Store(ctx)
			if err != nil {
				return err
			}
			opt := transfer.ACLEDOptions{Encoding: encoding, Warn: func(s string) { fmt.Fprintf(m.Stderr, "warning: %s\n", s) }}
			b, bundle, err := readImport(in, name, opt)
			if err != nil {
				return err
			}
			empty, err := db.Empty(ctx)
			switch {
			case err != nil:
				return err
			case bundle != nil && !empty:
				return rastro.Errorf(rastro.ECONFLICT, "a Rastro bundle is a complete case file and loads into an empty database only; "+
					"%s holds records, so nothing was imported (use a new --data directory)", m.where())
			case bundle != nil:
				s, err := transfer.ImportBundle(ctx, db, bundle, name)
				if err != nil {
					return err
				}
				return m.imported(name, s)
			case empty:
				err = db.Import(ctx, b)
			default:
				err = appendACLED(ctx, db, b, name)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "imported %s: %d sources, %d places, %d persons, %d units, %d incidents, %d acts\n",
				name, len(b.Sources), len(b.Places), len(b.Persons), len(b.Units), len(b.Incidents), len(b.Acts))
			return nil
		},
	}
	cmd.Flags().StringVar(&encoding, "encoding", "", "character set of an ACLED CSV: utf-8 or windows-1252 (latin-1); default: detected")
	cmd.AddCommand(importVictimsCommand(m))
	return cmd
}

// imported reports a bundle imported, remembers the end of its custody
// log (so that entries later cut from its end are noticed, as for a log
// written here) and tells what a bundle does not carry: the files and the
// key that signed the log.
func (m *Main) imported(name string, s *transfer.Summary) error {
	n := s.Counts
	fmt.Fprintf(m.Stdout, "imported %s: %d sources, %d places, %d persons, %d units, %d incidents, %d acts\n",
		name, n["sources"], n["places"], n["persons"], n["units"], n["incidents"], n["acts"])
	if n["evidence_items"] == 0 && n["custody_entries"] == 0 {
		return nil
	}
	if last := s.LastCustody; last != nil {
		if err := custody.WriteHead(m.headPath(), custody.Head{Seq: last.Seq, Hash: last.Hash}); err != nil {
			return err
		}
		// The database's signed head is adopted from this file by the next
		// evidence command or verify, once the exporting installation's key
		// has been copied here.
	}
	fmt.Fprintf(m.Stdout, "%d evidence items and %d custody entries imported as records; the bundle holds neither the files nor the key "+
		"that signed the custody log: copy the exporting installation's blob folder (DATA/blobs, or its S3 bucket) and %s "+
		"into %s, then run `rastro verify`\n", n["evidence_items"], n["custody_entries"], custody.KeyFile, m.Config.DataDir)
	if s.FirstCustody == nil {
		return nil
	}
	// A key already here that did not sign the log would sign new entries
	// that the old key's owner cannot vouch for: say so before that happens.
	key, err := custody.LoadKey(m.DataPath(custody.KeyFile))
	if err == nil && len(custody.CheckEntry(s.FirstCustody, custody.NewSigner(key).PublicKey())) > 0 {
		fmt.Fprintf(m.Stdout, "warning: %s in %s did not sign the imported custody log; replace it with the exporting installation's key "+
			"before adding custody entries\n", custody.KeyFile, m.Config.DataDir)
	}
	return nil
}

// appendACLED adds the records read from an ACLED file to a database that
// holds others, refusing a file, or an event, imported before.
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
	transfer.Renumber(b, after)
	return db.Append(ctx, b)
}

// readImport tells a JSON bundle from an ACLED CSV by the first byte (after
// a byte-order mark and space) and the header line. It reads an ACLED CSV
// whole (b), and returns a bundle's reader for streaming (bundle).
func readImport(in io.Reader, name string, opt transfer.ACLEDOptions) (b *rastro.Bundle, bundle io.Reader, err error) {
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
	if transfer.IsACLEDHeader(string(line)) {
		b, err = transfer.ReadACLEDWith(br, name, time.Now().UTC().Truncate(time.Microsecond), opt)
		return b, nil, err
	}
	return nil, nil, rastro.Errorf(rastro.EINVALID, "%s is neither a Rastro JSON bundle nor an ACLED CSV (whose header names event_id_cnty, event_date and the other ACLED columns)", name)
}

// where names the database for messages.
func (m *Main) where() string {
	if m.Config.DB != "" {
		return "the database"
	}
	return m.DataPath("rastro.db")
}
