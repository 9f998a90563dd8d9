package transfer

import (
	"bytes"
	"testing"

	"github.com/rastro-project/rastro/demo"
)

// The demo case file passes every check and survives each format.
func TestDemoBundleRoundTrips(t *testing.T) {
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckBundle(b); err != nil {
		t.Fatal(err)
	}
	first := writeBundle(t, b)
	back, err := ReadBundle(bytes.NewReader(first), "demo.json")
	if err != nil {
		t.Fatal(err)
	}
	if second := writeBundle(t, back); !bytes.Equal(first, second) {
		t.Fatal("demo bundle: write → read → write differs")
	}
	if len(back.Acts) != 52 || back.Meta["synthetic"] != "true" {
		t.Errorf("%d acts, meta %v", len(back.Acts), back.Meta)
	}

	var acled bytes.Buffer
	if err := WriteACLED(&acled, b); err != nil {
		t.Fatal(err)
	}
	fromACLED, err := ReadACLED(bytes.NewReader(acled.Bytes()), "demo-acled.csv", importTime)
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := WriteACLED(&again, fromACLED); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(acled.Bytes(), again.Bytes()) {
		t.Errorf("demo as ACLED does not read back to the same rows:\n%s\n---\n%s", acled.Bytes(), again.Bytes())
	}
	if len(fromACLED.Incidents) != len(b.Incidents) {
		t.Errorf("%d incidents from ACLED, want %d", len(fromACLED.Incidents), len(b.Incidents))
	}
	if bytes.Contains(acled.Bytes(), []byte("itness")) || bytes.Contains(acled.Bytes(), []byte("utopsy")) {
		t.Error("ACLED export names a witness statement or autopsy")
	}
	if _, err := WriteCSV(t.TempDir(), b); err != nil {
		t.Fatal(err)
	}
}
