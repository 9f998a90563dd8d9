package web

import (
	"net/http"
	"strconv"

	"github.com/rastro-project/rastro"
)

// actForm is how the incident pages add and edit the acts of an incident:
// what happened to each victim.
var actForm = recordForm[rastro.Act]{
	store:    func(s *Server) recordStore[rastro.Act] { return s.cfg.DB.Acts() },
	record:   func(a *rastro.Act) *rastro.Record { return &a.Record },
	fromForm: actFromForm,
	name:     "acts",

	into:    func(v *editView, a *rastro.Act) { v.Act = a },
	choices: actChoices,
	page:    func(a *rastro.Act) string { return "/incidents/" + itoa(int(a.IncidentID)) + "#act-" + itoa(int(a.ID)) },
	form:    "act_edit",
}

// newAct starts an act on the incident named by the query (?incident=ID).
func newAct(r *http.Request) (*rastro.Act, error) {
	q := r.URL.Query().Get("incident")
	id, err := strconv.ParseInt(q, 10, 64)
	if err != nil || id <= 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "incident %q: add an act from its incident's page", q)
	}
	return &rastro.Act{IncidentID: id}, nil
}

// actFromForm sets the act's fields from the form. A victim named in
// "victim_name" (instead of chosen) is created once the act is valid; a
// source chosen in "cite_source" adds a citation.
func actFromForm(s *Server, r *http.Request, a *rastro.Act) error {
	fv := &formValues{r: r}
	fv.id("incident_id", "incident", &a.IncidentID)
	fv.id("victim_id", "victim", &a.VictimID)
	enum(fv, "type", &a.Type)
	if _, ok := r.PostForm["wound_regions"]; ok { // the form always sends an empty one, so none checked clears them
		a.WoundRegions = nil
		for _, v := range r.PostForm["wound_regions"] {
			if v != "" {
				a.WoundRegions = append(a.WoundRegions, rastro.BodyRegion(v))
			}
		}
	}
	fv.int("wound_count", "wound count", &a.WoundCount)
	enum(fv, "entry_side", &a.EntrySide)
	enum(fv, "munition", &a.Munition)
	fv.str("weapon", &a.Weapon)
	fv.str("calibre", &a.Calibre)
	enum(fv, "distance", &a.Distance)
	enum(fv, "activity", &a.Activity)
	enum(fv, "victim_armed", &a.VictimArmed)
	enum(fv, "victim_threat", &a.VictimThreat)
	fv.str("autopsy_ref", &a.AutopsyRef)
	fv.str("description", &a.Description)
	fv.assertion(&a.Assertion)
	fv.tags("tags", &a.Tags)
	var c rastro.Citation
	fv.id("cite_source", "cited source", &c.SourceID)
	fv.int("cite_page", "page", &c.Page)
	fv.int("cite_paragraph", "paragraph", &c.Paragraph)
	fv.str("cite_quote", &c.Quote)
	if fv.err != nil {
		return fv.err
	}
	if c.SourceID != 0 {
		a.Citations = append(a.Citations, c)
	} else if c.Page != 0 || c.Paragraph != 0 || c.Quote != "" {
		return rastro.Errorf(rastro.EINVALID, "citation: choose the source the page, paragraph or quote is from")
	}
	name, _ := fv.value("victim_name")
	if name == "" {
		return nil
	}
	if a.VictimID != 0 {
		return rastro.Errorf(rastro.EINVALID, "victim: choose a person or type a new one's name, not both")
	}
	a.VictimID = 1 // validated with a stand-in, so that a bad act creates no person
	if err := a.Validate(); err != nil {
		a.VictimID = 0
		return err
	}
	p := &rastro.Person{Name: name}
	if err := s.cfg.DB.Persons().Create(r.Context(), p); err != nil {
		a.VictimID = 0
		return err
	}
	a.VictimID = p.ID
	return nil
}

// actChoices loads the persons and sources the act form chooses from.
func actChoices(s *Server, r *http.Request, v *editView) error {
	inc, err := s.cfg.DB.Incidents().Find(r.Context(), v.Act.IncidentID)
	if err != nil {
		return err
	}
	v.IncidentTitle = inc.Title
	ps, _, err := s.cfg.DB.Persons().List(r.Context(), rastro.PersonFilter{Limit: 1000})
	if err != nil {
		return err
	}
	srcs, _, err := s.cfg.DB.Sources().List(r.Context(), rastro.SourceFilter{Limit: 1000})
	v.Persons, v.Sources = ps, srcs
	return err
}

// The act form's choices, from package rastro's lists (the unknown value
// first where a list holds it).
func (editView) ActTypes() []string   { return rastro.Strings(rastro.ActTypes) }
func (editView) Regions() []string    { return rastro.Strings(rastro.BodyRegions) }
func (editView) EntrySides() []string { return rastro.Strings(rastro.EntrySides) }
func (editView) Munitions() []string  { return rastro.Strings(rastro.Munitions) }
func (editView) Distances() []string  { return rastro.Strings(rastro.Distances) }
func (editView) Activities() []string { return rastro.Strings(rastro.Activities) }

// HasRegion reports whether the act being edited has a wound there.
func (v editView) HasRegion(region string) bool {
	if v.Act == nil {
		return false
	}
	for _, r := range v.Act.WoundRegions {
		if string(r) == region {
			return true
		}
	}
	return false
}
