package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/internal/fold"
)

// pick is one record offered by a picker: its number (the form's value)
// and how people know it (name, date, place), never the bare number.
type pick struct {
	ID    int64  `json:"id"`
	Label string `json:"label"`
}

// pickerTypes are the record types pickers search.
var pickerTypes = []string{"incidents", "acts", "persons", "places", "units", "sources"}

// maxPicks bounds what one picker offers; the search narrows it.
const maxPicks = 200

// searchRecords returns the records of type typ whose label holds every
// word of q (accents and case ignored), at most limit of them.
func (s *Server) searchRecords(ctx context.Context, typ, q string, limit int) ([]pick, error) {
	all, err := s.picks(ctx, typ)
	if err != nil {
		return nil, err
	}
	words := strings.Fields(fold.Lower(q))
	out := []pick{}
	for _, p := range all {
		label := fold.Lower(p.Label)
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(label, w)
		}
		if ok {
			out = append(out, p)
			if len(out) == limit {
				break
			}
		}
	}
	return out, nil
}

// picks labels every record of type typ, newest first.
func (s *Server) picks(ctx context.Context, typ string) ([]pick, error) {
	db := s.cfg.DB
	placeName := func() (map[int64]string, error) {
		ps, _, err := db.Places().List(ctx, rastro.PlaceFilter{})
		m := map[int64]string{}
		for _, p := range ps {
			m[p.ID] = p.Name
		}
		return m, err
	}
	var out []pick
	add := func(id int64, parts ...string) {
		var keep []string
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" {
				keep = append(keep, p)
			}
		}
		out = append(out, pick{ID: id, Label: strings.Join(keep, " · ")})
	}
	switch typ {
	case "incidents":
		places, err := placeName()
		if err != nil {
			return nil, err
		}
		list, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{})
		if err != nil {
			return nil, err
		}
		for _, in := range list {
			add(in.ID, in.Title, in.When.Start.String(), places[in.PlaceID])
		}
	case "acts":
		incs, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{})
		if err != nil {
			return nil, err
		}
		title := map[int64]*rastro.Incident{}
		for _, in := range incs {
			title[in.ID] = in
		}
		persons, _, err := db.Persons().List(ctx, rastro.PersonFilter{})
		if err != nil {
			return nil, err
		}
		name := map[int64]string{}
		for _, p := range persons {
			name[p.ID] = p.Name
		}
		list, _, err := db.Acts().List(ctx, rastro.ActFilter{})
		if err != nil {
			return nil, err
		}
		for _, a := range list {
			in := title[a.IncidentID]
			when, what := a.Date.String(), ""
			if in != nil {
				what = in.Title
				if a.Date.IsZero() {
					when = in.When.Start.String()
				}
			}
			add(a.ID, string(a.Type), name[a.VictimID], what, when)
		}
	case "persons":
		list, _, err := db.Persons().List(ctx, rastro.PersonFilter{})
		if err != nil {
			return nil, err
		}
		for _, p := range list {
			age := ""
			if p.Age != nil {
				age = strconv.Itoa(*p.Age)
			}
			add(p.ID, p.Name, age, p.Occupation)
		}
	case "places":
		list, _, err := db.Places().List(ctx, rastro.PlaceFilter{})
		if err != nil {
			return nil, err
		}
		for _, p := range list {
			add(p.ID, p.Name, p.Admin2, p.Admin1, p.Ubigeo)
		}
	case "units":
		list, _, err := db.Units().List(ctx, rastro.UnitFilter{})
		if err != nil {
			return nil, err
		}
		for _, u := range list {
			add(u.ID, u.Name, strings.Join(u.Aliases, ", "), string(u.Force))
		}
	case "sources":
		list, _, err := db.Sources().List(ctx, rastro.SourceFilter{})
		if err != nil {
			return nil, err
		}
		for _, src := range list {
			add(src.ID, src.Title, src.Publisher, src.Published.String())
		}
	default:
		return nil, rastro.Errorf(rastro.EINVALID, "type %q: want %s", typ, strings.Join(pickerTypes, ", "))
	}
	// Newest first: the record just made is the likeliest choice.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

// pickerChoices loads the choices of every picker of a drawn form, the
// chosen record always among them.
func (s *Server) pickerChoices(r *http.Request, e *editView) error {
	e.Pickers = map[string][]pick{}
	for _, f := range e.Fields {
		if f.Kind != "ref" || e.Pickers[f.Ref] != nil {
			continue
		}
		all, err := s.picks(r.Context(), f.Ref)
		if err != nil {
			return err
		}
		list := all[:min(len(all), maxPicks)]
		for _, g := range e.Fields {
			if g.Ref != f.Ref || g.Value == "" {
				continue
			}
			for _, p := range all[len(list):] {
				if strconv.FormatInt(p.ID, 10) == g.Value {
					list = append(list, p)
				}
			}
		}
		e.Pickers[f.Ref] = list
	}
	if e.Type == "places" {
		v, _ := gazetteerSearch(s, nil, r)
		e.Readings = v.(gazetteerView).Places
	}
	return nil
}

type searchView struct {
	Type    string `json:"type"`
	Query   string `json:"q"`
	Results []pick `json:"results"`
}

// search is the pickers' search: records of a type by name, date and place.
func search(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	q := r.URL.Query()
	list, err := s.searchRecords(r.Context(), q.Get("type"), q.Get("q"), 20)
	if err != nil {
		return nil, err
	}
	return searchView{Type: q.Get("type"), Query: q.Get("q"), Results: list}, nil
}

type gazetteerView struct {
	Query  string          `json:"q"`
	Places []*rastro.Place `json:"places"`
}

// gazetteerSearch reads a place name the way the claim miner does and
// answers its readings as places ready to store (UBIGEO, department,
// province, district, coordinates).
func gazetteerSearch(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	v := gazetteerView{Query: q, Places: []*rastro.Place{}}
	if q == "" {
		return v, nil
	}
	for _, c := range gazetteer.Default().Resolve(q) {
		p := c.Place.Rastro()
		v.Places = append(v.Places, &p)
	}
	return v, nil
}
