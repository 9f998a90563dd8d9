package web

import (
	"net/http"

	"github.com/rastro-project/rastro"
)

type auditView struct {
	Entries []*rastro.AuditEntry `json:"entries"`
	Total   int                  `json:"total"`
}

func auditLog(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	if s.cfg.Audit == nil {
		return nil, rastro.Errorf(rastro.ENOTIMPLEMENTED, "this server has no audit log to show")
	}
	off, err := queryInt(r, "offset", 0)
	if err != nil {
		return nil, err
	}
	es, total, err := s.cfg.Audit.ListAudit(r.Context(), rastro.AuditFilter{Offset: off, Limit: 200})
	if err != nil {
		return nil, err
	}
	if es == nil {
		es = []*rastro.AuditEntry{}
	}
	return auditView{Entries: es, Total: total}, nil
}
