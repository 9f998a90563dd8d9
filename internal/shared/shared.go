// Package shared finds the project's reference data (Peru's UBIGEO tables
// and boundaries, the FEBRL person records, the news fixtures). It lives in
// a folder shared/ beside the repository, where CI puts it too; the
// RASTRO_SHARED variable names another place.
package shared

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the reference data folder: $RASTRO_SHARED, else shared/ beside
// the module root.
func Dir() (string, error) {
	if d := os.Getenv("RASTRO_SHARED"); d != "" {
		return d, nil
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", fmt.Errorf("reference data: cannot locate the source tree; set RASTRO_SHARED")
	}
	// file is <module root>/internal/shared/shared.go
	d := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if _, err := os.Stat(d); err != nil {
		return "", fmt.Errorf("reference data not found at %s (set RASTRO_SHARED): %w", d, err)
	}
	return filepath.Clean(d), nil
}

// Path returns a path inside the reference data folder, failing the test
// when the folder or the file is not there: tests that read reference data
// must not pass by skipping it.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	d, err := Dir()
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(append([]string{d}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("reference data: %v", err)
	}
	return p
}
