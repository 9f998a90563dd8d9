package web

import (
	"net/http"
	"strconv"
)

// page is one page of a list: where it starts, how long pages are, and the
// links to the pages around it (kept out of the JSON).
type page struct {
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"`
	Total  int    `json:"total"`
	Prev   string `json:"-"`
	Next   string `json:"-"`
}

// pageOf reads offset and limit (default def, at most 500).
func pageOf(r *http.Request, def int) (page, error) {
	var p page
	var err error
	if p.Offset, err = queryInt(r, "offset", 0); err != nil {
		return p, err
	}
	if p.Limit, err = queryInt(r, "limit", def); err != nil {
		return p, err
	}
	if p.Limit == 0 || p.Limit > 500 {
		p.Limit = 500
	}
	return p, nil
}

// links sets the total and the neighbouring pages' links, given how many
// records this page shows.
func (p *page) links(r *http.Request, shown, total int) {
	p.Total = total
	at := func(off int) string {
		q := r.URL.Query()
		q.Set("offset", strconv.Itoa(off))
		return r.URL.Path + "?" + q.Encode()
	}
	if p.Offset > 0 {
		p.Prev = at(max(0, p.Offset-p.Limit))
	}
	if p.Offset+shown < total {
		p.Next = at(p.Offset + p.Limit)
	}
}
