package linkage

import (
	"cmp"
	"maps"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/rastro-project/rastro"
)

// DefaultPairBudget is the fewest candidate pairs ChooseRules allows by
// default, whatever the number of records; PairBudget gives the default.
const DefaultPairBudget = 15_000_000

// pairsPerRecord is the default budget per record for lists beyond a
// million records: a rule costs pairs as the square of the records and
// finds true pairs as their number, so a budget fixed in pairs would leave
// larger lists with ever finer rules. At a million records, 30 a record
// made 25 million candidates (71 s of CPU against 51 s) for the same
// recall (0.843 against 0.847), the rules past 15 million adding too few
// true pairs the pilot could see.
const pairsPerRecord = 15

// PairBudget returns the default budget of candidate pairs for n records.
func PairBudget(n int) float64 { return max(DefaultPairBudget, pairsPerRecord*float64(n)) }

// RuleOptions tunes ChooseRules. Zero values take the defaults noted.
type RuleOptions struct {
	LinkOnly      bool
	Budget        float64 // candidate pairs the rules may make together; default PairBudget(records)
	MaxBlockPairs int64   // rules with a block above this are not considered; 0 for no limit
	Fields        []Field // compared in the pilot; default Fields(m, 0)
	Seed          uint64
	// PilotPairs bounds the comparisons of the pilot that finds the
	// likely true pairs; default 3,000,000.
	PilotPairs float64
}

// RuleEstimate is a chosen rule with what it is estimated to cost and find.
type RuleEstimate struct {
	Spec   string
	Pairs  float64 // candidate pairs the rule makes on its own
	Recall float64 // share of the true pairs this rule and those before it find
}

// Choice is the set of rules ChooseRules picked.
type Choice struct {
	Rules  []RuleEstimate
	Recall float64 // estimated share of true pairs the rules find
	Pairs  float64 // estimated candidate pairs, summed over the rules (overlaps counted twice)
	// The estimate rests on the likely true pairs a pilot found among the
	// pairs of Anchors records sampled at random (weighted by probability).
	Anchors      int
	PilotMatches float64
}

// Specs returns the chosen rules as ParseRule reads them.
func (c Choice) Specs() []string {
	out := make([]string, len(c.Rules))
	for i, r := range c.Rules {
		out[i] = r.Spec
	}
	return out
}

// poolKey is a blocking key a chosen rule can use. Keys sharing a group
// describe the same attribute (birth date and birth year; names_key holds
// the given name's and the paternal surname's keys), so a rule takes at
// most one of them: given_key+names_key is names_key again, and would take
// the pilot's and the chooser's budget twice.
type poolKey struct {
	name   string
	groups []string
	key    keyFunc
	alone  bool // usable as a rule on its own (sex is not)
}

// keyPool returns the keys the mapped fields allow, from every field
// including extra.* ones.
func keyPool(m Mapping, recs []Record) []poolKey {
	var pool []poolKey
	add := func(name, group string, alone bool) {
		f, ok := blockKeys[name]
		if !ok {
			f, _ = fieldKey(m, name)
		}
		pool = append(pool, poolKey{name, strings.Fields(group), f, alone})
	}
	share := func(f keyFunc) float64 { // share of a sample with a value
		n, has := 0, 0
		for i := 0; i < len(recs); i += max(1, len(recs)/10_000) {
			n++
			if f(&recs[i]) != "" {
				has++
			}
		}
		return float64(has) / float64(max(n, 1))
	}
	if m.Has(FieldGiven) {
		add("given_key", "given", true)
	}
	if m.Has(FieldSurname) {
		add("surname_key", "surname", true)
		if share(blockKeys["surname2_key"]) > 0.05 {
			add("surname2_key", "surname2", true)
		}
	}
	if m.Has(FieldGiven) && m.Has(FieldSurname) {
		add("names_key", "given surname", true) // finds given and family names swapped
	}
	if m.Has(FieldBirth) {
		add("birth_date", "birth", true)
		add("birth_year", "birth", true)
	}
	if m.Has(FieldAge) {
		add(FieldAge, "age", true)
	}
	if m.Has(FieldSex) {
		add(FieldSex, "sex", false)
	}
	if m.Has(FieldPlace) {
		add(FieldPlace, "place", true)
		if share(blockKeys["province"]) > 0.5 {
			add("province", "place", true)
		}
	}
	for _, e := range m.Extra {
		add(extraPrefix+e, extraPrefix+e, true)
	}
	return pool
}

// candidateRule is a combination of pool keys.
type candidateRule struct {
	keys []int // indices into the pool
	// mask has a bit for each of the keys; a capped rule has a bit of its
	// own instead (from capBit on), set for the likely true pairs it holds.
	mask    uint64
	pairs   float64 // estimated candidate pairs
	biggest float64 // estimated pairs of its largest block
	cap     int     // the most records a block may hold; 0 for no limit
}

// keyMask returns the pool keys' bits of a rule, capped or not.
func keyMask(c candidateRule) uint64 {
	var m uint64
	for _, k := range c.keys {
		m |= 1 << k
	}
	return m
}

// capBit is the first mask bit of the capped rules: pool keys take the
// bits below it.
const capBit = 32

func (c candidateRule) spec(pool []poolKey) string {
	names := make([]string, len(c.keys))
	for i, k := range c.keys {
		names[i] = pool[k].name
	}
	s := strings.Join(names, "+")
	if c.cap > 0 {
		s += "/" + strconv.Itoa(c.cap)
	}
	return s
}

// partHashes hashes each pool key's value for the given records; 0 is
// unknown.
func partHashes(pool []poolKey, recs []Record, idx []int32) [][]uint64 {
	out := make([][]uint64, len(pool))
	for k, pk := range pool {
		h := make([]uint64, len(idx))
		for x, i := range idx {
			h[x] = hashString(pk.key(&recs[i]))
		}
		out[k] = h
	}
	return out
}

func hashString(v string) uint64 {
	if v == "" {
		return 0
	}
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(v); i++ {
		h = (h ^ uint64(v[i])) * prime
	}
	return max(h, 1)
}

// combine returns the key of record x under a combination of pool keys.
func combine(ph [][]uint64, keys []int, x int) uint64 {
	h := uint64(0x9e3779b97f4a7c15)
	for _, k := range keys {
		v := ph[k][x]
		if v == 0 {
			return 0
		}
		h = (h ^ v) * 0x100000001b3
		h ^= h >> 29
	}
	return max(h, 1)
}

// ChooseRules picks blocking rules from every mapped field by estimating,
// on the records at hand, how many pairs each rule costs and how many true
// pairs it finds, as Splink's blocking analysis does:
//
//   - Cost: the pairs each candidate rule (one, two or three keys from the
//     mapped fields, including extra.* columns) makes, counted on a sample;
//     a rule too dear to take whole is also offered capped, without its
//     blocks above a size (capRules), which keeps the rare values' pairs.
//   - True pairs: a pilot links a random sample of anchor records with
//     every record through broad rules (single keys and pairs of keys, as
//     many as the pilot's budget allows), fits the model and keeps the
//     likely matches, weighted by their probability. The pilot cannot see
//     a true pair none of its rules finds, so recall is an upper estimate.
//   - Choice: rules are added greedily, each time the one that finds the
//     most not yet found true pairs per pair it costs, until the pair
//     budget is spent or no rule adds a hundredth of a percent of the
//     true pairs. The pilot undercounts the true pairs only broad rules
//     find, so a rule that seems to add little may add more: on 100,000
//     generated records going on from a twentieth of a percent to a
//     hundredth raised the candidates' recall from 0.985 to 0.989 and
//     recall from 0.9415 to 0.9432, for 11.6 million pairs against 6.3
//     and precision 0.9822 against 0.9847.
func ChooseRules(m Mapping, recs []Record, opt RuleOptions) (Choice, error) {
	if opt.Budget == 0 {
		opt.Budget = PairBudget(len(recs))
	}
	if opt.PilotPairs == 0 {
		opt.PilotPairs = 3_000_000
	}
	if opt.Fields == nil {
		opt.Fields = Fields(m, 0)
	}
	pool := keyPool(m, recs)
	if len(pool) > capBit {
		pool = pool[:capBit] // extra columns past the 32nd are not blocked on
	}
	if len(pool) == 0 || len(recs) < 2 {
		return Choice{}, rastro.Errorf(rastro.EINVALID, "no blocking rule: map a given name, surname, birth date, place or extra column, or give --block rules")
	}
	cands := costRules(pool, recs, opt.MaxBlockPairs)
	if len(cands) == 0 {
		return Choice{}, rastro.Errorf(rastro.EINVALID, "no blocking rule keeps its blocks under %d pairs: give --block rules or raise --max-block-pairs", opt.MaxBlockPairs)
	}
	likely, anchors, ph, err := pilot(pool, cands, recs, opt)
	if err != nil {
		return Choice{}, err
	}
	cands = append(cands, capRules(cands, ph, opt.Budget, likely)...)
	truth := map[uint64]float64{}
	for _, l := range likely {
		truth[l.mask] += l.weight
	}
	ch := greedy(pool, cands, truth, float64(len(recs)), opt.Budget)
	ch.Anchors = anchors
	return ch, nil
}

// costRules lists the candidate rules with their estimated pairs: every
// key alone, pairs of keys, and triples whose pairs of keys all cost more
// than a twentieth of the budget's worth (finer rules are only needed
// where coarser ones are too dear). Counting is on a sample of up to
// 100,000 records, scaled by the square of the sampling rate.
func costRules(pool []poolKey, recs []Record, maxBlock int64) []candidateRule {
	step := max(1, len(recs)/100_000)
	var idx []int32
	for i := 0; i < len(recs); i += step {
		idx = append(idx, int32(i))
	}
	scale := float64(len(recs)) / float64(len(idx))
	ph := partHashes(pool, recs, idx)
	keys := make([]uint64, len(idx))
	measure := func(c *candidateRule) {
		keys = keys[:0]
		for x := range idx {
			if k := combine(ph, c.keys, x); k != 0 {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		c.pairs, c.biggest = 0, 0
		for s := 0; s < len(keys); {
			e := s + 1
			for e < len(keys) && keys[e] == keys[s] {
				e++
			}
			// c(c-1) over the sample, scaled by the square of the sampling
			// rate, estimates N(N-1) without bias.
			k := float64(e - s)
			p := k * (k - 1) / 2 * scale * scale
			c.pairs += p
			c.biggest = math.Max(c.biggest, p)
			s = e
		}
		for _, k := range c.keys {
			c.mask |= 1 << k
		}
	}
	var all []candidateRule
	cost := map[uint64]float64{}
	distinct := func(ks ...int) bool {
		for a := range ks {
			for b := a + 1; b < len(ks); b++ {
				for _, g := range pool[ks[a]].groups {
					if slices.Contains(pool[ks[b]].groups, g) {
						return false
					}
				}
			}
		}
		return true
	}
	for a := range pool {
		for b := a; b < len(pool); b++ {
			ks := []int{a}
			if b > a {
				ks = append(ks, b)
			}
			if !distinct(ks...) || len(ks) == 1 && !pool[a].alone {
				continue
			}
			c := candidateRule{keys: ks}
			measure(&c)
			cost[c.mask] = c.pairs
			all = append(all, c)
		}
	}
	dear := 0.05 * DefaultPairBudget
	for a := range pool {
		for b := a + 1; b < len(pool); b++ {
			for d := b + 1; d < len(pool); d++ {
				if !distinct(a, b, d) {
					continue
				}
				m := uint64(1<<a | 1<<b | 1<<d)
				if cost[m&^(1<<a)] < dear || cost[m&^(1<<b)] < dear || cost[m&^(1<<d)] < dear {
					continue
				}
				c := candidateRule{keys: []int{a, b, d}}
				measure(&c)
				all = append(all, c)
			}
		}
	}
	out := all[:0]
	for _, c := range all {
		if maxBlock <= 0 || c.biggest <= float64(maxBlock) {
			out = append(out, c)
		}
	}
	return out
}

// pilot finds likely true pairs: anchors sampled at random are paired with
// every record that shares a key under the pilot rules, the pairs are
// compared and the model fitted on them, and each pair whose match
// probability reaches 0.1 is kept, with that probability, as the set of
// pool keys it agrees on. It returns those pairs, the number of anchors
// and every record's hashed pool keys.
func pilot(pool []poolKey, cands []candidateRule, recs []Record, opt RuleOptions) ([]likelyPair, int, [][]uint64, error) {
	n := len(recs)
	// Pilot rules: rules of one or two keys, cheapest first, while the
	// anchors they leave room for number at least 2,500 (or every
	// record): at a million records 5,000 left room for 9 rules, 2,500 for
	// 14, and the rules chosen then held 0.931 of the true pairs against
	// 0.928 (recall 0.879 against 0.877; at 100,000 records 0.9535 against
	// 0.9537). A rule taken replaces the finer rules taken before it
	// (given_key+birth_year those of given_key+birth_date): their pairs are
	// its own, and what they cost buys coarser rules, which see the true
	// pairs agreeing on few keys. At a million generated records the finer
	// rules had taken the budget, and pairs agreeing on the given name,
	// birth year and district alone, which the model matches, were never
	// found by the pilot nor blocked on.
	var broad []candidateRule
	for _, c := range cands {
		if len(c.keys) <= 2 {
			broad = append(broad, c)
		}
	}
	slices.SortFunc(broad, func(x, y candidateRule) int { return cmp.Compare(x.pairs, y.pairs) })
	minAnchors := float64(min(n, 2500))
	var rules []candidateRule
	total := 0.0
	for _, c := range broad {
		finer := 0.0
		for _, r := range rules {
			if r.mask&c.mask == c.mask {
				finer += r.pairs
			}
		}
		if (total-finer+c.pairs)*2*minAnchors/float64(n) > opt.PilotPairs && len(rules) > 0 {
			continue
		}
		rules = slices.DeleteFunc(rules, func(r candidateRule) bool { return r.mask&c.mask == c.mask })
		rules = append(rules, c)
		total += c.pairs - finer
	}
	share := math.Min(1, opt.PilotPairs/(2*total))
	debugf("pilot: %d rules, %.0f pairs, anchor share %.4f: %v", len(rules), total, share, func() (s []string) {
		for _, c := range rules {
			s = append(s, c.spec(pool))
		}
		return
	}())
	// Anchors by a hash of the record number: a fixed, even sample.
	isAnchor := make([]bool, n)
	var anchors []int32
	for i := range n {
		h := (uint64(i) + opt.Seed + 1) * 0x9e3779b97f4a7c15
		h ^= h >> 31
		if float64(h>>11)/(1<<53) < share {
			isAnchor[i] = true
			anchors = append(anchors, int32(i))
		}
	}
	all := make([]int32, n)
	for i := range all {
		all[i] = int32(i)
	}
	ph := partHashes(pool, recs, all)
	if len(anchors) == 0 {
		return nil, 0, ph, nil
	}
	type pair struct {
		a, b int32
		p    Pattern
	}
	var pairs []pair
	perRule := make([]map[Pattern]int64, len(rules))
	counts := map[Pattern]int64{}
	rs := make([]Rule, len(rules))
	for q, c := range rules {
		for _, k := range c.keys {
			rs[q].Fields = append(rs[q].Fields, keyFields(pool[k].name)...)
		}
	}
	masks := maskOf(rs, opt.Fields)
	agrees := func(q int, i, j int32) bool {
		for _, k := range rules[q].keys {
			if v := ph[k][i]; v == 0 || v != ph[k][j] {
				return false
			}
		}
		return true
	}
	// Each worker takes every records' share of the rules' blocks
	// (records j ≡ w mod workers) and keeps its own counts.
	type part struct {
		pairs   []pair
		counts  map[Pattern]int64
		perRule []map[Pattern]int64
	}
	byKey := make([]map[uint64][]int32, len(rules))
	for q, c := range rules {
		byKey[q] = map[uint64][]int32{}
		for _, a := range anchors {
			if k := combine(ph, c.keys, int(a)); k != 0 {
				byKey[q][k] = append(byKey[q][k], a)
			}
		}
	}
	workers := runtime.GOMAXPROCS(0)
	parts := make([]part, workers)
	var wg sync.WaitGroup
	for w := range parts {
		wg.Add(1)
		go func(pt *part) {
			defer wg.Done()
			pt.counts = map[Pattern]int64{}
			pt.perRule = make([]map[Pattern]int64, len(rules))
			for q := range pt.perRule {
				pt.perRule[q] = map[Pattern]int64{}
			}
			for q, c := range rules {
				for j := int32(w); j < int32(n); j += int32(workers) {
					k := combine(ph, c.keys, int(j))
					if k == 0 {
						continue
					}
					for _, a := range byKey[q][k] {
						if a == j || isAnchor[j] && j < a || opt.LinkOnly && recs[a].List == recs[j].List {
							continue
						}
						earlier := false
						for e := range q {
							if agrees(e, a, j) {
								earlier = true
								break
							}
						}
						if earlier {
							continue
						}
						p := ComparePair(opt.Fields, &recs[a], &recs[j])
						pt.pairs = append(pt.pairs, pair{a, j, p})
						pt.counts[p]++
						for e := q; e < len(rules); e++ {
							if e == q || agrees(e, a, j) {
								pt.perRule[e][masked(p, masks[e])]++
							}
						}
					}
				}
			}
		}(&parts[w])
	}
	wg.Wait()
	for q := range perRule {
		perRule[q] = map[Pattern]int64{}
	}
	for _, pt := range parts {
		pairs = append(pairs, pt.pairs...)
		for p, c := range pt.counts {
			counts[p] += c
		}
		for q, m := range pt.perRule {
			for p, c := range m {
				perRule[q][p] += c
			}
		}
	}
	if len(pairs) == 0 {
		return nil, len(anchors), ph, nil
	}
	u, err := EstimateU(recs, opt.Fields, 200_000, opt.LinkOnly, opt.Seed)
	if err != nil {
		return nil, 0, nil, err
	}
	names := make([]string, len(opt.Fields))
	for f := range opt.Fields {
		names[f] = opt.Fields[f].Name
	}
	model, matches, err := train(names, perRule, counts, masks, u, EMOptions{})
	if err != nil {
		return nil, 0, nil, err
	}
	tfs := termFreqs(recs, opt.Fields, DefaultTermFreq) // as Link scores by default
	bins := weightBins{}
	for _, pr := range pairs {
		bins.add(model.Weight(pr.p) + adjustAll(tfs, model, pr.p, recs, pr.a, pr.b))
	}
	refinePrior(model, bins, matches, anchorPairs(recs, isAnchor, len(anchors), opt.LinkOnly))
	var likely []likelyPair
	for _, pr := range pairs {
		p := model.Probability(model.Weight(pr.p) + adjustAll(tfs, model, pr.p, recs, pr.a, pr.b))
		if p < 0.1 {
			continue
		}
		var mask uint64
		for k := range pool {
			if v := ph[k][pr.a]; v != 0 && v == ph[k][pr.b] {
				mask |= 1 << k
			}
		}
		likely = append(likely, likelyPair{pr.a, pr.b, mask, p})
	}
	return likely, len(anchors), ph, nil
}

// likelyPair is a pair the pilot found likely true, with the pool keys
// (and capped rules) it agrees on and its probability.
type likelyPair struct {
	a, b   int32
	mask   uint64
	weight float64
}

// capRules returns capped variants of the rules too dear to take whole:
// each leaves out the blocks above a size, the largest size whose blocks
// together cost at most a twentieth of the budget. Their blocks are the
// rare values: records agreeing only on a rare given name and surname
// (their frequency weighs the agreement) can be matched, the common ones'
// thousands of namesakes must be split by further keys. Block sizes are
// counted over every record (a sample cannot tell a block of 3 from one
// of 30), so only the cheapest 32 dear rules of one or two keys get a
// variant. It sets each capped rule's bit on the likely pairs it holds.
func capRules(cands []candidateRule, ph [][]uint64, budget float64, likely []likelyPair) []candidateRule {
	limit := budget / 20
	var dear []candidateRule
	for _, c := range cands {
		if len(c.keys) <= 2 && c.cap == 0 && c.pairs > limit {
			dear = append(dear, c)
		}
	}
	slices.SortFunc(dear, func(x, y candidateRule) int { return cmp.Compare(x.pairs, y.pairs) })
	dear = dear[:min(len(dear), 64-capBit)]
	out := make([]candidateRule, len(dear))
	holds := make([][]bool, len(dear))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for d, c := range dear {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[d], holds[d] = capRule(c, ph, limit, likely)
		}()
	}
	wg.Wait()
	var kept []candidateRule
	for d, c := range out {
		if c.cap == 0 {
			continue
		}
		c.mask = 1 << (capBit + len(kept))
		for i, h := range holds[d] {
			if h {
				likely[i].mask |= c.mask
			}
		}
		kept = append(kept, c)
	}
	return kept
}

// capRule caps one rule (cap 0: no block size fits) and says which likely
// pairs share a block it keeps.
func capRule(c candidateRule, ph [][]uint64, limit float64, likely []likelyPair) (candidateRule, []bool) {
	n := len(ph[0])
	keys := make([]uint64, 0, n)
	for x := range n {
		if k := combine(ph, c.keys, x); k != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	pairsOf := map[int]float64{} // pairs in blocks of each size
	for s := 0; s < len(keys); {
		e := s + 1
		for e < len(keys) && keys[e] == keys[s] {
			e++
		}
		if k := e - s; k > 1 {
			pairsOf[k] += float64(k) * float64(k-1) / 2
		}
		s = e
	}
	sizes := slices.Sorted(maps.Keys(pairsOf))
	capped := candidateRule{keys: c.keys}
	for _, k := range sizes {
		if capped.pairs+pairsOf[k] > limit {
			break
		}
		capped.cap, capped.pairs = k, capped.pairs+pairsOf[k]
		capped.biggest = float64(k) * float64(k-1) / 2
	}
	if capped.cap < 2 {
		return candidateRule{}, nil
	}
	holds := make([]bool, len(likely))
	for i, l := range likely {
		k := combine(ph, c.keys, int(l.a))
		if k == 0 || k != combine(ph, c.keys, int(l.b)) {
			continue
		}
		lo, _ := slices.BinarySearch(keys, k)
		hi, _ := slices.BinarySearchFunc(keys, k, func(e, t uint64) int { // the first key above k
			if e <= t {
				return -1
			}
			return 1
		})
		holds[i] = hi-lo <= capped.cap
	}
	return capped, holds
}

// anchorPairs counts the pairs with at least one anchor a run could compare.
func anchorPairs(recs []Record, isAnchor []bool, anchors int, linkOnly bool) float64 {
	n, a := float64(len(recs)), float64(anchors)
	if !linkOnly {
		return math.Max(1, a*(n-1)-a*(a-1)/2)
	}
	size, anch := map[string]float64{}, map[string]float64{}
	for i := range recs {
		size[recs[i].List]++
		if isAnchor[i] {
			anch[recs[i].List]++
		}
	}
	total, cross := 0.0, a*a
	for l, k := range anch {
		total += k * (n - size[l])
		cross -= k * k
	}
	return math.Max(1, total-cross/2)
}

// greedy adds rules by true pairs found per pair spent. A rule's cost
// includes the records it sorts, so a rule finding almost nothing is not
// worth its blocks however small.
func greedy(pool []poolKey, cands []candidateRule, truth map[uint64]float64, n, budget float64) Choice {
	var ch Choice
	total := 0.0
	for _, w := range truth {
		total += w
	}
	ch.PilotMatches = total
	left := maps.Clone(truth)
	// Gains are summed in a fixed order: rules of equal cost (names_key
	// and given_key+surname_key) would otherwise change places between
	// runs with the last bits of the sums.
	order := slices.Sorted(maps.Keys(truth))
	used := make([]bool, len(cands))
	var chosen []int // the candidates of ch.Rules
	found := 0.0
	for len(ch.Rules) < 32 {
		best, bestScore, bestGain := -1, 0.0, 0.0
		for c, cr := range cands {
			if used[c] || ch.Pairs+cr.pairs > budget {
				continue
			}
			gain := 0.0
			for _, mask := range order {
				if w, ok := left[mask]; ok && mask&cr.mask == cr.mask {
					gain += w
				}
			}
			if score := gain / (cr.pairs + n); gain > 0 && score > bestScore {
				best, bestScore, bestGain = c, score, gain
			}
		}
		if best < 0 || total > 0 && bestGain < 1e-4*total {
			break
		}
		used[best] = true
		cr := cands[best]
		for mask := range left {
			if mask&cr.mask == cr.mask {
				delete(left, mask)
			}
		}
		if cr.cap == 0 {
			// A capped rule taken before whose keys include this rule's
			// has its pairs in this rule's blocks: it only costs now.
			for x := len(chosen) - 1; x >= 0; x-- {
				if c := cands[chosen[x]]; c.cap > 0 && keyMask(c)&cr.mask == cr.mask {
					ch.Pairs -= c.pairs
					ch.Rules = slices.Delete(ch.Rules, x, x+1)
					chosen = slices.Delete(chosen, x, x+1)
				}
			}
		}
		found += bestGain
		ch.Pairs += cr.pairs
		ch.Rules = append(ch.Rules, RuleEstimate{Spec: cr.spec(pool), Pairs: cr.pairs, Recall: found / total})
		chosen = append(chosen, best)
	}
	if len(ch.Rules) == 0 {
		// Nothing to learn from (no likely match in the pilot): the cheapest
		// single name key that pairs anything, as a person's name is what a
		// reader compares first; failing that, any key that pairs anything.
		for _, names := range []bool{true, false} {
			for _, cr := range cands {
				spec := cr.spec(pool)
				if len(cr.keys) == 1 && cr.cap == 0 && cr.pairs > 0 && cr.pairs <= budget && (!names || strings.HasSuffix(spec, "_key")) &&
					(len(ch.Rules) == 0 || cr.pairs < ch.Rules[0].Pairs) {
					ch.Rules = []RuleEstimate{{Spec: spec, Pairs: cr.pairs}}
				}
			}
			if len(ch.Rules) > 0 {
				break
			}
		}
		if len(ch.Rules) == 0 { // every key is over the budget: the cheapest
			for _, cr := range cands {
				if len(cr.keys) == 1 && cr.cap == 0 && (len(ch.Rules) == 0 || cr.pairs < ch.Rules[0].Pairs) {
					ch.Rules = []RuleEstimate{{Spec: cr.spec(pool), Pairs: cr.pairs}}
				}
			}
		}
		if len(ch.Rules) == 0 {
			ch.Rules = []RuleEstimate{{Spec: cands[0].spec(pool), Pairs: cands[0].pairs}}
		}
		ch.Pairs = ch.Rules[0].Pairs
	}
	if total > 0 {
		ch.Recall = found / total
	}
	return ch
}

var debugf = func(string, ...any) {}
