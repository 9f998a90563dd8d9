package linkage

import (
	"strings"
	"testing"
)

// A–B and B–C are strong matches, but A and C disagree on everything but
// the name they share with B: connected components would make one person
// of the three; the chain guard keeps C apart and queues the refused merge.
func TestClusterChainGuard(t *testing.T) {
	m, _ := ParseMapping("given=g,surname=s,birth=b,place=p")
	mk := func(id, given, surname string, birth PartDate, place string) Record {
		r := Record{ID: id, List: "l", Given: given, Surname: surname, Birth: birth, Place: place, Age: -1}
		r.Surname1, r.Surname2 = SplitSurnames(surname)
		r.prepare()
		return r
	}
	recs := []Record{
		mk("A", "juan", "quispe mamani", PartDate{1990, 5, 1}, "211101"),
		mk("B", "juan", "quispe mamani", PartDate{}, ""),
		mk("C", "juan", "quispe mamani", PartDate{1961, 11, 30}, "050101"),
		mk("D", "rosa", "flores", PartDate{1980, 1, 1}, "150101"),
	}
	fields := Fields(m, 0)
	model := &Model{Fields: []string{"given", "surname", "birth", "place"}, Lambda: 0.01,
		M: Probs{{0.9, 0.05, 0.03, 0.02}, {0.9, 0.05, 0.03, 0.02}, {0.9, 0.05, 0.03, 0.02}, {0.9, 0.05, 0.03, 0.02}},
		U: Probs{{0.01, 0.01, 0.03, 0.95}, {0.01, 0.01, 0.03, 0.95}, {0.001, 0.005, 0.02, 0.974}, {0.01, 0.05, 0.1, 0.84}}}
	res := &Result{Model: model, Fields: fields, cfg: Config{Match: 0.9, Review: 0.3, MaxCluster: 50}}
	// B matches both on names alone; pretend the pairs came weighted as
	// matches (the heavier B–A first).
	res.Pairs = []ScoredPair{{A: 0, B: 1, Weight: 20, Prob: 0.99}, {A: 1, B: 2, Weight: 19, Prob: 0.98}}
	cluster, joins, _, review := res.cluster(recs)
	if cluster[0] != cluster[1] {
		t.Fatal("A and B not merged")
	}
	if cluster[2] == cluster[0] {
		t.Fatal("C chained into A's person through B")
	}
	if cluster[3] == cluster[0] || cluster[3] == cluster[2] {
		t.Fatal("D merged")
	}
	if len(joins) != 1 || len(review) != 1 || !strings.Contains(review[0].Reason, "mean match weight") {
		t.Fatalf("joins %v, review %v", joins, review)
	}
	// Without the disagreement (C like A) the merge goes through.
	recs[2] = mk("C", "juan", "quispe mamani", PartDate{1990, 5, 1}, "211101")
	cluster, joins, _, _ = res.cluster(recs)
	if cluster[2] != cluster[0] || len(joins) != 2 {
		t.Fatalf("C not merged with A and B: %v", cluster)
	}
	// The size limit refuses merges beyond MaxCluster.
	res.cfg.MaxCluster = 2
	if cluster, _, _, review = res.cluster(recs); cluster[2] == cluster[0] || !strings.Contains(review[0].Reason, "more than 2") {
		t.Fatalf("size guard: %v %v", cluster, review)
	}
}

// Reviewers' decisions override the model: a same-person pair joins even
// below the threshold, a distinct pair never joins, not even through others.
func TestClusterDecisions(t *testing.T) {
	m, _ := ParseMapping("given=g,surname=s")
	var recs []Record
	for _, n := range [][2]string{{"juan", "quispe"}, {"juan", "quispe"}, {"juan", "quispe"}, {"juan", "quispe"}} {
		r := Record{Given: n[0], Surname: n[1], Surname1: n[1], Age: -1}
		r.prepare()
		recs = append(recs, r)
	}
	model := &Model{Fields: []string{"given", "surname"}, Lambda: 0.01,
		M: Probs{{0.9, 0.05, 0.03, 0.02}, {0.9, 0.05, 0.03, 0.02}}, U: Probs{{0.01, 0.01, 0.03, 0.95}, {0.01, 0.01, 0.03, 0.95}}}
	res := &Result{Model: model, Fields: Fields(m, 0), cfg: Config{Match: 0.9, Review: 0.3, MaxCluster: 50,
		Same: [][2]int32{{3, 2}}, Distinct: [][2]int32{{1, 0}}}}
	res.Pairs = []ScoredPair{{A: 0, B: 1, Weight: 20, Prob: 0.99}, {A: 1, B: 2, Weight: 19, Prob: 0.98}, {A: 0, B: 2, Weight: 18, Prob: 0.97}}
	cluster, _, decided, _ := res.cluster(recs)
	// 3 joins 2 by decision (no pair scored them); 1 joins them; 0 may
	// not join 1's person, so its match with 2 is refused.
	if len(decided) != 1 || cluster[1] != cluster[2] || cluster[2] != cluster[3] || cluster[0] == cluster[1] {
		t.Fatalf("clusters %v, decided %v: want {1 2 3} and {0}", cluster, decided)
	}
}
