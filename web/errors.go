package web

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/rastro-project/rastro"
)

// statusOf is the one place that maps application error codes to HTTP
// statuses.
func statusOf(err error) int {
	switch rastro.ErrorCode(err) {
	case rastro.EINVALID:
		return http.StatusBadRequest
	case rastro.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case rastro.EFORBIDDEN:
		return http.StatusForbidden
	case rastro.ENOTFOUND:
		return http.StatusNotFound
	case rastro.ECONFLICT:
		return http.StatusConflict
	case rastro.ENOTIMPLEMENTED:
		return http.StatusNotImplemented
	}
	return http.StatusInternalServerError
}

// fail answers with err: JSON under /api, an error page otherwise. Only
// internal errors are logged, with the method and route pattern but never
// the path's values or the body (they may name people).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := rastro.ErrorCode(err)
	if code == rastro.EINTERNAL {
		if errors.Is(err, http.ErrAbortHandler) {
			panic(err)
		}
		s.log.Error("internal error", "method", r.Method, "route", r.Pattern, "err", err)
	}
	status := statusOf(err)
	if status == http.StatusUnauthorized && !isAPI(r) {
		http.Redirect(w, r, "/login?next="+url.QueryEscape(safeNext(r.URL.RequestURI())), http.StatusSeeOther)
		return
	}
	msg := rastro.ErrorMessage(err)
	if isAPI(r) {
		writeJSON(w, status, apiError{Error: msg, Code: code})
		return
	}
	s.render(w, r, status, "error", errorView{Status: status, Code: code, Message: msg})
}

// apiError is the body of every JSON error answer.
type apiError struct {
	Error   string `json:"error"`
	Code    string `json:"code"`
	Current any    `json:"current,omitempty"` // on a conflict: the stored record
}

type errorView struct {
	Status  int
	Code    string
	Message string
}
