package linkage

import (
	"context"
	"strconv"
	"strings"
	"testing"
)

// febrlMapping compares every FEBRL attribute: names, date of birth, suburb
// as the place, and the address, postcode, state and social security
// number as extra string fields.
const febrlMapping = "id=rec_id,given=given_name,surname=surname,birth=date_of_birth,place=suburb," +
	"extra.street_number=street_number,extra.address_1=address_1,extra.address_2=address_2," +
	"extra.postcode=postcode,extra.state=state,extra.ssn=soc_sec_id"

var febrlRules = []string{"given_key", "surname_key", "birth", "extra.ssn", "extra.postcode+extra.street_number"}

func febrlConfig(t testing.TB, m *Mapping) Config {
	var rules []Rule
	for _, s := range febrlRules {
		r, err := ParseRule(s, m)
		if err != nil {
			t.Fatal(err)
		}
		rules = append(rules, r)
	}
	return Config{Fields: Fields(*m, 0), Rules: rules, Seed: 1}
}

// person returns the N of rec-N-org / rec-N-dup-K.
func person(id string) string {
	s := strings.TrimPrefix(id, "rec-")
	if i := strings.IndexByte(s, '-'); i >= 0 {
		return s[:i]
	}
	return s
}

type accuracy struct{ tp, fp, fn int }

func (a accuracy) precision() float64 { return float64(a.tp) / float64(a.tp+a.fp) }
func (a accuracy) recall() float64    { return float64(a.tp) / float64(a.tp+a.fn) }
func (a accuracy) f1() float64 {
	p, r := a.precision(), a.recall()
	return 2 * p * r / (p + r)
}

// pairAccuracy scores the record pairs the clusters imply against the truth
// (records of the same person share the N of rec-N).
func pairAccuracy(recs []Record, cluster []int32, linkOnly bool) accuracy {
	truth := map[string][]int{}
	for i := range recs {
		truth[person(recs[i].ID)] = append(truth[person(recs[i].ID)], i)
	}
	byCluster := map[int32][]int{}
	for i, c := range cluster {
		byCluster[c] = append(byCluster[c], i)
	}
	pairs := func(groups map[string][]int, same func(i, j int) bool) map[[2]int]bool {
		out := map[[2]int]bool{}
		for _, g := range groups {
			for x, i := range g {
				for _, j := range g[x+1:] {
					if !linkOnly || recs[i].List != recs[j].List {
						if same(i, j) {
							out[[2]int{min(i, j), max(i, j)}] = true
						}
					}
				}
			}
		}
		return out
	}
	want := pairs(truth, func(int, int) bool { return true })
	cl := map[string][]int{}
	for c, g := range byCluster {
		cl[strconv.Itoa(int(c))] = g
	}
	got := pairs(cl, func(int, int) bool { return true })
	var a accuracy
	for p := range got {
		if want[p] {
			a.tp++
		} else {
			a.fp++
		}
	}
	a.fn = len(want) - a.tp
	return a
}

// FEBRL4: 5,000 originals and 5,000 duplicates, one each; the issue asks
// for precision and recall of at least 0.99.
func TestFebrl4Accuracy(t *testing.T) {
	m, err := ParseMapping(febrlMapping)
	if err != nil {
		t.Fatal(err)
	}
	cfg := febrlConfig(t, &m)
	cfg.LinkOnly = true
	recs := append(readFebrl(t, "dataset4a.csv", m), readFebrl(t, "dataset4b.csv", m)...)
	res, err := Link(context.Background(), recs, cfg)
	if err != nil {
		t.Fatal(err)
	}
	a := pairAccuracy(recs, res.Cluster, true)
	t.Logf("FEBRL4: %d candidate pairs %v, EM %d iterations (converged %v), λ=%.4f; tp %d fp %d fn %d; precision %.4f recall %.4f F1 %.4f; review queue %d",
		res.Candidates, res.PerRule, res.Model.Iterations, res.Model.Converged, res.Model.Lambda, a.tp, a.fp, a.fn, a.precision(), a.recall(), a.f1(), len(res.Review))
	if a.precision() < 0.99 || a.recall() < 0.99 {
		t.Errorf("precision %.4f, recall %.4f: want both ≥ 0.99", a.precision(), a.recall())
	}
}

// FEBRL dataset1: 1,000 records, deduplication within one list.
func TestFebrl1Dedup(t *testing.T) {
	m, err := ParseMapping(febrlMapping)
	if err != nil {
		t.Fatal(err)
	}
	cfg := febrlConfig(t, &m)
	recs := readFebrl(t, "dataset1.csv", m)
	res, err := Link(context.Background(), recs, cfg)
	if err != nil {
		t.Fatal(err)
	}
	a := pairAccuracy(recs, res.Cluster, false)
	t.Logf("FEBRL dataset1: %d candidate pairs, tp %d fp %d fn %d; precision %.4f recall %.4f F1 %.4f; review queue %d",
		res.Candidates, a.tp, a.fp, a.fn, a.precision(), a.recall(), a.f1(), len(res.Review))
	if a.f1() < 0.95 {
		t.Errorf("F1 %.4f on dataset1, want ≥ 0.95", a.f1())
	}
}
