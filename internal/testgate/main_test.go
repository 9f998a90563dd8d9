package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const run = `{"Action":"run","Package":"p/web","Test":"TestBrowser"}
{"Action":"output","Package":"p/web","Test":"TestBrowser","Output":"=== RUN   TestBrowser\n"}
{"Action":"output","Package":"p/web","Test":"TestBrowser","Output":"    browser_test.go:27: browser tests need Chromium: chromium not found\n"}
{"Action":"output","Package":"p/web","Test":"TestBrowser","Output":"--- SKIP: TestBrowser (0.00s)\n"}
{"Action":"skip","Package":"p/web","Test":"TestBrowser"}
{"Action":"run","Package":"p/web","Test":"TestA"}
{"Action":"pass","Package":"p/web","Test":"TestA"}
{"Action":"output","Package":"p/cmd","Test":"TestHelper","Output":"    x_test.go:1: run by TestCrash\n"}
{"Action":"skip","Package":"p/cmd","Test":"TestHelper"}
{"Action":"output","Package":"p/web","Test":"TestB","Output":"    web_test.go:9: got 500\n"}
{"Action":"fail","Package":"p/web","Test":"TestB"}
{"Action":"fail","Package":"p/web","Elapsed":1.5}
not json: a build error
`

func TestGate(t *testing.T) {
	allow := filepath.Join(t.TempDir(), "allow.txt")
	if err := os.WriteFile(allow, []byte("# comment\ncmd TestHelper  # a helper process, run by TestCrash\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	allowed, err := readAllowed(allow)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	r, err := gate(strings.NewReader(run), &out, allowed)
	if err != nil {
		t.Fatal(err)
	}
	if r.passed != 1 || r.failed != 1 || r.skipped != 2 {
		t.Fatalf("counts %+v", r)
	}
	if len(r.badSkips) != 1 || !strings.Contains(r.badSkips[0], "TestBrowser: browser_test.go:27: browser tests need Chromium") {
		t.Fatalf("bad skips %q", r.badSkips)
	}
	for _, want := range []string{"--- FAIL p/web TestB\n    web_test.go:9: got 500", "FAIL\tp/web", "not json: a build error", "(allowed: a helper process"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	var end strings.Builder
	if code := r.exitCode(&end, true); code != 1 || !strings.HasSuffix(end.String(), "1 passed, 1 failed, 2 skipped\n") {
		t.Fatalf("exit %d, %q", code, end.String())
	}
	// Only an unexpected skip: strict fails, lenient passes.
	ok := result{passed: 3, skipped: 1, badSkips: []string{"p/web TestBrowser: no chromium"}}
	if ok.exitCode(&end, true) != 1 || ok.exitCode(&end, false) != 0 {
		t.Fatal("strict must fail on a required test that skipped, lenient must not")
	}
	if (result{}).exitCode(&end, true) != 1 {
		t.Fatal("a run in which no test passed must fail")
	}
}

func TestReadAllowedRefusesReasonless(t *testing.T) {
	name := filepath.Join(t.TempDir(), "allow.txt")
	os.WriteFile(name, []byte("web TestBrowser\n"), 0o644)
	if _, err := readAllowed(name); err == nil || !strings.Contains(err.Error(), ":1:") {
		t.Fatalf("a skip allowed without a reason must be refused naming the line, got %v", err)
	}
}
