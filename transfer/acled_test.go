package transfer

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
)

var importTime = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

func readSample(t *testing.T) ([]byte, *rastro.Bundle) {
	t.Helper()
	data, err := os.ReadFile("testdata/acled_sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ReadACLED(bytes.NewReader(data), "testdata/acled_sample.csv", importTime)
	if err != nil {
		t.Fatal(err)
	}
	return data, b
}

func TestReadACLED(t *testing.T) {
	_, b := readSample(t)
	if len(b.Incidents) != 4 || len(b.Places) != 3 {
		t.Fatalf("%d incidents at %d places, want 4 at 3", len(b.Incidents), len(b.Places))
	}
	// dataset, Synthetic Wire, Example Daily
	if len(b.Sources) != 3 || b.Sources[0].Kind != rastro.SourceDataset || len(b.Sources[0].SHA256) != 64 {
		t.Fatalf("sources: %+v", b.Sources)
	}
	jul := b.Incidents[0]
	if jul.When.Start != rastro.MustDate("2023-01-09") || !jul.When.StartExact || jul.ReportedFatalities != 17 {
		t.Errorf("day precision: %+v fatalities %d", jul.When, jul.ReportedFatalities)
	}
	if jul.External["event_id_cnty"] != "SYN1001" || jul.External["actor2"] != "Police Forces of Peru (2022-)" || jul.External["tags"] != "crowd size=thousands" {
		t.Errorf("external: %v", jul.External)
	}
	if _, ok := jul.External["latitude"]; ok {
		t.Error("a column with a field of its own kept in External")
	}
	if !strings.Contains(jul.Description, `"reportedly"`) || jul.SubEventType != "Excessive force against protesters" {
		t.Errorf("notes/sub event: %q %q", jul.Description, jul.SubEventType)
	}
	if len(jul.Citations) != 3 || jul.Citations[1].SourceID != 2 {
		t.Errorf("citations: %+v", jul.Citations)
	}
	p := b.Places[jul.PlaceID-1]
	if p.Name != "Juliaca" || p.Country != "PE" || *p.Latitude != -15.4997 || p.GeoPrecision != 1 || p.Admin2 != "San Roman" {
		t.Errorf("place: %+v", p)
	}
	week := b.Incidents[2].When
	if week.Start != rastro.MustDate("2022-12-11") || week.End != rastro.MustDate("2022-12-17") || week.StartExact {
		t.Errorf("week precision: %+v", week)
	}
	month := b.Incidents[3]
	if month.When.Start != rastro.MustDate("2023-01") || month.External["event_date"] != "2023-01-15" {
		t.Errorf("month precision: %+v %v", month.When, month.External)
	}
	if month.PlaceID != jul.PlaceID {
		t.Error("same location twice became two places")
	}
	if month.External["source"] != "Example Daily;Synthetic Wire" {
		t.Errorf("non-canonical source column not kept: %q", month.External["source"])
	}
}

func TestACLEDRoundTrip(t *testing.T) {
	data, b := readSample(t)
	var out bytes.Buffer
	if err := WriteACLED(&out, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), data) {
		t.Fatalf("round trip differs:\n%s\n---\n%s", data, out.Bytes())
	}
}

func TestACLEDOtherDateForms(t *testing.T) {
	data, _ := readSample(t)
	in := strings.Replace(string(data), "SYN1001,2023-01-09,", "SYN1001,09 January 2023,", 1)
	in = strings.Replace(in, "SYN1002,2022-12-15,", "SYN1002,15-12-2022,", 1)
	b, err := ReadACLED(strings.NewReader(in), "dates.csv", importTime)
	if err != nil {
		t.Fatal(err)
	}
	if b.Incidents[0].When.Start != rastro.MustDate("2023-01-09") || b.Incidents[1].When.Start != rastro.MustDate("2022-12-15") {
		t.Errorf("dates: %v %v", b.Incidents[0].When, b.Incidents[1].When)
	}
}

func TestWriteACLEDFromRecords(t *testing.T) {
	var out bytes.Buffer
	if err := WriteACLED(&out, fixture()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	want := "RASTRO1,2023-01-09,2023,1,,Protests,Excessive force against protesters,,,,,,,,,604,South America,Peru,,,,Juliaca,-15.4997,-70.1333,1,Example Daily,,,17,,1709294400"
	if lines[1] != want {
		t.Errorf("row\n got %s\nwant %s", lines[1], want)
	}
}

func TestReadACLEDRefuses(t *testing.T) {
	data, _ := readSample(t)
	sample := string(data)
	tests := []struct {
		name, old, new string
		want           string
	}{
		{"latitude", "-13.1588", "south", `acled.csv:3: latitude: "south" is not a number`},
		{"impossible date", "SYN1002,2022-12-15", "SYN1002,2023-02-30", "acled.csv:3: event_date: invalid date \"2023-02-30\": February 2023 has no day 30"},
		{"year zero", "SYN1002,2022-12-15,2022", "SYN1002,0000-01-01,0", "acled.csv:3: event_date: invalid date \"0000-01-01\""},
		{"old year", "SYN1002,2022-12-15,2022", "SYN1002,1850-01-01,1850", "acled.csv:3: event_date: invalid date \"1850-01-01\": year outside 1900-2100"},
		{"long date", "SYN1002,2022-12-15", "SYN1002,30 February 2023", "acled.csv:3: event_date: invalid date"},
		{"year", "2022-12-15,2022", "2022-12-15,2021", "acled.csv:3: year: year 2021 does not match"},
		{"precision", "2022-12-14,2022,2,", "2022-12-14,2022,7,", "acled.csv:4: time_precision"},
		{"fatalities", "airport.,10,", "airport.,ten,", `acled.csv:3: fatalities: "ten" is not a whole number`},
		{"missing column", ",latitude,", ",lat,", `acled.csv:1: missing column "latitude"`},
		{"duplicate event", "SYN1004,", "SYN1001,", "acled.csv:5: event_id_cnty: event SYN1001 appears twice (first on line 2)"},
		{"field count", "1671100000\n", "1671100000,extra\n", "acled.csv:4: malformed CSV"},
		{"quote", `"SYNTHETIC test row: on`, `"SYNTHETIC "test row: on`, "acled.csv:2: malformed CSV"},
		{"geo precision", "-70.1333,1,Synthetic", "-70.1333,9,Synthetic", "acled.csv:2: geo_precision"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(sample, tt.old, tt.new, 1)
			if in == sample {
				t.Fatalf("sample lacks %q", tt.old)
			}
			_, err := ReadACLED(strings.NewReader(in), "acled.csv", importTime)
			if err == nil {
				t.Fatal("accepted")
			}
			if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := ReadACLED(strings.NewReader(""), "empty.csv", importTime); err == nil {
		t.Error("empty file accepted")
	}
}

func FuzzReadACLED(f *testing.F) {
	data, err := os.ReadFile("testdata/acled_sample.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(strings.Join(ACLEDColumns, ",") + "\n"))
	f.Add([]byte("\ufeff" + strings.Replace(string(data), "2023-01-09", "09 January 2023", 1)))
	f.Add([]byte("event_id_cnty,event_date,time_precision,event_type,sub_event_type,country,location,latitude,longitude,geo_precision,source,notes,fatalities\nX1,1 May 2023,2,,,,,1,2,3,;;,\"\",0\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		b, err := ReadACLED(bytes.NewReader(in), "fuzz.csv", importTime)
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("non-invalid error %v", err)
			}
			return
		}
		var first bytes.Buffer
		if err := WriteACLED(&first, b); err != nil {
			t.Fatal(err)
		}
		b2, err := ReadACLED(bytes.NewReader(first.Bytes()), "again.csv", importTime)
		if err != nil {
			t.Fatalf("cannot read own output: %v\n%s", err, first.Bytes())
		}
		var second bytes.Buffer
		if err := WriteACLED(&second, b2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("not stable:\n%s\n%s", first.Bytes(), second.Bytes())
		}
	})
}
