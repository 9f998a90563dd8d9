package main

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/rastro-project/rastro/ingest"
	"github.com/rastro-project/rastro/intake"
)

// workerEnv makes the test binary act as rastro-intake, so that tests run
// ingest through a real worker process without building one.
const workerEnv = "RASTRO_TEST_INTAKE_WORKER=1"

func TestMain(m *testing.M) {
	if os.Getenv("RASTRO_TEST_INTAKE_WORKER") == "1" {
		if err := ingest.Serve(context.Background(), os.Stdin, os.Stdout, intake.Miner); err != nil {
			fmt.Fprintln(os.Stderr, "rastro-intake (test):", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// useTestWorker points m's ingest at this test binary acting as the worker.
func useTestWorker(m *Main) {
	m.Config.Intake = os.Args[0]
	m.intakeEnv = []string{workerEnv}
}
