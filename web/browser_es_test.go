package web

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pquerna/otp/totp"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
)

// englishOnly are words of the interface that Spanish does not share: one
// of them left on a Spanish page, outside the records' own text, is an
// untranslated string.
var englishOnly = regexp.MustCompile(`(?i)\b(the|and|of|with|without|from|edit|save|cancel|search|filter|upload|previous|next|killed|injured|` +
	`unknown|chain|command|rounds|reported|dashboard|incidents?|persons?|sources?|evidence|report|log ?out|type|date|place|title|status|` +
	`confidence|victims?|wounds?|description|name|yes|add|new|delete|comments?|tags?|saved|import|export|file|note|labels?|action|who|` +
	`records?|flags?|gunshot|live ammunition|head|chest|police|army|pending|accepted|rejected|linked|show|hide|graphic|camera|duration|` +
	`processing|from|until|page|more|none|acts?|units?|claims?|analyses|assessment|rule|account|created|expires)\b`)

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
		for _, m := range re.FindAllStringIndex(visible, 3) {
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
	walkSpanish(t, ctx, f, ids, "admin")
}
