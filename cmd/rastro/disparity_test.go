package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/disparity"
)

func TestDisparityOnTheDemo(t *testing.T) {
	dir := t.TempDir()
	out, err := runIn(t, dir, "disparity", "--demo")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"Protest events: 62", "San Román", "RATE RATIO (95% CI)", "majority", "lima_south",
		"Model read: negative_binomial", "indigenous share (per 10 points)", "Without the largest incident", "Cannot show"} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
	// From the database the demo command fills, the same figures.
	if _, err := runIn(t, dir, "demo"); err != nil {
		t.Fatal(err)
	}
	if fromDB, err := runIn(t, dir, "disparity"); err != nil || fromDB != out {
		t.Errorf("from the database: %v\n%s\n--- from --demo:\n%s", err, fromDB, out)
	}
	table := filepath.Join(dir, "table.csv")
	out, err = runIn(t, dir, "disparity", "--demo", "--json", "--exposure", "population", "--threshold", "0.8",
		"--from", "2022-12", "--to", "2023-02", "--table", table)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var rep disparity.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Exposure != "population" || rep.Threshold != 0.8 || rep.Main.Regression.Units != 196 || len(rep.Main.Comparisons) != 9 {
		t.Errorf("JSON: exposure %s threshold %v units %d comparisons %d", rep.Exposure, rep.Threshold,
			rep.Main.Regression.Units, len(rep.Main.Comparisons))
	}
	data, err := os.ReadFile(table)
	if err != nil || strings.Count(string(data), "\n") != 197 {
		t.Errorf("table: %v, %d lines", err, strings.Count(string(data), "\n"))
	}
	// The report's disparity section takes the same options.
	html := filepath.Join(dir, "report.html")
	if out, err := runIn(t, dir, "report", "--demo", "--exposure", "population", "--threshold", "0.7", "-o", html); err != nil {
		t.Fatalf("report: %v\n%s", err, out)
	}
	if data, err := os.ReadFile(html); err != nil || !strings.Contains(string(data), "Main analysis (exposure: population aged 12+)") ||
		!strings.Contains(string(data), "indigenous share ≥ 70%") {
		t.Errorf("report's disparity section ignores --exposure or --threshold: %v", err)
	}
	for _, args := range [][]string{
		{"report", "--demo", "--exposure", "people", "-o", html},
		{"disparity", "--demo", "--exposure", "people"},
		{"disparity", "--demo", "--threshold", "50"},
		{"disparity", "--demo", "--from", "2023-02-30"},
	} {
		if out, err := runIn(t, dir, args...); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%v: %v\n%s", args, err, out)
		}
	}
}
