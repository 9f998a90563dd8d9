package linkage

import (
	"maps"
	"math"
	"slices"

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

// weightBins counts pairs by match weight, to a 64th of a bit: the prior
// is refined over the weights pairs are scored with (term frequencies
// included) without a pass over millions of pairs for each step.
type weightBins map[int32]float64

func (h weightBins) add(w float64) { h[int32(math.Round(w*64))]++ }

func (h weightBins) merge(o weightBins) {
	for k, n := range o {
		h[k] += n
	}
}

// refinePrior sets the model's prior, the share of matches among span
// pairs, by EM for it alone with m and u held: the expected matches among
// the candidates (binned by the weight they are scored with) over span,
// pairs no rule found counting as non-matches. It starts from train's
// count of matches, the largest any one rule found. Weights without the
// names' frequencies gave the thousands of candidates sharing a common
// name too high a probability each, and counted together they made a
// fifth more matches than there were at 100,000 generated records; only
// pairs from probability 0.5 were counted then, which left the prior 21%
// low at a million records. With the frequencies every candidate counts:
// 1.142e-5 against the true 1.133e-5 at 100,000 records, 1.002e-6
// against 1.123e-6 at a million, where 7% of the true pairs are no
// candidates.
func refinePrior(m *Model, h weightBins, matches, span float64) {
	m.Lambda = clamp(matches/span, 1e-15, 0.5)
	keys := slices.Sorted(maps.Keys(h)) // a fixed order: the same sum on every run
	for range 200 {
		sum := 0.0
		for _, k := range keys {
			sum += h[k] * m.Probability(float64(k)/64)
		}
		next := clamp(sum/span, 1e-15, 0.5)
		done := math.Abs(next-m.Lambda) < 1e-3*m.Lambda
		m.Lambda = next
		if done {
			return
		}
	}
}
