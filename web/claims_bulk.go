package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/claimaccept"
)

// bulkRequest is one decision on several claims: a group that says the
// same thing, or claims chosen in the queue.
type bulkRequest struct {
	Action string  `json:"action"` // accept, link, reject
	IDs    []int64 `json:"ids"`
	ClaimDecision
}

// bulkClaims applies one decision to several claims (claimaccept.DecideAll):
// accepting takes the first into a record and cites the others on it.
func bulkClaims(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	var b bulkRequest
	if isAPI(r) {
		if err := decodeJSON(r, &b); err != nil {
			return nil, err
		}
	} else {
		d, err := readDecision(w, r)
		if err != nil {
			return nil, err
		}
		b.ClaimDecision, b.Action = d, r.PostFormValue("action")
		for _, list := range r.PostForm["ids"] {
			for _, f := range strings.Split(list, ",") {
				if f = strings.TrimSpace(f); f == "" {
					continue
				}
				id, err := strconv.ParseInt(f, 10, 64)
				if err != nil || id <= 0 {
					return nil, rastro.Errorf(rastro.EINVALID, "claim %q: choose claims from the queue", f)
				}
				b.IDs = append(b.IDs, id)
			}
		}
	}
	done, err := claimaccept.DecideAll(r.Context(), s.cfg.DB, b.Action, b.IDs, b.ClaimDecision)
	if err != nil {
		return nil, err
	}
	return seeOther{To: backDecided(r, done), Data: done}, nil
}
