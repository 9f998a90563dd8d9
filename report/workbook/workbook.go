// Package workbook has the acts workbook (rastro report export --format
// acts-xlsx, the web's acts.xlsx) written by the worker program
// rastro-intake: the spreadsheet library (excelize, in package report/xlsx)
// builds tables at package initialisation that every start of rastro would
// otherwise pay for. rastro prepares the rows; the worker writes them.
//
// The exchange: rastro runs the worker with the single argument Mode and
// sends on its standard input one JSON line {"meta":…,"rows":N} and then N
// rows, each a JSON list of strings. The worker writes the workbook on its
// standard output and exits 0; anything else is a failure, and what it
// wrote is to be thrown away.
package workbook

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/worker"
)

// Mode is the worker's argument that asks for a workbook.
const Mode = "acts-xlsx"

type header struct {
	Meta map[string]string `json:"meta"`
	Rows int               `json:"rows"`
}

// Worker writes workbooks with the worker program, one run per workbook.
type Worker struct {
	Program *worker.Program
}

// WriteActs writes the acts table (rows of report.ActColumns) as a workbook
// on w. On an error w may hold part of a workbook, which the caller must
// not keep; ctx ending stops the worker.
func (k *Worker) WriteActs(ctx context.Context, w io.Writer, rows [][]string, meta map[string]string) error {
	cmd, stderr := k.Program.Command(ctx, Mode)
	cmd.Stdout = w
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return rastro.Errorf(rastro.EINTERNAL, "workbook: %v", err)
	}
	if err := cmd.Start(); err != nil {
		return k.Program.Failed("to start", err, stderr)
	}
	sent := send(stdin, rows, meta)
	if err := stdin.Close(); sent == nil {
		sent = err
	}
	// The worker's own end explains a failed send (a broken pipe) better.
	if err := cmd.Wait(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return k.Program.Failed("writing a workbook", err, stderr)
	}
	if sent != nil {
		return k.Program.Failed("reading the table", sent, stderr)
	}
	return nil
}

// send writes the table as the worker reads it, a row at a time.
func send(w io.Writer, rows [][]string, meta map[string]string) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	if err := enc.Encode(header{Meta: meta, Rows: len(rows)}); err != nil {
		return err
	}
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Serve is the worker's side: it reads one table from r and has write
// (report/xlsx.ActsFrom) write it on w. Its errors name rows by number
// only, never their cells, which may name people.
func Serve(r io.Reader, w io.Writer, write func(w io.Writer, meta map[string]string, next func() ([]string, error)) error) error {
	dec := json.NewDecoder(bufio.NewReader(r))
	var h header
	if err := dec.Decode(&h); err != nil || h.Rows < 0 {
		return errors.New("workbook: the input does not start with a table's header")
	}
	read := 0
	next := func() ([]string, error) {
		if read == h.Rows {
			return nil, io.EOF
		}
		var row []string
		if err := dec.Decode(&row); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, fmt.Errorf("workbook: the table ended after %d of %d rows", read, h.Rows)
			}
			return nil, fmt.Errorf("workbook: row %d is not a list of strings", read+1)
		}
		read++
		return row, nil
	}
	bw := bufio.NewWriter(w)
	if err := write(bw, h.Meta, next); err != nil {
		return err
	}
	if read < h.Rows {
		return fmt.Errorf("workbook: %d of %d rows written", read, h.Rows)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("workbook: more input than the table's rows")
	}
	return bw.Flush()
}
