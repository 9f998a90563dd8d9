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

// readPatch reads the edit from JSON (the API) or the edit form.
func readPatch(w http.ResponseWriter, r *http.Request) (incidentPatch, error) {
	var p incidentPatch
	if isAPI(r) {
		err := decodeJSON(r, &p)
		if err == nil && p.Version <= 0 {
			err = rastro.Errorf(rastro.EINVALID, "give the version of the record you edited")
		}
		return p, err
	}
	if err := parseForm(w, r); err != nil {
		return p, err
	}
	v, err := strconv.Atoi(r.PostFormValue("version"))
	if err != nil || v <= 0 {
		return p, rastro.Errorf(rastro.EINVALID, "the form lacks the record's version: reload the page")
	}
	p.Version = v
	str := func(name string) *string {
		if _, ok := r.PostForm[name]; !ok {
			return nil
		}
		s := strings.ReplaceAll(r.PostFormValue(name), "\r\n", "\n")
		return &s
	}
	p.Title, p.Description = str("title"), str("description")
	if s := str("reported_fatalities"); s != nil && *s != "" {
		n, err := strconv.Atoi(*s)
		if err != nil || n < 0 {
			return p, rastro.Errorf(rastro.EINVALID, "reported fatalities %q: want a whole number", *s)
		}
		p.ReportedFatalities = &n
	}
	if s := str("status"); s != nil {
		st := rastro.Status(*s)
		p.Status = &st
	}
	if s := str("confidence"); s != nil {
		c := rastro.Confidence(*s)
		p.Confidence = &c
	}
	return p, nil
}

type editView struct {
	Incident *rastro.Incident
	// On a conflict: what the user submitted, and the stored record.
	Theirs  *rastro.Incident
	Current *rastro.Incident
	Error   string
}

// Statuses and Confidences are the choices of the edit form.
func (editView) Statuses() []string {
	return []string{"", string(rastro.StatusAccepted), string(rastro.StatusConflict), string(rastro.StatusWorkNeeded)}
}

func (editView) Confidences() []string {
	return []string{"", string(rastro.ConfidenceLow), string(rastro.ConfidenceMedium), string(rastro.ConfidenceHigh)}
}

func editIncident(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	inc, err := s.cfg.DB.Incidents().Find(r.Context(), id)
	if err != nil {
		return nil, err
	}
	return editView{Incident: inc}, nil
}

// updateIncident applies an edit made on a version of the record. A stale
// version is refused with 409: the API answers with the stored record, the
// page shows the user's values beside the current ones.
func updateIncident(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	p, err := readPatch(w, r)
	if err != nil {
		return nil, err
	}
	inc, err := s.cfg.DB.Incidents().Find(ctx, id)
	if err != nil {
		return nil, err
	}
	p.apply(inc)
	err = s.cfg.DB.Incidents().Update(ctx, inc)
	if rastro.ErrorCode(err) == rastro.ECONFLICT {
		current, ferr := s.cfg.DB.Incidents().Find(ctx, id)
		if ferr != nil {
			return nil, ferr
		}
		msg := rastro.ErrorMessage(err)
		if isAPI(r) {
			writeJSON(w, http.StatusConflict, apiError{Error: msg, Code: rastro.ECONFLICT, Current: current})
			return nil, nil
		}
		// The form offers the user's values again, on the current version.
		again := *inc
		again.Version = current.Version
		s.render(w, r, http.StatusConflict, "conflict", editView{Incident: &again, Theirs: inc, Current: current, Error: msg})
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return seeOther{To: "/incidents/" + itoa(int(id)), Data: inc}, nil
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
