package export

import (
	"context"
	"io"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/report"
)

// Spreadsheet writes the acts table as an XLSX workbook. rastro's is the
// worker program (package report/workbook), so that rastro does not link
// the spreadsheet library.
type Spreadsheet interface {
	WriteActs(ctx context.Context, w io.Writer, rows [][]string, meta map[string]string) error
}

// Write writes in's records in format, one of Formats: incidents as
// GeoJSON or KML, or acts with their assessment (in must have been
// analysed) as CSV or, with xl, XLSX. It returns how many incidents were
// left out for want of a location. On an error w may hold part of the
// file, which the caller must not keep. The command line (rastro report
// export) and the web's downloads both call it.
func Write(ctx context.Context, w io.Writer, format string, in *report.Input, xl Spreadsheet) (skipped int, err error) {
	if err := Check(format); err != nil {
		return 0, err
	}
	if format == "acts-xlsx" && xl == nil {
		return 0, rastro.Errorf(rastro.EINVALID, "acts-xlsx is written by the worker program rastro-intake, which was not found: install it beside rastro or set RASTRO_INTAKE to it")
	}
	switch format {
	case "geojson", "kml":
		rows, err := report.IncidentRows(in)
		if err != nil {
			return 0, err
		}
		if format == "kml" {
			return KML(w, rows, in.Data.Meta)
		}
		return GeoJSON(w, rows, in.Data.Meta)
	}
	rows, err := report.ActTable(in)
	if err != nil {
		return 0, err
	}
	if format == "acts-xlsx" {
		return 0, xl.WriteActs(ctx, w, rows, in.Data.Meta)
	}
	return 0, CSV(w, rows)
}
