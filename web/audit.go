package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/labels"
	"github.com/rastro-project/rastro/sqldb"
)

type auditView struct {
	Entries []*rastro.AuditEntry `json:"entries"`
	page
	Query url.Values `json:"-"`
}

// Actions and RecordTypes are the filter's choices.
func (auditView) Actions() []string     { return labels.Values["audit"] }
func (auditView) RecordTypes() []string { return labels.Values["record"] }

// auditFilter reads actor, action, record_type, record_id, from and to
// (dates, inclusive) and the page.
func auditFilter(r *http.Request) (rastro.AuditFilter, page, error) {
	p, err := pageOf(r, 100)
	if err != nil {
		return rastro.AuditFilter{}, p, err
	}
	f := rastro.AuditFilter{Offset: p.Offset, Limit: p.Limit}
	q := r.URL.Query()
	for name, field := range map[string]**string{"actor": &f.Actor, "action": &f.Action, "record_type": &f.RecordType} {
		if v := strings.TrimSpace(q.Get(name)); v != "" {
			*field = &v
		}
	}
	if v := strings.TrimSpace(q.Get("record_id")); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			return f, p, rastro.Errorf(rastro.EINVALID, "record_id %q: want a record number", v)
		}
		f.RecordID = &id
	}
	for name, field := range map[string]**time.Time{"from": &f.Since, "to": &f.Until} {
		v := strings.TrimSpace(q.Get(name))
		if v == "" {
			continue
		}
		day, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return f, p, rastro.Errorf(rastro.EINVALID, "%s %q: want a date as YYYY-MM-DD", name, v)
		}
		if name == "to" {
			day = day.AddDate(0, 0, 1) // the whole last day
		}
		*field = &day
	}
	return f, p, nil
}

func auditLog(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	if s.cfg.Audit == nil {
		return nil, rastro.Errorf(rastro.ENOTIMPLEMENTED, "this server has no audit log to show")
	}
	f, p, err := auditFilter(r)
	if err != nil {
		return nil, err
	}
	es, total, err := s.cfg.Audit.ListAudit(r.Context(), f)
	if err != nil {
		return nil, err
	}
	if es == nil {
		es = []*rastro.AuditEntry{}
	}
	v := auditView{Entries: es, page: p, Query: r.URL.Query()}
	v.links(r, len(es), total)
	return v, nil
}

// flushReads writes the request's one audit entry for the protected fields
// it read, naming the route (never the path's values); a handler that wrote
// its answer itself has it written just after.
func (s *Server) flushReads(r *http.Request, reads *sqldb.ReadBatch) error {
	return reads.Flush(r.Context(), s.cfg.DB, s.clientAddr(r), r.Pattern)
}
