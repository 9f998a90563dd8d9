package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/disparity"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// The analyses page shows the disparity rates, ratios with intervals and
// the regression on the demo, in both languages and as JSON, and takes the
// command's options.
func TestDisparityOnAnalysesPage(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) { testDisparityPage(t, d) })
	}
}

func testDisparityPage(t *testing.T, dialect string) {
	f := newFixture(t, dialect)
	c := f.client(auth.RoleAnalyst)
	for lang, want := range map[string][]string{
		"en": {"Disparity between places", "San Román, Puno", "966.67 (647.39–1388.29)", "∞ (39.11–∞)",
			"negative binomial", "13.53 (1.16–157.69)", "Without the largest incident", "ecological", `href="/incidents?place=1501">18<`, `href="/incidents?place=21">5<`,
			`id="fig-disparity-map"`, `id="fig-disparity-forest"`, `<a href="/incidents?place=2111">`},
		"es": {"Disparidad entre lugares", "San Román, Puno", "966.67 (647.39–1388.29)", "∞ (39.11–∞)",
			"binomial negativa", "13.53 (1.16–157.69)", "Sin el incidente más grave", "ecológica", "proporción indígena ≥ 50 %"},
	} {
		req, _ := http.NewRequest("GET", f.ts.URL+"/analyses", nil)
		req.Header.Set("Accept-Language", lang)
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(t, resp)
		for _, w := range want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: page lacks %q", lang, w)
			}
		}
	}
	resp := f.do(c, "GET", "/api/analyses?exposure=population&threshold=0.8&from=2022-12&to=2022-12", "", "")
	var v struct {
		Disparity disparity.Report `json:"disparity"`
	}
	if err := json.Unmarshal([]byte(readAll(t, resp)), &v); err != nil || resp.StatusCode != 200 {
		t.Fatalf("%s: %v", resp.Status, err)
	}
	d := v.Disparity
	if d.Exposure != "population" || d.Threshold != 0.8 || d.Placed.Casualties != 23 || d.Main.Regression.Model() == nil ||
		len(d.Main.Comparisons) != 9 {
		t.Errorf("JSON: exposure %s threshold %v casualties %d comparisons %d", d.Exposure, d.Threshold, d.Placed.Casualties, len(d.Main.Comparisons))
	}
	for _, bad := range []string{"exposure=people", "threshold=50", "from=2023-02-30"} {
		resp := f.do(c, "GET", "/api/analyses?"+bad, "", "")
		if readAll(t, resp); resp.StatusCode != 400 {
			t.Errorf("%s: %s", bad, resp.Status)
		}
	}
}
