package linkage

import (
	"fmt"
	"slices"
)

// cluster groups records into persons. Plain connected components of the
// match graph chain: A–B and B–C match, so A and C become one person even
// when they clearly differ, and a few weak links can glue hundreds of
// namesakes together. Instead matches are taken heaviest first (greedy
// average linkage): two clusters merge only if the mean match weight over
// all pairs across them (scored on demand) reaches the match threshold's
// weight, so every record of one is, on average, a match for every record
// of the other; and the merged cluster must stay within MaxCluster records.
// Weights are log-likelihood ratios, so the mean is the geometric mean of
// the Bayes factors. Refused merges go to the review queue with their
// reason, as do pairs between the review and match thresholds that end up
// in different clusters.
//
// With OnePerList a merge that would put two records of one list in one
// person is refused too: taken heaviest first, a record's strongest match
// in another list wins and the weaker ones, namesakes mostly, stay apart.
//
// Reviewers' decisions come first: same-person pairs are joined whatever
// the guards say, and no merge ever puts a distinct pair in one person.
func (r *Result) cluster(recs []Record) (cluster []int32, joins, decided []ScoredPair, review []ReviewItem) {
	parent := make([]int32, len(recs))
	members := make(map[int32][]int32)
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(int32) int32
	find = func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	group := func(x int32) []int32 {
		if m, ok := members[x]; ok {
			return m
		}
		return []int32{x}
	}
	union := func(ra, rb int32) {
		ga, gb := group(ra), group(rb)
		if len(ga) < len(gb) {
			ra, rb, ga, gb = rb, ra, gb, ga
		}
		parent[rb] = ra
		members[ra] = append(ga, gb...)
		delete(members, rb)
	}
	settled := map[[2]int32]bool{}
	distinct := map[[2]int32]bool{}
	for _, d := range r.cfg.Distinct {
		distinct[orderedPair(d)] = true
		settled[orderedPair(d)] = true
	}
	for _, d := range r.cfg.Same {
		settled[orderedPair(d)] = true
		if ra, rb := find(d[0]), find(d[1]); ra != rb {
			decided = append(decided, r.Score(recs, d[0], d[1]))
			union(ra, rb)
		}
	}
	apart := func(ga, gb []int32) bool {
		if len(distinct) == 0 {
			return false
		}
		for _, a := range ga {
			for _, b := range gb {
				if distinct[orderedPair([2]int32{a, b})] {
					return true
				}
			}
		}
		return false
	}
	for _, p := range r.Pairs {
		if p.Prob < r.cfg.Match {
			break // sorted: the rest are below the match threshold
		}
		ra, rb := find(p.A), find(p.B)
		if ra == rb {
			continue
		}
		ga, gb := group(ra), group(rb)
		if apart(ga, gb) {
			continue // a reviewer said these are different persons
		}
		if l := r.sharedList(recs, ga, gb); l != "" {
			review = append(review, ReviewItem{p, fmt.Sprintf("merge refused: both hold a record of list %s, which names a person once", l)})
			continue
		}
		if len(ga)+len(gb) > r.cfg.MaxCluster {
			review = append(review, ReviewItem{p, fmt.Sprintf("merge refused: the person would have more than %d records", r.cfg.MaxCluster)})
			continue
		}
		if reason := r.chainGuard(recs, ga, gb); reason != "" {
			review = append(review, ReviewItem{p, reason})
			continue
		}
		union(ra, rb)
		joins = append(joins, p)
	}
	for _, p := range r.Pairs {
		if p.Prob < r.cfg.Match && find(p.A) != find(p.B) && !settled[[2]int32{p.A, p.B}] {
			review = append(review, ReviewItem{p, "uncertain"})
		}
	}
	// Number clusters densely in order of their first record.
	id := make(map[int32]int32)
	out := make([]int32, len(recs))
	for i := range recs {
		root := find(int32(i))
		c, ok := id[root]
		if !ok {
			c = int32(len(id))
			id[root] = c
		}
		out[i] = c
	}
	return out, joins, decided, review
}

func orderedPair(p [2]int32) [2]int32 {
	if p[0] > p[1] {
		return [2]int32{p[1], p[0]}
	}
	return p
}

// chainGuard returns why two clusters must not merge, or "".
func (r *Result) chainGuard(recs []Record, ga, gb []int32) string {
	if len(ga)*len(gb) == 1 {
		return "" // the pair itself is the match being taken
	}
	sum := 0.0
	for _, a := range ga {
		for _, b := range gb {
			sum += r.Score(recs, a, b).Weight
		}
	}
	mean := sum / float64(len(ga)*len(gb))
	if need := r.Model.WeightFor(r.cfg.Match); mean < need {
		return fmt.Sprintf("merge refused: mean match weight across the two groups is %.1f, below the match threshold %.1f", mean, need)
	}
	return ""
}

// sharedList returns a list both groups of records hold a record of when
// each list names a person once (OnePerList), or "".
func (r *Result) sharedList(recs []Record, ga, gb []int32) string {
	if !r.cfg.OnePerList {
		return ""
	}
	for _, a := range ga {
		for _, b := range gb {
			if r.cfg.Lists == nil {
				if recs[a].List == recs[b].List {
					return recs[a].List
				}
			} else if l := firstShared(r.cfg.Lists[a], r.cfg.Lists[b]); l != "" {
				return l
			}
		}
	}
	return ""
}

// sharesList reports whether two records' lists overlap.
func sharesList(a, b []string) bool { return firstShared(a, b) != "" }

func firstShared(a, b []string) string {
	for _, x := range a {
		if slices.Contains(b, x) {
			return x
		}
	}
	return ""
}
