// Command testgate reads `go test -json` on standard input, prints what a
// person needs (each package's result, the output of failed tests, every
// skip with its reason) and fails the run when a test failed, when no test
// ran, or when a test skipped that is not on the allowed list: in CI a
// missing browser, poppler, ffmpeg or PostgreSQL must fail, not pass quietly.
//
//	go test -json ./... | go run ./internal/testgate -allow scripts/allowed-skips.txt
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Elapsed float64
	Output  string
}

// allowance lets the tests of packages ending in Package whose names match
// Test skip; Why says why that skip is expected.
type allowance struct {
	Package string
	Test    *regexp.Regexp
	Why     string
}

func main() {
	allowFile := flag.String("allow", "", "file of allowed skips: `package-suffix test-regexp # why` per line")
	strict := flag.Bool("strict", true, "fail on a skip that is not allowed")
	flag.Parse()
	var allowed []allowance
	if *allowFile != "" {
		var err error
		if allowed, err = readAllowed(*allowFile); err != nil {
			fmt.Fprintln(os.Stderr, "testgate:", err)
			os.Exit(2)
		}
	}
	r, err := gate(os.Stdin, os.Stdout, allowed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testgate:", err)
		os.Exit(2)
	}
	os.Exit(r.exitCode(os.Stdout, *strict))
}

func readAllowed(name string) ([]allowance, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []allowance
	for i, line := range strings.Split(string(b), "\n") {
		rule, why, _ := strings.Cut(line, "#")
		fields := strings.Fields(rule)
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 2 || strings.TrimSpace(why) == "" {
			return nil, fmt.Errorf("%s:%d: want `package-suffix test-regexp # why`", name, i+1)
		}
		re, err := regexp.Compile("^(?:" + fields[1] + ")$")
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, i+1, err)
		}
		out = append(out, allowance{Package: fields[0], Test: re, Why: strings.TrimSpace(why)})
	}
	return out, nil
}

type result struct {
	passed, failed, skipped int
	failedPkgs              []string
	badSkips                []string
}

func (r result) exitCode(w io.Writer, strict bool) int {
	code := 0
	if len(r.badSkips) > 0 {
		fmt.Fprintf(w, "\n%d skipped tests are required to run here:\n", len(r.badSkips))
		for _, s := range r.badSkips {
			fmt.Fprintln(w, "  "+s)
		}
		if strict {
			code = 1
		}
	}
	if len(r.failedPkgs) > 0 {
		fmt.Fprintf(w, "\nfailed packages: %s\n", strings.Join(r.failedPkgs, " "))
		code = 1
	}
	if r.passed == 0 {
		fmt.Fprintln(w, "\nno test passed")
		code = 1
	}
	fmt.Fprintf(w, "%d passed, %d failed, %d skipped\n", r.passed, r.failed, r.skipped)
	return code
}

func gate(in io.Reader, w io.Writer, allowed []allowance) (result, error) {
	var r result
	output := map[string][]string{} // package + "\x00" + test → its lines
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			fmt.Fprintf(w, "%s\n", line) // build errors and the like come as plain text
			continue
		}
		key := e.Package + "\x00" + e.Test
		switch e.Action {
		case "output", "build-output":
			output[key] = append(output[key], e.Output)
		case "pass":
			if e.Test == "" {
				fmt.Fprintf(w, "ok  \t%s\t%.1fs\n", e.Package, e.Elapsed)
			} else {
				r.passed++
			}
			delete(output, key)
		case "skip":
			if e.Test == "" {
				fmt.Fprintf(w, "ok  \t%s\t[no tests]\n", e.Package)
				delete(output, key)
				continue
			}
			r.skipped++
			reason := skipReason(output[key])
			delete(output, key)
			name := e.Package + " " + e.Test
			if a, ok := allowedSkip(allowed, e.Package, e.Test); ok {
				fmt.Fprintf(w, "skip\t%s: %s (allowed: %s)\n", name, reason, a.Why)
			} else {
				fmt.Fprintf(w, "SKIP\t%s: %s\n", name, reason)
				r.badSkips = append(r.badSkips, name+": "+reason)
			}
		case "fail":
			if e.Test != "" {
				r.failed++
				fmt.Fprintf(w, "--- FAIL %s %s\n%s", e.Package, e.Test, strings.Join(output[key], ""))
			} else {
				// A package fails without a failed test on a build error,
				// a panic or a timeout: its own output says which.
				fmt.Fprintf(w, "%sFAIL\t%s\n", strings.Join(output[key], ""), e.Package)
				r.failedPkgs = append(r.failedPkgs, e.Package)
			}
			delete(output, key)
		}
	}
	if err := sc.Err(); err != nil {
		return r, err
	}
	sort.Strings(r.badSkips)
	return r, nil
}

func allowedSkip(allowed []allowance, pkg, test string) (allowance, bool) {
	for _, a := range allowed {
		if strings.HasSuffix(pkg, a.Package) && a.Test.MatchString(test) {
			return a, true
		}
	}
	return allowance{}, false
}

// skipReason picks the message t.Skip printed out of the test's output.
func skipReason(lines []string) string {
	var msg []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- SKIP") {
			continue
		}
		msg = append(msg, t)
	}
	if len(msg) == 0 {
		return "(no reason given)"
	}
	return strings.Join(msg, " ")
}
