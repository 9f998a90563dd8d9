package main

import (
	"bytes"
	"testing"

	"github.com/rastro-project/rastro/analysis/analysistest"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/demo"
)

// The streamed assessment JSON must be what encoding/json writes for the
// whole report.
func TestAssessmentJSONMatchesEncoder(t *testing.T) {
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	rules := assess.MustDefaultRules()
	reps := map[string]*assess.Report{"empty": {RulesVersion: "x"}, "no results": {RulesVersion: "x", Results: []assess.Result{}}}
	demoRep, err := assess.Assess(b, rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	reps["demo"] = demoRep
	genRep, err := assess.Assess(analysistest.Generate(40, 5), rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	reps["generated"] = genRep
	for name, rep := range reps {
		var want, got bytes.Buffer
		if err := writeJSON(&want, rep); err != nil {
			t.Fatal(err)
		}
		if err := writeAssessmentJSON(&got, rep); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: streamed JSON differs (%d bytes, want %d)", name, got.Len(), want.Len())
		}
	}
}
