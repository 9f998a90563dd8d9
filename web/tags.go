package web

import (
	"net/http"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
)

// tags sets a record's tags from a comma-separated field.
func (fv *formValues) tags(name string, dst *rastro.Tags) {
	if s, ok := fv.value(name); ok {
		ts, err := rastro.ParseTags(s)
		if err != nil && fv.err == nil {
			fv.err = err
		}
		*dst = ts
	}
}

// queryTag reads the tag filter of a list (?tag=).
func queryTag(r *http.Request) *string {
	if t := strings.TrimSpace(r.URL.Query().Get("tag")); t != "" {
		return &t
	}
	return nil
}

type actsView struct {
	Acts []*rastro.Act `json:"acts"`
	page
}

// actList lists acts (API), filtered as rastro act list is (incident is
// the older spelling of incident_id).
func actList(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	f, p, err := queryFilter[rastro.ActFilter](r, 100, map[string]string{"incident": "incident_id"})
	if err != nil {
		return nil, err
	}
	list, total, err := s.cfg.DB.Acts().List(r.Context(), f)
	if err != nil {
		return nil, err
	}
	v := actsView{Acts: append([]*rastro.Act{}, list...), page: p}
	v.links(r, len(list), total)
	return v, nil
}

// commentRequest is a new comment.
type commentRequest struct {
	Body string `json:"body"`
}

// commentsOn lists (GET) or adds (POST) the comments on an incident or act;
// a form post goes back to the incident's page.
func commentsOn(recordType string) handler {
	return func(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
		id, err := pathID(r)
		if err != nil {
			return nil, err
		}
		ctx := r.Context()
		if r.Method == http.MethodGet {
			return s.cfg.DB.Comments(ctx, recordType, id)
		}
		var req commentRequest
		if err := readRequest(w, r, &req, func() { req.Body = r.PostFormValue("body") }); err != nil {
			return nil, err
		}
		c := &sqldb.Comment{RecordType: recordType, RecordID: id, Body: req.Body}
		if err := s.cfg.DB.AddComment(ctx, c); err != nil {
			return nil, err
		}
		to := "/incidents/" + itoa(int(id)) + "#comments"
		if recordType == "act" {
			a, err := s.cfg.DB.Acts().Find(ctx, id)
			if err != nil {
				return nil, err
			}
			to = "/incidents/" + itoa(int(a.IncidentID)) + "#act-" + itoa(int(id))
		}
		return seeOther{To: to, Data: c}, nil
	}
}

// actCommentForm is the incident page's form for a comment on one of its
// acts, chosen in the form.
func actCommentForm(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	if err := parseForm(w, r); err != nil {
		return nil, err
	}
	r.SetPathValue("id", r.PostFormValue("act"))
	return commentsOn("act")(s, w, r)
}

type searchesView struct {
	Searches []sqldb.SavedSearch `json:"searches"`
}

func savedSearches(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	list, err := s.cfg.DB.SavedSearches(r.Context(), 0)
	if err != nil {
		return nil, err
	}
	return searchesView{Searches: list}, nil
}

// searchRequest is a search to save.
type searchRequest struct {
	Name  string `json:"name"`
	List  string `json:"list"` // incidents, acts, persons or sources
	Query string `json:"query"`
}

// readRequest reads an API request's JSON body into v, or a form post,
// from which fromForm fills v.
func readRequest(w http.ResponseWriter, r *http.Request, v any, fromForm func()) error {
	if isAPI(r) {
		return decodeJSON(r, v)
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	fromForm()
	return nil
}

// saveSearch stores a list's filter under a name: JSON {name, list, query}
// or the form the lists carry.
func saveSearch(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	var req searchRequest
	err := readRequest(w, r, &req, func() {
		req = searchRequest{Name: r.PostFormValue("name"), List: r.PostFormValue("list"), Query: r.PostFormValue("query")}
	})
	if err != nil {
		return nil, err
	}
	ss := sqldb.SavedSearch{Name: req.Name, List: req.List, Query: req.Query}
	if err := s.cfg.DB.SaveSearch(r.Context(), &ss); err != nil {
		return nil, err
	}
	return seeOther{To: "/searches", Data: ss}, nil
}

// runSearch opens the list a saved search filters, with its filter.
func runSearch(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	list, err := s.cfg.DB.SavedSearches(r.Context(), id)
	if err != nil {
		return nil, err
	}
	ss := list[0]
	if isAPI(r) {
		return ss, nil
	}
	to := "/" + ss.List
	if ss.List == "acts" { // acts have no list page: their API list
		to = "/api/acts"
	}
	http.Redirect(w, r, to+"?"+ss.Query, http.StatusSeeOther)
	return nil, nil
}

func deleteSearch(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	if err := s.cfg.DB.DeleteSavedSearch(r.Context(), id); err != nil {
		return nil, err
	}
	return seeOther{To: "/searches", Data: map[string]int64{"deleted": id}}, nil
}
