// Package worker finds and starts rastro-intake, the program that holds
// the libraries rastro keeps out of its own start because their package
// initialisation would cost every command: intake's cleaning and mining of
// documents (the protocol of package ingest) and the XLSX writer (that of
// package report/workbook). This package links neither.
package worker

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/rastro-project/rastro"
)

// Name is the worker program's file name.
const Name = "rastro-intake"

// Program is the worker program and how to run it.
type Program struct {
	Path string
	Env  []string // added to this process's environment
}

// Find returns the worker: configured (RASTRO_INTAKE) when set, else the
// program beside this executable, else the one on PATH. It starts nothing.
func Find(configured string) (*Program, error) {
	if configured != "" {
		return &Program{Path: configured}, nil
	}
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), Name)
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			return &Program{Path: p}, nil
		}
	}
	p, err := exec.LookPath(Name)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "the program %s, which reads documents for ingest and writes XLSX workbooks, was found neither beside rastro nor on PATH: build both (go install ./cmd/rastro ./cmd/%s) or set RASTRO_INTAKE to it", Name, Name)
	}
	return &Program{Path: p}, nil
}

// Command returns the command that runs the worker with args; ctx ending
// kills it. What the worker writes to its standard error is kept, in part,
// in the returned Tail to explain a failure.
func (p *Program) Command(ctx context.Context, args ...string) (*exec.Cmd, *Tail) {
	cmd := exec.CommandContext(ctx, p.Path, args...)
	cmd.Env = append(os.Environ(), p.Env...)
	t := &Tail{}
	cmd.Stderr = t
	return cmd, t
}

// Failed is the error for a worker that failed while doing what, with the
// end of its standard error.
func (p *Program) Failed(what string, err error, stderr *Tail) error {
	return rastro.Errorf(rastro.EINTERNAL, "the worker %s failed %s: %v%s", p.Path, what, err, stderr.String())
}

// Tail keeps the last bytes written to it.
type Tail struct {
	mu  sync.Mutex
	buf []byte
}

const tailBytes = 2048

func (t *Tail) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, b...)
	if len(t.buf) > tailBytes {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-tailBytes:]...)
	}
	return len(b), nil
}

// String returns what was kept, as a suffix for an error message.
func (t *Tail) String() string {
	if t == nil {
		return ""
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	s := strings.TrimSpace(string(t.buf))
	if s == "" {
		return ""
	}
	return ": " + s
}
