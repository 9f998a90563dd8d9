package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// recordStore is the part of a record service that the edit pages use.
type recordStore[T any] interface {
	Find(ctx context.Context, id int64) (*T, error)
	Create(ctx context.Context, r *T) error
	Update(ctx context.Context, r *T) error
}

// recordForm describes how the web app creates and edits one record type:
// the same handlers, version check and conflict page serve every type, and
// each type brings only what differs.
type recordForm[T any] struct {
	store  func(s *Server) recordStore[T]
	record func(r *T) *rastro.Record
	// fromForm sets the record's fields from the posted form; fields the
	// form does not carry stay as they are.
	fromForm func(s *Server, r *http.Request, v *T) error
	// fromJSON sets the record's fields (and the version it was read at)
	// from an API edit; nil decodes the body onto the stored record.
	fromJSON func(r *http.Request, v *T) error
	// name is the type's name in paths (/api/{name}/{id}).
	name string
	// into puts the record in the view the form template reads.
	into func(v *editView, r *T)
	// choices loads the form's choice lists (nil: none).
	choices func(s *Server, r *http.Request, v *editView) error
	// page is the record's page, where a saved edit goes.
	page func(v *T) string
	form string // template of the new and edit form
}

// editView is what the edit forms and the conflict page read: the record
// being edited (one of the typed fields), and on a conflict the stored
// values beside the user's.
type editView struct {
	Incident *rastro.Incident
	Act      *rastro.Act
	Person   *rastro.Person
	Error    string
	// On a conflict: the versions and the compared fields.
	TheirVersion, CurrentVersion int
	Rows                         []conflictRow
	// Choice lists of the act and person forms.
	Persons []*rastro.Person
	Sources []*rastro.Source
	Places  []*rastro.Place
	// Posted is what the user typed, when the form comes back with an
	// error (a value that did not parse is not in the record).
	Posted url.Values
	// IncidentTitle names the incident of the act being edited.
	IncidentTitle string
	// Drawn forms (records_generic.go): the type's path name, its fields,
	// the record's ID and version, and the pickers' choices.
	Type    string
	Fields  []formField
	Record  *rastro.Record
	Pickers map[string][]pick
	// Readings are the gazetteer's readings of the name searched on the
	// new place form.
	Readings []*rastro.Place
}

// conflictRow is one field of the conflict page: the stored value and
// the user's, merged by choosing one.
type conflictRow struct {
	Name, Current, Theirs string
	Enum                  string // labels kind naming the values of an enumerated field
}

// Show names a value of the row's field in the page's language.
func (r conflictRow) Show(v view, value string) string {
	if r.Enum == "" || value == "" {
		return value
	}
	return v.L(r.Enum, value)
}

func (r conflictRow) Differs() bool { return r.Current != r.Theirs }

func (f recordForm[T]) view(s *Server, r *http.Request, v *T, msg string) (editView, error) {
	e := editView{Error: msg}
	f.into(&e, v)
	if f.choices != nil {
		if err := f.choices(s, r, &e); err != nil {
			return e, err
		}
	}
	return e, nil
}

// editPage shows the edit form of record {id}.
func (f recordForm[T]) editPage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	v, err := f.load(s, r)
	if err != nil {
		return nil, err
	}
	return f.view(s, r, v, "")
}

// load reads record {id} of the path.
func (f recordForm[T]) load(s *Server, r *http.Request) (*T, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	return f.store(s).Find(r.Context(), id)
}

// newPage shows the form of a new record, started by start (the query
// may preset fields, such as an act's incident).
func (f recordForm[T]) newPage(start func(r *http.Request) (*T, error)) handler {
	return func(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
		v, err := start(r)
		if err != nil {
			return nil, err
		}
		return f.view(s, r, v, "")
	}
}

// blank starts a new record with nothing filled in.
func blank[T any](*http.Request) (*T, error) { return new(T), nil }

// create stores a new record from JSON (the API) or the form; a form with
// an error comes back filled in, with the message.
func (f recordForm[T]) create(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	v := new(T)
	if isAPI(r) {
		if err := decodeJSON(r, v); err != nil {
			return nil, err
		}
		*f.record(v) = rastro.Record{}
		if err := f.store(s).Create(r.Context(), v); err != nil {
			return nil, err
		}
		return seeOther{Data: v}, nil
	}
	if err := parseForm(w, r); err != nil {
		return nil, err
	}
	err := f.fromForm(s, r, v)
	if err == nil {
		err = f.store(s).Create(r.Context(), v)
	}
	if userError(err) {
		return f.again(s, w, r, http.StatusBadRequest, v, err)
	} else if err != nil {
		return nil, err
	}
	return seeOther{To: f.page(v)}, nil
}

// userError reports whether err is the user's to correct on the form.
func userError(err error) bool {
	code := rastro.ErrorCode(err)
	return err != nil && (code == rastro.EINVALID || code == rastro.ENOTFOUND || code == rastro.ECONFLICT)
}

// again renders the form again with what the user typed and the message.
func (f recordForm[T]) again(s *Server, w http.ResponseWriter, r *http.Request, status int, v *T, err error) (any, error) {
	e, verr := f.view(s, r, v, rastro.ErrorMessage(err))
	if verr != nil {
		return nil, verr
	}
	e.Posted = r.PostForm
	s.render(w, r, status, f.form, e)
	return nil, nil
}

// update applies an edit made on a version of record {id}. A stale
// version is refused with 409: the API answers with the stored record,
// the page shows the user's values beside the current ones.
func (f recordForm[T]) update(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	st := f.store(s)
	v, err := st.Find(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := f.readEdit(s, w, r, v); err != nil {
		if !isAPI(r) && userError(err) && rastro.ErrorCode(err) != rastro.ECONFLICT {
			return f.again(s, w, r, http.StatusBadRequest, v, err)
		}
		return nil, err
	}
	f.record(v).ID = id
	err = st.Update(ctx, v)
	if rastro.ErrorCode(err) == rastro.ECONFLICT {
		return f.refused(s, w, r, id, v, err)
	}
	if userError(err) && !isAPI(r) {
		return f.again(s, w, r, http.StatusBadRequest, v, err)
	}
	if err != nil {
		return nil, err
	}
	return seeOther{To: f.page(v), Data: v}, nil
}

// readEdit sets the edit onto the stored record v, with the version the
// edit was made on.
func (f recordForm[T]) readEdit(s *Server, w http.ResponseWriter, r *http.Request, v *T) error {
	rec := f.record(v)
	if isAPI(r) {
		rec.Version = 0
		var err error
		if f.fromJSON != nil {
			err = f.fromJSON(r, v)
		} else {
			err = decodeJSON(r, v)
		}
		if err == nil && rec.Version <= 0 {
			err = rastro.Errorf(rastro.EINVALID, "give the version of the record you edited")
		}
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	n, err := strconv.Atoi(r.PostFormValue("version"))
	if err != nil || n <= 0 {
		return rastro.Errorf(rastro.EINVALID, "the form lacks the record's version: reload the page")
	}
	rec.Version = n
	return f.fromForm(s, r, v)
}

// formValues reads the posted form; each setter changes the field only
// when the form carries it, and the first bad value is kept as err.
type formValues struct {
	r   *http.Request
	err error
}

func (fv *formValues) value(name string) (string, bool) {
	if _, ok := fv.r.PostForm[name]; !ok {
		return "", false
	}
	return strings.TrimSpace(strings.ReplaceAll(fv.r.PostFormValue(name), "\r\n", "\n")), true
}

func (fv *formValues) str(name string, dst *string) {
	if s, ok := fv.value(name); ok {
		*dst = s
	}
}

// enum sets an enumerated field (the record's Validate checks the value).
func enum[E ~string](fv *formValues, name string, dst *E) {
	if s, ok := fv.value(name); ok {
		*dst = E(s)
	}
}

func (fv *formValues) int(name, label string, dst *int) {
	if s, ok := fv.value(name); ok {
		n, err := 0, error(nil)
		if s != "" {
			n, err = strconv.Atoi(s)
		}
		if (err != nil || n < 0) && fv.err == nil {
			fv.err = rastro.Errorf(rastro.EINVALID, "%s %q: want a whole number", label, s)
		}
		*dst = n
	}
}

func (fv *formValues) date(name string, dst *rastro.Date) {
	if s, ok := fv.value(name); ok {
		d, err := rastro.ParseDate(s)
		if err != nil && fv.err == nil {
			fv.err = err
		}
		*dst = d
	}
}

// id sets a reference to another record ("" for none).
func (fv *formValues) id(name, label string, dst *int64) {
	if s, ok := fv.value(name); ok {
		var n int64
		var err error
		if s != "" {
			n, err = strconv.ParseInt(s, 10, 64)
		}
		if (err != nil || n < 0 || s != "" && n == 0) && fv.err == nil {
			fv.err = rastro.Errorf(rastro.EINVALID, "%s %q: choose one from the list", label, s)
		}
		*dst = n
	}
}

// assertion sets the confidence and status every research record has.
func (fv *formValues) assertion(a *rastro.Assertion) {
	enum(fv, "confidence", &a.Confidence)
	enum(fv, "status", &a.Status)
}

// str shows a value on the conflict page.
func str(v any) string {
	switch x := v.(type) {
	case *int:
		if x == nil {
			return ""
		}
		return strconv.Itoa(*x)
	case int64:
		if x == 0 {
			return ""
		}
	case int:
		if x == 0 {
			return ""
		}
	}
	return fmt.Sprint(v)
}

// Statuses, Confidences and Tris are choices of the edit forms.
func (editView) Statuses() []string    { return rastro.Strings(rastro.Statuses) }
func (editView) Confidences() []string { return rastro.Strings(rastro.Confidences) }
func (editView) Tris() []string        { return rastro.Strings(rastro.Tris) }

// Assertion is the confidence and status of the record being edited.
func (v editView) Assertion() rastro.Assertion {
	switch {
	case v.Incident != nil:
		return v.Incident.Assertion
	case v.Act != nil:
		return v.Act.Assertion
	case v.Person != nil:
		return v.Person.Assertion
	}
	return rastro.Assertion{}
}

// find answers record {id}.
func (f recordForm[T]) find(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return f.load(s, r)
}
