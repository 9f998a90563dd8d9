package main

import (
	"fmt"
	"io"
	"os"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
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
			b, bundle, err := transfer.Detect(in, name, opt)
			if err != nil {
				return err
			}
			if bundle != nil {
				empty, err := db.Empty(ctx)
				if err != nil {
					return err
				}
				if !empty {
					return rastro.Errorf(rastro.ECONFLICT, "a Rastro bundle is a complete case file and loads into an empty database only; "+
						"%s holds records, so nothing was imported (use a new --data directory)", m.where())
				}
				s, err := transfer.ImportBundle(ctx, db, bundle, name)
				if err != nil {
					return err
				}
				return m.imported(name, s)
			}
			if err := transfer.AddACLED(ctx, db, b, name); err != nil {
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

// where names the database for messages.
func (m *Main) where() string {
	if m.Config.DB != "" {
		return "the database"
	}
	return m.DataPath("rastro.db")
}
