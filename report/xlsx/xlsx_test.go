package xlsx_test

import (
	"bytes"
	"testing"

	"github.com/rastro-project/rastro/internal/sheet"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/reporttest"
	"github.com/rastro-project/rastro/report/xlsx"
	"github.com/xuri/excelize/v2"
)

func TestActsReopen(t *testing.T) {
	in := &report.Input{Data: reporttest.Sample(), Filter: report.Filter{Ubigeo: "05"}}
	rows, err := report.ActTable(in)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := xlsx.Acts(&buf, rows, in.Data.Meta); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("workbook does not reopen: %v", err)
	}
	defer f.Close()
	got, err := f.GetRows(xlsx.Sheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(rows)+1 || len(rows) != 8 {
		t.Fatalf("%d rows, want header + 8 acts of Ayacucho", len(got))
	}
	for i, c := range report.ActColumns {
		if got[0][i] != c {
			t.Errorf("header %d = %q, want %q", i, got[0][i], c)
		}
	}
	for i, r := range rows {
		for j, v := range r {
			if v = sheet.Cell(v); j < len(got[i+1]) && got[i+1][j] != v || j >= len(got[i+1]) && v != "" {
				t.Errorf("row %d col %s: %q, want %q", i+1, report.ActColumns[j], got[i+1][j], v)
			}
		}
	}
	// IDs are numbers, so they sort and sum in a spreadsheet.
	// (Streamed numbers carry no type attribute; strings do.)
	if typ, _ := f.GetCellType(xlsx.Sheet, "A2"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("act_id cell is a string (%v), want a number", typ)
	}
	if typ, _ := f.GetCellType(xlsx.Sheet, "C2"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("incident title cell type %v, want a string", typ)
	}
	if v, _ := f.GetCellValue("About", "A1"); v == "" {
		t.Errorf("synthetic workbook has no note")
	}
}

func TestActsRejectsRaggedRows(t *testing.T) {
	if err := xlsx.Acts(&bytes.Buffer{}, [][]string{{"1"}}, nil); err == nil {
		t.Error("a short row was written")
	}
}

// The header is bold and frozen above the rows.
func TestActsHeaderBoldAndFrozen(t *testing.T) {
	var buf bytes.Buffer
	if err := xlsx.Acts(&buf, nil, nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("workbook does not reopen: %v", err)
	}
	defer f.Close()
	id, err := f.GetCellStyle(xlsx.Sheet, "A1")
	if err != nil {
		t.Fatal(err)
	}
	if st, err := f.GetStyle(id); err != nil || st.Font == nil || !st.Font.Bold {
		t.Errorf("header style %+v (%v), want a bold font", st, err)
	}
	p, err := f.GetPanes(xlsx.Sheet)
	if err != nil || !p.Freeze || p.YSplit != 1 {
		t.Errorf("panes %+v (%v), want the first row frozen", p, err)
	}
	if names := f.GetSheetList(); len(names) != 1 || names[0] != xlsx.Sheet {
		t.Errorf("sheets %v, want only %s for data that is not synthetic", names, xlsx.Sheet)
	}
}
