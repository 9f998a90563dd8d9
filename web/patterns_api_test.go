package web

import (
	"strings"
	"testing"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/patterns"
	"github.com/rastro-project/rastro/sqldb"
)

// TestPatternsInAnalyses: what rastro patterns --json prints is in the
// analyses' JSON, and the page leads to the report's patterns section in
// the page's language.
func TestPatternsInAnalyses(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleAnalyst)
	var got struct {
		Patterns *patterns.Report `json:"patterns"`
	}
	apiJSON(t, f, c, "GET", "/api/analyses", "", 200, &got)
	if got.Patterns == nil || len(got.Patterns.Signatures) == 0 || got.Patterns.VitalShare.N == 0 {
		t.Fatalf("patterns %+v", got.Patterns)
	}
	page := readAll(t, f.do(c, "GET", "/analyses", "", ""))
	if !strings.Contains(page, `href="/report?lang=en#patterns" id="patterns-link"`) {
		t.Error("the analyses page does not lead to the report's patterns")
	}
}
