package web

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/linkage/csvlink"
	"github.com/rastro-project/rastro/linkage/dblink"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestLinkCSVOnePerListAPI: one_per_list tells POST /api/linkage/csv
// that each list names a person once, as rastro link --one-per-list does:
// list a names Rosa Huanca Apaza twice (a1, a2), b once (b1). Without it
// the three are one person; with it a1 and a2 stay two, and the run is
// csvlink's with OnePerList, summary and clusters alike.
func TestLinkCSVOnePerListAPI(t *testing.T) {
	files := []csvText{
		{Name: "a.csv", CSV: "id,nombres,apellidos,nacimiento\na1,Rosa,Huanca Apaza,1990-03-02\na2,Rosa,Huanca Apasa,1990-03-02\na3,Mario,Ticona Limachi,1981-04-04\n"},
		{Name: "b.csv", CSV: "id,nombres,apellidos,nacimiento\nb1,Rosa,Guanca Apaza,1990-03-02\nb2,Mario,Ticona Limachi,1981-04-04\nb3,Jhon,Condori Flores,2001-06-30\n"},
	}
	const mapping = "id=id,given=nombres,surname=apellidos,birth=nacimiento"
	blocks := []string{"surname_key", "given_key"}
	f := newFixture(t, "sqlite")
	an := f.client(auth.RoleAnalyst)
	link := func(one bool) (csvLinkView, map[string]string) {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"files": files, "map": mapping, "block": blocks, "one_per_list": one})
		var got csvLinkView
		apiJSON(t, f, an, "POST", "/api/linkage/csv", string(body), 200, &got)
		person := map[string]string{}
		for _, out := range got.Files {
			if out.Name != "clusters.csv" {
				continue
			}
			for _, line := range strings.Split(strings.TrimSpace(out.CSV), "\n")[1:] {
				p := strings.Split(line, ",")
				person[p[1]+":"+p[2]] = p[0]
			}
		}
		return got, person
	}
	_, before := link(false)
	if before["a:a1"] != before["a:a2"] || before["a:a1"] != before["b:b1"] {
		t.Errorf("without one_per_list a1, a2 and b1 should be one person: %v", before)
	}
	got, after := link(true)
	if after["a:a1"] == after["a:a2"] || (after["b:b1"] != after["a:a1"] && after["b:b1"] != after["a:a2"]) || after["a:a3"] != after["b:b2"] {
		t.Errorf("with one_per_list: %v; want a1 and a2 apart, b1 with one of them, a3 with b2", after)
	}
	o := csvlink.Defaults()
	o.Map, o.Blocks, o.OnePerList = mapping, blocks, true
	var in []csvlink.File
	for _, file := range files {
		in = append(in, csvlink.File{Name: file.Name, R: bytes.NewReader([]byte(file.CSV))})
	}
	want, err := csvlink.Run(context.Background(), in, o)
	if err != nil {
		t.Fatal(err)
	}
	if ws := want.Summary(); got.Summary == nil || *got.Summary != ws {
		t.Errorf("web summary %+v, csvlink %+v", got.Summary, ws)
	}
	// The same field in a multipart form, as the page sends it.
	ctype, form := csvUpload(t, map[string]string{files[0].Name: files[0].CSV, files[1].Name: files[1].CSV},
		[][2]string{{"map", mapping}, {"block", "surname_key given_key"}, {"one_per_list", "yes"}})
	multi := postCSVForm(t, f, an, ctype, form)
	if multi.Summary == nil || *multi.Summary != *got.Summary {
		t.Errorf("multipart summary %+v, JSON %+v", multi.Summary, got.Summary)
	}
}

// TestLinkRunOnePerList: POST /api/linkage with one_per_list runs what
// dblink.Run runs with OnePerList on the same data, and compares fewer
// pairs than without it (none of one source).
func TestLinkRunOnePerList(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f, g := newFixture(t, d), newFixture(t, d)
			inv := f.client(auth.RoleInvestigator)
			var plain, got dblink.Result
			apiJSON(t, f, inv, "POST", "/api/linkage", `{"block":["surname_key","given_key"],"review":0.5}`, 200, &plain)
			apiJSON(t, f, inv, "POST", "/api/linkage", `{"block":["surname_key","given_key"],"review":0.5,"one_per_list":true}`, 200, &got)
			want, err := dblink.Run(auth.WithActorValue(context.Background(), auth.LocalAdmin()), g.db,
				dblink.Options{Blocks: []string{"surname_key", "given_key"}, Review: 0.5, OnePerList: true})
			if err != nil {
				t.Fatal(err)
			}
			if got.Records != want.Records || got.Candidates != want.Candidates || got.Merges != want.Merges || got.Reviews != want.Reviews {
				t.Errorf("web run %+v, dblink.Run %+v", got, *want)
			}
			t.Logf("candidates %d without one_per_list, %d with it; merges %d, %d", plain.Candidates, got.Candidates, plain.Merges, got.Merges)
			if got.Candidates >= plain.Candidates {
				t.Errorf("one_per_list compared %d pairs, not fewer than the %d without it", got.Candidates, plain.Candidates)
			}
		})
	}
}
