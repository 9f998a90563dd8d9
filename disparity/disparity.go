// Package disparity asks whether lethal force fell harder on some places
// than on others: it sets the deaths and injuries the records hold against
// the protests documented in each province and department (exposure), with
// the 2017 census's ethnic self-identification and the INEI poverty rates,
// and gives rates with exact Poisson intervals, rate ratios between
// provinces grouped by their indigenous share, and a regression of
// casualties on indigenous share and poverty. Like the other analyses it
// says what each figure can and cannot show: these are associations between
// places, not findings about individual victims or anyone's intent.
package disparity

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/gazetteer"
)

// Exposures the rates can be set against.
const (
	ExposureEvents     = "events"     // documented protest events
	ExposurePopulation = "population" // people aged 12 and over (census 2017)
)

// Measures counted: deaths, gunshot injuries, and all deaths and injuries.
const (
	MeasureKilled     = "killed"
	MeasureGunshot    = "gunshot_injured"
	MeasureCasualties = "casualties"
)

// Measures in the order the figures show them.
var Measures = []string{MeasureKilled, MeasureGunshot, MeasureCasualties}

// Options choose the period, the grouping threshold and the exposure.
type Options struct {
	From, To  rastro.Date // incidents that may have happened in the period; zero: unbounded
	Threshold float64     // indigenous share at or above which a province is grouped as indigenous; 0: 0.5
	Exposure  string      // ExposureEvents (default) or ExposurePopulation
}

func (o *Options) normalise() error {
	if o.Threshold == 0 {
		o.Threshold = 0.5
	}
	if o.Threshold <= 0 || o.Threshold >= 1 || math.IsNaN(o.Threshold) {
		return rastro.Errorf(rastro.EINVALID, "threshold %v: want a share between 0 and 1 (0.5 is 50%%)", o.Threshold)
	}
	switch o.Exposure {
	case "":
		o.Exposure = ExposureEvents
	case ExposureEvents, ExposurePopulation:
	default:
		return rastro.Errorf(rastro.EINVALID, "exposure %q: want events or population", o.Exposure)
	}
	if !o.From.IsZero() && !o.To.IsZero() && o.To.Last().Before(o.From.First()) {
		return rastro.Errorf(rastro.EINVALID, "period: %s is before %s", o.To, o.From)
	}
	return nil
}

// Rate is a count per unit of exposure, scaled (per 100 events or per
// 100,000 people), with its exact Poisson 95% interval.
type Rate struct {
	Rate Num `json:"rate"`
	Low  Num `json:"low"`
	High Num `json:"high"`
}

func rateOf(k int, exposure, scale float64) Rate {
	if exposure <= 0 {
		nan := Num(math.NaN())
		return Rate{nan, nan, nan}
	}
	lo, hi := Garwood(k)
	return Rate{Num(float64(k) / exposure * scale), Num(lo / exposure * scale), Num(hi / exposure * scale)}
}

// Count is one measure in one area: how many, the rates, and the acts.
type Count struct {
	N         int     `json:"n"`
	PerEvents Rate    `json:"per_100_events"`
	PerPeople Rate    `json:"per_100000"`
	Acts      []int64 `json:"acts,omitempty"`
}

// Row is a province or department with its exposure and casualties.
type Row struct {
	Area
	Department string   `json:"department,omitempty"` // name, for provinces
	Poverty    *float64 `json:"poverty_pct,omitempty"`
	Events     int      `json:"events"`
	Incidents  []int64  `json:"incidents,omitempty"` // the protest events counted
	Killed     Count    `json:"killed"`
	Gunshot    Count    `json:"gunshot_injured"`
	Casualties Count    `json:"casualties"`
}

// Measure returns the count of a measure.
func (r *Row) Measure(m string) *Count {
	switch m {
	case MeasureKilled:
		return &r.Killed
	case MeasureGunshot:
		return &r.Gunshot
	}
	return &r.Casualties
}

// Unplaced are incidents in the period whose province could not be told.
type Unplaced struct {
	Incidents  []int64 `json:"incidents"`
	Casualties []int64 `json:"casualty_acts"`
}

// Largest is the incident with the most deaths and injuries.
type Largest struct {
	IncidentID int64  `json:"incident_id"`
	Title      string `json:"title"`
	Province   string `json:"province"`
	Casualties int    `json:"casualties"`
}

// Report is the whole analysis.
type Report struct {
	From      rastro.Date `json:"from,omitzero"`
	To        rastro.Date `json:"to,omitzero"`
	Threshold float64     `json:"threshold"`
	Exposure  string      `json:"exposure"`
	// PopulationMeasure says which population the rates per 100,000 use.
	PopulationMeasure string         `json:"population_measure"`
	EventRule         string         `json:"event_rule"`
	Events            int            `json:"events"`
	Placed            Counts         `json:"placed"`
	Unplaced          Unplaced       `json:"unplaced"`
	Located           map[string]int `json:"located_by"` // incidents by how their province was found
	Departments       []Row          `json:"departments"`
	Provinces         []Row          `json:"provinces"` // those with protest events or casualties
	Largest           *Largest       `json:"largest_incident,omitempty"`
	Main              Analysis       `json:"main"`
	Sensitivity       []Analysis     `json:"sensitivity"`
	CanShow           []string       `json:"can_show"`
	CannotShow        []string       `json:"cannot_show"`
	Sources           []string       `json:"sources"`
}

// Counts are totals of the three measures.
type Counts struct {
	Killed     int `json:"killed"`
	Gunshot    int `json:"gunshot_injured"`
	Casualties int `json:"casualties"`
}

// Analysis is the comparisons and the regression under one exposure, with
// or without the largest incident.
type Analysis struct {
	Key         string       `json:"key"` // "main", "population", "events", "without_largest"
	Label       string       `json:"label"`
	Exposure    string       `json:"exposure"`
	Without     int64        `json:"without_incident,omitempty"`
	Comparisons []Comparison `json:"comparisons"`
	Regression  Regression   `json:"regression"`
}

// Southern are the departments compared with Lima Metropolitana: INEI's
// southern macro-region (Apurímac, Arequipa, Cusco, Madre de Dios,
// Moquegua, Puno, Tacna) and Ayacucho, where the protests of December 2022
// and January 2023 were most deadly.
var Southern = []string{"03", "04", "05", "08", "17", "18", "21", "23"}

// LimaMetropolitana is the province of Lima (the capital), without Callao.
const LimaMetropolitana = "150100"

// Analyze computes the report over the bundle's records.
func Analyze(b *rastro.Bundle, opt Options) (*Report, error) {
	return AnalyzeIndex(analysis.NewIndex(b), opt)
}

// incidentFacts is what one incident adds to its province.
type incidentFacts struct {
	inc                    *rastro.Incident
	province               string
	event                  bool
	killed, gunshot, harms []int64
}

// AnalyzeIndex is Analyze over an index already built.
func AnalyzeIndex(x *analysis.Index, opt Options) (*Report, error) {
	if err := opt.normalise(); err != nil {
		return nil, err
	}
	census, err := Census()
	if err != nil {
		return nil, rastro.Errorf(rastro.EINTERNAL, "census table: %v", err)
	}
	rep := &Report{From: opt.From, To: opt.To, Threshold: opt.Threshold, Exposure: opt.Exposure,
		PopulationMeasure: "People aged 12 and over who answered the 2017 census's ethnicity question (INEI); the census " +
			"table gives no all-ages count, so rates per 100,000 are per 100,000 residents aged 12 and over.",
		EventRule: "Every incident in the period counts as one protest event, except those ACLED classifies as battles, " +
			"explosions, strategic developments or violence against civilians; an incident with deaths or injuries always counts.",
		Located:    map[string]int{},
		Unplaced:   Unplaced{Incidents: []int64{}, Casualties: []int64{}},
		CanShow:    canShow,
		CannotShow: cannotShow,
		Sources:    sources,
	}
	var facts []*incidentFacts
	located := map[int64]struct{ code, how string }{}
	for _, inc := range x.Bundle.Incidents {
		if !inPeriod(inc, opt.From, opt.To) {
			continue
		}
		f := &incidentFacts{inc: inc}
		for _, a := range x.ActsOf[inc.ID] {
			if !analysis.Harm(a) {
				continue
			}
			f.harms = append(f.harms, a.ID)
			if a.Type == rastro.ActKilled {
				f.killed = append(f.killed, a.ID)
			} else if analysis.Gunshot(a) {
				f.gunshot = append(f.gunshot, a.ID)
			}
		}
		f.event = len(f.harms) > 0 || protestType(inc.EventType)
		if !f.event {
			continue
		}
		loc, seen := located[inc.PlaceID]
		if !seen { // many incidents share a place; names and points are slow to resolve
			loc.code, loc.how = ProvinceOf(x.Places[inc.PlaceID])
			located[inc.PlaceID] = loc
		}
		code, how := loc.code, loc.how
		if census[code] == nil {
			rep.Unplaced.Incidents = append(rep.Unplaced.Incidents, inc.ID)
			rep.Unplaced.Casualties = append(rep.Unplaced.Casualties, f.harms...)
			continue
		}
		rep.Located[how]++
		f.province = code
		facts = append(facts, f)
		rep.Events++
		rep.Placed.Killed += len(f.killed)
		rep.Placed.Gunshot += len(f.gunshot)
		rep.Placed.Casualties += len(f.harms)
	}
	allProvinces := provinceRows(census, facts)
	rep.Provinces, rep.Departments = tabulate(census, allProvinces)
	var largest *incidentFacts
	for _, f := range facts {
		if len(f.harms) > 0 && (largest == nil || len(f.harms) > len(largest.harms)) {
			largest = f
		}
	}
	rep.Main = analyse(allProvinces, opt, opt.Exposure, "main", "Main analysis")
	other, otherLabel := ExposurePopulation, "Exposure: population aged 12+ instead of protest events"
	if opt.Exposure == ExposurePopulation {
		other, otherLabel = ExposureEvents, "Exposure: protest events instead of population"
	}
	rep.Sensitivity = append(rep.Sensitivity, analyse(allProvinces, opt, other, other, otherLabel))
	if largest != nil {
		rep.Largest = &Largest{IncidentID: largest.inc.ID, Title: largest.inc.Title,
			Province: census[largest.province].Name, Casualties: len(largest.harms)}
		var rest []*incidentFacts
		for _, f := range facts {
			if f != largest {
				rest = append(rest, f)
			}
		}
		a := analyse(provinceRows(census, rest), opt, opt.Exposure, "without_largest",
			fmt.Sprintf("Without the largest incident (%s: %d deaths and injuries)", largest.inc.Title, len(largest.harms)))
		a.Without = largest.inc.ID
		rep.Sensitivity = append(rep.Sensitivity, a)
	}
	return rep, nil
}

// protestType reports whether an incident of this ACLED event type is a
// protest event; incidents without a type are, the records being of protests.
func protestType(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "", "protests", "riots":
		return true
	}
	return false
}

// inPeriod reports whether the incident may have happened between from and
// to, as the report's filter selects.
func inPeriod(inc *rastro.Incident, from, to rastro.Date) bool {
	if inc.When.Start.IsZero() {
		return from.IsZero() && to.IsZero()
	}
	start, end := inc.When.Start.First(), inc.When.Start.Last()
	if !inc.When.End.IsZero() {
		end = inc.When.End.Last()
	}
	if !from.IsZero() && end.Before(from.First()) {
		return false
	}
	return to.IsZero() || !start.After(to.Last())
}

// provinceRows is a row per census province (all 196) with the incidents
// in it, in code order.
func provinceRows(census map[string]*Area, facts []*incidentFacts) []*Row {
	byCode := map[string]*Row{}
	var rows []*Row
	g := gazetteer.Default()
	for code, a := range census {
		if a.Level != "province" {
			continue
		}
		r := &Row{Area: *a}
		if d := census[code[:2]+"0000"]; d != nil {
			r.Department = d.Name
		}
		if p, ok := g.PovertyRate(code); ok {
			r.Poverty = &p
		}
		byCode[code] = r
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b *Row) int { return cmp.Compare(a.Ubigeo, b.Ubigeo) })
	for _, f := range facts {
		add(byCode[f.province], f)
	}
	for _, r := range rows {
		rates(r)
	}
	return rows
}

func add(r *Row, f *incidentFacts) {
	r.Events++
	r.Incidents = append(r.Incidents, f.inc.ID)
	r.Killed.N += len(f.killed)
	r.Killed.Acts = append(r.Killed.Acts, f.killed...)
	r.Gunshot.N += len(f.gunshot)
	r.Gunshot.Acts = append(r.Gunshot.Acts, f.gunshot...)
	r.Casualties.N += len(f.harms)
	r.Casualties.Acts = append(r.Casualties.Acts, f.harms...)
}

func rates(r *Row) {
	for _, m := range Measures {
		c := r.Measure(m)
		slices.Sort(c.Acts)
		c.PerEvents = rateOf(c.N, float64(r.Events), 100)
		c.PerPeople = rateOf(c.N, float64(r.Population), 1e5)
	}
	slices.Sort(r.Incidents)
}

// tabulate gives the provinces with protest events and every department
// with its totals.
func tabulate(census map[string]*Area, rows []*Row) (provinces, departments []Row) {
	provinces, departments = []Row{}, []Row{}
	byDept := map[string]*Row{}
	g := gazetteer.Default()
	for _, r := range rows {
		if r.Events > 0 {
			provinces = append(provinces, *r)
		}
		dc := r.Ubigeo[:2] + "0000"
		d := byDept[dc]
		if d == nil {
			d = &Row{Area: *census[dc]}
			if p, ok := g.PovertyRate(dc); ok {
				d.Poverty = &p
			}
			byDept[dc] = d
		}
		d.Events += r.Events
		d.Incidents = append(d.Incidents, r.Incidents...)
		for _, m := range Measures {
			d.Measure(m).N += r.Measure(m).N
			d.Measure(m).Acts = append(d.Measure(m).Acts, r.Measure(m).Acts...)
		}
	}
	for _, d := range byDept {
		rates(d)
		departments = append(departments, *d)
	}
	slices.SortFunc(departments, func(a, b Row) int { return cmp.Compare(a.Ubigeo, b.Ubigeo) })
	return provinces, departments
}
