package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/export"
	"github.com/rastro-project/rastro/sqldb"
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
	if _, err := export.Write(&want, "acts-csv", in); err != nil {
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
	if body, _ := get("/api/export/acts.xlsx"); !strings.HasPrefix(body, "PK") {
		t.Errorf("xlsx: %.20q", body)
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
