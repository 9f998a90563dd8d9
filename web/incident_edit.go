package web

import (
	"net/http"
	"strconv"

	"github.com/rastro-project/rastro"
)

// incidentPatch is an edit of an incident: the version it was made on and
// the fields it sets (nil: unchanged).
type incidentPatch struct {
	Version            int                `json:"version"`
	Title              *string            `json:"title,omitempty"`
	Description        *string            `json:"description,omitempty"`
	ReportedFatalities *int               `json:"reported_fatalities,omitempty"`
	Status             *rastro.Status     `json:"status,omitempty"`
	Confidence         *rastro.Confidence `json:"confidence,omitempty"`
	Tags               *rastro.Tags       `json:"tags,omitempty"`
}

func (p incidentPatch) apply(inc *rastro.Incident) {
	inc.Version = p.Version
	if p.Title != nil {
		inc.Title = *p.Title
	}
	if p.Description != nil {
		inc.Description = *p.Description
	}
	if p.ReportedFatalities != nil {
		inc.ReportedFatalities = *p.ReportedFatalities
	}
	if p.Status != nil {
		inc.Status = *p.Status
	}
	if p.Confidence != nil {
		inc.Confidence = *p.Confidence
	}
	if p.Tags != nil {
		inc.Tags = *p.Tags
	}
}

// incidentForm is how the incident pages edit an incident.
var incidentForm = recordForm[rastro.Incident]{
	store:  func(s *Server) recordStore[rastro.Incident] { return s.cfg.DB.Incidents() },
	record: func(i *rastro.Incident) *rastro.Record { return &i.Record },
	fromForm: func(s *Server, r *http.Request, inc *rastro.Incident) error {
		fv := &formValues{r: r}
		fv.str("title", &inc.Title)
		fv.date("date", &inc.When.Start)
		fv.date("end", &inc.When.End)
		fv.id("place_id", "place", &inc.PlaceID)
		fv.str("description", &inc.Description)
		fv.int("reported_fatalities", "reported fatalities", &inc.ReportedFatalities)
		fv.assertion(&inc.Assertion)
		fv.tags("tags", &inc.Tags)
		return fv.err
	},
	fromJSON: func(r *http.Request, inc *rastro.Incident) error {
		var p incidentPatch
		if err := decodeJSON(r, &p); err != nil {
			return err
		}
		p.apply(inc)
		return nil
	},
	name: "incidents",

	into: func(v *editView, i *rastro.Incident) { v.Incident = i },
	choices: func(s *Server, r *http.Request, v *editView) error {
		if v.Incident.ID != 0 { // the edit form does not move an incident
			return nil
		}
		ps, _, err := s.cfg.DB.Places().List(r.Context(), rastro.PlaceFilter{Limit: 500})
		v.Places = ps
		return err
	},
	page: func(i *rastro.Incident) string { return "/incidents/" + itoa(int(i.ID)) },
	form: "incident_edit",
}

func itoa(n int) string { return strconv.Itoa(n) }
