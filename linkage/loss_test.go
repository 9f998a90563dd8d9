package linkage

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/rastro-project/rastro/linkage/synth"
)

// TestLossBreakdown says where the true pairs of generated lists are lost:
// never compared (with the keys such pairs agree on), scored below the
// match threshold (with the commonest patterns), or above it but kept apart
// by clustering; and how calibrated the probabilities are. It runs only
// with RASTRO_LOSS_N set to the number of records (RASTRO_LOSS_HARD=1 for
// the lists of TestChooseRulesHardLists):
//
//	RASTRO_LOSS_N=100000 go test ./linkage -run LossBreakdown -v
func TestLossBreakdown(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("RASTRO_LOSS_N"))
	if n == 0 {
		t.Skip("set RASTRO_LOSS_N to the number of records")
	}
	opt := synth.Options{Records: n, Seed: 1, Places: districts(t)}
	if os.Getenv("RASTRO_LOSS_HARD") != "" {
		opt = synth.Options{Records: n, Seed: 7, SwapNames: 0.1, NoBirth: 0.3, TransposeBirth: 0.1}
	}
	m, recs, persons := synthetic(t, opt)
	debugf = t.Logf
	defer func() { debugf = func(string, ...any) {} }()
	fields := Fields(m, 2023)
	res, ch, rules := linkChosen(t, m, recs, false)
	t.Logf("rules: %s", describe(ch))
	mod := res.Model
	blocks, err := NewBlocks(recs, rules, false, 1_000_000)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("lambda %.4g it %d match %.3f", mod.Lambda, mod.Iterations, res.Match)
	for f, name := range mod.Fields {
		t.Logf("%-8s m %.4f u %.4f w %.2f", name, mod.M[f], mod.U[f], func() (w [4]float64) {
			for l := range w {
				w[l] = mod.M[f][l] / mod.U[f][l]
			}
			return
		}())
	}
	kept := map[[2]int32]ScoredPair{}
	for _, p := range res.Pairs {
		kept[[2]int32{p.A, p.B}] = p
	}
	by := map[string][]int32{}
	for i, p := range persons {
		by[p] = append(by[p], int32(i))
	}
	var total, notCand, low, matchSplit, ok int
	// Never-compared pairs that would have reached the match threshold
	// had a rule made them candidates: what better blocking could win.
	var wouldMatch int
	var lowBins [5]int // below the threshold, by probability fifth
	feat, wouldFeat := map[string]int{}, map[string]int{}
	pats := map[Pattern]int{}
	for _, g := range by {
		for x, i := range g {
			for _, j := range g[x+1:] {
				total++
				cand := blocks.Candidates(i, j)
				a, b := &recs[i], &recs[j]
				if !cand {
					notCand++
					would := res.Score(recs, i, j).Prob >= res.Match
					if would {
						wouldMatch++
					}
					s := ""
					add := func(name string, ok bool) {
						if ok {
							s += name + " "
						}
					}
					// G, S1, S2: the keys of the first given name and the
					// surnames agree; noS2, noY: either lacks the maternal
					// surname, the birth year; Y, P, Pr, A: the birth year,
					// district, province, age agree.
					add("G", a.keys.given == b.keys.given)
					add("S1", a.keys.surname1 == b.keys.surname1)
					add("S2", a.keys.surname2 != "" && a.keys.surname2 == b.keys.surname2)
					add("noS2", a.keys.surname2 == "" || b.keys.surname2 == "")
					add("Y", a.Birth.Year != 0 && a.Birth.Year == b.Birth.Year)
					add("noY", a.Birth.Year == 0 || b.Birth.Year == 0)
					add("P", a.Place != "" && a.Place == b.Place)
					add("Pr", ubigeoPrefix(a.Place, 2) != "" && ubigeoPrefix(a.Place, 2) == ubigeoPrefix(b.Place, 2))
					add("A", a.Age >= 0 && a.Age == b.Age)
					add("D", a.Birth.Day != 0 && a.Birth == b.Birth)
					feat[s]++
					if would {
						wouldFeat[s]++
					}
					continue
				}
				if i > j {
					i, j = j, i
				}
				p, ok2 := kept[[2]int32{i, j}]
				switch {
				case !ok2 || p.Prob < res.Match:
					low++
					lowBins[min(4, int(res.Score(recs, i, j).Prob*5))]++
					pats[ComparePair(fields, a, b)]++
				case res.Cluster[i] != res.Cluster[j]:
					matchSplit++
				default:
					ok++
				}
			}
		}
	}
	share := func(k int) float64 { return float64(k) / float64(total) }
	t.Logf("true pairs %d: not candidates %.4f, below the match threshold %.4f, above it but apart %.4f, matched %.4f",
		total, share(notCand), share(low), share(matchSplit), share(ok))
	t.Logf("not compared but above the threshold if compared %.4f; below the threshold by probability 0-0.2-0.4-0.6-0.8-1: %v", share(wouldMatch), lowBins)
	type kv struct {
		k string
		v int
	}
	for _, c := range []struct {
		what string
		feat map[string]int
	}{{"not compared", feat}, {"not compared, would match", wouldFeat}} {
		var fs []kv
		for k, v := range c.feat {
			fs = append(fs, kv{k, v})
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].v > fs[j].v })
		for _, f := range fs[:min(20, len(fs))] {
			t.Logf("%s %6d, agreeing on: %s", c.what, f.v, f.k)
		}
	}
	var ps []Pattern
	for p := range pats {
		ps = append(ps, p)
	}
	slices.SortFunc(ps, func(x, y Pattern) int { return pats[y] - pats[x] })
	for _, p := range ps[:min(25, len(ps))] {
		s := ""
		for f := range fields {
			s += fmt.Sprintf("%s=%s ", fields[f].Name, p.Level(f))
		}
		t.Logf("below %6d w %.2f p %.3f %s", pats[p], mod.Weight(p), mod.Probability(mod.Weight(p)), s)
	}
	var bins [10][2]int
	for _, p := range res.Pairs {
		b := min(9, int(p.Prob*10))
		bins[b][0]++
		if persons[p.A] == persons[p.B] {
			bins[b][1]++
		}
	}
	for b, c := range bins {
		if c[0] > 0 {
			t.Logf("prob %.1f-%.1f: %7d pairs, true %.4f", float64(b)/10, float64(b+1)/10, c[0], float64(c[1])/float64(c[0]))
		}
	}
	fpats := map[Pattern][2]int{}
	for _, p := range res.Pairs {
		if p.Prob >= res.Match && p.Prob < 0.9 {
			c := fpats[p.Pattern]
			c[1]++
			if persons[p.A] != persons[p.B] {
				c[0]++
			}
			fpats[p.Pattern] = c
		}
	}
	var fps []Pattern
	for p := range fpats {
		fps = append(fps, p)
	}
	slices.SortFunc(fps, func(x, y Pattern) int { return fpats[y][0] - fpats[x][0] })
	for _, p := range fps[:min(15, len(fps))] {
		s := ""
		for f := range fields {
			s += fmt.Sprintf("%s=%s ", fields[f].Name, p.Level(f))
		}
		t.Logf("false matches %5d of %5d below 0.9, w %.2f %s", fpats[p][0], fpats[p][1], mod.Weight(p), s)
	}
	// False pairs in clusters: joined directly by a match, or by chaining.
	direct := 0
	for _, p := range res.Joins {
		if persons[p.A] != persons[p.B] {
			direct++
		}
	}
	t.Logf("joins %d, false joins %d", len(res.Joins), direct)
	// False pairs in clusters whose own probability is below the threshold (chained).
	byC := map[int32][]int32{}
	for i, c := range res.Cluster {
		byC[c] = append(byC[c], int32(i))
	}
	fpDirect, fpChained, sizes := 0, 0, map[int]int{}
	for _, g := range byC {
		sizes[len(g)]++
		for x, i := range g {
			for _, j := range g[x+1:] {
				if persons[i] != persons[j] {
					if p, ok := kept[[2]int32{min(i, j), max(i, j)}]; ok && p.Prob >= res.Match {
						fpDirect++
					} else {
						fpChained++
					}
				}
			}
		}
	}
	t.Logf("false pairs: above threshold %d, chained %d; cluster sizes %v", fpDirect, fpChained, sizes)
	a := synthAccuracy(recs, persons, res.Cluster)
	t.Logf("precision %.4f recall %.4f", a.precision(), a.recall())
}
