package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// Claims are created, shown, updated and deleted on the web and the API,
// as rastro claim create, show, update and delete do, on both backends.
func TestClaimEdit(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) { testClaimEdit(t, d) })
	}
}

func testClaimEdit(t *testing.T, dialect string) {
	f := newFixture(t, dialect)
	inv := f.client(auth.RoleInvestigator)
	src := &rastro.Source{Kind: rastro.SourceNews, Title: "Nota de prensa", Text: "Tres heridos en Juliaca."}
	ctx := auth.WithActorValue(t.Context(), auth.LocalAdmin())
	if err := f.db.Sources().Create(ctx, src); err != nil {
		t.Fatal(err)
	}
	var c rastro.Claim
	body := fmt.Sprintf(`{"source_id":%d,"kind":"count","start":0,"end":12,"text":"Tres heridos","summary":"3 injured","data":{"injured":3},"status":"pending"}`, src.ID)
	apiJSON(t, f, inv, "POST", "/api/claims", body, 200, &c)
	var data bytes.Buffer
	json.Compact(&data, c.Data) // the answer is indented
	if c.ID == 0 || c.Version != 1 || c.Text != "Tres heridos" || data.String() != `{"injured":3}` {
		t.Fatalf("created %+v", c)
	}
	apiJSON(t, f, f.client(auth.RoleViewer), "POST", "/api/claims", body, 403, nil)
	apiJSON(t, f, inv, "POST", "/api/claims", `{"source_id":`+fmt.Sprint(src.ID)+`,"kind":"rumour","status":"pending"}`, 400, nil)

	// Update on the version read; a stale one is refused with the stored record.
	c.Summary = "three injured"
	apiJSON(t, f, inv, "PUT", fmt.Sprintf("/api/claims/%d", c.ID), jsonOf(t, c), 200, &c)
	if c.Version != 2 || c.Summary != "three injured" {
		t.Fatalf("updated %+v", c)
	}
	stale := c
	stale.Version, stale.Summary = 1, "stale"
	apiJSON(t, f, inv, "PUT", fmt.Sprintf("/api/claims/%d", c.ID), jsonOf(t, stale), 409, nil)

	// The page's form: a new claim from the source page's link, and the
	// claim's page in Spanish.
	form := url.Values{"source_id": {fmt.Sprint(src.ID)}, "kind": {"place"}, "start": {"16"}, "end": {"23"}, "text": {"Juliaca"},
		"summary": {"Juliaca"}, "data": {`{"name":"Juliaca"}`}, "status": {"pending"}}
	resp := f.do(inv, "POST", "/claims", "application/x-www-form-urlencoded", form.Encode())
	readAll(t, resp)
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/claims/") {
		t.Fatalf("form create: %s %s", resp.Status, resp.Header.Get("Location"))
	}
	form.Set("data", "{not json")
	resp = f.do(inv, "POST", "/claims", "application/x-www-form-urlencoded", form.Encode())
	if b := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(b, "data") {
		t.Errorf("bad JSON in the form: %s", resp.Status)
	}
	page, status := pageIn(t, f, inv, "es", fmt.Sprintf("/claims/%d", c.ID))
	for _, w := range []string{"Afirmación", "Palabras del tramo", "Tres heridos", "pendiente"} {
		if status != 200 || !strings.Contains(page, w) {
			t.Errorf("claim page (%d) lacks %q", status, w)
		}
	}
	page, _ = pageIn(t, f, inv, "en", fmt.Sprintf("/sources/%d", src.ID))
	if !strings.Contains(page, fmt.Sprintf(`href="/claims/new?source_id=%d"`, src.ID)) {
		t.Error("the source page does not offer to add a claim")
	}

	// Delete at the version seen.
	apiJSON(t, f, inv, "DELETE", fmt.Sprintf("/api/claims/%d?version=1", c.ID), "", 409, nil)
	apiJSON(t, f, inv, "DELETE", fmt.Sprintf("/api/claims/%d?version=%d", c.ID, c.Version), "", 200, nil)
	apiJSON(t, f, inv, "GET", fmt.Sprintf("/api/claims/%d", c.ID), "", 404, nil)
}

// jsonOf is v as a JSON body.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
