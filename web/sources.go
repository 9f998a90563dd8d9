package web

import (
	"net/http"

	"github.com/rastro-project/rastro"
)

type sourcesView struct {
	Sources []*rastro.Source `json:"sources"`
	Kinds   []string         `json:"-"` // the kind filter's choices
	page
}

func sources(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	f, p, err := queryFilter[rastro.SourceFilter](r, 100, map[string]string{"q": "query"})
	if err != nil {
		return nil, err
	}
	list, total, err := s.cfg.DB.Sources().List(r.Context(), f)
	if err != nil {
		return nil, err
	}
	if list == nil {
		list = []*rastro.Source{}
	}
	for i, src := range list {
		c := *src
		c.Text = "" // the list shows titles; the source page shows the text
		list[i] = &c
	}
	v := sourcesView{Sources: list, Kinds: sourceKinds(), page: p}
	v.links(r, len(list), total)
	return v, nil
}

type sourceView struct {
	Source *rastro.Source  `json:"source"`
	Claims []*rastro.Claim `json:"claims"`
	// Segments are the text cut at the claims' spans, for the page.
	Segments []segment `json:"-"`
}

func source(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	src, err := s.cfg.DB.Sources().Find(r.Context(), id)
	if err != nil {
		return nil, err
	}
	cs, _, err := s.cfg.DB.Claims().List(r.Context(), rastro.ClaimFilter{SourceID: &id})
	if err != nil {
		return nil, err
	}
	if cs == nil {
		cs = []*rastro.Claim{}
	}
	return sourceView{Source: src, Claims: cs, Segments: segments(src.Text, cs)}, nil
}
