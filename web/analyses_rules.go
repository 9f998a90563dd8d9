package web

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
)

// assessWith is the rule file and the reviews a request assesses with, as
// rastro analyze --rules and --reviews; the zero value assesses with the
// built-in rules and the stored reviews only.
type assessWith struct {
	Rules     *assess.RuleSet
	RulesFile string // the uploaded file's name; "" for the built-in rules
	Reviews   []assess.Review
}

// rules is the rule file to assess with.
func (a assessWith) rules() *assess.RuleSet {
	if a.Rules != nil {
		return a.Rules
	}
	return assess.MustDefaultRules()
}

// assessmentRequest is the API's JSON body: the rule file (as rastro
// analyze --rules reads it) and a JSON array of reviews, both optional.
type assessmentRequest struct {
	Rules   json.RawMessage `json:"rules,omitempty"`
	Reviews json.RawMessage `json:"reviews,omitempty"`
}

// readAssessWith reads a POST's rule file and reviews: the API's JSON
// body, or a multipart form's files rules and reviews, whose other fields
// then count as the query's (the report's options). A GET takes none.
// The files are checked with the command line's code, and its errors.
func readAssessWith(w http.ResponseWriter, r *http.Request) (assessWith, error) {
	var a assessWith
	if r.Method != http.MethodPost {
		return a, nil
	}
	load := func(rulesName string, rules []byte, reviewsName string, reviews []byte) error {
		var err error
		if len(rules) > 0 {
			if a.Rules, err = assess.LoadRulesFile(rulesName, rules); err != nil {
				return err
			}
			a.RulesFile = rulesName
		}
		if len(reviews) > 0 {
			a.Reviews, err = assess.LoadReviews(reviewsName, reviews)
		}
		return err
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "application/json" {
		var req assessmentRequest
		if err := decodeJSON(r, &req); err != nil {
			return a, err
		}
		return a, load("rules", req.Rules, "reviews", req.Reviews)
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseMultipartForm(maxForm); err != nil {
		return a, rastro.Errorf(rastro.EINVALID, "form: send the rule file as multipart/form-data (field rules) or JSON: %v", err)
	}
	defer r.MultipartForm.RemoveAll()
	for k, vs := range r.MultipartForm.Value {
		for _, v := range vs {
			if err := checkField("form", k, v); err != nil {
				return a, err
			}
		}
	}
	file := func(field string) (string, []byte, error) {
		fhs := r.MultipartForm.File[field]
		if len(fhs) == 0 {
			return "", nil, nil
		}
		f, err := fhs[0].Open()
		if err != nil {
			return "", nil, rastro.Errorf(rastro.EINVALID, "%s: %v", fhs[0].Filename, err)
		}
		defer f.Close()
		b, err := io.ReadAll(f)
		return fhs[0].Filename, b, err
	}
	rn, rb, err := file("rules")
	if err != nil {
		return a, err
	}
	vn, vb, err := file("reviews")
	if err != nil {
		return a, err
	}
	r.URL.RawQuery = r.Form.Encode() // the form's options, where the report reads them
	return a, load(rn, rb, vn, vb)
}
