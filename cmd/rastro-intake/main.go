// Command rastro-intake is the worker that rastro starts for what needs
// libraries too heavy for its own start: it cleans documents and mines
// them for claims for `rastro ingest` and the web's source uploads, and it
// writes the acts workbook (XLSX) of `rastro report export` and the web's
// download. Those libraries (go-trafilatura with go-htmldate and
// go-dateparser, pdfcpu, excelize) build about 100 MB of tables when the
// program starts, which every other command would pay for. It speaks the
// protocols of ingest.Serve and workbook.Serve on its standard input and
// output (see package program) and is not meant to be run by hand.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/rastro-project/rastro/internal/worker/program"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := program.Run(ctx, os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "rastro-intake:", err)
		os.Exit(1)
	}
}
