package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// The web and API merge two person records by hand, list the merges and
// undo one, as rastro link merge, merges and undo do, on both backends.
func TestLinkageMerges(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) { testLinkageMerges(t, d) })
	}
}

func testLinkageMerges(t *testing.T, dialect string) {
	f := newFixture(t, dialect)
	inv := f.client(auth.RoleInvestigator)
	var m rastro.PersonMerge
	apiJSON(t, f, inv, "POST", "/api/linkage/merges", `{"person_a":2,"person_b":1,"note":"same DNI"}`, 200, &m)
	if m.ID == 0 || m.PersonA != 1 || m.PersonB != 2 || m.By != "investigator" || m.Reason != "same DNI" {
		t.Fatalf("merge %+v", m)
	}
	apiJSON(t, f, inv, "POST", "/api/linkage/merges", `{"person_a":1,"person_b":2}`, 409, nil)
	apiJSON(t, f, inv, "POST", "/api/linkage/merges", `{"person_a":1,"person_b":99999}`, 404, nil)
	apiJSON(t, f, f.client(auth.RoleAnalyst), "POST", "/api/linkage/merges", `{"person_a":3,"person_b":4}`, 403, nil)
	// The page's form: a second merge, then the list with both.
	resp := f.do(inv, "POST", "/linkage/merges", "application/x-www-form-urlencoded", url.Values{"person_a": {"3"}, "person_b": {"4"}, "note": {"misma persona"}}.Encode())
	if readAll(t, resp); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/linkage/merges" {
		t.Fatalf("form merge: %s %s", resp.Status, resp.Header.Get("Location"))
	}
	resp = f.do(inv, "POST", "/linkage/merges", "application/x-www-form-urlencoded", "person_a=x&person_b=4")
	if body := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(body, "person_a") {
		t.Errorf("bad form: %s", resp.Status)
	}
	apiJSON(t, f, inv, "POST", "/api/linkage/merges/"+itoa(int(m.ID))+"/undo", "", 200, nil)
	apiJSON(t, f, inv, "POST", "/api/linkage/merges/"+itoa(int(m.ID))+"/undo", "", 409, nil)
	apiJSON(t, f, inv, "POST", "/api/linkage/merges/99999/undo", "", 404, nil)
	var v mergesView
	apiJSON(t, f, f.client(auth.RoleAnalyst), "GET", "/api/linkage/merges", "", 200, &v)
	if len(v.Merges) != 2 || v.Merges[0].Active() || v.Merges[0].UndoneBy != "investigator" || !v.Merges[1].Active() {
		t.Fatalf("merges %+v", v.Merges)
	}
	var p mergesView
	apiJSON(t, f, inv, "GET", "/api/linkage/merges?offset=1&limit=1", "", 200, &p)
	if len(p.Merges) != 1 || p.Total != 2 || p.Merges[0].ID != v.Merges[1].ID {
		t.Errorf("second page: %+v", p)
	}
	var lv linkageView
	apiJSON(t, f, f.client(auth.RoleAnalyst), "GET", "/api/linkage", "", 200, &lv)
	if lv.Merges != 1 {
		t.Errorf("active merges %d, want 1", lv.Merges)
	}
	body, status := pageIn(t, f, inv, "es", "/linkage/merges")
	for _, w := range []string{"Fusiones de registros de persona", "Deshacer", "misma persona", `action="/linkage/merges/` + itoa(int(v.Merges[1].ID)) + `/undo"`} {
		if status != 200 || !strings.Contains(body, w) {
			t.Errorf("page (%d) lacks %q", status, w)
		}
	}
}
