package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/claimaccept"
	"github.com/rastro-project/rastro/extract/claimdata"
	"github.com/rastro-project/rastro/fieldset"
	"github.com/rastro-project/rastro/internal/fold"
)

type claimsView struct {
	// Claims are the first claim of each group shown.
	Claims []*rastro.Claim `json:"claims"`
	// Groups are the claims that say the same thing, decided at once.
	Groups []claimGroup `json:"groups"`
	// Context holds the words around each claim in its source, for the
	// reviewer to judge it by.
	Context map[int64]claimContext `json:"-"`
	page
	Status string `json:"status"`
	Kind   string `json:"kind,omitempty"`
	Source int64  `json:"source,omitempty"`
	Query  string `json:"q,omitempty"`
	// For the page: source titles, proposals for counts, picker choices.
	Sources   map[int64]string                `json:"-"`
	Proposals map[int64]*claimaccept.Proposal `json:"-"`
	Pickers   map[string][]pick               `json:"-"`
	Kinds     []string                        `json:"-"`
	Statuses  []string                        `json:"-"` // the status filter's choices: the statuses, then "all"
	// Readings are the gazetteer's readings of an ambiguous place claim,
	// in rank order, for the reviewer to choose one.
	Readings map[int64][]string `json:"-"`
	// Decided is the claim the last form decided (?decided=ID), told
	// at the top of the queue with a link to its record.
	Decided *rastro.Claim `json:"-"`
}

// claimGroup is claims that say the same thing (claimaccept.GroupKey).
type claimGroup struct {
	IDs []int64 `json:"ids"`
	// List is the IDs as a form sends them.
	List string `json:"-"`
}

func claims(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	q := r.URL.Query()
	v := claimsView{Status: q.Get("status"), Kind: q.Get("kind"), Query: strings.TrimSpace(q.Get("q")), Sources: map[int64]string{},
		Context: map[int64]claimContext{}, Proposals: map[int64]*claimaccept.Proposal{}, Groups: []claimGroup{},
		Readings: map[int64][]string{}}
	if v.Status == "" {
		v.Status = string(rastro.ClaimPending)
	}
	// Kind and status are checked as every list's filters are; "all"
	// statuses is the page's own.
	var f rastro.ClaimFilter
	filter := url.Values{"kind": {v.Kind}}
	if v.Status != "all" {
		filter.Set("status", v.Status)
	}
	if err := fieldset.FromQuery(&f, filter, nil); err != nil {
		return nil, err
	}
	if id, err := strconv.ParseInt(q.Get("decided"), 10, 64); err == nil && id > 0 {
		v.Decided, _ = s.cfg.DB.Claims().Find(ctx, id) // a claim gone since is not told
	}
	if src := q.Get("source"); src != "" {
		id, err := strconv.ParseInt(src, 10, 64)
		if err != nil || id <= 0 {
			return nil, rastro.Errorf(rastro.EINVALID, "source %q: want a source from the list", src)
		}
		v.Source, f.SourceID = id, &id
	}
	p, err := pageOf(r, 100)
	if err != nil {
		return nil, err
	}
	all, _, err := s.cfg.DB.Claims().List(ctx, f)
	if err != nil {
		return nil, err
	}
	// Words to find, in the claim's words or summary; then the groups.
	words := strings.Fields(fold.Lower(v.Query))
	index := map[string]int{}
	var firsts []*rastro.Claim
	for _, c := range all {
		hay := fold.Lower(c.Summary + " " + c.Text)
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(hay, w)
		}
		if !ok {
			continue
		}
		key := strconv.FormatInt(c.SourceID, 10) + "\x00" + claimaccept.GroupKey(c)
		if c.Status != rastro.ClaimPending {
			key = strconv.FormatInt(c.ID, 10) // decided claims stand alone
		}
		if i, ok := index[key]; ok {
			v.Groups[i].IDs = append(v.Groups[i].IDs, c.ID)
			continue
		}
		index[key] = len(firsts)
		firsts = append(firsts, c)
		v.Groups = append(v.Groups, claimGroup{IDs: []int64{c.ID}})
	}
	total := len(firsts)
	lo, hi := min(p.Offset, total), min(p.Offset+p.Limit, total)
	v.Claims, v.Groups = firsts[lo:hi], v.Groups[lo:hi]
	if v.Claims == nil {
		v.Claims = []*rastro.Claim{}
	}
	for i := range v.Groups {
		var ids []string
		for _, id := range v.Groups[i].IDs {
			ids = append(ids, strconv.FormatInt(id, 10))
		}
		v.Groups[i].List = strings.Join(ids, ",")
	}
	v.page = p
	v.links(r, len(v.Claims), total)
	if isAPI(r) {
		return v, nil
	}
	ids := make([]int64, len(v.Claims))
	for i, c := range v.Claims {
		ids[i] = c.SourceID
	}
	sources, err := s.cfg.DB.SourcesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, c := range v.Claims {
		src := sources[c.SourceID]
		if src == nil {
			return nil, rastro.Errorf(rastro.ENOTFOUND, "source %d of claim %d not found", c.SourceID, c.ID)
		}
		v.Sources[c.SourceID] = src.Title
		v.Context[c.ID] = contextOf(src.Text, c.Start, c.End)
		if c.Status == rastro.ClaimPending {
			if v.Proposals[c.ID], err = claimaccept.Propose(ctx, s.cfg.DB, c); err != nil {
				return nil, err
			}
			v.Readings[c.ID] = placeReadings(c)
		}
	}
	if err := s.queueChoices(r, &v); err != nil {
		return nil, err
	}
	return v, nil
}

// queueChoices loads what the queue's filters and pickers offer.
func (s *Server) queueChoices(r *http.Request, v *claimsView) error {
	v.Kinds = rastro.ClaimKind("").Values()
	v.Statuses = append(rastro.ClaimStatus("").Values(), "all")
	srcs, _, err := s.cfg.DB.Sources().List(r.Context(), rastro.SourceFilter{Limit: 500})
	if err != nil {
		return err
	}
	for _, src := range srcs {
		v.Sources[src.ID] = src.Title
	}
	v.Pickers = map[string][]pick{}
	for _, t := range []string{"incidents", "acts", "places", "units", "persons"} {
		all, err := s.picks(r.Context(), t)
		if err != nil {
			return err
		}
		v.Pickers[t] = all[:min(len(all), maxPicks)]
	}
	return nil
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
	// A picker sends the record as "type:id" (incidents:12).
	if t, id, ok := strings.Cut(r.PostFormValue("target"), ":"); ok {
		d.TargetType = strings.TrimSuffix(t, "s")
		r.PostForm.Set("target_id", id)
	}
	if s := strings.TrimSpace(r.PostFormValue("target_id")); s != "" {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			return d, rastro.Errorf(rastro.EINVALID, "record ID %q: want a positive number", s)
		}
		d.TargetID = id
	}
	d.Title, d.Date, d.Confidence = r.PostFormValue("title"), r.PostFormValue("date"), r.PostFormValue("confidence")
	d.PlaceUbigeo = r.PostFormValue("place_ubigeo")
	for name, dst := range map[string]*int64{"place_id": &d.PlaceID, "unit_id": &d.UnitID} {
		if s := strings.TrimSpace(r.PostFormValue(name)); s != "" {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil || id <= 0 {
				return d, rastro.Errorf(rastro.EINVALID, "%s %q: choose one from the list", strings.TrimSuffix(name, "_id"), s)
			}
			*dst = id
		}
	}
	if s := r.PostFormValue("candidate"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return d, rastro.Errorf(rastro.EINVALID, "reading %q: choose one from the list", s)
		}
		d.Candidate = n
	}
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

// RecordPage is the page of the record a claim was accepted into or
// linked to (an act's is its form: acts have no page of their own).
func (v view) RecordPage(recordType string, id int64) string {
	p := "/" + recordType + "s/" + strconv.FormatInt(id, 10)
	if recordType == "act" {
		p += "/edit"
	}
	return p
}

// backDecided is back with the decided claim named (?decided=ID), for
// the queue to tell what became of it.
func backDecided(r *http.Request, done []*rastro.Claim) string {
	to := back(r)
	u, err := url.Parse(to)
	if err != nil || len(done) == 0 || u.Path != "/claims" {
		return to
	}
	q := u.Query()
	q.Set("decided", strconv.FormatInt(done[0].ID, 10))
	u.RawQuery = q.Encode()
	return u.String()
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
	return seeOther{To: backDecided(r, []*rastro.Claim{c}), Data: c}, nil
}

func acceptClaim(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return decideClaim(w, r, func(id int64, d ClaimDecision) (*rastro.Claim, error) {
		return claimaccept.Accept(r.Context(), s.cfg.DB, id, d)
	})
}

func linkClaim(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return decideClaim(w, r, func(id int64, d ClaimDecision) (*rastro.Claim, error) {
		return claimaccept.Link(r.Context(), s.cfg.DB, id, d)
	})
}

func rejectClaim(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return decideClaim(w, r, func(id int64, d ClaimDecision) (*rastro.Claim, error) {
		return s.cfg.DB.RejectClaim(r.Context(), id, d.Reason)
	})
}

// placeReadings names the readings of an ambiguous place claim (nil for
// other claims): "Lima · district · Lima · 150101".
func placeReadings(c *rastro.Claim) []string {
	if c.Kind != rastro.ClaimPlace {
		return nil
	}
	var d claimdata.PlaceData
	if json.Unmarshal(c.Data, &d) != nil || len(d.Candidates) < 2 {
		return nil
	}
	var out []string
	for _, r := range d.Candidates {
		parts := []string{r.Name, r.Level}
		for _, p := range []string{r.Province, r.Department, r.Ubigeo} {
			if p != "" && p != r.Name {
				parts = append(parts, p)
			}
		}
		out = append(out, strings.Join(parts, " · "))
	}
	return out
}
