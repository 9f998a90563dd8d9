//go:build !unix

package leftover

import (
	"os"
	"time"
)

// lock does nothing where flock is missing: age decides instead.
func lock(*os.File, bool) error { return nil }

// staleAfter is how long an unlocked file must be left unwritten before it
// counts as a leftover where locks are not available.
const staleAfter = time.Hour

func unlockedLongEnough(mod time.Time) bool { return time.Since(mod) > staleAfter }
