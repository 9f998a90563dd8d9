package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/export"
	"github.com/rastro-project/rastro/report/reporttest"
)

func input(t *testing.T) *report.Input {
	t.Helper()
	depts, err := reporttest.Departments()
	if err != nil {
		t.Fatal(err)
	}
	in := &report.Input{Data: reporttest.Sample(), Departments: depts}
	if err := report.Analyze(in, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	return in
}

func TestGeoJSONRoundTrip(t *testing.T) {
	in := input(t)
	rows, err := report.IncidentRows(in)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	skipped, err := export.GeoJSON(&buf, rows, in.Data.Meta)
	if err != nil {
		t.Fatal(err)
	}
	if skipped != 1 {
		t.Errorf("skipped %d incidents, want 1 (no place code)", skipped)
	}
	fc, err := geojson.UnmarshalFeatureCollection(buf.Bytes())
	if err != nil {
		t.Fatalf("GeoJSON does not parse back: %v", err)
	}
	if len(fc.Features) != 4 {
		t.Fatalf("%d features, want 4", len(fc.Features))
	}
	if fc.ExtraMembers["synthetic"] != true {
		t.Errorf("synthetic data not marked")
	}
	byTitle := map[string]*geojson.Feature{}
	for _, f := range fc.Features {
		byTitle[f.Properties.MustString("title")] = f
	}
	j := byTitle["Juliaca airport"]
	if j == nil {
		t.Fatal("no Juliaca feature")
	}
	if p := j.Geometry.(orb.Point); p[0] != -70.1333 || p[1] != -15.4997 {
		t.Errorf("Juliaca at %v", p)
	}
	if j.Properties.MustInt("killed") != 11 || j.Properties.MustInt("injured") != 4 || j.Properties.MustInt("victims") != 15 {
		t.Errorf("Juliaca counts: %v", j.Properties)
	}
	byConclusion := map[string]int{}
	for _, r := range in.Assessment.Results {
		if r.IncidentID == 3 {
			byConclusion[r.Final]++
		}
	}
	if len(byConclusion) == 0 {
		t.Fatal("no assessment of Juliaca")
	}
	for c, n := range byConclusion {
		if got := j.Properties.MustInt("assessed_"+c, -1); got != n {
			t.Errorf("Juliaca assessed_%s = %d, want %d", c, got, n)
		}
	}
	if j.Properties.MustString("date_start") != "2023-01-09" {
		t.Errorf("Juliaca properties: %v", j.Properties)
	}
	a := byTitle["Andahuaylas protest"]
	if !a.Properties.MustBool("location_approximate") {
		t.Errorf("Andahuaylas has no coordinates, yet is not marked approximate")
	}
}

func TestKMLWellFormed(t *testing.T) {
	in := input(t)
	in.Filter = report.Filter{Ubigeo: "21"}
	rows, err := report.IncidentRows(in)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := export.KML(&buf, rows, in.Data.Meta); err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(&buf)
	var placemarks int
	var data = map[string]string{}
	var name string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("KML is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch se.Name.Local {
			case "Placemark":
				placemarks++
			case "Data":
				name = se.Attr[0].Value
			case "value":
				var v string
				if err := dec.DecodeElement(&v, &se); err != nil {
					t.Fatal(err)
				}
				data[name] = v
			}
		}
	}
	if placemarks != 1 || data["title"] != "Juliaca airport" || data["killed"] != "11" || data["ubigeo"] != "211101" {
		t.Errorf("%d placemarks, data %v", placemarks, data)
	}
}

func TestCSV(t *testing.T) {
	in := input(t)
	in.Data.Incidents[0].Title = "=HYPERLINK(\"x\")"
	rows, err := report.ActTable(in)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.CSV(&buf, rows); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(in.Data.Acts)+1 {
		t.Fatalf("%d records, want header + %d", len(recs), len(in.Data.Acts))
	}
	col := map[string]int{}
	for i, c := range recs[0] {
		col[c] = i
	}
	for _, r := range recs[1:] {
		id, _ := strconv.ParseInt(r[col["act_id"]], 10, 64)
		var act *rastro.Act
		for _, a := range in.Data.Acts {
			if a.ID == id {
				act = a
			}
		}
		if act == nil || r[col["type"]] != string(act.Type) {
			t.Fatalf("row %v does not match an act", r)
		}
		want := ""
		for _, res := range in.Assessment.Results {
			if res.ActID == id {
				want = res.Conclusion
			}
		}
		if act.Type == rastro.ActKilled && want == "" {
			t.Errorf("act %d killed but not assessed", id)
		}
		if r[col["assessment"]] != want {
			t.Errorf("act %d assessment %q, want %q", id, r[col["assessment"]], want)
		}
		if act.IncidentID == 1 && !strings.HasPrefix(r[col["incident"]], "'=") {
			t.Errorf("formula not neutralised: %q", r[col["incident"]])
		}
	}
}

func TestCheck(t *testing.T) {
	for _, f := range export.Formats {
		if err := export.Check(f); err != nil {
			t.Error(err)
		}
	}
	if err := export.Check("shp"); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("shp: %v", err)
	}
}
