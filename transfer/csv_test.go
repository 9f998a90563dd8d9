package transfer

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
)

func TestColumns(t *testing.T) {
	cols := strings.Join(Columns(reflect.TypeFor[rastro.Incident]()), ",")
	want := "id,version,created_at,updated_at,confidence,status,citations,title,description,when.start,when.start_exact,when.end,when.end_exact,when.open,place_id,disorder_type,event_type,sub_event_type,warning_given,less_lethal_first,reported_fatalities,external,tags"
	if cols != want {
		t.Errorf("incident columns\n got %s\nwant %s", cols, want)
	}
}

func TestWriteCSV(t *testing.T) {
	dir := t.TempDir()
	b := fixture()
	b.Persons[1].Notes = "=HYPERLINK(\"x\")"
	files, err := WriteCSV(dir, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 17 {
		t.Fatalf("%d files", len(files))
	}
	rows := readCSV(t, filepath.Join(dir, "acts.csv"))
	if len(rows) != 3 {
		t.Fatalf("acts.csv has %d rows, want header and 2", len(rows))
	}
	act := map[string]string{}
	for i, c := range rows[0] {
		act[c] = rows[1][i]
	}
	if act["id"] != "1" || act["wound_regions"] != "chest" || act["date"] != "2023-01-09" || act["created_at"] != "2024-03-01T12:00:00Z" ||
		!strings.Contains(act["citations"], `"source_id":1`) {
		t.Errorf("act row: %v", act)
	}
	persons := readCSV(t, filepath.Join(dir, "persons.csv"))
	notes := slices.Index(persons[0], "notes")
	if got := persons[2][notes]; got != "'=HYPERLINK(\"x\")" {
		t.Errorf("formula not neutralised: %q", got)
	}
	custody := readCSV(t, filepath.Join(dir, "custody_entries.csv"))
	if len(custody) != 3 || custody[0][0] != "seq" || custody[1][0] != "1" || custody[2][0] != "2" {
		t.Errorf("custody_entries.csv not one row per entry in seq order: %v", custody)
	}
	items := readCSV(t, filepath.Join(dir, "evidence_items.csv"))
	item := map[string]string{}
	for i, c := range items[0] {
		item[c] = items[1][i]
	}
	if item["metadata.width"] != "2" || item["labels"] != "graphic_violence" || item["collected_at"] != "2024-03-01T12:00:00Z" {
		t.Errorf("evidence row: %v", item)
	}
	places := readCSV(t, filepath.Join(dir, "places.csv"))
	if places[1][13] != "-15.4997" {
		t.Errorf("latitude cell %q (columns %v)", places[1][13], places[0])
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "whole"); return err }); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("encoding failed")
	if err := WriteFileAtomic(path, func(w io.Writer) error { io.WriteString(w, "half"); return boom }); err != boom {
		t.Errorf("the writer's own error: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "whole" {
		t.Errorf("a failed write changed the file: %q", b)
	}
	err := WriteFileAtomic(filepath.Join(dir, "missing", "x.json"), func(io.Writer) error { return nil })
	if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), "missing") {
		t.Errorf("missing directory: %v", err)
	}
}

// TestWriteCSVZip: the zip holds the same tables, byte for byte, as the
// files WriteCSV writes.
func TestWriteCSVZip(t *testing.T) {
	dir := t.TempDir()
	b := fixture()
	files, err := WriteCSV(dir, b)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSVZip(&buf, b, time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != len(files) {
		t.Fatalf("%d files in the zip, %d written", len(zr.File), len(files))
	}
	for i, zf := range zr.File {
		if zf.Name != filepath.Base(files[i]) {
			t.Fatalf("zip file %d is %s, want %s", i, zf.Name, filepath.Base(files[i]))
		}
		r, _ := zf.Open()
		got, _ := io.ReadAll(r)
		want, _ := os.ReadFile(files[i])
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the file written", zf.Name)
		}
	}
}
