package web

import (
	"net/http"
	"strconv"
	"strings"

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
}

// incidentForm is how the incident pages edit an incident.
var incidentForm = recordForm[rastro.Incident]{
	store:  func(s *Server) recordStore[rastro.Incident] { return s.cfg.DB.Incidents() },
	record: func(i *rastro.Incident) *rastro.Record { return &i.Record },
	fromForm: func(s *Server, r *http.Request, inc *rastro.Incident) error {
		fv := &formValues{r: r}
		fv.str("title", &inc.Title)
		fv.str("description", &inc.Description)
		fv.int("reported_fatalities", "reported fatalities", &inc.ReportedFatalities)
		fv.assertion(&inc.Assertion)
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
	rows: func(i *rastro.Incident) []field {
		return []field{{"col.title", i.Title}, {"col.description", i.Description}, {"col.reported", str(i.ReportedFatalities)},
			{"col.status", str(i.Status)}, {"col.confidence", str(i.Confidence)}}
	},
	into: func(v *editView, i *rastro.Incident) { v.Incident = i },
	page: func(i *rastro.Incident) string { return "/incidents/" + itoa(int(i.ID)) },
	form: "incident_edit",
}

// newIncidentView is the form of a new incident, with what was typed when
// it comes back with an error.
type newIncidentView struct {
	Title, Date, End, PlaceID, Description, Error string
	Places                                        []*rastro.Place
}

func (s *Server) newIncidentForm(r *http.Request, v newIncidentView) (newIncidentView, error) {
	ps, _, err := s.cfg.DB.Places().List(r.Context(), rastro.PlaceFilter{Limit: 500})
	v.Places = ps
	return v, err
}

func newIncident(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return s.newIncidentForm(r, newIncidentView{})
}

// createIncident stores a new incident from JSON (the API) or the form;
// a form with an error comes back filled in, with the message.
func createIncident(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	var inc rastro.Incident
	if isAPI(r) {
		if err := decodeJSON(r, &inc); err != nil {
			return nil, err
		}
		inc.ID, inc.Version = 0, 0
		if err := s.cfg.DB.Incidents().Create(r.Context(), &inc); err != nil {
			return nil, err
		}
		return seeOther{Data: &inc}, nil
	}
	if err := parseForm(w, r); err != nil {
		return nil, err
	}
	v := newIncidentView{Title: strings.TrimSpace(r.PostFormValue("title")), Date: r.PostFormValue("date"), End: r.PostFormValue("end"),
		PlaceID: r.PostFormValue("place_id"), Description: strings.ReplaceAll(r.PostFormValue("description"), "\r\n", "\n")}
	err := func() error {
		var err error
		inc.Title, inc.Description = v.Title, v.Description
		if inc.When.Start, err = rastro.ParseDate(v.Date); err != nil {
			return err
		}
		if inc.When.End, err = rastro.ParseDate(v.End); err != nil {
			return err
		}
		if v.PlaceID != "" {
			if inc.PlaceID, err = strconv.ParseInt(v.PlaceID, 10, 64); err != nil || inc.PlaceID <= 0 {
				return rastro.Errorf(rastro.EINVALID, "place %q: choose one from the list", v.PlaceID)
			}
		}
		return s.cfg.DB.Incidents().Create(r.Context(), &inc)
	}()
	if code := rastro.ErrorCode(err); code == rastro.EINVALID || code == rastro.ENOTFOUND || code == rastro.ECONFLICT {
		v.Error = rastro.ErrorMessage(err)
		if v, err = s.newIncidentForm(r, v); err != nil {
			return nil, err
		}
		s.render(w, r, http.StatusBadRequest, "incident_new", v)
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return seeOther{To: "/incidents/" + strconv.FormatInt(inc.ID, 10)}, nil
}

func itoa(n int) string { return strconv.Itoa(n) }
