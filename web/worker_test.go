package web

import (
	"os"
	"testing"

	"github.com/rastro-project/rastro/internal/worker/workertest"
)

// The test binary is also rastro-intake, so that the acts workbook is
// written by a real worker process, as when served.
func TestMain(m *testing.M) {
	os.Exit(workertest.Main(m))
}
