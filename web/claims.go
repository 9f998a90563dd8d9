package web

import (
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
)

type claimsView struct {
	Claims []*rastro.Claim `json:"claims"`
	// Context holds the words around each claim in its source, for the
	// reviewer to judge it by.
	Context map[int64]claimContext `json:"-"`
	page
	Status  string           `json:"status"`
	Sources map[int64]string `json:"-"`
	// CanAccept is false when no acceptance rules were wired in.
	CanAccept bool `json:"-"`
}

func claims(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	status := rastro.ClaimStatus(r.URL.Query().Get("status"))
	if status == "" {
		status = rastro.ClaimPending
	}
	switch status {
	case rastro.ClaimPending, rastro.ClaimAccepted, rastro.ClaimLinked, rastro.ClaimRejected:
	default:
		return nil, rastro.Errorf(rastro.EINVALID, "status %q: want pending, accepted, linked or rejected", status)
	}
	p, err := pageOf(r, 100)
	if err != nil {
		return nil, err
	}
	list, total, err := s.cfg.DB.Claims().List(ctx, rastro.ClaimFilter{Status: &status, Offset: p.Offset, Limit: p.Limit})
	if err != nil {
		return nil, err
	}
	if list == nil {
		list = []*rastro.Claim{}
	}
	v := claimsView{Claims: list, page: p, Status: string(status), Sources: map[int64]string{},
		Context: map[int64]claimContext{}, CanAccept: s.cfg.AcceptClaim != nil}
	v.links(r, len(list), total)
	ids := make([]int64, len(list))
	for i, c := range list {
		ids[i] = c.SourceID
	}
	sources, err := s.cfg.DB.SourcesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, c := range list {
		src := sources[c.SourceID]
		if src == nil {
			return nil, rastro.Errorf(rastro.ENOTFOUND, "source %d of claim %d not found", c.SourceID, c.ID)
		}
		v.Sources[c.SourceID] = src.Title
		if !isAPI(r) {
			v.Context[c.ID] = contextOf(src.Text, c.Start, c.End)
		}
	}
	return v, nil
}

// claimContext is a claim's span with the sentence around it.
type claimContext struct{ Before, Span, After string }

// contextOf cuts the sentences around text[start:end]: back to the end of
// the previous sentence and on to the end of the span's, at most 240 bytes
// either side, on character boundaries.
func contextOf(text string, start, end int) claimContext {
	if start < 0 || end > len(text) || start > end {
		return claimContext{}
	}
	const most = 240
	from := max(0, start-most)
	if i := strings.LastIndexAny(text[from:start], ".!?\n"); i >= 0 {
		from += i + 1
	}
	to := min(len(text), end+most)
	if i := strings.IndexAny(text[end:to], ".!?\n"); i >= 0 {
		to = end + i + 1
	}
	for from < start && !utf8.RuneStart(text[from]) {
		from++
	}
	for to > end && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	return claimContext{Before: strings.TrimLeft(text[from:start], " \n"), Span: text[start:end], After: strings.TrimRight(text[end:to], " \n")}
}

// readDecision reads a reviewer's decision from JSON or the queue's form.
func readDecision(w http.ResponseWriter, r *http.Request) (ClaimDecision, error) {
	var d ClaimDecision
	if isAPI(r) {
		if r.ContentLength == 0 {
			return d, nil
		}
		return d, decodeJSON(r, &d)
	}
	if err := parseForm(w, r); err != nil {
		return d, err
	}
	d.TargetType = r.PostFormValue("target_type")
	if s := strings.TrimSpace(r.PostFormValue("target_id")); s != "" {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			return d, rastro.Errorf(rastro.EINVALID, "record ID %q: want a positive number", s)
		}
		d.TargetID = id
	}
	d.Title, d.Date, d.Confidence = r.PostFormValue("title"), r.PostFormValue("date"), r.PostFormValue("confidence")
	d.Field, d.Reason = r.PostFormValue("field"), r.PostFormValue("reason")
	return d, nil
}

// back is where a decision made in the queue returns to.
func back(r *http.Request) string {
	if n := r.PostFormValue("next"); n != "" {
		return safeNext(n)
	}
	return "/claims"
}

// decideClaim reads the decision on the claim of the path and applies it.
func decideClaim(w http.ResponseWriter, r *http.Request, apply func(id int64, d ClaimDecision) (*rastro.Claim, error)) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	d, err := readDecision(w, r)
	if err != nil {
		return nil, err
	}
	c, err := apply(id, d)
	if err != nil {
		return nil, err
	}
	return seeOther{To: back(r), Data: c}, nil
}

func acceptClaim(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return decideClaim(w, r, func(id int64, d ClaimDecision) (*rastro.Claim, error) {
		if s.cfg.AcceptClaim == nil {
			return nil, rastro.Errorf(rastro.ENOTIMPLEMENTED, "this server cannot accept claims into new records; link or reject them")
		}
		return s.cfg.AcceptClaim(r.Context(), id, d)
	})
}

func linkClaim(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return decideClaim(w, r, func(id int64, d ClaimDecision) (*rastro.Claim, error) {
		if d.TargetType == "" || d.TargetID <= 0 {
			return nil, rastro.Errorf(rastro.EINVALID, "link needs the record: target_type (incident, place, discharge, act, unit, person) and target_id")
		}
		return s.cfg.DB.LinkClaim(r.Context(), id, d.Field, sqldb.ClaimTarget{Type: d.TargetType, ID: d.TargetID})
	})
}

func rejectClaim(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return decideClaim(w, r, func(id int64, d ClaimDecision) (*rastro.Claim, error) {
		return s.cfg.DB.RejectClaim(r.Context(), id, d.Reason)
	})
}
