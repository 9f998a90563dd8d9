package web

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

const formType = "application/x-www-form-urlencoded"

// personCount counts the persons named name.
func personCount(t *testing.T, f *fixture, name string) int {
	t.Helper()
	_, n, err := f.db.Persons().List(auth.WithActorValue(t.Context(), auth.LocalAdmin()), rastro.PersonFilter{Name: &name})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestActForm adds an act from the form with a victim created by name and
// a citation, edits it, and meets the conflict page with a stale edit.
func TestActForm(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleInvestigator)
			srcs, _, err := f.db.Sources().List(t.Context(), rastro.SourceFilter{Limit: 1})
			if err != nil || len(srcs) == 0 {
				t.Fatal("no source", err)
			}
			page := readAll(t, f.do(c, "GET", "/acts/new?incident=1", "", ""))
			if !strings.Contains(page, `name="victim_name"`) || !strings.Contains(page, `name="cite_source"`) || !strings.Contains(page, `value="1"`) {
				t.Errorf("new act form:\n%s", page)
			}
			form := url.Values{"incident_id": {"1"}, "victim_id": {""}, "victim_name": {"Nueva Víctima Test"}, "type": {"injured"},
				"wound_regions": {"", "chest", "upper_limb"}, "entry_side": {"back"}, "munition": {"live_ammunition"}, "weapon": {"AKM rifle"},
				"calibre": {"7.62 mm"}, "distance": {"medium"}, "activity": {"helping_injured"}, "victim_armed": {"no"}, "victim_threat": {"no"},
				"autopsy_ref": {"PM-2023-77"}, "confidence": {"medium"}, "status": {"accepted"},
				"cite_source": {strconv.FormatInt(srcs[0].ID, 10)}, "cite_page": {"3"}, "cite_paragraph": {"2"}, "cite_quote": {"shot in the back while helping"}}

			// A bad value: the form comes back filled in, and no person is made.
			bad := url.Values{}
			for k, v := range form {
				bad[k] = v
			}
			bad.Set("type", "exploded")
			resp := f.do(c, "POST", "/acts", formType, bad.Encode())
			if body := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(body, `id="form-error"`) || !strings.Contains(body, `value="AKM rifle"`) {
				t.Errorf("bad act: %s\n%s", resp.Status, body)
			}
			if n := personCount(t, f, "Nueva Víctima Test"); n != 0 {
				t.Errorf("a refused act made %d persons", n)
			}

			resp = f.do(c, "POST", "/acts", formType, form.Encode())
			readAll(t, resp)
			loc := resp.Header.Get("Location")
			if resp.StatusCode != 303 || !strings.HasPrefix(loc, "/incidents/1#act-") {
				t.Fatalf("add act: %s %q", resp.Status, loc)
			}
			id, _ := strconv.ParseInt(strings.TrimPrefix(loc, "/incidents/1#act-"), 10, 64)
			a, err := f.db.Acts().Find(t.Context(), id)
			if err != nil {
				t.Fatal(err)
			}
			victim, err := f.db.Persons().Find(t.Context(), a.VictimID)
			if err != nil || victim.Name != "Nueva Víctima Test" {
				t.Errorf("victim %+v %v", victim, err)
			}
			if a.Type != rastro.ActInjured || strings.Join(regionNames(a.WoundRegions), ",") != "chest,upper_limb" || a.EntrySide != rastro.EntryBack ||
				a.Munition != rastro.MunitionLive || a.Calibre != "7.62 mm" || a.Distance != rastro.DistanceMedium || a.Activity != rastro.ActivityHelping ||
				a.VictimArmed != rastro.No || a.AutopsyRef != "PM-2023-77" || a.Confidence != rastro.ConfidenceMedium || a.Status != rastro.StatusAccepted {
				t.Errorf("stored act %+v", a)
			}
			if len(a.Citations) != 1 || a.Citations[0].SourceID != srcs[0].ID || a.Citations[0].Page != 3 || a.Citations[0].Paragraph != 2 {
				t.Errorf("citations %+v", a.Citations)
			}
			inc := readAll(t, f.do(c, "GET", "/incidents/1", "", ""))
			if !strings.Contains(inc, "Nueva Víctima Test") || !strings.Contains(inc, "shot in the back while helping") || !strings.Contains(inc, `href="/acts/`+itoa(int(id))+`/edit"`) {
				t.Error("the incident page does not show the new act, its victim and citation")
			}

			// Edit: a second citation is added, the first kept; no region clears them.
			edit := url.Values{"version": {"1"}, "incident_id": {"1"}, "victim_id": {itoa(int(a.VictimID))}, "type": {"killed"}, "wound_regions": {""},
				"cite_source": {strconv.FormatInt(srcs[0].ID, 10)}, "cite_quote": {"died in hospital"}}
			resp = f.do(c, "POST", "/acts/"+itoa(int(id)), formType, edit.Encode())
			if body := readAll(t, resp); resp.StatusCode != 303 {
				t.Fatalf("edit: %s %s", resp.Status, body)
			}
			a, _ = f.db.Acts().Find(t.Context(), id)
			if a.Version != 2 || a.Type != rastro.ActKilled || len(a.WoundRegions) != 0 || len(a.Citations) != 2 || a.Calibre != "7.62 mm" {
				t.Errorf("edited act %+v", a)
			}
			// A stale form edit: the conflict page shows both, the stored
			// value chosen, to merge onto the current version.
			edit.Set("type", "detained")
			resp = f.do(c, "POST", "/acts/"+itoa(int(id)), formType, edit.Encode())
			body := readAll(t, resp)
			if resp.StatusCode != 409 || !strings.Contains(body, `id="conflict"`) || !strings.Contains(body, `name="type" value="killed" checked`) ||
				!strings.Contains(body, `name="type" value="detained" data-mine="type"`) ||
				!strings.Contains(body, `name="version" value="2"`) || !strings.Contains(body, `action="/acts/`+itoa(int(id))+`/merge"`) {
				t.Errorf("stale act form: %s\n%s", resp.Status, body)
			}
			if a, _ := f.db.Acts().Find(t.Context(), id); a.Type != rastro.ActKilled || a.Version != 2 {
				t.Errorf("the stale edit changed the act: %+v", a)
			}
			// Taking the user's value for the one field merges it; the rest stays as stored.
			resp = f.do(c, "POST", "/acts/"+itoa(int(id))+"/merge", formType, url.Values{"version": {"2"}, "type": {"detained"}}.Encode())
			if body := readAll(t, resp); resp.StatusCode != 303 {
				t.Fatalf("merge: %s %s", resp.Status, body)
			}
			if a, _ := f.db.Acts().Find(t.Context(), id); a.Type != rastro.ActDetained || a.Version != 3 || a.Calibre != "7.62 mm" || len(a.Citations) != 2 {
				t.Errorf("merged act %+v", a)
			}
			// A merge on a version passed since shows the conflict again.
			resp = f.do(c, "POST", "/acts/"+itoa(int(id))+"/merge", formType, url.Values{"version": {"2"}, "type": {"killed"}}.Encode())
			if body := readAll(t, resp); resp.StatusCode != 409 || !strings.Contains(body, `name="version" value="3"`) {
				t.Errorf("stale merge: %s", resp.Status)
			}
		})
	}
}

// TestActAPI creates, reads and updates an act through the JSON API, with
// a stale update refused with the stored record.
func TestActAPI(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleInvestigator)
			resp := f.do(c, "POST", "/api/acts", "application/json", `{"incident_id":1,"type":"injured","munition":"pellets","wound_regions":["lower_limb"],"version":7}`)
			var a rastro.Act
			if body := readAll(t, resp); resp.StatusCode != 200 || json.Unmarshal([]byte(body), &a) != nil || a.ID == 0 || a.Version != 1 {
				t.Fatalf("create: %s %s", resp.Status, body)
			}
			path := "/api/acts/" + itoa(int(a.ID))
			resp = f.do(f.client(auth.RoleViewer), "GET", path, "", "")
			if body := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(body, `"pellets"`) {
				t.Errorf("get: %s %s", resp.Status, body)
			}
			resp = f.do(c, "PUT", path, "application/json", `{"version":1,"calibre":"12 gauge"}`)
			if body := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(body, `"version": 2`) || !strings.Contains(body, `"pellets"`) {
				t.Errorf("update: %s %s", resp.Status, body)
			}
			resp = f.do(c, "PUT", path, "application/json", `{"version":1,"calibre":"stale"}`)
			var e apiError
			json.Unmarshal([]byte(readAll(t, resp)), &e)
			if cur, _ := e.Current.(map[string]any); resp.StatusCode != 409 || e.Code != rastro.ECONFLICT || cur["calibre"] != "12 gauge" {
				t.Errorf("stale: %s %+v", resp.Status, e)
			}
			for body, want := range map[string]int{`{"calibre":"no version"}`: 400, `{"version":2,"type":"exploded"}`: 400, `{"version":2,"bogus":1}`: 400} {
				if resp := f.do(c, "PUT", path, "application/json", body); resp.StatusCode != want {
					t.Errorf("PUT %s: %s, want %d", body, resp.Status, want)
				}
			}
			if resp := f.do(f.client(auth.RoleAnalyst), "PUT", path, "application/json", `{"version":2,"calibre":"x"}`); resp.StatusCode != 403 {
				t.Errorf("analyst edit: %s", resp.Status)
			}
			if a, _ := f.db.Acts().Find(t.Context(), a.ID); a.Calibre != "12 gauge" || a.Version != 2 {
				t.Errorf("stored %+v", a)
			}
		})
	}
}

// TestPersonForms creates and edits persons, and checks that an edit made
// from a redacted copy keeps the sealed identity of a protected person.
func TestPersonForms(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleInvestigator)
			admin := auth.WithActorValue(t.Context(), auth.LocalAdmin())
			form := url.Values{"name": {"Rosa Test Quispe"}, "aliases": {"Rosi, R. Q."}, "sex": {"female"}, "age": {"17"}, "minor": {"yes"},
				"ethnicity": {"Aymara"}, "indigenous": {"Aymara"}, "occupation": {"student"}, "home_place_id": {"1"}, "protected": {"no"}, "contact": {""}}
			resp := f.do(c, "POST", "/persons", formType, form.Encode())
			readAll(t, resp)
			loc := resp.Header.Get("Location")
			if resp.StatusCode != 303 || !strings.HasPrefix(loc, "/persons/") {
				t.Fatalf("create: %s %q", resp.Status, loc)
			}
			id, _ := strconv.ParseInt(strings.TrimPrefix(loc, "/persons/"), 10, 64)
			p, err := f.db.Persons().Find(admin, id)
			if err != nil || p.Name != "Rosa Test Quispe" || strings.Join(p.Aliases, "|") != "Rosi|R. Q." || p.Age == nil || *p.Age != 17 ||
				p.Minor != rastro.Yes || p.Indigenous != "Aymara" || p.HomePlaceID != 1 {
				t.Fatalf("created %+v %v", p, err)
			}
			form.Set("age", "17x")
			if resp := f.do(c, "POST", "/persons", formType, form.Encode()); resp.StatusCode != 400 || !strings.Contains(readAll(t, resp), `value="Rosa Test Quispe"`) {
				t.Errorf("bad age: %s", resp.Status)
			}
			if n := personCount(t, f, "Rosa Test Quispe"); n != 1 {
				t.Errorf("%d persons after a refused form", n)
			}

			// Protecting her by the form seals the identity; the viewer sees the placeholder.
			edit := url.Values{"version": {"1"}, "protected": {"yes"}, "contact": {"+51 951 000 222"}}
			if resp := f.do(c, "POST", loc, formType, edit.Encode()); resp.StatusCode != 303 {
				t.Fatalf("protect: %s %s", resp.Status, readAll(t, resp))
			}
			if body := readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/api/persons/"+itoa(int(id)), "", "")); strings.Contains(body, "Rosa Test") || strings.Contains(body, "951 000") {
				t.Error("the viewer sees the protected identity")
			}
			if resp := f.do(f.client(auth.RoleViewer), "GET", loc+"/edit", "", ""); resp.StatusCode != 403 {
				t.Errorf("viewer's edit form: %s", resp.Status)
			}

			// The form a reader of the redacted copy gets neither shows nor sends the identity ...
			redacted, _ := f.db.Persons().Find(t.Context(), id) // no actor: redacted
			if redacted.Name != sqldb.Redacted {
				t.Fatalf("store did not redact: %q", redacted.Name)
			}
			var html strings.Builder
			v := view{Data: editView{Person: redacted}, Lang: "en", Req: httptest.NewRequest("GET", loc+"/edit", nil)}
			if err := f.srv.pages.byName["person_edit"].Execute(&html, v); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(html.String(), `id="sealed"`) || strings.Contains(html.String(), `name="contact"`) || !strings.Contains(html.String(), `name="name" value="[protected]"`) {
				t.Errorf("sealed form:\n%s", html.String())
			}
			// ... and what it sends keeps the sealed values.
			resp = f.do(c, "POST", loc, formType, url.Values{"version": {"2"}, "name": {sqldb.Redacted}, "occupation": {"teacher"}, "protected": {"yes"}}.Encode())
			if body := readAll(t, resp); resp.StatusCode != 303 {
				t.Fatalf("edit from the redacted copy: %s %s", resp.Status, body)
			}
			// The same through the API: the placeholder keeps the seal.
			resp = f.do(c, "PUT", "/api/persons/"+itoa(int(id)), "application/json", `{"version":3,"name":"[protected]","contact":"","ethnicity":"Aymara (self-identified)"}`)
			if body := readAll(t, resp); resp.StatusCode != 200 {
				t.Fatalf("API edit from the redacted copy: %s %s", resp.Status, body)
			}
			p, _ = f.db.Persons().Find(admin, id)
			if p.Name != "Rosa Test Quispe" || p.Contact != "+51 951 000 222" || strings.Join(p.Aliases, "|") != "Rosi|R. Q." || p.Occupation != "teacher" ||
				p.Ethnicity != "Aymara (self-identified)" || !p.Protected || p.Version != 4 {
				t.Errorf("after edits from redacted copies: %+v", p)
			}
			// A stale edit shows the conflict page.
			resp = f.do(c, "POST", loc, formType, url.Values{"version": {"3"}, "occupation": {"driver"}}.Encode())
			if body := readAll(t, resp); resp.StatusCode != 409 || !strings.Contains(body, `name="occupation" value="teacher" checked`) || !strings.Contains(body, `id="merge-form"`) {
				t.Errorf("stale person edit: %s\n%s", resp.Status, body)
			}
		})
	}
}

func regionNames(rs []rastro.BodyRegion) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}
