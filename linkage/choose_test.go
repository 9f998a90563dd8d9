package linkage

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/linkage/synth"
)

// FEBRL 4a+4b with default (chosen) rules: every column mapped, and only
// names, date of birth, suburb, postcode and social security number.
func TestFebrl4ChosenRules(t *testing.T) {
	for _, c := range []struct {
		mapping   string
		precision float64
		recall    float64
	}{
		{febrlMapping, 0.999, 0.999},
		{"id=rec_id,given=given_name,surname=surname,birth=date_of_birth,place=suburb,extra.postcode=postcode,extra.ssn=soc_sec_id", 0.999, 0.998},
		{"id=rec_id,given=given_name,surname=surname,birth=date_of_birth,place=suburb", 0.995, 0.93},
	} {
		m, err := ParseMapping(c.mapping)
		if err != nil {
			t.Fatal(err)
		}
		recs := append(readFebrl(t, "dataset4a.csv", m), readFebrl(t, "dataset4b.csv", m)...)
		_, _, a := chosen(t, m, recs, nil, true)
		if a.precision() < c.precision || a.recall() < c.recall {
			t.Errorf("%s: precision %.4f recall %.4f, want ≥ %v and ≥ %v", c.mapping, a.precision(), a.recall(), c.precision, c.recall)
		}
	}
}

// synthetic generates lists and reads them, with each record's person.
func synthetic(t *testing.T, opt synth.Options) (Mapping, []Record, []string) {
	t.Helper()
	var buf bytes.Buffer
	if err := synth.Write(&buf, opt); err != nil {
		t.Fatal(err)
	}
	m, _ := ParseMapping(synth.Mapping)
	persons := truthColumn(t, buf.Bytes())
	recs, _, err := ReadCSV(&buf, "synthetic", m)
	if err != nil {
		t.Fatal(err)
	}
	return m, recs, persons
}

// linkChosen links recs with the rules ChooseRules picks, with the
// settings of the benchmarks.
func linkChosen(t testing.TB, m Mapping, recs []Record, linkOnly bool) (*Result, Choice, []Rule) {
	t.Helper()
	return linkChosenWith(t, m, recs, Config{LinkOnly: linkOnly})
}

// linkChosenWith is linkChosen with the lists' options of opt (LinkOnly,
// OnePerList) and its review threshold.
func linkChosenWith(t testing.TB, m Mapping, recs []Record, opt Config) (*Result, Choice, []Rule) {
	t.Helper()
	linkOnly := opt.LinkOnly || opt.OnePerList
	fields := Fields(m, 2023)
	ch, err := ChooseRules(m, recs, RuleOptions{LinkOnly: linkOnly, MaxBlockPairs: 1_000_000, Fields: fields, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var rules []Rule
	for _, s := range ch.Specs() {
		r, err := ParseRule(s, &m)
		if err != nil {
			t.Fatal(err)
		}
		rules = append(rules, r)
	}
	res, err := Link(context.Background(), recs, Config{Fields: fields, Rules: rules, LinkOnly: linkOnly, OnePerList: opt.OnePerList, Review: opt.Review, Seed: 1, MaxBlockPairs: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	return res, ch, rules
}

// chosen links recs with the rules ChooseRules picks and scores the
// candidate pairs and the clusters against the truth.
func chosen(t *testing.T, m Mapping, recs []Record, persons []string, linkOnly bool) (Choice, float64, accuracy) {
	t.Helper()
	res, ch, rules := linkChosen(t, m, recs, linkOnly)
	blocked := candidateRecall(recs, persons, rules, linkOnly)
	var a accuracy
	if linkOnly || persons == nil {
		a = pairAccuracy(recs, res.Cluster, linkOnly)
	} else {
		a = synthAccuracy(recs, persons, res.Cluster)
	}
	t.Logf("rules %s", describe(ch))
	t.Logf("%d records: candidate recall %.4f (estimated %.4f), %d pairs; precision %.4f recall %.4f", len(recs), blocked, ch.Recall, res.Candidates, a.precision(), a.recall())
	return ch, blocked, a
}

func describe(ch Choice) string {
	var b strings.Builder
	for _, r := range ch.Rules {
		fmt.Fprintf(&b, "%s (%.0f pairs, recall %.4f) ", r.Spec, r.Pairs, r.Recall)
	}
	return b.String()
}

// candidateRecall is the share of true pairs some rule makes candidates;
// persons gives each record's person, or nil to take it from FEBRL's ids.
func candidateRecall(recs []Record, persons []string, rules []Rule, linkOnly bool) float64 {
	by := map[string][]int32{}
	for i := range recs {
		p := person(recs[i].ID)
		if persons != nil {
			p = persons[i]
		}
		by[p] = append(by[p], int32(i))
	}
	// The blocks as the runs build them: oversized and capped blocks left out.
	blocks, err := NewBlocks(recs, rules, linkOnly, 1_000_000)
	if err != nil {
		panic(err)
	}
	total, found := 0, 0
	for _, g := range by {
		for x, i := range g {
			for _, j := range g[x+1:] {
				if linkOnly && recs[i].List == recs[j].List {
					continue
				}
				total++
				if blocks.Candidates(i, j) {
					found++
				}
			}
		}
	}
	return float64(found) / float64(max(total, 1))
}

// Generated lists where a tenth of the records swap given and family
// names, a third lack the date of birth and a tenth transpose two digits
// of it: rules must come from every field, and a swap-proof name key
// must be among them.
func TestChooseRulesHardLists(t *testing.T) {
	m, recs, persons := synthetic(t, synth.Options{Records: 20_000, Seed: 7, SwapNames: 0.1, NoBirth: 0.3, TransposeBirth: 0.1})
	ch, blocked, a := chosen(t, m, recs, persons, false)
	if !strings.Contains(strings.Join(ch.Specs(), " "), "names_key") {
		t.Errorf("no rule on names_key, which finds swapped names")
	}
	// The estimate counts the pairs the pilot's model calls likely
	// matches, so it is at least the share of all true pairs blocked.
	if blocked < 0.97 || ch.Recall < blocked-0.005 {
		t.Errorf("candidate recall %.4f (estimated %.4f), want ≥ 0.97 and an estimate no lower", blocked, ch.Recall)
	}
	// The match threshold maximises the expected F1, so it may give up a
	// little precision for recall here: 0.980 and 0.896 against 0.984 and
	// 0.852 at the fixed threshold 0.9 (F1 0.936 against 0.913).
	if a.precision() < 0.97 || a.recall() < 0.88 {
		t.Errorf("precision %.4f recall %.4f, want ≥ 0.97 and ≥ 0.88", a.precision(), a.recall())
	}
}

// Everyone shares given name and surname: a rule on either alone would
// compare every pair, so the rules must combine keys; and the estimated
// cost of a rule must be close to what blocking makes.
func TestChooseRulesNamesakes(t *testing.T) {
	m, _ := ParseMapping("given=g,surname=s,place=p")
	var recs []Record
	for i := range 3000 {
		r := Record{Given: "juan", Surname: "quispe mamani", Place: fmt.Sprintf("%06d", 10101+i%50), Age: -1}
		r.Surname1, r.Surname2 = SplitSurnames(r.Surname)
		r.prepare()
		recs = append(recs, r)
	}
	ch, err := ChooseRules(m, recs, RuleOptions{Budget: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ch.Rules {
		if r.Pairs > 1_000_000 {
			t.Errorf("rule %s makes %.0f pairs, over the budget", r.Spec, r.Pairs)
		}
	}
	pool := keyPool(m, recs)
	for _, c := range costRules(pool, recs, 0) {
		if c.spec(pool) != "place" {
			continue
		}
		r, _ := ParseRule("place", &m)
		b, _ := NewBlocks(recs, []Rule{r}, false, 0)
		if got := float64(b.Count()[0]); c.pairs < 0.9*got || c.pairs > 1.1*got {
			t.Errorf("estimated %v pairs for place, counted %v", c.pairs, got)
		}
		return
	}
	t.Error("place is not among the candidate rules")
}

// FEBRL dataset1 (deduplication of one list) with chosen rules.
func TestFebrl1ChosenRules(t *testing.T) {
	m, err := ParseMapping(febrlMapping)
	if err != nil {
		t.Fatal(err)
	}
	recs := readFebrl(t, "dataset1.csv", m)
	_, blocked, a := chosen(t, m, recs, nil, false)
	if blocked < 0.998 || a.precision() < 0.995 || a.recall() < 0.995 {
		t.Errorf("candidate recall %.4f, precision %.4f, recall %.4f: want ≥ 0.998, 0.995, 0.995", blocked, a.precision(), a.recall())
	}
}

// The generated Peruvian-style lists at 100,000 records (the benchmark's
// data): the README quotes precision 0.984 and recall 0.891; this fails
// below 0.98 and 0.88. Skipped with -short (it takes 10 to 30 s here).
func TestSynthetic100k(t *testing.T) {
	if testing.Short() {
		t.Skip("100,000 records: run without -short")
	}
	m, recs, persons := synthetic(t, synth.Options{Records: 100_000, Seed: 1, Places: districts(t)})
	_, blocked, a := chosen(t, m, recs, persons, false)
	if a.precision() < 0.98 || a.recall() < 0.88 || blocked < 0.97 {
		t.Errorf("precision %.4f, recall %.4f, candidate recall %.4f: want ≥ 0.98, 0.88, 0.97", a.precision(), a.recall(), blocked)
	}
}
