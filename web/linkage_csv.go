package web

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"html/template"
	"io"
	"math"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/linkage"
	"github.com/rastro-project/rastro/linkage/csvlink"
	"github.com/rastro-project/rastro/linkage/dblink"
)

// linkCSVRoutes are the linkage of uploaded CSV files (rastro link --csv)
// and the capture histories of the database's merges (rastro link -o).
func linkCSVRoutes() []route {
	R := func(method, path string, page string, k kind, summary string, h handler) route {
		return route{Method: method, Path: path, Perm: auth.PermRunAnalyses, Page: page, Kind: k, Summary: summary, h: h}
	}
	return []route{
		R("GET", "/linkage/csv", "linkage_csv", pageOnly, "Link the records of CSV files without the database: upload, then map the columns", linkCSVPage),
		R("POST", "/linkage/csv", "linkage_csv", both, "Link the records of CSV files as rastro link --csv does, without the database: files (JSON: name and csv text; multipart: csv file parts), map (field=column,… as --map), block, link_only, one_per_list, match, review, max_cluster, max_block_pairs, pair_budget, no_term_frequency, seed, keep_place_names, event_year and decisions (a CSV as --decisions). Answers the rules (chosen ones with their estimated recall), a summary and the files pairs.csv, review.csv, clusters.csv, merges.csv, histories.csv; file=NAME answers that file alone, format=zip all in a zip. Nothing uploaded is kept", linkCSV).io(csvLinkRequest{}, csvLinkView{}, "file", "format"),
		R("GET", "/linkage/histories.csv", "", both, "The capture histories of the victims' person records as the stored merges make them, as rastro link -o DIR writes histories.csv (all_persons=yes: every person record)", linkageHistories).io(nil, nil, "all_persons"),
	}
}

// maxLinkUpload bounds the files of one linkage of CSV files.
const maxLinkUpload = 64 << 20

// csvText is a CSV file sent as text.
type csvText struct {
	Name string `json:"name"`
	CSV  string `json:"csv"`
}

// csvLinkRequest is what a linkage of CSV files is told: the files and
// rastro link's flags; an absent field keeps the command's default.
type csvLinkRequest struct {
	Files         []csvText `json:"files"`
	Map           string    `json:"map"`
	Block         []string  `json:"block,omitempty"`
	LinkOnly      bool      `json:"link_only,omitempty"`
	OnePerList    bool      `json:"one_per_list,omitempty"`
	Match         float64   `json:"match,omitempty"`
	Review        float64   `json:"review"`
	MaxCluster    int       `json:"max_cluster"`
	MaxBlockPairs int64     `json:"max_block_pairs"`
	PairBudget    float64   `json:"pair_budget,omitempty"`
	NoTermFreq    bool      `json:"no_term_frequency,omitempty"`
	Seed          uint64    `json:"seed"`
	KeepPlaces    bool      `json:"keep_place_names,omitempty"`
	EventYear     int       `json:"event_year,omitempty"`
	Decisions     *csvText  `json:"decisions,omitempty"`
}

// newCSVLinkRequest starts from the command's defaults.
func newCSVLinkRequest() csvLinkRequest {
	d := csvlink.Defaults()
	return csvLinkRequest{Review: d.Review, MaxCluster: d.MaxCluster, MaxBlockPairs: d.MaxBlockPairs, Seed: d.Seed}
}

// options are the run's files and options, checked by csvlink, not here.
func (q csvLinkRequest) options() ([]csvlink.File, csvlink.Options) {
	files := make([]csvlink.File, len(q.Files))
	for i, f := range q.Files {
		files[i] = csvlink.File{Name: f.Name, R: strings.NewReader(f.CSV)}
	}
	o := csvlink.Options{Map: q.Map, Blocks: q.Block, LinkOnly: q.LinkOnly, OnePerList: q.OnePerList, Match: q.Match, Review: q.Review,
		MaxCluster: q.MaxCluster, MaxBlockPairs: q.MaxBlockPairs, PairBudget: q.PairBudget, NoTermFreq: q.NoTermFreq,
		Seed: q.Seed, KeepPlaces: q.KeepPlaces, EventYear: q.EventYear}
	if q.Decisions != nil {
		o.Decisions = &csvlink.File{Name: q.Decisions.Name, R: strings.NewReader(q.Decisions.CSV)}
	}
	return files, o
}

// csvOutput is one file a run wrote.
type csvOutput struct {
	Name string `json:"name"`
	CSV  string `json:"csv"`
	// Href downloads the file from the page itself: nothing is kept on
	// the server to download later.
	Href template.URL `json:"-"`
}

// csvLinkView is the page (upload, mapping, result) and the API's answer.
type csvLinkView struct {
	// Rules are the blocking rules used with the candidate pairs each added.
	Rules []ruleCount `json:"rules"`
	// Chosen says how the rules were chosen (none when given).
	Chosen     *linkage.Choice     `json:"chosen,omitempty"`
	Summary    *csvlink.Summary    `json:"summary"`
	Unreadable []csvlink.FileStats `json:"unreadable,omitempty"`
	Files      []csvOutput         `json:"files"`
	Zip        template.URL        `json:"-"`

	// The page: its step (1 upload, 2 mapping, 3 result), the files
	// carried from the upload to the mapping, their columns, the form as
	// filled in and what is wrong.
	Step    int               `json:"-"`
	Inputs  []csvText         `json:"-"`
	Header  []string          `json:"-"`
	Form    csvLinkRequest    `json:"-"`
	Mapped  map[string]string `json:"-"` // field → column of the form's selects
	Extra   string            `json:"-"`
	Numbers map[string]string `json:"-"` // the numbers as typed
	Error   string            `json:"-"`
}

type ruleCount struct {
	Rule  string `json:"rule"`
	Pairs int64  `json:"pairs"`
}

// LinkFields are the fields the mapping form offers a column for.
func (csvLinkView) LinkFields() []string {
	return []string{linkage.FieldID, linkage.FieldList, linkage.FieldGiven, linkage.FieldSurname, linkage.FieldSurname2,
		linkage.FieldBirth, linkage.FieldAge, linkage.FieldSex, linkage.FieldPlace}
}

func linkCSVPage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return &csvLinkView{Step: 1}, nil
}

// linkCSV runs the linkage of the files sent (the API, or the page's
// mapping form), or, from the page's upload, shows the mapping form.
func linkCSV(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	q := newCSVLinkRequest()
	v := &csvLinkView{Step: 2, Mapped: map[string]string{}, Numbers: map[string]string{}}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if isAPI(r) && mt == "application/json" {
		r.Body = http.MaxBytesReader(w, r.Body, maxLinkUpload)
		if err := decodeJSONLimit(r, &q, maxLinkUpload); err != nil {
			return nil, err
		}
	} else if err := csvLinkForm(w, r, &q, v); err != nil {
		if isAPI(r) || len(q.Files) == 0 {
			return nil, err
		}
		return s.linkCSVAgain(w, r, q, v, err)
	}
	if !isAPI(r) && r.FormValue("run") == "" { // just uploaded: the mapping form
		if len(q.Files) == 0 {
			return nil, rastro.Errorf(rastro.EINVALID, "link: give one or more CSV files")
		}
		v.Form, v.Inputs = q, q.Files
		if err := v.readHeaders(); err != nil {
			return nil, err
		}
		for _, f := range v.LinkFields() {
			if slices.Contains(v.Header, f) {
				v.Mapped[f] = f
			}
		}
		return v, nil
	}
	files, o := q.options()
	run, err := csvlink.Run(r.Context(), files, o)
	if err != nil {
		if isAPI(r) || !userError(err) {
			return nil, err
		}
		return s.linkCSVAgain(w, r, q, v, err)
	}
	if err := v.result(run); err != nil {
		return nil, err
	}
	if isAPI(r) {
		return v.download(w, r, run)
	}
	v.Step = 3
	return v, nil
}

// linkCSVAgain shows the mapping form again with what is wrong.
func (s *Server) linkCSVAgain(w http.ResponseWriter, r *http.Request, q csvLinkRequest, v *csvLinkView, err error) (any, error) {
	v.Step, v.Form, v.Inputs, v.Error = 2, q, q.Files, rastro.ErrorMessage(err)
	if herr := v.readHeaders(); herr != nil {
		return nil, herr
	}
	s.render(w, r, http.StatusBadRequest, "linkage_csv", v)
	return nil, nil
}

// readHeaders lists the columns of the files' header lines, each once.
func (v *csvLinkView) readHeaders() error {
	v.Header = nil
	for _, f := range v.Inputs {
		cr := csv.NewReader(strings.NewReader(f.CSV))
		cr.TrimLeadingSpace = true
		h, err := cr.Read()
		if err == io.EOF {
			return rastro.Errorf(rastro.EINVALID, "%s: empty file: want a header line", f.Name)
		} else if err != nil {
			return rastro.Errorf(rastro.EINVALID, "%s: header line: %v", f.Name, err)
		}
		for _, c := range h {
			if c = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff")); c != "" && !slices.Contains(v.Header, c) {
				v.Header = append(v.Header, c)
			}
		}
	}
	return nil
}

// result fills the view with what the run found and its files.
func (v *csvLinkView) result(run *csvlink.Result) error {
	res := run.Link
	for i, rl := range res.Rules {
		v.Rules = append(v.Rules, ruleCount{Rule: rl.Name, Pairs: res.PerRule[i]})
	}
	sum := run.Summary()
	v.Chosen, v.Summary, v.Unreadable = run.Chosen, &sum, run.Stats
	for _, o := range run.Outputs() {
		var buf bytes.Buffer
		if err := o.Write(&buf); err != nil {
			return err
		}
		v.Files = append(v.Files, csvOutput{Name: o.Name, CSV: buf.String(),
			Href: template.URL("data:text/csv;charset=utf-8;base64," + base64.StdEncoding.EncodeToString(buf.Bytes()))})
	}
	var zbuf bytes.Buffer
	if err := run.WriteZip(&zbuf); err != nil {
		return err
	}
	v.Zip = template.URL("data:application/zip;base64," + base64.StdEncoding.EncodeToString(zbuf.Bytes()))
	return nil
}

// download answers the API: the view, one file (file=NAME) or all in a
// zip (format=zip).
func (v *csvLinkView) download(w http.ResponseWriter, r *http.Request, run *csvlink.Result) (any, error) {
	name, format := r.URL.Query().Get("file"), r.URL.Query().Get("format")
	switch {
	case format == "zip":
		attachment(w, "application/zip", "rastro-link.zip")
		return nil, run.WriteZip(w)
	case format != "" && format != "json":
		return nil, rastro.Errorf(rastro.EINVALID, "format %q: want json or zip", format)
	case name != "":
		for _, f := range v.Files {
			if f.Name == name {
				attachment(w, "text/csv; charset=utf-8", f.Name)
				_, err := io.WriteString(w, f.CSV)
				return nil, err
			}
		}
		names := make([]string, len(v.Files))
		for i, f := range v.Files {
			names[i] = f.Name
		}
		return nil, rastro.Errorf(rastro.EINVALID, "file %q: want one of %s", name, strings.Join(names, ", "))
	}
	return v, nil
}

// csvLinkForm reads a multipart form: the page's upload or mapping form,
// or the API's files and flags. The page's mapping comes from a select
// per field and a text in --map syntax for the rest; the API's from map.
func csvLinkForm(w http.ResponseWriter, r *http.Request, q *csvLinkRequest, v *csvLinkView) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxLinkUpload)
	if err := r.ParseMultipartForm(maxLinkUpload); err != nil {
		return rastro.Errorf(rastro.EINVALID, "form: send the files as multipart/form-data: %v", err)
	}
	defer r.MultipartForm.RemoveAll() // nothing uploaded outlives the request
	read := func(field string) ([]csvText, error) {
		var out []csvText
		for _, fh := range r.MultipartForm.File[field] {
			f, err := fh.Open()
			if err != nil {
				return nil, rastro.Errorf(rastro.EINVALID, "%s: %v", fh.Filename, err)
			}
			b, err := io.ReadAll(f)
			f.Close()
			if err != nil {
				return nil, rastro.Errorf(rastro.EINVALID, "%s: %v", fh.Filename, err)
			}
			out = append(out, csvText{Name: fh.Filename, CSV: string(b)})
		}
		return out, nil
	}
	var err error
	if q.Files, err = read("csv"); err != nil {
		return err
	}
	// Files carried from the upload to the mapping form.
	names, texts := r.MultipartForm.Value["csv_name"], r.MultipartForm.Value["csv_text"]
	for i := range min(len(names), len(texts)) {
		q.Files = append(q.Files, csvText{Name: names[i], CSV: texts[i]})
	}
	for k, vs := range r.MultipartForm.Value {
		if k == "csv_text" {
			continue // the files' text is the reader's to judge, as on the command line
		}
		for _, x := range vs {
			if err := checkField("form", k, x); err != nil {
				return err
			}
		}
	}
	dec, err := read("decisions")
	if err != nil {
		return err
	}
	if len(dec) > 0 {
		q.Decisions = &dec[0]
	}
	var mapping []string
	for _, f := range v.LinkFields() {
		if c := strings.TrimSpace(r.FormValue("map." + f)); c != "" {
			v.Mapped[f] = c
			mapping = append(mapping, f+"="+c)
		}
	}
	v.Extra = strings.TrimSpace(r.FormValue("map"))
	if v.Extra != "" {
		mapping = append(mapping, v.Extra)
	}
	q.Map = strings.Join(mapping, ",")
	for _, b := range r.MultipartForm.Value["block"] {
		q.Block = append(q.Block, strings.Fields(b)...)
	}
	q.LinkOnly = r.FormValue("link_only") != ""
	q.OnePerList = r.FormValue("one_per_list") != ""
	q.NoTermFreq = r.FormValue("no_term_frequency") != ""
	q.KeepPlaces = r.FormValue("keep_place_names") != ""
	for _, n := range []struct {
		name string
		to   any
	}{{"match", &q.Match}, {"review", &q.Review}, {"max_cluster", &q.MaxCluster}, {"max_block_pairs", &q.MaxBlockPairs},
		{"pair_budget", &q.PairBudget}, {"seed", &q.Seed}, {"event_year", &q.EventYear}} {
		v.Numbers[n.name] = r.FormValue(n.name)
		if err := formNumber(r.FormValue(n.name), n.name, n.to); err != nil {
			return err
		}
	}
	return nil
}

// formNumber reads a number typed in a form into to (*float64, *int,
// *int64 or *uint64); a blank keeps what to holds, the default.
func formNumber(s, name string, to any) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var err error
	switch p := to.(type) {
	case *float64:
		x, perr := strconv.ParseFloat(s, 64)
		if perr != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return rastro.Errorf(rastro.EINVALID, "%s: %q is not a number", name, s)
		}
		*p = x
		return nil
	case *int:
		*p, err = strconv.Atoi(s)
	case *int64:
		*p, err = strconv.ParseInt(s, 10, 64)
	case *uint64:
		*p, err = strconv.ParseUint(s, 10, 64)
	}
	if err != nil {
		return rastro.Errorf(rastro.EINVALID, "%s: %q is not a whole number", name, s)
	}
	return nil
}

// linkageHistories writes the capture histories the stored merges make
// of the victims' (or every person's) records, as rastro link -o does.
func linkageHistories(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	all := r.URL.Query().Get("all_persons")
	if all != "" && all != "yes" {
		return nil, rastro.Errorf(rastro.EINVALID, "all_persons %q: want yes or nothing", all)
	}
	rs, err := dblink.Victims(r.Context(), s.cfg.DB, all == "yes")
	if err != nil {
		return nil, err
	}
	h, err := dblink.Histories(r.Context(), s.cfg.DB, rs)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := h.WriteCSV(&buf); err != nil {
		return nil, err
	}
	attachment(w, "text/csv; charset=utf-8", "histories.csv")
	w.Write(buf.Bytes())
	return nil, nil
}
