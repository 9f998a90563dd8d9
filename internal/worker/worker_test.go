package worker

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

func TestFind(t *testing.T) {
	if p, err := Find("/opt/my-intake"); err != nil || p.Path != "/opt/my-intake" {
		t.Errorf("configured: %v %v", p, err)
	}
	dir := t.TempDir()
	t.Setenv("PATH", dir)
	_, err := Find("")
	if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), "RASTRO_INTAKE") {
		t.Errorf("missing: %v", err)
	}
	onPath := filepath.Join(dir, Name)
	if err := os.WriteFile(onPath, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(""); err != nil || p.Path != onPath {
		t.Errorf("on PATH: %v %v", p, err)
	}
}

func TestTailKeepsTheEnd(t *testing.T) {
	var tl Tail
	if tl.String() != "" {
		t.Errorf("empty tail: %q", tl.String())
	}
	tl.Write([]byte(strings.Repeat("a", tailBytes)))
	tl.Write([]byte("the end\n"))
	if s := tl.String(); !strings.HasSuffix(s, "the end") || len(s) != len(": ")+tailBytes-1 {
		t.Errorf("tail of %d bytes ends %q", len(s), s[len(s)-10:])
	}
}
