package linkage

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/linkage/synth"
)

// Two namesakes on one list, A and C, agree on everything; B, on another
// list, has the name alone. A–B and B–C are matches, and average linkage
// lets C join A's person through B, since C is a good match for A. When
// each list names a person once, A and C cannot be one person: the weaker
// merge is refused and queued with its reason.
func TestClusterOnePerList(t *testing.T) {
	m, _ := ParseMapping("given=g,surname=s,birth=b,place=p")
	mk := func(id, list string, birth PartDate, place string) Record {
		r := Record{ID: id, List: list, Given: "juan", Surname: "quispe mamani", Birth: birth, Place: place, Age: -1}
		r.Surname1, r.Surname2 = SplitSurnames(r.Surname)
		r.prepare()
		return r
	}
	recs := []Record{
		mk("A", "defensoria", PartDate{1990, 5, 1}, "211101"),
		mk("B", "prensa", PartDate{}, ""),
		mk("C", "defensoria", PartDate{1990, 5, 1}, "211101"),
	}
	model := &Model{Fields: []string{"given", "surname", "birth", "place"}, Lambda: 0.01,
		M: Probs{{0.9, 0.05, 0.03, 0.02}, {0.9, 0.05, 0.03, 0.02}, {0.9, 0.05, 0.03, 0.02}, {0.9, 0.05, 0.03, 0.02}},
		U: Probs{{0.01, 0.01, 0.03, 0.95}, {0.01, 0.01, 0.03, 0.95}, {0.001, 0.005, 0.02, 0.974}, {0.01, 0.05, 0.1, 0.84}}}
	res := &Result{Model: model, Fields: Fields(m, 0), cfg: Config{Match: 0.9, Review: 0.3, MaxCluster: 50}}
	res.Pairs = []ScoredPair{{A: 0, B: 1, Weight: 20, Prob: 0.99}, {A: 1, B: 2, Weight: 19, Prob: 0.98}}
	cluster, _, _, _ := res.cluster(recs)
	if cluster[0] != cluster[2] {
		t.Fatalf("without the option A, B and C should be one person through B: %v", cluster)
	}
	res.cfg.OnePerList = true
	cluster, joins, _, review := res.cluster(recs)
	if cluster[0] != cluster[1] || cluster[2] == cluster[0] || len(joins) != 1 {
		t.Fatalf("clusters %v, joins %v: want {A B} and {C}", cluster, joins)
	}
	if len(review) != 1 || review[0].A != 1 || review[0].B != 2 || !strings.Contains(review[0].Reason, "list defensoria") {
		t.Fatalf("review %v: want B–C refused for list defensoria", review)
	}
	// The heavier match wins: with B–C first, C and B are the person.
	res.Pairs = []ScoredPair{{A: 1, B: 2, Weight: 20, Prob: 0.99}, {A: 0, B: 1, Weight: 19, Prob: 0.98}}
	if cluster, _, _, _ = res.cluster(recs); cluster[1] != cluster[2] || cluster[0] == cluster[1] {
		t.Fatalf("clusters %v: want {B C} and {A}", cluster)
	}
	// Records on several lists (a person cited by several sources): any
	// list in common keeps them apart.
	recs[0].List, recs[2].List = "source:1", "source:3"
	res.cfg.Lists = [][]string{{"source:1", "source:2"}, {"source:4"}, {"source:2", "source:3"}}
	res.Pairs = []ScoredPair{{A: 0, B: 1, Weight: 20, Prob: 0.99}, {A: 1, B: 2, Weight: 19, Prob: 0.98}}
	cluster, _, _, review = res.cluster(recs)
	if cluster[2] == cluster[0] || len(review) != 1 || !strings.Contains(review[0].Reason, "list source:2") {
		t.Fatalf("clusters %v, review %v: want C apart for source:2", cluster, review)
	}
	// A reviewer's decision still joins what the model may not.
	res.cfg.Same = [][2]int32{{0, 2}}
	if cluster, _, _, _ = res.cluster(recs); cluster[0] != cluster[2] {
		t.Fatalf("clusters %v: the reviewer's same-person decision did not join A and C", cluster)
	}
}

// sharingClusters counts the persons holding two records on one list.
func sharingClusters(recs []Record, lists [][]string, cluster []int32) int {
	on := func(i int) []string {
		if lists != nil {
			return lists[i]
		}
		return []string{recs[i].List}
	}
	type onList struct {
		person int32
		list   string
	}
	seen := map[onList]bool{}
	bad := map[int32]bool{}
	for i, c := range cluster {
		for _, l := range on(i) {
			if seen[onList{c, l}] {
				bad[c] = true
			}
			seen[onList{c, l}] = true
		}
	}
	return len(bad)
}

// The generated lists name each person at most once per list, as the
// option says. With it no pair of one list is compared or joined, and
// precision and recall are at least those without it.
func TestOnePerListSynthetic(t *testing.T) {
	m, recs, persons := synthetic(t, synth.Options{Records: 10_000, Seed: 3, Places: districts(t)})
	plain, _, _ := linkChosenWith(t, m, recs, Config{})
	one, _, _ := linkChosenWith(t, m, recs, Config{OnePerList: true})
	for _, p := range one.Pairs {
		if recs[p.A].List == recs[p.B].List {
			t.Fatalf("pair %d–%d of list %s compared", p.A, p.B, recs[p.A].List)
		}
	}
	a0, a1 := synthAccuracy(recs, persons, plain.Cluster), synthAccuracy(recs, persons, one.Cluster)
	s0, s1 := sharingClusters(recs, nil, plain.Cluster), sharingClusters(recs, nil, one.Cluster)
	t.Logf("10,000 records: without the option precision %.4f recall %.4f, %d persons with two records of one list; with it %.4f %.4f, %d",
		a0.precision(), a0.recall(), s0, a1.precision(), a1.recall(), s1)
	if s1 != 0 || s0 == 0 {
		t.Errorf("persons holding two records of one list: %d with the option (want 0), %d without (want some, or the test shows nothing)", s1, s0)
	}
	if a1.precision() < a0.precision() || a1.recall() < a0.recall()-0.002 {
		t.Errorf("with the option precision %.4f recall %.4f, without %.4f %.4f", a1.precision(), a1.recall(), a0.precision(), a0.recall())
	}
}

// Lists given per record (sources a person record cites): records sharing
// any list are neither compared nor joined, though their first lists differ.
func TestOnePerListRecordLists(t *testing.T) {
	m, recs, _ := synthetic(t, synth.Options{Records: 5_000, Seed: 4, Places: districts(t)})
	lists := make([][]string, len(recs))
	for i := range recs {
		lists[i] = []string{recs[i].List}
		if i%3 == 0 {
			lists[i] = append(lists[i], "all-thirds")
		}
	}
	fields := Fields(m, 2023)
	var rules []Rule
	for _, s := range []string{"surname_key", "given_key+birth_year"} {
		r, err := ParseRule(s, &m)
		if err != nil {
			t.Fatal(err)
		}
		rules = append(rules, r)
	}
	res, err := Link(context.Background(), recs, Config{Fields: fields, Rules: rules, OnePerList: true, Lists: lists, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if sharesList(lists[p.A], lists[p.B]) {
			t.Fatalf("records %d and %d share a list and were compared", p.A, p.B)
		}
	}
	if n := sharingClusters(recs, lists, res.Cluster); n != 0 {
		t.Errorf("%d persons hold two records of one list", n)
	}
	if _, err := Link(context.Background(), recs, Config{Fields: fields, Rules: rules, OnePerList: true, Lists: lists[1:]}); err == nil {
		t.Error("lists of the wrong length accepted")
	}
	// One list alone, each naming a person once: nothing to compare.
	for i := range recs {
		recs[i].List = "defensoria"
	}
	if _, err := Link(context.Background(), recs, Config{Fields: fields, Rules: rules, OnePerList: true}); rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), "nothing to compare") {
		t.Errorf("one list with OnePerList: %v", err)
	}
}

// FEBRL 4a and 4b each name a person once: the option keeps precision and
// recall at 1.0, with the hand-picked rules and with chosen ones.
func TestFebrl4OnePerList(t *testing.T) {
	m, err := ParseMapping(febrlMapping)
	if err != nil {
		t.Fatal(err)
	}
	recs := append(readFebrl(t, "dataset4a.csv", m), readFebrl(t, "dataset4b.csv", m)...)
	cfg := febrlConfig(t, &m)
	cfg.OnePerList = true
	res, err := Link(context.Background(), recs, cfg)
	if err != nil {
		t.Fatal(err)
	}
	hand := pairAccuracy(recs, res.Cluster, true)
	res, _, _ = linkChosenWith(t, m, recs, Config{OnePerList: true})
	auto := pairAccuracy(recs, res.Cluster, true)
	t.Logf("FEBRL4, one per list: hand-picked rules precision %.4f recall %.4f; chosen rules %.4f %.4f",
		hand.precision(), hand.recall(), auto.precision(), auto.recall())
	for _, a := range []accuracy{hand, auto} {
		if a.precision() < 1 || a.recall() < 1 {
			t.Errorf("precision %.4f recall %.4f: want 1.0 and 1.0", a.precision(), a.recall())
		}
	}
}

// TestOnePerListThresholds prints precision and recall on the generated
// lists, linked with OnePerList, as the match threshold goes down: the
// model's own threshold, then fixed ones (as --match), each clustered with
// the option and without it (the same pairs and weights; only the
// refusal of two records of one list differs). It runs only with
// RASTRO_THRESHOLDS=1 (RASTRO_THRESHOLDS_N records, default 1,000,000):
//
//	RASTRO_THRESHOLDS=1 go test ./linkage -run OnePerListThresholds -v -timeout 30m
func TestOnePerListThresholds(t *testing.T) {
	if os.Getenv("RASTRO_THRESHOLDS") == "" {
		t.Skip("set RASTRO_THRESHOLDS=1")
	}
	n := envInt("RASTRO_THRESHOLDS_N", 1_000_000)
	m, recs, persons := synthetic(t, synth.Options{Records: n, Seed: 1, Places: districts(t)})
	res, _, _ := linkChosenWith(t, m, recs, Config{OnePerList: true, Review: 0.05})
	t.Logf("%d records; the model's match threshold %.3f", n, res.Match)
	for _, match := range []float64{res.Match, 0.9, 0.7, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1} {
		var line strings.Builder
		fmt.Fprintf(&line, "match %.3f:", match)
		for _, one := range []bool{true, false} {
			res.cfg.Match, res.cfg.OnePerList = match, one
			cluster, _, _, _ := res.cluster(recs)
			a := synthAccuracy(recs, persons, cluster)
			fmt.Fprintf(&line, " one per list %v precision %.4f recall %.4f;", one, a.precision(), a.recall())
		}
		t.Log(line.String())
	}
}
