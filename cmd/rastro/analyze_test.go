package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
)

// runIn runs the program with its data in dir, so commands can share a
// database.
func runIn(t *testing.T, dir string, args ...string) (string, error) {
	t.Helper()
	m := NewMain()
	var out, errOut bytes.Buffer
	m.Stdout, m.Stderr = &out, &errOut
	m.Config.DataDir = dir
	err := m.Run(context.Background(), args)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return out.String() + errOut.String(), err
}

// The headline figures come out of the database the demo command fills,
// computed from the acts.
func TestAnalyzeFromTheDatabase(t *testing.T) {
	dir := t.TempDir()
	if _, err := runIn(t, dir, "demo"); err != nil {
		t.Fatal(err)
	}
	out, err := runIn(t, dir, "analyze", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep assess.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Cases != 52 || rep.Killed != 25 || rep.KilledByConclusion["extrajudicial_execution"] != 20 {
		t.Errorf("cases %d killed %d possible executions %d", rep.Cases, rep.Killed, rep.KilledByConclusion["extrajudicial_execution"])
	}
	// A stored override shows beside the rule result and changes the final count only.
	if out, err := runIn(t, dir, "review", "1", "--reviewer", "analyst-1", "--override", "insufficient_information", "--reason", "autopsy contested"); err != nil {
		t.Fatalf("review: %v\n%s", err, out)
	}
	if out, err := runIn(t, dir, "review", "2", "--reviewer", "analyst-1", "--override", "unlawful_force"); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("override without reason: %v\n%s", err, out)
	}
	out, err = runIn(t, dir, "analyze", "--json")
	if err != nil {
		t.Fatal(err)
	}
	rep = assess.Report{}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Overrides != 1 || rep.Results[0].Final != "insufficient_information" || rep.Results[0].Conclusion != "extrajudicial_execution" ||
		rep.KilledByConclusion["extrajudicial_execution"] != 20 {
		t.Errorf("after the override: %d overrides, act 1 %s → %s", rep.Overrides, rep.Results[0].Conclusion, rep.Results[0].Final)
	}
	out, err = runIn(t, dir, "reconcile")
	if err != nil || !strings.Contains(out, "4 rounds reported by 2 agents against 21 gunshot casualties (15 killed") {
		t.Errorf("reconcile from the database: %v\n%s", err, out)
	}
}

func TestAnalysisCommandsOnTheDemo(t *testing.T) {
	dir := t.TempDir()
	out, err := runIn(t, dir, "analyze", "--demo")
	if err != nil || !strings.Contains(out, "52 cases (people killed or injured): 25 killed") ||
		!strings.Contains(out, "may constitute an extrajudicial execution:     20 cases,  20 of the killed") {
		t.Errorf("analyze: %v\n%s", err, out)
	}
	svg := filepath.Join(dir, "chain.svg")
	out, err = runIn(t, dir, "chain", "--incident", "5", "--demo", "--svg", svg)
	if err != nil || !strings.Contains(out, "Ministerio del Interior") || !strings.Contains(out, "up to the highest level") {
		t.Errorf("chain --incident: %v\n%s", err, out)
	}
	if data, err := os.ReadFile(svg); err != nil || !bytes.HasPrefix(data, []byte("<svg")) {
		t.Errorf("SVG: %v", err)
	}
	out, err = runIn(t, dir, "chain", "diroes", "--on", "2022-12-12", "--demo")
	if err != nil || !strings.Contains(out, "uncertain") {
		t.Errorf("chain DIROES: %v\n%s", err, out)
	}
	out, err = runIn(t, dir, "patterns", "--demo")
	if err != nil || !strings.Contains(out, "24 of 34") || !strings.Contains(out, "Cannot show") || !strings.Contains(out, "Apurímac") {
		t.Errorf("patterns: %v\n%s", err, out)
	}
	out, err = runIn(t, dir, "reconcile", "--demo", "--json")
	if err != nil || !strings.Contains(out, `"rounds_below_casualties"`) {
		t.Errorf("reconcile --json: %v", err)
	}
}

func TestAnalysisCommandsRefuseBadInput(t *testing.T) {
	dir := t.TempDir()
	badRules := filepath.Join(dir, "rules.json")
	os.WriteFile(badRules, []byte(`{"version": "x", "rules": []}`), 0o644)
	badReviews := filepath.Join(dir, "reviews.json")
	os.WriteFile(badReviews, []byte(`[{"act_id": 1, "decision": "override", "conclusion": "unlawful_force", "reviewer": "r"}]`), 0o644)
	for name, args := range map[string][]string{
		"unknown unit":        {"chain", "NOPE", "--on", "2023-01-09", "--demo"},
		"chain without date":  {"chain", "DIROES", "--demo"},
		"bad date":            {"chain", "DIROES", "--on", "2023-02-30", "--demo"},
		"unit and incident":   {"chain", "DIROES", "--incident", "5", "--demo"},
		"unknown incident":    {"chain", "--incident", "99", "--demo"},
		"bad rule file":       {"analyze", "--demo", "--rules", badRules},
		"override, no reason": {"analyze", "--demo", "--reviews", badReviews},
		"bundle and demo":     {"patterns", "--demo", "--bundle", badRules},
	} {
		out, err := runIn(t, dir, args...)
		if code := rastro.ErrorCode(err); code != rastro.EINVALID && code != rastro.ENOTFOUND {
			t.Errorf("%s: err %v (%s)\n%s", name, err, code, out)
		}
	}
}
