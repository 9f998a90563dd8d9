// Command rastro-intake is the worker that cleans documents and mines them
// for claims for `rastro ingest`, which starts it and stores what it
// answers. It lives apart from rastro because its libraries (go-trafilatura
// with go-htmldate and go-dateparser, pdfcpu) build about 100 MB of tables
// when the program starts, which every other command would pay for. It
// speaks the protocol of ingest.Serve on its standard input and output and
// is not meant to be run by hand.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/rastro-project/rastro/ingest"
	"github.com/rastro-project/rastro/intake"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := ingest.Serve(ctx, os.Stdin, os.Stdout, intake.Miner); err != nil {
		fmt.Fprintln(os.Stderr, "rastro-intake:", err)
		os.Exit(1)
	}
}
