// Package program is what the worker rastro-intake does (see package
// worker), apart from its main so that tests can make their own binary the
// worker: with no arguments it cleans and mines documents for ingest (the
// protocol of ingest.Serve); with workbook.Mode it writes one acts
// workbook (that of workbook.Serve). It links the heavy libraries.
package program

import (
	"context"
	"fmt"
	"io"

	"github.com/rastro-project/rastro/ingest"
	"github.com/rastro-project/rastro/intake"
	"github.com/rastro-project/rastro/report/workbook"
	"github.com/rastro-project/rastro/report/xlsx"
)

// Run does what args ask, reading r and writing w.
func Run(ctx context.Context, args []string, r io.Reader, w io.Writer) error {
	switch {
	case len(args) == 0:
		return ingest.Serve(ctx, r, w, intake.Miner)
	case len(args) == 1 && args[0] == workbook.Mode:
		return workbook.Serve(r, w, xlsx.ActsFrom)
	}
	return fmt.Errorf("run by rastro with no arguments or with %s, not %q", workbook.Mode, args)
}
