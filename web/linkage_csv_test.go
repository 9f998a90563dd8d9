package web

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"maps"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/internal/shared"
	"github.com/rastro-project/rastro/linkage/csvlink"
	"github.com/rastro-project/rastro/linkage/dblink"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// febrlMap maps FEBRL's columns as the command's FEBRL test does.
const febrlMap = "id=rec_id,given=given_name,surname=surname,birth=date_of_birth,place=suburb,extra.postcode=postcode,extra.ssn=soc_sec_id"

// csvUpload builds a multipart form of CSV files (field csv) and values.
func csvUpload(t *testing.T, files map[string]string, values [][2]string) (string, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	// In name order, so that a run's figures do not depend on the map's
	// order (EM's start, and so its last digits, follow the files' order).
	for _, name := range slices.Sorted(maps.Keys(files)) {
		text := files[name]
		fw, err := mw.CreateFormFile("csv", name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(fw, text)
	}
	for _, kv := range values {
		mw.WriteField(kv[0], kv[1])
	}
	mw.Close()
	return mw.FormDataContentType(), buf.String()
}

// postCSVForm posts a multipart form to the CSV linkage API and reads
// its answer.
func postCSVForm(t *testing.T, f *fixture, c *http.Client, ctype, form string) csvLinkView {
	t.Helper()
	resp := f.do(c, "POST", "/api/linkage/csv", ctype, form)
	var v csvLinkView
	if b := readAll(t, resp); resp.StatusCode != 200 {
		t.Fatalf("multipart: %s %s", resp.Status, b)
	} else if err := json.Unmarshal([]byte(b), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestLinkCSVAPI: the API links uploaded FEBRL files as csvlink.Run (what
// rastro link --csv calls) does with the same options, file for file;
// multipart uploads take the same fields and answer one file or a zip;
// bad files and mappings are refused naming the file, line and column.
func TestLinkCSVAPI(t *testing.T) {
	febrl := shared.Path(t, "data", "febrl")
	data, err := os.ReadFile(filepath.Join(febrl, "dataset1.csv"))
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, "sqlite")
	an := f.client(auth.RoleAnalyst)
	req := map[string]any{"files": []csvText{{Name: "dataset1.csv", CSV: string(data)}}, "map": febrlMap,
		"block": []string{"given_key", "surname_key", "extra.ssn"}, "review": 0.4}
	body, _ := json.Marshal(req)
	var got csvLinkView
	apiJSON(t, f, an, "POST", "/api/linkage/csv", string(body), 200, &got)

	o := csvlink.Defaults()
	o.Map, o.Blocks, o.Review = febrlMap, []string{"given_key", "surname_key", "extra.ssn"}, 0.4
	want, err := csvlink.Run(context.Background(), []csvlink.File{{Name: "dataset1.csv", R: bytes.NewReader(data)}}, o)
	if err != nil {
		t.Fatal(err)
	}
	if ws := want.Summary(); got.Summary == nil || *got.Summary != ws {
		t.Errorf("web summary %+v, csvlink %+v", got.Summary, ws)
	}
	if got.Summary != nil && (got.Summary.Records != 1000 || got.Summary.Matches == 0) {
		t.Errorf("FEBRL dataset1 summary %+v: want 1000 records and some matches", *got.Summary)
	}
	if got.Chosen != nil || len(got.Rules) != 3 || got.Rules[2].Rule != "extra.ssn" {
		t.Errorf("rules given, yet chosen %+v, used %+v", got.Chosen, got.Rules)
	}
	outs := want.Outputs()
	if len(got.Files) != len(outs) {
		t.Fatalf("files %d, want %d", len(got.Files), len(outs))
	}
	for i, out := range outs {
		var buf bytes.Buffer
		if err := out.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if got.Files[i].Name != out.Name {
			t.Errorf("file %d named %q, want %q", i, got.Files[i].Name, out.Name)
		} else if out.Name != "merges.csv" && got.Files[i].CSV != buf.String() { // merges.csv holds the time of the run
			t.Errorf("%s differs from csvlink's (%d and %d bytes)", out.Name, len(got.Files[i].CSV), buf.Len())
		}
	}
	if strings.Contains(strings.Join([]string{got.Files[0].CSV, got.Files[2].CSV}, ""), "waller") {
		t.Error("the outputs hold a name")
	}

	// The same over multipart, two lists, rules chosen: one file, then all.
	half := strings.SplitAfterN(string(data), "\n", 502)
	header := half[0]
	files := map[string]string{"a.csv": strings.Join(half[:501], ""), "b.csv": header + half[501]}
	ctype, form := csvUpload(t, files, [][2]string{{"map", febrlMap}, {"link_only", "yes"}})
	chosen := postCSVForm(t, f, an, ctype, form)
	if chosen.Chosen == nil || len(chosen.Chosen.Rules) == 0 || chosen.Summary.Lists != 2 {
		t.Errorf("rules not chosen, or lists wrong: %+v %+v", chosen.Chosen, chosen.Summary)
	}
	resp := f.do(an, "POST", "/api/linkage/csv?file=histories.csv", ctype, form)
	if b := readAll(t, resp); resp.StatusCode != 200 || !strings.HasPrefix(b, "a,b,count\n") {
		t.Errorf("histories.csv: %s %q", resp.Status, b)
	}
	resp = f.do(an, "POST", "/api/linkage/csv?format=zip", ctype, form)
	zb := []byte(readAll(t, resp))
	zr, err := zip.NewReader(bytes.NewReader(zb), int64(len(zb)))
	if err != nil {
		t.Fatalf("zip: %s %v", resp.Status, err)
	}
	var names []string
	for _, zf := range zr.File {
		names = append(names, zf.Name)
	}
	if strings.Join(names, " ") != "pairs.csv review.csv clusters.csv merges.csv histories.csv" {
		t.Errorf("zip holds %v", names)
	}

	for _, bad := range []struct{ body, want string }{
		{`{"files":[{"name":"x.csv","csv":"rec_id,given_name\n1,\"ana\n"}],"map":"id=rec_id,given=given_name"}`, "x: line 2, column"},
		{`{"files":[{"name":"x.csv","csv":"rec_id,given_name\n1,ana\n"}],"map":"id=rec_id,given=nombre"}`, `no column \"nombre\"`},
		{`{"files":[{"name":"x.csv","csv":"rec_id,given_name\n1,ana\n"}],"map":"shoe=rec_id"}`, `unknown field \"shoe\"`},
		{`{"files":[{"name":"x.csv","csv":"rec_id,given_name\n1,ana\n"}]}`, "column mapping"},
		{`{"files":[],"map":"given=given_name"}`, "CSV files"},
		{`{"files":[{"name":"x.csv","csv":"rec_id,given_name\n1,ana\n"}],"map":"given=given_name","block":["given_key"],"decisions":{"name":"d.csv","csv":"list_a,id_a,list_b,id_b,decision\nx,9,x,2,same\n"}}`, "d.csv: line 2: no record x:9"},
		{`{"files":[{"name":"x.csv","csv":"rec_id,given_name\n1,ana\n"}],"map":"given=given_name","review":2}`, "review 2"},
		{`{"files":[{"name":"x.csv","csv":"rec_id,given_name\n1,ana\n"},{"name":"y/x.csv","csv":"rec_id,given_name\n1,ana\n"}],"map":"given=given_name"}`, "rename one"},
	} {
		resp := f.do(an, "POST", "/api/linkage/csv", "application/json", bad.body)
		if b := readAll(t, resp); resp.StatusCode != 400 || !strings.Contains(b, bad.want) {
			t.Errorf("%s: %s %s, want 400 naming %q", bad.body, resp.Status, b, bad.want)
		}
	}
	resp = f.do(f.client(auth.RoleGuest), "POST", "/api/linkage/csv", "application/json", string(body))
	if readAll(t, resp); resp.StatusCode != 403 {
		t.Errorf("a guest linked files: %s", resp.Status)
	}
}

// TestLinkageHistories: the capture histories of the stored merges, as
// rastro link -o writes them, on SQLite and PostgreSQL.
func TestLinkageHistories(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			inv := f.client(auth.RoleInvestigator)
			apiJSON(t, f, inv, "POST", "/api/linkage", "", 200, nil)
			for _, all := range []bool{false, true} {
				path := "/api/linkage/histories.csv"
				if all {
					path += "?all_persons=yes"
				}
				resp := f.do(inv, "GET", path, "", "")
				got := readAll(t, resp)
				ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
				rs, err := dblink.Victims(ctx, f.db, all)
				if err != nil {
					t.Fatal(err)
				}
				h, err := dblink.Histories(ctx, f.db, rs)
				if err != nil {
					t.Fatal(err)
				}
				var want bytes.Buffer
				h.WriteCSV(&want)
				if resp.StatusCode != 200 || got != want.String() || !strings.Contains(got, ",count\n") {
					t.Errorf("%s: %s %q, want %q", path, resp.Status, got, want.String())
				}
			}
			resp := f.do(inv, "GET", "/api/linkage/histories.csv?all_persons=maybe", "", "")
			if readAll(t, resp); resp.StatusCode != 400 {
				t.Errorf("all_persons=maybe: %s", resp.Status)
			}
		})
	}
}

// TestBrowserLinkCSV: an analyst uploads two lists, maps their columns
// (the form lists them), runs the linkage and downloads clusters.csv,
// which puts the same person of both lists together; a column mapped
// twice comes back on the form with the reason, in Spanish.
func TestBrowserLinkCSV(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	logIn(t, ctx, f.ts.URL, "analyst")
	dir := t.TempDir()
	a, b := filepath.Join(dir, "hospital.csv"), filepath.Join(dir, "fiscalia.csv")
	os.WriteFile(a, []byte("codigo,nombres,apellidos,nacimiento\nh1,Rosa,Huanca Apaza,1990-03-02\nh2,Mario,Ticona Limachi,1981\nh3,Edgar,Quispe Mamani,1975-11-20\n"), 0o600)
	os.WriteFile(b, []byte("codigo,nombres,apellidos,nacimiento\nf1,Rosa,Huanca Apasa,1990-03-02\nf2,Jhon,Condori Flores,2001-06-30\n"), 0o600)
	upload := func() {
		t.Helper()
		err := chromedp.Do(ctx,
			chromedp.Navigate(f.ts.URL+"/linkage"),
			chromedp.Click(chromedp.ID("link-csv")),
			chromedp.WaitVisible(chromedp.ID("lk-files")),
			chromedp.SetUploadFiles(chromedp.ID("lk-files"), []string{a, b}),
			chromedp.Click(chromedp.ID("lk-next")),
			chromedp.WaitVisible(chromedp.ID("lk-map")),
		)
		if err != nil {
			t.Fatal(err)
		}
	}
	upload()
	if h := text(t, ctx, "#lk-header"); h != "codigo, nombres, apellidos, nacimiento" {
		t.Errorf("the form lists the columns %q", h)
	}
	err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("lk-map-id"), "codigo"),
		chromedp.SetValue(chromedp.ID("lk-map-given"), "nombres"),
		chromedp.SetValue(chromedp.ID("lk-map-surname"), "apellidos"),
		chromedp.SetValue(chromedp.ID("lk-map-birth"), "nacimiento"),
		chromedp.Click(chromedp.ID("lk-link-only")),
		chromedp.SendKeys(chromedp.ID("lk-block"), "surname_key\ngiven_key"),
		chromedp.Click(chromedp.ID("lk-run")),
		chromedp.WaitVisible(chromedp.ID("lk-downloads")),
	)
	if err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "link-csv-result")
	if s := text(t, ctx, "#lk-summary"); !strings.HasPrefix(s, "5 records in 2 lists;") {
		t.Errorf("summary %q", s)
	}
	if r := text(t, ctx, "#lk-rules tbody"); !strings.Contains(r, "surname_key") || !strings.Contains(r, "given_key") {
		t.Errorf("rules shown: %q", r)
	}
	// The download is saved by the browser from the page itself.
	down := t.TempDir()
	err = chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
				Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: down})
			return err
		}),
		chromedp.Click(chromedp.CSS(`[id="lk-dl-clusters.csv"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	var got []byte
	for range 200 { // until the browser has written the file
		if got, err = os.ReadFile(filepath.Join(down, "clusters.csv")); err == nil && len(got) > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("clusters.csv was not downloaded: %v", err)
	}
	persons := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(got)), "\n")[1:] {
		p := strings.Split(line, ",")
		persons[p[2]] = p[0]
	}
	if len(persons) != 5 || persons["h1"] != persons["f1"] || persons["h2"] == persons["f2"] {
		t.Errorf("clusters.csv: %s", got)
	}

	// In Spanish, a field mapped twice is refused on the form.
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/lang/es?next=/linkage")); err != nil {
		t.Fatal(err)
	}
	upload()
	if h := text(t, ctx, "h1"); h != "Vincular archivos CSV" {
		t.Errorf("Spanish title %q", h)
	}
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("lk-map-given"), "nombres"),
		chromedp.SendKeys(chromedp.ID("lk-extra"), "given=apellidos"),
		chromedp.Click(chromedp.ID("lk-one-per-list")),
		chromedp.Click(chromedp.ID("lk-run")),
		chromedp.WaitVisible(chromedp.ID("form-error")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if e := text(t, ctx, "#form-error"); !strings.Contains(e, `"given"`) {
		t.Errorf("the refusal does not name the field: %q", e)
	}
	if h := text(t, ctx, "#lk-header"); !strings.Contains(h, "nacimiento") {
		t.Errorf("the form came back without the files' columns: %q", h)
	}
	// The option that each list names a person once comes back ticked,
	// worded in Spanish.
	ticked, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("lk-one-per-list").checked`))
	if err != nil || !ticked {
		t.Errorf("one per list not ticked on the form that came back: %v", err)
	}
	if l, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("lk-one-per-list").parentElement.innerText`)); !strings.Contains(l, "nombra a una persona una sola vez") {
		t.Errorf("the option's Spanish words are missing: %q", l)
	}
}
