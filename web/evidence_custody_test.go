package web

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// decodeAs reads a 200 JSON answer into v, failing the test otherwise.
func decodeAs(t *testing.T, what string, resp *http.Response, v any) {
	t.Helper()
	b := readAll(t, resp)
	if resp.StatusCode != 200 || json.Unmarshal([]byte(b), v) != nil {
		t.Fatalf("%s: %s %s", what, resp.Status, b)
	}
}

// TestEvidenceLabelsAndCustody: the API and the item page's forms change
// labels and add custody entries as rastro evidence label and log do, with
// the upload permission only; bad entries change nothing, and the audit
// log records each write without the entry's note.
func TestEvidenceLabelsAndCustody(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			id := f.uploadOne("scene.txt", "what the witness saw", map[string]string{"labels": "minor"})
			path := "/api/evidence/" + itoa(int(id))
			inv := f.client(auth.RoleInvestigator)

			resp := f.do(inv, "POST", path+"/labels", "application/json", `{"add":["graphic-violence"],"remove":["minor"],"note":"the video shows wounds"}`)
			var v evidenceView
			decodeAs(t, "label", resp, &v)
			if len(v.Item.Labels) != 1 || v.Item.Labels[0] != rastro.LabelGraphicViolence {
				t.Fatalf("labels after the change: %v", v.Item.Labels)
			}
			last := v.Custody[len(v.Custody)-1]
			if last.Action != rastro.CustodyAnnotated || last.Note != "labels set to [graphic_violence]: the video shows wounds" || last.Actor != string(auth.RoleInvestigator) {
				t.Fatalf("label entry: %+v", last)
			}

			resp = f.do(inv, "POST", path+"/custody", "application/json", `{"action":"transferred","note":"handed to prosecutor Rosa Mamani"}`)
			decodeAs(t, "log", resp, &v)
			if last := v.Custody[len(v.Custody)-1]; last.Action != rastro.CustodyTransferred || last.Note != "handed to prosecutor Rosa Mamani" {
				t.Fatalf("custody entry: %+v", last)
			}

			before := f.custodyCount(id)
			for body, want := range map[string]int{
				`{"action":"exported","note":"by hand"}`: 400, // not an action added by hand
				`{"action":"viewed"}`:                    400, // no note
				`{"action":"viewed","note":"x","x":1}`:   400, // unknown field
			} {
				resp := f.do(inv, "POST", path+"/custody", "application/json", body)
				if b := readAll(t, resp); resp.StatusCode != want {
					t.Errorf("%s: %s %s", body, resp.Status, b)
				}
			}
			if resp := f.do(inv, "POST", path+"/labels", "application/json", `{"add":["secret"]}`); resp.StatusCode != 400 {
				t.Errorf("unknown label: %s %s", resp.Status, readAll(t, resp))
			}
			if resp := f.do(inv, "POST", "/api/evidence/999999/custody", "application/json", `{"action":"viewed","note":"x"}`); resp.StatusCode != 404 {
				t.Errorf("missing item: %s %s", resp.Status, readAll(t, resp))
			}
			for _, role := range []auth.Role{auth.RoleViewer, auth.RoleAnalyst} {
				if resp := f.do(f.client(role), "POST", path+"/custody", "application/json", `{"action":"viewed","note":"x"}`); resp.StatusCode != 403 {
					t.Errorf("%s adding an entry: %s", role, resp.Status)
				}
				if resp := f.do(f.client(role), "POST", path+"/labels", "application/json", `{"add":["minor"]}`); resp.StatusCode != 403 {
					t.Errorf("%s labelling: %s", role, resp.Status)
				}
			}
			if n := f.custodyCount(id); n != before {
				t.Fatalf("refused requests added %d custody entries", n-before)
			}

			// The page's forms (same-origin posts) go back to the log.
			form := url.Values{"action": {"annotated"}, "note": {"copied to the case folder"}}
			resp = f.do(inv, "POST", "/evidence/"+itoa(int(id))+"/custody", "application/x-www-form-urlencoded", form.Encode())
			if resp.StatusCode != 303 || resp.Header.Get("Location") != "/evidence/"+itoa(int(id))+"#custody" {
				t.Fatalf("custody form: %s %s", resp.Status, readAll(t, resp))
			}
			form = url.Values{"add": {"minor", "identifiable_person"}, "remove": {"graphic_violence"}}
			resp = f.do(inv, "POST", "/evidence/"+itoa(int(id))+"/labels", "application/x-www-form-urlencoded", form.Encode())
			if resp.StatusCode != 303 {
				t.Fatalf("label form: %s %s", resp.Status, readAll(t, resp))
			}
			page := readAll(t, f.do(inv, "GET", "/evidence/"+itoa(int(id)), "", ""))
			for _, want := range []string{"copied to the case folder", `id="remove-minor"`, `id="remove-identifiable_person"`, `id="add-graphic_violence"`, `id="custody-form"`} {
				if !strings.Contains(page, want) {
					t.Errorf("item page lacks %q", want)
				}
			}
			if n := f.custodyCount(id); n != before+2 {
				t.Fatalf("the forms added %d custody entries, want 2", n-before)
			}

			// Each write is audited, under the user, without the note.
			admin := auth.WithActorValue(t.Context(), auth.LocalAdmin())
			typ := "evidence_item"
			es, _, err := f.db.ListAudit(admin, rastro.AuditFilter{RecordType: &typ, RecordID: &id})
			if err != nil {
				t.Fatal(err)
			}
			var custody, labels int
			for _, e := range es {
				raw, _ := json.Marshal(e)
				if strings.Contains(string(raw), "Rosa Mamani") || strings.Contains(string(raw), "case folder") {
					t.Errorf("audit entry %d holds a custody note: %s", e.Seq, raw)
				}
				if e.Actor == string(auth.RoleInvestigator) && e.Action == rastro.AuditUpdate {
					if strings.HasPrefix(e.Detail, "custody entry ") {
						custody++
					} else {
						labels++
					}
				}
			}
			if custody != 2 || labels != 2 { // a relabel's entry is audited with the relabel
				t.Errorf("audit: %d custody entries and %d label changes by the investigator, want 2 and 2", custody, labels)
			}
		})
	}
}

// TestLockerVerify: /api/evidence/verify checks blobs and the custody log
// as rastro verify does, for the roles that keep the locker.
func TestLockerVerify(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			f.uploadOne("a.txt", "first", nil)
			f.uploadOne("b.txt", "second", nil)
			inv := f.client(auth.RoleInvestigator)
			var v verifyView
			resp := f.do(inv, "GET", "/api/evidence/verify", "", "")
			decodeAs(t, "verify", resp, &v)
			if !v.OK || v.Items != 2 || v.Entries < 2 || len(v.Problems) != 0 {
				t.Fatalf("verify: %+v", v)
			}
			if resp := f.do(f.client(auth.RoleViewer), "GET", "/api/evidence/verify", "", ""); resp.StatusCode != 403 {
				t.Errorf("viewer: %s", resp.Status)
			}
			page := readAll(t, f.do(inv, "GET", "/evidence/verify", "", ""))
			if !strings.Contains(page, `id="verify-result"`) || !strings.Contains(page, "No problem") {
				t.Errorf("verify page:\n%s", page)
			}
		})
	}
}

// TestEvidenceBundles: a bundle exported over the API checks out when
// uploaded back (as a zip body and as the page's form), each item gets an
// "exported" entry, and a changed bundle is named as such.
func TestEvidenceBundles(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			in := f.uploadOne("scene.txt", "what the witness saw", map[string]string{"incident_id": "1"})
			f.uploadOne("other.txt", "unrelated", nil)
			inv := f.client(auth.RoleInvestigator)
			before := f.custodyCount(in)
			resp := f.do(inv, "POST", "/api/evidence/bundle", "application/json", `{"incident":1}`)
			zipped := readAll(t, resp)
			if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/zip" ||
				!strings.Contains(resp.Header.Get("Content-Disposition"), "rastro-evidence-incident-1-") {
				t.Fatalf("export: %s %v %.200s", resp.Status, resp.Header, zipped)
			}
			if n := f.custodyCount(in); n != before+1 {
				t.Fatalf("export added %d custody entries, want 1", n-before)
			}

			var c bundleCheckView
			resp = f.do(f.client(auth.RoleGuest), "POST", "/api/evidence/bundle/verify", "application/zip", zipped)
			decodeAs(t, "verify bundle", resp, &c)
			if !c.OK || c.Items != 1 || c.Scope != "incident 1" || c.KeyID == "" {
				t.Fatalf("bundle check: %+v", c)
			}

			// The page's form, with a bundle whose evidence file was changed.
			changed := rewriteZip(t, zipped, "scene.txt", "what the witness did not see")
			var buf bytes.Buffer
			mw := multipart.NewWriter(&buf)
			fw, _ := mw.CreateFormFile("bundle", "bundle.zip")
			fw.Write(changed)
			mw.Close()
			resp = f.do(inv, "POST", "/evidence/bundle/verify", mw.FormDataContentType(), buf.String())
			page := readAll(t, resp)
			if resp.StatusCode != 200 || !strings.Contains(page, `id="bundle-problems"`) || !strings.Contains(page, "failed the check") {
				t.Fatalf("changed bundle: %s\n%s", resp.Status, page)
			}

			for body, want := range map[string]int{
				`{"incident":1,"all":true}`: 400, // two scopes
				`{}`:                        400, // none
				`{"act":999999}`:            404, // no evidence
			} {
				if resp := f.do(inv, "POST", "/api/evidence/bundle", "application/json", body); resp.StatusCode != want {
					t.Errorf("export %s: %s %s", body, resp.Status, readAll(t, resp))
				}
			}
			if resp := f.do(inv, "POST", "/api/evidence/bundle/verify", "application/zip", "not a zip"); resp.StatusCode != 400 {
				t.Errorf("not a zip: %s", resp.Status)
			}
			if resp := f.do(f.client(auth.RoleGuest), "POST", "/api/evidence/bundle", "application/json", `{"all":true}`); resp.StatusCode != 403 {
				t.Errorf("guest export: %s", resp.Status)
			}
			// The list page's form: its radio picks the field that counts.
			for form, want := range map[string]int{
				"scope=all&incident=1":                 200,
				"scope=incident&incident=1&act=999999": 200,
				"scope=act&act=":                       400,
				"scope=act&act=x":                      400,
				"scope=everything":                     400,
			} {
				resp = f.do(inv, "POST", "/evidence/bundle", "application/x-www-form-urlencoded", form)
				if b := readAll(t, resp); resp.StatusCode != want || want == 200 && !strings.HasPrefix(b, "PK") {
					t.Errorf("export form %s: %s %.200s", form, resp.Status, b)
				}
			}
		})
	}
}

// rewriteZip is the zip with the file whose name ends with suffix given
// new content (its manifest, hashes and signature left as they were).
func rewriteZip(t *testing.T, in string, suffix, content string) []byte {
	t.Helper()
	zr, err := zip.NewReader(strings.NewReader(in), int64(len(in)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	found := false
	for _, zf := range zr.File {
		w, _ := zw.Create(zf.Name)
		if strings.HasSuffix(zf.Name, suffix) {
			found = true
			w.Write([]byte(content))
			continue
		}
		r, _ := zf.Open()
		io.Copy(w, r)
		r.Close()
	}
	zw.Close()
	if !found {
		t.Fatalf("no file ending %q in the bundle", suffix)
	}
	return out.Bytes()
}
