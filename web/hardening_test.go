package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"net/url"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/internal/textcheck"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// incidentCount is how many incidents the store holds.
func (f *fixture) incidentCount() int {
	f.t.Helper()
	_, n, err := f.db.Incidents().List(f.t.Context(), rastro.IncidentFilter{Limit: 1})
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

// TestBadTextRefused: invalid UTF-8 and NUL characters in a JSON body, a
// form post or an upload's fields are refused with a 400 naming the field,
// and nothing is stored, on SQLite and PostgreSQL.
func TestBadTextRefused(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleInvestigator)
			before := f.incidentCount()
			for _, tt := range []struct{ name, ctype, body, want string }{
				{"json nul", "application/json", `{"title":"Road\u0000block","when":{"start":"2023-01-11"}}`, "title: NUL character"},
				{"json latin-1", "application/json", "{\"title\":\"Road blo\xe7k\",\"when\":{\"start\":\"2023-01-11\"}}", "title: invalid UTF-8"},
				{"json nested", "application/json", "{\"title\":\"ok\",\"when\":{\"start\":\"2023-01-11\"},\"citations\":[{\"source_id\":1,\"quote\":\"\xff\"}]}", "citations[0].quote: invalid UTF-8"},
				{"form nul", "application/x-www-form-urlencoded", url.Values{"title": {"Road\x00block"}, "date": {"2023-01-10"}}.Encode(), `form field &#34;title&#34;: NUL character`},
				{"form latin-1", "application/x-www-form-urlencoded", "title=Road+blo%E7k&date=2023-01-10", `form field &#34;title&#34;: invalid UTF-8`},
			} {
				path := "/api/incidents"
				if strings.HasPrefix(tt.name, "form") {
					path = "/incidents"
				}
				resp := f.do(c, "POST", path, tt.ctype, tt.body)
				body := readAll(t, resp)
				if resp.StatusCode != 400 || !strings.Contains(body, tt.want) {
					t.Errorf("%s: %s, want 400 with %q: %.300s", tt.name, resp.Status, tt.want, body)
				}
			}
			if n := f.incidentCount(); n != before {
				t.Errorf("refused bodies stored %d incidents", n-before)
			}
			var buf bytes.Buffer
			mw := multipart.NewWriter(&buf)
			mw.WriteField("note", "from \x00 a phone")
			fw, _ := mw.CreateFormFile("file", "statement.txt")
			fw.Write([]byte("statement"))
			mw.Close()
			resp := f.do(c, "POST", "/api/evidence", mw.FormDataContentType(), buf.String())
			if body := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(body, `upload field \"note\": NUL character`) {
				t.Errorf("upload with NUL in the note: %s %.300s", resp.Status, body)
			}
			items, _, err := f.srv.evidence().ListEvidence(t.Context(), rastro.EvidenceFilter{})
			if err != nil || len(items) != 0 {
				t.Errorf("refused upload stored %d items (%v)", len(items), err)
			}
		})
	}
}

// FuzzDecodeJSON: whatever an API body decodes to holds only valid UTF-8
// without NUL characters, and a refusal is a 400 (invalid), never a panic.
func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{`{"title":"a","when":{"start":"2023-01-11"}}`, `{"title":"a\u0000"}`, "{\"title\":\"\xe9\"}",
		`{"citations":[{"source_id":1,"quote":"q"}],"external":{"k":"v"}}`, `{"title":"a\u0000"}}`, `{"title":"a"} {"title":"b"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		r := httptest.NewRequest("POST", "/api/incidents", bytes.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		var inc rastro.Incident
		if err := decodeJSON(r, &inc); err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("refusal %v is not invalid input", err)
			}
			return
		}
		if err := textcheck.Value(&inc); err != nil {
			t.Fatalf("decoded from %q: %v", body, err)
		}
	})
}

// failingBlobs is a blob store whose writes fail, as a full disk would.
type failingBlobs struct{ rastro.BlobStore }

func (failingBlobs) Put(ctx context.Context, r io.Reader) (string, int64, error) {
	io.Copy(io.Discard, r)
	return "", 0, errors.New("no space left on device")
}

// upload posts one file with the given name.
func (f *fixture) upload(c *http.Client, name, content string) *http.Response {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="file"; filename="`+name+`"`)
	fw, _ := mw.CreatePart(h)
	fw.Write([]byte(content))
	mw.Close()
	return f.do(c, "POST", "/api/evidence", mw.FormDataContentType(), buf.String())
}

// TestUploadNames: names that are no file name, or too long, are refused
// with a 400; no log line carries an uploaded file's name, even when the
// upload fails inside.
func TestUploadNames(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	var logged bytes.Buffer
	f.srv.log = slog.New(slog.NewTextHandler(&logged, nil))
	c := f.client(auth.RoleInvestigator)
	long := strings.Repeat("Maria Quispe ", 20) + ".jpg" // 264 bytes
	for _, name := range []string{"..", "a/..", `a\..`, ".", long} {
		resp := f.upload(c, name, "content")
		if body := readAll(t, resp); resp.StatusCode != 400 {
			t.Errorf("upload named %.40q: %s %s", name, resp.Status, body)
		}
	}
	f.srv.cfg.Locker.Blobs = failingBlobs{f.srv.cfg.Locker.Blobs}
	resp := f.upload(c, "Witness Rosa Mamani Condori.jpg", "content")
	if body := readAll(t, resp); resp.StatusCode != 500 {
		t.Errorf("upload to a full disk: %s %s", resp.Status, body)
	}
	if !strings.Contains(logged.String(), "internal error") {
		t.Fatalf("the failure was not logged: %s", logged.String())
	}
	for _, s := range []string{"Rosa", "Maria", "Quispe"} {
		if strings.Contains(logged.String(), s) {
			t.Errorf("the log carries an uploaded file's name: %s", logged.String())
		}
	}
}

// uploadOne uploads a small file as an investigator and returns its ID.
func (f *fixture) uploadOne(name, content string, fields map[string]string) int64 {
	f.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write([]byte(content))
	mw.Close()
	resp := f.do(f.client(auth.RoleInvestigator), "POST", "/api/evidence", mw.FormDataContentType(), buf.String())
	var v evidenceView
	if body := readAll(f.t, resp); resp.StatusCode != 200 || json.Unmarshal([]byte(body), &v) != nil {
		f.t.Fatalf("upload: %s %s", resp.Status, body)
	}
	return v.Item.ID
}

// protectedPerson adds a person whose identity is protected.
func (f *fixture) protectedPerson(name string) *rastro.Person {
	f.t.Helper()
	p := &rastro.Person{Name: name, Protected: true}
	if err := f.db.Persons().Create(auth.WithActorValue(context.Background(), auth.LocalAdmin()), p); err != nil {
		f.t.Fatal(err)
	}
	return p
}

func (f *fixture) custodyCount(id int64) int {
	f.t.Helper()
	log, err := sqldb.NewEvidenceService(f.db, nil).ListCustody(f.t.Context(), rastro.CustodyFilter{ItemID: &id})
	if err != nil {
		f.t.Fatal(err)
	}
	return len(log)
}

// TestCrossSiteViewRecordsNothing: a navigation from another site (which
// carries the Lax session cookie) neither gets the file nor adds a custody
// entry in the user's name; a same-origin one, or one typed in the address
// bar, does both.
func TestCrossSiteViewRecordsNothing(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			id := f.uploadOne("scene.txt", "what the witness saw", nil)
			c := f.client(auth.RoleViewer)
			get := func(site string) *http.Response {
				req, _ := http.NewRequest("GET", f.ts.URL+"/evidence/"+itoa(int(id))+"/file", nil)
				req.Header.Set("Sec-Fetch-Site", site)
				req.Header.Set("Sec-Fetch-Mode", "navigate")
				resp, err := c.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				return resp
			}
			before := f.custodyCount(id)
			for _, site := range []string{"cross-site", "same-site"} {
				resp := get(site)
				if body := readAll(t, resp); resp.StatusCode != 403 || strings.Contains(body, "what the witness saw") {
					t.Errorf("%s: %s", site, resp.Status)
				}
			}
			if n := f.custodyCount(id); n != before {
				t.Fatalf("cross-site navigations added %d custody entries", n-before)
			}
			for _, site := range []string{"same-origin", "none"} {
				resp := get(site)
				if body := readAll(t, resp); resp.StatusCode != 200 || body != "what the witness saw" {
					t.Errorf("%s: %s", site, resp.Status)
				}
			}
			if n := f.custodyCount(id); n != before+2 {
				t.Errorf("same-origin views added %d custody entries, want 2", n-before)
			}
		})
	}
}

// TestProtectedEvidenceWithheld: evidence labelled protected_witness or
// linked to a protected person is listed to guests and viewers as a
// placeholder (no original name, no note), its file is refused to them
// without a custody entry, and their export withholds it too; roles that
// read protected data see and open it.
func TestProtectedEvidenceWithheld(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			p := f.protectedPerson("Witness Real Name")
			labelled := f.uploadOne("Testimony of Rosa Quispe.txt", "what Rosa saw", map[string]string{"labels": "protected_witness", "note": "given by Rosa in Juliaca"})
			linked := f.uploadOne("Statement Huamani.txt", "what he saw", map[string]string{"person_id": itoa(int(p.ID))})
			open := f.uploadOne("Police report.txt", "the report", nil)
			secrets := []string{"Rosa Quispe", "given by Rosa", "Huamani", "what Rosa saw", "what he saw"}
			for role, see := range map[auth.Role]bool{auth.RoleInvestigator: true, auth.RoleAnalyst: true, auth.RoleViewer: false, auth.RoleGuest: false} {
				c := f.client(role)
				var pages strings.Builder
				for _, path := range []string{"/evidence", "/api/evidence", "/evidence/" + itoa(int(labelled)), "/api/evidence/" + itoa(int(labelled)),
					"/api/evidence/" + itoa(int(linked)), "/incidents/1"} {
					pages.WriteString(readAll(t, f.do(c, "GET", path, "", "")))
				}
				for _, id := range []int64{labelled, linked} {
					before := f.custodyCount(id)
					resp := f.do(c, "GET", "/evidence/"+itoa(int(id))+"/file", "", "")
					body := readAll(t, resp)
					if see != (resp.StatusCode == 200) {
						t.Errorf("%s opening item %d: %s", role, id, resp.Status)
					}
					pages.WriteString(body)
					if n := f.custodyCount(id) - before; see != (n == 1) {
						t.Errorf("%s opening item %d added %d custody entries", role, id, n)
					}
				}
				all := pages.String()
				for _, s := range secrets {
					if strings.Contains(all, s) != see {
						t.Errorf("%s: %q shown %v, want %v", role, s, strings.Contains(all, s), see)
					}
				}
				if !see && !strings.Contains(all, rastro.Withheld) {
					t.Errorf("%s sees no placeholder", role)
				}
				if !strings.Contains(all, "Police report.txt") {
					t.Errorf("%s does not see the unprotected item", role)
				}
			}
			if resp := f.do(f.client(auth.RoleGuest), "GET", "/evidence/"+itoa(int(open))+"/file", "", ""); readAll(t, resp) != "the report" {
				t.Errorf("guest download of an unprotected item: %s", resp.Status)
			}
			export := readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/api/export/bundle.json", "", ""))
			for _, s := range secrets {
				if strings.Contains(export, s) {
					i := strings.Index(export, s)
					t.Errorf("the viewer's export holds %q: %s", s, export[max(0, i-300):i+50])
				}
			}
		})
	}
}

// TestHSTSUnderTLS: answers over TLS carry Strict-Transport-Security;
// plain HTTP ones do not (it would be ignored, and wrong for a local app).
func TestHSTSUnderTLS(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	if h := f.do(f.client(""), "GET", "/login", "", "").Header.Get("Strict-Transport-Security"); h != "" {
		t.Errorf("HSTS over plain HTTP: %q", h)
	}
	ts := httptest.NewTLSServer(f.srv)
	defer ts.Close()
	resp, err := ts.Client().Get(ts.URL + "/login")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if h := resp.Header.Get("Strict-Transport-Security"); !strings.Contains(h, "max-age=") {
		t.Errorf("HSTS under TLS: %q", h)
	}
}

// TestTrustedProxy: X-Forwarded-For names the client only when the request
// comes from a proxy named as trusted; otherwise anyone could pick the
// address the login throttle and the audit log see.
func TestTrustedProxy(t *testing.T) {
	proxies, err := ParseTrustedProxies("10.0.0.5, 192.168.1.0/24")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseTrustedProxies("10.0.0.300"); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("bad proxy accepted: %v", err)
	}
	s := &Server{cfg: Config{TrustedProxies: proxies}}
	none := &Server{}
	for _, c := range []struct {
		remote, xff string
		srv         *Server
		want        string
	}{
		{"203.0.113.7:5000", "198.51.100.1", s, "203.0.113.7"},                     // not from a proxy: header ignored
		{"10.0.0.5:5000", "198.51.100.1", s, "198.51.100.1"},                       // the proxy names the client
		{"10.0.0.5:5000", "6.6.6.6, 198.51.100.1, 192.168.1.9", s, "198.51.100.1"}, // nearest untrusted hop
		{"10.0.0.5:5000", "", s, "10.0.0.5"},
		{"10.0.0.5:5000", "not-an-ip", s, "10.0.0.5"},
		{"10.0.0.5:5000", "198.51.100.1", none, "10.0.0.5"}, // no trusted proxy: header ignored
	} {
		r := httptest.NewRequest("POST", "/login", nil)
		r.RemoteAddr = c.remote
		if c.xff != "" {
			r.Header.Set("X-Forwarded-For", c.xff)
		}
		if got := c.srv.clientAddr(r); got != c.want {
			t.Errorf("%s with X-Forwarded-For %q: %s, want %s", c.remote, c.xff, got, c.want)
		}
	}
}

// countingReader counts what the server read of a request body.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestImportRefusedBeforeReading: an import into a database that holds
// records is refused before the body is read, as JSON or as a multipart
// upload; a multipart upload into an empty one is streamed.
func TestImportRefusedBeforeReading(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	bundle := readAll(t, f.do(f.client(auth.RoleAnalyst), "GET", "/api/export/bundle.json", "", ""))
	cookies := f.client(auth.RoleInvestigator).Jar.Cookies(mustURL(f.ts.URL))
	send := func(srv *Server, ctype string, body io.Reader) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", "/api/import", body)
		req.Header.Set("Content-Type", ctype)
		for _, c := range cookies {
			req.AddCookie(c)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	big := strings.Repeat(" ", 8<<20) + bundle // 8 MB of padding
	body := &countingReader{r: strings.NewReader(big)}
	if rec := send(f.srv, "application/json", body); rec.Code != 409 {
		t.Fatalf("import into a full database: %d %s", rec.Code, rec.Body)
	}
	if body.n > 64<<10 {
		t.Errorf("the server read %d bytes of a body it refused", body.n)
	}

	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("bundle", "case.json")
	fw.Write([]byte(bundle))
	mw.Close()
	empty := sqldbtest.Open(t, sqldb.SQLite)
	srv, err := New(Config{DB: empty, Auth: f.auth})
	if err != nil {
		t.Fatal(err)
	}
	if rec := send(srv, mw.FormDataContentType(), bytes.NewReader(buf.Bytes())); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"incidents": 62`) {
		t.Fatalf("multipart import: %d %s", rec.Code, rec.Body)
	}
}
