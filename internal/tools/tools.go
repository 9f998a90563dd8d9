// Package tools finds the outside programs Rastro uses (Chromium, poppler,
// ffmpeg, openssl). The program, its tests and scripts/test all look them up
// here, so a test never skips for a program the test script thinks is there.
package tools

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
)

// Program is an outside program and where it comes from.
type Program struct {
	Name   string   // how Rastro refers to it
	Env    string   // a variable naming the executable, tried first
	Names  []string // executable names tried on PATH, in order
	Debian string   // the Debian package that installs it
}

// Programs lists every outside program the program or its tests run.
var Programs = []Program{
	{Name: "chromium", Env: "RASTRO_CHROMIUM", Names: []string{"chromium", "chromium-browser", "google-chrome"}, Debian: "chromium"},
	{Name: "pdftotext", Names: []string{"pdftotext"}, Debian: "poppler-utils"},
	{Name: "pdfinfo", Names: []string{"pdfinfo"}, Debian: "poppler-utils"},
	{Name: "ffprobe", Names: []string{"ffprobe"}, Debian: "ffmpeg"},
	{Name: "ffmpeg", Names: []string{"ffmpeg"}, Debian: "ffmpeg"},
	{Name: "openssl", Names: []string{"openssl"}, Debian: "openssl"},
}

// Find returns the path of the named program, or an error that says how to
// install it.
func Find(name string) (string, error) {
	i := slices.IndexFunc(Programs, func(p Program) bool { return p.Name == name })
	if i < 0 {
		return "", fmt.Errorf("tools: unknown program %q", name)
	}
	p := Programs[i]
	if p.Env != "" {
		if v := os.Getenv(p.Env); v != "" {
			if _, err := exec.LookPath(v); err != nil {
				return "", fmt.Errorf("%s=%s: %w", p.Env, v, err)
			}
			return v, nil
		}
	}
	for _, n := range p.Names {
		if path, err := exec.LookPath(n); err == nil {
			return path, nil
		}
	}
	return "", fmt.Errorf("%s not found on PATH: install Debian's %s package", p.Name, p.Debian)
}

// Missing returns the Debian packages of the programs that Find does not
// find, each once, in the order of Programs.
func Missing() []string {
	var pkgs []string
	for _, p := range Programs {
		if _, err := Find(p.Name); err != nil && !slices.Contains(pkgs, p.Debian) {
			pkgs = append(pkgs, p.Debian)
		}
	}
	return pkgs
}
