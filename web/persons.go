package web

import (
	"net/http"
	"strings"

	"github.com/rastro-project/rastro"
)

// personLabel is how a person is named on other records' pages: the
// store has already replaced a protected identity with a placeholder for
// readers without the permission.
func personLabel(p *rastro.Person) string { return p.Name }

type personsView struct {
	Persons []*rastro.Person `json:"persons"`
	page
	Query string `json:"-"`
}

func persons(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	p, err := pageOf(r, 100)
	if err != nil {
		return nil, err
	}
	f := rastro.PersonFilter{Offset: p.Offset, Limit: p.Limit}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q != "" {
		f.Name = &q
	}
	list, total, err := s.cfg.DB.Persons().List(ctx, f)
	if err != nil {
		return nil, err
	}
	v := personsView{page: p, Query: q, Persons: append([]*rastro.Person{}, list...)}
	v.links(r, len(list), total)
	return v, nil
}

type personView struct {
	Person *rastro.Person `json:"person"`
	Acts   []*rastro.Act  `json:"acts"` // acts of which the person is the victim
}

func person(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	p, err := s.cfg.DB.Persons().Find(ctx, id)
	if err != nil {
		return nil, err
	}
	acts, _, err := s.cfg.DB.Acts().List(ctx, rastro.ActFilter{VictimID: &id})
	if err != nil {
		return nil, err
	}
	if acts == nil {
		acts = []*rastro.Act{}
	}
	return personView{Person: p, Acts: acts}, nil
}
