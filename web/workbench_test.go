package web

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

const fixtureArticle = "../../shared/fixtures/news/blazetrends-amnesty-peru.html"

// article reads the fixture article (the shared folder beside the worktree).
func article(t testing.TB) []byte {
	b, err := os.ReadFile(fixtureArticle)
	if err != nil {
		t.Skipf("fixture article: %v", err)
	}
	return b
}

// multipartBody builds an upload of files and fields.
func multipartBody(t testing.TB, files map[string][]byte, fields map[string]string) (string, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for name, b := range files {
		w, err := mw.CreateFormFile("file", name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	mw.Close()
	return mw.FormDataContentType(), buf.String()
}

// apiJSON sends a JSON request and decodes the answer into out (when not
// nil), failing unless the status is want.
func apiJSON(t *testing.T, f *fixture, c *http.Client, method, path, body string, want int, out any) {
	t.Helper()
	resp := f.do(c, method, path, "application/json", body)
	got := readAll(t, resp)
	if resp.StatusCode != want {
		t.Fatalf("%s %s: %s, want %d: %s", method, path, resp.Status, want, got)
	}
	if out != nil {
		if err := json.Unmarshal([]byte(got), out); err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
	}
}

// TestWorkbenchDayOverAPI is the investigators' day over the JSON API:
// bring the article in, review its claims into one incident with place
// and date (repeats grouped), add an act with a perpetrator unit, create
// a unit and a posting, delete a wrong record, merge after a stale edit,
// and run the report.
func TestWorkbenchDayOverAPI(t *testing.T) {
	html := article(t)
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			inv, rev := f.client(auth.RoleInvestigator), f.client(auth.RoleReviewer)

			// The article and a pasted note come in through intake.
			ctype, body := multipartBody(t, map[string][]byte{"blazetrends-amnesty-peru.html": html}, map[string]string{"publisher": "BLAZETRENDS"})
			resp := f.do(inv, "POST", "/api/sources", ctype, body)
			var in ingestView
			if err := json.Unmarshal([]byte(readAll(t, resp)), &in); err != nil || resp.StatusCode != 200 || len(in.Results) != 1 {
				t.Fatalf("upload: %s %+v %v", resp.Status, in, err)
			}
			src := *in.Results[0].Source
			if !in.Results[0].Created || src.SHA256 == "" || len(in.Results[0].Claims) < 20 || src.Publisher != "BLAZETRENDS" {
				t.Fatalf("ingested %+v with %d claims", src, len(in.Results[0].Claims))
			}
			// The same bytes again answer the stored source.
			resp = f.do(inv, "POST", "/api/sources", ctype, body)
			in = ingestView{}
			json.Unmarshal([]byte(readAll(t, resp)), &in)
			if in.Results[0].Created || in.Results[0].Source.ID != src.ID {
				t.Errorf("second upload made a new source: %+v", in.Results[0])
			}
			ctype, body = multipartBody(t, nil, map[string]string{"text": "Witnesses said 2 people were killed in Ilave on 2023-01-09.",
				"published": "2023-01-10", "publisher": "Radio Onda Azul", "url": "https://example.org/ilave", "title": "Ilave"})
			pasted := f.do(inv, "POST", "/api/sources", ctype, body)
			in = ingestView{}
			json.Unmarshal([]byte(readAll(t, pasted)), &in)
			if pasted.StatusCode != 200 || in.Results[0].Source.Publisher != "Radio Onda Azul" || in.Results[0].Source.Published.String() != "2023-01-10" {
				t.Errorf("pasted text: %s %+v", pasted.Status, in)
			}
			// Metadata after a file is refused: it would not apply to it.
			resp = f.do(inv, "POST", "/api/sources", "multipart/form-data; boundary=X",
				"--X\r\nContent-Disposition: form-data; name=\"file\"; filename=\"n.txt\"\r\n\r\nA note on Puno.\r\n--X\r\nContent-Disposition: form-data; name=\"publisher\"\r\n\r\nLate\r\n--X--\r\n")
			if msg := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(msg, "send the fields first") {
				t.Errorf("late field: %s %s", resp.Status, msg)
			}
			// A file intake cannot read is refused by name, nothing stored.
			ctype, body = multipartBody(t, map[string][]byte{"photo.png": {0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3}}, nil)
			resp = f.do(inv, "POST", "/api/sources", ctype, body)
			if msg := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(msg, "photo.png") || strings.Contains(msg, "--") {
				t.Errorf("binary upload: %s %s", resp.Status, msg)
			}

			// The queue groups the four mentions of Perú into one decision.
			var q claimsView
			apiJSON(t, f, rev, "GET", "/api/claims?kind=place&source="+itoa(int(src.ID)), "", 200, &q)
			var peru, juliaca []int64
			for i, c := range q.Claims {
				if strings.Contains(c.Summary, "Perú (country") {
					peru = q.Groups[i].IDs
				}
				if strings.Contains(c.Summary, "Juliaca") {
					juliaca = q.Groups[i].IDs
				}
			}
			// Every mention is in its group, whatever the count intake finds.
			mentions := map[string]int{}
			kind := rastro.ClaimPlace
			all, _, err := f.db.Claims().List(t.Context(), rastro.ClaimFilter{SourceID: &src.ID, Kind: &kind})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range all {
				for _, name := range []string{"Perú (country", "Juliaca"} {
					if strings.Contains(c.Summary, name) {
						mentions[name]++
					}
				}
			}
			if len(peru) < 2 || len(peru) != mentions["Perú (country"] || len(juliaca) != 2 {
				t.Fatalf("groups: Perú %v of %d mentions, Juliaca %v", peru, mentions["Perú (country"], juliaca)
			}
			// The page offers the readings of an ambiguous name (Lima), and
			// links Juliaca to the stored place by default.
			page := readAll(t, f.do(rev, "GET", "/claims?kind=place&source="+itoa(int(src.ID)), "", ""))
			if !strings.Contains(page, `<select name="candidate">`) {
				t.Error("no readings offered for an ambiguous place")
			}
			if n := strings.Count(page, `" selected>Juliaca · San Román · Puno · 211101`); n != 1 {
				t.Errorf("Juliaca's link preselected %d times", n)
			}
			var decided []rastro.Claim
			apiJSON(t, f, rev, "POST", "/api/claims/bulk", `{"action":"reject","ids":`+ids(peru)+`,"reason":"the country, not a place of events"}`, 200, &decided)
			// Juliaca is a place already: accepting it again is refused,
			// and the picker's search finds it to link both mentions to.
			apiJSON(t, f, rev, "POST", "/api/claims/bulk", `{"action":"accept","ids":`+ids(juliaca)+`}`, 409, nil)
			var found searchView
			apiJSON(t, f, rev, "GET", "/api/search?type=places&q=juliaca", "", 200, &found)
			if len(found.Results) != 1 || !strings.Contains(found.Results[0].Label, "211101") {
				t.Fatalf("place search: %+v", found)
			}
			place := found.Results[0].ID
			apiJSON(t, f, rev, "POST", "/api/claims/bulk", `{"action":"link","target_type":"place","target_id":`+itoa(int(place))+`,"ids":`+ids(juliaca)+`}`, 200, &decided)
			if len(decided) != 2 || decided[1].Status != rastro.ClaimLinked || decided[1].RecordID != place {
				t.Fatalf("Juliaca linked as %+v", decided)
			}

			// The count of 15 killed in Juliaca becomes the incident, with
			// the place and date the claim gives; the injured go into it.
			apiJSON(t, f, rev, "GET", "/api/claims?kind=count&q=juliaca+2023-01-09&source="+itoa(int(src.ID)), "", 200, &q)
			var killed, injured int64
			for _, c := range q.Claims {
				switch {
				case strings.Contains(c.Summary, "15 people killed"):
					killed = c.ID
				case strings.Contains(c.Summary, "injured by firearms"):
					injured = c.ID
				}
			}
			if killed == 0 || injured == 0 {
				t.Fatalf("counts: %+v", q.Claims)
			}
			var acc rastro.Claim
			apiJSON(t, f, rev, "POST", "/api/claims/"+itoa(int(killed))+"/accept", `{"place_id":`+itoa(int(place))+`,"title":"Juliaca airport"}`, 200, &acc)
			inc, err := f.db.Incidents().Find(t.Context(), acc.RecordID)
			if err != nil || inc.PlaceID != place || inc.When.Start.String() != "2023-01-09" || inc.ReportedFatalities != 15 {
				t.Fatalf("incident %+v %v", inc, err)
			}
			apiJSON(t, f, rev, "POST", "/api/claims/"+itoa(int(injured))+"/accept", `{"target_type":"incident","target_id":`+itoa(int(inc.ID))+`}`, 200, &acc)

			// An act with a perpetrator unit; a unit and a posting.
			var unit rastro.Unit
			apiJSON(t, f, inv, "POST", "/api/units", `{"name":"Dirección de Operaciones Especiales","aliases":["DIROES"],"force":"police","country":"PE"}`, 200, &unit)
			var act rastro.Act
			apiJSON(t, f, inv, "POST", "/api/acts", `{"incident_id":`+itoa(int(inc.ID))+`,"type":"killed","munition":"live_ammunition"}`, 200, &act)
			var invl rastro.Involvement
			apiJSON(t, f, inv, "POST", "/api/involvements", `{"act_id":`+itoa(int(act.ID))+`,"unit_id":`+itoa(int(unit.ID))+`,"role":"present"}`, 200, &invl)
			var person rastro.Person
			apiJSON(t, f, inv, "POST", "/api/persons", `{"name":"Commander of DIROES (unidentified)"}`, 200, &person)
			var posting rastro.Posting
			apiJSON(t, f, inv, "POST", "/api/postings", `{"person_id":`+itoa(int(person.ID))+`,"unit_id":`+itoa(int(unit.ID))+`,"role":"commander","period":{"start":"2023-01"}}`, 200, &posting)
			apiJSON(t, f, inv, "POST", "/api/postings", `{"person_id":`+itoa(int(person.ID))+`,"role":"commander"}`, 400, nil)

			// Delete: the unit others refer to is refused, naming them; a
			// wrongly made place is deleted at its version, and audited.
			var rep map[string]any
			apiJSON(t, f, inv, "GET", "/api/units/"+itoa(int(unit.ID))+"/dependents", "", 200, &rep)
			resp = f.do(inv, "DELETE", "/api/units/"+itoa(int(unit.ID))+"?version=1", "", "")
			if msg := readAll(t, resp); resp.StatusCode != 409 || !strings.Contains(msg, "involvements") || !strings.Contains(msg, "postings") {
				t.Errorf("deleting a unit in use: %s %s", resp.Status, msg)
			}
			var wrong rastro.Place
			apiJSON(t, f, inv, "POST", "/api/places", `{"name":"Juliaca (typo)","country":"PE"}`, 200, &wrong)
			apiJSON(t, f, inv, "DELETE", "/api/places/"+itoa(int(wrong.ID)), "", 400, nil)
			apiJSON(t, f, inv, "DELETE", "/api/places/"+itoa(int(wrong.ID))+"?version=1", "", 200, nil)
			if _, err := f.db.Places().Find(t.Context(), wrong.ID); rastro.ErrorCode(err) != rastro.ENOTFOUND {
				t.Errorf("deleted place still there: %v", err)
			}
			var audit auditView
			apiJSON(t, f, f.client(auth.RoleAdmin), "GET", "/api/audit?record_type=place&action=delete", "", 200, &audit)
			if len(audit.Entries) != 1 || audit.Entries[0].Actor != "investigator" || audit.Entries[0].RecordID != wrong.ID {
				t.Errorf("audit of the delete: %+v", audit.Entries)
			}
			// The cited place (the accepted claims) stays unless the delete says so.
			pl, _ := f.db.Places().Find(t.Context(), place)
			resp = f.do(inv, "DELETE", "/api/places/"+itoa(int(place))+"?version="+itoa(pl.Version)+"&cited=yes", "", "")
			if msg := readAll(t, resp); resp.StatusCode != 409 || !strings.Contains(msg, "claims") {
				t.Errorf("deleting a cited place: %s %s", resp.Status, msg)
			}

			// Two edits of one version: the second is refused with the stored record.
			apiJSON(t, f, inv, "PUT", "/api/units/"+itoa(int(unit.ID)), `{"name":"DIROES PNP","force":"police","version":1}`, 200, nil)
			other := f.login(auth.RoleInvestigator)
			resp = f.do(other, "PUT", "/api/units/"+itoa(int(unit.ID)), "application/json", `{"name":"Dirección de Operaciones Especiales","force":"police","country":"PE","version":1}`)
			var stale apiError
			json.Unmarshal([]byte(readAll(t, resp)), &stale)
			if resp.StatusCode != 409 || stale.Code != rastro.ECONFLICT {
				t.Errorf("stale unit edit: %s %+v", resp.Status, stale)
			}
			// The same stale edit from the form shows the merge page; taking
			// the stored name and the other's country saves on version 2.
			form := "application/x-www-form-urlencoded"
			resp = f.do(other, "POST", "/units/"+itoa(int(unit.ID)), form, "version=1&name=Direcci%C3%B3n+de+Operaciones+Especiales&force=police&country=BO")
			if page := readAll(t, resp); resp.StatusCode != 409 || !strings.Contains(page, `name="name" value="DIROES PNP" checked`) || !strings.Contains(page, `name="version" value="2"`) {
				t.Fatalf("merge page: %s", resp.Status)
			}
			resp = f.do(other, "POST", "/units/"+itoa(int(unit.ID))+"/merge", form, "version=2&name=DIROES+PNP&country=BO")
			readAll(t, resp)
			if u, _ := f.db.Units().Find(t.Context(), unit.ID); resp.StatusCode != 303 || u.Name != "DIROES PNP" || u.Country != "BO" || u.Version != 3 || len(u.Aliases) != 1 {
				t.Errorf("merged unit %+v (%s)", u, resp.Status)
			}

			// The report runs on the day's records.
			resp = f.do(f.client(auth.RoleAnalyst), "GET", "/api/report", "", "")
			if page := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(page, "Juliaca") {
				t.Errorf("report: %s", resp.Status)
			}
		})
	}
}

func ids(xs []int64) string {
	b, _ := json.Marshal(xs)
	return string(b)
}

// TestAccountsInTheBrowser: an admin adds, changes, resets and disables an
// account over the API; a user changes their own password and enrols TOTP.
func TestAccountsInTheBrowser(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	admin := f.client(auth.RoleAdmin)
	var u auth.User
	apiJSON(t, f, admin, "POST", "/api/users", `{"name":"maria","role":"investigator","password":"`+testPassword+`","expires":"2099-12-31"}`, 200, &u)
	if u.Role != auth.RoleInvestigator || u.ExpiresAt == nil || u.ExpiresAt.Year() != 2100 {
		t.Fatalf("added %+v", u)
	}
	apiJSON(t, f, admin, "POST", "/api/users", `{"name":"maria","role":"investigator","password":"`+testPassword+`"}`, 409, nil)
	apiJSON(t, f, admin, "POST", "/api/users", `{"name":"pedro","role":"emperor","password":"`+testPassword+`"}`, 400, nil)
	apiJSON(t, f, f.client(auth.RoleInvestigator), "POST", "/api/users", `{"name":"x","role":"admin","password":"`+testPassword+`"}`, 403, nil)
	u = auth.User{ID: u.ID}
	apiJSON(t, f, admin, "POST", "/api/users/"+itoa(int(u.ID)), `{"role":"reviewer","expires":""}`, 200, &u)
	if u.Role != auth.RoleReviewer || u.ExpiresAt != nil {
		t.Errorf("changed %+v", u)
	}
	// The user logs in, changes their own password and enrols TOTP.
	login := func(password string) (*http.Client, int) {
		jar, _ := cookiejar.New(nil)
		c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := c.PostForm(f.ts.URL+"/login", url.Values{"name": {"maria"}, "password": {password}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return c, resp.StatusCode
	}
	c, code := login(testPassword)
	if code != 303 {
		t.Fatalf("login: %d", code)
	}
	const newPassword = "a much longer passphrase 2026"
	apiJSON(t, f, c, "POST", "/api/account/password", `{"old":"wrong password here","new":"`+newPassword+`"}`, 400, nil)
	apiJSON(t, f, c, "POST", "/api/account/password", `{"old":"`+testPassword+`","new":"`+newPassword+`"}`, 200, nil)
	c, code = login(newPassword)
	if code != 303 {
		t.Fatalf("login with the new password: %d", code)
	}
	var tv totpView
	apiJSON(t, f, c, "POST", "/api/account/totp", "", 200, &tv)
	if tv.Secret == "" || !strings.HasPrefix(tv.URL, "otpauth://") {
		t.Fatalf("enrolment %+v", tv)
	}
	code6, _ := totp.GenerateCode(tv.Secret, time.Now())
	apiJSON(t, f, c, "POST", "/api/account/totp/confirm", `{"code":"`+code6+`"}`, 200, nil)
	var me meView
	apiJSON(t, f, c, "GET", "/api/me", "", 200, &me)
	if !me.TOTPEnabled {
		t.Error("TOTP not enabled after the confirmation")
	}
	// The admin resets the password and disables the account: it can no longer log in.
	apiJSON(t, f, admin, "POST", "/api/users/"+itoa(int(u.ID)), `{"password":"`+testPassword+`","disabled":true}`, 200, &u)
	if !u.Disabled {
		t.Errorf("not disabled: %+v", u)
	}
	apiJSON(t, f, c, "GET", "/api/me", "", 401, nil)
}

// TestLinkageInTheWeb: the web runs the command line's linkage over the
// database and shows the estimates of the victims.
func TestLinkageInTheWeb(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	var res map[string]any
	apiJSON(t, f, f.client(auth.RoleInvestigator), "POST", "/api/linkage", "", 200, &res)
	if res["records"].(float64) < 2 {
		t.Fatalf("linkage: %+v", res)
	}
	var v linkageView
	apiJSON(t, f, f.client(auth.RoleAnalyst), "GET", "/api/linkage?lists_by=kind", "", 200, &v)
	if v.NoEstimate == "" && len(v.Estimates) == 0 {
		t.Errorf("neither estimates nor the reason: %+v", v)
	}
	if len(v.Estimates) > 0 && (v.Estimates[0].N < v.Estimates[0].Observed || v.Estimates[0].Model == "") {
		t.Errorf("estimate %+v", v.Estimates[0])
	}
	apiJSON(t, f, f.client(auth.RoleAnalyst), "GET", "/api/linkage?stratify=weapon", "", 400, nil)
	apiJSON(t, f, f.client(auth.RoleAnalyst), "POST", "/api/linkage", "", 403, nil)
	page := readAll(t, f.do(f.client(auth.RoleAnalyst), "GET", "/linkage", "", ""))
	if !strings.Contains(page, `id="estimates"`) {
		t.Error("linkage page lacks the estimates")
	}
	t.Logf("linkage %v; estimates %+v %s", res, v.Estimates, v.NoEstimate)
}

// TestSourcePageAndGazetteer: the source page marks each claim at its span
// and shows markup in the text as words; the new place form reads a name
// in the gazetteer without JavaScript and fills the place from a reading.
func TestSourcePageAndGazetteer(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	ctx := t.Context()
	src := &rastro.Source{Kind: rastro.SourceNews, Title: "Markup", Text: `<script>alert(1)</script> 3 people were killed in Juliaca.`}
	if err := f.db.Sources().Create(ctx, src); err != nil {
		t.Fatal(err)
	}
	start := strings.Index(src.Text, "3 people were killed")
	c := &rastro.Claim{SourceID: src.ID, Kind: rastro.ClaimCount, Start: start, End: start + len("3 people were killed"), Text: "3 people were killed",
		Summary: "count: 3 killed", Status: rastro.ClaimPending, Data: []byte(`{"figure":3,"category":"killed"}`)}
	if err := f.db.Claims().Create(ctx, c); err != nil {
		t.Fatal(err)
	}
	inv := f.client(auth.RoleInvestigator)
	page := readAll(t, f.do(inv, "GET", "/sources/"+itoa(int(src.ID)), "", ""))
	if strings.Contains(page, "<script>alert") || !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") ||
		!strings.Contains(page, `id="span-`+itoa(int(c.ID))+`"`) || !strings.Contains(page, ">3 people were killed</a>") {
		t.Errorf("source page:\n%s", page)
	}
	page = readAll(t, f.do(inv, "GET", "/places/new?q=Juliaca", "", ""))
	if !strings.Contains(page, `href="/places/new?ubigeo=211101"`) {
		t.Errorf("gazetteer readings missing:\n%s", page)
	}
	page = readAll(t, f.do(inv, "GET", "/places/new?ubigeo=211101", "", ""))
	if !strings.Contains(page, `name="ubigeo" value="211101"`) || !strings.Contains(page, `name="admin1" value="Puno"`) {
		t.Errorf("place from the reading:\n%s", page)
	}
	// Without JavaScript the form posts to the page: one document opens
	// its source, several list what came in.
	ctype, body := multipartBody(t, map[string][]byte{"a.txt": []byte("Two people were injured in Ilave on 9 January 2023.")}, map[string]string{"published": "2023-01-10"})
	resp := f.do(inv, "POST", "/sources", ctype, body)
	readAll(t, resp)
	if resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Location"), "/sources/") {
		t.Errorf("one document: %s %s", resp.Status, resp.Header.Get("Location"))
	}
	ctype, body = multipartBody(t, map[string][]byte{"b.txt": []byte("A march in Puno on 4 January 2023."), "c.txt": []byte("A march in Cusco on 5 January 2023.")}, nil)
	resp = f.do(inv, "POST", "/sources", ctype, body)
	if page := readAll(t, resp); resp.StatusCode != 200 || strings.Count(page, `<a href="/sources/`) < 2 {
		t.Errorf("two documents: %s\n%s", resp.Status, page)
	}
	var g gazetteerView
	apiJSON(t, f, inv, "GET", "/api/gazetteer?q=Puno", "", 200, &g)
	if len(g.Places) < 2 {
		t.Errorf("Puno has %d readings", len(g.Places))
	}
}

// TestWorkbenchPagesRender renders the workbench's pages in English and
// Spanish and looks for message keys left untranslated.
func TestWorkbenchPagesRender(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleAdmin)
	key := regexp.MustCompile(`>\s*(wb|field|type|claims|source)\.[a-z_.]+`)
	for _, lang := range []string{"en", "es"} {
		for _, p := range []string{"/sources/new", "/places/new?q=Juliaca", "/units/new", "/relations/new", "/postings/new?unit_id=1",
			"/deployments/new", "/discharges/new", "/involvements/new?act_id=1", "/units/1/edit", "/places/1", "/places/1/edit",
			"/places/1/dependents", "/incidents/1/dependents", "/acts/1/dependents", "/linkage", "/claims?status=all", "/account", "/users"} {
			req, _ := http.NewRequest("GET", f.ts.URL+p, nil)
			req.Header.Set("Accept-Language", map[string]string{"en": "en-GB,en;q=0.9", "es": "es-PE,es;q=0.9"}[lang])
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body := readAll(t, resp)
			if resp.StatusCode != 200 {
				t.Errorf("%s (%s): %s", p, lang, resp.Status)
				continue
			}
			if m := key.FindString(body); m != "" {
				t.Errorf("%s (%s): untranslated %q", p, lang, m)
			}
		}
	}
}
