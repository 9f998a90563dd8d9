package web

import (
	"context"
	"net/http"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
)

func canReadProtected(ctx context.Context) bool { return auth.CanReadProtected(ctx) }

// redacted is the placeholder of a protected field the reader may not see.
const redacted = "[protected]"

// redactPerson hides a protected person's identity from readers without
// the permission. The store redacts too once it seals these fields; doing
// it here as well keeps the pages and the API safe whatever store is used.
func redactPerson(p *rastro.Person, canSee bool) *rastro.Person {
	if canSee || !p.Protected {
		return p
	}
	c := *p
	c.Name, c.Aliases, c.Contact, c.Notes = redacted, nil, "", ""
	return &c
}

// personLabel is how a person is named on other records' pages.
func personLabel(p *rastro.Person, canSee bool) string { return redactPerson(p, canSee).Name }

type personsView struct {
	Persons []*rastro.Person `json:"persons"`
	Total   int              `json:"total"`
	Query   string           `json:"-"`
}

func persons(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	f := rastro.PersonFilter{Limit: 500}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	canSee := canReadProtected(ctx)
	if q != "" {
		f.Name = &q
	}
	list, total, err := s.cfg.DB.Persons().List(ctx, f)
	if err != nil {
		return nil, err
	}
	v := personsView{Total: total, Query: q, Persons: []*rastro.Person{}}
	for _, p := range list {
		if q != "" && p.Protected && !canSee {
			// A name search must not reveal that a protected name matched.
			v.Total--
			continue
		}
		v.Persons = append(v.Persons, redactPerson(p, canSee))
	}
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
	return personView{Person: redactPerson(p, canReadProtected(ctx)), Acts: acts}, nil
}
