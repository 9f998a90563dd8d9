package report_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/report"
)

// TestSpanishChainsAndFlags renders the demo report in Spanish: the chain
// graphs' captions and the reconciliation's sentences are in Spanish, and
// no English sentence or identifier is left in them.
func TestSpanishChainsAndFlags(t *testing.T) {
	out := string(render(t, demoInput(t), report.Options{Lang: "es"}))
	for _, want := range []string{"Cadena de mando el ", "víctimas de bala", "disparos informados por"} {
		if !strings.Contains(out, want) {
			t.Errorf("the Spanish report lacks %q", want)
		}
	}
	for _, english := range []string{"Chain of command", "gunshot casualties", "rounds reported by", "(uncertain)", "(in English)"} {
		if strings.Contains(out, english) {
			t.Errorf("the Spanish report still says %q", english)
		}
	}
	flags := regexp.MustCompile(`(?s)<tr class="flags">.*?</tr>`).FindAllString(out, -1)
	if len(flags) == 0 {
		t.Fatal("no reconciliation flags in the demo report")
	}
	for _, f := range flags {
		if m := regexp.MustCompile(`\b[a-z]+_[a-z_]+\b`).FindString(f); m != "" {
			t.Errorf("identifier %q in a flag: %s", m, f)
		}
	}
}
