package report

import (
	"regexp"
	"testing"

	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/labels"
	"github.com/rastro-project/rastro/patterns"
)

// Every text the template asks for is in the catalogue.
func TestTemplateKeys(t *testing.T) {
	keys := regexp.MustCompile(`\bT "([^"]+)"`).FindAllStringSubmatch(pageTemplate, -1)
	if len(keys) < 50 {
		t.Fatalf("found only %d texts in the template", len(keys))
	}
	for _, k := range keys {
		if _, ok := messages["en"][k[1]]; !ok {
			t.Errorf("template text %q is not in the catalogue", k[1])
		}
	}
	// Texts the template names by the level of the pattern signatures.
	for _, level := range patterns.Levels {
		if _, ok := messages["en"]["patterns.signatures."+level]; !ok {
			t.Errorf("no text for signatures at level %q", level)
		}
		if _, ok := messages["en"]["patterns.level."+level]; !ok && level != "incident" {
			t.Errorf("no note for signatures at level %q", level)
		}
	}
}

func TestCatalogueComplete(t *testing.T) {
	for _, a := range Languages {
		for key := range messages[a] {
			for _, b := range Languages {
				if _, ok := messages[b][key]; !ok {
					t.Errorf("message %q is in %s but not in %s", key, a, b)
				}
			}
		}
	}
	// Names of enumerations are package labels' (tested there); the
	// analysis packages' own values are translated from their English.
	for _, ind := range assess.Indicators {
		if _, ok := labels.Lookup("es", "indicator", ind.ID); !ok {
			t.Errorf("indicator %q has no Spanish name", ind.ID)
		}
	}
}
