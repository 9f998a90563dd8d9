// Package workertest makes a test binary its own rastro-intake, so that
// tests run ingest and the acts workbook through a real worker process
// without building one. A test package calls Main from its TestMain and
// points its code at Program.
package workertest

import (
	"context"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/rastro-project/rastro/internal/worker"
	"github.com/rastro-project/rastro/internal/worker/program"
	"github.com/rastro-project/rastro/report/workbook"
)

const env = "RASTRO_TEST_INTAKE_WORKER"

// Modes of the test worker: Serve does what rastro-intake does; Dies
// writes a workbook's first bytes, reads a little and exits with an error,
// as a worker that crashes half-way.
const (
	Serve = "serve"
	Dies  = "dies"
)

// Program is this test binary as the worker, in mode.
func Program(mode string) *worker.Program {
	return &worker.Program{Path: os.Args[0], Env: []string{env + "=" + mode}}
}

// Workbook writes acts workbooks with this test binary as the worker.
func Workbook(mode string) *workbook.Worker {
	return &workbook.Worker{Program: Program(mode)}
}

// Main acts as the worker and exits when this process was started as one
// by Program; otherwise it runs the tests and returns their exit code.
func Main(m *testing.M) int {
	switch os.Getenv(env) {
	case Serve:
		if err := program.Run(context.Background(), os.Args[1:], os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "rastro-intake (test):", err)
			os.Exit(1)
		}
		os.Exit(0)
	case Dies:
		os.Stdout.WriteString("PK\x03\x04")
		io.CopyN(io.Discard, os.Stdin, 100)
		fmt.Fprintln(os.Stderr, "rastro-intake (test): killed")
		os.Exit(2)
	}
	return m.Run()
}
