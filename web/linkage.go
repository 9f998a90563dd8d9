package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/labels"
	"github.com/rastro-project/rastro/linkage/dblink"
	"github.com/rastro-project/rastro/mse"
	"github.com/rastro-project/rastro/mse/strata"
	"github.com/rastro-project/rastro/sqldb"
)

// linkageView is the linkage page: the pairs waiting for a reviewer, how
// many merges stand, and the estimates of the victims the merges make
// (lists and strata as the query asks).
type linkageView struct {
	Reviews   []*rastro.LinkReview `json:"reviews"`
	Merges    int                  `json:"merges"`
	ListsBy   string               `json:"lists_by"`
	Stratify  string               `json:"stratify,omitempty"`
	Estimates []strata.Estimate    `json:"estimates"`
	// Why there is no estimate (too few lists, no victims), for the page.
	NoEstimate string `json:"no_estimate,omitempty"`
	// Names of the persons the reviews pair, for the page.
	Names   map[int64]string `json:"-"`
	ByLists []string         `json:"-"`
	ByStrat []string         `json:"-"`
}

func linkagePage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	q := r.URL.Query()
	v := linkageView{ListsBy: q.Get("lists_by"), Stratify: q.Get("stratify"), Estimates: []strata.Estimate{},
		Names: map[int64]string{}, ByLists: strata.ListsBy, ByStrat: strata.By}
	if v.ListsBy == "" {
		v.ListsBy = "publisher"
	}
	opts := strata.Options{ListsBy: v.ListsBy, Stratify: v.Stratify}
	if err := opts.Check(); err != nil {
		return nil, err
	}
	var err error
	if v.Reviews, err = s.cfg.DB.LinkReviews(ctx, sqldb.ReviewPending); err != nil {
		return nil, err
	}
	if v.Reviews == nil {
		v.Reviews = []*rastro.LinkReview{}
	}
	merges, err := s.cfg.DB.PersonMerges(ctx, true)
	if err != nil {
		return nil, err
	}
	v.Merges = len(merges)
	st, err := strata.Victims(ctx, s.cfg.DB, opts)
	if userError(err) {
		v.NoEstimate = noEstimate(langFrom(ctx), err)
	} else if err != nil {
		return nil, err
	} else if v.Estimates, err = strata.LogLinear(st, 0.95); err != nil {
		return nil, err
	}
	for _, it := range v.Reviews {
		for _, id := range []int64{it.PersonA, it.PersonB} {
			if p, err := s.cfg.DB.Persons().Find(ctx, id); err == nil {
				v.Names[id] = p.Name
			}
		}
	}
	return v, nil
}

// noEstimate says in lang why the victims give no estimate.
func noEstimate(lang string, err error) string {
	var lc *strata.ListCountError
	if !errors.As(err, &lc) {
		return rastro.ErrorMessage(err)
	}
	other := make([]string, len(lc.Other))
	for i, b := range lc.Other {
		other[i] = labels.Of(lang, "lists_by", b)
	}
	return translate(lang, "wb.no_estimate_lists", len(lc.Lists), labels.Of(lang, "lists_by", lc.By),
		strings.Join(listNames(lang, lc.By, lc.Lists), ", "), mse.MaxLists, strings.Join(other, translate(lang, "wb.or")))
}

// listNames names the lists of sources made by by: a kind of source is
// named in lang, a publisher or a source's title as written.
func listNames(lang, by string, lists []string) []string {
	if by != "kind" {
		return lists
	}
	out := make([]string, len(lists))
	for i, l := range lists {
		out[i] = labels.Of(lang, "kind", l)
	}
	return out
}

// Lists names an estimate's lists, made by by, in the page's language.
func (v view) Lists(by string, lists []string) string {
	return strings.Join(listNames(v.Lang, by, lists), ", ")
}

// Warnings words an estimate's warnings in the page's language.
func (v view) Warnings(ws []mse.Warning) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = translate(v.Lang, "mse."+w.Kind, w.Args...)
	}
	return strings.Join(out, "; ")
}

// runLinkage links the person records in the database with the default
// rules, as rastro link does, and stores the merges and the review queue.
func runLinkage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	res, err := dblink.Run(r.Context(), s.cfg.DB, dblink.Options{})
	if err != nil {
		return nil, err
	}
	return seeOther{To: "/linkage", Data: res}, nil
}

// linkDecision settles a review item: merged or distinct.
type linkDecision struct {
	Decision string `json:"decision"`
	Note     string `json:"note,omitempty"`
}

func decideLink(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	var d linkDecision
	if isAPI(r) {
		if err := decodeJSON(r, &d); err != nil {
			return nil, err
		}
	} else {
		if err := parseForm(w, r); err != nil {
			return nil, err
		}
		d = linkDecision{Decision: r.PostFormValue("decision"), Note: r.PostFormValue("note")}
	}
	if err := s.cfg.DB.DecideLinkReview(r.Context(), id, d.Decision, actorName(r), d.Note); err != nil {
		return nil, err
	}
	return seeOther{To: "/linkage", Data: map[string]string{"decision": d.Decision}}, nil
}
