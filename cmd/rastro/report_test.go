package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb/geojson"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/internal/worker/workertest"
	"github.com/rastro-project/rastro/report/xlsx"
	"github.com/xuri/excelize/v2"
)

func TestReportCommandDemo(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "report.html")
	if _, err := runRastro(t, "", "report", "--demo", "--lang", "es", "--place", "21", "-o", html); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{"DATOS SINTÉTICOS", "Juliaca", `id="fig-map"`, "código de lugar 21"} {
		if !strings.Contains(s, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(s, "Andahuaylas") {
		t.Errorf("--place 21 report shows Andahuaylas (Apurímac)")
	}
}

// TestReportFromStore loads the demo into a database and reports from it.
func TestReportFromStore(t *testing.T) {
	data := t.TempDir()
	if _, err := runRastro(t, "", "--data", data, "demo"); err != nil {
		t.Fatal(err)
	}
	html := filepath.Join(t.TempDir(), "report.html")
	if _, err := runRastro(t, "", "--data", data, "report", "-o", html); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"SYNTHETIC DATA", `class="stat stat-killed" href="#L`, ">25</span>", "Juliaca"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("report from the database lacks %q", want)
		}
	}
}

// TestReportShowsReviews: reviews stored with `rastro review` and given in a
// --reviews file appear beside the rule results.
func TestReportShowsReviews(t *testing.T) {
	data := t.TempDir()
	if _, err := runRastro(t, "", "--data", data, "demo"); err != nil {
		t.Fatal(err)
	}
	if _, err := runRastro(t, "", "--data", data, "review", "1", "--reviewer", "stored reviewer", "--override", "no_indication", "--reason", "stored reason"); err != nil {
		t.Fatal(err)
	}
	reviews := filepath.Join(t.TempDir(), "reviews.json")
	if err := os.WriteFile(reviews, []byte(`[{"act_id": 2, "decision": "sign_off", "conclusion": "extrajudicial_execution", "reviewer": "file reviewer"}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	html := filepath.Join(t.TempDir(), "report.html")
	if _, err := runRastro(t, "", "--data", data, "report", "--reviews", reviews, "-o", html); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"overrides to no indication of unlawfulness · stored reviewer", "stored reason", "signed off · file reviewer"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestReportExportFromBundle(t *testing.T) {
	dir := t.TempDir()
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	bundle := filepath.Join(dir, "bundle.json")
	if err := os.WriteFile(bundle, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "incidents.geojson")
	if _, err := runRastro(t, "", "report", "export", "--bundle", bundle, "--format", "geojson", "-o", out); err != nil {
		t.Fatal(err)
	}
	gj, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(gj)
	if err != nil {
		t.Fatal(err)
	}
	if len(fc.Features) != len(b.Incidents) {
		t.Errorf("%d features for %d incidents", len(fc.Features), len(b.Incidents))
	}
	for _, format := range []string{"kml", "acts-csv", "acts-xlsx"} {
		if _, err := runRastro(t, "", "report", "export", "--bundle", bundle, "--format", format, "-o", filepath.Join(dir, "out."+format)); err != nil {
			t.Errorf("%s: %v", format, err)
		}
	}
}

func TestReportCommandErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r.html")
	cases := [][]string{
		{"report", "--demo"},  // no -o
		{"report", "-o", out}, // no records
		{"report", "--demo", "--from", "2023-02-30", "-o", out},
		{"report", "--demo", "--from", "2023-02", "--to", "2023-01", "-o", out},
		{"report", "--demo", "--lang", "fr", "-o", out},
		{"report", "--bundle", filepath.Join(dir, "missing.json"), "-o", out},
		{"report", "export", "--demo", "--format", "shp", "-o", out},
	}
	for _, args := range cases {
		_, err := runRastro(t, "", args...)
		if rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%v: got %v, want EINVALID", args, err)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed run left %s behind", out)
	}
}

// The acts workbook is written by the worker, and holds what the CSV holds.
func TestReportExportXLSXThroughWorker(t *testing.T) {
	dir := t.TempDir()
	csvOut, xlsxOut := filepath.Join(dir, "acts.csv"), filepath.Join(dir, "acts.xlsx")
	for format, out := range map[string]string{"acts-csv": csvOut, "acts-xlsx": xlsxOut} {
		if _, err := runRastro(t, "", "report", "export", "--demo", "--format", format, "-o", out); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
	}
	c, err := os.Open(csvOut)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	want, err := csv.NewReader(c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(xlsxOut)
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	defer f.Close()
	got, err := f.GetRows(xlsx.Sheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || len(want) < 2 {
		t.Fatalf("workbook has %d rows, the CSV %d", len(got), len(want))
	}
	for i, row := range want {
		for j, v := range row {
			if j < len(got[i]) && got[i][j] != v || j >= len(got[i]) && v != "" {
				t.Fatalf("row %d column %d differs from the CSV", i, j)
			}
		}
	}
}

// A worker that is missing or dies half-way gives a clear error, and the
// file asked for is left as it was.
func TestReportExportXLSXWorkerFails(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "acts.xlsx")
	if err := os.WriteFile(out, []byte("earlier"), 0o644); err != nil {
		t.Fatal(err)
	}
	export := func(setup func(m *Main)) (string, error) {
		m := NewMain()
		var stdout, stderr bytes.Buffer
		m.Stdout, m.Stderr = &stdout, &stderr
		m.Config.DataDir = dir
		setup(m)
		err := m.Run(context.Background(), []string{"report", "export", "--demo", "--format", "acts-xlsx", "-o", out})
		m.Close()
		return stdout.String() + stderr.String(), err
	}
	unchanged := func(what string) {
		t.Helper()
		if b, err := os.ReadFile(out); err != nil || string(b) != "earlier" {
			t.Errorf("%s: the file became %.20q (%v)", what, b, err)
		}
	}
	printed, err := export(func(m *Main) { useTestWorker(m, workertest.Dies) })
	if rastro.ErrorCode(err) != rastro.EINTERNAL || !strings.Contains(err.Error(), "killed") || strings.Contains(printed, "wrote") {
		t.Errorf("dying worker: %v, printed %q", err, printed)
	}
	unchanged("dying worker")

	t.Setenv("PATH", dir)
	_, err = export(func(m *Main) {})
	if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), "rastro-intake") || !strings.Contains(err.Error(), "RASTRO_INTAKE") {
		t.Errorf("missing worker: %v", err)
	}
	unchanged("missing worker")
}
