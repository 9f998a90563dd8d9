package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/transfer"
	"github.com/spf13/cobra"
)

// noArgs and oneID validate positional arguments with messages for users.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return rastro.Errorf(rastro.EINVALID, "%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

func oneArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return rastro.Errorf(rastro.EINVALID, "%s needs one %s, got %d arguments", cmd.CommandPath(), what, len(args))
		}
		return nil
	}
}

// parseID reads a record ID argument.
func parseID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, rastro.Errorf(rastro.EINVALID, "invalid ID %q: want a positive whole number", s)
	}
	return id, nil
}

// writeJSON writes v as indented JSON, the form scripts read.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// table writes rows as aligned columns under an upper-case header.
type table struct {
	tw *tabwriter.Writer
}

func newTable(w io.Writer, header ...string) *table {
	t := &table{tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	for i, h := range header {
		header[i] = strings.ToUpper(strings.NewReplacer("_", " ", ".", " ").Replace(h))
	}
	t.row(header...)
	return t
}

// maxCell keeps tables readable; show and --json give full values.
const maxCell = 48

func (t *table) row(cells ...string) {
	for i, c := range cells {
		c = strings.Join(strings.Fields(c), " ")
		if r := []rune(c); len(r) > maxCell {
			c = string(r[:maxCell-1]) + "…"
		}
		cells[i] = c
	}
	fmt.Fprintln(t.tw, strings.Join(cells, "\t"))
}

func (t *table) flush() error { return t.tw.Flush() }

// cells returns a record's values for the named flat columns.
func cells(r any, columns []string) []string {
	names := transfer.Columns(reflect.TypeOf(r).Elem())
	values := transfer.Values(r)
	byName := make(map[string]string, len(names))
	for i, n := range names {
		byName[n] = values[i]
	}
	out := make([]string, len(columns))
	for i, c := range columns {
		out[i] = byName[c]
	}
	return out
}

// writeRecord shows every non-empty field of a record, one per line.
func writeRecord(w io.Writer, r any) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	values := transfer.Values(r)
	for i, n := range transfer.Columns(reflect.TypeOf(r).Elem()) {
		if v := values[i]; v != "" && v != "false" {
			fmt.Fprintf(tw, "%s:\t%s\n", n, strings.ReplaceAll(v, "\n", "\n\t"))
		}
	}
	return tw.Flush()
}

// recordOf returns the bookkeeping fields a record embeds.
func recordOf(r any) *rastro.Record {
	return reflect.ValueOf(r).Elem().FieldByName("Record").Addr().Interface().(*rastro.Record)
}

// writeFileWith writes a file whole or not at all (transfer.WriteFileAtomic)
// and makes it readable by others: reports and link results are meant to be
// shared.
func writeFileWith(name string, write func(io.Writer) error) error {
	if err := transfer.WriteFileAtomic(name, write); err != nil {
		return err
	}
	if err := os.Chmod(name, 0o644); err != nil {
		return rastro.Errorf(rastro.EINVALID, "cannot write %s: %v", name, err)
	}
	return nil
}

// writeFile writes data to a file the way writeFileWith does.
func writeFile(name string, data []byte) error {
	return writeFileWith(name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
