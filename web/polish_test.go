package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestIncidentListCounts checks that the list shows, beside the reported
// figure, the deaths and injuries the acts add up to.
func TestIncidentListCounts(t *testing.T) {
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := auth.WithActorValue(t.Context(), auth.LocalAdmin())
		want := map[int64][2]int{}
		acts, _, err := f.db.Acts().List(ctx, rastro.ActFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range acts {
			c := want[a.IncidentID]
			switch a.Type {
			case rastro.ActKilled:
				c[0]++
			case rastro.ActInjured:
				c[1]++
			}
			want[a.IncidentID] = c
		}
		var v struct {
			Incidents []struct {
				ID       int64 `json:"id"`
				Recorded struct{ Killed, Injured int }
			}
		}
		body := readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/api/incidents?limit=500", "", ""))
		if err := json.Unmarshal([]byte(body), &v); err != nil {
			t.Fatal(err)
		}
		withDeaths := 0
		for _, inc := range v.Incidents {
			if got := [2]int{inc.Recorded.Killed, inc.Recorded.Injured}; got != want[inc.ID] {
				t.Errorf("incident %d: recorded %v, the acts say %v", inc.ID, got, want[inc.ID])
			}
			if inc.Recorded.Killed > 0 {
				withDeaths++
			}
		}
		if len(v.Incidents) == 0 || withDeaths == 0 {
			t.Errorf("%d incidents, %d with deaths", len(v.Incidents), withDeaths)
		}
	})
}

// TestOneAuditEntryPerRequest reads a list showing three protected people:
// the request leaves one audit entry naming the three, not three entries.
func TestOneAuditEntryPerRequest(t *testing.T) {
	eachFixture(t, func(t *testing.T, f *fixture) {
		admin := auth.WithActorValue(t.Context(), auth.LocalAdmin())
		var ids []int64
		for _, name := range []string{"Protegida Uno", "Protegida Dos", "Protegida Tres"} {
			p := &rastro.Person{Name: name, Protected: true}
			if err := f.db.Persons().Create(admin, p); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, p.ID)
		}
		action := rastro.AuditReadProtected
		count := func() int {
			_, n, err := f.db.ListAudit(admin, rastro.AuditFilter{Action: &action})
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		before := count()
		body := readAll(t, f.do(f.client(auth.RoleInvestigator), "GET", "/api/persons?limit=500", "", ""))
		if !strings.Contains(body, "Protegida Tres") {
			t.Fatalf("the list does not show the protected people: %s", body)
		}
		if n := count() - before; n != 1 {
			t.Fatalf("%d audit entries for one request", n)
		}
		es, _, _ := f.db.ListAudit(admin, rastro.AuditFilter{Action: &action, Limit: 1})
		want := fmt.Sprintf("%d, %d, %d", ids[0], ids[1], ids[2])
		if e := es[0]; e.Actor != "investigator" || !strings.Contains(e.Detail, want) || !strings.Contains(e.Detail, "GET /api/persons") || e.RemoteAddr == "" {
			t.Errorf("entry %+v, want detail with %q", e, want)
		}
		// A request that reads nothing protected leaves no entry.
		readAll(t, f.do(f.client(auth.RoleInvestigator), "GET", "/api/incidents", "", ""))
		if n := count() - before; n != 1 {
			t.Errorf("%d entries after a request that read nothing protected", n)
		}
	})
}

// TestAuditFilters narrows the log by user, action, record and dates, and
// pages through it.
func TestAuditFilters(t *testing.T) {
	eachFixture(t, func(t *testing.T, f *fixture) {
		inv := f.client(auth.RoleInvestigator)
		for _, title := range []string{"Primer cambio", "Segundo cambio"} {
			inc := fetchIncident(t, f, 2)
			body := fmt.Sprintf(`{"version":%d,"title":%q}`, inc.Version, title)
			if resp := f.do(inv, "PUT", "/api/incidents/2", "application/json", body); resp.StatusCode != 200 {
				t.Fatalf("edit: %s", readAll(t, resp))
			}
		}
		admin := f.client(auth.RoleAdmin)
		var v struct {
			Entries []rastro.AuditEntry `json:"entries"`
			Total   int                 `json:"total"`
		}
		get := func(q string) {
			t.Helper()
			resp := f.do(admin, "GET", "/api/audit?"+q, "", "")
			body := readAll(t, resp)
			if resp.StatusCode != 200 {
				t.Fatalf("%s: %s %s", q, resp.Status, body)
			}
			v.Entries, v.Total = nil, 0
			if err := json.Unmarshal([]byte(body), &v); err != nil {
				t.Fatal(err)
			}
		}
		today := time.Now().UTC().Format(time.DateOnly)
		get("actor=investigator&action=update&record_type=incident&record_id=2&from=" + today + "&to=" + today)
		if v.Total != 2 || len(v.Entries) != 2 {
			t.Fatalf("filtered: %d entries of %d", len(v.Entries), v.Total)
		}
		for _, e := range v.Entries {
			if e.Actor != "investigator" || e.Action != "update" || e.RecordType != "incident" || e.RecordID != 2 {
				t.Errorf("entry %+v", e)
			}
		}
		get("actor=investigator&action=update&limit=1&offset=1")
		if v.Total != 2 || len(v.Entries) != 1 {
			t.Errorf("second page: %d entries of %d", len(v.Entries), v.Total)
		}
		get("action=update&to=2000-01-01")
		if v.Total != 0 {
			t.Errorf("entries before 2000: %d", v.Total)
		}
		for _, bad := range []string{"from=yesterday", "record_id=x", "to=2023-13-01"} {
			if resp := f.do(admin, "GET", "/api/audit?"+bad, "", ""); resp.StatusCode != 400 {
				t.Errorf("%s: %s", bad, resp.Status)
			}
		}
		// The page keeps the filter in its form and names the action.
		page := readAll(t, f.do(admin, "GET", "/audit?actor=investigator&action=update", "", ""))
		if !strings.Contains(page, `value="investigator"`) || !strings.Contains(page, "changed") {
			t.Errorf("audit page does not keep the filter")
		}
	})
}

// fetchIncident reads an incident over the API, as the admin.
func fetchIncident(t *testing.T, f *fixture, id int) rastro.Incident {
	t.Helper()
	var v incidentView
	body := readAll(t, f.do(f.client(auth.RoleAdmin), "GET", fmt.Sprintf("/api/incidents/%d", id), "", ""))
	if err := json.Unmarshal([]byte(body), &v); err != nil || v.Incident == nil {
		t.Fatalf("incident %d: %v %s", id, err, body)
	}
	return *v.Incident
}

// TestTagsCommentsSearches tags and comments an incident over the API,
// filters the lists by the tag and finds the incident again through a saved
// search.
func TestTagsCommentsSearches(t *testing.T) {
	eachFixture(t, func(t *testing.T, f *fixture) {
		inv := f.client(auth.RoleInvestigator)
		inc := fetchIncident(t, f, 3)
		body := fmt.Sprintf(`{"version":%d,"tags":["Revisar autopsia","juliaca"]}`, inc.Version)
		if resp := f.do(inv, "PUT", "/api/incidents/3", "application/json", body); resp.StatusCode != 200 {
			t.Fatalf("tag: %s", readAll(t, resp))
		}
		if got := fetchIncident(t, f, 3).Tags; strings.Join(got, "|") != "juliaca|revisar autopsia" {
			t.Errorf("tags %q", got)
		}
		var list struct {
			Incidents []struct{ ID int64 } `json:"incidents"`
			Total     int                  `json:"total"`
		}
		json.Unmarshal([]byte(readAll(t, f.do(inv, "GET", "/api/incidents?tag=revisar+autopsia", "", ""))), &list)
		if list.Total != 1 || list.Incidents[0].ID != 3 {
			t.Errorf("filtered by tag: %+v", list)
		}
		// An act tagged from the form, found by the acts API.
		acts, _, _ := f.db.Acts().List(t.Context(), rastro.ActFilter{Limit: 1})
		a := acts[0]
		body = fmt.Sprintf(`{"version":%d,"tags":["testigo clave"]}`, a.Version)
		if resp := f.do(inv, "PUT", fmt.Sprintf("/api/acts/%d", a.ID), "application/json", body); resp.StatusCode != 200 {
			t.Fatalf("tag act: %s", readAll(t, resp))
		}
		if b := readAll(t, f.do(inv, "GET", "/api/acts?tag=testigo+clave", "", "")); !strings.Contains(b, `"total": 1`) {
			t.Errorf("acts by tag: %s", b)
		}
		if resp := f.do(inv, "GET", `/api/incidents?tag=a"b`, "", ""); resp.StatusCode != 400 {
			t.Errorf("a bad tag: %s", resp.Status)
		}

		// Comments on the incident and on the act.
		for _, path := range []string{"/api/incidents/3/comments", fmt.Sprintf("/api/acts/%d/comments", a.ID)} {
			if resp := f.do(inv, "POST", path, "application/json", `{"body":"¿Hay parte policial?"}`); resp.StatusCode != 200 {
				t.Fatalf("%s: %s", path, readAll(t, resp))
			}
			if b := readAll(t, f.do(f.client(auth.RoleViewer), "GET", path, "", "")); !strings.Contains(b, "¿Hay parte policial?") || !strings.Contains(b, `"author": "investigator"`) {
				t.Errorf("%s: %s", path, b)
			}
		}
		if resp := f.do(inv, "POST", "/api/incidents/3/comments", "application/json", `{"body":"  "}`); resp.StatusCode != 400 {
			t.Errorf("empty comment: %s", resp.Status)
		}
		if resp := f.do(f.client(auth.RoleGuest), "POST", "/api/incidents/3/comments", "application/json", `{"body":"x"}`); resp.StatusCode != 403 {
			t.Errorf("guest comment: %s", resp.Status)
		}
		if page := readAll(t, f.do(inv, "GET", "/incidents/3", "", "")); !strings.Contains(page, "¿Hay parte policial?") || !strings.Contains(page, "revisar autopsia") {
			t.Error("the incident page lacks the comment or the tags")
		}
		// The incident page's form comments on the act chosen in it.
		resp0 := f.do(inv, "POST", "/acts/comments", formType, url.Values{"act": {fmt.Sprint(a.ID)}, "body": {"Testigo ubicado."}}.Encode())
		readAll(t, resp0)
		if loc := resp0.Header.Get("Location"); resp0.StatusCode != 303 || !strings.HasSuffix(loc, fmt.Sprintf("#act-%d", a.ID)) {
			t.Errorf("act comment form: %s to %q", resp0.Status, loc)
		}
		page := readAll(t, f.do(inv, "GET", fmt.Sprintf("/incidents/%d", a.IncidentID), "", ""))
		if !strings.Contains(page, "Testigo ubicado.") || !strings.Contains(page, `id="act-comments"`) {
			t.Error("the incident page lacks the comments on its acts")
		}

		// A saved search finds the incident again.
		resp := f.do(inv, "POST", "/api/searches", "application/json", `{"name":"Autopsias pendientes","list":"incidents","query":"tag=revisar+autopsia"}`)
		var ss sqldb.SavedSearch
		if b := readAll(t, resp); resp.StatusCode != 200 || json.Unmarshal([]byte(b), &ss) != nil || ss.ID == 0 {
			t.Fatalf("save search: %s %s", resp.Status, b)
		}
		if resp := f.do(inv, "POST", "/api/searches", "application/json", `{"name":"Autopsias pendientes","list":"incidents","query":""}`); resp.StatusCode != 409 {
			t.Errorf("same name twice: %s", resp.Status)
		}
		resp = f.do(inv, "GET", fmt.Sprintf("/searches/%d", ss.ID), "", "")
		readAll(t, resp)
		if loc := resp.Header.Get("Location"); resp.StatusCode != 303 || loc != "/incidents?tag=revisar+autopsia" {
			t.Fatalf("running the search: %s to %q", resp.Status, loc)
		}
		if page := readAll(t, f.do(inv, "GET", "/incidents?tag=revisar+autopsia", "", "")); !strings.Contains(page, `href="/incidents/3"`) || strings.Contains(page, `href="/incidents/1"`) {
			t.Error("the saved search does not lead to the incident alone")
		}
		if b := readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/api/searches", "", "")); !strings.Contains(b, "Autopsias pendientes") {
			t.Errorf("searches: %s", b)
		}
	})
}

// TestVictimImport imports a victim list through the mapping form and the
// API; a bad row comes back on the form naming its line and column and
// stores nothing.
func TestVictimImport(t *testing.T) {
	eachFixture(t, func(t *testing.T, f *fixture) {
		inv := f.client(auth.RoleInvestigator)
		list := "Nombre;Edad;Sexo;Lugar;Situación\nAna Lucía Mamani;23;mujer;Juliaca;herida\nPedro Ccama;;M;211101;muerto\n"
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		fw, _ := mw.CreateFormFile("file", "lista-defensoria.csv")
		fw.Write([]byte(list))
		mw.Close()
		page := readAll(t, f.do(inv, "POST", "/victims/import", mw.FormDataContentType(), buf.String()))
		for _, want := range []string{`name="map.name"`, `<option value="Nombre" selected>`, `<option value="Situación" selected>`, `<option value="Lugar" selected>`, "Ana Lucía Mamani", `id="victims-list"`} {
			if !strings.Contains(page, want) {
				t.Fatalf("mapping form lacks %q", want)
			}
		}
		before := personCount(t, f, "Mamani")
		form := url.Values{"csv": {list}, "name": {"lista-defensoria.csv"}, "confirm": {"1"}, "map.name": {"Nombre"}, "map.age": {"Edad"},
			"map.sex": {"Sexo"}, "map.place": {"Lugar"}, "map.harm": {"Situación"}, "list": {"Defensoría"}, "date": {"2023-01-09"},
			"title": {"Lista de la Defensoría"}, "tags": {"defensoria"}}
		bad := url.Values{}
		for k, v := range form {
			bad[k] = v
		}
		bad.Set("csv", list+"Rosa;cien;F;Juliaca;muerta\n")
		resp := f.do(inv, "POST", "/victims/import", formType, bad.Encode())
		if body := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(body, `line 4, column 6 &#34;Edad&#34; (age)`) || !strings.Contains(body, `id="victims-map"`) {
			t.Errorf("bad row: %s %s", resp.Status, body)
		}
		if personCount(t, f, "Mamani") != before {
			t.Fatal("a failed import stored persons")
		}
		resp = f.do(inv, "POST", "/victims/import", formType, form.Encode())
		readAll(t, resp)
		loc := resp.Header.Get("Location")
		if resp.StatusCode != 303 || !strings.HasPrefix(loc, "/sources/") || !strings.HasSuffix(loc, "?imported=2") {
			t.Fatalf("import: %s to %q", resp.Status, loc)
		}
		if personCount(t, f, "Ana Lucía Mamani") != 1 {
			t.Error("the person is not stored")
		}
		// Both rows happened in Juliaca on the list's date: one new incident.
		b := readAll(t, f.do(inv, "GET", "/api/acts?tag=defensoria", "", ""))
		if !strings.Contains(b, `"total": 2`) || !strings.Contains(b, `"type": "killed"`) || !strings.Contains(b, `"date": "2023-01-09"`) {
			t.Errorf("the acts: %s", b)
		}
		if b := readAll(t, f.do(inv, "GET", "/api/incidents?tag=defensoria", "", "")); !strings.Contains(b, `"total": 1`) || !strings.Contains(b, "Defensoría: victims on 2023-01-09 in Juliaca") {
			t.Errorf("the incident: %s", b)
		}
		// The API: the same with a JSON body; the list already imported is refused.
		req := fmt.Sprintf(`{"name":"x.csv","csv":%q,"mapping":{"name":"Nombre"},"list":"otra","date":"2023-01"}`, list)
		if resp := f.do(inv, "POST", "/api/victims/import", "application/json", req); resp.StatusCode != 409 {
			t.Errorf("the same list twice: %s", resp.Status)
		}
		req = fmt.Sprintf(`{"name":"y.csv","csv":%q,"mapping":{"name":"Nombre","harm":"Situación","place":"Lugar"},"list":"prensa","date":"2023-01-10"}`, list+"Nueva Persona;;;Juliaca;detenido\n")
		resp = f.do(inv, "POST", "/api/victims/import", "application/json", req)
		if b := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(b, `"persons": [`) || !strings.Contains(b, `"publisher": "prensa"`) {
			t.Errorf("API import: %s %s", resp.Status, b)
		}
		req = fmt.Sprintf(`{"name":"z.csv","csv":%q,"mapping":{"name":"Nombre"},"list":"z"}`, "Nombre\nSin Fecha\n")
		if b := readAll(t, f.do(inv, "POST", "/api/victims/import", "application/json", req)); !strings.Contains(b, "z.csv: line 2") {
			t.Errorf("a row without a date: %s", b)
		}
		if resp := f.do(f.client(auth.RoleViewer), "POST", "/api/victims/import", "application/json", req); resp.StatusCode != 403 {
			t.Errorf("viewer import: %s", resp.Status)
		}
	})
}

// eachFixture runs fn on a fixture over each database.
func eachFixture(t *testing.T, fn func(t *testing.T, f *fixture)) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) { fn(t, newFixture(t, d)) })
	}
}
