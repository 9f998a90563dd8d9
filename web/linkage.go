package web

import (
	"errors"
	"net/http"
	"strconv"
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
// (lists, strata, model and level as the query asks).
type linkageView struct {
	Reviews  []*rastro.LinkReview `json:"reviews"`
	Merges   int                  `json:"merges"`
	ListsBy  string               `json:"lists_by"`
	Stratify string               `json:"stratify,omitempty"`
	estimateFields
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
	v := linkageView{ListsBy: q.Get("lists_by"), Stratify: q.Get("stratify"),
		Names: map[int64]string{}, ByLists: strata.ListsBy, ByStrat: strata.By}
	if v.ListsBy == "" {
		v.ListsBy = "publisher"
	}
	opts := strata.Options{ListsBy: v.ListsBy, Stratify: v.Stratify}
	if err := opts.Check(); err != nil {
		return nil, err
	}
	var est strata.EstimateOptions
	var estErr error
	v.estimateFields, est, estErr = readEstimateFields(q)
	if estErr != nil && isAPI(r) {
		return nil, estErr
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
	for _, it := range v.Reviews {
		for _, id := range []int64{it.PersonA, it.PersonB} {
			if p, err := s.cfg.DB.Persons().Find(ctx, id); err == nil {
				v.Names[id] = p.Name
			}
		}
	}
	if estErr == nil {
		st, err := strata.Victims(ctx, s.cfg.DB, opts)
		if userError(err) {
			v.NoEstimate = noEstimate(langFrom(ctx), err)
		} else if err != nil {
			return nil, err
		} else if v.Estimates, estErr = strata.Estimates(st, est); estErr != nil && (isAPI(r) || !userError(estErr)) {
			return nil, estErr
		}
	}
	if estErr != nil { // the page: the form again, with what is wrong
		v.formError(langFrom(ctx), estErr)
		s.render(w, r, http.StatusBadRequest, "linkage", v)
		return nil, nil
	}
	v.Total = strata.Sum(v.Estimates)
	return v, nil
}

// modelError says in lang what is wrong with the model the form asked for.
func modelError(lang string, err error) string {
	var um *mse.UnknownModelError
	if errors.As(err, &um) {
		return translate(lang, "est.unknown_model", um.Spec, strings.Join(mse.Models, ", "))
	}
	return rastro.ErrorMessage(err)
}

// ModelWords describes a model of mse.Models in the page's language; a
// name typed in (Mt+c1:c2, [12,23]) is its own description.
func (v view) ModelWords(name string) string {
	if _, ok := messages["en"]["est.model."+name]; !ok {
		return name
	}
	return name + " — " + translate(v.Lang, "est.model."+name)
}

// Figure writes an estimate's figure to one decimal, or none when it is
// not finite (nil).
func (v view) Figure(x *float64, none string) string {
	if x == nil {
		return none
	}
	return strconv.FormatFloat(*x, 'f', 1, 64)
}

// IntervalWords names an estimate's interval, of kind mse.IntervalProfile,
// mse.IntervalLogNormal or strata.IntervalPosterior, at level in the
// page's language.
func (v view) IntervalWords(kind string, level float64) string {
	key := "est.interval_profile"
	switch kind {
	case mse.IntervalLogNormal:
		key = "est.interval_lognormal"
	case strata.IntervalPosterior:
		key = "est.interval_posterior"
	}
	return translate(v.Lang, key, v.Percent(level))
}

// EstimateModel says in the page's language what an estimate fitted: the
// log-linear model, the graphs dga averaged over, lcmcr's latent classes.
func (v view) EstimateModel(e strata.Estimate) string {
	switch {
	case e.DGA != nil && len(e.DGA.Models) > 0:
		return translate(v.Lang, "est.dga_model", e.DGA.Models[0].Model)
	case e.LCMCR != nil:
		return translate(v.Lang, "est.lcmcr_model", e.LCMCR.Options.K, e.LCMCR.Options.Seed)
	}
	return e.Model
}

// Percent writes an interval's level as a percentage (0.95: 95).
func (v view) Percent(level float64) string { return strconv.FormatFloat(100*level, 'g', -1, 64) }

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

// linkRun is what a run of the linkage may be told, as rastro link's
// flags in database mode; an absent field keeps the command's default.
type linkRun struct {
	AllPersons bool     `json:"all_persons"`
	KeepPlaces bool     `json:"keep_place_names"`
	Blocks     []string `json:"block"`
	Match      float64  `json:"match"`
	Review     float64  `json:"review"`
	MaxCluster int      `json:"max_cluster"`
	PairBudget float64  `json:"pair_budget"`
	EventYear  int      `json:"event_year"`
	NoTermFreq bool     `json:"no_term_frequency"`
	OnePerList bool     `json:"one_per_list"`
}

// options are the run's dblink options: the same the command line builds
// from its flags, checked by dblink and linkage, not here.
func (l linkRun) options() dblink.Options {
	return dblink.Options{AllPersons: l.AllPersons, KeepPlaces: l.KeepPlaces, Blocks: l.Blocks,
		Match: l.Match, Review: l.Review, MaxCluster: l.MaxCluster, PairBudget: l.PairBudget,
		EventYear: l.EventYear, NoTermFreq: l.NoTermFreq, OnePerList: l.OnePerList}
}

// linkRunForm reads a run's options from the page's form: blocking rules
// one a line (or separated by spaces), numbers blank for the default.
func linkRunForm(r *http.Request) (linkRun, error) {
	l := linkRun{
		AllPersons: r.PostFormValue("all_persons") != "",
		KeepPlaces: r.PostFormValue("keep_place_names") != "",
		Blocks:     strings.Fields(r.PostFormValue("block")),
		NoTermFreq: r.PostFormValue("no_term_frequency") != "",
		OnePerList: r.PostFormValue("one_per_list") != "",
	}
	for _, n := range []struct {
		name string
		to   any
	}{{"match", &l.Match}, {"review", &l.Review}, {"pair_budget", &l.PairBudget}, {"max_cluster", &l.MaxCluster}, {"event_year", &l.EventYear}} {
		if err := formNumber(r.PostFormValue(n.name), n.name, n.to); err != nil {
			return l, err
		}
	}
	return l, nil
}

// runLinkage links the person records in the database, as rastro link
// does (default rules, or those the request gives), and stores the merges
// and the review queue. A request with an empty body takes the defaults.
func runLinkage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	var l linkRun
	var err error
	if isAPI(r) {
		if r.ContentLength != 0 {
			err = decodeJSON(r, &l)
		}
	} else if err = parseForm(w, r); err == nil {
		l, err = linkRunForm(r)
	}
	if err != nil {
		return nil, err
	}
	res, err := dblink.Run(r.Context(), s.cfg.DB, l.options())
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
