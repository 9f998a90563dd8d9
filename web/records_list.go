package web

import (
	"net/http"
	"reflect"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/fieldset"
	"github.com/rastro-project/rastro/labels"
	"github.com/rastro-project/rastro/sqldb"
)

// The lists of the record types with a drawn form (places, relations,
// postings, deployments, discharges, involvements), as `rastro <type>
// list` gives them: filtered by the same fields (package fieldset builds
// the filter from the query, as it does from the command line's flags),
// paged, one List call a page.

// listView is one page of a list: the records (the JSON), and for the
// page the filter's inputs and each record's fields in a row.
type listView struct {
	Type    string      `json:"type"`
	Records any         `json:"records"`
	Filters []formField `json:"-"`
	Columns []formField `json:"-"`
	Rows    []listRow   `json:"-"`
	Lists   []string    `json:"-"` // the other lists, for the page's links
	page
}

// listRow is one record of a list page.
type listRow struct {
	ID     int64
	Fields []formField
}

// paging are the filter fields pageOf reads.
var paging = map[string]bool{"offset": true, "limit": true}

// queryFilter builds the list filter F from the request's query (aliases:
// other spellings of a field's parameter) and its page, as the command line
// builds it from flags, except that a page holds at most 500 records.
func queryFilter[F any](r *http.Request, def int, aliases map[string]string) (F, page, error) {
	var f F
	if err := fieldset.FromQuery(&f, r.URL.Query(), aliases); err != nil {
		return f, page{}, err
	}
	p, err := pageOf(r, def)
	if err != nil {
		return f, p, err
	}
	v := reflect.ValueOf(&f).Elem()
	v.FieldByName("Offset").SetInt(int64(p.Offset))
	v.FieldByName("Limit").SetInt(int64(p.Limit))
	return f, p, nil
}

// filterParams are the query parameters of filter type F, paging last.
func filterParams[F any]() []string {
	var out []string
	for _, f := range fieldset.Of(reflect.TypeFor[F]()) {
		if !paging[f.Name] {
			out = append(out, f.Param())
		}
	}
	return append(out, "offset", "limit")
}

// listLists are the lists listRoutes serve, in the order the pages link them.
var listLists = []string{"places", "relations", "postings", "deployments", "discharges", "involvements"}

// listRoutes are the list pages and API lists of the types with a drawn form.
func listRoutes() []route {
	return []route{
		listRoute(placeForm, (*sqldb.DB).Places),
		listRoute(relationForm, (*sqldb.DB).UnitRelations),
		listRoute(postingForm, (*sqldb.DB).Postings),
		listRoute(deploymentForm, (*sqldb.DB).Deployments),
		listRoute(dischargeForm, (*sqldb.DB).Discharges),
		listRoute(involvementForm, (*sqldb.DB).Involvements),
	}
}

// listRoute is GET /{type}: the records of form's type that svc lists.
func listRoute[T, F any, S rastro.Records[T, F]](form recordForm[T], svc func(*sqldb.DB) S) route {
	params := filterParams[F]()
	return route{Method: "GET", Path: "/" + form.name, Perm: auth.PermReadRecords, Page: "records", Kind: both,
		Summary: "The " + form.name + ", as rastro " + strings.TrimSuffix(form.name, "s") + " list (filters: " + strings.Join(params, ", ") + ")",
		h:       listRecords(form, svc)}.io(nil, listView{}, params...)
}

func listRecords[T, F any, S rastro.Records[T, F]](form recordForm[T], svc func(*sqldb.DB) S) handler {
	return func(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
		f, p, err := queryFilter[F](r, 100, nil)
		if err != nil {
			return nil, err
		}
		list, total, err := svc(s.cfg.DB).List(r.Context(), f)
		if err != nil {
			return nil, err
		}
		if list == nil {
			list = []*T{}
		}
		v := listView{Type: form.name, Records: list, page: p}
		v.links(r, len(list), total)
		if isAPI(r) {
			return v, nil
		}
		q := r.URL.Query()
		for _, fl := range fieldset.Of(reflect.TypeFor[F]()) {
			if paging[fl.Name] {
				continue
			}
			ff := formField{Name: fl.Param(), Kind: "text", Value: q.Get(fl.Param())}
			if kind := labels.KindOf(fl.Type); kind != "" {
				ff.Kind, ff.Enum, ff.Options = "choice", kind, labels.Enums[kind].Values()
			}
			v.Filters = append(v.Filters, ff)
		}
		var e editView
		form.into(&e, new(T))
		v.Columns = shown(e.Fields)
		for _, rec := range list {
			form.into(&e, rec)
			v.Rows = append(v.Rows, listRow{ID: form.record(rec).ID, Fields: shown(e.Fields)})
		}
		for _, l := range listLists {
			if l != form.name {
				v.Lists = append(v.Lists, l)
			}
		}
		return v, nil
	}
}

// shown are the fields a list's row shows: long texts stay on the
// record's page.
func shown(fields []formField) []formField {
	var out []formField
	for _, f := range fields {
		if f.Kind != "textarea" && f.Kind != "json" {
			out = append(out, f)
		}
	}
	return out
}
