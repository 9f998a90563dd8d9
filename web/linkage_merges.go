package web

import (
	"net/http"
	"strconv"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
)

// The merges of person records, as rastro link merges, merge and undo:
// every merge with who made and undid it, a merge made by hand, and a
// merge undone (the records are apart again; a review decided through it
// is pending again).

// mergesView is a page of the merges, undone ones included, oldest first.
type mergesView struct {
	Merges []*rastro.PersonMerge `json:"merges"`
	page
	// Names of the persons merged, for the page.
	Names map[int64]string `json:"-"`
}

func linkageMerges(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	p, err := pageOf(r, 100)
	if err != nil {
		return nil, err
	}
	all, err := s.cfg.DB.PersonMerges(r.Context(), false)
	if err != nil {
		return nil, err
	}
	ms := all[min(p.Offset, len(all)):min(p.Offset+p.Limit, len(all))]
	v := mergesView{Merges: append([]*rastro.PersonMerge{}, ms...), page: p, Names: map[int64]string{}}
	v.links(r, len(ms), len(all))
	if !isAPI(r) {
		for _, m := range ms {
			for _, id := range []int64{m.PersonA, m.PersonB} {
				if _, ok := v.Names[id]; !ok {
					if p, err := s.cfg.DB.Persons().Find(r.Context(), id); err == nil {
						v.Names[id] = p.Name
					}
				}
			}
		}
	}
	return v, nil
}

// mergeRequest names two person records that are the same person.
type mergeRequest struct {
	PersonA int64  `json:"person_a"`
	PersonB int64  `json:"person_b"`
	Note    string `json:"note,omitempty"`
}

func mergePersons(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	var req mergeRequest
	if isAPI(r) {
		if err := decodeJSON(r, &req); err != nil {
			return nil, err
		}
	} else {
		if err := parseForm(w, r); err != nil {
			return nil, err
		}
		for _, f := range []struct {
			name string
			to   *int64
		}{{"person_a", &req.PersonA}, {"person_b", &req.PersonB}} {
			v := r.PostFormValue(f.name)
			id, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return nil, rastro.Errorf(rastro.EINVALID, "%s %q: want a person record's number", f.name, v)
			}
			*f.to = id
		}
		req.Note = r.PostFormValue("note")
	}
	m := &sqldb.PersonMerge{PersonA: req.PersonA, PersonB: req.PersonB, Reason: req.Note, By: actorName(r)}
	if err := s.cfg.DB.MergePersons(r.Context(), m); err != nil {
		return nil, err
	}
	return seeOther{To: "/linkage/merges", Data: m}, nil
}

func undoMerge(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	if err := s.cfg.DB.UndoPersonMerge(r.Context(), id, actorName(r)); err != nil {
		return nil, err
	}
	return seeOther{To: "/linkage/merges", Data: map[string]int64{"undone": id}}, nil
}
