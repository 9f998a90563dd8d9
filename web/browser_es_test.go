package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pquerna/otp/totp"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/media/mediatest"
	"github.com/rastro-project/rastro/sqldb"
)

// englishOnly are words of the interface that Spanish does not share: one
// of them left on a Spanish page, outside the records' own text, is an
// untranslated string.
var englishOnly = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])(the|and|of|with|without|from|edit|save|cancel|search|filter|upload|previous|next|killed|injured|` +
	`unknown|chain|command|rounds|reported|dashboard|incidents?|persons?|sources?|evidence|report|log ?out|type|date|place|title|status|` +
	`confidence|victims?|wounds?|description|name|yes|add|new|delete|comments?|tags?|saved|import|export|file|note|labels?|action|who|` +
	`records?|flags?|gunshot|live ammunition|head|chest|police|army|pending|accepted|rejected|linked|show|hide|graphic|camera|duration|` +
	`processing|from|until|page|more|none|acts?|units?|claims?|analyses|assessment|rule|account|created|expires)(?:[^\p{L}\p{N}_]|$)`)

// visibleText is the page's text without what quotes the records' sources
// (quoted spans, source texts, code).
const visibleText = `(() => { const b = document.body.cloneNode(true);
	b.querySelectorAll("q, pre, code, .quote, [data-record]").forEach(e => e.remove());
	document.documentElement.appendChild(b); const s = b.innerText; b.remove(); return s; })()`

// leaks are signs of an internal identifier or Go's error text.
var leaks = regexp.MustCompile(`\b[a-z]+(_[a-z0-9]+)+\b|%!|\[\[|<nil>|\bsql: |\bpq: |\bSQLSTATE\b`)

// recordStrings lists every string the records hold (titles, names, notes,
// source texts…), longest first: the pages show them as they were
// written, in whatever language, so the check removes them first.
func recordStrings(t *testing.T, f *fixture, extra ...string) []string {
	t.Helper()
	b, err := f.db.Export(auth.WithActorValue(t.Context(), auth.LocalAdmin()))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	json.Unmarshal(raw, &v)
	seen := map[string]bool{}
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		case string:
			for _, line := range strings.Split(x, "\n") {
				if line = strings.TrimSpace(line); len(line) > 1 {
					seen[line] = true
				}
			}
		}
	}
	walk(v)
	for _, s := range extra {
		seen[s] = true
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) || len(out[i]) == len(out[j]) && out[i] < out[j] })
	return out
}

// untranslated returns what is left on a Spanish page's visible text that
// reads as English or as an identifier, once the records' own strings are
// taken out.
func untranslated(visible string, data []string) []string {
	for _, s := range data {
		if len(s) >= 3 || strings.ContainsAny(s, " _") {
			visible = strings.ReplaceAll(visible, s, " ")
		}
	}
	var out []string
	for _, re := range []*regexp.Regexp{englishOnly, leaks} {
		for _, m := range re.FindAllStringSubmatchIndex(visible, 3) {
			if re == englishOnly { // the word, without the letters around it
				m = m[2:4]
			}
			from, to := max(0, m[0]-40), min(len(visible), m[1]+40)
			out = append(out, fmt.Sprintf("%q in …%s…", visible[m[0]:m[1]], strings.ReplaceAll(visible[from:to], "\n", " ")))
		}
	}
	return out
}

// logInAdmin logs the admin in, with the authenticator's next code.
func logInAdmin(t *testing.T, ctx context.Context, f *fixture) {
	t.Helper()
	code, _ := totp.GenerateCode(f.secrets[auth.RoleAdmin], time.Now().Add(30*time.Second))
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/login"),
		chromedp.WaitVisible(chromedp.ID("name")),
		chromedp.SendKeys(chromedp.ID("name"), "admin"),
		chromedp.SendKeys(chromedp.ID("password"), testPassword),
		chromedp.SendKeys(chromedp.ID("totp"), code),
		chromedp.Click(chromedp.ID("login")),
		chromedp.WaitVisible(chromedp.ID("fig-killed")),
	)
	if err != nil {
		t.Fatalf("log in as admin: %v", err)
	}
}

// pagePaths is every page of the route table with its {id} filled in from
// ids (by the path's first segment; 1 when not given).
func pagePaths(s *Server, ids map[string]int64) []string {
	var out []string
	for _, rt := range s.routes {
		if rt.Method != "GET" || rt.Kind&pageOnly == 0 || (rt.Page == "" && rt.Path != "/report") || strings.Contains(rt.Path, "{lang}") {
			continue
		}
		p := strings.TrimSuffix(rt.Path, "{$}")
		if strings.Contains(p, "{id}") {
			seg := strings.Split(strings.TrimPrefix(p, "/"), "/")[0]
			id, ok := ids[seg]
			if !ok {
				id = 1
			}
			p = strings.ReplaceAll(p, "{id}", fmt.Sprint(id))
		}
		if strings.Contains(p, "{") {
			continue
		}
		if p == "/acts/new" {
			p += "?incident=1"
		}
		out = append(out, p)
	}
	return out
}

// walkSpanish opens every page in Spanish and reports any English word or
// identifier left outside the records' own text.
func walkSpanish(t *testing.T, ctx context.Context, f *fixture, ids map[string]int64, extra ...string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/lang/es?next=/")); err != nil {
		t.Fatal(err)
	}
	data := recordStrings(t, f, extra...)
	paths := pagePaths(f.srv, ids)
	if len(paths) < 20 {
		t.Errorf("only %d pages to walk: %v", len(paths), paths)
	}
	for _, p := range paths {
		resp, err := chromedp.RunResponse(ctx, chromedp.Navigate(f.ts.URL+p))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if resp.Status != 200 {
			t.Errorf("%s: status %d", p, resp.Status)
			continue
		}
		lang, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		visible, err := chromedp.Run(ctx, chromedp.Evaluate[string](visibleText))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if lang != "es" {
			t.Errorf("%s: page language %q", p, lang)
		}
		for _, u := range untranslated(visible, data) {
			t.Errorf("%s: untranslated %s", p, u)
		}
	}
}

// TestUntranslatedCheck makes sure the check itself catches English words
// and identifiers and lets the records' own text through.
func TestUntranslatedCheck(t *testing.T) {
	data := []string{"Police fire on protesters near the airfield"}
	if got := untranslated("Incidentes: Police fire on protesters near the airfield · Editar", data); len(got) != 0 {
		t.Errorf("records' text flagged: %v", got)
	}
	for _, bad := range []string{"Muertos: 3 killed", "Conclusión: extrajudicial_execution", "[act 24 victim_threat]", "Guardar %!d(string=x)", "Save"} {
		if got := untranslated(bad, data); len(got) == 0 {
			t.Errorf("%q not flagged", bad)
		}
	}
}

// TestBrowserSpanish is the tour of issue 12 in Spanish, ending with a
// walk through every page that fails on any English word or identifier.
func TestBrowserSpanish(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/lang/es?next=/login")); err != nil {
		t.Fatal(err)
	}
	logInAdmin(t, ctx, f)
	ids := map[string]int64{}
	ids["evidence"] = evidenceSteps(t, ctx, f)
	tagCommentSearch(t, ctx, f)
	ids["sources"] = importVictimList(t, ctx, f)
	filterAudit(t, ctx, f)
	smallScreen(t, ctx, f)
	walkSpanish(t, ctx, f, ids, "admin")
}

// tagCommentSearch tags and comments an incident from its pages, saves the
// list filtered by the tag, and finds the incident again through the saved
// search.
func tagCommentSearch(t *testing.T, ctx context.Context, f *fixture) {
	t.Helper()
	base := f.ts.URL
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/incidents/4/edit"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="tags"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="tags"]`), "Revisar autopsia, huamanga"),
		chromedp.Click(chromedp.ID("save")),
		chromedp.WaitVisible(chromedp.ID("comment-form")),
		chromedp.SendKeys(chromedp.ID("comment-body"), "Falta el parte del cuartel."),
		chromedp.Click(chromedp.ID("comment-send")),
		chromedp.WaitVisible(chromedp.CSS("#comments article")),
	)
	if err != nil {
		t.Fatalf("tag and comment: %v", err)
	}
	if c := text(t, ctx, "#comments"); !strings.Contains(c, "Falta el parte del cuartel.") || !strings.Contains(c, "admin") {
		t.Errorf("comments: %q", c)
	}
	if tags := text(t, ctx, "main"); !strings.Contains(tags, "revisar autopsia") {
		t.Error("the incident page does not show its tags")
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/incidents"),
		chromedp.WaitVisible(chromedp.ID("f-tag")),
		chromedp.SendKeys(chromedp.ID("f-tag"), "revisar autopsia"),
		chromedp.Submit(chromedp.ID("f-tag")),
		chromedp.WaitVisible(chromedp.ID("search-name")),
		chromedp.SendKeys(chromedp.ID("search-name"), "Autopsias por revisar"),
		chromedp.Click(chromedp.ID("search-save")),
		chromedp.WaitVisible(chromedp.ID("searches")),
		chromedp.Click(chromedp.CSS("#searches a")),
		chromedp.WaitVisible(chromedp.ID("incident-table")),
	)
	if err != nil {
		t.Fatalf("saved search: %v", err)
	}
	n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#incident-table tbody a[href='/incidents/4']").length`))
	rows, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#incident-table tbody tr").length`))
	if n != 1 || rows != 1 {
		t.Errorf("the saved search shows %d rows, incident 4 %d times", rows, n)
	}
}

// importVictimList imports a CSV victim list, mapping its columns in the
// browser; it returns the new source's ID.
func importVictimList(t *testing.T, ctx context.Context, f *fixture) int64 {
	t.Helper()
	file := filepath.Join(t.TempDir(), "lista-hospital.csv")
	os.WriteFile(file, []byte("Víctima (apellidos, nombres);Edad cumplida;Sexo;Ciudad;Condición\nHuanca Apaza, Rosa;19;F;Juliaca;herida\nTicona Limachi, Mario;41;M;Juliaca;fallecido\n"), 0o600)
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/victims/import"),
		chromedp.WaitVisible(chromedp.ID("victims-file")),
		chromedp.SetUploadFiles(chromedp.ID("victims-file"), []string{file}),
		chromedp.Click(chromedp.ID("victims-next")),
		chromedp.WaitVisible(chromedp.ID("victims-map")),
		// The headers are not ones the import guesses: the user maps them.
		chromedp.SetValue(chromedp.ID("map-name"), "Víctima (apellidos, nombres)"),
		chromedp.SetValue(chromedp.ID("map-age"), "Edad cumplida"),
		chromedp.SetValue(chromedp.ID("map-place"), "Ciudad"),
		chromedp.SetValue(chromedp.ID("map-harm"), "Condición"),
		chromedp.SendKeys(chromedp.ID("victims-list"), "Hospital Carlos Monge Medrano"),
		chromedp.SendKeys(chromedp.ID("victims-date"), "2023-01-09"),
		chromedp.SendKeys(chromedp.ID("victims-title"), "Lista del hospital Carlos Monge Medrano"),
	)
	if err != nil {
		t.Fatalf("victim list mapping: %v", err)
	}
	screenshot(t, ctx, "victims-mapping-es")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("victims-import")), chromedp.WaitVisible(chromedp.ID("imported"))); err != nil {
		t.Fatalf("victim list import: %v", err)
	}
	if msg := text(t, ctx, "#imported"); !strings.Contains(msg, "2") {
		t.Errorf("import message: %q", msg)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	id, err := strconv.ParseInt(strings.TrimPrefix(strings.Split(loc, "?")[0], f.ts.URL+"/sources/"), 10, 64)
	if err != nil {
		t.Fatalf("after the import: %s", loc)
	}
	if personCount(t, f, "Ticona Limachi, Mario") != 1 {
		t.Error("the imported person is not stored")
	}
	return id
}

// filterAudit narrows the audit log to the admin's comments.
func filterAudit(t *testing.T, ctx context.Context, f *fixture) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.ts.URL+"/audit"),
		chromedp.WaitVisible(chromedp.ID("audit-filters")),
		chromedp.SendKeys(chromedp.ID("f-actor"), "admin"),
		chromedp.SetValue(chromedp.ID("f-action"), "create"),
		chromedp.SetValue(chromedp.ID("f-record-type"), "comment"),
		chromedp.Click(chromedp.ID("f-submit")),
	)
	if err != nil {
		t.Fatalf("audit filter: %v", err)
	}
	waitFor(t, ctx, `location.search.includes("record_type=comment") && document.readyState === "complete"`)
	rows, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#audit-table tbody tr")).map(r => r.innerText)`))
	if len(rows) != 1 || !strings.Contains(rows[0], "admin") || !strings.Contains(rows[0], "comentario") {
		t.Errorf("filtered audit log: %q", rows)
	}
}

// smallScreen looks at the incident list and the act form 390 px wide (a
// phone): nothing wider than the screen but the tables' own scrolling
// boxes; with RASTRO_SCREENSHOTS=DIR the screenshots go there (the
// README's are made with RASTRO_SCREENSHOTS=../docs/screenshots).
func smallScreen(t *testing.T, ctx context.Context, f *fixture) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	defer chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900))
	overflow := `document.documentElement.scrollWidth - document.documentElement.clientWidth`
	for _, pg := range []struct{ path, wait, shot string }{
		{"/incidents", "#incident-table", "incidents-390"},
		{"/acts/new?incident=1", "#act-form", "act-form-390"},
		{"/evidence/" + "1", "#metadata", ""},
		{"/audit", "#audit-table", ""},
	} {
		if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+pg.path), chromedp.WaitVisible(chromedp.CSS(pg.wait))); err != nil {
			t.Fatalf("%s at 390 px: %v", pg.path, err)
		}
		if px, _ := chromedp.Run(ctx, chromedp.Evaluate[int](overflow)); px > 0 {
			t.Errorf("%s is %d px wider than a 390 px screen", pg.path, px)
		}
		dir := os.Getenv("RASTRO_SCREENSHOTS") // a test run leaves the checkout as it was
		if pg.shot == "" || dir == "" {
			continue
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()) // the first screenful, as a phone shows it
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, pg.shot+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Every input, select and text area has a label.
	unlabelled := `Array.from(document.querySelectorAll("input:not([type=hidden]), select, textarea")).filter(e => !e.hidden && !(e.labels && e.labels.length) && !e.getAttribute("aria-label")).map(e => e.name)`
	for _, p := range []string{"/incidents", "/acts/new?incident=1", "/evidence/new", "/audit", "/victims/import", "/persons/new", "/incidents/1"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+p), chromedp.WaitReady(chromedp.CSS("main"))); err != nil {
			t.Fatal(err)
		}
		if names, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](unlabelled)); len(names) > 0 {
			t.Errorf("%s: inputs without a label: %v", p, names)
		}
	}
	// The map zooms from the keyboard.
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/incidents"), chromedp.WaitVisible(chromedp.CSS(".map svg"))); err != nil {
		t.Fatal(err)
	}
	keys := `(() => { const m = document.querySelector(".map"); const s = m.querySelector("svg"); const before = s.viewBox.baseVal.width;
		m.focus(); m.dispatchEvent(new KeyboardEvent("keydown", {key: "+", bubbles: true}));
		return [document.activeElement === m ? 1 : 0, s.viewBox.baseVal.width / before]; })()`
	if r, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](keys)); err != nil || len(r) != 2 || r[0] != 1 || r[1] >= 1 {
		t.Errorf("map from the keyboard: %v, %v", r, err)
	}
	// The skip link is the first stop of the keyboard and leads to the content.
	if err := chromedp.Do(ctx, chromedp.Navigate(f.ts.URL+"/incidents/1"), chromedp.WaitReady(chromedp.CSS("main")), chromedp.KeyEvent("\t")); err != nil {
		t.Fatal(err)
	}
	if a, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.className`)); a != "skip" {
		t.Errorf("the first tab stop is %q, not the skip link", a)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.activeElement.id === "main"`)
}

// evidenceSteps uploads a photograph with EXIF (camera, time, GPS) marked
// graphic and, when ffmpeg is installed, a short video; the pages show
// their metadata and the photograph blurred until shown. The same photo
// handed in again by another collector adds a custody entry naming them.
// It returns the photograph's item ID.
func evidenceSteps(t *testing.T, ctx context.Context, f *fixture) int64 {
	t.Helper()
	dir := t.TempDir()
	taken := time.Date(2023, 1, 9, 16, 42, 7, 0, time.FixedZone("PET", -5*3600))
	photo := filepath.Join(dir, "IMG_0042.jpg")
	os.WriteFile(photo, mediatest.JPEG(t, mediatest.Scene(5, 0), &mediatest.EXIF{
		Make: "Motorola", Model: "moto g(30)", Taken: taken, GPS: true, Lat: -15.4997, Lon: -70.1336, Altitude: 3825}), 0o600)
	upload := func(file string, graphic bool) string {
		acts := []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(f.ts.URL + "/evidence/new?incident=5"),
			chromedp.WaitVisible(chromedp.ID("file")),
			chromedp.SendKeys(chromedp.ID("collected_by"), "equipo de campo"),
			chromedp.SetUploadFiles(chromedp.ID("file"), []string{file}),
		}
		if graphic {
			acts = append(acts, chromedp.Click(chromedp.ID("label-graphic_violence")))
		}
		acts = append(acts, chromedp.Click(chromedp.ID("send")), chromedp.WaitVisible(chromedp.ID("metadata")))
		if err := chromedp.Do(ctx, acts...); err != nil {
			t.Fatalf("upload %s: %v", file, err)
		}
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		return loc
	}
	loc := upload(photo, true)
	if cam := text(t, ctx, "#md-camera"); !strings.Contains(cam, "moto g(30)") {
		t.Errorf("camera: %q", cam)
	}
	if when := text(t, ctx, "#md-captured"); !strings.Contains(when, "2023-01-09 21:42:07 UTC") {
		t.Errorf("capture time: %q", when)
	}
	if gps := text(t, ctx, "#md-gps"); !strings.Contains(gps, "-15.4997") || !strings.Contains(gps, "3825 m") {
		t.Errorf("GPS: %q", gps)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#md-map svg circle").length`)); n == 0 {
		t.Error("no map of where the photo was taken")
	}
	blur := `getComputedStyle(document.querySelector("#viewer img")).filter`
	if b, _ := chromedp.Run(ctx, chromedp.Evaluate[string](blur)); !strings.Contains(b, "blur") {
		t.Errorf("graphic photo not blurred: filter %q", b)
	}
	screenshot(t, ctx, "evidence-graphic-es")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("reveal"))); err != nil {
		t.Fatal(err)
	}
	if b, _ := chromedp.Run(ctx, chromedp.Evaluate[string](blur)); strings.Contains(b, "blur") {
		t.Errorf("still blurred after show: %q", b)
	}
	id, err := strconv.ParseInt(loc[strings.LastIndex(loc, "/")+1:], 10, 64)
	if err != nil {
		t.Fatalf("photo page at %s", loc)
	}

	// The same photograph from another investigator and collector.
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("collected_by", "segundo equipo")
	fw, _ := mw.CreateFormFile("file", "copia.jpg")
	b, _ := os.ReadFile(photo)
	fw.Write(b)
	mw.Close()
	resp := f.do(f.client(auth.RoleInvestigator), "POST", "/api/evidence", mw.FormDataContentType(), buf.String())
	if body := readAll(t, resp); resp.StatusCode != 200 || !strings.Contains(body, `"already_held": true`) {
		t.Errorf("second upload: %s %s", resp.Status, body)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(loc), chromedp.WaitVisible(chromedp.ID("custody"))); err != nil {
		t.Fatal(err)
	}
	if log := text(t, ctx, "#custody"); !strings.Contains(log, "investigator") || !strings.Contains(log, "segundo equipo") {
		t.Errorf("custody log after the second upload: %q", log)
	}

	if _, err := exec.LookPath("ffmpeg"); err != nil {
		t.Log("ffmpeg not installed: no video step")
		return id
	}
	video := filepath.Join(dir, "clip.mp4")
	cmd := exec.Command("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=10",
		"-metadata", "creation_time=2023-01-09T16:42:07Z", "-c:v", "mpeg4", video)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("making the video: %v: %s", err, out)
	}
	upload(video, false)
	if d := text(t, ctx, "#md-duration"); !strings.Contains(d, "2.0 s") {
		t.Errorf("video duration: %q", d)
	}
	if when := text(t, ctx, "#md-captured"); !strings.Contains(when, "2023-01-09") {
		t.Errorf("video capture time: %q", when)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#viewer video").length`)); n != 1 {
		t.Error("no video player")
	}
	return id
}

// waitFor waits until the page's expression is true (a new page after a
// form submission, which the old page's elements cannot tell).
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	for range 100 {
		if ok, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](expr)); ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("waited in vain for %s", expr)
}
