//go:build unix

package leftover

import (
	"os"
	"syscall"
	"time"
)

// lock takes an exclusive lock on f: held until f is closed when keep is
// set, else only tried and dropped at once.
func lock(f *os.File, keep bool) error {
	how := syscall.LOCK_EX
	if !keep {
		how |= syscall.LOCK_NB
	}
	if err := syscall.Flock(int(f.Fd()), how); err != nil {
		return err
	}
	if !keep {
		return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	}
	return nil
}

// unlockedLongEnough: with locks, no wait is needed.
func unlockedLongEnough(time.Time) bool { return true }
