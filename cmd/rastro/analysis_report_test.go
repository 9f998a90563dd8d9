package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/report"
)

func TestAnalysesFillTheReport(t *testing.T) {
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	in := &report.Input{Data: b}
	if err := addAnalyses(in, nil); err != nil {
		t.Fatal(err)
	}
	var eje int
	for _, a := range in.Assessments {
		if a.Conclusion == report.ConclusionExtrajudicial {
			eje++
		}
	}
	if len(in.Assessments) != 52 || eje != 20 {
		t.Errorf("%d assessments, %d possible executions", len(in.Assessments), eje)
	}
	if len(in.Chains) < 5 || len(in.Reconciliation) < 5 {
		t.Errorf("%d chains, %d reconciliation lines", len(in.Chains), len(in.Reconciliation))
	}
	var html bytes.Buffer
	if err := report.Render(&html, in, report.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"4 rounds reported by 2 agents", "Ministerio del Interior"} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("report lacks %q", want)
		}
	}
}
