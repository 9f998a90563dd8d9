// Package s3test starts a real S3-compatible server for tests: versitygw in
// posix mode over a temporary folder, on a free loopback port. The binary is
// $RASTRO_TEST_VERSITYGW or versitygw on PATH (scripts/test installs
// it); without it the test is skipped with a message saying so.
package s3test

import (
	"crypto/rand"
	"encoding/hex"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/rastro-project/rastro/blob/s3"
)

// Start starts a server that lives as long as the test and returns a Config
// for a bucket of its own, and the folder the server keeps objects in
// (bucket/key under it), through which tests can tamper with stored bytes.
func Start(t testing.TB) (s3.Config, string) {
	t.Helper()
	bin := os.Getenv("RASTRO_TEST_VERSITYGW")
	if bin == "" {
		var err error
		if bin, err = exec.LookPath("versitygw"); err != nil {
			t.Skip("S3 tests need versitygw: run scripts/test (it installs it: go install github.com/versity/versitygw/cmd/versitygw@v1.8.0) or set RASTRO_TEST_VERSITYGW")
		}
	}
	root := t.TempDir()
	gwDir := filepath.Join(root, "gw")
	if err := os.Mkdir(gwDir, 0o700); err != nil {
		t.Fatal(err)
	}
	addr := freePort(t)
	var rnd [8]byte
	rand.Read(rnd[:])
	cfg := s3.Config{Endpoint: addr, AccessKey: "rastro-test", SecretKey: hex.EncodeToString(rnd[:]), Bucket: "evidence", Region: "us-east-1"}
	cmd := exec.Command(bin, "--port", addr, "--access", cfg.AccessKey, "--secret", cfg.SecretKey, "--quiet", "posix", gwDir)
	logf, err := os.Create(filepath.Join(root, "versitygw.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		logf.Close()
	})
	deadline := time.Now().Add(15 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err == nil {
			c.Close()
			return cfg, gwDir
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logf.Name())
			t.Fatalf("versitygw did not listen on %s: %s", addr, log)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func freePort(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}
