package linkage

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/rastro-project/rastro"
	"gonum.org/v1/gonum/floats"
)

// A Pattern is a comparison vector: the level of each field, 3 bits each.
type Pattern uint32

// maxFields is how many fields fit in a Pattern.
const maxFields = 10

// Level returns the level of field f.
func (p Pattern) Level(f int) Level { return Level(p >> (3 * f) & 7) }

func (p Pattern) with(f int, l Level) Pattern { return p | Pattern(l)<<(3*f) }

// ComparePair returns the comparison vector of two records.
func ComparePair(fields []Field, a, b *Record) Pattern {
	var p Pattern
	for f := range fields {
		p = p.with(f, fields[f].Compare(a, b))
	}
	return p
}

// Probs holds a probability per level of each field: P(level | match) for m,
// P(level | non-match) for u. Missing is not modelled: it carries no weight.
type Probs [][numLevels - 1]float64

// Model is a Fellegi-Sunter model over a set of fields. Weights use m from
// EM and u from random pairs, and Lambda is the prior over all pairs, so a
// pair's probability does not depend on which blocking rule found it.
type Model struct {
	Fields     []string
	M, U       Probs
	Lambda     float64 // prior probability that two records match
	Iterations int     // EM iterations run
	Converged  bool
	// CandidateU holds the u-probabilities FitEM fitted to the candidates
	// (equal to U when they were held fixed).
	CandidateU Probs
}

// implied lists fields whose agreement another field's agreement (up to a
// level) already implies: a given name tells the sex, and a birth year the
// age. Random pairs agreeing on the one agree on the other as matches do,
// so counting both would overstate the evidence; the implied agreement
// counts nothing (a disagreement still counts against).
var implied = []struct {
	field, by string
	upTo      Level
}{{FieldSex, FieldGiven, Close}, {FieldAge, FieldBirth, Partial}}

// Weight returns the match weight of a pattern: the sum over fields of
// log2(m/u) for the level observed, 0 for missing and implied agreement.
func (m *Model) Weight(p Pattern) float64 {
	w := 0.0
	for f := range m.Fields {
		l := p.Level(f)
		if l == Missing || l < Disagree && m.implied(p, f) {
			continue
		}
		w += math.Log2(m.M[f][l] / m.U[f][l])
	}
	return w
}

func (m *Model) implied(p Pattern, f int) bool {
	for _, im := range implied {
		if m.Fields[f] == im.field {
			if by := slices.Index(m.Fields, im.by); by >= 0 && p.Level(by) <= im.upTo {
				return true
			}
		}
	}
	return false
}

// Probability turns a match weight into the posterior probability of a
// match given the prior share of matches among candidates.
func (m *Model) Probability(w float64) float64 {
	prior := math.Log2(m.Lambda / (1 - m.Lambda))
	return 1 / (1 + math.Exp2(-(w + prior)))
}

// WeightFor returns the weight that gives probability p, for thresholds.
func (m *Model) WeightFor(p float64) float64 {
	return math.Log2(p/(1-p)) - math.Log2(m.Lambda/(1-m.Lambda))
}

// EstimateU estimates u-probabilities from n random pairs of records, which
// are almost all non-matches (across lists only when linkOnly). Counts are
// smoothed by one so no level gets probability zero.
func EstimateU(recs []Record, fields []Field, n int, linkOnly bool, seed uint64) (Probs, error) {
	if len(recs) < 2 {
		return nil, rastro.Errorf(rastro.EINVALID, "need at least two records to estimate u-probabilities")
	}
	counts := make([][numLevels - 1]float64, len(fields))
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	tries := 0
	for got := 0; got < n && tries < 20*n; tries++ {
		i, j := rng.IntN(len(recs)), rng.IntN(len(recs))
		if i == j || (linkOnly && recs[i].List == recs[j].List) {
			continue
		}
		got++
		p := ComparePair(fields, &recs[i], &recs[j])
		for f := range fields {
			if l := p.Level(f); l != Missing {
				counts[f][l]++
			}
		}
	}
	return smoothed(counts), nil
}

// smoothed turns counts of levels into probabilities, each count plus one
// so no level gets probability zero.
func smoothed(counts [][numLevels - 1]float64) Probs {
	p := make(Probs, len(counts))
	for f := range counts {
		row := counts[f][:]
		floats.AddConst(1, row)
		floats.Scale(1/floats.Sum(row), row)
		copy(p[f][:], row)
	}
	return p
}

// EMOptions tunes FitEM.
type EMOptions struct {
	MaxIter   int     // default 500
	Tolerance float64 // largest change of any parameter to stop at; default 1e-5
	Lambda    float64 // starting share of matches; default 0.1
	// FixedU holds the u-probabilities at the given values instead of
	// fitting them to the candidates (right only when the candidates are
	// not selected by agreement on the compared fields).
	FixedU bool
}

// FitEM fits the m-probabilities, the candidates' u-probabilities and the
// share of matches among candidates by expectation maximisation over the
// candidate pairs' patterns (counted: the data are the distinct patterns
// and how often each occurs), starting u from the given values. Fields are
// assumed conditionally independent given match status. The returned
// model's U is the given u and its Lambda the share among candidates.
func FitEM(fields []string, counts map[Pattern]int64, u Probs, opt EMOptions) (*Model, error) {
	if opt.MaxIter == 0 {
		opt.MaxIter = 500
	}
	if opt.Tolerance == 0 {
		opt.Tolerance = 1e-5
	}
	if opt.Lambda == 0 {
		opt.Lambda = 0.1
	}
	if len(counts) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "no candidate pairs: the blocking rules found nothing to compare")
	}
	nf := len(fields)
	pats := make([]Pattern, 0, len(counts))
	for p := range counts {
		pats = append(pats, p)
	}
	slices.Sort(pats) // a fixed order: sums come out the same on every run
	n := make([]float64, len(pats))
	for k, p := range pats {
		n[k] = float64(counts[p])
	}
	total := floats.Sum(n)
	m := &Model{Fields: fields, U: u, Lambda: opt.Lambda, M: make(Probs, nf), CandidateU: slices.Clone(u)}
	for f := range m.M {
		m.M[f] = [numLevels - 1]float64{0.85, 0.08, 0.04, 0.03}
	}
	cu := m.CandidateU
	g := make([]float64, len(pats))
	next := make([][numLevels - 1]float64, nf)
	nextU := make([][numLevels - 1]float64, nf)
	for it := 1; it <= opt.MaxIter; it++ {
		// E step: probability that each pattern is a match.
		for k, p := range pats {
			lm, lu := math.Log(m.Lambda), math.Log(1-m.Lambda)
			for f := 0; f < nf; f++ {
				if l := p.Level(f); l != Missing {
					lm += math.Log(m.M[f][l])
					lu += math.Log(cu[f][l])
				}
			}
			g[k] = 1 / (1 + math.Exp(lu-lm))
		}
		// M step.
		for f := range next {
			next[f] = [numLevels - 1]float64{}
			nextU[f] = [numLevels - 1]float64{}
		}
		matches := 0.0
		for k, p := range pats {
			w, wu := g[k]*n[k], (1-g[k])*n[k]
			matches += w
			for f := 0; f < nf; f++ {
				if l := p.Level(f); l != Missing {
					next[f][l] += w
					nextU[f][l] += wu
				}
			}
		}
		change := math.Abs(matches/total - m.Lambda)
		m.Lambda = clamp(matches/total, 1e-9, 1-1e-9)
		change = math.Max(change, normalise(next, m.M))
		if !opt.FixedU {
			change = math.Max(change, normalise(nextU, cu))
		}
		m.Iterations = it
		if change < opt.Tolerance {
			m.Converged = true
			break
		}
	}
	return m, nil
}

// normalise turns each field's expected counts into probabilities, stores
// them in p and returns the largest change. A field never observed keeps
// its probabilities; none falls below 1e-6, so no level rules a pair out.
func normalise(counts [][numLevels - 1]float64, p Probs) float64 {
	change := 0.0
	for f := range counts {
		row := counts[f][:]
		if s := floats.Sum(row); s > 0 {
			floats.Scale(1/s, row)
		} else {
			copy(row, p[f][:])
		}
		for l := range row {
			row[l] = clamp(row[l], 1e-6, 1)
			change = math.Max(change, math.Abs(row[l]-p[f][l]))
			p[f][l] = row[l]
		}
	}
	return change
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

// TermFreq adjusts agreement on a name for how common the name is: two
// records agreeing on Quispe are weaker evidence than two agreeing on a
// rare surname. For exact agreement on value v the u-probability becomes
// the share of records with v, so the weight changes by
// log2(u_exact / share). Close and partial agreement (a typo, a dropped
// maternal surname or second given name) with the same phonetic key k are
// adjusted by log2(Σ q² / q_k), q being the keys' shares: matches carry a
// key as often as the population does, random pairs that agree carry it
// in proportion to q_k², so the Bayes factor of agreeing on k is the
// level's times Σ q² / q_k.
type TermFreq struct {
	Field    int       // index in the model's fields
	share    []float32 // share of the records with each record's value; 0 unknown
	keyShare []float32 // share of the records with each record's key; 0 unknown
	keyU     float64   // Σ q²: the chance two random records share a key
	key      func(*Record) string
}

// NewTermFreq counts the values of a field, and the keys when key is not
// nil, over the records.
func NewTermFreq(recs []Record, field int, value, key func(*Record) string) *TermFreq {
	t := &TermFreq{Field: field, key: key}
	t.share, _ = shares(recs, value)
	if key != nil {
		t.keyShare, t.keyU = shares(recs, key)
	}
	return t
}

// shares returns each record's share of the records with its value (0 for
// none) and the sum of the squared shares of the values.
func shares(recs []Record, value func(*Record) string) ([]float32, float64) {
	counts := map[string]int{}
	n := 0
	for i := range recs {
		if v := value(&recs[i]); v != "" {
			counts[v]++
			n++
		}
	}
	out := make([]float32, len(recs))
	for i := range recs {
		if v := value(&recs[i]); v != "" {
			out[i] = float32(counts[v]) / float32(n)
		}
	}
	sq := 0.0
	for _, c := range counts {
		q := float64(c) / float64(n)
		sq += q * q
	}
	return out, sq
}

// termFreqs counts the values of the named fields that have them.
func termFreqs(recs []Record, fields []Field, names []string) []*TermFreq {
	var out []*TermFreq
	for f, fd := range fields {
		if fd.Value != nil && slices.Contains(names, fd.Name) {
			out = append(out, NewTermFreq(recs, f, fd.Value, fd.Key))
		}
	}
	return out
}

// adjustAll sums the adjustments of a pair of records.
func adjustAll(tfs []*TermFreq, m *Model, p Pattern, recs []Record, a, b int32) float64 {
	w := 0.0
	for _, t := range tfs {
		w += t.Adjust(m, p, recs, a, b)
	}
	return w
}

// Adjust returns the change of weight for a pair of records a and b.
func (t *TermFreq) Adjust(m *Model, p Pattern, recs []Record, a, b int32) float64 {
	switch l := p.Level(t.Field); {
	case l == Exact && t.share[a] > 0:
		return math.Log2(m.U[t.Field][Exact] / float64(t.share[a]))
	case (l == Close || l == Partial) && t.keyShare != nil && t.keyShare[a] > 0:
		if k := t.key(&recs[a]); k == t.key(&recs[b]) {
			return math.Log2(t.keyU / float64(t.keyShare[a]))
		}
	}
	return 0
}
