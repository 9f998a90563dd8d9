package web

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestAnalysesRules: the assessment runs on an uploaded rule file, as
// rastro analyze --rules does: the answer names the rules used, a rule
// left out no longer fires, the report carries the file's version, and a
// bad file is refused with the command's message.
func TestAnalysesRules(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			an := f.client(auth.RoleAnalyst)
			var def analysesView
			apiJSON(t, f, an, "GET", "/api/analyses", "", 200, &def)
			builtin := assess.MustDefaultRules()
			if def.Assessment.RuleSet == nil || def.Assessment.RuleSet.Version != builtin.Version || def.Assessment.RulesFile != "" {
				t.Fatalf("the built-in rules are not named: %+v", def.Assessment.RuleSet)
			}
			// The rule that fires most often is left out of the upload.
			count := map[string]int{}
			top := ""
			for _, res := range def.Assessment.Results {
				for _, id := range res.Fired {
					if count[id]++; count[id] > count[top] {
						top = id
					}
				}
			}
			if top == "" {
				t.Fatal("no rule fired on the demo data")
			}
			var rs map[string]any
			json.Unmarshal(assess.DefaultRules, &rs)
			rs["version"] = "test-upload-1"
			var kept []any
			for _, r := range rs["rules"].([]any) {
				if r.(map[string]any)["id"] != top {
					kept = append(kept, r)
				}
			}
			rs["rules"] = kept
			file, _ := json.Marshal(rs)

			body, _ := json.Marshal(map[string]json.RawMessage{"rules": file})
			var got analysesView
			apiJSON(t, f, an, "POST", "/api/analyses", string(body), 200, &got)
			a := got.Assessment
			if a.RulesVersion != "test-upload-1" || a.RuleSet.Version != "test-upload-1" || len(a.RuleSet.Rules) != len(builtin.Rules)-1 || a.RulesFile != "rules" {
				t.Errorf("rules used: version %q, %d rules, file %q", a.RulesVersion, len(a.RuleSet.Rules), a.RulesFile)
			}
			for _, res := range a.Results {
				for _, id := range res.Fired {
					if id == top {
						t.Errorf("act %d: rule %s fired, yet the rule file leaves it out", res.ActID, top)
					}
				}
			}

			// Multipart: the file's name, and the report's version.
			upload := func(path, name string, data []byte) (int, string) {
				var buf bytes.Buffer
				mw := multipart.NewWriter(&buf)
				fw, _ := mw.CreateFormFile("rules", name)
				fw.Write(data)
				mw.WriteField("lang", "en")
				mw.Close()
				resp := f.do(an, "POST", path, mw.FormDataContentType(), buf.String())
				return resp.StatusCode, readAll(t, resp)
			}
			if code, b := upload("/api/analyses", "mine.json", file); code != 200 || !strings.Contains(b, `"rules_file": "mine.json"`) {
				t.Errorf("multipart upload: %d %.300s", code, b)
			}
			if code, b := upload("/api/report", "mine.json", file); code != 200 || !strings.Contains(b, "test-upload-1") {
				t.Errorf("report with the rule file: %d, version named %v", code, strings.Contains(b, "test-upload-1"))
			}

			if code, b := upload("/analyses", "mine.json", file); code != 200 || !strings.Contains(b, `id="rules-used"`) ||
				!strings.Contains(b, "test-upload-1") || !strings.Contains(b, "(mine.json)") {
				t.Errorf("the analyses page with the rule file: %d, rules named %v", code, strings.Contains(b, "(mine.json)"))
			}

			// Bad files: the command's message, naming the file.
			rs["rules"] = []any{}
			empty, _ := json.Marshal(rs)
			for _, bad := range [][]byte{empty, []byte(`{"version":"x","shoe":1}`), []byte(`not json`)} {
				_, want := assess.LoadRulesFile("mine.json", bad)
				code, b := upload("/api/analyses", "mine.json", bad)
				if want == nil || code != 400 || !strings.Contains(b, jsonString(rastro.ErrorMessage(want))) {
					t.Errorf("bad rule file %s: %d %s, want the message %v", bad, code, b, want)
				}
			}
			apiJSON(t, f, an, "POST", "/api/analyses", `{"reviews":[{"act_id":1,"shoe":2}]}`, 400, nil)
			resp := f.do(f.client(auth.RoleGuest), "POST", "/api/analyses", "application/json", string(body))
			if readAll(t, resp); resp.StatusCode != 403 {
				t.Errorf("a guest ran the analyses: %s", resp.Status)
			}
		})
	}
}

// jsonString is s as it appears inside a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b[1 : len(b)-1])
}
