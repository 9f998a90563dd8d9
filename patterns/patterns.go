// Package patterns looks for the regularities across incidents that an
// investigator reports as "similarities in the use of force in different
// parts of the country": the signature of force per incident and how alike
// incidents are, the share of gunshot wounds in vital regions with a
// confidence interval, and the profile of the victims with the poverty of
// their home districts. Every figure says what it can and cannot show; none
// of them is evidence of a cause on its own.
package patterns

import (
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
)

// Proportion is k of n with a 95% Wilson score interval.
type Proportion struct {
	Name       string  `json:"name"`
	K          int     `json:"k"`
	N          int     `json:"n"`
	Share      float64 `json:"share"`
	Low        float64 `json:"low"`
	High       float64 `json:"high"`
	Acts       []int64 `json:"acts,omitempty"` // the acts counted in K
	CanShow    string  `json:"can_show"`
	CannotShow string  `json:"cannot_show"`
}

// Wilson returns the 95% Wilson score interval of k successes in n trials;
// it stays inside [0, 1] and behaves at small n and at 0 or n, where the
// normal approximation does not.
func Wilson(k, n int) (low, high float64) {
	if n == 0 {
		return 0, 1
	}
	const z = 1.959963984540054
	p, nf := float64(k)/float64(n), float64(n)
	den := 1 + z*z/nf
	centre := (p + z*z/(2*nf)) / den
	half := z * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf)) / den
	return math.Max(0, centre-half), math.Min(1, centre+half)
}

func proportion(name string, acts []int64, n int, can, cannot string) Proportion {
	lo, hi := Wilson(len(acts), n)
	share := 0.0
	if n > 0 {
		share = float64(len(acts)) / float64(n)
	}
	return Proportion{Name: name, K: len(acts), N: n, Share: share, Low: lo, High: hi, Acts: acts, CanShow: can, CannotShow: cannot}
}

// Signature is the pattern of force in one incident, or in every incident
// at a place or in a department when there are too many incidents for a
// pairwise table, as counts.
type Signature struct {
	Level     string         `json:"level"` // "incident", "place" or "department"
	Key       string         `json:"key"`   // incident ID, place ID or department UBIGEO
	Title     string         `json:"title"`
	Place     string         `json:"place"`
	Day       rastro.Date    `json:"day"` // the first day
	Incidents []int64        `json:"incidents"`
	Acts      int            `json:"acts"`
	Munitions map[string]int `json:"munitions"`
	Regions   map[string]int `json:"regions"`
	Distances map[string]int `json:"distances"`
	Units     []int64        `json:"units"`
}

// Pair compares two signatures (indexes into the report's signatures): Force is the cosine similarity of their
// munition, wound-region and distance profiles (each block scaled to
// shares, so the three weigh alike); Units is the Jaccard index of the units
// involved.
type Pair struct {
	A     int     `json:"a"`
	B     int     `json:"b"`
	Force float64 `json:"force"`
	Units float64 `json:"units"`
}

// Similarity is the table of pairs with what it can show.
type Similarity struct {
	Pairs      []Pair `json:"pairs"`
	CanShow    string `json:"can_show"`
	CannotShow string `json:"cannot_show"`
}

var (
	munitionKeys = []rastro.Munition{rastro.MunitionLive, rastro.MunitionPellets, rastro.MunitionRubber, rastro.MunitionTearGas, rastro.MunitionBlunt, rastro.MunitionOther}
	regionKeys   = []rastro.BodyRegion{rastro.RegionHead, rastro.RegionNeck, rastro.RegionChest, rastro.RegionAbdomen, rastro.RegionBack, rastro.RegionPelvis, rastro.RegionUpperLimb, rastro.RegionLowerLimb}
	distanceKeys = []rastro.Distance{rastro.DistanceContact, rastro.DistanceClose, rastro.DistanceMedium, rastro.DistanceLong}
)

// Signature levels, finest first.
var Levels = []string{"incident", "place", "department"}

// Signatures computes one signature per incident with deaths or injuries
// (level "incident"), per place ("place") or per department
// ("department"), in order of first appearance.
func Signatures(x *analysis.Index, level string) []Signature {
	var out []Signature
	at := map[string]int{}
	units := map[string]map[int64]bool{}
	for _, inc := range x.Bundle.Incidents {
		acts := 0
		for _, a := range x.ActsOf[inc.ID] {
			if analysis.Harm(a) {
				acts++
			}
		}
		if acts == 0 {
			continue
		}
		key, title, name := signatureKey(x, inc, level)
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			units[key] = map[int64]bool{}
			out = append(out, Signature{Level: level, Key: key, Title: title, Place: name, Day: inc.When.Start,
				Munitions: map[string]int{}, Regions: map[string]int{}, Distances: map[string]int{}})
		}
		s := &out[i]
		s.Incidents = append(s.Incidents, inc.ID)
		if earlier(inc.When.Start, s.Day) {
			s.Day = inc.When.Start
		}
		for _, a := range x.ActsOf[inc.ID] {
			if !analysis.Harm(a) {
				continue
			}
			s.Acts++
			if a.Munition != rastro.MunitionUnknown {
				s.Munitions[string(a.Munition)]++
			}
			for _, r := range a.WoundRegions {
				s.Regions[string(r)]++
			}
			if a.Distance != rastro.DistanceUnknown {
				s.Distances[string(a.Distance)]++
			}
			for _, v := range x.InvolvedIn[a.ID] {
				if v.UnitID != 0 {
					units[key][v.UnitID] = true
				}
			}
		}
	}
	for i := range out {
		for u := range units[out[i].Key] {
			out[i].Units = append(out[i].Units, u)
		}
		sort.Slice(out[i].Units, func(a, b int) bool { return out[i].Units[a] < out[i].Units[b] })
	}
	return out
}

// signatureKey is the key, title and place name of the signature an
// incident belongs to at a level.
func signatureKey(x *analysis.Index, inc *rastro.Incident, level string) (key, title, name string) {
	name = x.PlaceName(inc.PlaceID)
	switch level {
	case "place":
		return strconv.FormatInt(inc.PlaceID, 10), "incidents at " + name, name
	case "department":
		if p := x.Places[inc.PlaceID]; p != nil && len(p.Ubigeo) == 6 {
			return p.Ubigeo[:2] + "0000", "incidents in " + p.Admin1, p.Admin1
		}
		return "unknown", "incidents in an unknown department", ""
	}
	return strconv.FormatInt(inc.ID, 10), inc.Title, name
}

// SignatureLevel is the finest level at which there are at most
// MaxSignatures signatures (the coarsest when there are more at every
// level): counting keys first spares building signatures to throw away.
func SignatureLevel(x *analysis.Index) string {
	for _, level := range Levels[:len(Levels)-1] {
		keys := map[string]bool{}
		for _, inc := range x.Bundle.Incidents {
			if slices.ContainsFunc(x.ActsOf[inc.ID], analysis.Harm) {
				k, _, _ := signatureKey(x, inc, level)
				keys[k] = true
				if len(keys) > MaxSignatures {
					break
				}
			}
		}
		if len(keys) <= MaxSignatures {
			return level
		}
	}
	return Levels[len(Levels)-1]
}

// earlier reports whether date a sorts before b as their ISO texts would
// ("2023" before "2023-01" before "2023-01-01"), without formatting them.
func earlier(a, b rastro.Date) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// vector lays a signature out as munition, region and distance shares.
func (s *Signature) vector() []float64 {
	var v []float64
	v = appendShares(v, s.Munitions, munitionKeys)
	v = appendShares(v, s.Regions, regionKeys)
	return appendShares(v, s.Distances, distanceKeys)
}

func appendShares[K ~string](v []float64, counts map[string]int, keys []K) []float64 {
	total := 0
	for _, k := range keys {
		total += counts[string(k)]
	}
	for _, k := range keys {
		share := 0.0
		if total > 0 {
			share = float64(counts[string(k)]) / float64(total)
		}
		v = append(v, share)
	}
	return v
}

// Compare builds the similarity table of every pair of signatures.
func Compare(sigs []Signature) Similarity {
	vecs := make([][]float64, len(sigs))
	for i := range sigs {
		vecs[i] = sigs[i].vector()
	}
	sim := Similarity{
		Pairs: []Pair{},
		CanShow: "How alike the recorded means, wound locations and distances are across incidents (1 = the same mix), " +
			"and how many units they share (Jaccard index).",
		CannotShow: "Whether a common order or strategy lies behind a resemblance: similar mixes also arise from similar equipment and " +
			"training, and the figures depend on which cases were documented.",
	}
	for i := range sigs {
		for j := i + 1; j < len(sigs); j++ {
			sim.Pairs = append(sim.Pairs, Pair{A: i, B: j,
				Force: cosine(vecs[i], vecs[j]), Units: jaccard(sigs[i].Units, sigs[j].Units)})
		}
	}
	return sim
}

func cosine(a, b []float64) float64 {
	var dot, na, nb float64
	for i := range a {
		dot += a[i] * b[i]
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// jaccard of two sorted ID lists.
func jaccard(a, b []int64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	inter, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// VitalShares returns the share of gunshot (live ammunition) casualties
// with a wound in the head, neck, chest or abdomen, among all gunshot
// casualties with recorded wound regions, and among the killed.
func VitalShares(x *analysis.Index) (all, killed Proportion) {
	var vitalAll, vitalKilled []int64
	var nAll, nKilled int
	for _, a := range x.Bundle.Acts {
		if !analysis.Harm(a) || !analysis.Gunshot(a) || len(a.WoundRegions) == 0 {
			continue
		}
		nAll++
		if a.Type == rastro.ActKilled {
			nKilled++
		}
		if a.VitalWound() {
			vitalAll = append(vitalAll, a.ID)
			if a.Type == rastro.ActKilled {
				vitalKilled = append(vitalKilled, a.ID)
			}
		}
	}
	can := "The share of documented gunshot casualties hit in the head, neck, chest or abdomen, with a 95% Wilson interval for " +
		"the uncertainty of a sample of this size."
	cannot := "Intent on its own, nor the share among all casualties: cases with known wounds are not a random sample, deaths " +
		"are better documented than injuries, and a wound's place depends also on distance and the victim's posture."
	return proportion("gunshot casualties with a vital-region wound", vitalAll, nAll, can, cannot),
		proportion("people killed by gunshot with a vital-region wound", vitalKilled, nKilled, can, cannot)
}
