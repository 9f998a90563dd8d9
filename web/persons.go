package web

import (
	"net/http"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
)

// personLabel is how a person is named on other records' pages: the
// store has already replaced a protected identity with a placeholder for
// readers without the permission.
func personLabel(p *rastro.Person) string { return p.Name }

type personsView struct {
	Persons []*rastro.Person `json:"persons"`
	page
	// The filter as typed, and the sex filter's choices, for the page's form.
	Query string   `json:"-"`
	Sex   string   `json:"-"`
	Sexes []string `json:"-"`
}

// persons lists the persons, filtered as rastro person list (name, or q
// as the page spells it; sex; tag) and paged.
func persons(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	f, p, err := queryFilter[rastro.PersonFilter](r, 100, map[string]string{"q": "name"})
	if err != nil {
		return nil, err
	}
	list, total, err := s.cfg.DB.Persons().List(r.Context(), f)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	v := personsView{page: p, Query: strings.TrimSpace(q.Get("q")), Sex: q.Get("sex"), Sexes: rastro.Sex("").Values(),
		Persons: append([]*rastro.Person{}, list...)}
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

// personForm is how the person pages create and edit a person. A form
// made from a redacted copy (the store hides a protected identity from
// roles without read_protected) sends the placeholder back, and the store
// then keeps the sealed values.
var personForm = recordForm[rastro.Person]{
	store:  func(s *Server) recordStore[rastro.Person] { return s.cfg.DB.Persons() },
	record: func(p *rastro.Person) *rastro.Record { return &p.Record },
	fromForm: func(s *Server, r *http.Request, p *rastro.Person) error {
		fv := &formValues{r: r}
		fv.str("name", &p.Name)
		if s, ok := fv.value("aliases"); ok {
			p.Aliases = nil
			for _, a := range strings.Split(s, ",") {
				if a = strings.TrimSpace(a); a != "" {
					p.Aliases = append(p.Aliases, a)
				}
			}
		}
		enum(fv, "sex", &p.Sex)
		if s, ok := fv.value("age"); ok {
			p.Age = nil
			if s != "" {
				n := 0
				fv.int("age", "age", &n)
				p.Age = &n
			}
		}
		enum(fv, "minor", &p.Minor)
		fv.str("ethnicity", &p.Ethnicity)
		fv.str("indigenous", &p.Indigenous)
		fv.str("occupation", &p.Occupation)
		fv.id("home_place_id", "home place", &p.HomePlaceID)
		if s, ok := fv.value("protected"); ok {
			p.Protected = s == "yes"
		}
		fv.str("contact", &p.Contact)
		fv.assertion(&p.Assertion)
		fv.tags("tags", &p.Tags)
		return fv.err
	},
	name: "persons",

	into: func(v *editView, p *rastro.Person) { v.Person = p },
	choices: func(s *Server, r *http.Request, v *editView) error {
		ps, _, err := s.cfg.DB.Places().List(r.Context(), rastro.PlaceFilter{Limit: 500})
		v.Places = ps
		return err
	},
	page: func(p *rastro.Person) string { return "/persons/" + itoa(int(p.ID)) },
	form: "person_edit",
}

// Sealed reports whether the form edits a protected person whose identity
// the user may not see: the form then neither shows nor sends it.
func (v editView) Sealed() bool {
	return v.Person != nil && v.Person.Protected && v.Person.Name == sqldb.Redacted
}

// Sexes are the person form's choices.
func (editView) Sexes() []string {
	return rastro.Strings(rastro.Sexes)
}
