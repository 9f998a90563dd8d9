package linkage

import (
	"math"

	"github.com/rastro-project/rastro"
)

// ruleFit is what EM found among one blocking rule's candidate pairs.
type ruleFit struct {
	pairs   int64
	matches float64 // estimated matches among them
}

// train fits the m-probabilities as Splink does: EM runs separately on the
// candidate pairs of each blocking rule, with u fixed from random pairs and
// the fields the rule blocks on left out (among a rule's candidates those
// fields agree by construction, whatever the match status, and EM would
// mistake that agreement for evidence of matching). Each field's m is the
// average of the rules that did not block on it, weighted by the matches
// each rule found. A field every rule blocks on takes its m from EM over
// all candidates. The number of matches is the largest any rule found, a
// lower bound that Link turns into the prior.
func train(fields []string, perRule []map[Pattern]int64, all map[Pattern]int64, masked [][]bool, u Probs, opt EMOptions) (*Model, float64, error) {
	opt.FixedU = true
	nf := len(fields)
	sum := make(Probs, nf)
	weight := make([]float64, nf)
	out := &Model{Fields: fields, U: u, M: make(Probs, nf), Converged: true}
	best := 0.0
	for q, counts := range perRule {
		if len(counts) == 0 {
			continue
		}
		m, err := FitEM(fields, counts, u, opt)
		if err != nil {
			return nil, 0, err
		}
		var n int64
		for _, c := range counts {
			n += c
		}
		matches := m.Lambda * float64(n)
		best = math.Max(best, matches)
		out.Iterations += m.Iterations
		out.Converged = out.Converged && m.Converged
		for f := range nf {
			if masked[q][f] {
				continue
			}
			weight[f] += matches
			for l := range sum[f] {
				sum[f][l] += matches * m.M[f][l]
			}
		}
	}
	var fallback *Model
	for f := range nf {
		if weight[f] > 0 {
			for l := range sum[f] {
				out.M[f][l] = sum[f][l] / weight[f]
			}
			continue
		}
		if fallback == nil {
			var err error
			if fallback, err = FitEM(fields, all, u, opt); err != nil {
				return nil, 0, err
			}
			out.Iterations += fallback.Iterations
			out.Converged = out.Converged && fallback.Converged
			best = math.Max(best, fallback.Lambda*float64(sumCounts(all)))
		}
		out.M[f] = fallback.M[f]
	}
	if best <= 0 {
		return nil, 0, rastro.Errorf(rastro.EINVALID, "no candidate pairs: the blocking rules found nothing to compare")
	}
	return out, best, nil
}

func sumCounts(c map[Pattern]int64) int64 {
	var n int64
	for _, v := range c {
		n += v
	}
	return n
}

// maskOf returns, for each rule, which fields training leaves out.
func maskOf(rules []Rule, fields []Field) [][]bool {
	out := make([][]bool, len(rules))
	for q, r := range rules {
		out[q] = make([]bool, len(fields))
		for f, fd := range fields {
			for _, name := range r.Fields {
				if name == fd.Name {
					out[q][f] = true
				}
			}
		}
	}
	return out
}

// masked sets the left-out fields of a pattern to Missing.
func masked(p Pattern, mask []bool) Pattern {
	for f, m := range mask {
		if m {
			p = p&^(7<<(3*f)) | Pattern(Missing)<<(3*f)
		}
	}
	return p
}

// refinePrior sets the model's prior, the share of matches among span
// pairs, by EM for it alone with m and u held: the expected matches among
// the candidates (counted by pattern) over span, pairs no rule found
// counting as non-matches. It starts from train's count of matches, the
// largest any one rule found, which is a lower bound when rules find
// different matches and too high when a coarse rule fits noise. Only
// likely matches (probability from 0.5) count: millions of candidates
// with a small probability each, where the model's tail is least sure,
// would add up to thousands of matches that are not there (a fifth more
// than the true number at 100,000 generated records and 12 million
// candidates), and a higher prior feeds itself.
func refinePrior(m *Model, counts map[Pattern]int64, matches, span float64) {
	m.Lambda = clamp(matches/span, 1e-15, 0.5)
	weights := make(map[Pattern]float64, len(counts))
	for p := range counts {
		weights[p] = m.Weight(p)
	}
	for range 200 {
		sum := 0.0
		for p, c := range counts {
			if pr := m.Probability(weights[p]); pr >= 0.5 {
				sum += float64(c) * pr
			}
		}
		next := clamp(sum/span, 1e-15, 0.5)
		done := math.Abs(next-m.Lambda) < 1e-3*m.Lambda
		m.Lambda = next
		if done {
			return
		}
	}
}
