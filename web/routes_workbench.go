package web

import (
	"net/http"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/dependents"
	"github.com/rastro-project/rastro/linkage/dblink"
)

// workbenchRoutes are the routes of the daily workbench (issue 11):
// sources brought in from the browser, pickers, and every record type
// created, edited, merged after a conflict and deleted, named as on the
// command line.
func workbenchRoutes() []route {
	const (
		read = auth.PermReadRecords
		edit = auth.PermEditRecords
	)
	R := func(method, path string, perm auth.Permission, page string, k kind, summary string, h handler) route {
		return route{Method: method, Path: path, Perm: perm, Page: page, Kind: k, Summary: summary, h: h}
	}
	out := []route{
		R("GET", "/sources/new", edit, "source_new", pageOnly, "Form that brings sources in: files, or a pasted text with its metadata", sourceNew),
		R("POST", "/sources", edit, "", both, "Bring sources in: a multipart upload of one or many files (HTML, text, PDF) or a pasted text (field text), with title, published, publisher, url, lang and kind, through intake as rastro ingest does (the same bytes again answer the stored source); or a source record as JSON", postSource).io(rastro.Source{}, ingestView{}),
		R("POST", "/claims/bulk", auth.PermReviewClaims, "", both, "One decision on several claims (a group that says the same thing, or claims chosen in the queue): accept takes the first into a record and cites the others on it; link cites all on the record named; reject rejects all with the reason", bulkClaims).io(bulkRequest{}, []rastro.Claim{}),
		R("POST", "/users", auth.PermManageUsers, "", both, "Add an account (admins): name, role, password, expires (YYYY-MM-DD)", addUser).io(accountRequest{}, auth.User{}),
		R("POST", "/users/{id}", auth.PermManageUsers, "", both, "Change an account (admins): role, disabled, expires (\"\" removes it), password (a reset; the user's sessions end)", updateUser).io(accountRequest{}, auth.User{}),
		R("POST", "/account/password", read, "", both, "Change one's own password, giving the old one (one's sessions end)", changePassword).io(passwordRequest{}, map[string]bool{}),
		R("POST", "/account/totp", read, "account_totp", both, "Start one's own two-factor enrolment: the secret for the authenticator app", enrollTOTP).io(nil, totpView{}),
		R("POST", "/account/totp/confirm", read, "", both, "Confirm one's two-factor enrolment with the app's first code", confirmTOTP).io(totpCode{}, map[string]bool{}),
		R("GET", "/linkage", auth.PermRunAnalyses, "linkage", both, "Linkage of the victims' person records: the pairs waiting for review, the merges, and the estimate of the victims per stratum (lists_by: publisher, kind, source; stratify: place, department, period, perpetrator; "+estimateParams+")", linkagePage).io(nil, linkageView{}, append([]string{"lists_by", "stratify"}, estimateParamNames...)...),
		R("GET", "/estimate", auth.PermRunAnalyses, "estimate", pageOnly, "Form that estimates from capture histories outside the database, as rastro estimate --csv, --persons and --counts", estimatePage),
		R("POST", "/estimate", auth.PermRunAnalyses, "estimate", both, "Estimate from capture histories outside the database, as rastro estimate --csv, --persons and --counts, storing nothing: csv (the text of a histories CSV, one 0/1 column per list and an optional count column; ignore: columns that are not lists), persons (the text of linked records, as rastro link's clusters.csv; person_column, list_column), or counts in Rcapture's order with lists; stratify: a column of the CSV; the page takes a file (format csv or persons) or the counts. A bad file is refused naming its line and column. Estimation options in the query, as GET /linkage: "+estimateParams, estimateFile).io(estimateRequest{}, estimateView{}, estimateParamNames...),
		R("POST", "/linkage", edit, "", both, "Link the person records in the database as rastro link does, with its defaults or the options given (all_persons, keep_place_names, block, match, review, max_cluster, pair_budget, event_year, no_term_frequency, one_per_list; an empty body takes the defaults): store the automatic merges and the review queue", runLinkage).io(linkRun{}, dblink.Result{}),
		R("GET", "/linkage/merges", auth.PermRunAnalyses, "linkage_merges", both, "Every merge of person records, undone ones included, oldest first, as rastro link merges (offset, limit: 100 by default, at most 500)", linkageMerges).io(nil, mergesView{}, "offset", "limit"),
		R("POST", "/linkage/merges", edit, "", both, "Record that two person records are the same person (person_a, person_b, note), as rastro link merge", mergePersons).io(mergeRequest{}, rastro.PersonMerge{}),
		R("POST", "/linkage/merges/{id}/undo", edit, "", both, "Undo a merge, as rastro link undo: the records are apart again and a review decided through it is pending again", undoMerge).io(nil, map[string]int64{}),
		R("POST", "/linkage/reviews/{id}", edit, "", both, "Settle a linkage review item: decision merged or distinct, with a note", decideLink).io(linkDecision{}, map[string]string{}),
		R("GET", "/search", read, "", apiOnly, "The pickers' search: records of a type (incidents, acts, persons, places, units, sources) whose name, date or place hold every word of q", search).io(nil, searchView{}, "type", "q"),
		R("GET", "/gazetteer", read, "", apiOnly, "The readings of a place name in the gazetteer, as places ready to store", gazetteerSearch).io(nil, gazetteerView{}, "q"),
	}
	out = append(out, linkCSVRoutes()...)
	out = append(out, drawnRoutes(sourceForm, nil, false)...)
	out = append(out, drawnRoutes(placeForm, newPlace, true)...)
	out = append(out, drawnRoutes(unitForm, prefilled[rastro.Unit], false)...)
	out = append(out, drawnRoutes(relationForm, prefilled[rastro.UnitRelation], true)...)
	out = append(out, drawnRoutes(postingForm, prefilled[rastro.Posting], true)...)
	out = append(out, drawnRoutes(deploymentForm, prefilled[rastro.Deployment], true)...)
	out = append(out, drawnRoutes(dischargeForm, prefilled[rastro.DischargeRecord], true)...)
	out = append(out, drawnRoutes(involvementForm, prefilled[rastro.Involvement], true)...)
	out = append(out, drawnRoutes(claimForm, newClaim, true)...)
	out = append(out, deleteRoutes(incidentForm, "/incidents")...)
	out = append(out, deleteRoutes(actForm, "/incidents")...)
	out = append(out, deleteRoutes(personForm, "/persons")...)
	out = append(out, deleteRoutes(sourceForm, "/sources")...)
	out = append(out, deleteRoutes(placeForm, "/")...)
	out = append(out, deleteRoutes(unitForm, "/units")...)
	out = append(out, deleteRoutes(relationForm, "/units")...)
	out = append(out, deleteRoutes(postingForm, "/units")...)
	out = append(out, deleteRoutes(deploymentForm, "/units")...)
	out = append(out, deleteRoutes(dischargeForm, "/analyses")...)
	out = append(out, deleteRoutes(involvementForm, "/incidents")...)
	out = append(out, deleteRoutes(claimForm, "/claims")...)
	return out
}

// drawnRoutes are the create, show and edit routes of a type with a drawn
// form. start begins a new record (nil: new records come in another way,
// as sources do); page is false for types whose page exists already.
func drawnRoutes[T any](f recordForm[T], start func(r *http.Request) (*T, error), page bool) []route {
	n := f.name
	one := strings.TrimSuffix(n, "s")
	var out []route
	if start != nil {
		out = append(out,
			route{Method: "GET", Path: "/" + n + "/new", Perm: auth.PermEditRecords, Page: "record_edit", Kind: pageOnly, Summary: "Form of a new " + one, h: f.newPage(start)},
			route{Method: "POST", Path: "/" + n, Perm: auth.PermEditRecords, Page: "record_edit", Kind: both, Summary: "Create a " + one, h: f.create}.io(new(T), new(T)))
	}
	if page {
		out = append(out, route{Method: "GET", Path: "/" + n + "/{id}", Perm: auth.PermReadRecords, Page: "record", Kind: both, Summary: "A " + one + ", with what depends on it", h: f.show}.io(nil, recordView{}))
	}
	return append(out,
		route{Method: "GET", Path: "/" + n + "/{id}/edit", Perm: auth.PermEditRecords, Page: "record_edit", Kind: pageOnly, Summary: "Edit form of a " + one, h: f.editPage},
		route{Method: "POST", Path: "/" + n + "/{id}", Perm: auth.PermEditRecords, Page: "conflict", Kind: pageOnly, Summary: "Save a " + one + " edit (the form carries the version)", h: f.update},
		route{Method: "PUT", Path: "/" + n + "/{id}", Perm: auth.PermEditRecords, Kind: apiOnly, Summary: "Update a " + one + ": the whole record with the version it was read at (stale version: 409 with the stored record)", h: f.update}.io(new(T), new(T)),
	)
}

// deleteRoutes are the merge and delete routes every record type has.
func deleteRoutes[T any](f recordForm[T], after string) []route {
	n := f.name
	one := strings.TrimSuffix(n, "s")
	return []route{
		{Method: "POST", Path: "/" + n + "/{id}/merge", Perm: auth.PermEditRecords, Page: "conflict", Kind: pageOnly, Summary: "Save the fields chosen on the conflict page onto the stored version of a " + one, h: f.merge},
		route{Method: "GET", Path: "/" + n + "/{id}/dependents", Perm: auth.PermReadRecords, Page: "record_delete", Kind: both, Summary: "What depends on a " + one + " and whether it may be deleted (the page confirms a delete)", h: dependentsOf(n)}.io(nil, deleteView{}),
		{Method: "POST", Path: "/" + n + "/{id}/delete", Perm: auth.PermEditRecords, Page: "record_delete", Kind: pageOnly, Summary: "Delete a " + one + " (form: version, and cited=yes for a record citing sources)", h: deleteRecord(n, after)},
		route{Method: "DELETE", Path: "/" + n + "/{id}", Perm: auth.PermEditRecords, Kind: apiOnly, Summary: "Delete a " + one + " (query: version, the version read; cited=yes for a record citing sources); refused with 409 while other records or claims refer to it; audit-logged", h: deleteRecord(n, after)}.io(nil, dependents.Report{}, "version", "cited"),
	}
}
