package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/transfer"
)

// sampleACLED is the ACLED sample of package transfer.
func sampleACLED(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../../transfer/testdata/acled_sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sampleBundle is the ACLED sample as a JSON bundle.
func sampleBundle(t *testing.T) string {
	t.Helper()
	b, err := transfer.ReadACLED(bytes.NewReader(sampleACLED(t)), "sample.csv", time.Now().UTC().Truncate(time.Microsecond))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := transfer.WriteBundle(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestImportMessages: a bundle that starts with a byte-order mark loads;
// an ACLED file without event_date is named as such, not as "not ACLED".
func TestImportMessages(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		out := e.ok("import", writeTemp(t, "bom.json", []byte("\ufeff"+sampleBundle(t))))
		if !strings.Contains(out, "4 incidents") {
			t.Errorf("import of a bundle with a BOM: %s", out)
		}

		lines := strings.SplitN(string(sampleACLED(t)), "\n", 2)
		header := strings.Replace(lines[0], "event_date,", "", 1)
		rows := strings.ReplaceAll(lines[1], ",2023-01-09,", ",")
		p := writeTemp(t, "no-date.csv", []byte(header+"\n"+rows))
		e = newEnv()
		e.ok("migrate")
		e.fails(rastro.EINVALID, []string{"no-date.csv:1", `missing column "event_date"`}, "import", p)
	})
}

// TestImportText: a bundle with invalid UTF-8 or a NUL character, or an
// ACLED file with one, is refused naming where, and nothing is stored; an
// ACLED file in Latin-1 is decoded with a warning.
func TestImportText(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		good := sampleBundle(t)
		e := newEnv()
		e.ok("migrate")
		for _, c := range []struct{ name, old, new, want string }{
			{"latin1.json", `"Juliaca"`, "\"Juliac\xe1\"", "places[0] (id 1).name: invalid UTF-8"},
			{"nul.json", `"Juliaca"`, `"Juli\u0000aca"`, "places[0] (id 1).name: NUL character"},
		} {
			bad := strings.Replace(good, c.old, c.new, 1)
			if bad == good {
				t.Fatalf("bundle lacks %s", c.old)
			}
			e.fails(rastro.EINVALID, []string{c.name + ":", c.want}, "import", writeTemp(t, c.name, []byte(bad)))
		}
		acled := string(sampleACLED(t))
		e.fails(rastro.EINVALID, []string{"nul.csv:3: notes: NUL character"}, "import",
			writeTemp(t, "nul.csv", []byte(strings.Replace(acled, "SYNTHETIC test row: soldiers", "SYNTHETIC\x00 soldiers", 1))))
		if n := e.total("incident"); n != 0 {
			t.Fatalf("refused imports stored %d incidents", n)
		}
		r := e.run("", "import", writeTemp(t, "latin1.csv", []byte(strings.Replace(acled, "San Roman", "San Rom\xe1n", 1))))
		if r.err != nil || !strings.Contains(r.stderr, "warning: ") || !strings.Contains(r.stderr, "Windows-1252") {
			t.Fatalf("latin-1 ACLED: %v\n%s", r.err, r.stderr)
		}
		if out := e.ok("place", "list"); !strings.Contains(out, "San Román") {
			t.Errorf("place list lacks the decoded name:\n%s", out)
		}
	})
}

// TestTerminalEscapes: record text with ESC and other control characters
// is printed escaped by every command (tables, show, errors), while JSON
// and data written to a file or pipe keep the text as it is.
func TestTerminalEscapes(t *testing.T) {
	e := &env{t: t, dataDir: filepath.Join(t.TempDir(), "data")}
	e.ok("migrate")
	title := "Clear\x1b[2J\x1b]0;pwned\x07 screen\r\u009b31m"
	var inc rastro.Incident
	e.jsonOut(&inc, "incident", "create", "--title", title, "--when-start", "2023-01-09", "--description", "red \x1b[31m notes")
	if inc.Title != title {
		t.Fatalf("stored title %q", inc.Title)
	}
	for _, args := range [][]string{{"incident", "list"}, {"incident", "show", "1"}} {
		out := e.ok(args...)
		if strings.ContainsAny(out, "\x1b\x07\r\u009b") {
			t.Errorf("%s printed a control character: %q", strings.Join(args, " "), out)
		}
		if !strings.Contains(out, `\x1b[2J`) {
			t.Errorf("%s: %q lacks the escaped title", strings.Join(args, " "), out)
		}
	}
	if out := e.ok("incident", "show", "1", "--json"); !strings.Contains(out, `\u001b[2J`) {
		t.Errorf("JSON output: %q", out)
	}
	r := e.run("", "incident", "update", "1", "--version", "9", "--title", "x\x1b[2J")
	if r.err == nil || strings.Contains(r.stdout+r.stderr, "\x1b") {
		t.Errorf("error output: %v %q", r.err, r.stderr)
	}
	if out := e.ok("export", "--format", "acled"); !strings.Contains(out, "red \x1b[31m notes") {
		t.Errorf("an export to a pipe or file changed the data: %q", out)
	}
	if got := termText("a\tb\nc\x00d\x7fé\u0085"); got != `a`+"\t"+`b`+"\n"+`c\x00d\x7fé\u0085` {
		t.Errorf("termText = %q", got)
	}
}

// TestLeftoversOfKilledWork: a partial blob of a killed add and the folder
// of a killed upload are reported by verify and removed by evidence sweep;
// the web server removes its own at start. (internal/leftover kills a real
// worker process; here the files are planted as such a kill leaves them.)
func TestLeftoversOfKilledWork(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		doc := writeTemp(t, "statement.txt", []byte("a witness statement"))
		e.ok("evidence", "add", doc)
		plant := func() (string, string) {
			partial := filepath.Join(e.dataDir, "blobs", "tmp", "put-0123456789abcdef")
			if err := os.WriteFile(partial, make([]byte, 4096), 0o400); err != nil {
				t.Fatal(err)
			}
			upload := filepath.Join(e.dataDir, "upload-42")
			os.Mkdir(upload, 0o700)
			if err := os.WriteFile(filepath.Join(upload, "file.jpg"), make([]byte, 1000), 0o600); err != nil {
				t.Fatal(err)
			}
			return partial, upload
		}
		partial, upload := plant()
		out := e.ok("verify")
		for _, want := range []string{"leftover " + partial + ": 4096 bytes", "leftover " + upload + ": 1000 bytes", "2 leftovers", "evidence sweep"} {
			if !strings.Contains(out, want) {
				t.Errorf("verify output lacks %q:\n%s", want, out)
			}
		}
		out = e.ok("evidence", "sweep")
		if !strings.Contains(out, "2 leftovers of killed work removed") {
			t.Errorf("sweep:\n%s", out)
		}
		for _, p := range []string{partial, upload} {
			if _, err := os.Stat(p); !os.IsNotExist(err) {
				t.Errorf("%s is still there", p)
			}
		}
		if out := e.ok("verify"); strings.Contains(out, "leftover") {
			t.Errorf("verify after the sweep:\n%s", out)
		}
		// The server sweeps at start.
		partial, upload = plant()
		m := NewMain()
		m.Config = Config{DataDir: e.dataDir, DB: e.db}
		m.Stdout, m.Stderr = &bytes.Buffer{}, &bytes.Buffer{}
		if _, err := m.webServer(t.Context(), false); err != nil {
			t.Fatal(err)
		}
		m.Close()
		for _, p := range []string{partial, upload} {
			if _, err := os.Stat(p); !os.IsNotExist(err) {
				t.Errorf("after a server start %s is still there", p)
			}
		}
	})
}

// TestVerifyMissingHead: with the custody head file gone, verify fails
// loudly (it used to pass), naming the file; put back, it passes.
func TestVerifyMissingHead(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		e.ok("evidence", "add", writeTemp(t, "statement.txt", []byte("a witness statement")))
		e.ok("verify")
		m := &Main{Config: Config{DataDir: e.dataDir, DB: e.db}}
		head := m.headPath()
		saved, err := os.ReadFile(head)
		if err != nil {
			t.Fatal(err)
		}
		os.Remove(head)
		r := e.run("", "verify")
		if r.err == nil || !strings.Contains(r.stdout, "PROBLEM head mismatch") || !strings.Contains(r.stdout, head+" is missing") {
			t.Errorf("verify without the head file: %v\n%s", r.err, r.stdout)
		}
		os.WriteFile(head, saved, 0o600)
		e.ok("verify")
	})
}

// TestFlagText: a record field given on the command line with a NUL
// character or invalid UTF-8 is refused naming the flag, and nothing is
// stored (PostgreSQL would refuse it with an internal error).
func TestFlagText(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		e.fails(rastro.EINVALID, []string{"--title", "NUL character"}, "incident", "create", "--title", "a\x00b", "--when-start", "2023-01-09")
		e.fails(rastro.EINVALID, []string{"--title", "invalid UTF-8"}, "incident", "create", "--title", "caf\xe9", "--when-start", "2023-01-09")
		if n := e.total("incident"); n != 0 {
			t.Errorf("%d incidents stored", n)
		}
	})
}
