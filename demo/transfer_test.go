package demo

import (
	"bytes"
	"testing"
	"time"

	"github.com/rastro-project/rastro/transfer"
)

// The demo case file passes every check and survives each format.
func TestDemoBundleRoundTrips(t *testing.T) {
	b := mustBundle(t)
	var buf bytes.Buffer
	if err := transfer.WriteBundle(&buf, b); err != nil {
		t.Fatal(err)
	}
	first := buf.Bytes()
	back, err := transfer.ReadBundle(bytes.NewReader(first), "demo.json")
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := transfer.WriteBundle(&second, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second.Bytes()) {
		t.Fatal("demo bundle: write → read → write differs")
	}
	if len(back.Acts) != 52 || back.Meta["synthetic"] != "true" {
		t.Errorf("%d acts, meta %v", len(back.Acts), back.Meta)
	}

	var acled bytes.Buffer
	if err := transfer.WriteACLED(&acled, b); err != nil {
		t.Fatal(err)
	}
	fromACLED, err := transfer.ReadACLED(bytes.NewReader(acled.Bytes()), "demo-acled.csv", time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := transfer.WriteACLED(&again, fromACLED); err != nil {
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
	if _, err := transfer.WriteCSV(t.TempDir(), b); err != nil {
		t.Fatal(err)
	}
}
