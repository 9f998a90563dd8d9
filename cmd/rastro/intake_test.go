package main

import (
	"os"
	"testing"

	"github.com/rastro-project/rastro/internal/worker/workertest"
)

func TestMain(m *testing.M) {
	os.Exit(workertest.Main(m))
}

// useTestWorker points m's worker at this test binary acting as it, in
// mode (workertest.Serve unless given).
func useTestWorker(m *Main, mode ...string) {
	p := workertest.Program(append(mode, workertest.Serve)[0])
	m.Config.Intake, m.intakeEnv = p.Path, p.Env
}
