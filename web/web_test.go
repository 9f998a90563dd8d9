package web

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// concrete fills a route's path values with values that name nothing, so
// that allowed requests fail on the record, never on the permission.
func concrete(p string) string {
	r := strings.NewReplacer("{id}", "999999", "{lang}", "en", "{format}", "bundle.json", "{$}", "")
	return r.Replace(p)
}

func readAll(t testing.TB, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRoutePermissions walks every route with every role and checks the
// answer against auth.Can: forbidden exactly when the role lacks the
// route's permission; and without a login, a redirect to the login page or
// 401.
func TestRoutePermissions(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	// Log out last: it ends the sessions the other requests use.
	routes := slices.Clone(f.srv.routes)
	slices.SortStableFunc(routes, func(a, b route) int {
		return strings.Compare(strings.ReplaceAll(a.Path, "/logout", "~"), strings.ReplaceAll(b.Path, "/logout", "~"))
	})
	for _, rt := range routes {
		page, api := rt.patterns()
		for _, pat := range []string{page, api} {
			if pat == "" {
				continue
			}
			method, path, _ := strings.Cut(pat, " ")
			path = concrete(path)
			for _, role := range append([]auth.Role{""}, auth.Roles...) {
				c := f.client(role)
				resp := f.do(c, method, path, "application/json", "")
				body := readAll(t, resp)
				if resp.StatusCode >= 500 {
					// A permitted request with an empty body is a bad request,
					// never a server error.
					t.Errorf("%s as %q: %s %s", pat, role, resp.Status, body)
					continue
				}
				switch {
				case rt.Perm == "":
					// (a login without credentials is 401, not a permission.)
					if resp.StatusCode == 403 || resp.StatusCode == 401 && rt.Path != "/login" {
						t.Errorf("%s as %q: %s on a public route", pat, role, resp.Status)
					}
				case role == "":
					if api == pat && resp.StatusCode != 401 || page == pat && !(resp.StatusCode == 303 && strings.HasPrefix(resp.Header.Get("Location"), "/login")) {
						t.Errorf("%s without login: %s %s", pat, resp.Status, resp.Header.Get("Location"))
					}
				case auth.Can(role, rt.Perm):
					if resp.StatusCode == 401 || resp.StatusCode == 403 {
						t.Errorf("%s as %s (may %s): %s %s", pat, role, rt.Perm, resp.Status, body)
					}
				default:
					if resp.StatusCode != 403 {
						t.Errorf("%s as %s (may not %s): %s, want 403", pat, role, rt.Perm, resp.Status)
					}
				}
			}
		}
	}
}

// TestOpenAPIMatchesRoutes checks the served document against the mux:
// every API pattern registered is documented, and every documented
// operation reaches a handler with that very pattern.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	resp := f.do(f.client(""), "GET", "/api/openapi.json", "", "")
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal([]byte(readAll(t, resp)), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi = %q", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for p, ops := range doc.Paths {
		for m, op := range ops {
			pat := strings.ToUpper(m) + " " + p
			documented[pat] = true
			if op["summary"] == "" || op["summary"] == nil {
				t.Errorf("%s has no summary", pat)
			}
			req, _ := http.NewRequest(strings.ToUpper(m), "http://x"+concrete(p), nil)
			if _, got := f.srv.mux.Handler(req); got != pat {
				t.Errorf("documented %s reaches %q", pat, got)
			}
		}
	}
	n := 0
	for _, pat := range f.srv.patterns {
		if _, p, _ := strings.Cut(pat, " "); strings.HasPrefix(p, "/api/") {
			n++
			if !documented[pat] {
				t.Errorf("route %s is not documented", pat)
			}
		}
	}
	if n < 20 || len(documented) != n {
		t.Errorf("%d API routes, %d documented", n, len(documented))
	}
	// Every schema reference resolves.
	raw, _ := json.Marshal(f.srv.openAPIDoc())
	var full struct {
		Components struct{ Schemas map[string]any }
	}
	json.Unmarshal(raw, &full)
	refs := regexp.MustCompile(`"\$ref":"#/components/schemas/([^"]+)"`).FindAllStringSubmatch(string(raw), -1)
	if len(refs) < 20 {
		t.Errorf("only %d schema references", len(refs))
	}
	for _, m := range refs {
		if full.Components.Schemas[m[1]] == nil {
			t.Errorf("$ref to undefined schema %s", m[1])
		}
	}
}

func claimStatus(t *testing.T, f *fixture) rastro.ClaimStatus {
	c, err := f.db.Claims().Find(t.Context(), f.claimID)
	if err != nil {
		t.Fatal(err)
	}
	return c.Status
}

// TestCrossOriginRefused sends state-changing requests as another site
// would (Sec-Fetch-Site, or only an Origin header) and checks they are
// refused and change nothing, while same-origin ones go through.
func TestCrossOriginRefused(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleReviewer)
	path := "/claims/" + itoa(int(f.claimID)) + "/reject"
	for _, h := range []map[string]string{
		{"Sec-Fetch-Site": "cross-site"},
		{"Sec-Fetch-Site": "same-site"},
		{"Origin": "http://evil.example"},
	} {
		req, _ := http.NewRequest("POST", f.ts.URL+path, strings.NewReader("reason=forged"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range h {
			req.Header.Set(k, v)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("cross-origin %v: %s, want 403", h, resp.Status)
		}
		if st := claimStatus(t, f); st != rastro.ClaimPending {
			t.Fatalf("cross-origin %v changed the claim to %s", h, st)
		}
	}
	// A cross-site GET (following a link) is fine.
	req, _ := http.NewRequest("GET", f.ts.URL+"/claims", nil)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, _ := c.Do(req)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("cross-site GET: %s", resp.Status)
	}
	req, _ = http.NewRequest("POST", f.ts.URL+path, strings.NewReader("reason=duplicate"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, _ = c.Do(req)
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || claimStatus(t, f) != rastro.ClaimRejected {
		t.Errorf("same-origin reject: %s, claim %s", resp.Status, claimStatus(t, f))
	}
}

func TestLoginAndCookies(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client("")
	resp := f.do(c, "POST", "/login", "application/x-www-form-urlencoded", url.Values{"name": {"analyst"}, "password": {"wrong password here"}}.Encode())
	if body := readAll(t, resp); resp.StatusCode != 401 || !strings.Contains(body, "wrong name or password") {
		t.Errorf("wrong password: %s", resp.Status)
	}
	resp = f.do(c, "POST", "/login", "application/x-www-form-urlencoded", url.Values{"name": {"admin"}, "password": {testPassword}}.Encode())
	if body := readAll(t, resp); resp.StatusCode != 401 || !strings.Contains(body, `name="totp"`) || !strings.Contains(body, "authenticator") {
		t.Errorf("admin without code: %s", resp.Status)
	}
	resp = f.do(c, "POST", "/login", "application/x-www-form-urlencoded", url.Values{"name": {"analyst"}, "password": {testPassword}, "next": {"//evil.example/"}}.Encode())
	resp.Body.Close()
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/" {
		t.Errorf("login: %s to %q", resp.Status, resp.Header.Get("Location"))
	}
	sc := resp.Header.Get("Set-Cookie")
	for _, want := range []string{"rastro_session=rss_", "HttpOnly", "SameSite=Lax", "Path=/"} {
		if !strings.Contains(sc, want) {
			t.Errorf("cookie %q lacks %q", sc, want)
		}
	}
	if strings.Contains(sc, "Secure") {
		t.Errorf("cookie without TLS is Secure: %q", sc)
	}
	f.srv.cfg.Secure = true
	resp = f.do(f.client(""), "POST", "/login", "application/x-www-form-urlencoded", url.Values{"name": {"viewer"}, "password": {testPassword}}.Encode())
	resp.Body.Close()
	if sc := resp.Header.Get("Set-Cookie"); !strings.Contains(sc, "Secure") || !strings.HasPrefix(sc, "__Host-") {
		t.Errorf("cookie under TLS: %q", sc)
	}
	f.srv.cfg.Secure = false
	// Logging out ends the session.
	lc := f.login(auth.RoleViewer)
	readAll(t, f.do(lc, "POST", "/logout", "", ""))
	resp = f.do(lc, "GET", "/api/me", "", "")
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("after logout: %s", resp.Status)
	}
}

func TestAPITokens(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	resp := f.do(f.client(auth.RoleAnalyst), "POST", "/api/tokens", "application/json", `{"name":"script"}`)
	var tok struct{ Token string }
	json.Unmarshal([]byte(readAll(t, resp)), &tok)
	if !strings.HasPrefix(tok.Token, auth.APIPrefix) {
		t.Fatalf("token %q", tok.Token)
	}
	for _, c := range []struct {
		auth string
		want int
	}{{"Bearer " + tok.Token, 200}, {"Bearer rst_nope", 401}, {"Basic x", 401}} {
		req, _ := http.NewRequest("GET", f.ts.URL+"/api/incidents", nil)
		req.Header.Set("Authorization", c.auth)
		resp, _ := http.DefaultClient.Do(req)
		body := readAll(t, resp)
		if resp.StatusCode != c.want {
			t.Errorf("%s: %s %s", c.auth, resp.Status, body)
		}
	}
	// The account page lists it; revoking it ends it.
	var list []struct{ ID int64 }
	json.Unmarshal([]byte(readAll(t, f.do(f.client(auth.RoleAnalyst), "GET", "/api/tokens", "", ""))), &list)
	if len(list) != 1 {
		t.Fatalf("tokens: %+v", list)
	}
	readAll(t, f.do(f.client(auth.RoleAnalyst), "POST", "/tokens/"+itoa(int(list[0].ID))+"/revoke", "", ""))
	req, _ := http.NewRequest("GET", f.ts.URL+"/api/incidents", nil)
	req.Header.Set("Authorization", "Bearer "+tok.Token)
	if resp, _ := http.DefaultClient.Do(req); resp.StatusCode != 401 {
		t.Errorf("revoked token: %s", resp.Status)
	}
	// The page shows a new token once.
	resp = f.do(f.client(auth.RoleAnalyst), "POST", "/tokens", "application/x-www-form-urlencoded", "name=laptop")
	if body := readAll(t, resp); resp.StatusCode != 200 || !regexp.MustCompile(`id="new-token"[^<]*<br><code>rst_`).MatchString(body) {
		t.Errorf("token form: %s", resp.Status)
	}
	// A guest has no tokens.
	if resp := f.do(f.client(auth.RoleGuest), "POST", "/api/tokens", "application/json", `{"name":"x"}`); resp.StatusCode != 403 {
		t.Errorf("guest token: %s", resp.Status)
	}
}

// TestStaleEditRefused edits an incident twice on the same version: the
// second is refused with 409; the API answers the stored record, the page
// shows both versions.
func TestStaleEditRefused(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleInvestigator)
			resp := f.do(c, "PUT", "/api/incidents/1", "application/json", `{"version":1,"title":"First edit"}`)
			if body := readAll(t, resp); resp.StatusCode != 200 {
				t.Fatalf("first edit: %s %s", resp.Status, body)
			}
			resp = f.do(c, "PUT", "/api/incidents/1", "application/json", `{"version":1,"title":"Stale edit"}`)
			var e apiError
			json.Unmarshal([]byte(readAll(t, resp)), &e)
			cur, _ := e.Current.(map[string]any)
			if resp.StatusCode != 409 || e.Code != "conflict" || cur["title"] != "First edit" {
				t.Errorf("stale edit: %s %+v", resp.Status, e)
			}
			resp = f.do(c, "POST", "/incidents/1", "application/x-www-form-urlencoded", url.Values{"version": {"1"}, "title": {"Stale form edit"}}.Encode())
			body := readAll(t, resp)
			if resp.StatusCode != 409 || !strings.Contains(body, "First edit") || !strings.Contains(body, "Stale form edit") || !strings.Contains(body, `name="version" value="2"`) {
				t.Errorf("stale form: %s\n%s", resp.Status, body)
			}
			inc, _ := f.db.Incidents().Find(t.Context(), 1)
			if inc.Title != "First edit" || inc.Version != 2 {
				t.Errorf("stored: %q v%d", inc.Title, inc.Version)
			}
		})
	}
}

// TestConcurrentEditsNoLostUpdate has clients edit one record at once,
// each re-reading and retrying on 409: every accepted edit must be in the
// final record, and the version must count them all.
func TestConcurrentEditsNoLostUpdate(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleInvestigator)
			ok, conflicts := concurrentEdits(t, f, c, 8, 5)
			inc, _ := f.db.Incidents().Find(t.Context(), 1)
			if inc.Version != 1+len(ok) {
				t.Errorf("version %d after %d accepted edits", inc.Version, len(ok))
			}
			for _, m := range ok {
				if !strings.Contains(inc.Description, m) {
					t.Errorf("accepted edit %s lost", m)
				}
			}
			t.Logf("%d edits accepted, %d refused as stale", len(ok), conflicts)
		})
	}
}

// concurrentEdits runs clients×edits read-modify-write cycles on incident 1
// and returns the markers of the accepted edits and the number of 409s.
func concurrentEdits(t testing.TB, f *fixture, c *http.Client, clients, edits int) (accepted []string, conflicts int) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range clients {
		wg.Go(func() {
			for j := 0; j < edits; {
				resp := f.do(c, "GET", "/api/incidents/1", "", "")
				var v struct{ Incident rastro.Incident }
				json.Unmarshal([]byte(readAll(t, resp)), &v)
				mark := "[edit " + itoa(i) + "." + itoa(j) + "]"
				body, _ := json.Marshal(map[string]any{"version": v.Incident.Version, "description": v.Incident.Description + mark})
				resp = f.do(c, "PUT", "/api/incidents/1", "application/json", string(body))
				readAll(t, resp)
				mu.Lock()
				switch resp.StatusCode {
				case 200:
					accepted = append(accepted, mark)
					j++
				case 409:
					conflicts++
				default:
					t.Errorf("edit: %s", resp.Status)
					j = edits
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return accepted, conflicts
}

func TestProtectedPersonRedacted(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	p := &rastro.Person{Name: "Witness Real Name", Protected: true, Contact: "+51 999 000 111"}
	if err := f.db.Persons().Create(auth.WithActorValue(t.Context(), auth.LocalAdmin()), p); err != nil {
		t.Fatal(err)
	}
	for role, see := range map[auth.Role]bool{auth.RoleInvestigator: true, auth.RoleViewer: false, auth.RoleGuest: false} {
		for _, path := range []string{"/persons/" + itoa(int(p.ID)), "/api/persons/" + itoa(int(p.ID)), "/api/persons", "/persons"} {
			body := readAll(t, f.do(f.client(role), "GET", path, "", ""))
			if strings.Contains(body, "Witness Real Name") != see || !see && strings.Contains(body, "999 000") {
				t.Errorf("%s as %s: name shown %v, want %v", path, role, strings.Contains(body, "Witness Real Name"), see)
			}
		}
	}
	body := readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/api/export/bundle.json", "", ""))
	if strings.Contains(body, "Witness Real Name") || !strings.Contains(body, sqldb.Redacted) {
		t.Error("viewer's export shows the protected name")
	}
	// The investigator's reads are in the audit log, the admin's page shows them.
	action := rastro.AuditReadProtected
	es, _, err := f.db.ListAudit(auth.WithActorValue(t.Context(), auth.LocalAdmin()), rastro.AuditFilter{Action: &action})
	if err != nil || len(es) == 0 || es[0].Actor != "investigator" {
		t.Errorf("audit of protected reads: %d entries, %v", len(es), err)
	}
	if page := readAll(t, f.do(f.client(auth.RoleAdmin), "GET", "/audit", "", "")); !strings.Contains(page, "read protected data") {
		t.Error("the audit page does not show the reads")
	}
}

func TestGuestCannotExport(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	resp := f.do(f.client(auth.RoleGuest), "GET", "/export/bundle.json", "", "")
	body := readAll(t, resp)
	if resp.StatusCode != 403 || strings.Contains(body, `"format"`) {
		t.Errorf("guest export: %s", resp.Status)
	}
	if body := readAll(t, f.do(f.client(auth.RoleGuest), "GET", "/transfer", "", "")); strings.Contains(body, "/export/bundle.json") {
		t.Error("the guest's page offers the export")
	}
	resp = f.do(f.client(auth.RoleAnalyst), "GET", "/export/bundle.json", "", "")
	if body := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(body, `"format": "rastro-bundle"`) {
		t.Errorf("analyst export: %s %.100s", resp.Status, body)
	}
}

func TestUploadEvidence(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("incident_id", "1")
	mw.WriteField("note", "from a witness's phone")
	fw, _ := mw.CreateFormFile("file", "statement.txt")
	content := strings.Repeat("witness statement line\n", 5000)
	fw.Write([]byte(content))
	mw.Close()
	resp := f.do(f.client(auth.RoleInvestigator), "POST", "/api/evidence", mw.FormDataContentType(), buf.String())
	var v evidenceView
	if body := readAll(t, resp); resp.StatusCode != 200 || json.Unmarshal([]byte(body), &v) != nil {
		t.Fatalf("upload: %s %s", resp.Status, body)
	}
	if v.Item.Size != int64(len(content)) || v.Item.IncidentID != 1 || v.Item.OriginalName != "statement.txt" {
		t.Errorf("item %+v", v.Item)
	}
	id := itoa(int(v.Item.ID))
	resp = f.do(f.client(auth.RoleGuest), "GET", "/evidence/"+id+"/file", "", "")
	if body := readAll(t, resp); body != content {
		t.Errorf("download: %s, %d bytes", resp.Status, len(body))
	}
	page := readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/evidence/"+id, "", ""))
	for _, want := range []string{"acquired", "hashed", "viewed", "guest", v.Item.SHA256} {
		if !strings.Contains(page, want) {
			t.Errorf("evidence page lacks %q", want)
		}
	}
	if body := readAll(t, f.do(f.client(auth.RoleInvestigator), "GET", "/incidents/1", "", "")); !strings.Contains(body, "statement.txt") {
		t.Error("incident page does not list the evidence")
	}
}

func TestClaimReview(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleReviewer)
	page := readAll(t, f.do(c, "GET", "/claims", "", ""))
	if !strings.Contains(page, "3 killed (test claim)") || !strings.Contains(page, `name="ids" value="`+itoa(int(f.claimID))+`"`) ||
		!strings.Contains(page, "On Monday <mark>at least 3 people were killed</mark> near the airport, witnesses said.") {
		t.Fatal("queue does not offer the claim")
	}
	resp := f.do(c, "POST", "/api/claims/"+itoa(int(f.claimID))+"/accept", "application/json", `{"title":"api"}`)
	var got rastro.Claim
	json.Unmarshal([]byte(readAll(t, resp)), &got)
	if resp.StatusCode != 200 || got.Status != rastro.ClaimAccepted || got.RecordType != "incident" {
		t.Fatalf("accept: %s %+v", resp.Status, got)
	}
	inc, err := f.db.Incidents().Find(t.Context(), got.RecordID)
	if err != nil || len(inc.Citations) != 1 || inc.Citations[0].SourceID != got.SourceID {
		t.Errorf("accepted incident %+v %v", inc, err)
	}
	resp = f.do(c, "POST", "/api/claims/"+itoa(int(f.claimID))+"/reject", "application/json", `{"reason":"again"}`)
	readAll(t, resp)
	if resp.StatusCode != 409 {
		t.Errorf("deciding twice: %s", resp.Status)
	}
}

// TestPagesRender opens every page in both languages and checks that no
// message key leaks through untranslated.
func TestPagesRender(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleAdmin)
	key := regexp.MustCompile(`>\s*(nav|dash|col|inc|ev|an|tr|claims|unit|login|conflict|audit|act|role|person|pager|source|error)\.[a-z_]+`)
	for _, lang := range []string{"en", "es"} {
		for _, p := range []string{"/", "/incidents", "/incidents/1", "/incidents/1/edit", "/persons", "/persons/1", "/units", "/units/1",
			"/sources", "/sources/1", "/claims", "/evidence", "/evidence/new", "/analyses", "/transfer", "/audit", "/login", "/account", "/users", "/incidents/new"} {
			req, _ := http.NewRequest("GET", f.ts.URL+p, nil)
			req.Header.Set("Accept-Language", map[string]string{"en": "en-GB,en;q=0.9", "es": "es-PE,es;q=0.9,en;q=0.5"}[lang])
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body := readAll(t, resp)
			if resp.StatusCode != 200 {
				t.Errorf("%s (%s): %s", p, lang, resp.Status)
				continue
			}
			if !strings.Contains(body, `<html lang="`+lang+`">`) {
				t.Errorf("%s: not in %s", p, lang)
			}
			if m := key.FindString(body); m != "" {
				t.Errorf("%s (%s): untranslated %q", p, lang, m)
			}
		}
	}
	body := readAll(t, f.do(c, "GET", "/", "", ""))
	for _, want := range []string{`id="fig-killed"`, `id="fig-extrajudicial"`, "SYNTHETIC"} {
		if !strings.Contains(body, want) {
			t.Errorf("dashboard lacks %q", want)
		}
	}
	resp := f.do(c, "GET", "/report", "", "")
	if body := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(body, "Headline figures") {
		t.Errorf("report: %s", resp.Status)
	}
}

func TestMessagesComplete(t *testing.T) {
	for k := range messages["en"] {
		if _, ok := messages["es"][k]; !ok {
			t.Errorf("es lacks %q", k)
		}
	}
	for k := range messages["es"] {
		if _, ok := messages["en"][k]; !ok {
			t.Errorf("en lacks %q", k)
		}
	}
	files, _ := templateFS.ReadDir("templates")
	used := regexp.MustCompile(`\.T "([a-z_.]+)"`)
	for _, fi := range files {
		b, _ := templateFS.ReadFile("templates/" + fi.Name())
		for _, m := range used.FindAllStringSubmatch(string(b), -1) {
			if _, ok := messages["en"][m[1]]; !ok {
				t.Errorf("%s uses unknown message %q", fi.Name(), m[1])
			}
		}
	}
	for _, r := range auth.Roles {
		if !slices.ContainsFunc([]string{"en", "es"}, func(l string) bool { return messages[l]["role."+string(r)] != "" }) {
			t.Errorf("no name for role %s", r)
		}
	}
}

func TestLoginThrottled(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client("")
	var resp *http.Response
	for range 7 {
		resp = f.do(c, "POST", "/login", "application/x-www-form-urlencoded", url.Values{"name": {"viewer"}, "password": {"not the password at all"}}.Encode())
		readAll(t, resp)
	}
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Errorf("after 7 failures: %s, Retry-After %q", resp.Status, resp.Header.Get("Retry-After"))
	}
	// Even the right password waits.
	resp = f.do(c, "POST", "/login", "application/x-www-form-urlencoded", url.Values{"name": {"viewer"}, "password": {testPassword}}.Encode())
	if body := readAll(t, resp); resp.StatusCode != http.StatusTooManyRequests || !strings.Contains(body, "try again") {
		t.Errorf("right password while throttled: %s", resp.Status)
	}
}

// TestEvidenceViewer uploads a picture: the viewer shows it inline, and
// every opening is in the custody log.
func TestEvidenceViewer(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for x := range 64 {
		img.Set(x, x%48, color.RGBA{200, 20, 20, 255})
	}
	var pic bytes.Buffer
	png.Encode(&pic, img)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("labels", "graphic_violence")
	fw, _ := mw.CreateFormFile("file", "scene.png")
	fw.Write(pic.Bytes())
	mw.Close()
	resp := f.do(f.client(auth.RoleInvestigator), "POST", "/api/evidence", mw.FormDataContentType(), buf.String())
	var v evidenceView
	if body := readAll(t, resp); resp.StatusCode != 200 || json.Unmarshal([]byte(body), &v) != nil {
		t.Fatalf("upload: %s %s", resp.Status, body)
	}
	id := itoa(int(v.Item.ID))
	page := readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/evidence/"+id, "", ""))
	if !strings.Contains(page, `<img src="/evidence/`+id+`/file?inline=1"`) || !strings.Contains(page, "graphic violence") ||
		!strings.Contains(page, `class="viewer graphic"`) || !strings.Contains(page, `?show=1#viewer`) {
		t.Errorf("viewer page lacks the picture, its label or the blur")
	}
	// Without JavaScript, the "show" link asks for the page unblurred.
	if page := readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/evidence/"+id+"?show=1", "", "")); strings.Contains(page, `class="viewer graphic"`) {
		t.Errorf("show=1 still blurs the picture")
	}
	resp = f.do(f.client(auth.RoleViewer), "GET", "/evidence/"+id+"/file?inline=1", "", "")
	if body := readAll(t, resp); body != pic.String() || !strings.HasPrefix(resp.Header.Get("Content-Disposition"), "inline") || resp.Header.Get("Content-Type") != "image/png" {
		t.Errorf("inline picture: %s %q %q", resp.Status, resp.Header.Get("Content-Disposition"), resp.Header.Get("Content-Type"))
	}
	log, err := sqldb.NewEvidenceService(f.db, nil).ListCustody(t.Context(), rastro.CustodyFilter{ItemID: &v.Item.ID})
	if err != nil {
		t.Fatal(err)
	}
	if last := log[len(log)-1]; last.Action != rastro.CustodyViewed || last.Actor != "viewer" {
		t.Errorf("last custody entry %+v", last)
	}
}

// TestImport loads a bundle into an empty database over the API, and
// refuses one into a database that holds records.
func TestImport(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	bundle := readAll(t, f.do(f.client(auth.RoleAnalyst), "GET", "/api/export/bundle.json", "", ""))
	resp := f.do(f.client(auth.RoleInvestigator), "POST", "/api/import", "application/json", bundle)
	if body := readAll(t, resp); resp.StatusCode != 409 {
		t.Errorf("import into a full database: %s %s", resp.Status, body)
	}

	empty := sqldbtest.Open(t, sqldb.SQLite)
	srv, err := New(Config{DB: empty, Auth: f.auth})
	if err != nil {
		t.Fatal(err)
	}
	// The accounts live in f's database; the empty one only takes records.
	req := httptest.NewRequest("POST", "/api/import", strings.NewReader(bundle))
	req.Header.Set("Content-Type", "application/json")
	for _, c := range f.client(auth.RoleInvestigator).Jar.Cookies(mustURL(f.ts.URL)) {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"incidents": 62`) {
		t.Fatalf("import: %d %s", rec.Code, rec.Body)
	}
	n, _, err := empty.Incidents().List(t.Context(), rastro.IncidentFilter{})
	if err != nil || len(n) != 62 {
		t.Errorf("imported %d incidents, %v", len(n), err)
	}
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// TestRequestLogHasNoPersonalData checks the request log names the route,
// never the path's values or the query.
func TestRequestLogHasNoPersonalData(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	var buf bytes.Buffer
	f.srv.log = slog.New(slog.NewTextHandler(&buf, nil))
	readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/persons?q=Huarcaya", "", ""))
	readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/persons/424242", "", ""))
	log := buf.String()
	if !strings.Contains(log, `route="GET /persons/{id}"`) || !strings.Contains(log, "status=404") || !strings.Contains(log, "user_id=") {
		t.Errorf("log: %s", log)
	}
	if strings.Contains(log, "Huarcaya") || strings.Contains(log, "424242") {
		t.Errorf("log holds request values: %s", log)
	}
}

// TestAPIAnswersMatchSchemas fetches every JSON GET route and checks that
// each field of the answer is one its schema declares.
func TestAPIAnswersMatchSchemas(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	doc := f.srv.openAPIDoc()
	defs := doc["components"].(map[string]any)["schemas"].(map[string]any)
	resolve := func(s map[string]any) map[string]any {
		if ref, ok := s["$ref"].(string); ok {
			return defs[strings.TrimPrefix(ref, "#/components/schemas/")].(map[string]any)
		}
		return s
	}
	checked := 0
	for _, rt := range f.srv.routes {
		_, api := rt.patterns()
		if api == "" || rt.Method != "GET" || rt.Out == nil || rt.Path == "/api/openapi.json" {
			continue
		}
		path := strings.NewReplacer("{id}", "1").Replace(strings.TrimPrefix(api, "GET "))
		resp := f.do(f.client(auth.RoleAdmin), "GET", path, "", "")
		body := readAll(t, resp)
		if resp.StatusCode != 200 {
			continue // no record 1 of this kind in the demo
		}
		var got any
		if err := json.Unmarshal([]byte(body), &got); err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		schema := resolve(new(schemas).withDefs(defs).of(reflect.TypeOf(rt.Out)))
		obj, isObj := got.(map[string]any)
		props, hasProps := schema["properties"].(map[string]any)
		if !isObj || !hasProps {
			continue
		}
		for k := range obj {
			if _, ok := props[k]; !ok {
				t.Errorf("%s answers field %q that its schema lacks", path, k)
			}
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("checked %d answers", checked)
	}
}

// TestAssessmentReview has a reviewer sign off one act's assessment and
// override another's; the incident page shows both, and an override
// without a reason is refused.
func TestAssessmentReview(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleReviewer)
	page := readAll(t, f.do(c, "GET", "/incidents/1", "", ""))
	if !strings.Contains(page, `action="/acts/1/review"`) {
		t.Fatal("the reviewer is not offered a review of act 1")
	}
	if p := readAll(t, f.do(f.client(auth.RoleAnalyst), "GET", "/incidents/1", "", "")); strings.Contains(p, `action="/acts/1/review"`) {
		t.Error("an analyst is offered the review form")
	}
	resp := f.do(c, "POST", "/acts/1/review", "application/x-www-form-urlencoded", "decision=sign_off")
	readAll(t, resp)
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/incidents/1#act-1" {
		t.Fatalf("sign-off: %s %s", resp.Status, resp.Header.Get("Location"))
	}
	resp = f.do(c, "POST", "/api/acts/2/review", "application/json", `{"decision":"override","conclusion":"insufficient_information"}`)
	if body := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(body, "needs a reason") {
		t.Errorf("override without reason: %s %s", resp.Status, body)
	}
	resp = f.do(c, "POST", "/api/acts/2/review", "application/json", `{"decision":"override","conclusion":"insufficient_information","reason":"autopsy pending"}`)
	if body := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(body, `"reviewer": "reviewer"`) {
		t.Errorf("override: %s %s", resp.Status, body)
	}
	page = readAll(t, f.do(c, "GET", "/incidents/1", "", ""))
	for _, want := range []string{"signed off by reviewer", "overridden by reviewer: autopsy pending"} {
		if !strings.Contains(page, want) {
			t.Errorf("incident page lacks %q", want)
		}
	}
	var v incidentView
	json.Unmarshal([]byte(readAll(t, f.do(c, "GET", "/api/incidents/1?assessment=1", "", ""))), &v)
	if a := v.Acts[1].Assessment; a == nil || a.Final != "insufficient_information" {
		t.Errorf("act 2's final conclusion: %+v", a)
	}
}

// TestUploadWithoutJavaScript posts the upload form as a browser without
// scripts does: the answer sends it to the new item's page.
func TestUploadWithoutJavaScript(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("incident_id", "2")
	fw, _ := mw.CreateFormFile("file", "notes.txt")
	fw.Write([]byte("handwritten notes, transcribed"))
	mw.Close()
	resp := f.do(f.client(auth.RoleInvestigator), "POST", "/evidence", mw.FormDataContentType(), buf.String())
	readAll(t, resp)
	if resp.StatusCode != 303 || !regexp.MustCompile(`^/evidence/\d+$`).MatchString(resp.Header.Get("Location")) {
		t.Errorf("form upload: %s to %q", resp.Status, resp.Header.Get("Location"))
	}
	// No file: a clear error, nothing stored.
	var empty bytes.Buffer
	mw = multipart.NewWriter(&empty)
	mw.WriteField("incident_id", "2")
	mw.Close()
	resp = f.do(f.client(auth.RoleInvestigator), "POST", "/api/evidence", mw.FormDataContentType(), empty.String())
	if body := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(body, "choose a file") {
		t.Errorf("upload without a file: %s %s", resp.Status, body)
	}
	if _, n, _ := sqldb.NewEvidenceService(f.db, nil).ListEvidence(t.Context(), rastro.EvidenceFilter{}); n != 1 {
		t.Errorf("%d items stored, want 1", n)
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	for _, p := range []string{"/login", "/api/openapi.json", "/static/app.js"} {
		resp := f.do(f.client(""), "GET", p, "", "")
		readAll(t, resp)
		h := resp.Header
		if h.Get("X-Frame-Options") != "DENY" || h.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("%s: headers %v", p, h)
		}
	}
}

func TestClaimContext(t *testing.T) {
	text := "First sentence here. Police fired at least 15 rounds in Juliaca. Then nothing."
	start := strings.Index(text, "at least 15")
	c := contextOf(text, start, start+len("at least 15"))
	if c.Before != "Police fired " || c.Span != "at least 15" || c.After != " rounds in Juliaca." {
		t.Errorf("%+v", c)
	}
	if c := contextOf("ñandú ñandú", 2, 4); !utf8.ValidString(c.Before + c.Span + c.After) {
		t.Errorf("cut inside a character: %+v", c)
	}
	if c := contextOf("short", 3, 99); c != (claimContext{}) {
		t.Errorf("span outside: %+v", c)
	}
}

func TestPaging(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleViewer)
	var v personsView
	json.Unmarshal([]byte(readAll(t, f.do(c, "GET", "/api/persons?limit=10&offset=10", "", ""))), &v)
	if len(v.Persons) != 10 || v.Offset != 10 || v.Limit != 10 || v.Total < 50 || v.Persons[0].ID != 11 {
		t.Errorf("page: %d persons, offset %d, limit %d, total %d", len(v.Persons), v.Offset, v.Limit, v.Total)
	}
	page := readAll(t, f.do(c, "GET", "/persons?limit=10&offset=10", "", ""))
	if !strings.Contains(page, `href="/persons?limit=10&amp;offset=0" rel="prev"`) || !strings.Contains(page, `href="/persons?limit=10&amp;offset=20" rel="next"`) {
		t.Error("the page lacks its neighbours' links")
	}
	if resp := f.do(c, "GET", "/api/persons?limit=-1", "", ""); resp.StatusCode != 400 {
		t.Errorf("negative limit: %s", resp.Status)
	}
}

func TestCreateIncidentForm(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleInvestigator)
	resp := f.do(c, "POST", "/incidents", "application/x-www-form-urlencoded", url.Values{"title": {"Road block cleared"}, "date": {"9 Jan"}, "place_id": {"1"}}.Encode())
	if body := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(body, `id="form-error"`) || !strings.Contains(body, `value="Road block cleared"`) || !strings.Contains(body, `value="9 Jan"`) {
		t.Errorf("bad date: %s", resp.Status)
	}
	resp = f.do(c, "POST", "/incidents", "application/x-www-form-urlencoded", url.Values{"title": {"Road block cleared"}, "date": {"2023-01-10"}, "place_id": {"1"}, "description": {"Police cleared the road."}}.Encode())
	readAll(t, resp)
	loc := resp.Header.Get("Location")
	if resp.StatusCode != 303 || !strings.HasPrefix(loc, "/incidents/") {
		t.Fatalf("create: %s %q", resp.Status, loc)
	}
	id, _ := strconv.ParseInt(strings.TrimPrefix(loc, "/incidents/"), 10, 64)
	inc, err := f.db.Incidents().Find(t.Context(), id)
	if err != nil || inc.Title != "Road block cleared" || inc.When.Start.String() != "2023-01-10" || inc.PlaceID != 1 || inc.Version != 1 {
		t.Errorf("created %+v %v", inc, err)
	}
	resp = f.do(c, "POST", "/api/incidents", "application/json", `{"title":"Via the API","when":{"start":"2023-01-11"}}`)
	if body := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(body, `"version": 1`) {
		t.Errorf("API create: %s %s", resp.Status, body)
	}
}
