package web

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/victims"
)

// handler does the work of one route. It returns what to show (rendered
// with the route's page, or written as JSON under /api), a seeOther after
// a form post, or nil when it wrote the answer itself.
type handler func(s *Server, w http.ResponseWriter, r *http.Request) (any, error)

// route is one line of the route table.
type route struct {
	Method string
	Path   string // the page's path; the API's is /api + Path
	// Perm is the permission the route needs; "" means no login needed.
	Perm auth.Permission
	Page string // template the page is rendered with; "" when the handler answers itself
	// Kind says where the route is served: as a page at Path, as JSON at
	// /api + Path, or both.
	Kind    kind
	Summary string
	h       handler
	// For the OpenAPI document: the JSON body the API takes and answers
	// (nil: none, or not JSON) and the query parameters it reads.
	In, Out any
	Query   []string
}

// io notes the route's JSON body types and query parameters.
func (rt route) io(in, out any, query ...string) route {
	rt.In, rt.Out, rt.Query = in, out, query
	return rt
}

type kind int

const (
	pageOnly kind = 1 << iota
	apiOnly
	both = pageOnly | apiOnly
)

// patterns returns the mux patterns of the route ("" when not served so).
func (rt route) patterns() (page, api string) {
	if rt.Kind&pageOnly != 0 {
		page = rt.Method + " " + rt.Path
	}
	if rt.Kind&apiOnly != 0 {
		api = rt.Method + " " + apiPath(rt.Path)
	}
	return page, api
}

// apiPath is the API path of a page path ("/{$}", the dashboard, is
// /api/dashboard); paths under /api/ are API-only routes.
func apiPath(p string) string {
	switch {
	case strings.HasPrefix(p, "/api/"):
		return p
	case p == "/{$}":
		return "/api/dashboard"
	}
	return "/api" + p
}

// routeTable is every route with the permission it needs: THE place where
// the web app checks permissions (through auth.Can).
func routeTable() []route {
	R := func(method, path string, perm auth.Permission, page string, k kind, summary string, h handler) route {
		return route{Method: method, Path: path, Perm: perm, Page: page, Kind: k, Summary: summary, h: h}
	}
	const (
		read    = auth.PermReadRecords
		edit    = auth.PermEditRecords
		review  = auth.PermReviewClaims
		analyse = auth.PermRunAnalyses
		export  = auth.PermExport
		upload  = auth.PermUploadEvidence
		audit   = auth.PermReadAudit
		tokens  = auth.PermAPITokens
		users   = auth.PermManageUsers
		signOff = auth.PermSignOff
	)
	return append([]route{
		R("GET", "/login", "", "login", pageOnly, "Login form", loginPage),
		R("POST", "/login", "", "login", pageOnly, "Log in (name, password, TOTP code)", login),
		R("POST", "/logout", read, "", pageOnly, "Log out", logout),
		R("GET", "/lang/{lang}", "", "", pageOnly, "Switch the language (en, es)", switchLang),
		R("GET", "/api/openapi.json", "", "", apiOnly, "This OpenAPI document", openAPI),
		R("GET", "/api/me", read, "", apiOnly, "The user the request acts as", me).io(nil, meView{}),
		R("GET", "/account", read, "account", pageOnly, "The user's account and personal API tokens", account),
		R("GET", "/tokens", tokens, "", apiOnly, "The user's personal API tokens", listTokens).io(nil, []auth.APIToken{}),
		R("POST", "/tokens", tokens, "account", both, "Create a personal API token (shown once)", newToken).io(tokenRequest{}, tokenAnswer{}),
		R("POST", "/tokens/{id}/revoke", tokens, "", both, "Revoke one of the user's API tokens", revokeToken).io(nil, map[string]int64{}),
		R("GET", "/users", users, "users", both, "Accounts (admins)", listUsers).io(nil, usersView{}),

		R("GET", "/{$}", read, "dashboard", both, "Headline figures", dashboard).io(nil, dashboardView{}),
		R("GET", "/incidents", read, "incidents", both, "Incidents (filters: q, from, to, place (a UBIGEO prefix), place_id, tag, offset, limit), with map and timeline", incidents).io(nil, incidentsView{}, "q", "from", "to", "place", "place_id", "tag", "offset", "limit"),
		R("GET", "/incidents/new", edit, "incident_edit", pageOnly, "Form of a new incident", incidentForm.newPage(blank[rastro.Incident])),
		R("POST", "/incidents", edit, "incident_edit", both, "Create an incident", incidentForm.create).io(rastro.Incident{}, rastro.Incident{}),
		R("GET", "/incidents/{id}", read, "incident", both, "An incident with its acts, involvements, evidence and citations (assessment=1: with each act's use-of-force assessment)", incident).io(nil, incidentView{}, "assessment"),
		R("GET", "/incidents/{id}/chain", read, "incident_chain", both, "The command picture of an incident: units involved, persons named, everyone in command on the day up to the highest level, and each unit's chain (as rastro chain --incident)", incidentChain).io(nil, incidentChainView{}),
		R("GET", "/incidents/{id}/chain.svg", read, "", both, "The graph of an incident's command chains as an SVG file, as rastro chain --incident ID --svg FILE", incidentChainSVG),
		R("GET", "/incidents/{id}/edit", edit, "incident_edit", pageOnly, "Edit form of an incident", incidentForm.editPage),
		R("POST", "/incidents/{id}", edit, "conflict", pageOnly, "Save an incident edit (the form carries the version)", incidentForm.update),
		R("PUT", "/incidents/{id}", edit, "", apiOnly, "Update an incident (stale version: 409 with the stored record)", incidentForm.update).io(incidentPatch{}, rastro.Incident{}),
		R("GET", "/acts/new", edit, "act_edit", pageOnly, "Form of a new act of an incident (incident=ID)", actForm.newPage(newAct)),
		R("POST", "/acts", edit, "act_edit", both, "Add an act to an incident (the form may name a new victim and add a citation)", actForm.create).io(rastro.Act{}, rastro.Act{}),
		R("GET", "/acts/{id}", read, "", apiOnly, "An act", actForm.find).io(nil, rastro.Act{}),
		R("GET", "/acts/{id}/edit", edit, "act_edit", pageOnly, "Edit form of an act", actForm.editPage),
		R("POST", "/acts/{id}", edit, "conflict", pageOnly, "Save an act edit (the form carries the version)", actForm.update),
		R("PUT", "/acts/{id}", edit, "", apiOnly, "Update an act: the fields given, with the version (stale version: 409 with the stored record)", actForm.update).io(rastro.Act{}, rastro.Act{}),
		R("POST", "/acts/{id}/review", signOff, "", both, "Sign off (decision sign_off) or override (with conclusion and reason) an act's use-of-force assessment", reviewAct).io(reviewRequest{}, sqldb.Review{}),
		R("GET", "/persons", read, "persons", both, "Persons, filtered as rastro person list (filters: "+strings.Join(filterParams[rastro.PersonFilter](), ", ")+"; q: the name), protected fields redacted without read_protected", persons).io(nil, personsView{}, append(filterParams[rastro.PersonFilter](), "q")...),
		R("GET", "/persons/new", edit, "person_edit", pageOnly, "Form of a new person", personForm.newPage(blank[rastro.Person])),
		R("POST", "/persons", edit, "person_edit", both, "Create a person", personForm.create).io(rastro.Person{}, rastro.Person{}),
		R("GET", "/persons/{id}/edit", edit, "person_edit", pageOnly, "Edit form of a person (a protected identity stays sealed without read_protected)", personForm.editPage),
		R("POST", "/persons/{id}", edit, "conflict", pageOnly, "Save a person edit (the form carries the version)", personForm.update),
		R("PUT", "/persons/{id}", edit, "", apiOnly, "Update a person: the fields given, with the version (stale version: 409 with the stored record; the placeholder keeps a sealed identity)", personForm.update).io(rastro.Person{}, rastro.Person{}),
		R("GET", "/persons/{id}", read, "person", both, "A person", person).io(nil, personView{}),
		R("GET", "/units", read, "units", both, "Security-force units, as rastro unit list (filters: "+strings.Join(filterParams[rastro.UnitFilter](), ", ")+")", units).io(nil, unitsView{}, filterParams[rastro.UnitFilter]()...),
		R("GET", "/units/{id}", read, "unit", both, "A unit and its chain of command on a date (date=YYYY-MM-DD)", unit).io(nil, unitView{}, "date"),
		R("GET", "/units/{id}/chain.svg", read, "", both, "The chain of command on a date (date=YYYY-MM-DD; default the latest incident's) as an SVG file, as rastro chain UNIT --on DATE --svg FILE", unitChainSVG).io(nil, nil, "date"),
		R("GET", "/sources", read, "sources", both, "Sources, filtered as rastro source list (kind, sha256, query or q: full-text search, tag, offset, limit)", sources).io(nil, sourcesView{}, append(filterParams[rastro.SourceFilter](), "q")...),
		R("GET", "/sources/{id}", read, "source", both, "A source with its claims", source).io(nil, sourceView{}),
		R("GET", "/claims", read, "claims", both, "The claim review queue (status=pending by default)", claims).io(nil, claimsView{}, "status", "offset", "limit"),
		R("POST", "/claims/{id}/accept", review, "", both, "Accept a claim into the records", acceptClaim).io(ClaimDecision{}, rastro.Claim{}),
		R("POST", "/claims/{id}/link", review, "", both, "Cite a claim on an existing record", linkClaim).io(ClaimDecision{}, rastro.Claim{}),
		R("POST", "/claims/{id}/reject", review, "", both, "Reject a claim, with the reason", rejectClaim).io(ClaimDecision{}, rastro.Claim{}),
		R("GET", "/evidence", read, "evidence_list", both, "Evidence items", evidenceList).io(nil, evidenceListView{}, "offset", "limit"),
		R("GET", "/evidence/new", upload, "evidence_new", pageOnly, "Evidence upload form", evidenceNew),
		R("POST", "/evidence", upload, "", both, "Upload evidence (multipart, streamed to the locker)", uploadEvidence).io(nil, evidenceView{}),
		R("GET", "/evidence/{id}", read, "evidence", both, "An evidence item with its custody log", evidenceItem).io(nil, evidenceView{}),
		R("GET", "/evidence/{id}/file", read, "", both, "The evidence file (the view is recorded in the custody log; refused, unrecorded, for a request from another site)", evidenceFile).io(nil, nil, "inline"),
		R("POST", "/evidence/{id}/labels", upload, "", both, "Add and remove an item's sensitivity labels, recorded as an annotated custody entry (as rastro evidence label)", labelEvidence).io(labelRequest{}, evidenceView{}),
		R("POST", "/evidence/{id}/custody", upload, "", both, "Append an entry to an item's custody log: transferred, annotated or viewed, with a note (as rastro evidence log)", logCustody).io(custodyRequest{}, evidenceView{}),
		R("GET", "/evidence/verify", upload, "evidence_verify", both, "Re-hash every blob and re-check the custody log's chain and signatures (as rastro verify)", verifyLocker).io(nil, verifyView{}),
		R("POST", "/evidence/bundle", export, "", both, "Download the signed evidence bundle (zip) of an incident, an act or all (scope=all), recording each item as exported (as rastro bundle export)", exportBundle).io(bundleRequest{}, nil),
		R("POST", "/evidence/bundle/verify", read, "bundle_verify", both, "Check an evidence bundle (application/zip, or the form's file bundle): signature, hashes and custody chains; nothing is stored (as rastro bundle verify)", verifyBundle).io(nil, bundleCheckView{}),
		R("GET", "/analyses", analyse, "analyses", both, "Use-of-force assessment, reconciliation of discharge records, disparity between places (from, to, threshold, exposure) and the patterns across incidents (as rastro patterns --json)", analyses).io(nil, analysesView{}, "from", "to", "threshold", "exposure"),
		R("GET", "/report", analyse, "", both, "The HTML report, or its PDF with pdf=yes, with the options of rastro report: lang (en, es), from, to, place (UBIGEO prefix), incident, names=yes (victims by name; protected persons never), threshold and exposure (events, population) of the disparity section", reportPage).io(nil, nil, "lang", "from", "to", "place", "incident", "names", "threshold", "exposure", "pdf"),
		R("POST", "/analyses", analyse, "analyses", both, "The analyses with the use-of-force assessment run on an uploaded rule file and reviews, as rastro analyze --rules FILE --reviews FILE: multipart files rules and reviews, or JSON {rules: the rule file, reviews: [...]}; the file is checked as the command checks it, and the answer names the rules used", analyses).io(assessmentRequest{}, analysesView{}),
		R("POST", "/report", analyse, "", both, "The report (options as GET /report, in the query or the form) with the assessment run on an uploaded rule file and reviews, as POST /analyses takes them", reportPage).io(assessmentRequest{}, nil, "lang", "from", "to", "place", "incident", "names", "threshold", "exposure", "pdf"),
		R("GET", "/transfer", read, "transfer", pageOnly, "Import and export", transferPage),
		R("GET", "/export/{format}", export, "", both, "Export the records (format: bundle.json, csv.zip (one CSV per record type, as rastro export --format csv), acled.csv, incidents.geojson, incidents.kml; acts.csv and acts.xlsx, the acts with their assessment, as rastro report export)", exportRecords),
		R("GET", "/key", read, "", apiOnly, "The installation's public key (PEM) and its fingerprint, which check the custody log and evidence bundles, as rastro key", publicKey).io(nil, keyView{}),
		R("POST", "/import", edit, "", both, "Import a JSON bundle into an empty database, or an ACLED CSV into any (encoding=utf-8|windows-1252; default detected); an error names the line and column at fault and imports nothing (as rastro import)", importRecords).io(rastro.Bundle{}, map[string]any{}, "encoding"),
		R("GET", "/audit", audit, "audit", both, "The audit log, newest first (filters: actor, action, record_type, record_id, from, to as YYYY-MM-DD)", auditLog).io(nil, auditView{}, "actor", "action", "record_type", "record_id", "from", "to", "offset", "limit"),
		// web-polish (issue 12): tags, comments, saved searches and the
		// victim-list import.
		R("GET", "/acts", read, "", apiOnly, "Acts, filtered as rastro act list (incident_id or incident, victim_id, type, munition, tag, offset, limit)", actList).io(nil, actsView{}, append(filterParams[rastro.ActFilter](), "incident")...),
		R("GET", "/incidents/{id}/comments", read, "", apiOnly, "The comments on an incident, oldest first", commentsOn("incident")).io(nil, []sqldb.Comment{}),
		R("POST", "/incidents/{id}/comments", edit, "", both, "Comment on an incident", commentsOn("incident")).io(commentRequest{}, sqldb.Comment{}),
		R("GET", "/acts/{id}/comments", read, "", apiOnly, "The comments on an act, oldest first", commentsOn("act")).io(nil, []sqldb.Comment{}),
		R("POST", "/acts/{id}/comments", edit, "", both, "Comment on an act", commentsOn("act")).io(commentRequest{}, sqldb.Comment{}),
		R("POST", "/acts/comments", edit, "", pageOnly, "Comment on an act chosen in the form (act, body)", actCommentForm),
		R("GET", "/searches", read, "searches", both, "Saved searches", savedSearches).io(nil, searchesView{}),
		R("POST", "/searches", read, "", both, "Save a list's filter under a name (list: incidents, acts, persons, sources)", saveSearch).io(searchRequest{}, sqldb.SavedSearch{}),
		R("GET", "/searches/{id}", read, "", both, "A saved search (the page opens its list with the filter)", runSearch).io(nil, sqldb.SavedSearch{}),
		R("POST", "/searches/{id}/delete", edit, "", both, "Delete a saved search", deleteSearch).io(nil, map[string]int64{}),
		R("GET", "/victims/import", edit, "victims_import", pageOnly, "Import a victim list (CSV): upload, then map its columns", victimsPage),
		R("POST", "/victims/import", edit, "victims_import", both, "Import a victim list: the CSV and its column mapping (field → column) into a source, persons and acts citing each row", importVictims).io(victimImportRequest{}, victims.Result{}),
	},
		// The daily workbench (issue 11): routes_workbench.go; the lists
		// of the types with drawn forms: records_list.go.
		append(workbenchRoutes(), listRoutes()...)...)
}

// register adds the route's page and API patterns to the mux.
func (s *Server) register(rt route) {
	page, api := rt.patterns()
	if page != "" {
		s.handle(page, s.wrap(rt))
	}
	if api != "" {
		s.handle(api, s.wrap(rt))
	}
}

// wrap authenticates the request, checks the route's permission (the only
// permission check of the web app), runs the handler and answers.
func (s *Server) wrap(rt route) http.Handler {
	return http.HandlerFunc(func(w0 http.ResponseWriter, r *http.Request) {
		w := &statusWriter{ResponseWriter: w0, status: http.StatusOK}
		start := time.Now()
		defer func() { s.logRequest(w, r, start) }() // r as the handler saw it, with the user
		ctx := withLang(r.Context(), s.lang(r))
		end := func() {}
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			// A read: the session check and the handler's reads share one
			// read transaction (see sqldb.DB.Snapshot).
			sctx, stop, err := s.cfg.DB.Snapshot(ctx)
			if err != nil {
				s.fail(w, r.WithContext(ctx), err)
				return
			}
			defer stop()
			ctx, end = sctx, stop // ended once the handler is done, before rendering
		}
		u, err := s.authenticate(r.WithContext(ctx))
		if err != nil && rt.Perm != "" {
			s.fail(w, r.WithContext(ctx), err)
			return
		}
		if u != nil {
			ctx = auth.WithActor(withUser(ctx, u), u)
		}
		// One audit entry per request for the protected fields it reads.
		ctx, reads := sqldb.BatchReads(ctx)
		r = r.WithContext(ctx)
		if rt.Perm != "" && !auth.Can(u.Role, rt.Perm) {
			s.fail(w, r, rastro.Errorf(rastro.EFORBIDDEN, "your role (%s) may not do this: it needs the %s permission", u.Role, rt.Perm))
			return
		}
		data, err := rt.h(s, w, r)
		end() // the read transaction ends before the audit entry is written
		if err == nil {
			err = s.flushReads(r, reads)
		}
		if err != nil {
			s.fail(w, r, err)
			return
		}
		switch d := data.(type) {
		case nil:
		case seeOther:
			if isAPI(r) {
				writeJSON(w, http.StatusOK, d.Data)
			} else {
				http.Redirect(w, r, d.To, http.StatusSeeOther)
			}
		default:
			if isAPI(r) {
				writeJSON(w, http.StatusOK, d)
			} else {
				s.render(w, r, http.StatusOK, rt.Page, d)
			}
		}
	})
}

type userKey struct{}

func withUser(ctx context.Context, u *auth.User) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

// userFrom returns the logged-in user, or nil.
func userFrom(ctx context.Context) *auth.User {
	u, _ := ctx.Value(userKey{}).(*auth.User)
	return u
}

// statusWriter remembers the status of the answer for the request log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the connection (uploads).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequest logs the route pattern (never the path's values or the
// query, which may name people), the status and the duration.
func (s *Server) logRequest(w *statusWriter, r *http.Request, start time.Time) {
	attrs := []any{"method", r.Method, "route", r.Pattern, "status", w.status, "ms", time.Since(start).Milliseconds()}
	if u := userFrom(r.Context()); u != nil {
		attrs = append(attrs, "user_id", u.ID)
	}
	s.log.Info("request", attrs...)
}
