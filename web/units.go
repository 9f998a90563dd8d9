package web

import (
	"bytes"
	"net/http"
	"strconv"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/command"
)

type unitsView struct {
	Units  []*rastro.Unit `json:"units"`
	Forces []string       `json:"-"`
	// The filter as typed, for the page's form.
	Name  string `json:"-"`
	Force string `json:"-"`
	page
}

// units lists the units, filtered as rastro unit list (name, force) and
// paged.
func units(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	f, p, err := queryFilter[rastro.UnitFilter](r, 100, nil)
	if err != nil {
		return nil, err
	}
	list, total, err := s.cfg.DB.Units().List(r.Context(), f)
	if err != nil {
		return nil, err
	}
	if list == nil {
		list = []*rastro.Unit{}
	}
	v := unitsView{Units: list, Forces: rastro.Force("").Values(), Name: r.URL.Query().Get("name"), Force: r.URL.Query().Get("force"), page: p}
	v.links(r, len(list), total)
	return v, nil
}

type unitView struct {
	Unit  *rastro.Unit   `json:"unit"`
	Date  rastro.Date    `json:"date"`
	Chain *command.Chain `json:"chain"`
	SVG   string         `json:"-"`
}

// chainOf computes the unit's chain of command on the date of the query
// (date=), or on the start of the latest incident when none is given.
func (s *Server) chainOf(r *http.Request) (*unitView, error) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	b, err := s.cfg.DB.Export(ctx)
	if err != nil {
		return nil, err
	}
	x := analysis.NewIndex(b)
	u := x.Units[id]
	if u == nil {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "unit %d not found", id)
	}
	day, err := rastro.ParseDate(r.URL.Query().Get("date"))
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "date: %s", rastro.ErrorMessage(err))
	}
	if day.IsZero() {
		for _, inc := range b.Incidents {
			if inc.When.Start.String() > day.String() {
				day = inc.When.Start
			}
		}
	}
	v := &unitView{Unit: u, Date: day}
	if day.IsZero() {
		return v, nil
	}
	if v.Chain, err = command.ChainOf(x, id, day); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := command.SVGIn(&buf, langFrom(r.Context()), v.Chain); err != nil {
		return nil, err
	}
	v.SVG = buf.String()
	return v, nil
}

func unit(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return s.chainOf(r)
}

func unitChainSVG(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	v, err := s.chainOf(r)
	if err != nil {
		return nil, err
	}
	if v.SVG == "" {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "unit %d: no date to draw its chain on (give date=YYYY-MM-DD)", v.Unit.ID)
	}
	return writeSVG(w, "rastro-chain-unit-"+strconv.FormatInt(v.Unit.ID, 10)+"-"+v.Date.String()+".svg", v.SVG)
}
