// Package export writes incidents and acts in the formats the field uses:
// GeoJSON (QGIS), KML (Google Earth) and CSV; the XLSX export is written by
// package report/xlsx in the worker program (see Spreadsheet).
package export

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/sheet"
	"github.com/rastro-project/rastro/report"
	kml "github.com/twpayne/go-kml/v3"
)

// properties are the attributes each exported incident carries.
func properties(r report.IncidentRow) [][2]any {
	inc := r.Incident
	var place, ubigeo, dept string
	if r.Place != nil {
		place, ubigeo, dept = r.Place.Name, r.Place.Ubigeo, r.Place.Admin1
	}
	props := [][2]any{
		{"id", inc.ID},
		{"title", inc.Title},
		{"date_start", inc.When.Start.String()},
		{"date_end", inc.When.End.String()},
		{"place", place},
		{"ubigeo", ubigeo},
		{"department", dept},
		{"location_approximate", r.Approx},
		{"victims", r.Acts},
		{"killed", r.Killed},
		{"injured", r.Injured},
		{"other_harm", r.Other},
		{"reported_fatalities", inc.ReportedFatalities},
	}
	keys := make([]string, 0, len(r.Conclusions))
	for k := range r.Conclusions {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		props = append(props, [2]any{"assessed_" + k, r.Conclusions[k]})
	}
	return props
}

// GeoJSON writes the incidents as a FeatureCollection of points; incidents
// with no known location are left out and counted in the return value.
func GeoJSON(w io.Writer, rows []report.IncidentRow, meta map[string]string) (skipped int, err error) {
	fc := geojson.NewFeatureCollection()
	if meta["synthetic"] == "true" {
		fc.ExtraMembers = geojson.Properties{"synthetic": true}
	}
	for _, r := range rows {
		if !r.HasPoint {
			skipped++
			continue
		}
		f := geojson.NewFeature(orb.Point{r.Lon, r.Lat})
		f.ID = r.Incident.ID
		for _, p := range properties(r) {
			f.Properties[p[0].(string)] = p[1]
		}
		fc.Append(f)
	}
	b, err := fc.MarshalJSON()
	if err != nil {
		return skipped, fmt.Errorf("geojson: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return skipped, err
}

// KML writes the incidents as placemarks with their period and counts;
// incidents with no known location are left out and counted.
func KML(w io.Writer, rows []report.IncidentRow, meta map[string]string) (skipped int, err error) {
	name := meta["name"]
	if name == "" {
		name = "Rastro incidents"
	}
	doc := []kml.Element{kml.Name(name)}
	if meta["synthetic"] == "true" {
		doc = append(doc, kml.Description("SYNTHETIC DATA: invented for demonstration; describes no real events."))
	}
	for _, r := range rows {
		if !r.HasPoint {
			skipped++
			continue
		}
		var data []kml.Element
		var desc strings.Builder
		for _, p := range properties(r) {
			v := fmt.Sprint(p[1])
			data = append(data, kml.Data(p[0].(string), kml.Value(v)))
			if v != "" && v != "0" && v != "false" {
				fmt.Fprintf(&desc, "%s: %s\n", p[0], v)
			}
		}
		inc := r.Incident
		end := inc.When.Start.Last()
		if !inc.When.End.IsZero() {
			end = inc.When.End.Last()
		}
		// Pins red where someone was killed, orange otherwise, larger with
		// more victims (as on the report's map).
		pin := color.RGBA{R: 0xef, G: 0x8a, B: 0x62, A: 0xff}
		if r.Killed > 0 {
			pin = color.RGBA{R: 0xb2, G: 0x18, B: 0x2b, A: 0xff}
		}
		doc = append(doc, kml.Placemark(
			kml.Name(inc.Title),
			kml.Description(desc.String()),
			kml.Style(kml.IconStyle(kml.Color(pin), kml.Scale(math.Round(100*(0.8+0.25*math.Sqrt(float64(r.Acts))))/100))),
			kml.TimeSpan(kml.Begin(inc.When.Start.First()), kml.End(end.Add(24*time.Hour-time.Second))),
			kml.ExtendedData(data...),
			kml.Point(kml.Coordinates(kml.Coordinate{Lon: r.Lon, Lat: r.Lat})),
		))
	}
	if err := kml.KML(kml.Document(doc...)).WriteIndent(w, "", "  "); err != nil {
		return skipped, fmt.Errorf("kml: %w", err)
	}
	return skipped, nil
}

// CSV writes the acts table with a header row, through package sheet:
// titles and quotes come from outside sources and may look like formulas.
func CSV(w io.Writer, rows [][]string) error {
	cw := sheet.NewWriter(w)
	if err := cw.Write(report.ActColumns); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// Formats names the export formats for the command line.
var Formats = []string{"geojson", "kml", "acts-csv", "acts-xlsx"}

// Check returns an EINVALID error for an unknown format.
func Check(format string) error {
	for _, f := range Formats {
		if f == format {
			return nil
		}
	}
	return rastro.Errorf(rastro.EINVALID, "export format %q: want one of %s", format, strings.Join(Formats, ", "))
}
