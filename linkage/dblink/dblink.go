// Package dblink links the person records in the database: it reads the
// victims (or every person) as linkage records whose lists are the sources
// cited for them, runs package linkage and stores the automatic merges and
// the review queue. The command line (rastro link) and the web app call it,
// and package mse/strata reads the merged persons it leaves for estimation.
package dblink

import (
	"context"
	"slices"
	"strconv"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/linkage"
	"github.com/rastro-project/rastro/sqldb"
)

// Records are person records read for linkage: Recs[i] is person IDs[i],
// and Lists[i] are the sources cited for it ("source:12"; "uncited" when
// none), sorted; Recs[i].List is the first of them.
type Records struct {
	Recs  []linkage.Record
	Lists [][]string
	IDs   []int64
}

// Victims reads the victims of some act (every person when all is set).
func Victims(ctx context.Context, db *sqldb.DB, all bool) (*Records, error) {
	persons, _, err := db.Persons().List(ctx, rastro.PersonFilter{})
	if err != nil {
		return nil, err
	}
	victims := map[int64]bool{}
	if !all {
		acts, _, err := db.Acts().List(ctx, rastro.ActFilter{})
		if err != nil {
			return nil, err
		}
		for _, a := range acts {
			if a.VictimID != 0 {
				victims[a.VictimID] = true
			}
		}
	}
	places, _, err := db.Places().List(ctx, rastro.PlaceFilter{})
	if err != nil {
		return nil, err
	}
	placeOf := map[int64]string{}
	for _, p := range places {
		placeOf[p.ID] = p.Ubigeo
		if p.Ubigeo == "" {
			placeOf[p.ID] = p.Name
		}
	}
	out := &Records{}
	for _, p := range persons {
		if !all && !victims[p.ID] {
			continue
		}
		var ls []string
		for _, c := range p.Citations {
			if l := "source:" + strconv.FormatInt(c.SourceID, 10); !slices.Contains(ls, l) {
				ls = append(ls, l)
			}
		}
		slices.Sort(ls)
		if len(ls) == 0 {
			ls = []string{"uncited"}
		}
		out.Recs = append(out.Recs, linkage.FromPerson(p, ls[0], placeOf[p.HomePlaceID]))
		out.Lists = append(out.Lists, ls)
		out.IDs = append(out.IDs, p.ID)
	}
	return out, nil
}

// EventYear is the year most of the victims' acts happened in (by their
// incidents' start), the year their ages were given at; 0 when unknown.
func EventYear(ctx context.Context, db *sqldb.DB) (int, error) {
	incidents, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{})
	if err != nil {
		return 0, err
	}
	yearOf := map[int64]int{}
	for _, in := range incidents {
		yearOf[in.ID] = in.When.Start.Year
	}
	acts, _, err := db.Acts().List(ctx, rastro.ActFilter{})
	if err != nil {
		return 0, err
	}
	count := map[int]int{}
	best := 0
	for _, a := range acts {
		y := a.Date.Year
		if y == 0 {
			y = yearOf[a.IncidentID]
		}
		if y != 0 && a.VictimID != 0 {
			count[y]++
			if count[y] > count[best] || (count[y] == count[best] && y < best) {
				best = y
			}
		}
	}
	return best, nil
}

// ResolvePlaces replaces place names with their UBIGEO codes where the
// gazetteer knows the name and it is not ambiguous ("Juliaca", but not
// "Puno", a department, province and district), so places compare through
// the hierarchy. Other names stay as they are, compared as strings.
func ResolvePlaces(recs []linkage.Record) error {
	g, err := gazetteer.Load()
	if err != nil {
		return err
	}
	resolved := map[string]string{}
	for i := range recs {
		p := recs[i].Place
		if p == "" || linkage.IsUbigeo(p) {
			continue
		}
		code, ok := resolved[p]
		if !ok {
			code = p
			if c := g.Resolve(p); len(c) > 0 && !c[0].Ambiguous && c[0].Place.Ubigeo != "" {
				code = c[0].Place.Ubigeo
			}
			resolved[p] = code
		}
		recs[i].Place = code
	}
	return nil
}

// ParseRules parses blocking rules against the mapping.
func ParseRules(specs []string, mp *linkage.Mapping) ([]linkage.Rule, error) {
	var rules []linkage.Rule
	for _, b := range specs {
		r, err := linkage.ParseRule(b, mp)
		if err != nil {
			return nil, err
		}
		rules = append(rules, r)
	}
	return rules, nil
}

// Options tune a run; the zero value links the victims with the default
// rules and thresholds.
type Options struct {
	AllPersons bool     // every person, not only victims
	KeepPlaces bool     // compare place names as written
	Blocks     []string // blocking rules; none: chosen by linkage.ChooseRules
	// PairBudget bounds the candidate pairs of chosen rules; 0:
	// linkage.PairBudget of the number of records.
	PairBudget float64
	// EventYear is the year ages were given at; 0: the victims' most
	// common incident year.
	EventYear     int
	MaxBlockPairs int64
	Seed          uint64
	Match, Review float64
	NoTermFreq    bool
	MaxCluster    int
	// OnePerList: each source names a person at most once, so two
	// records citing one source are never compared nor made one person
	// (see linkage.Config). Records citing no source are on no list.
	OnePerList bool
}

// Result is what a run found and stored.
type Result struct {
	Records    int   `json:"records"`
	Candidates int64 `json:"candidates"`
	EventYear  int   `json:"event_year"`
	Iterations int   `json:"iterations"`
	// Lambda is the model's prior match probability.
	Lambda     float64 `json:"lambda"`
	Merges     int     `json:"merges"`      // found
	NewMerges  int     `json:"new_merges"`  // stored (not there before)
	Reviews    int     `json:"reviews"`     // found
	NewReviews int     `json:"new_reviews"` // stored
	// Chosen says which blocking rules were chosen (none with Blocks).
	Chosen *linkage.Choice `json:"chosen,omitempty"`
	// The records linked, for capture histories.
	Linked *Records `json:"-"`
}

// Run links the person records in the database and stores the automatic
// merges and the review queue (pairs decided before are kept as decided).
func Run(ctx context.Context, db *sqldb.DB, o Options) (*Result, error) {
	if o.PairBudget < 0 || o.MaxCluster < 0 || o.EventYear < 0 || o.MaxBlockPairs < 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "link: pair budget %v, largest person %d, event year %d, block pairs %d: want 0 (the default) or more",
			o.PairBudget, o.MaxCluster, o.EventYear, o.MaxBlockPairs)
	}
	rs, err := Victims(ctx, db, o.AllPersons)
	if err != nil {
		return nil, err
	}
	if !o.KeepPlaces {
		if err := ResolvePlaces(rs.Recs); err != nil {
			return nil, err
		}
	}
	if len(rs.Recs) < 2 {
		what := "victim person records"
		if o.AllPersons {
			what = "person records"
		}
		return nil, rastro.Errorf(rastro.EINVALID, "the database holds %d %s: nothing to link", len(rs.Recs), what)
	}
	var lists [][]string
	if o.OnePerList {
		lists = onLists(rs)
	}
	mp := linkage.PersonMapping()
	specs := o.Blocks
	var chosen *linkage.Choice
	if len(specs) == 0 {
		ch, err := linkage.ChooseRules(mp, rs.Recs, linkage.RuleOptions{LinkOnly: o.OnePerList, MaxBlockPairs: o.MaxBlockPairs, Budget: o.PairBudget, Seed: o.Seed})
		if err != nil {
			return nil, err
		}
		chosen, specs = &ch, ch.Specs()
	}
	rules, err := ParseRules(specs, &mp)
	if err != nil {
		return nil, err
	}
	if len(mp.Raw) > 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "blocking rule names %q, which person records do not have: use given, surname, birth, age, sex, place or a derived key", mp.Raw[0])
	}
	if o.EventYear == 0 {
		if o.EventYear, err = EventYear(ctx, db); err != nil {
			return nil, err
		}
	}
	res, err := linkage.Link(ctx, rs.Recs, linkage.Config{
		Fields: linkage.Fields(mp, o.EventYear), Rules: rules, MaxBlockPairs: o.MaxBlockPairs, Seed: o.Seed,
		Match: o.Match, Review: o.Review, NoTermFreq: o.NoTermFreq, MaxCluster: o.MaxCluster,
		OnePerList: o.OnePerList, Lists: lists,
	})
	if err != nil {
		return nil, err
	}
	ids := rs.IDs
	var merges []*sqldb.PersonMerge
	for _, p := range res.Joins {
		merges = append(merges, &sqldb.PersonMerge{PersonA: ids[p.A], PersonB: ids[p.B], Weight: p.Weight, Reason: "automatic", By: "linkage"})
	}
	var reviews []*sqldb.LinkReview
	for _, it := range res.Review {
		reviews = append(reviews, &sqldb.LinkReview{PersonA: ids[it.A], PersonB: ids[it.B], Weight: it.Weight, Probability: it.Prob,
			Levels: res.Levels(it.Pattern), Reason: it.Reason})
	}
	nm, nr, err := db.RecordLinkage(ctx, merges, reviews)
	if err != nil {
		return nil, err
	}
	return &Result{Records: len(rs.Recs), Candidates: res.Candidates, EventYear: o.EventYear, Iterations: res.Model.Iterations,
		Lambda: res.Model.Lambda, Merges: len(merges), NewMerges: nm, Reviews: len(reviews), NewReviews: nr, Chosen: chosen, Linked: rs}, nil
}

// onLists returns the sources each record cites, for linkage's OnePerList.
// A record citing none is on no list: its List becomes its own, so that
// such records are still compared with each other.
func onLists(rs *Records) [][]string {
	out := make([][]string, len(rs.Recs))
	for i, ls := range rs.Lists {
		if len(ls) == 1 && ls[0] == "uncited" {
			rs.Recs[i].List = "uncited:" + strconv.FormatInt(rs.IDs[i], 10)
			continue
		}
		out[i] = ls
	}
	return out
}

// Components numbers the persons that the active merges make of the
// person records ids: records i and j are one person when their numbers match.
func Components(ctx context.Context, db *sqldb.DB, ids []int64) ([]int32, error) {
	merges, err := db.PersonMerges(ctx, true)
	if err != nil {
		return nil, err
	}
	index := map[int64]int{}
	for i, id := range ids {
		index[id] = i
	}
	var joins [][2]int
	for _, mg := range merges {
		a, oka := index[mg.PersonA]
		b, okb := index[mg.PersonB]
		if oka && okb {
			joins = append(joins, [2]int{a, b})
		}
	}
	return linkage.Components(len(ids), joins), nil
}

// Histories counts the persons the stored merges make of rs by the sources
// their records cite: capture histories for estimation.
func Histories(ctx context.Context, db *sqldb.DB, rs *Records) (linkage.Histories, error) {
	cluster, err := Components(ctx, db, rs.IDs)
	if err != nil {
		return linkage.Histories{}, err
	}
	return linkage.CaptureHistoriesOf(cluster, rs.Lists), nil
}
