package web

import (
	"net/http"
	"strconv"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/dependents"
	"github.com/rastro-project/rastro/gazetteer"
)

// drawnPage is the page of a record with a drawn form.
func drawnPage(name string) func(id int64) string {
	return func(id int64) string { return "/" + name + "/" + strconv.FormatInt(id, 10) }
}

var (
	sourceForm = drawnForm(drawn{Name: "sources", Choices: withAssertion(map[string][]string{"kind": sourceKinds()})},
		func(s *Server) recordStore[rastro.Source] { return s.cfg.DB.Sources() },
		func(v *rastro.Source) *rastro.Record { return &v.Record },
		func(v *rastro.Source) string { return drawnPage("sources")(v.ID) })
	placeForm = drawnForm(drawn{Name: "places", Choices: withAssertion(map[string][]string{})},
		func(s *Server) recordStore[rastro.Place] { return s.cfg.DB.Places() },
		func(v *rastro.Place) *rastro.Record { return &v.Record },
		func(v *rastro.Place) string { return drawnPage("places")(v.ID) })
	unitForm = drawnForm(drawn{Name: "units", Choices: withAssertion(map[string][]string{"force": rastro.Strings(rastro.Forces)})},
		func(s *Server) recordStore[rastro.Unit] { return s.cfg.DB.Units() },
		func(v *rastro.Unit) *rastro.Record { return &v.Record },
		func(v *rastro.Unit) string { return drawnPage("units")(v.ID) })
	relationForm = drawnForm(drawn{Name: "relations", Choices: withAssertion(map[string][]string{"kind": rastro.Strings(rastro.RelationKinds)}),
		Enums: map[string]string{"kind": "relation"}},
		func(s *Server) recordStore[rastro.UnitRelation] { return s.cfg.DB.UnitRelations() },
		func(v *rastro.UnitRelation) *rastro.Record { return &v.Record },
		func(v *rastro.UnitRelation) string { return drawnPage("relations")(v.ID) })
	postingForm = drawnForm(drawn{Name: "postings", Choices: withAssertion(map[string][]string{"role": rastro.Strings(rastro.PostingRoles)})},
		func(s *Server) recordStore[rastro.Posting] { return s.cfg.DB.Postings() },
		func(v *rastro.Posting) *rastro.Record { return &v.Record },
		func(v *rastro.Posting) string { return drawnPage("postings")(v.ID) })
	deploymentForm = drawnForm(drawn{Name: "deployments", Choices: withAssertion(map[string][]string{})},
		func(s *Server) recordStore[rastro.Deployment] { return s.cfg.DB.Deployments() },
		func(v *rastro.Deployment) *rastro.Record { return &v.Record },
		func(v *rastro.Deployment) string { return drawnPage("deployments")(v.ID) })
	dischargeForm = drawnForm(drawn{Name: "discharges", Choices: withAssertion(map[string][]string{})},
		func(s *Server) recordStore[rastro.DischargeRecord] { return s.cfg.DB.Discharges() },
		func(v *rastro.DischargeRecord) *rastro.Record { return &v.Record },
		func(v *rastro.DischargeRecord) string { return drawnPage("discharges")(v.ID) })
	claimForm = drawnForm(drawn{Name: "claims", Choices: map[string][]string{"kind": rastro.Strings(rastro.ClaimKinds), "status": rastro.Strings(rastro.ClaimStatuses)},
		Enums: map[string]string{"kind": "claim_kind", "status": "claim_status"}},
		func(s *Server) recordStore[rastro.Claim] { return s.cfg.DB.Claims() },
		func(v *rastro.Claim) *rastro.Record { return &v.Record },
		func(v *rastro.Claim) string { return drawnPage("claims")(v.ID) })
	involvementForm = drawnForm(drawn{Name: "involvements", Choices: withAssertion(map[string][]string{"role": rastro.Strings(rastro.Roles)}),
		Enums: map[string]string{"role": "involvement"}},
		func(s *Server) recordStore[rastro.Involvement] { return s.cfg.DB.Involvements() },
		func(v *rastro.Involvement) *rastro.Record { return &v.Record },
		func(v *rastro.Involvement) string { return drawnPage("involvements")(v.ID) })
)

// prefilled starts a new record with the fields the query names
// (/involvements/new?act_id=3), as links from other pages preset them.
func prefilled[T any](r *http.Request) (*T, error) {
	v := new(T)
	return v, setFields(&http.Request{PostForm: r.URL.Query()}, v)
}

// newClaim starts a claim by hand, pending review unless the query says
// otherwise (/claims/new?source_id=3).
func newClaim(r *http.Request) (*rastro.Claim, error) {
	c, err := prefilled[rastro.Claim](r)
	if err == nil && c.Status == "" {
		c.Status = rastro.ClaimPending
	}
	return c, err
}

// newPlace starts a place from the gazetteer reading the query names
// (?ubigeo=211101), else from the query's fields.
func newPlace(r *http.Request) (*rastro.Place, error) {
	if code := r.URL.Query().Get("ubigeo"); code != "" {
		if g, ok := gazetteer.Default().Lookup(code); ok {
			p := g.Rastro()
			return &p, nil
		}
	}
	return prefilled[rastro.Place](r)
}

// recordView is the page of a record with a drawn form: its fields, the
// pickers' labels for its references, and what depends on it.
type recordView struct {
	Type    string             `json:"type"`
	Record  any                `json:"record"`
	Fields  []formField        `json:"-"`
	Labels  map[string]string  `json:"-"`
	Depends *dependents.Report `json:"dependents"`
}

// show answers record {id} with its page.
func (f recordForm[T]) show(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	v, err := f.load(s, r)
	if err != nil {
		return nil, err
	}
	rep, err := dependents.Of(r.Context(), s.cfg.DB, f.name, f.record(v).ID)
	if err != nil {
		return nil, err
	}
	view := recordView{Type: f.name, Record: v, Depends: rep}
	if !isAPI(r) {
		var e editView
		f.into(&e, v) // the form's fields, its choices named
		view.Fields = e.Fields
		view.Labels = map[string]string{}
		for _, fl := range view.Fields {
			if fl.Ref == "" || fl.Value == "" {
				continue
			}
			all, err := s.picks(r.Context(), fl.Ref)
			if err != nil {
				return nil, err
			}
			for _, p := range all {
				if strconv.FormatInt(p.ID, 10) == fl.Value {
					view.Labels[fl.Name] = p.Label
				}
			}
		}
	}
	return view, nil
}

// deleteView is the delete confirmation: what depends on the record, and
// whether it may go.
type deleteView struct {
	Type    string             `json:"type"`
	Report  *dependents.Report `json:"dependents"`
	Reasons []string           `json:"blocked_by,omitempty"`
	Error   string             `json:"-"`
}

// dependentsOf answers what depends on record {id} of the route's type:
// the page is the delete confirmation.
func dependentsOf(name string) handler {
	return func(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
		id, err := pathID(r)
		if err != nil {
			return nil, err
		}
		rep, err := dependents.Of(r.Context(), s.cfg.DB, name, id)
		if err != nil {
			return nil, err
		}
		return deleteView{Type: name, Report: rep, Reasons: rep.Reasons()}, nil
	}
}

// deleteRecord deletes record {id} of the route's type at the version the
// user saw (form field or query "version"); a record citing sources needs
// "cited" set too. The audit log records it. A refused delete shows the
// confirmation again with the reason.
func deleteRecord(name, after string) handler {
	return func(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
		id, err := pathID(r)
		if err != nil {
			return nil, err
		}
		vals := r.URL.Query()
		if !isAPI(r) {
			if err := parseForm(w, r); err != nil {
				return nil, err
			}
			vals = r.PostForm
		}
		version, err := strconv.Atoi(vals.Get("version"))
		if err != nil || version <= 0 {
			return nil, rastro.Errorf(rastro.EINVALID, "give the version of the record you mean to delete")
		}
		cited := vals.Get("cited") == "yes" || vals.Get("cited") == "1" || vals.Get("cited") == "true"
		rep, err := dependents.Delete(r.Context(), s.cfg.DB, name, id, version, cited)
		if err != nil {
			if isAPI(r) || rep == nil || !userError(err) {
				return nil, err
			}
			s.render(w, r, http.StatusConflict, "record_delete", deleteView{Type: name, Report: rep, Reasons: rep.Reasons(), Error: refusal(langFrom(r.Context()), rep, version)})
			return nil, nil
		}
		return seeOther{To: after, Data: rep}, nil
	}
}

// refusal says in lang why dependents.Delete refused to delete the record
// of rep at version: the page lists what refers to it, so only a stale
// version and unconfirmed citations need words.
func refusal(lang string, rep *dependents.Report, version int) string {
	switch {
	case rep.Version != version:
		return translate(lang, "wb.delete_stale", version, rep.Version)
	case rep.Blocked():
		return ""
	}
	return translate(lang, "wb.delete_unconfirmed")
}
