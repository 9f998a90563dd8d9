package linkage

import (
	"math"
	"math/rand/v2"
	"testing"
)

// EM must recover the m-probabilities and the share of matches from
// comparison vectors drawn from a known model.
func TestFitEMRecoversKnownModel(t *testing.T) {
	trueM := Probs{
		{0.80, 0.10, 0.05, 0.05},
		{0.70, 0.15, 0.10, 0.05},
		{0.90, 0.02, 0.04, 0.04},
		{0.60, 0.20, 0.15, 0.05},
	}
	u := Probs{
		{0.02, 0.03, 0.15, 0.80},
		{0.01, 0.04, 0.10, 0.85},
		{0.005, 0.01, 0.10, 0.885},
		{0.10, 0.10, 0.20, 0.60},
	}
	const lambda, n = 0.2, 200_000
	rng := rand.New(rand.NewPCG(7, 7))
	draw := func(p [numLevels - 1]float64) Level {
		x := rng.Float64()
		for l, q := range p {
			if x < q {
				return Level(l)
			}
			x -= q
		}
		return Disagree
	}
	counts := map[Pattern]int64{}
	for range n {
		probs := u
		if rng.Float64() < lambda {
			probs = trueM
		}
		var p Pattern
		for f := range probs {
			l := draw(probs[f])
			if rng.Float64() < 0.05 {
				l = Missing // missing values must not disturb the fit
			}
			p = p.with(f, l)
		}
		counts[p]++
	}
	// Start u away from the truth: EM must fit it as well.
	start := make(Probs, len(u))
	for f := range u {
		start[f] = [numLevels - 1]float64{0.05, 0.05, 0.1, 0.8}
	}
	m, err := FitEM([]string{"a", "b", "c", "d"}, counts, start, EMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for f := range u {
		for l := range u[f] {
			if d := math.Abs(m.CandidateU[f][l] - u[f][l]); d > 0.02 {
				t.Errorf("u[%d][%s] = %.4f, want %.3f", f, Level(l), m.CandidateU[f][l], u[f][l])
			}
		}
	}
	fixed, err := FitEM([]string{"a", "b", "c", "d"}, counts, u, EMOptions{FixedU: true})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(fixed.Lambda-lambda) > 0.01 || math.Abs(fixed.M[0][Exact]-trueM[0][Exact]) > 0.02 {
		t.Errorf("with u fixed: λ = %.4f, m[0][exact] = %.4f", fixed.Lambda, fixed.M[0][Exact])
	}
	if !m.Converged {
		t.Fatalf("EM did not converge in %d iterations", m.Iterations)
	}
	if math.Abs(m.Lambda-lambda) > 0.01 {
		t.Errorf("λ = %.4f, want %.2f", m.Lambda, lambda)
	}
	for f := range trueM {
		for l := range trueM[f] {
			if d := math.Abs(m.M[f][l] - trueM[f][l]); d > 0.02 {
				t.Errorf("m[%d][%s] = %.4f, want %.2f", f, Level(l), m.M[f][l], trueM[f][l])
			}
		}
	}
	t.Logf("converged in %d iterations, λ = %.4f", m.Iterations, m.Lambda)
	// Weights: agreement counts for a match, disagreement against.
	all := func(l Level) Pattern {
		var p Pattern
		for f := range trueM {
			p = p.with(f, l)
		}
		return p
	}
	if m.Weight(all(Exact)) <= 0 || m.Weight(all(Disagree)) >= 0 || m.Weight(all(Missing)) != 0 {
		t.Errorf("weights: exact %.2f, disagree %.2f, missing %.2f", m.Weight(all(Exact)), m.Weight(all(Disagree)), m.Weight(all(Missing)))
	}
	if p := m.Probability(m.WeightFor(0.9)); math.Abs(p-0.9) > 1e-9 {
		t.Errorf("Probability(WeightFor(0.9)) = %v", p)
	}
}

func TestFitEMNoPairs(t *testing.T) {
	if _, err := FitEM([]string{"a"}, map[Pattern]int64{}, Probs{{0.1, 0.1, 0.1, 0.7}}, EMOptions{}); err == nil {
		t.Fatal("no error without candidate pairs")
	}
}

// A common surname's agreement weighs less than a rare one's, exact or
// close with the same phonetic key; close agreement across keys is not
// adjusted.
func TestTermFreq(t *testing.T) {
	var recs []Record
	add := func(n int, name string) {
		for range n {
			r := Record{Surname: name, Surname1: name}
			r.prepare()
			recs = append(recs, r)
		}
	}
	add(90, "quispe")
	add(2, "zegarra")
	add(8, "otro")
	add(1, "kispe")
	tf := NewTermFreq(recs, 0, func(r *Record) string { return r.Surname }, func(r *Record) string { return r.keys.surname1 })
	m := &Model{Fields: []string{"surname"}, U: Probs{{0.05, 0.05, 0.1, 0.8}}, M: Probs{{0.9, 0.05, 0.03, 0.02}}, Lambda: 0.1}
	exact, close := Pattern(0).with(0, Exact), Pattern(0).with(0, Close)
	for _, c := range []struct {
		what string
		p    Pattern
		a, b int32
	}{{"exact", exact, 0, 1}, {"close", close, 0, 100}} {
		common := tf.Adjust(m, c.p, recs, c.a, c.b)
		rare := tf.Adjust(m, c.p, recs, 90, 91)
		if !(common < 0 && rare > 0) {
			t.Errorf("%s: adjustments: quispe %.2f, zegarra %.2f; want negative and positive", c.what, common, rare)
		}
	}
	if recs[0].keys.surname1 != recs[100].keys.surname1 {
		t.Fatalf("quispe and kispe have different keys: the close case above tests nothing")
	}
	if d := tf.Adjust(m, close, recs, 0, 92); d != 0 {
		t.Fatalf("adjustment for a close agreement across keys: %v", d)
	}
}

// Agreeing on a district where many records are weighs less than agreeing
// on a rare one; within a province (a province against its district), the
// province's frequency decides.
func TestPlaceTermFreq(t *testing.T) {
	m, _ := ParseMapping("given=g,place=p")
	fields := Fields(m, 0)
	var recs []Record
	add := func(n int, place string) {
		for range n {
			recs = append(recs, Record{Given: "ana", Place: place})
		}
	}
	add(80, "210101") // 0..79: a district of Puno where many were hurt
	add(2, "050101")  // 80, 81: a remote one
	add(1, "210100")  // 82: Puno province only
	add(1, "050100")  // 83: Huamanga province only
	add(16, "150101")
	tfs := termFreqs(recs, fields, DefaultTermFreq)
	mod := &Model{Fields: []string{FieldGiven, FieldPlace}, Lambda: 0.01,
		M: Probs{{0.9, 0.05, 0.03, 0.02}, {0.6, 0.3, 0.05, 0.05}}, U: Probs{{0.1, 0.1, 0.1, 0.7}, {0.3, 0.1, 0.1, 0.5}}}
	for _, c := range []struct {
		what         string
		common, rare [2]int32
	}{{"same district", [2]int32{0, 1}, [2]int32{80, 81}}, {"district and its province", [2]int32{0, 82}, [2]int32{80, 83}}} {
		p := ComparePair(fields, &recs[c.common[0]], &recs[c.common[1]])
		q := ComparePair(fields, &recs[c.rare[0]], &recs[c.rare[1]])
		if p != q {
			t.Fatalf("%s: patterns differ (%v, %v): the test compares nothing", c.what, p, q)
		}
		common := adjustAll(tfs, mod, p, recs, c.common[0], c.common[1])
		rare := adjustAll(tfs, mod, q, recs, c.rare[0], c.rare[1])
		// The given names agree on the same name in both pairs, so
		// only the place's frequency may tell them apart.
		if rare-common < 1 {
			t.Errorf("%s: adjustments %.2f (common place), %.2f (rare); want the rare place a bit or more heavier", c.what, common, rare)
		}
	}
}
