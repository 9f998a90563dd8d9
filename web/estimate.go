package web

import (
	"io"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/mse"
	"github.com/rastro-project/rastro/mse/strata"
)

// estimateParams describe the estimation options of the query, named as
// rastro estimate's flags.
const estimateParams = "method: loglinear (default), dga or lcmcr, as rastro estimate --method; " +
	"model: as --model, M0, Mt, Mh-Chao, Mth-Normal, Mt+c1:c2, [12,23], Mb…, default the hierarchical model the ranking puts first (loglinear only); " +
	"psi: comma-separated values for Mh-psi and Mth-psi; level: of the interval, default 0.95; " +
	"the ranking without a model, as --criterion, --max-order and --rank-heterogeneity: criterion aic or bic, max_order, heterogeneity Chao, Darroch, Poisson or Gamma; top: rows of the ranking, default 10, 0 for all; " +
	"dga: delta (cell prior, default 2^-k), missing (lo:hi), prior (1/N or negbin:a,b); " +
	"lcmcr: seed (default 1; stratum i takes seed+i), classes (default 10), burnin (10000), samples (1000), thinning (10)"

// estimateParamNames are the query parameters estimateParams describes.
var estimateParamNames = []string{"method", "model", "psi", "level", "criterion", "max_order", "heterogeneity", "top",
	"delta", "missing", "prior", "seed", "classes", "burnin", "samples", "thinning"}

// estimateFields are the estimation options and results that the linkage
// page (the victims in the database) and the estimate page (histories
// uploaded or counts typed) both show.
type estimateFields struct {
	// ListsBy says how the database's lists were made (the linkage
	// page); "" for lists named in a file.
	ListsBy string          `json:"lists_by,omitempty"`
	Model   string          `json:"model,omitempty"` // "": the model the ranking puts first
	Psi     []float64       `json:"psi,omitempty"`
	Level   float64         `json:"level"`
	Rank    mse.RankOptions `json:"ranking"`
	// The method and its options, as rastro estimate --method and its
	// dga and lcmcr flags.
	strata.MethodOptions
	Estimates []strata.Estimate `json:"estimates"`
	// Total of the strata, when there are several.
	Total   *strata.Total       `json:"total,omitempty"`
	Models  []string            `json:"-"`
	Hets    []mse.Heterogeneity `json:"-"`
	Methods []string            `json:"-"`
	// The form's psi, level and order as typed, and what is wrong.
	PsiText, LevelText, OrderText, TopText, FormError string `json:"-"`
	// Query is the request's, for the form's other fields as typed.
	Query url.Values `json:"-"`
}

// readEstimateFields reads the estimation options of q, for the form and
// the estimate; the error says what is wrong with them.
func readEstimateFields(q url.Values) (estimateFields, strata.EstimateOptions, error) {
	v := estimateFields{Estimates: []strata.Estimate{}, Models: mse.Models, Hets: mse.RankHeterogeneities,
		Methods: strata.Methods, Query: q,
		PsiText: q.Get("psi"), LevelText: q.Get("level"), OrderText: q.Get("max_order"), TopText: q.Get("top")}
	est, err := estimateOptions(q)
	v.Model, v.Psi, v.Level, v.Rank, v.MethodOptions = est.Model, est.Psi, est.Level, est.Rank, est.MethodOptions
	if v.Rank.Criterion == "" {
		v.Rank.Criterion = "aic"
	}
	if v.Method == "" {
		v.Method = "loglinear"
	}
	return v, est, err
}

// formError shows what is wrong on the form, with no estimate.
func (v *estimateFields) formError(lang string, err error) {
	v.Estimates, v.Total = []strata.Estimate{}, nil
	v.FormError = modelError(lang, err)
}

// estimateOptions reads the model, psi and level of the query; the API
// refuses bad ones, the page shows them on its form.
func estimateOptions(q url.Values) (strata.EstimateOptions, error) {
	o := strata.EstimateOptions{Model: strings.TrimSpace(q.Get("model")), Level: 0.95,
		Rank: mse.RankOptions{Criterion: q.Get("criterion"), Heterogeneity: q.Get("heterogeneity")}}
	var err error
	if s := strings.TrimSpace(q.Get("max_order")); s != "" {
		if o.Rank.MaxOrder, err = strconv.Atoi(s); err != nil || o.Rank.MaxOrder < 1 {
			return o, rastro.Errorf(rastro.EINVALID, "max_order %q: want a whole number from 1", s)
		}
	}
	if o.Psi, err = mse.ParsePsi(q.Get("psi")); err != nil {
		return o, err
	}
	// top as rastro estimate --top: 10 rows unless told, 0 for all.
	o.Top = 10
	if s := strings.TrimSpace(q.Get("top")); s != "" {
		if o.Top, err = strconv.Atoi(s); err != nil || o.Top < 0 {
			return o, rastro.Errorf(rastro.EINVALID, "top %q: want a whole number, 0 for every row", s)
		}
		if o.Top == 0 {
			o.Top = -1
		}
	}
	if l := strings.TrimSpace(q.Get("level")); l != "" {
		if o.Level, err = strconv.ParseFloat(l, 64); err != nil {
			return o, rastro.Errorf(rastro.EINVALID, "level %q: want a number between 0 and 1 (0.95 for 95%%)", l)
		}
	}
	if o.MethodOptions, err = methodOptions(q); err != nil {
		return o, err
	}
	return o, o.Check()
}

// methodOptions reads the method and its options, named as rastro
// estimate's flags (delta, missing, prior; seed, classes, burnin, samples,
// thinning); blank takes the command's default (seed 1).
func methodOptions(q url.Values) (strata.MethodOptions, error) {
	o := strata.MethodOptions{Method: strings.TrimSpace(q.Get("method")), Missing: strings.TrimSpace(q.Get("missing")),
		Prior: strings.TrimSpace(q.Get("prior")), Seed: 1}
	if s := strings.TrimSpace(q.Get("delta")); s != "" {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil || !(x > 0) || math.IsInf(x, 0) {
			return o, rastro.Errorf(rastro.EINVALID, "delta %q: want a positive number", s)
		}
		o.Delta = x
	}
	if s := strings.TrimSpace(q.Get("seed")); s != "" {
		x, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return o, rastro.Errorf(rastro.EINVALID, "seed %q: want a whole number from 0", s)
		}
		o.Seed = x
	}
	for _, f := range []struct {
		name string
		to   *int
	}{{"classes", &o.Classes}, {"burnin", &o.Burnin}, {"samples", &o.Samples}, {"thinning", &o.Thinning}} {
		if s := strings.TrimSpace(q.Get(f.name)); s != "" {
			x, err := strconv.Atoi(s)
			if err != nil || x < 1 {
				return o, rastro.Errorf(rastro.EINVALID, "%s %q: want a whole number from 1", f.name, s)
			}
			*f.to = x
		}
	}
	return o, nil
}

// estimateView is the estimate page: capture histories from outside the
// database, uploaded as a CSV of histories or of linked records or typed
// as counts, estimated as rastro estimate --csv, --persons or --counts
// does.
type estimateView struct {
	// Input is csv, persons or counts; File the uploaded file's name.
	Input    string   `json:"input"`
	File     string   `json:"file,omitempty"`
	Stratify string   `json:"stratify,omitempty"`
	Warnings []string `json:"warnings,omitempty"` // how the histories were built
	estimateFields
}

// estimateRequest is the API's data: the text of a histories CSV or of a
// linked-records CSV, or counts with the number of lists, and the options
// of rastro estimate that read them. The estimation options are the
// query's, as on GET /api/linkage.
type estimateRequest struct {
	CSV          string   `json:"csv,omitempty"`
	Persons      string   `json:"persons,omitempty"`
	Counts       string   `json:"counts,omitempty"`
	Lists        int      `json:"lists,omitempty"`
	Stratify     string   `json:"stratify,omitempty"`
	Ignore       []string `json:"ignore,omitempty"`
	PersonColumn string   `json:"person_column,omitempty"`
	ListColumn   string   `json:"list_column,omitempty"`
}

// input is the request as mse reads it; name is the file's.
func (e estimateRequest) input() (mse.Input, string) {
	in := mse.Input{Counts: strings.TrimSpace(e.Counts), Lists: e.Lists, Stratify: strings.TrimSpace(e.Stratify), Ignore: e.Ignore,
		PersonColumn: strings.TrimSpace(e.PersonColumn), ListColumn: strings.TrimSpace(e.ListColumn)}
	kind := "counts"
	if e.CSV != "" {
		in.CSV, kind = strings.NewReader(e.CSV), "csv"
	}
	if e.Persons != "" {
		in.Persons, kind = strings.NewReader(e.Persons), "persons"
	}
	return in, kind
}

// estimateForm reads the page's form: one file, read as histories or
// linked records as the form says, or the counts typed.
func estimateForm(w http.ResponseWriter, r *http.Request) (estimateRequest, string, error) {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseMultipartForm(maxForm); err != nil && err != http.ErrNotMultipart {
		return estimateRequest{}, "", rastro.Errorf(rastro.EINVALID, "form: %v", err)
	}
	e := estimateRequest{Counts: r.FormValue("counts"), Stratify: r.FormValue("stratify"),
		PersonColumn: r.FormValue("person_column"), ListColumn: r.FormValue("list_column")}
	for _, c := range strings.Split(r.FormValue("ignore"), ",") {
		if c = strings.TrimSpace(c); c != "" {
			e.Ignore = append(e.Ignore, c)
		}
	}
	if s := strings.TrimSpace(r.FormValue("lists")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return e, "", rastro.Errorf(rastro.EINVALID, "lists %q: want a whole number", s)
		}
		e.Lists = n
	}
	f, fh, err := r.FormFile("file")
	if err != nil {
		return e, "", nil // no file: the counts, or nothing
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxForm))
	if err != nil {
		return e, "", rastro.Errorf(rastro.EINVALID, "upload: %v", err)
	}
	if err := checkField("upload", fh.Filename, string(b)); err != nil {
		return e, "", err
	}
	if r.FormValue("format") == "persons" {
		e.Persons = string(b)
	} else {
		e.CSV = string(b)
	}
	return e, fh.Filename, nil
}

// estimatePage is the form, empty.
func estimatePage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	v := estimateView{Input: "csv"}
	v.estimateFields, _, _ = readEstimateFields(r.URL.Query())
	return v, nil
}

// estimateFile estimates the histories the request gives. Nothing is
// stored: a bad file or option is refused by the API and shown on the
// page's form.
func estimateFile(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	var req estimateRequest
	var name string
	var err error
	q := r.URL.Query()
	if isAPI(r) {
		err = decodeJSON(r, &req)
	} else if req, name, err = estimateForm(w, r); err == nil {
		q = r.Form
	}
	if err != nil {
		return nil, err
	}
	in, kind := req.input()
	v := estimateView{Input: kind, File: name, Stratify: in.Stratify}
	fields, est, err := readEstimateFields(q)
	v.estimateFields = fields
	var st *mse.Strata
	if err == nil {
		if st, err = in.Read(); err != nil && name != "" {
			err = rastro.Errorf(rastro.EINVALID, "%s: %s", name, rastro.ErrorMessage(err))
		}
	}
	if err == nil {
		v.Warnings = st.Warnings
		v.Estimates, err = strata.Estimates(st, est)
	}
	if err != nil {
		if isAPI(r) || !userError(err) {
			return nil, err
		}
		v.formError(langFrom(r.Context()), err)
		s.render(w, r, http.StatusBadRequest, "estimate", v)
		return nil, nil
	}
	v.Total = strata.Sum(v.Estimates)
	return v, nil
}
