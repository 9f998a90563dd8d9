package web

import (
	"net/http"
	"strconv"

	"github.com/rastro-project/rastro"
)

// conflict shows a stale edit beside the stored record, field by field.
// The page merges: for each field that differs the user picks the stored
// value (preselected, so nothing of the other person's is lost unless the
// user says so) or their own, and the merge is saved on the stored version.
func (f recordForm[T]) conflict(s *Server, w http.ResponseWriter, r *http.Request, current, mine *T, msg string) (any, error) {
	e, err := f.view(s, r, current, msg)
	if err != nil {
		return nil, err
	}
	e.Type, e.Record = f.name, f.record(current)
	e.TheirVersion, e.CurrentVersion = f.record(mine).Version, f.record(current).Version
	enums := map[string]string{"confidence": "confidence", "status": "status"}
	for k, kind := range handEnums[f.name] {
		enums[k] = kind
	}
	for _, fl := range e.Fields { // a drawn form names its own choices
		if fl.Enum != "" {
			enums[fl.Name] = fl.Enum
		}
	}
	cur, theirs := fieldsOf(current, nil), fieldsOf(mine, nil)
	for i := range cur {
		e.Rows = append(e.Rows, conflictRow{Name: cur[i].Name, Current: cur[i].Value, Theirs: theirs[i].Value, Enum: enums[cur[i].Name]})
	}
	s.render(w, r, http.StatusConflict, "conflict", e)
	return nil, nil
}

// handEnums are the labels kinds of the enumerated fields of the forms
// made by hand, as their templates name the choices.
var handEnums = map[string]map[string]string{
	"acts": {"type": "act", "entry_side": "entry", "munition": "munition", "distance": "distance", "activity": "activity",
		"victim_armed": "tri", "victim_threat": "tri"},
	"persons": {"sex": "sex"},
}

// refused answers an update refused as stale: the API with 409 and the
// stored record, the page with the merge.
func (f recordForm[T]) refused(s *Server, w http.ResponseWriter, r *http.Request, id int64, mine *T, err error) (any, error) {
	current, ferr := f.store(s).Find(r.Context(), id)
	if ferr != nil {
		return nil, ferr
	}
	msg := rastro.ErrorMessage(err)
	if isAPI(r) {
		writeJSON(w, http.StatusConflict, apiError{Error: msg, Code: rastro.ECONFLICT, Current: current})
		return nil, nil
	}
	return f.conflict(s, w, r, current, mine, msg)
}

// merge saves the fields chosen on the conflict page onto record {id} at
// the version the page showed. Fields not sent stay as stored; a record
// changed once more meanwhile shows the conflict page again.
func (f recordForm[T]) merge(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	if err := parseForm(w, r); err != nil {
		return nil, err
	}
	v, err := f.load(s, r)
	if err != nil {
		return nil, err
	}
	n, err := strconv.Atoi(r.PostFormValue("version"))
	if err != nil || n <= 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "the form lacks the record's version: reload the page")
	}
	f.record(v).Version = n
	if err := setFields(r, v); err != nil {
		return nil, err
	}
	err = f.store(s).Update(r.Context(), v)
	if rastro.ErrorCode(err) == rastro.ECONFLICT {
		return f.refused(s, w, r, f.record(v).ID, v, err)
	}
	if err != nil {
		return nil, err
	}
	return seeOther{To: f.page(v)}, nil
}
