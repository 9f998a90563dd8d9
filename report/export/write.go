package export

import (
	"io"

	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/xlsx"
)

// Write writes in's records in format, one of Formats: incidents as
// GeoJSON or KML, or acts with their assessment (in must have been
// analysed) as CSV or XLSX. It returns how many incidents were left out
// for want of a location. The command line (rastro report export) and
// the web's downloads both call it.
func Write(w io.Writer, format string, in *report.Input) (skipped int, err error) {
	if err := Check(format); err != nil {
		return 0, err
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
		return 0, xlsx.Acts(w, rows, in.Data.Meta)
	}
	return 0, CSV(w, rows)
}
