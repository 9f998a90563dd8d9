package workbook_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/worker"
	"github.com/rastro-project/rastro/internal/worker/workertest"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/reporttest"
	"github.com/rastro-project/rastro/report/workbook"
	"github.com/rastro-project/rastro/report/xlsx"
	"github.com/xuri/excelize/v2"
)

// The test binary is also rastro-intake (package workertest).
func TestMain(m *testing.M) {
	os.Exit(workertest.Main(m))
}

func TestWorkerWritesTheWorkbook(t *testing.T) {
	in := &report.Input{Data: reporttest.Sample()}
	rows, err := report.ActTable(in)
	if err != nil {
		t.Fatal(err)
	}
	var viaWorker, direct bytes.Buffer
	if err := workertest.Workbook(workertest.Serve).WriteActs(context.Background(), &viaWorker, rows, in.Data.Meta); err != nil {
		t.Fatal(err)
	}
	if err := xlsx.Acts(&direct, rows, in.Data.Meta); err != nil {
		t.Fatal(err)
	}
	got, about := sheetRows(t, viaWorker.Bytes())
	want, wantAbout := sheetRows(t, direct.Bytes())
	if len(got) != len(rows)+1 || fmt.Sprint(got) != fmt.Sprint(want) || about != wantAbout || about == "" {
		t.Errorf("through the worker: %d rows, about %q; written here: %d rows, about %q", len(got), about, len(want), wantAbout)
	}
}

// A table larger than the pipes' buffers goes through whole.
func TestWorkerLargeTable(t *testing.T) {
	rows := make([][]string, 20000)
	for i := range rows {
		rows[i] = make([]string, len(report.ActColumns))
		for j := range rows[i] {
			rows[i][j] = "cell " + strconv.Itoa(i)
		}
	}
	var buf bytes.Buffer
	if err := workertest.Workbook(workertest.Serve).WriteActs(context.Background(), &buf, rows, nil); err != nil {
		t.Fatal(err)
	}
	got, _ := sheetRows(t, buf.Bytes())
	if len(got) != len(rows)+1 || got[len(rows)][1] != "cell 19999" {
		t.Errorf("%d rows came back", len(got))
	}
}

func TestWorkerFails(t *testing.T) {
	rows := [][]string{make([]string, len(report.ActColumns))}
	ctx := context.Background()
	err := workertest.Workbook(workertest.Dies).WriteActs(ctx, &bytes.Buffer{}, rows, nil)
	if rastro.ErrorCode(err) != rastro.EINTERNAL || !strings.Contains(err.Error(), "killed") {
		t.Errorf("dying worker: %v", err)
	}
	// The worker refuses a ragged row and says which, not what it holds.
	err = workertest.Workbook(workertest.Serve).WriteActs(ctx, &bytes.Buffer{}, [][]string{{"Quispe"}}, nil)
	if rastro.ErrorCode(err) != rastro.EINTERNAL || !strings.Contains(err.Error(), "row 1 has 1 cells") || strings.Contains(err.Error(), "Quispe") {
		t.Errorf("ragged row: %v", err)
	}
	missing := &workbook.Worker{Program: &worker.Program{Path: "/nonexistent/rastro-intake"}}
	if err := missing.WriteActs(ctx, &bytes.Buffer{}, rows, nil); rastro.ErrorCode(err) != rastro.EINTERNAL || !strings.Contains(err.Error(), "failed to start") {
		t.Errorf("missing worker: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := workertest.Workbook(workertest.Serve).WriteActs(cancelled, &bytes.Buffer{}, rows, nil); err == nil {
		t.Error("a cancelled export succeeded")
	}
}

// Serve refuses input that is not one whole table, naming no cell.
func TestServeRefuses(t *testing.T) {
	row := `["` + strings.Repeat(`Quispe","`, len(report.ActColumns)-1) + `Quispe"]`
	for name, in := range map[string]string{
		"no header":  "",
		"not json":   "Quispe\n",
		"short":      `{"rows":2}` + "\n" + row + "\n",
		"bad row":    `{"rows":1}` + "\n" + `[1,"Quispe"]` + "\n",
		"extra rows": `{"rows":1}` + "\n" + row + "\n" + row + "\n",
	} {
		err := workbook.Serve(strings.NewReader(in), io.Discard, xlsx.ActsFrom)
		if err == nil || strings.Contains(err.Error(), "Quispe") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if err := workbook.Serve(strings.NewReader(`{"rows":1}`+"\n"+row+"\n"), io.Discard, xlsx.ActsFrom); err != nil {
		t.Errorf("a whole table: %v", err)
	}
}

// sheetRows reopens a workbook: the acts sheet's rows and the About note.
func sheetRows(t *testing.T, b []byte) ([][]string, string) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.Sheet)
	if err != nil {
		t.Fatal(err)
	}
	about, _ := f.GetCellValue("About", "A1")
	return rows, about
}
