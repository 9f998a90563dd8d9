package linkage

import (
	"context"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/rastro-project/rastro"
	"gonum.org/v1/gonum/floats"
)

// Config sets up a linkage run. Zero values take the defaults noted.
type Config struct {
	Fields   []Field
	Rules    []Rule
	LinkOnly bool // compare only records from different lists
	// OnePerList says each list names a person at most once (every list
	// was deduplicated by its keepers): two records of one list are never
	// compared (it implies LinkOnly) and never put in one person, however
	// strong a chain through other records; the prior counts only pairs
	// across lists. Wrong for a list that may name someone twice.
	OnePerList bool
	// Lists holds the lists each record is on when a record may be on
	// more than one (a database person cited by several sources), for
	// OnePerList; nil: each record is on its List alone.
	Lists         [][]string
	MaxBlockPairs int64  // skip blocks with more pairs; 0 for no limit
	UPairs        int    // random pairs for the u-probabilities; default 200,000
	Seed          uint64 // for the random pairs
	// Match is the probability at or above which a pair is a match; 0
	// chooses it from the model (ChooseMatch).
	Match      float64
	Review     float64  // probability at or above which a non-match is reviewed; default 0.3, or Match when lower
	TermFreq   []string // fields whose agreement is adjusted for the value's frequency; default DefaultTermFreq
	NoTermFreq bool     // turn the adjustment off
	MaxCluster int      // largest person cluster built automatically; default 50
	Workers    int      // default GOMAXPROCS
	EM         EMOptions
	// Reviewers' decisions, which override the model: pairs of records
	// (indices) that are the same person, and pairs that are not.
	Same, Distinct [][2]int32
}

func (c *Config) defaults() {
	c.LinkOnly = c.LinkOnly || c.OnePerList
	if c.UPairs == 0 {
		c.UPairs = 200_000
	}
	if c.Review == 0 {
		c.Review = 0.3
	}
	if c.TermFreq == nil && !c.NoTermFreq {
		c.TermFreq = DefaultTermFreq
	}
	if c.MaxCluster == 0 {
		c.MaxCluster = 50
	}
	if c.Workers == 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
}

// DefaultTermFreq lists the fields whose agreement Link adjusts for the
// frequency of the value agreed on.
var DefaultTermFreq = []string{FieldGiven, FieldSurname, FieldPlace}

// candidate is a compared pair before scoring, kept small: there are
// millions.
type candidate struct {
	a, b    int32
	pattern Pattern
	rule    uint8
}

// chunks holds candidates in fixed-size blocks: growing one slice would
// copy tens of millions of pairs and, while copying, hold them twice.
type chunks struct{ blocks [][]candidate }

const chunkPairs = 1 << 16

func (c *chunks) add(p candidate) {
	if n := len(c.blocks); n == 0 || len(c.blocks[n-1]) == chunkPairs {
		c.blocks = append(c.blocks, make([]candidate, 0, chunkPairs))
	}
	last := &c.blocks[len(c.blocks)-1]
	*last = append(*last, p)
}

func (c *chunks) all() func(func(candidate) bool) {
	return func(yield func(candidate) bool) {
		for _, b := range c.blocks {
			for _, p := range b {
				if !yield(p) {
					return
				}
			}
		}
	}
}

// ScoredPair is a candidate pair with its comparison vector and weight.
type ScoredPair struct {
	A, B    int32 // record indices, A < B
	Pattern Pattern
	Rule    uint8 // the blocking rule that found it
	Weight  float64
	Prob    float64
}

// Decision classifies a pair by its probability.
func (r *Result) Decision(p ScoredPair) string {
	switch {
	case p.Prob >= r.cfg.Match:
		return "match"
	case p.Prob >= r.cfg.Review:
		return "review"
	}
	return "non-match"
}

// ReviewItem is a pair an investigator should decide on.
type ReviewItem struct {
	ScoredPair
	Reason string
}

// Result is the outcome of a linkage run.
type Result struct {
	Model         *Model
	Fields        []Field
	Rules         []Rule
	Candidates    int64   // candidate pairs compared
	PerRule       []int64 // candidate pairs each rule added
	SkippedBlocks int
	SkippedPairs  int64
	Match         float64      // the match threshold, given or chosen
	Pairs         []ScoredPair // at or above the review threshold, heaviest first
	Cluster       []int32      // the person (cluster) of each record, numbered from 0
	Review        []ReviewItem // uncertain pairs and merges the chain guard refused
	Joins         []ScoredPair // the matches that joined records into persons, one per merge
	Decided       []ScoredPair // the reviewers' same-person decisions that joined records
	cfg           Config
	tf            []*TermFreq
}

// Link runs blocking, comparison, model fitting, scoring and clustering.
func Link(ctx context.Context, recs []Record, cfg Config) (*Result, error) {
	cfg.defaults()
	if len(cfg.Fields) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "no fields to compare: map at least a name column")
	}
	if len(cfg.Fields) > maxFields {
		return nil, rastro.Errorf(rastro.EINVALID, "%d fields to compare: at most %d", len(cfg.Fields), maxFields)
	}
	if cfg.Match != 0 && (cfg.Review > cfg.Match || cfg.Match >= 1) || cfg.Review <= 0 || cfg.Review >= 1 || cfg.Match < 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "thresholds: want 0 < review (%v) <= match (%v) < 1 (match 0: chosen from the model)", cfg.Review, cfg.Match)
	}
	for _, d := range append(slices.Clone(cfg.Same), cfg.Distinct...) {
		if d[0] < 0 || d[1] < 0 || int(d[0]) >= len(recs) || int(d[1]) >= len(recs) || d[0] == d[1] {
			return nil, rastro.Errorf(rastro.EINVALID, "decision on records %d and %d: no such pair", d[0], d[1])
		}
	}
	if cfg.Lists != nil && len(cfg.Lists) != len(recs) {
		return nil, rastro.Errorf(rastro.EINVALID, "lists of %d records given for %d records", len(cfg.Lists), len(recs))
	}
	if cfg.OnePerList && cfg.Lists == nil && len(recs) > 0 && !slices.ContainsFunc(recs, func(r Record) bool { return r.List != recs[0].List }) {
		return nil, rastro.Errorf(rastro.EINVALID, "every record is on list %q, and each list names a person once (one per list): nothing to compare; give one file per list or map a list column", recs[0].List)
	}
	if len(recs) > 1<<31-1 {
		return nil, rastro.Errorf(rastro.EINVALID, "too many records")
	}
	blocks, err := NewBlocks(recs, cfg.Rules, cfg.LinkOnly, cfg.MaxBlockPairs)
	if err != nil {
		return nil, err
	}
	res := &Result{Fields: cfg.Fields, Rules: cfg.Rules, cfg: cfg, PerRule: make([]int64, len(cfg.Rules)),
		SkippedBlocks: blocks.SkippedBlocks, SkippedPairs: blocks.SkippedPairs}

	// Compare every candidate pair once, in parallel over blocks.
	type part struct {
		pairs   chunks
		counts  map[Pattern]int64
		perRule []map[Pattern]int64 // patterns of every pair each rule blocks together, for training
		rules   []int64
	}
	masks := maskOf(cfg.Rules, cfg.Fields)
	parts := make([]part, cfg.Workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range parts {
		wg.Add(1)
		go func(pt *part) {
			defer wg.Done()
			pt.counts = map[Pattern]int64{}
			pt.rules = make([]int64, len(cfg.Rules))
			pt.perRule = make([]map[Pattern]int64, len(cfg.Rules))
			for q := range pt.perRule {
				pt.perRule[q] = map[Pattern]int64{}
			}
			for {
				k := int(next.Add(1) - 1)
				if k >= len(blocks.runs) || ctx.Err() != nil {
					return
				}
				blocks.eachPair(k, func(i, j int32, rule uint8) {
					if cfg.OnePerList && cfg.Lists != nil && sharesList(cfg.Lists[i], cfg.Lists[j]) {
						return // blocking saw only the first list of each
					}
					p := ComparePair(cfg.Fields, &recs[i], &recs[j])
					pt.pairs.add(candidate{i, j, p, rule})
					pt.counts[p]++
					pt.rules[rule]++
					for q := int(rule); q < len(cfg.Rules); q++ {
						if q == int(rule) || blocks.agree(q, i, j) {
							pt.perRule[q][masked(p, masks[q])]++
						}
					}
				})
			}
		}(&parts[w])
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	blocks = nil // the keys and orders are large and no longer needed
	counts := map[Pattern]int64{}
	perRule := make([]map[Pattern]int64, len(cfg.Rules))
	for q := range perRule {
		perRule[q] = map[Pattern]int64{}
	}
	for _, pt := range parts {
		for p, n := range pt.counts {
			counts[p] += n
		}
		for q, c := range pt.perRule {
			for p, n := range c {
				perRule[q][p] += n
			}
		}
		for r, n := range pt.rules {
			res.PerRule[r] += n
			res.Candidates += n
		}
	}

	names := make([]string, len(cfg.Fields))
	for f := range cfg.Fields {
		names[f] = cfg.Fields[f].Name
	}
	u, err := EstimateU(recs, cfg.Fields, cfg.UPairs, cfg.LinkOnly, cfg.Seed)
	if err != nil {
		return nil, err
	}
	model, matches, err := train(names, perRule, counts, masks, u, cfg.EM)
	if err != nil {
		return nil, err
	}
	res.Model = model
	res.tf = termFreqs(recs, cfg.Fields, cfg.TermFreq)
	weights := make(map[Pattern]float64, len(counts))
	for p := range counts {
		weights[p] = res.Model.Weight(p)
	}
	// The prior over all pairs, from the weights the pairs are scored with.
	bins := make([]weightBins, len(parts))
	for w := range parts {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			bins[w] = weightBins{}
			for c := range parts[w].pairs.all() {
				bins[w].add(weights[c.pattern] + res.termFreq(recs, c.pattern, c.a, c.b))
			}
		}(w)
	}
	wg.Wait()
	for _, b := range bins[1:] {
		bins[0].merge(b)
	}
	refinePrior(model, bins[0], matches, allPairs(recs, cfg.LinkOnly))

	// Score, keeping what reaches the review threshold.
	floor := res.Model.WeightFor(cfg.Review)
	kept := make([][]ScoredPair, len(parts))
	expected := make([]float64, len(parts)) // matches among all candidates, for ChooseMatch
	for w := range parts {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for c := range parts[w].pairs.all() {
				wt := weights[c.pattern] + res.termFreq(recs, c.pattern, c.a, c.b)
				if wt >= floor {
					kept[w] = append(kept[w], ScoredPair{A: c.a, B: c.b, Pattern: c.pattern, Rule: c.rule, Weight: wt, Prob: res.Model.Probability(wt)})
				}
				if wt > floor-20 { // below, a pair adds under 2^-20 of a match
					expected[w] += res.Model.Probability(wt)
				}
			}
			parts[w].pairs = chunks{}
		}(w)
	}
	wg.Wait()
	for _, k := range kept {
		res.Pairs = append(res.Pairs, k...)
	}
	slices.SortFunc(res.Pairs, byWeight)
	if cfg.Match == 0 {
		res.cfg.Match = ChooseMatch(res.Pairs, floats.Sum(expected))
		res.cfg.Review = min(res.cfg.Review, res.cfg.Match)
	}
	res.Match = res.cfg.Match

	res.Cluster, res.Joins, res.Decided, res.Review = res.cluster(recs)
	return res, nil
}

// ChooseMatch returns the match threshold with the highest expected F1
// score, the model's probabilities taken as calibrated: taking the pairs
// heaviest first, the expected true matches taken are the sum of their
// probabilities, the false ones the sum of the rest, and those left out
// the expected matches among all candidates (expected) less the taken.
// F1 weighs missed and false matches alike, as a count of persons does.
// Pairs are sorted heaviest first; with none, the threshold is 0.5.
func ChooseMatch(pairs []ScoredPair, expected float64) float64 {
	best, at := 0.0, 0.5
	tp, fp := 0.0, 0.0
	for k, p := range pairs {
		tp += p.Prob
		fp += 1 - p.Prob
		if k+1 < len(pairs) && pairs[k+1].Prob == p.Prob {
			continue // a threshold cannot split equal pairs
		}
		if f := 2 * tp / (tp + fp + math.Max(expected, tp)); f > best {
			best, at = f, p.Prob
		}
	}
	return at
}

// allPairs counts the pairs a run could compare.
func allPairs(recs []Record, linkOnly bool) float64 {
	n := float64(len(recs))
	all := n * (n - 1) / 2
	if linkOnly {
		per := map[string]float64{}
		for i := range recs {
			per[recs[i].List]++
		}
		for _, k := range per {
			all -= k * (k - 1) / 2
		}
	}
	return max(all, 1)
}

func byWeight(x, y ScoredPair) int {
	switch {
	case x.Weight > y.Weight:
		return -1
	case x.Weight < y.Weight:
		return 1
	case x.A != y.A:
		return int(x.A - y.A)
	}
	return int(x.B - y.B)
}

func (r *Result) termFreq(recs []Record, p Pattern, a, b int32) float64 {
	return adjustAll(r.tf, r.Model, p, recs, a, b)
}

// Score compares two records and scores the pair with the fitted model.
func (r *Result) Score(recs []Record, i, j int32) ScoredPair {
	if i > j {
		i, j = j, i
	}
	p := ComparePair(r.Fields, &recs[i], &recs[j])
	w := r.Model.Weight(p) + r.termFreq(recs, p, i, j)
	return ScoredPair{A: i, B: j, Pattern: p, Weight: w, Prob: r.Model.Probability(w)}
}
