package leftover

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// TestMain lets the test binary act as a worker that holds a file and
// waits to be killed.
func TestMain(m *testing.M) {
	if p := os.Getenv("LEFTOVER_HOLD"); p != "" {
		if _, err := Hold(p); err != nil {
			os.Exit(2)
		}
		os.Stdout.WriteString("holding\n")
		select {}
	}
	os.Exit(m.Run())
}

// TestKilledWorkerLeavesALeftover: a file held by a live process is not a
// leftover; once the process is killed (SIGKILL, no clean-up), it is, and
// Remove removes it; a file this process holds is never removed.
func TestKilledWorkerLeavesALeftover(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("flock")
	}
	dir := t.TempDir()
	partial := filepath.Join(dir, "put-killed")
	os.WriteFile(partial, make([]byte, 1000), 0o400)
	mine := filepath.Join(dir, "put-mine")
	os.WriteFile(mine, []byte("x"), 0o400)
	release, err := Hold(mine)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	os.Mkdir(filepath.Join(dir, "other"), 0o700)

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "LEFTOVER_HOLD="+partial)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "holding\n" {
		t.Fatalf("worker said %q", line)
	}
	if items, err := Find(dir, "put-"); err != nil || len(items) != 0 {
		t.Fatalf("while the worker runs: %v %v", items, err)
	}
	cmd.Process.Kill()
	cmd.Wait()
	items, err := Find(dir, "put-")
	if err != nil || len(items) != 1 || items[0].Path != partial || items[0].Size != 1000 {
		t.Fatalf("after the kill: %+v %v", items, err)
	}
	removed, err := Remove(append(items, Item{Path: mine}))
	if err != nil || len(removed) != 1 {
		t.Fatalf("removed %+v %v", removed, err)
	}
	if _, err := os.Stat(partial); !os.IsNotExist(err) {
		t.Error("the leftover is still there")
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("a held file was removed")
	}
}

func TestFolderLeftover(t *testing.T) {
	dir := t.TempDir()
	up := filepath.Join(dir, "upload-123")
	os.Mkdir(up, 0o700)
	os.WriteFile(filepath.Join(up, "file.jpg"), make([]byte, 77), 0o600)
	items, err := Find(dir, "upload-")
	if err != nil || len(items) != 1 || items[0].Size != 77 {
		t.Fatalf("%+v %v", items, err)
	}
	if items, _ := Find(filepath.Join(dir, "missing"), "upload-"); items != nil {
		t.Errorf("a missing folder has %v", items)
	}
}
