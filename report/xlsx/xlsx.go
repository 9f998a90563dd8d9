// Package xlsx writes the acts table as an Excel workbook, for
// investigators who filter and count in a spreadsheet.
package xlsx

import (
	"fmt"
	"io"
	"strconv"

	"github.com/rastro-project/rastro/internal/sheet"
	"github.com/rastro-project/rastro/report"
	"github.com/xuri/excelize/v2"
)

// Sheet is the name of the acts sheet.
const Sheet = "Acts"

// numeric are the columns written as numbers, so they sort and sum.
var numeric = map[string]bool{"act_id": true, "incident_id": true, "victim_id": true, "wound_count": true}

// Acts writes the acts table (report.ActColumns, one row per act) as a
// workbook; see ActsFrom.
func Acts(w io.Writer, rows [][]string, meta map[string]string) error {
	i := 0
	return ActsFrom(w, meta, func() ([]string, error) {
		if i == len(rows) {
			return nil, io.EOF
		}
		i++
		return rows[i-1], nil
	})
}

// ActsFrom writes the rows next returns, until io.EOF, as a workbook with a
// frozen header row (report.ActColumns). Rows are streamed, so a large
// table is not held twice. Text cells go through package sheet, as in the
// CSV export, so a copy saved as CSV runs no formula. Synthetic data gets a
// second sheet saying so.
func ActsFrom(w io.Writer, meta map[string]string, next func() ([]string, error)) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", Sheet); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	sw, err := f.NewStreamWriter(Sheet)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	header := make([]any, len(report.ActColumns))
	for i, c := range report.ActColumns {
		header[i] = c
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{StyleID: bold}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	values := make([]any, len(report.ActColumns))
	for i := 0; ; i++ {
		r, err := next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if len(r) != len(report.ActColumns) {
			return fmt.Errorf("xlsx: row %d has %d cells, want %d", i+1, len(r), len(report.ActColumns))
		}
		for j, v := range r {
			values[j] = sheet.Cell(v)
			if numeric[report.ActColumns[j]] && v != "" {
				if n, err := strconv.ParseInt(v, 10, 64); err == nil {
					values[j] = n
				}
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, values); err != nil {
			return fmt.Errorf("xlsx: row %d: %w", i+1, err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if meta["synthetic"] == "true" {
		if _, err := f.NewSheet("About"); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
		if err := f.SetCellValue("About", "A1", "SYNTHETIC DATA: every record here is invented for demonstration and describes no real events."); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}
