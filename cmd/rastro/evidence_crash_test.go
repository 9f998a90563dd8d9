package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/media/mediatest"
	"github.com/rastro-project/rastro/sqldb"
)

// TestEvidenceHelperProcess is the child the crash test kills: the test
// binary re-run as the rastro program, with the arguments after "--".
func TestEvidenceHelperProcess(t *testing.T) {
	if os.Getenv("RASTRO_EVIDENCE_HELPER") != "1" {
		t.Skip("run by TestEvidenceAddSurvivesKill")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	m := NewMain()
	err := m.Run(context.Background(), args)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rastro:", rastro.ErrorMessage(err))
		os.Exit(1)
	}
	os.Exit(0)
}

// TestEvidenceAddSurvivesKill kills `rastro evidence add` with SIGKILL at
// random moments, at least 50 times. Afterwards `rastro verify` passes,
// every file is either fully in (record, blob, custody entries) or not in at
// all, every add that reported success is in, and a sweep clears the blobs
// that killed adds left without a record.
func TestEvidenceAddSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	dir, _, _ := evidenceDataDir(t)
	files := t.TempDir()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	n := 0
	newFile := func() string {
		n++
		p := filepath.Join(files, fmt.Sprintf("f%03d", n))
		var data []byte
		if n%3 == 0 {
			p += ".jpg" // metadata extraction and perceptual hashing run too
			data = mediatest.JPEG(t, mediatest.Scene(n, 0), &mediatest.EXIF{Make: "Test", Taken: time.Unix(int64(1.67e9)+int64(n), 0).UTC()})
		} else {
			data = make([]byte, 1<<10+rng.IntN(3<<20))
			for i := range data {
				data[i] = byte(rng.UintN(256))
			}
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	run := func(paths []string, killAfter time.Duration) (ok, killed bool) {
		args := append([]string{"-test.run=^TestEvidenceHelperProcess$", "--", "evidence", "add"}, paths...)
		cmd := exec.Command(os.Args[0], args...)
		cmd.Env = append(os.Environ(), "RASTRO_EVIDENCE_HELPER=1", "RASTRO_DATA="+dir, "RASTRO_DB=", "RASTRO_ACTOR=crash-test")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var timer *time.Timer
		if killAfter > 0 {
			timer = time.AfterFunc(killAfter, func() { cmd.Process.Signal(syscall.SIGKILL) })
		}
		err := cmd.Wait()
		if timer != nil {
			timer.Stop()
		}
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				return false, true
			}
			t.Fatalf("evidence add failed without being killed: %v", err)
		}
		return err == nil, false
	}

	// One uninterrupted run gives the time scale for the kills.
	first := []string{newFile(), newFile(), newFile()}
	start := time.Now()
	if ok, _ := run(first, 0); !ok {
		t.Fatal("uninterrupted add failed")
	}
	full := time.Since(start)
	completed := map[string]bool{}
	for _, p := range first {
		completed[p] = true
	}
	var all []string
	all = append(all, first...)
	kills := 0
	// The kill comes at a random moment within window, which adapts to how
	// fast adds run on this machine right now: it shrinks when a run
	// finishes first and grows when runs are killed.
	window := full * 5 / 4
	for attempt := 0; kills < 50; attempt++ {
		if attempt > 400 {
			t.Fatalf("only %d of %d runs were killed", kills, attempt)
		}
		paths := []string{newFile()}
		if rng.IntN(2) == 0 {
			paths = append(paths, newFile())
		}
		all = append(all, paths...)
		ok, killed := run(paths, time.Duration(rng.Int64N(int64(window)))+time.Millisecond)
		if killed {
			kills++
			window = window * 21 / 20
		} else {
			window = window * 4 / 5
		}
		if ok {
			for _, p := range paths {
				completed[p] = true
			}
		}
	}
	t.Logf("%d runs killed, %d files added by runs that finished, one full run took %v", kills, len(completed), full)

	out, err := evidenceRun(t, dir, "verify")
	if err != nil {
		t.Fatalf("verify after kills: %v\n%s", err, out)
	}
	t.Logf("verify after kills: %s", strings.TrimSpace(out))
	m := NewMain()
	m.Config.DataDir, m.Config.DB = dir, ""
	defer m.Close()
	db, err := m.Store(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	signer, err := m.signer()
	if err != nil {
		t.Fatal(err)
	}
	svc := sqldb.NewEvidenceService(db, signer)
	in := 0
	for _, p := range all {
		sum := fileSHA256(t, p)
		items, _, err := svc.ListEvidence(context.Background(), rastro.EvidenceFilter{SHA256: &sum})
		if err != nil {
			t.Fatal(err)
		}
		if len(items) == 0 {
			if completed[p] {
				t.Errorf("%s: the add finished but the file is not in", p)
			}
			continue
		}
		in++
		entries, err := svc.ListCustody(context.Background(), rastro.CustodyFilter{ItemID: &items[0].ID})
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) < 2 || entries[0].Action != rastro.CustodyAcquired || entries[1].Action != rastro.CustodyHashed {
			t.Errorf("%s: item %d has custody entries %v", p, items[0].ID, entries)
		}
	}
	t.Logf("%d of %d files are in", in, len(all))
	if out, err := evidenceRun(t, dir, "evidence", "sweep", "--min-age", "0"); err != nil {
		t.Fatalf("sweep: %v %s", err, out)
	}
	out, err = evidenceRun(t, dir, "verify")
	if err != nil || strings.Contains(out, "have no record") || !strings.Contains(out, fmt.Sprintf("%d items, %d blobs", in, in)) {
		t.Fatalf("verify after sweep: %v\n%s", err, out)
	}
}

func fileSHA256(t *testing.T, p string) string {
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
