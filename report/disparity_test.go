package report_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/report"
	"golang.org/x/net/html"
)

// The disparity section shows the rates, the rate ratios with intervals and
// the regression on the demo, and its figures lead to the acts and
// incidents they count.
func TestDisparitySection(t *testing.T) {
	in := demoInput(t)
	for _, lang := range report.Languages {
		b := render(t, in, report.Options{Lang: lang})
		d := parse(t, b)
		sec := d.ids["disparity"]
		if sec == nil {
			t.Fatalf("%s: no disparity section", lang)
		}
		body := text(sec)
		want := map[string][]string{
			"en": {"Rates by department and province", "Puno", "580.00 (388.44–832.98)", "San Román, Puno", "966.67 (647.39–1388.29)", "Rate ratios", "∞ (39.11–∞)",
				"Negative binomial model", "13.53 (1.16–157.69)", "Without the largest incident", "ecological"},
			"es": {"Tasas por departamento y provincia", "San Román, Puno", "966.67 (647.39–1388.29)", "Razones de tasas", "∞ (39.11–∞)",
				"binomial negativo", "13.53 (1.16–157.69)", "Sin el incidente más grave", "ecológica"},
		}[lang]
		for _, w := range want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: section lacks %q", lang, w)
			}
		}
		for _, id := range []string{"fig-disparity-map", "fig-disparity-forest", "prov-211100", "prov-150100", "dinc-211100"} {
			if d.ids[id] == nil {
				t.Errorf("%s: no #%s", lang, id)
			}
		}
		// Every link in the section resolves; the San Román circle leads to
		// its 29 acts; Lima's event count to its 18 incidents, each in the register.
		var circle, events bool
		for _, l := range d.links {
			if !inside(l.node, sec) || !strings.HasPrefix(l.href, "#") {
				continue
			}
			target := d.ids[l.href[1:]]
			if target == nil {
				t.Errorf("%s: link %s leads nowhere", lang, l.href)
				continue
			}
			if l.node.Parent != nil && inside(l.node, d.ids["fig-disparity-map"]) && strings.Contains(text(l.node), "San Román: 29") {
				circle = true
				if acts := actsOfList(t, d, l.href[1:]); len(acts) != 29 {
					t.Errorf("%s: the San Román circle links to %d acts", lang, len(acts))
				}
			}
			if l.href == "#dinc-150100" && text(l.node) == "18" {
				events = true
				var n int
				for c := range target.Descendants() {
					if c.Type == html.ElementNode && c.Data == "a" {
						n++
						if id := attr(c, "href"); d.ids[id[1:]] == nil || !strings.HasPrefix(id, "#i") {
							t.Errorf("%s: Lima's events link to %s", lang, id)
						}
					}
				}
				if n != 18 {
					t.Errorf("%s: Lima lists %d incidents", lang, n)
				}
			}
		}
		if !circle || !events {
			t.Errorf("%s: San Román circle %v, Lima events %v", lang, circle, events)
		}
		// The forest plot has a line per comparison, each linking to acts.
		var lines int
		for c := range d.ids["fig-disparity-forest"].Descendants() {
			if c.Type == html.ElementNode && c.Data == "line" && hasClass(c, "ci") {
				lines++
				if c.Parent.Data != "a" || !slices.ContainsFunc(d.links, func(l link) bool { return l.node == c.Parent }) {
					t.Errorf("%s: a forest-plot line links nowhere", lang)
				}
			}
		}
		if lines != 10 {
			t.Errorf("%s: %d lines in the forest plot, want 6 main and 4 sensitivity", lang, lines)
		}
	}
}

func inside(n, ancestor *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == ancestor {
			return true
		}
	}
	return false
}
