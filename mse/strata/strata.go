// Package strata builds capture histories of the victims in the database
// for multiple systems estimation: person records joined by the active
// merges of package linkage/dblink are one person, a person is on every
// list that one of their records cites, and persons may be split into
// strata (place, department, period, perpetrator). The command line
// (rastro estimate --db-victims) and the web app both call it.
package strata

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/linkage/dblink"
	"github.com/rastro-project/rastro/mse"
	"github.com/rastro-project/rastro/sqldb"
)

// ListsBy are the ways a source is made a list; By are the strata.
var (
	ListsBy = []string{"publisher", "kind", "source"}
	By      = []string{"place", "department", "period", "perpetrator"}
)

// Options say how lists and strata are drawn.
type Options struct {
	// ListsBy makes a list of each source's publisher (the default), its
	// kind, or the source itself.
	ListsBy string
	// Stratify is "" (no strata) or one of By.
	Stratify string
}

// Check refuses lists and strata it does not know.
func (o Options) Check() error {
	if o.ListsBy != "" && !slices.Contains(ListsBy, o.ListsBy) {
		return rastro.Errorf(rastro.EINVALID, "lists by %q: want %s", o.ListsBy, strings.Join(ListsBy, ", "))
	}
	if o.Stratify != "" && !slices.Contains(By, o.Stratify) {
		return rastro.Errorf(rastro.EINVALID, "strata by %q: want %s", o.Stratify, strings.Join(By, ", "))
	}
	return nil
}

// Victims are the capture histories of the victims in the database.
func Victims(ctx context.Context, db *sqldb.DB, o Options) (*mse.Strata, error) {
	if o.ListsBy == "" {
		o.ListsBy = "publisher"
	}
	if err := o.Check(); err != nil {
		return nil, err
	}
	rs, err := dblink.Victims(ctx, db, false)
	if err != nil {
		return nil, err
	}
	recLists, ids := rs.Lists, rs.IDs
	listOf, err := listNamer(ctx, db, o.ListsBy)
	if err != nil {
		return nil, err
	}
	cluster, err := dblink.Components(ctx, db, ids)
	if err != nil {
		return nil, err
	}
	strataOf := func(int64) string { return "" }
	if o.Stratify != "" {
		if strataOf, err = victimStrata(ctx, db, o.Stratify); err != nil {
			return nil, err
		}
	}
	// Each person: the lists of all their records, and the strata their
	// records give (counted, to settle disagreements).
	type person struct {
		lists  []string
		strata map[string]int
	}
	persons := map[int32]*person{}
	var order []int32
	for i, c := range cluster {
		p := persons[c]
		if p == nil {
			p = &person{strata: map[string]int{}}
			persons[c] = p
			order = append(order, c)
		}
		for _, l := range recLists[i] {
			if name := listOf(l); name != "" && !slices.Contains(p.lists, name) {
				p.lists = append(p.lists, name)
			}
		}
		if s := strataOf(ids[i]); s != "" {
			p.strata[s]++
		}
	}
	var lists []string
	var uncited, disagree int
	for _, c := range order {
		p := persons[c]
		if len(p.lists) == 0 {
			uncited++
		}
		for _, l := range p.lists {
			if !slices.Contains(lists, l) {
				lists = append(lists, l)
			}
		}
		if len(p.strata) > 1 {
			disagree++
		}
	}
	slices.Sort(lists)
	k := len(lists)
	if k < 2 || k > mse.MaxLists {
		var other []string
		for _, b := range ListsBy {
			if b != o.ListsBy {
				other = append(other, b)
			}
		}
		return nil, &ListCountError{By: o.ListsBy, Lists: lists, Other: other,
			err: rastro.Errorf(rastro.EINVALID, "the victims' records cite %d lists by %s (%s): estimation takes 2 to %d; try lists by %s", k, o.ListsBy, strings.Join(lists, ", "), mse.MaxLists, strings.Join(other, " or "))}
	}
	st := &mse.Strata{By: map[string]*mse.Histories{}}
	for _, c := range order {
		p := persons[c]
		if len(p.lists) == 0 {
			continue
		}
		stratum := ""
		if o.Stratify != "" {
			stratum = mostCommon(p.strata)
		}
		h := st.By[stratum]
		if h == nil {
			h = &mse.Histories{Lists: k, Names: lists, Counts: make([]float64, 1<<k-1)}
			st.By[stratum] = h
			st.Names = append(st.Names, stratum)
		}
		var mask uint
		for _, l := range p.lists {
			mask |= 1 << uint(slices.Index(lists, l))
		}
		h.Counts[h.Row(mask)]++
	}
	slices.Sort(st.Names)
	if uncited > 0 {
		st.Warnings = append(st.Warnings, fmt.Sprintf("%d victims cite no source and are on no list: left out", uncited))
	}
	if disagree > 0 {
		st.Warnings = append(st.Warnings, fmt.Sprintf("%d linked victims have records that disagree on the %s: each is counted under its most frequent value", disagree, o.Stratify))
	}
	return st, nil
}

// listNamer maps linkage's list of a record ("source:12") to the list used
// for estimation.
func listNamer(ctx context.Context, db *sqldb.DB, by string) (func(string) string, error) {
	sources, _, err := db.Sources().List(ctx, rastro.SourceFilter{})
	if err != nil {
		return nil, err
	}
	byID := map[string]*rastro.Source{}
	for _, s := range sources {
		byID["source:"+strconv.FormatInt(s.ID, 10)] = s
	}
	return func(l string) string {
		s := byID[l]
		if s == nil {
			return "" // "uncited", or a source no longer there
		}
		switch by {
		case "publisher":
			if s.Publisher != "" {
				return s.Publisher
			}
			return s.Title
		case "kind":
			return string(s.Kind)
		}
		return l
	}, nil
}

// victimStrata returns the stratum of a victim's person record: the place,
// department or month of the incident in which they were a victim, or the
// units involved.
func victimStrata(ctx context.Context, db *sqldb.DB, by string) (func(int64) string, error) {
	acts, _, err := db.Acts().List(ctx, rastro.ActFilter{})
	if err != nil {
		return nil, err
	}
	incidents, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{})
	if err != nil {
		return nil, err
	}
	places, _, err := db.Places().List(ctx, rastro.PlaceFilter{})
	if err != nil {
		return nil, err
	}
	incident := map[int64]*rastro.Incident{}
	for _, in := range incidents {
		incident[in.ID] = in
	}
	place := map[int64]*rastro.Place{}
	for _, p := range places {
		place[p.ID] = p
	}
	unitsOfAct := map[int64][]string{}
	if by == "perpetrator" {
		invs, _, err := db.Involvements().List(ctx, rastro.InvolvementFilter{})
		if err != nil {
			return nil, err
		}
		units, _, err := db.Units().List(ctx, rastro.UnitFilter{})
		if err != nil {
			return nil, err
		}
		unitName := map[int64]string{}
		for _, u := range units {
			unitName[u.ID] = u.Name
		}
		for _, v := range invs {
			if n := unitName[v.UnitID]; n != "" && !slices.Contains(unitsOfAct[v.ActID], n) {
				unitsOfAct[v.ActID] = append(unitsOfAct[v.ActID], n)
			}
		}
	}
	stratum := map[int64]string{} // victim person record -> stratum
	for _, a := range acts {
		if a.VictimID == 0 || stratum[a.VictimID] != "" {
			continue
		}
		in := incident[a.IncidentID]
		var s string
		switch by {
		case "place", "department":
			if in != nil && place[in.PlaceID] != nil {
				p := place[in.PlaceID]
				s = p.Name
				if by == "department" && p.Admin1 != "" {
					s = p.Admin1
				}
			}
		case "period":
			d := a.Date
			if d.IsZero() && in != nil {
				d = in.When.Start
			}
			if !d.IsZero() {
				s = strconv.Itoa(d.Year)
				if d.Month != 0 {
					s = fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
				}
			}
		case "perpetrator":
			us := slices.Clone(unitsOfAct[a.ID])
			slices.Sort(us)
			s = strings.Join(us, " + ")
		}
		stratum[a.VictimID] = s
	}
	return func(id int64) string { return stratum[id] }, nil
}

// mostCommon returns the value counted most often, the smallest on ties.
func mostCommon(counts map[string]int) string {
	best, n := "unknown", 0
	for v, c := range counts {
		if c > n || c == n && v < best {
			best, n = v, c
		}
	}
	return best
}

// ListCountError refuses an estimate from fewer than 2 or more than
// mse.MaxLists lists, with what a front end needs to say so in its
// language: the lists the victims' records cite, made by By, and the
// Other ways to make lists. It is an EINVALID rastro.Error.
type ListCountError struct {
	By           string
	Lists, Other []string
	err          error
}

func (e *ListCountError) Error() string { return e.err.Error() }
func (e *ListCountError) Unwrap() error { return e.err }
