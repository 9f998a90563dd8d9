package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"sync"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/worker"
)

// The worker protocol, over the worker's standard input and output: a
// request is one JSON line {"meta":…,"size":N} followed by the N bytes of
// the document; the answer is one JSON line {"mined":…} or
// {"error":{"code":…,"message":…}}. One worker answers any number of
// requests, one after the other, until its input ends.

type request struct {
	Meta Meta  `json:"meta"`
	Size int64 `json:"size"`
}

type answer struct {
	Mined *Mined     `json:"mined,omitempty"`
	Error *wireError `json:"error,omitempty"`
}

type wireError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// maxRequest bounds the document a worker reads, above what intake accepts,
// so that a garbled size cannot make it allocate without limit.
const maxRequest = 512 << 20

// Serve answers requests read from r on w with m until r ends: the worker's
// side of Process.
func Serve(ctx context.Context, r io.Reader, w io.Writer, m Miner) error {
	in := bufio.NewReader(r)
	out := bufio.NewWriter(w)
	enc := json.NewEncoder(out)
	for {
		line, err := in.ReadBytes('\n')
		if err == io.EOF && len(line) == 0 {
			return nil
		}
		if err != nil {
			return fmt.Errorf("ingest worker: reading a request: %w", err)
		}
		var req request
		if err := json.Unmarshal(line, &req); err != nil || req.Size < 0 || req.Size > maxRequest {
			return fmt.Errorf("ingest worker: not a request: %.80q", line)
		}
		// Read as the bytes come rather than allocate the announced size
		// up front, so a wrong size cannot claim memory the input lacks.
		doc, err := io.ReadAll(io.LimitReader(in, req.Size))
		if err == nil && int64(len(doc)) < req.Size {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			return fmt.Errorf("ingest worker: reading %d bytes of %s: %w", req.Size, req.Meta.Name, err)
		}
		var a answer
		if a.Mined, err = m.Mine(ctx, doc, req.Meta); err != nil {
			a.Mined, a.Error = nil, &wireError{Code: rastro.ErrorCode(err), Message: rastro.ErrorMessage(err)}
		}
		if err := enc.Encode(&a); err != nil {
			return err
		}
		if err := out.Flush(); err != nil {
			return err
		}
	}
}

// Process is a Miner that hands documents to the worker program (run with
// no arguments, it speaks the protocol of Serve), started on first use and
// reused until Close. The worker's standard error is kept, in part, to
// explain its failure.
type Process struct {
	Worker *worker.Program

	mu     sync.Mutex
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout *bufio.Reader
	stderr *worker.Tail
	broken error
}

func (p *Process) start() error {
	cmd, stderr := p.Worker.Command(context.Background())
	p.stderr = stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return p.Worker.Failed("to start", err, p.stderr)
	}
	p.cmd, p.stdin, p.stdout = cmd, stdin, bufio.NewReader(stdout)
	return nil
}

// Mine sends one document to the worker and waits for its answer. When ctx
// ends first the worker is stopped and later calls fail.
func (p *Process) Mine(ctx context.Context, original []byte, meta Meta) (*Mined, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.broken != nil {
		return nil, p.broken
	}
	if p.cmd == nil {
		if err := p.start(); err != nil {
			return nil, err
		}
	}
	done := make(chan struct{})
	var a answer
	var err error
	go func() {
		defer close(done)
		a, err = p.exchange(original, meta)
	}()
	select {
	case <-done:
	case <-ctx.Done():
		_ = p.cmd.Process.Kill()
		<-done
		p.broken = ctx.Err()
		return nil, ctx.Err()
	}
	if err != nil {
		_ = p.cmd.Process.Kill()
		_ = p.cmd.Wait()
		p.broken = p.Worker.Failed("reading a document", err, p.stderr)
		return nil, p.broken
	}
	if a.Error != nil {
		return nil, &rastro.Error{Code: a.Error.Code, Message: a.Error.Message}
	}
	if a.Mined == nil {
		return nil, rastro.Errorf(rastro.EINTERNAL, "intake worker %s answered nothing for %s", p.Worker.Path, meta.Name)
	}
	return a.Mined, nil
}

func (p *Process) exchange(original []byte, meta Meta) (answer, error) {
	var a answer
	head, err := json.Marshal(request{Meta: meta, Size: int64(len(original))})
	if err != nil {
		return a, err
	}
	if _, err := p.stdin.Write(append(head, '\n')); err != nil {
		return a, err
	}
	if _, err := p.stdin.Write(original); err != nil {
		return a, err
	}
	line, err := p.stdout.ReadBytes('\n')
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = errors.New("it exited")
		}
		return a, err
	}
	return a, json.Unmarshal(line, &a)
}

// Close ends the worker: its input ends, and it exits.
func (p *Process) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil {
		return nil
	}
	cmd := p.cmd
	p.cmd = nil
	_ = p.stdin.Close()
	if err := cmd.Wait(); err != nil && p.broken == nil {
		return p.Worker.Failed("as it ended", err, p.stderr)
	}
	return nil
}
