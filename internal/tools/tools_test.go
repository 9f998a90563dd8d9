package tools

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindEnvAndPath(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "chromium-browser")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	t.Setenv("RASTRO_CHROMIUM", "")
	if got, err := Find("chromium"); err != nil || got != exe {
		t.Fatalf("Find on PATH = %q, %v; want %q", got, err, exe)
	}
	t.Setenv("RASTRO_CHROMIUM", filepath.Join(dir, "nope"))
	if _, err := Find("chromium"); err == nil || !strings.Contains(err.Error(), "RASTRO_CHROMIUM") {
		t.Fatalf("a wrong RASTRO_CHROMIUM must be an error naming it, got %v", err)
	}
	t.Setenv("RASTRO_CHROMIUM", "")
	if _, err := Find("ffprobe"); err == nil || !strings.Contains(err.Error(), "ffmpeg") {
		t.Fatalf("missing ffprobe must name its package, got %v", err)
	}
	if _, err := Find("nonsense"); err == nil {
		t.Fatal("an unknown program must be an error")
	}
	got := Missing()
	want := []string{"poppler-utils", "ffmpeg", "openssl"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("Missing() = %v, want %v", got, want)
	}
}
