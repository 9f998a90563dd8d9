package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/sqldb"
)

type incidentsView struct {
	Incidents []incidentRow `json:"incidents"`
	page
	Query    url.Values `json:"-"`
	List     string     `json:"-"` // for the saved-search form
	Map      string     `json:"-"`
	Timeline string     `json:"-"`
}

type incidentRow struct {
	*rastro.Incident
	Place string `json:"place,omitempty"`
	// Recorded is what the incident's acts add up to, beside the
	// ReportedFatalities a source gave.
	Recorded sqldb.ActCounts `json:"recorded"`
}

// incidentFilter reads q, from, to, place, offset and limit.
func incidentFilter(r *http.Request) (rastro.IncidentFilter, report.Filter, error) {
	var f rastro.IncidentFilter
	rf, err := reportFilter(r)
	if err != nil {
		return f, rf, err
	}
	if !rf.From.IsZero() {
		f.From = &rf.From
	}
	if !rf.To.IsZero() {
		f.To = &rf.To
	}
	if rf.Ubigeo != "" {
		f.Ubigeo = &rf.Ubigeo
	}
	if q := strings.TrimSpace(r.URL.Query().Get("q")); q != "" {
		f.Query = &q
	}
	// place_id as rastro incident list --place-id: the place record itself.
	if s := strings.TrimSpace(r.URL.Query().Get("place_id")); s != "" {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id < 1 {
			return f, rf, rastro.Errorf(rastro.EINVALID, "place_id %q: want a place record's number", s)
		}
		f.PlaceID = &id
	}
	f.Tag = queryTag(r)
	p, err := pageOf(r, 50)
	f.Offset, f.Limit = p.Offset, p.Limit
	return f, rf, err
}

// placeNames names the places of the incidents (one page of them) in one query.
func (s *Server) placeNames(ctx context.Context, list []*rastro.Incident) (map[int64]string, error) {
	var ids []int64
	for _, inc := range list {
		if inc.PlaceID != 0 {
			ids = append(ids, inc.PlaceID)
		}
	}
	return s.cfg.DB.PlaceNames(ctx, ids)
}

func incidents(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	f, rf, err := incidentFilter(r)
	if err != nil {
		return nil, err
	}
	list, total, err := s.cfg.DB.Incidents().List(ctx, f)
	if err != nil {
		return nil, err
	}
	names, err := s.placeNames(ctx, list)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(list))
	for i, inc := range list {
		ids[i] = inc.ID
	}
	counts, err := s.cfg.DB.CountActs(ctx, ids)
	if err != nil {
		return nil, err
	}
	v := incidentsView{page: page{Offset: f.Offset, Limit: f.Limit}, Query: r.URL.Query(), List: "incidents", Incidents: []incidentRow{}}
	v.links(r, len(list), total)
	for _, inc := range list {
		v.Incidents = append(v.Incidents, incidentRow{Incident: inc, Place: names[inc.PlaceID], Recorded: counts[inc.ID]})
	}
	if isAPI(r) {
		return v, nil
	}
	// The page adds the map and timeline of the date and place filter,
	// which need no documents, texts or protected fields (see ForAnalysis).
	b, err := s.cfg.DB.Export(sqldb.ForAnalysis(ctx))
	if err != nil {
		return nil, err
	}
	ov, err := report.NewOverview(&report.Input{Data: b, Filter: rf, Departments: s.cfg.Departments}, langFrom(ctx))
	if err != nil {
		return nil, err
	}
	// The drawings link to the report's lists of acts.
	toReport := strings.NewReplacer(`href="#`, `href="/report#`)
	v.Map, v.Timeline = toReport.Replace(ov.Map), toReport.Replace(ov.Timeline)
	return v, nil
}

type incidentView struct {
	Incident *rastro.Incident `json:"incident"`
	// Conclusions are the rule file's, for the reviewers' override.
	Conclusions []assess.Conclusion    `json:"-"`
	Place       *rastro.Place          `json:"place,omitempty"`
	Acts        []actView              `json:"acts"`
	Evidence    []*rastro.EvidenceItem `json:"evidence"`
	Citations   []citationView         `json:"citations"`
	// Recorded is what the acts add up to.
	Recorded sqldb.ActCounts `json:"recorded"`
	Comments []sqldb.Comment `json:"comments"`
	// ActComments are the comments on the incident's acts.
	ActComments []sqldb.Comment `json:"act_comments"`
}

type actView struct {
	*rastro.Act
	Victim string `json:"victim,omitempty"`
	// Assessment is the use-of-force assessment of a death or injury.
	Assessment *assess.Result `json:"assessment,omitempty"`
	// FinalLabel names the conclusion that stands.
	FinalLabel   string            `json:"-"`
	Involvements []involvementView `json:"involvements"`
}

type involvementView struct {
	*rastro.Involvement
	Person string `json:"person,omitempty"`
	Unit   string `json:"unit,omitempty"`
}

type citationView struct {
	rastro.Citation
	Source string `json:"source"`
	// ActID is the act the citation supports, on an incident's page.
	ActID int64 `json:"act_id,omitempty"`
}

func incident(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	db := s.cfg.DB
	inc, err := db.Incidents().Find(ctx, id)
	if err != nil {
		return nil, err
	}
	v := incidentView{Incident: inc, Acts: []actView{}}
	if inc.PlaceID != 0 {
		if v.Place, err = db.Places().Find(ctx, inc.PlaceID); err != nil {
			return nil, err
		}
	}
	acts, _, err := db.Acts().List(ctx, rastro.ActFilter{IncidentID: &id})
	if err != nil {
		return nil, err
	}
	// The assessment reads every record: the page shows it, the API only
	// when asked (assessment=1), so that plain reads stay cheap.
	results := map[int64]*assess.Result{}
	rules := assess.MustDefaultRules()
	if !isAPI(r) || r.URL.Query().Get("assessment") == "1" {
		rep, rs, err := s.assessment(ctx)
		if err != nil {
			return nil, err
		}
		for i := range rep.Results {
			results[rep.Results[i].ActID] = &rep.Results[i]
		}
		rules = rs
	}
	v.Conclusions = rules.Conclusions
	// The people, units and sources the acts refer to, a lookup per kind.
	actIDs := make([]int64, len(acts))
	var personIDs []int64
	for i, a := range acts {
		actIDs[i] = a.ID
		personIDs = append(personIDs, a.VictimID)
	}
	invs, err := db.InvolvementsOfActs(ctx, actIDs)
	if err != nil {
		return nil, err
	}
	var unitIDs []int64
	for _, list := range invs {
		for _, in := range list {
			personIDs = append(personIDs, in.PersonID)
			unitIDs = append(unitIDs, in.UnitID)
		}
	}
	persons, err := db.PersonsByID(ctx, personIDs)
	if err != nil {
		return nil, err
	}
	units, err := db.UnitsByID(ctx, unitIDs)
	if err != nil {
		return nil, err
	}
	for _, a := range acts {
		v.Recorded.Acts++
		switch a.Type {
		case rastro.ActKilled:
			v.Recorded.Killed++
		case rastro.ActInjured:
			v.Recorded.Injured++
		}
		av := actView{Act: a, Involvements: []involvementView{}, Assessment: results[a.ID]}
		if av.Assessment != nil {
			if c := rules.Conclusion(av.Assessment.Final); c != nil {
				av.FinalLabel = c.Label
			}
		}
		if p := persons[a.VictimID]; p != nil {
			av.Victim = personLabel(p)
		}
		for _, in := range invs[a.ID] {
			iv := involvementView{Involvement: in}
			if p := persons[in.PersonID]; p != nil {
				iv.Person = personLabel(p)
			}
			if u := units[in.UnitID]; u != nil {
				iv.Unit = u.Name
			}
			av.Involvements = append(av.Involvements, iv)
		}
		v.Acts = append(v.Acts, av)
	}
	if v.Evidence, _, err = s.evidence().ListEvidence(ctx, rastro.EvidenceFilter{IncidentID: &id}); err != nil {
		return nil, err
	}
	if v.Comments, err = s.cfg.DB.Comments(ctx, "incident", id); err != nil {
		return nil, err
	}
	if v.ActComments, err = s.cfg.DB.Comments(ctx, "act", actIDs...); err != nil {
		return nil, err
	}
	// The incident's citations, then the acts', marked with their act.
	cited := [][]rastro.Citation{inc.Citations}
	for _, a := range acts {
		cited = append(cited, a.Citations)
	}
	titles, err := s.sourceTitles(ctx, cited...)
	if err != nil {
		return nil, err
	}
	v.Citations = citationViews(inc.Citations, titles, 0)
	for _, a := range acts {
		v.Citations = append(v.Citations, citationViews(a.Citations, titles, a.ID)...)
	}
	return v, nil
}

// sourceTitles returns the titles of the sources the citations cite.
func (s *Server) sourceTitles(ctx context.Context, cited ...[]rastro.Citation) (map[int64]string, error) {
	var ids []int64
	for _, cs := range cited {
		for _, c := range cs {
			ids = append(ids, c.SourceID)
		}
	}
	return s.cfg.DB.SourceTitles(ctx, ids)
}

// citationViews names the source of each citation; actID, when not 0, is
// the act the citations support, on an incident's page.
func citationViews(cs []rastro.Citation, titles map[int64]string, actID int64) []citationView {
	out := []citationView{}
	for _, c := range cs {
		out = append(out, citationView{Citation: c, Source: titles[c.SourceID], ActID: actID})
	}
	return out
}
