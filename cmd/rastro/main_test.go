package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
	"github.com/rastro-project/rastro/transfer"
)

// env runs the real program against one database, as the binary would.
type env struct {
	t       testing.TB
	dataDir string
	db      string // "" for the SQLite file in dataDir
}

// result is what one run printed and returned.
type result struct {
	stdout, stderr string
	err            error
}

func (e *env) run(stdin string, args ...string) result {
	e.t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Stdin, m.Stdout, m.Stderr = strings.NewReader(stdin), &out, &errb
	m.Logger = slog.New(slog.NewTextHandler(&errb, nil))
	m.Config = Config{DataDir: e.dataDir, DB: e.db}
	useTestWorker(m)
	err := m.Run(context.Background(), args)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return result{out.String(), errb.String(), err}
}

// ok runs a command that must succeed and returns its output.
func (e *env) ok(args ...string) string {
	e.t.Helper()
	r := e.run("", args...)
	if r.err != nil {
		e.t.Fatalf("rastro %s: %v\n%s", strings.Join(args, " "), r.err, r.stderr)
	}
	return r.stdout
}

// fails runs a command that must fail with code and a message holding want.
func (e *env) fails(code string, want []string, args ...string) {
	e.t.Helper()
	r := e.run("", args...)
	if r.err == nil {
		e.t.Fatalf("rastro %s succeeded:\n%s", strings.Join(args, " "), r.stdout)
	}
	if got := rastro.ErrorCode(r.err); got != code {
		e.t.Errorf("rastro %s: code %s, want %s: %v", strings.Join(args, " "), got, code, r.err)
	}
	for _, w := range want {
		if !strings.Contains(rastro.ErrorMessage(r.err), w) {
			e.t.Errorf("rastro %s: message %q lacks %q", strings.Join(args, " "), rastro.ErrorMessage(r.err), w)
		}
	}
}

// jsonOut runs a command with --json and decodes its output.
func (e *env) jsonOut(v any, args ...string) {
	e.t.Helper()
	out := e.ok(append(args, "--json")...)
	if err := json.Unmarshal([]byte(out), v); err != nil {
		e.t.Fatalf("rastro %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// total is the number of records a list selects.
func (e *env) total(args ...string) int {
	e.t.Helper()
	var l struct{ Total int }
	e.jsonOut(&l, append(args, "list")...)
	return l.Total
}

// backends runs fn on a fresh SQLite data directory and, when
// RASTRO_TEST_POSTGRES is set, on a fresh PostgreSQL schema.
func backends(t *testing.T, fn func(t *testing.T, newEnv func() *env)) {
	t.Run("sqlite", func(t *testing.T) {
		fn(t, func() *env { return &env{t: t, dataDir: filepath.Join(t.TempDir(), "data")} })
	})
	t.Run("postgres", func(t *testing.T) {
		base := sqldbtest.PostgresURL(t)
		fn(t, func() *env { return &env{t: t, dataDir: t.TempDir(), db: postgresSchema(t, base)} })
	})
}

// postgresSchema creates a schema of the test's own, dropped at its end,
// and returns a URL whose connections use it.
func postgresSchema(t *testing.T, base string) string {
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	b := make([]byte, 8)
	rand.Read(b)
	schema := "cli_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("postgres: %v", err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", base); err == nil {
			db.Exec("DROP SCHEMA " + schema + " CASCADE")
			db.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestDemoTwiceChangesNothing(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		out := e.ok("demo")
		for _, w := range []string{"Loaded the demo", "SYNTHETIC", "Juliaca (Puno)", "all locations 25 27 52", "11 December 2022 to 9 January 2023"} {
			out := strings.Join(strings.Fields(out), " ")
			if !strings.Contains(out, w) {
				t.Errorf("demo output lacks %q:\n%s", w, out)
			}
		}
		first := e.ok("export")
		again := e.ok("demo")
		if !strings.Contains(again, "nothing was changed") || !strings.Contains(again, "SYNTHETIC") {
			t.Errorf("second demo:\n%s", again)
		}
		if second := e.ok("export"); second != first {
			t.Error("running demo twice changed the database")
		}
		if n := e.total("act"); n != 52 {
			t.Errorf("%d acts, want 52", n)
		}

		other := newEnv()
		other.ok("migrate")
		other.ok("place", "create", "--name", "Puno")
		other.fails(rastro.ECONFLICT, []string{"not the demo", "nothing was changed"}, "demo")
		if n := other.total("act"); n != 0 {
			t.Errorf("demo refused but left %d acts", n)
		}
	})
}

func TestSchemaMustBeCurrent(t *testing.T) {
	e := &env{t: t, dataDir: filepath.Join(t.TempDir(), "new")}
	e.fails(rastro.EINVALID, []string{"rastro migrate"}, "incident", "list")
	out := e.ok("migrate")
	if !strings.Contains(out, "applied") {
		t.Errorf("migrate printed %q", out)
	}
	if out := e.ok("migrate"); !strings.Contains(out, "up to date") {
		t.Errorf("second migrate printed %q", out)
	}
	if fi, err := os.Stat(e.dataDir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("data directory: %v %v", fi, err)
	}

	// --db names a SQLite file anywhere; the data directory is then unused.
	file := filepath.Join(t.TempDir(), "case.db")
	other := &env{t: t, dataDir: filepath.Join(t.TempDir(), "unused")}
	other.ok("--db", file, "migrate")
	other.ok("--db", file, "place", "create", "--name", "Puno")
	if n := other.total("place", "--db", file); n != 1 {
		t.Errorf("%d places in %s", n, file)
	}
	// The data directory then holds only the key of protected fields, which
	// is kept outside the database.
	if _, err := os.Stat(filepath.Join(other.dataDir, "rastro.db")); !os.IsNotExist(err) {
		t.Errorf("database created in the data directory although --db was given: %v", err)
	}
}

func TestCRUD(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		var place rastro.Place
		e.jsonOut(&place, "place", "create", "--name", "Juliaca", "--ubigeo", "211101", "--latitude", "-15.4997", "--longitude", "-70.1333", "--admin1", "Puno")
		if place.ID == 0 || place.Version != 1 || *place.Latitude != -15.4997 {
			t.Fatalf("created place %+v", place)
		}
		// No source 1 yet: the citation is refused and nothing is created.
		e.fails(rastro.EINVALID, []string{"source"}, "incident", "create", "--title", "Test incident", "--when-start", "2023-01-09",
			"--citations", `{"source_id": 1}`)
		if n := e.total("incident"); n != 0 {
			t.Fatalf("%d incidents after a refused create", n)
		}
		e.ok("source", "create", "--kind", "news", "--title", "A report", "--published", "2023-05-25")
		var incident rastro.Incident
		e.jsonOut(&incident, "incident", "create", "--title", "Test incident", "--when-start", "2023-01-09", "--when-start-exact", "--place-id", "1",
			"--external", "tag=a,b", "--citations", `{"source_id": 1, "page": 2}`)
		if incident.External["tag"] != "a,b" || len(incident.Citations) != 1 || !incident.When.StartExact {
			t.Errorf("created incident %+v", incident)
		}
		e.ok("act", "create", "--incident-id", "1", "--type", "killed", "--wound-regions", "head,chest", "--munition", "live_ammunition")
		e.ok("act", "create", "--incident-id", "1", "--type", "injured", "--munition", "pellets")
		if out := e.ok("act", "list", "--limit", "1"); !strings.Contains(out, "1 of 2 act records (next page: --offset 1") {
			t.Errorf("first page:\n%s", out)
		}
		var page struct {
			Total   int
			Records []rastro.Act
		}
		e.jsonOut(&page, "act", "list", "--offset", "1")
		if page.Total != 2 || len(page.Records) != 1 || page.Records[0].ID != 2 {
			t.Errorf("second page: %+v", page)
		}
		if n := e.total("act", "--type", "killed"); n != 1 {
			t.Errorf("%d killed, want 1", n)
		}
		// A value outside the enumeration is refused, naming the flag's field
		// and the values allowed, not taken as a filter that matches nothing.
		e.fails(rastro.EINVALID, []string{"type", "shot", "killed, injured"}, "act", "list", "--type", "shot")
		e.fails(rastro.EINVALID, []string{"force", "cavalry", "police, army, navy, air_force, other"}, "unit", "list", "--force", "cavalry")
		if out := e.ok("act", "list", "--incident-id", "1"); !strings.Contains(out, "head; chest") || !strings.Contains(out, "2 of 2 act records") {
			t.Errorf("act table:\n%s", out)
		}

		// An edit based on version 1 goes through; a second one based on
		// version 1 is stale and changes nothing.
		e.ok("act", "update", "1", "--victim-armed", "no", "--version", "1")
		e.fails(rastro.ECONFLICT, []string{"act 1 has changed since version 1", "version 2", "nothing was changed"},
			"act", "update", "1", "--munition", "rubber_bullets", "--version", "1")
		var now rastro.Act
		e.jsonOut(&now, "act", "show", "1")
		if now.Version != 2 || now.Munition != rastro.MunitionLive || now.VictimArmed != rastro.No || len(now.WoundRegions) != 2 {
			t.Errorf("after a stale edit: %+v", now)
		}

		// The JSON round trip: show, edit, update from the file; the version
		// in the file is the base.
		path := filepath.Join(t.TempDir(), "act.json")
		shown := strings.Replace(e.ok("act", "show", "1", "--json"), `"distance": "medium"`, "", 1)
		shown = strings.Replace(shown, `"type": "killed",`, `"type": "killed", "distance": "close",`, 1)
		if err := os.WriteFile(path, []byte(shown), 0o600); err != nil {
			t.Fatal(err)
		}
		e.ok("act", "update", "1", "--from-json", path)
		e.jsonOut(&now, "act", "show", "1")
		if now.Version != 3 || now.Distance != rastro.DistanceClose {
			t.Errorf("after --from-json: %+v", now)
		}
		e.fails(rastro.ECONFLICT, []string{"since version 2"}, "act", "update", "1", "--from-json", path)

		// Bad values are refused with the flag named.
		e.fails(rastro.EINVALID, []string{"--type", "bogus", "killed, injured"}, "act", "create", "--incident-id", "1", "--type", "bogus")
		e.fails(rastro.EINVALID, []string{"--when-start", "2023-02-30"}, "incident", "update", "1", "--when-start", "2023-02-30")
		e.fails(rastro.EINVALID, []string{"--latitude", "north"}, "place", "update", "1", "--latitude", "north")
		e.fails(rastro.EINVALID, []string{"unknown flag"}, "act", "list", "--colour", "red")
		e.fails(rastro.EINVALID, []string{"nothing to change"}, "act", "update", "1")
		e.fails(rastro.ENOTFOUND, nil, "act", "show", "99")
		e.fails(rastro.EINVALID, []string{"invalid ID"}, "act", "show", "x")

		// Deleting needs the current version.
		e.fails(rastro.EINVALID, []string{"--version"}, "act", "delete", "2")
		e.fails(rastro.ECONFLICT, nil, "act", "delete", "1", "--version", "2")
		e.fails(rastro.ECONFLICT, nil, "incident", "delete", "1", "--version", "1") // acts refer to it
		if out := e.ok("act", "delete", "1", "--version", "3"); !strings.Contains(out, "deleted act 1") {
			t.Errorf("delete printed %q", out)
		}
		e.fails(rastro.ENOTFOUND, nil, "act", "show", "1")
		if n := e.total("act"); n != 1 {
			t.Errorf("%d acts left, want 1", n)
		}
	})
}

func TestEveryRecordTypeHasCommands(t *testing.T) {
	e := &env{t: t, dataDir: t.TempDir()}
	e.ok("migrate")
	for _, k := range []string{"incident", "act", "person", "place", "source", "claim", "unit", "relation", "posting", "deployment", "discharge", "involvement"} {
		if n := e.total(k, "--data", e.dataDir); n != 0 {
			t.Errorf("%s: %d records in a new database", k, n)
		}
		help := e.ok(k, "update", "--help")
		if !strings.Contains(help, "--version") || !strings.Contains(help, "--from-json") || strings.Contains(help, "--created-at") {
			t.Errorf("%s update help:\n%s", k, help)
		}
	}
}

func TestExportImportByteIdentical(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		src := newEnv()
		src.ok("demo")
		dir := t.TempDir()
		first := filepath.Join(dir, "first.json")
		src.ok("export", "--format", "json", "-o", first)

		dst := newEnv()
		dst.ok("migrate")
		if out := dst.ok("import", first); !strings.Contains(out, "52 acts") {
			t.Errorf("import printed %q", out)
		}
		second := filepath.Join(dir, "second.json")
		dst.ok("export", "-o", second)
		a, _ := os.ReadFile(first)
		b, _ := os.ReadFile(second)
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Fatalf("export → import → export differs (%d and %d bytes)", len(a), len(b))
		}
		dst.fails(rastro.ECONFLICT, []string{"empty database", "nothing was imported"}, "import", first)

		// The bundle can come on standard input too.
		piped := newEnv()
		piped.ok("migrate")
		if r := piped.run(string(a), "import", "-"); r.err != nil || !strings.Contains(r.stdout, "standard input") {
			t.Errorf("import -: %v %s", r.err, r.stdout)
		}
		if piped.ok("export") != string(a) {
			t.Error("import from standard input differs")
		}

		csvDir := filepath.Join(dir, "csv")
		src.ok("export", "--format", "csv", "-o", csvDir)
		acts, err := os.ReadFile(filepath.Join(csvDir, "acts.csv"))
		if err != nil || bytes.Count(acts, []byte("\n")) < 53 {
			t.Errorf("acts.csv: %v, %d lines", err, bytes.Count(acts, []byte("\n")))
		}
		if !strings.Contains(src.ok("export", "--format", "acled"), "Excessive force against protesters") {
			t.Error("ACLED export of the demo lacks its incidents")
		}
		src.fails(rastro.EINVALID, []string{"directory"}, "export", "--format", "csv")
		src.fails(rastro.EINVALID, []string{"cannot write", "no-such-dir"}, "export", "-o", filepath.Join(dir, "no-such-dir", "x.json"))
		src.fails(rastro.EINVALID, []string{"want json, csv or acled"}, "export", "--format", "xlsx")
	})
}

// The database gives back exactly the demo it was given, on every backend:
// the export equals the built-in bundle written directly.
func TestDemoExportIsTheBuiltInBundle(t *testing.T) {
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := transfer.WriteBundle(&want, b); err != nil {
		t.Fatal(err)
	}
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("demo")
		if got := e.ok("export"); got != want.String() {
			t.Errorf("export of the demo (%d bytes) differs from the demo bundle (%d bytes)", len(got), want.Len())
		}
	})
}

const acledSample = "../../transfer/testdata/acled_sample.csv"

func TestACLEDImportExport(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		e.ok("import", acledSample)
		want, err := os.ReadFile(acledSample)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.ok("export", "--format", "acled"); got != string(want) {
			t.Errorf("ACLED round trip differs:\n%s\n---\n%s", got, want)
		}
		var inc rastro.Incident
		e.jsonOut(&inc, "incident", "show", "3")
		if inc.When.Start != rastro.MustDate("2022-12-11") || inc.When.End != rastro.MustDate("2022-12-17") {
			t.Errorf("week-precision incident: %+v", inc.When)
		}
		if n := e.total("source"); n != 3 {
			t.Errorf("%d sources, want the file and two publishers", n)
		}

		// ACLED events join a case file that holds other records, once.
		c := newEnv()
		c.ok("demo")
		c.ok("import", acledSample)
		if n := c.total("incident"); n != 66 {
			t.Errorf("%d incidents after adding 4 ACLED events to the demo's 62", n)
		}
		var added rastro.Incident
		c.jsonOut(&added, "incident", "show", "66")
		if added.External["event_id_cnty"] != "SYN1004" || added.When.Start != rastro.MustDate("2023-01") {
			t.Errorf("appended incident: %+v", added)
		}
		if rows := strings.Count(c.ok("export", "--format", "acled"), "\n"); rows != 67 {
			t.Errorf("ACLED export has %d lines, want a header and 66 events", rows)
		}
		before := c.ok("export")
		c.fails(rastro.ECONFLICT, []string{"imported before", "nothing was imported"}, "import", acledSample)
		edited := filepath.Join(t.TempDir(), "update.csv")
		if err := os.WriteFile(edited, []byte(strings.Replace(string(want), "killing 17", "killing 18", 1)), 0o600); err != nil {
			t.Fatal(err)
		}
		c.fails(rastro.ECONFLICT, []string{"already in the database: SYN1001 (incident 63)"}, "import", edited)
		if c.ok("export") != before {
			t.Error("a refused ACLED import changed the database")
		}
	})
}

func TestBadImportChangesNothing(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		dir := t.TempDir()
		bundle := `{"format": "rastro-bundle", "version": 1,
"places": [{"id": 1, "version": 1, "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z", "name": "Juliaca"}],
"incidents": [{"id": 1, "version": 1, "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z",
  "title": "t", "when": {"start": "2023-01-09"}, "place_id": 1}]}`
		sample, err := os.ReadFile(acledSample)
		if err != nil {
			t.Fatal(err)
		}
		write := func(name, content string) string {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			return p
		}
		// The good bundle imports, so each failure below is the edit's.
		good := newEnv()
		good.ok("migrate")
		good.ok("import", write("good.json", bundle))

		cases := []struct {
			file string
			want []string
		}{
			{write("malformed.json", strings.Replace(bundle, `"places": [`, `"places": [[`, 1)), []string{"malformed.json:2", "places[0]"}},
			{write("unknown.json", strings.Replace(bundle, `"name": "Juliaca"`, `"name": "Juliaca", "colour": "red"`, 1)), []string{"unknown.json:2: places[0].colour: unknown field"}},
			{write("date.json", strings.Replace(bundle, "2023-01-09", "2023-02-30", 1)), []string{"date.json:3: incidents[0].when.start", "2023-02-30"}},
			{write("dangling.json", strings.Replace(bundle, `"place_id": 1`, `"place_id": 2`, 1)), []string{"dangling.json", "incidents[0] (id 1).place_id: no place has ID 2"}},
			{write("latitude.csv", strings.Replace(string(sample), "-13.1588", "thirteen", 1)), []string{"latitude.csv:3: latitude", "thirteen"}},
			{write("column.csv", strings.Replace(string(sample), ",fatalities,", ",deaths,", 1)), []string{"column.csv:1", `missing column "fatalities"`}},
			{write("acled-date.csv", strings.Replace(string(sample), "2022-12-15", "2023-02-30", 1)), []string{"acled-date.csv:3: event_date"}},
			{write("other.txt", "name,age\nx,1\n"), []string{"neither a Rastro JSON bundle nor an ACLED CSV"}},
			{filepath.Join(dir, "missing.json"), []string{"cannot open"}},
		}
		for _, c := range cases {
			e.fails(rastro.EINVALID, c.want, "import", c.file)
		}
		for _, k := range []string{"place", "incident", "source"} {
			if n := e.total(k); n != 0 {
				t.Errorf("refused imports left %d %s records", n, k)
			}
		}
	})
}

func TestUsageErrorsAreInvalid(t *testing.T) {
	e := &env{t: t, dataDir: t.TempDir()}
	e.fails(rastro.EINVALID, []string{"unknown command"}, "frobnicate")
	e.fails(rastro.EINVALID, []string{"needs one ID"}, "act", "show")
	e.fails(rastro.EINVALID, []string{"takes no arguments"}, "migrate", "now")
}
