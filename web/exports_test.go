package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/internal/worker/workertest"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/export"
	"github.com/rastro-project/rastro/report/xlsx"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/xuri/excelize/v2"
)

// The web offers the downloads of rastro report export: incidents as KML,
// the acts with their assessment as CSV and XLSX, written by package
// export as the command writes them.
func TestExportReportFormats(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleAnalyst)
	get := func(path string) (string, string) {
		t.Helper()
		resp := f.do(c, "GET", path, "", "")
		body := readAll(t, resp)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %s %.200s", path, resp.Status, body)
		}
		return body, resp.Header.Get("Content-Type")
	}
	in, err := f.srv.analysed(context.Background(), report.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if _, err := export.Write(context.Background(), &want, "acts-csv", in, nil); err != nil {
		t.Fatal(err)
	}
	body, ctype := get("/export/acts.csv")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(rows) != 53 || ctype != "text/csv; charset=utf-8" || body != want.String() {
		t.Errorf("acts.csv: %d rows (want the header and 52 cases), %s, %v", len(rows), ctype, err)
	}
	if body, ctype := get("/export/incidents.kml"); !strings.Contains(body, "<Placemark") || !strings.Contains(ctype, "kml") {
		t.Errorf("kml: %s %.200s", ctype, body)
	}
	// The workbook, written by the worker, holds the CSV's rows.
	body, ctype = get("/api/export/acts.xlsx")
	wb, err := excelize.OpenReader(strings.NewReader(body))
	if err != nil || !strings.Contains(ctype, "spreadsheetml") {
		t.Fatalf("xlsx (%s) does not open: %v", ctype, err)
	}
	defer wb.Close()
	if got, err := wb.GetRows(xlsx.Sheet); err != nil || len(got) != len(rows) || len(got) < 2 || got[1][0] != rows[1][0] || got[len(got)-1][2] != rows[len(rows)-1][2] {
		t.Errorf("xlsx: %d rows, want %d like the CSV (%v)", len(got), len(rows), err)
	}
	if body, _ := get("/export/incidents.geojson"); !strings.Contains(body, `"FeatureCollection"`) {
		t.Errorf("geojson: %.200s", body)
	}
	resp := f.do(c, "GET", "/export/acts.ods", "", "")
	if body := readAll(t, resp); resp.StatusCode != 404 || !strings.Contains(body, "acts.xlsx") {
		t.Errorf("unknown format: %s", resp.Status)
	}
	if page, _ := pageIn(t, f, c, "es", "/transfer"); !strings.Contains(page, "Hechos con su evaluación (CSV)") {
		t.Error("the transfer page does not offer the acts")
	}
}

// Without the worker, or with one that dies, the workbook download is a
// clear error and no part of a workbook, on the API and on the page.
func TestExportXLSXWithoutWorker(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleAnalyst)
	for _, tc := range []struct {
		xl     export.Spreadsheet
		status int
		says   string
	}{
		{nil, 400, "rastro-intake"},
		{workertest.Workbook(workertest.Dies), 500, "internal"},
	} {
		cfg := f.srv.cfg
		cfg.Spreadsheet, cfg.Logger = tc.xl, testLogger(t)
		srv, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(srv)
		for _, path := range []string{"/api/export/acts.xlsx", "/export/acts.xlsx"} {
			resp, err := c.Get(ts.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			body := readAll(t, resp)
			if resp.StatusCode != tc.status || strings.HasPrefix(body, "PK") || !strings.Contains(body, tc.says) {
				t.Errorf("%s with worker %v: %s %.300s", path, tc.xl, resp.Status, body)
			}
		}
		ts.Close()
	}
}

// The public key rastro key prints, over the API and on the transfer page.
func TestPublicKey(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	var k keyView
	apiJSON(t, f, f.client(auth.RoleViewer), "GET", "/api/key", "", 200, &k)
	pub := f.srv.cfg.Locker.PublicKey
	if k.Fingerprint != custody.Fingerprint(pub) || k.PEM != string(custody.PublicKeyPEM(pub)) || !strings.HasPrefix(k.PEM, "-----BEGIN PUBLIC KEY-----") {
		t.Errorf("key %+v", k)
	}
	if page, _ := pageIn(t, f, f.client(auth.RoleViewer), "es", "/transfer"); !strings.Contains(page, "Clave pública") || !strings.Contains(page, k.Fingerprint) {
		t.Error("the transfer page does not show the key")
	}
	apiJSON(t, f, f.client(""), "GET", "/api/key", "", 401, nil)
}
