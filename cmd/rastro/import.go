package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/transfer"
	"github.com/spf13/cobra"
)

func init() { register(importCommand) }

func importCommand(m *Main) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE",
		Short: "Load a Rastro JSON bundle or an ACLED CSV export into an empty database",
		Long: "Read FILE (- for standard input): a Rastro JSON bundle, or an ACLED event CSV (recognised by its header). " +
			"The whole file is checked first and loaded in one transaction: on any error nothing is imported.",
		Args: oneArg("FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
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
			db, err := m.Store(cmd.Context())
			if err != nil {
				return err
			}
			if empty, err := db.Empty(cmd.Context()); err != nil {
				return err
			} else if !empty {
				return rastro.Errorf(rastro.ECONFLICT, "import needs an empty database and %s holds records; nothing was imported (use a new --data directory)", m.where())
			}
			b, err := readImport(in, name)
			if err != nil {
				return err
			}
			if err := db.Import(cmd.Context(), b); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "imported %s: %d sources, %d places, %d persons, %d units, %d incidents, %d acts\n",
				name, len(b.Sources), len(b.Places), len(b.Persons), len(b.Units), len(b.Incidents), len(b.Acts))
			return nil
		},
	}
}

// readImport tells a JSON bundle from an ACLED CSV by the first byte (after
// a byte-order mark and space) and the header line.
func readImport(in io.Reader, name string) (*rastro.Bundle, error) {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(4096)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	switch {
	case len(head) == 0:
		return nil, rastro.Errorf(rastro.EINVALID, "%s is empty", name)
	case head[0] == '{':
		return transfer.ReadBundle(br, name)
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	if transfer.IsACLEDHeader(string(line)) {
		return transfer.ReadACLED(br, name, time.Now().UTC().Truncate(time.Microsecond))
	}
	return nil, rastro.Errorf(rastro.EINVALID, "%s is neither a Rastro JSON bundle nor an ACLED CSV (whose header starts with event_id_cnty)", name)
}

// where names the database for messages.
func (m *Main) where() string {
	if m.Config.DB != "" {
		return "the database"
	}
	return m.DataPath("rastro.db")
}
