package assess

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/demo"
)

func demoReport(t *testing.T, reviews []Review) (*Report, *rastro.Bundle) {
	t.Helper()
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Assess(b, MustDefaultRules(), reviews)
	if err != nil {
		t.Fatal(err)
	}
	return rep, b
}

func TestDemoHeadlineFigures(t *testing.T) {
	rep, b := demoReport(t, nil)
	if rep.Cases != 52 || rep.Killed != 25 || rep.Injured != 27 {
		t.Errorf("cases %d killed %d injured %d, want 52, 25, 27", rep.Cases, rep.Killed, rep.Injured)
	}
	if n := rep.KilledByConclusion["extrajudicial_execution"]; n != 20 {
		t.Errorf("%d killed may constitute extrajudicial executions, want 20", n)
	}
	// The 20 are exactly the killed with live ammunition, a vital wound and
	// no documented threat, checked here independently of the rules.
	acts := map[int64]*rastro.Act{}
	for _, a := range b.Acts {
		acts[a.ID] = a
	}
	for _, res := range rep.Results {
		a := acts[res.ActID]
		marks := a.Type == rastro.ActKilled && a.Munition == rastro.MunitionLive && a.VitalWound() && a.VictimThreat == rastro.No
		if marks != (res.Conclusion == "extrajudicial_execution") {
			t.Errorf("act %d: conclusion %s, marks %v", a.ID, res.Conclusion, marks)
		}
		if len(res.Findings) != len(Indicators) {
			t.Errorf("act %d: %d findings", a.ID, len(res.Findings))
		}
	}
}

func TestDemoTheFiveOtherDeaths(t *testing.T) {
	rep, _ := demoReport(t, nil)
	var unlawful, insufficient int
	for _, res := range rep.Results {
		if res.Type != rastro.ActKilled || res.Conclusion == "extrajudicial_execution" {
			continue
		}
		switch res.Conclusion {
		case "unlawful_force":
			unlawful++
		case "insufficient_information":
			insufficient++
			// The threat is what is missing for EJE-1.
			for _, m := range res.Missing {
				if m.Indicator != "no_threat" {
					t.Errorf("act %d: missing %s, want only no_threat", res.ActID, m.Indicator)
				}
			}
			if len(res.Missing) == 0 || res.Missing[0].Rule != "EJE-1" {
				t.Errorf("act %d: missing %+v, want no_threat for EJE-1 first", res.ActID, res.Missing)
			}
		default:
			t.Errorf("killed act %d concluded %s", res.ActID, res.Conclusion)
		}
	}
	if unlawful != 4 || insufficient != 1 {
		t.Errorf("other deaths: %d unlawful force, %d insufficient information; want 4 and 1", unlawful, insufficient)
	}
}

func TestFindingsCarryEvidence(t *testing.T) {
	rep, _ := demoReport(t, nil)
	res := rep.Results[0]
	byID := map[string]Finding{}
	for _, f := range res.Findings {
		byID[f.Indicator] = f
	}
	live := byID["live_ammunition"]
	if live.Value != Met || len(live.Records) == 0 || len(live.Citations) == 0 {
		t.Errorf("live ammunition finding: %+v", live)
	}
	for _, c := range live.Citations {
		if c.Field != "munition" && c.Field != "" {
			t.Errorf("live ammunition cites field %q", c.Field)
		}
	}
	// Juliaca: 4 rounds reported against 15 lethal gunshot wounds.
	for _, r := range rep.Results {
		for _, f := range r.Findings {
			if f.Indicator == "rounds_underreported" && f.Value == Met {
				if !strings.Contains(f.Detail, "4 rounds reported in 2 records; 15 killed") || len(f.Citations) == 0 {
					t.Errorf("rounds finding: %+v", f)
				}
				return
			}
		}
	}
	t.Error("no act has fewer rounds reported than lethal gunshot wounds")
}

func TestReviews(t *testing.T) {
	at := time.Date(2024, 2, 1, 10, 0, 0, 0, time.UTC)
	reviews := []Review{
		{ActID: 1, Decision: SignOff, Conclusion: "extrajudicial_execution", Reviewer: "reviewer-1", Time: at, RulesVersion: "1.0.0"},
		{ActID: 1, Decision: Override, Conclusion: "insufficient_information", Reviewer: "reviewer-2", Reason: "autopsy contested by a second expert", Time: at.Add(time.Hour), RulesVersion: "1.0.0"},
		{ActID: 2, Decision: SignOff, Conclusion: "extrajudicial_execution", Reviewer: "reviewer-1", Time: at, RulesVersion: "1.0.0"},
	}
	rep, _ := demoReport(t, reviews)
	r1, r2 := rep.Results[0], rep.Results[1]
	if r1.Conclusion != "extrajudicial_execution" || r1.Final != "insufficient_information" || r1.Review.Reviewer != "reviewer-2" {
		t.Errorf("act 1: rule %s final %s review %+v", r1.Conclusion, r1.Final, r1.Review)
	}
	if rep.Overrides != 1 || rep.KilledByConclusion["extrajudicial_execution"] != 20 || rep.FinalByConclusion["extrajudicial_execution"] != rep.ByConclusion["extrajudicial_execution"]-1 {
		t.Errorf("overrides %d, rule results %v, final %v", rep.Overrides, rep.ByConclusion, rep.FinalByConclusion)
	}
	// Act 2's rule result is unlawful force (wound to the leg): the sign-off
	// for another conclusion is stale.
	if !r2.Stale || r2.Final != r2.Conclusion {
		t.Errorf("act 2: stale %v final %s", r2.Stale, r2.Final)
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out, MustDefaultRules()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"52 cases", "25 killed", "may constitute an extrajudicial execution:", "autopsy contested", "stale"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text output lacks %q", want)
		}
	}

	for name, bad := range map[string]Review{
		"override without reason": {ActID: 1, Decision: Override, Conclusion: "unlawful_force", Reviewer: "r"},
		"no reviewer":             {ActID: 1, Decision: SignOff, Conclusion: "unlawful_force"},
		"unknown conclusion":      {ActID: 1, Decision: SignOff, Conclusion: "fine", Reviewer: "r"},
		"unknown act":             {ActID: 999, Decision: SignOff, Conclusion: "unlawful_force", Reviewer: "r"},
		"unknown decision":        {ActID: 1, Decision: "maybe", Conclusion: "unlawful_force", Reviewer: "r"},
	} {
		b, _ := demo.Bundle()
		if _, err := Assess(b, MustDefaultRules(), []Review{bad}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%s: err %v", name, err)
		}
	}
}

func TestLoadRulesRefusesBadFiles(t *testing.T) {
	rs := MustDefaultRules()
	if rs.Version == "" || len(rs.Rules) == 0 {
		t.Fatal("embedded rules empty")
	}
	good := string(DefaultRules)
	for name, mutate := range map[string]func(string) string{
		"not json":          func(s string) string { return s[:len(s)/2] },
		"unknown field":     func(s string) string { return strings.Replace(s, `"version"`, `"versio"`, 1) },
		"unknown indicator": func(s string) string { return strings.Replace(s, `"pellets_upper_body"]`, `"pellets_in_face"]`, 1) },
		"unknown conclusion": func(s string) string {
			return strings.Replace(s, `"conclusion": "unlawful_force"`, `"conclusion": "bad"`, 1)
		},
		"duplicate rank": func(s string) string { return strings.Replace(s, `"rank": 1`, `"rank": 2`, 1) },
		"no version":     func(s string) string { return strings.Replace(s, `"version": "1.0.0"`, `"version": ""`, 1) },
		"bad act type": func(s string) string {
			return strings.Replace(s, `"act_types": ["killed"]`, `"act_types": ["detained"]`, 1)
		},
		"duplicate rule": func(s string) string { return strings.Replace(s, `"id": "UF-2"`, `"id": "UF-1"`, 1) },
		"bad default":    func(s string) string { return strings.Replace(s, `"default": "no_indication"`, `"default": "none"`, 1) },
		"two rule sets":  func(s string) string { return s + s },
		"stray brace":    func(s string) string { return s + "}" },
	} {
		bad := mutate(good)
		if bad == good {
			t.Fatalf("%s: mutation changed nothing", name)
		}
		if _, err := LoadRules([]byte(bad)); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%s: err %v", name, err)
		}
	}
}

func FuzzLoadRules(f *testing.F) {
	f.Add(DefaultRules)
	f.Add(append(append([]byte{}, DefaultRules...), '}'))
	f.Add([]byte(`{"version":"1","default":"a","conclusions":[{"id":"a","label":"A","rank":1}],"rules":[{"id":"r","conclusion":"a","all_met":["vital_wound"],"basis":"b"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := LoadRules(data)
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("error code %s", rastro.ErrorCode(err))
			}
			return
		}
		// A valid rule set must assess the demo without failing.
		b, _ := demo.Bundle()
		if _, err := Assess(b, rs, nil); err != nil {
			t.Fatal(err)
		}
		// What is accepted writes back to a file that reads as the same rules.
		out, err := json.Marshal(rs)
		if err != nil {
			t.Fatal(err)
		}
		again, err := LoadRules(out)
		if err != nil || !reflect.DeepEqual(rs, again) {
			t.Fatalf("rules %+v written as %s read back as %+v (%v)", rs, out, again, err)
		}
	})
}
