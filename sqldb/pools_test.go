package sqldb_test

import (
	"context"
	"testing"
	"time"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// A GET request holds its read snapshot while it writes (the session's
// touch). With every read connection held that way, a write must still get
// a connection: writes have a pool of their own on both backends.
func TestWriteWhileEveryReadIsHeld(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		hold, release := context.WithCancel(context.Background())
		var stops []func()
		defer func() {
			release() // also gives up the snapshot left waiting
			for _, stop := range stops {
				stop()
			}
		}()
		type begun struct {
			ctx  context.Context
			stop func()
			err  error
		}
		for exhausted := false; !exhausted; {
			if len(stops) == 1000 {
				t.Fatal("1000 snapshots held: the read pool has no bound")
			}
			ch := make(chan begun, 1)
			go func() {
				c, stop, err := db.Snapshot(hold)
				ch <- begun{c, stop, err}
			}()
			select {
			case b := <-ch:
				if b.err != nil {
					t.Fatal(b.err)
				}
				stops = append(stops, b.stop)
				if _, err := db.Users(b.ctx); err != nil { // the snapshot holds its connection
					t.Fatalf("read in snapshot %d: %v", len(stops), err)
				}
			case <-time.After(300 * time.Millisecond):
				exhausted = true // the next snapshot waits for a read connection
			}
		}
		wctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := db.CreateUser(wctx, &auth.User{Name: "writer", Role: auth.RoleViewer}); err != nil {
			t.Fatalf("a write with all %d read connections held: %v", len(stops), err)
		}
	})
}
