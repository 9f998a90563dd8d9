package report

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
)

// Cell is one number of a figure and the anchor of the acts it counts ("" for
// zero).
type Cell struct {
	N   int
	Ref string
}

// Stat is a labelled number.
type Stat struct {
	Key   string
	Label string
	Cell
}

// Harm classes the charts and tables split victims into.
const (
	harmKilled = iota
	harmInjured
	harmOther
	harmClasses
)

var harmKeys = [harmClasses]string{"killed", "injured", "other"}

func harmOf(a *rastro.Act) int {
	switch a.Type {
	case rastro.ActKilled:
		return harmKilled
	case rastro.ActInjured:
		return harmInjured
	}
	return harmOther
}

// PlaceDateRow counts the victims of the incidents at one place on one date.
type PlaceDateRow struct {
	Department string
	Place      string
	Date       string
	Incidents  int
	Harm       [harmClasses]Cell
	Total      Cell
}

// HarmBucket is one bar of the harm chart: a day, or a month when the
// period is long.
type HarmBucket struct {
	Label string
	Harm  [harmClasses]Cell
}

// MapPoint is an incident drawn on the map.
type MapPoint struct {
	IncidentID int64
	Title      string
	Lon, Lat   float64
	Approx     bool // at the department's centre: the place has no coordinates
	Victims    int
	Killed     int
	Ref        string
}

// TimelineItem is an incident on the timeline.
type TimelineItem struct {
	IncidentID int64
	Title      string
	Lane       string // department
	Start, End time.Time
	Victims    int
	Killed     int
	Ref        string
}

// Figures are the numbers the report shows, each with the acts behind it.
type Figures struct {
	Headline []Stat
	Reported int            // fatalities sources reported for the incidents, apart from the acts
	Rows     []PlaceDateRow // by place and date, in date order
	// Departments are the rows by department, most victims first.
	Departments []PlaceDateRow
	HarmByDay   []HarmBucket
	ByMonth     bool // HarmByDay holds months
	Regions     []Stat
	Munitions   []Stat
	Points      []MapPoint
	Unplaced    Cell // incidents (N) that cannot be drawn, and their acts
	Timeline    []TimelineItem
	Conclusion  []Stat     // acts by final assessment conclusion
	Lists       []*ActList // every list, once the report is built
	// IncidentRef is the anchor of each incident's acts.
	IncidentRef map[int64]string
}

// incFacts is what the figures need of one incident: its acts by harm and
// where it happened.
type incFacts struct {
	harm  [harmClasses][]int64
	acts  []int64
	dept  string
	place string
}

// rowKey groups incidents into a row of a table: by department, place and
// date, or by department alone.
type rowKey struct{ dept, place, date string }

// groupRows counts the victims of the incidents grouped by key, each number
// with its list of acts.
func groupRows(s *Scope, facts map[int64]*incFacts, keyOf func(*rastro.Incident, *incFacts) rowKey, lists *actLists, tr translator) []PlaceDateRow {
	rows := map[rowKey]*PlaceDateRow{}
	rowActs := map[rowKey]*[harmClasses + 1][]int64{}
	for _, inc := range s.Incidents {
		x := facts[inc.ID]
		k := keyOf(inc, x)
		r := rows[k]
		if r == nil {
			r = &PlaceDateRow{Department: k.dept, Place: k.place, Date: k.date}
			rows[k] = r
			rowActs[k] = &[harmClasses + 1][]int64{}
		}
		r.Incidents++
		ra := rowActs[k]
		for h := range harmClasses {
			ra[h] = append(ra[h], x.harm[h]...)
		}
		ra[harmClasses] = append(ra[harmClasses], x.acts...)
	}
	// Lists are numbered as they are made: going through the rows in a
	// fixed order keeps a report the same from one run to the next.
	keys := make([]rowKey, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b rowKey) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.dept, b.dept), cmp.Compare(a.place, b.place))
	})
	out := make([]PlaceDateRow, 0, len(rows))
	for _, k := range keys {
		r := rows[k]
		name := k.place
		if name == "" {
			name = k.dept
		}
		ra := rowActs[k]
		for h := range harmClasses {
			sortIDs(ra[h])
			r.Harm[h] = Cell{len(ra[h]), lists.ref(labelJoin(name, k.date, tr.T("harm."+harmKeys[h])), ra[h])}
		}
		sortIDs(ra[harmClasses])
		r.Total = Cell{len(ra[harmClasses]), lists.ref(labelJoin(name, k.date), ra[harmClasses])}
		out = append(out, *r)
	}
	return out
}

// maxDayBars is how many days the harm chart shows one bar each for before
// it groups them by month.
const maxDayBars = 120

// computeFigures counts everything the report shows from the scope.
func computeFigures(s *Scope, in *Input, tr translator, lists *actLists) *Figures {
	f := &Figures{IncidentRef: make(map[int64]string, len(s.Incidents))}
	depts := make(map[string]*Department, len(in.Departments))
	for i := range in.Departments {
		depts[in.Departments[i].Code] = &in.Departments[i]
	}
	final := finalConclusions(in)

	// Headline figures.
	var all, killed, injured, other, live, vital, minors, bystanders, extra, unlawful []int64
	for _, a := range s.Acts {
		all = append(all, a.ID)
		switch harmOf(a) {
		case harmKilled:
			killed = append(killed, a.ID)
		case harmInjured:
			injured = append(injured, a.ID)
		default:
			other = append(other, a.ID)
		}
		if a.Munition == rastro.MunitionLive {
			live = append(live, a.ID)
			if a.VitalWound() {
				vital = append(vital, a.ID)
			}
		}
		if v := s.Person[a.VictimID]; v != nil && v.IsMinor() {
			minors = append(minors, a.ID)
		}
		switch a.Activity {
		case rastro.ActivityObserving, rastro.ActivityPassingBy, rastro.ActivityHelping, rastro.ActivityReporting, rastro.ActivityMedical:
			bystanders = append(bystanders, a.ID)
		}
		switch final[a.ID] {
		case ConclusionExtrajudicial:
			extra = append(extra, a.ID)
		case ConclusionUnlawful:
			unlawful = append(unlawful, a.ID)
		}
	}
	stat := func(key string, n int, acts []int64) Stat {
		label := tr.T("h." + key)
		return Stat{Key: key, Label: label, Cell: Cell{N: n, Ref: lists.ref(label, acts)}}
	}
	f.Headline = []Stat{
		stat("incidents", len(s.Incidents), all),
		stat("acts", len(all), all),
		stat("killed", len(killed), killed),
	}
	if in.Assessment != nil {
		f.Headline = append(f.Headline, stat("extrajudicial", len(extra), extra), stat("unlawful", len(unlawful), unlawful))
	}
	f.Headline = append(f.Headline,
		stat("injured", len(injured), injured),
		stat("other", len(other), other),
		stat("live", len(live), live),
		stat("vital", len(vital), vital),
		stat("minors", len(minors), minors),
		stat("bystanders", len(bystanders), bystanders),
	)
	for _, inc := range s.Incidents {
		f.Reported += inc.ReportedFatalities
	}

	// Per incident: its acts by harm, its anchor, where and when it is.
	facts := make(map[int64]*incFacts, len(s.Incidents))
	for _, inc := range s.Incidents {
		x := &incFacts{}
		for _, a := range s.ActsOf[inc.ID] {
			h := harmOf(a)
			x.harm[h] = append(x.harm[h], a.ID)
			x.acts = append(x.acts, a.ID)
		}
		x.dept, x.place = tr.T("unknown"), tr.T("unknown")
		if p := s.PlaceOf(inc); p != nil {
			x.place = p.Name
			switch {
			case p.Admin1 != "":
				x.dept = p.Admin1
			case len(p.Ubigeo) >= 2 && depts[p.Ubigeo[:2]] != nil:
				x.dept = depts[p.Ubigeo[:2]].Name
			}
		}
		facts[inc.ID] = x
		f.IncidentRef[inc.ID] = lists.ref(fmt.Sprintf("%s %d: %s", tr.T("col.incident"), inc.ID, inc.Title), x.acts)
	}

	// Tables by place and date, and by department.
	f.Rows = groupRows(s, facts, func(inc *rastro.Incident, x *incFacts) rowKey {
		return rowKey{x.dept, x.place, inc.When.Start.String()}
	}, lists, tr)
	f.Departments = groupRows(s, facts, func(_ *rastro.Incident, x *incFacts) rowKey {
		return rowKey{dept: x.dept}
	}, lists, tr)
	sort.SliceStable(f.Departments, func(i, j int) bool { return f.Departments[i].Total.N > f.Departments[j].Total.N })
	sort.Slice(f.Rows, func(i, j int) bool {
		a, b := f.Rows[i], f.Rows[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Department != b.Department {
			return a.Department < b.Department
		}
		return a.Place < b.Place
	})

	// Victims per day (or month) by harm, by the date of each act.
	days := map[string]*[harmClasses][]int64{}
	for _, a := range s.Acts {
		d := s.ActDate(a).String()
		if days[d] == nil {
			days[d] = &[harmClasses][]int64{}
		}
		days[d][harmOf(a)] = append(days[d][harmOf(a)], a.ID)
	}
	if len(days) > maxDayBars {
		f.ByMonth = true
		months := map[string]*[harmClasses][]int64{}
		for d, v := range days {
			m := d
			if len(m) > 7 {
				m = m[:7]
			}
			if months[m] == nil {
				months[m] = &[harmClasses][]int64{}
			}
			for h := range harmClasses {
				months[m][h] = append(months[m][h], v[h]...)
			}
		}
		days = months
	}
	for _, d := range sortedKeys(days) {
		b := HarmBucket{Label: d}
		if d == "" {
			b.Label = tr.T("unknown")
		}
		for h := range harmClasses {
			ids := days[d][h]
			sortIDs(ids)
			b.Harm[h] = Cell{len(ids), lists.ref(labelJoin(b.Label, tr.T("harm."+harmKeys[h])), ids)}
		}
		f.HarmByDay = append(f.HarmByDay, b)
	}

	// Wound regions and munitions.
	regions := map[string][]int64{}
	munitions := map[string][]int64{}
	for _, a := range s.Acts {
		seen := map[rastro.BodyRegion]bool{}
		for _, r := range a.WoundRegions {
			if !seen[r] {
				seen[r] = true
				regions[string(r)] = append(regions[string(r)], a.ID)
			}
		}
		if harmOf(a) != harmOther || a.Munition != rastro.MunitionUnknown {
			munitions[string(a.Munition)] = append(munitions[string(a.Munition)], a.ID)
		}
	}
	f.Regions = countStats(regions, "region", tr, lists, tr.T("chart.regions"))
	f.Munitions = countStats(munitions, "munition", tr, lists, tr.T("chart.munitions"))

	// Map and timeline.
	var unplacedActs []int64
	for _, inc := range s.Incidents {
		x := facts[inc.ID]
		pt := MapPoint{IncidentID: inc.ID, Title: inc.Title, Victims: len(x.acts), Killed: len(x.harm[harmKilled]), Ref: f.IncidentRef[inc.ID]}
		p := s.PlaceOf(inc)
		switch {
		case p != nil && p.Latitude != nil:
			pt.Lon, pt.Lat = *p.Longitude, *p.Latitude
			f.Points = append(f.Points, pt)
		case p != nil && len(p.Ubigeo) >= 2 && depts[p.Ubigeo[:2]] != nil:
			c := depts[p.Ubigeo[:2]].Centroid()
			pt.Lon, pt.Lat, pt.Approx = c[0], c[1], true
			f.Points = append(f.Points, pt)
		default:
			f.Unplaced.N++
			unplacedActs = append(unplacedActs, x.acts...)
		}
		start := inc.When.Start.First()
		end := inc.When.Start.Last()
		if !inc.When.End.IsZero() {
			end = inc.When.End.Last()
		}
		f.Timeline = append(f.Timeline, TimelineItem{IncidentID: inc.ID, Title: inc.Title, Lane: x.dept,
			Start: start, End: end, Victims: pt.Victims, Killed: pt.Killed, Ref: pt.Ref})
	}
	sortIDs(unplacedActs)
	f.Unplaced.Ref = lists.ref(tr.T("map.unplaced", f.Unplaced.N), unplacedActs)
	// Big circles first, so small ones stay clickable on top of them.
	sort.SliceStable(f.Points, func(i, j int) bool { return f.Points[i].Victims > f.Points[j].Victims })

	// Assessment conclusions.
	if in.Assessment != nil {
		byConclusion := map[string][]int64{}
		for _, a := range s.Acts {
			if c, ok := final[a.ID]; ok {
				byConclusion[c] = append(byConclusion[c], a.ID)
			}
		}
		f.Conclusion = countStats(byConclusion, "conclusion", tr, lists, tr.T("assessment"))
		// Gravest first, as the rule file ranks them.
		rules := in.Rules
		if rules == nil {
			rules = assess.MustDefaultRules()
		}
		rank := map[string]int{}
		for _, c := range rules.Conclusions {
			rank[c.ID] = c.Rank
		}
		sort.SliceStable(f.Conclusion, func(i, j int) bool { return rank[f.Conclusion[i].Key] > rank[f.Conclusion[j].Key] })
	}
	return f
}

// countStats turns acts by key into stats, largest first, each with its list.
func countStats(m map[string][]int64, kind string, tr translator, lists *actLists, figure string) []Stat {
	out := make([]Stat, 0, len(m))
	for _, k := range sortedKeys(m) {
		label := tr.Enum(kind, k)
		out = append(out, Stat{Key: k, Label: label, Cell: Cell{len(m[k]), lists.ref(labelJoin(figure, label), m[k])}})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].N > out[j].N })
	return out
}

func sortIDs(ids []int64) {
	slices.Sort(ids)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
