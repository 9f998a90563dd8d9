package web

import (
	"net/http"

	"github.com/rastro-project/rastro"
)

type auditView struct {
	Entries []*rastro.AuditEntry `json:"entries"`
	page
}

func auditLog(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	if s.cfg.Audit == nil {
		return nil, rastro.Errorf(rastro.ENOTIMPLEMENTED, "this server has no audit log to show")
	}
	p, err := pageOf(r, 100)
	if err != nil {
		return nil, err
	}
	f := rastro.AuditFilter{Offset: p.Offset, Limit: p.Limit}
	q := r.URL.Query()
	for name, field := range map[string]**string{"actor": &f.Actor, "action": &f.Action, "record_type": &f.RecordType} {
		if v := q.Get(name); v != "" {
			*field = &v
		}
	}
	es, total, err := s.cfg.Audit.ListAudit(r.Context(), f)
	if err != nil {
		return nil, err
	}
	if es == nil {
		es = []*rastro.AuditEntry{}
	}
	v := auditView{Entries: es, page: p}
	v.links(r, len(es), total)
	return v, nil
}
