package patterns

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/gazetteer"
)

func demoReport(t *testing.T) (*Report, *rastro.Bundle) {
	t.Helper()
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	poverty := func(code string) (float64, bool) {
		p, ok := gazetteer.Default().Lookup(code)
		if !ok || p.PovertyTotal == nil {
			return 0, false
		}
		return *p.PovertyTotal, true
	}
	return Analyze(b, poverty), b
}

func TestWilson(t *testing.T) {
	// Reference values of the 95% Wilson interval.
	for _, c := range []struct {
		k, n      int
		low, high float64
	}{{24, 34, 0.5383, 0.8317}, {0, 10, 0, 0.2775}, {10, 10, 0.7225, 1}, {20, 25, 0.6087, 0.9114}} {
		lo, hi := Wilson(c.k, c.n)
		if math.Abs(lo-c.low) > 5e-4 || math.Abs(hi-c.high) > 5e-4 {
			t.Errorf("Wilson(%d, %d) = %.4f–%.4f, want %.4f–%.4f", c.k, c.n, lo, hi, c.low, c.high)
		}
	}
	if lo, hi := Wilson(0, 0); lo != 0 || hi != 1 {
		t.Errorf("no data: %v %v", lo, hi)
	}
}

func TestDemoVitalShare(t *testing.T) {
	rep, b := demoReport(t)
	// Counted here directly from the acts.
	var k, n int
	for _, a := range b.Acts {
		if a.Munition == rastro.MunitionLive && len(a.WoundRegions) > 0 {
			n++
			if a.VitalWound() {
				k++
			}
		}
	}
	v := rep.VitalShare
	if v.K != k || v.N != n || n != 34 || k != 24 {
		t.Errorf("vital share %d/%d, counted %d/%d (want 24/34)", v.K, v.N, k, n)
	}
	if !(v.Low < v.Share && v.Share < v.High) || v.CanShow == "" || v.CannotShow == "" {
		t.Errorf("interval %+v", v)
	}
	if rep.VitalKilled.K != 21 || rep.VitalKilled.N != 22 {
		t.Errorf("killed by gunshot with a vital wound: %d/%d, want 21/22", rep.VitalKilled.K, rep.VitalKilled.N)
	}
}

func TestDemoSimilarity(t *testing.T) {
	rep, b := demoReport(t)
	if len(rep.Signatures) != 5 || len(rep.Similarity.Pairs) != 10 {
		t.Fatalf("%d signatures, %d pairs", len(rep.Signatures), len(rep.Similarity.Pairs))
	}
	for _, p := range rep.Similarity.Pairs {
		if p.Force < 0 || p.Force > 1+1e-9 || p.Units < 0 || p.Units > 1 {
			t.Errorf("pair %+v out of range", p)
		}
		// The two Andahuaylas days share the regional police.
		if p.A == 0 && p.B == 1 && p.Units != 0.5 {
			t.Errorf("Andahuaylas 11/12 December share units %.2f, want 0.5", p.Units)
		}
	}
	if x := analysis.NewIndex(b); len(Signatures(x, "department")) != 3 || len(Signatures(x, "place")) != 4 {
		t.Error("signatures by department or place")
	}
	s := rep.Signatures[4]
	if s.Place != "Juliaca" || s.Acts != 29 || s.Munitions["live_ammunition"] != 21 {
		t.Errorf("Juliaca signature %+v", s)
	}
	// A signature is most like itself.
	if c := cosine(s.vector(), s.vector()); math.Abs(c-1) > 1e-12 {
		t.Errorf("self-similarity %v", c)
	}
}

func TestDemoProfileAndPoverty(t *testing.T) {
	rep, _ := demoReport(t)
	got := map[string]Proportion{}
	for _, p := range rep.Profile {
		got[p.Name] = p
		if p.N != 52 || p.CannotShow == "" {
			t.Errorf("%s: n %d", p.Name, p.N)
		}
	}
	if p := got["victims who self-identify as members of an indigenous people"]; p.K != 48 {
		t.Errorf("indigenous %d of %d, want 48", p.K, p.N)
	}
	if p := got["victims under 18"]; p.K != 6 {
		t.Errorf("minors %d, want 6", p.K)
	}
	if len(rep.Poverty.Departments) != 3 || rep.Poverty.Unknown != 0 {
		t.Fatalf("poverty %+v", rep.Poverty)
	}
	var victims int
	for _, d := range rep.Poverty.Departments {
		victims += d.Victims
		if d.DepartmentRate <= 0 || d.MeanDistrict <= 0 {
			t.Errorf("%+v", d)
		}
	}
	if victims != 52 {
		t.Errorf("%d victims in the poverty comparison", victims)
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"95% CI", "Cannot show", "Apurímac", "Juliaca"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text lacks %q", want)
		}
	}
}
