package web

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// The lists of places, relations, postings, deployments, discharges and
// involvements, and the act and source filters, answer what rastro <type>
// list answers for the same filter, on both backends.
func TestRecordLists(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) { testRecordLists(t, d) })
	}
}

// listAnswer is the JSON of a list.
type listAnswer[T any] struct {
	Type    string `json:"type"`
	Records []*T   `json:"records"`
	Total   int    `json:"total"`
	Offset  int    `json:"offset"`
	Limit   int    `json:"limit"`
}

func testRecordLists(t *testing.T, dialect string) {
	f := newFixture(t, dialect)
	c := f.client(auth.RoleViewer)
	ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())

	// Every type: the whole list's total, and a page of one.
	for name, total := range map[string]func() (int, error){
		"places": func() (int, error) { _, n, err := f.db.Places().List(ctx, rastro.PlaceFilter{}); return n, err },
		"relations": func() (int, error) {
			_, n, err := f.db.UnitRelations().List(ctx, rastro.UnitRelationFilter{})
			return n, err
		},
		"postings": func() (int, error) { _, n, err := f.db.Postings().List(ctx, rastro.PostingFilter{}); return n, err },
		"deployments": func() (int, error) {
			_, n, err := f.db.Deployments().List(ctx, rastro.DeploymentFilter{})
			return n, err
		},
		"discharges": func() (int, error) { _, n, err := f.db.Discharges().List(ctx, rastro.DischargeFilter{}); return n, err },
		"involvements": func() (int, error) {
			_, n, err := f.db.Involvements().List(ctx, rastro.InvolvementFilter{})
			return n, err
		},
	} {
		want, err := total()
		if err != nil {
			t.Fatal(err)
		}
		if want < 2 {
			t.Fatalf("%s: the demo holds %d; the test wants two at least", name, want)
		}
		var v listAnswer[map[string]any]
		apiJSON(t, f, c, "GET", "/api/"+name+"?offset=1&limit=1", "", 200, &v)
		if v.Type != name || v.Total != want || len(v.Records) != 1 || v.Offset != 1 || v.Limit != 1 {
			t.Errorf("%s: type %q, %d records of %d (want 1 of %d) at %d", name, v.Type, len(v.Records), v.Total, want, v.Offset)
		}
	}

	// A filter by reference, as --unit-id.
	all, _, err := f.db.Postings().List(ctx, rastro.PostingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	unit := all[len(all)-1].UnitID
	_, want, err := f.db.Postings().List(ctx, rastro.PostingFilter{UnitID: &unit, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	var posts listAnswer[rastro.Posting]
	apiJSON(t, f, c, "GET", fmt.Sprintf("/api/postings?unit_id=%d", unit), "", 200, &posts)
	if posts.Total != want || len(posts.Records) != want {
		t.Errorf("postings of unit %d: %d of %d, want %d", unit, len(posts.Records), posts.Total, want)
	}
	for _, p := range posts.Records {
		if p.UnitID != unit {
			t.Errorf("posting %d is in unit %d, not %d", p.ID, p.UnitID, unit)
		}
	}

	// Acts by victim and munition, as --victim-id and --munition.
	acts, _, err := f.db.Acts().List(ctx, rastro.ActFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var a *rastro.Act
	for _, x := range acts {
		if x.Munition != "" {
			a = x
		}
	}
	if a == nil {
		t.Fatal("no act of the demo names its munition")
	}
	var av actsView
	apiJSON(t, f, c, "GET", fmt.Sprintf("/api/acts?victim_id=%d&munition=%s&incident=%d", a.VictimID, a.Munition, a.IncidentID), "", 200, &av)
	if len(av.Acts) == 0 || av.Total != len(av.Acts) {
		t.Fatalf("acts of victim %d by %s: %d of %d", a.VictimID, a.Munition, len(av.Acts), av.Total)
	}
	for _, x := range av.Acts {
		if x.VictimID != a.VictimID || x.Munition != a.Munition || x.IncidentID != a.IncidentID {
			t.Errorf("act %d: victim %d, munition %s, incident %d", x.ID, x.VictimID, x.Munition, x.IncidentID)
		}
	}
	other := rastro.MunitionLive
	if a.Munition == other {
		other = rastro.MunitionTearGas
	}
	apiJSON(t, f, c, "GET", fmt.Sprintf("/api/acts?victim_id=%d&munition=%s", a.VictimID, other), "", 200, &av)
	for _, x := range av.Acts {
		if x.Munition != other {
			t.Errorf("munition=%s gave act %d by %s", other, x.ID, x.Munition)
		}
	}

	// Sources by kind, SHA-256 and text, as --kind, --sha256 and --query.
	src := &rastro.Source{Kind: rastro.SourceOfficialRecord, Title: "Parte policial de Juliaca", Text: "Parte.", SHA256: strings.Repeat("ab", 32)}
	if err := f.db.Sources().Create(ctx, src); err != nil {
		t.Fatal(err)
	}
	var sv sourcesView
	apiJSON(t, f, c, "GET", "/api/sources?"+url.Values{"sha256": {src.SHA256}, "kind": {string(src.Kind)}}.Encode(), "", 200, &sv)
	if len(sv.Sources) != 1 || sv.Sources[0].ID != src.ID {
		t.Errorf("source by sha256 and kind: %d sources, want %d", len(sv.Sources), src.ID)
	}
	word := strings.Fields(src.Title)[0]
	q := rastro.SourceFilter{Query: &word}
	_, want, err = f.db.Sources().List(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	apiJSON(t, f, c, "GET", "/api/sources?q="+url.QueryEscape(word), "", 200, &sv)
	if sv.Total != want || want == 0 {
		t.Errorf("sources with %q: %d, want %d (not 0)", word, sv.Total, want)
	}

	// Bad values are refused, naming the parameter.
	for path, name := range map[string]string{"/api/involvements?act_id=three": "act_id", "/api/sources?offset=-1": "offset", "/api/sources?kind=x": "is not one of news, ngo_report", "/api/acts?victim_id=1.5": "victim_id"} {
		resp := f.do(c, "GET", path, "", "")
		if body := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(body, name) {
			t.Errorf("%s: %s %s; want 400 naming %s", path, resp.Status, body, name)
		}
	}

	// The page, in English and Spanish, with the filter's inputs.
	for lang, words := range map[string][]string{
		"en": {"Postings", `name="unit_id"`, "Unit " + fmt.Sprint(unit), "Other lists:"},
		"es": {"Destinos", `name="person_id"`, "Unidad " + fmt.Sprint(unit), "Otras listas:"},
	} {
		body, status := pageIn(t, f, c, lang, fmt.Sprintf("/postings?unit_id=%d", unit))
		for _, w := range words {
			if status != 200 || !strings.Contains(body, w) {
				t.Errorf("%s page (%d) lacks %q", lang, status, w)
			}
		}
	}
}
