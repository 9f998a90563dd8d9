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
	cur, theirs := fieldsOf(current, nil), fieldsOf(mine, nil)
	for i := range cur {
		e.Rows = append(e.Rows, conflictRow{Name: cur[i].Name, Current: cur[i].Value, Theirs: theirs[i].Value})
	}
	s.render(w, r, http.StatusConflict, "conflict", e)
	return nil, nil
}

// merge saves the fields chosen on the conflict page onto record {id} at
// the version the page showed. Fields not sent stay as stored; a record
// changed once more meanwhile shows the conflict page again.
func (f recordForm[T]) merge(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	if err := parseForm(w, r); err != nil {
		return nil, err
	}
	st := f.store(s)
	v, err := st.Find(ctx, id)
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
	err = st.Update(ctx, v)
	if rastro.ErrorCode(err) == rastro.ECONFLICT {
		current, ferr := st.Find(ctx, id)
		if ferr != nil {
			return nil, ferr
		}
		return f.conflict(s, w, r, current, v, rastro.ErrorMessage(err))
	}
	if err != nil {
		return nil, err
	}
	return seeOther{To: f.page(v)}, nil
}
