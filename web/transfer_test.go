package web

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"os"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// acledSample is the ACLED CSV the command line's tests import too.
const acledSample = "../transfer/testdata/acled_sample.csv"

// TestExportCSVZip: /export/csv.zip is rastro export --format csv as one
// download: a table per record type, redacted for roles that may not read
// protected identities.
func TestExportCSVZip(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			f.protectedPerson("Witness Real Name")
			tables := func(role auth.Role) map[string]string {
				resp := f.do(f.client(role), "GET", "/api/export/csv.zip", "", "")
				body := readAll(t, resp)
				if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/zip" {
					t.Fatalf("%s: %s %.200s", role, resp.Status, body)
				}
				zr, err := zip.NewReader(strings.NewReader(body), int64(len(body)))
				if err != nil {
					t.Fatal(err)
				}
				out := map[string]string{}
				for _, zf := range zr.File {
					r, _ := zf.Open()
					b, _ := io.ReadAll(r)
					out[zf.Name] = string(b)
				}
				return out
			}
			all := tables(auth.RoleAnalyst)
			if len(all) != 17 || strings.Count(all["incidents.csv"], "\n") < 60 || !strings.HasPrefix(all["acts.csv"], "id,") {
				t.Fatalf("%d tables; incidents.csv has %d lines", len(all), strings.Count(all["incidents.csv"], "\n"))
			}
			if !strings.Contains(all["persons.csv"], "Witness Real Name") {
				t.Error("the analyst's tables lack the protected identity they may read")
			}
			if strings.Contains(tables(auth.RoleViewer)["persons.csv"], "Witness Real Name") {
				t.Error("the viewer's tables hold a protected identity")
			}
			if resp := f.do(f.client(auth.RoleGuest), "GET", "/api/export/csv.zip", "", ""); resp.StatusCode != 403 {
				t.Errorf("guest: %s", resp.Status)
			}
		})
	}
}

// TestImportACLED: /import takes an ACLED CSV into a database that holds
// records, as rastro import does; a file with an error is refused naming
// its line and column, and a file imported before is refused, both
// changing nothing.
func TestImportACLED(t *testing.T) {
	sample, err := os.ReadFile(acledSample)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			inv := f.client(auth.RoleInvestigator)
			count := func() int {
				_, n, err := f.db.Incidents().List(auth.WithActorValue(t.Context(), auth.LocalAdmin()), rastro.IncidentFilter{Limit: 1})
				if err != nil {
					t.Fatal(err)
				}
				return n
			}
			before := count()
			for bad, want := range map[string]string{
				strings.Replace(string(sample), "-13.1588", "thirteen", 1):     "the request body:3: latitude",
				strings.Replace(string(sample), "2022-12-15", "2023-02-30", 1): "the request body:3: event_date",
				strings.Replace(string(sample), ",fatalities,", ",deaths,", 1): `missing column \"fatalities\"`,
				"name,age\nx,1\n": "neither a Rastro JSON bundle nor an ACLED CSV",
			} {
				resp := f.do(inv, "POST", "/api/import", "text/csv", bad)
				if body := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(body, want) {
					t.Errorf("want 400 naming %s: %s %s", want, resp.Status, body)
				}
			}
			if n := count(); n != before {
				t.Fatalf("refused files imported %d incidents", n-before)
			}
			if resp := f.do(f.client(auth.RoleViewer), "POST", "/api/import", "text/csv", string(sample)); resp.StatusCode != 403 {
				t.Errorf("viewer: %s", resp.Status)
			}

			resp := f.do(inv, "POST", "/api/import", "text/csv", string(sample))
			body := readAll(t, resp)
			var got map[string]any
			if resp.StatusCode != 200 || json.Unmarshal([]byte(body), &got) != nil || got["incidents"] != float64(4) {
				t.Fatalf("import: %s %s", resp.Status, body)
			}
			if n := count(); n != before+4 {
				t.Fatalf("%d incidents added, want 4", n-before)
			}
			if resp := f.do(inv, "POST", "/api/import", "text/csv", string(sample)); resp.StatusCode != 409 {
				t.Errorf("the same file again: %s %s", resp.Status, readAll(t, resp))
			}

			// The transfer page's form, in Windows-1252 as it says.
			latin := bytes.Replace(sample, []byte("SYN1001"), []byte("SYN9001"), 1)
			latin = bytes.Replace(latin, []byte("SYN1002"), []byte("SYN9002"), 1)
			latin = bytes.Replace(latin, []byte("SYN1003"), []byte("SYN9003"), 1)
			latin = bytes.Replace(latin, []byte("SYN1004"), []byte("SYN9004"), 1)
			latin = bytes.Replace(latin, []byte("Apurimac"), []byte("Apur\xedmac"), 1)
			var buf bytes.Buffer
			mw := multipart.NewWriter(&buf)
			mw.WriteField("encoding", "windows-1252")
			fw, _ := mw.CreateFormFile("bundle", "acled.csv")
			fw.Write(latin)
			mw.Close()
			resp = f.do(inv, "POST", "/import", mw.FormDataContentType(), buf.String())
			if resp.StatusCode != 303 || resp.Header.Get("Location") != "/incidents" {
				t.Fatalf("form import: %s %s", resp.Status, readAll(t, resp))
			}
			if out := readAll(t, f.do(inv, "GET", "/api/export/acled.csv", "", "")); !strings.Contains(out, "SYN9003") || !strings.Contains(out, "Apurímac") {
				t.Errorf("the Windows-1252 file's events are not exported back decoded")
			}
			if n := count(); n != before+8 {
				t.Fatalf("%d incidents after both imports, want %d", n-before, 8)
			}
		})
	}
}
