package main

import (
	"fmt"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
	"github.com/spf13/cobra"
)

func init() {
	register(func(m *Main) *cobra.Command {
		return &cobra.Command{
			Use:   "verify",
			Short: "Re-hash every evidence blob and re-check the custody log's chain and signatures",
			Long: `Re-hash every evidence item's blob and re-check every custody entry: its hash,
its signature under the installation key, and its links to the previous entry
in the locker and in its item's chain. Each problem is named (missing blob,
changed blob, changed record, changed entry, broken link, bad signature) and
the command exits non-zero when there is one. It also reports what killed adds
and uploads left behind (partial blobs, upload folders), which
` + "`rastro evidence sweep`" + ` removes.`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				locker, _, _, err := m.locker(cmd.Context())
				if err != nil {
					return err
				}
				r, err := locker.Verify(cmd.Context())
				if err != nil {
					return err
				}
				for _, p := range r.Problems {
					fmt.Fprintf(m.Stdout, "PROBLEM %s\n", p)
				}
				if n := r.Count(custody.MissingBlob); n > 0 {
					fmt.Fprintf(m.Stdout, "note: %d of %d items have no file in the blob store; a database loaded with `rastro import` "+
						"needs the exporting installation's blob folder (DATA/blobs, or its S3 bucket) copied alongside\n", n, r.Items)
				}
				if n := r.Count(custody.BadSignature); n > 0 && n == r.Entries {
					fmt.Fprintf(m.Stdout, "note: no custody entry verifies with this installation's key (%s); if the log was imported, "+
						"copy the exporting installation's %s into the data directory\n", m.DataPath(custody.KeyFile), custody.KeyFile)
				}
				var left int64
				for _, it := range r.Leftovers {
					fmt.Fprintf(m.Stdout, "leftover %s: %d bytes, last written %s, by work that was killed\n", it.Path, it.Size, it.ModTime.UTC().Format(time.RFC3339))
					left += it.Size
				}
				if len(r.Leftovers) > 0 {
					fmt.Fprintf(m.Stdout, "note: %d leftovers of killed adds or uploads hold %d bytes; `rastro evidence sweep` removes them\n", len(r.Leftovers), left)
				}
				if len(r.Unreferenced) > 0 {
					fmt.Fprintf(m.Stdout, "note: %d blobs have no record (left by interrupted adds; `rastro evidence sweep` removes them)\n", len(r.Unreferenced))
				}
				fmt.Fprintf(m.Stdout, "%d items, %d blobs, %d custody entries checked: %s\n", r.Items, r.Blobs, r.Entries, countProblems(len(r.Problems)))
				if !r.OK() {
					return rastro.Errorf(rastro.ECONFLICT, "verification found %s", countProblems(len(r.Problems)))
				}
				return nil
			},
		}
	})
}

// countProblems says how many problems there are, in words.
func countProblems(n int) string {
	if n == 1 {
		return "1 problem"
	}
	return fmt.Sprintf("%d problems", n)
}
