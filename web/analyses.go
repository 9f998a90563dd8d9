package web

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/disparity"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/reconcile"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/sqldb"
)

// analysed loads every record the actor may read and runs the analyses
// over those f selects, as the report does.
func (s *Server) analysed(ctx context.Context, f report.Filter) (*report.Input, error) {
	// The analyses and the report name protected people by record number
	// only: nothing is decrypted, so nothing needs auditing.
	b, err := s.cfg.DB.Export(sqldb.WithoutReveal(ctx))
	if err != nil {
		return nil, err
	}
	reviews, err := s.reviews(ctx)
	if err != nil {
		return nil, err
	}
	in := &report.Input{Data: b, Filter: f, Departments: s.cfg.Departments, Generated: time.Now()}
	if err := report.Analyze(in, assess.MustDefaultRules(), reviews, poverty); err != nil {
		return nil, err
	}
	return in, nil
}

// reviews are the reviewers' sign-offs and overrides, as the assessment
// takes them.
func (s *Server) reviews(ctx context.Context) ([]assess.Review, error) {
	rows, err := s.cfg.DB.Reviews(ctx, 0)
	if err != nil {
		return nil, err
	}
	reviews := make([]assess.Review, len(rows))
	for i, r := range rows {
		reviews[i] = assess.Review{ActID: r.ActID, Decision: assess.Decision(r.Decision), Conclusion: r.Conclusion,
			Reviewer: r.Reviewer, Reason: r.Reason, Time: r.CreatedAt, RulesVersion: r.RulesVersion}
	}
	return reviews, nil
}

// poverty is the total poverty rate of a UBIGEO area from the gazetteer.
func poverty(ubigeo string) (float64, bool) {
	p, ok := gazetteer.Default().Lookup(ubigeo)
	if !ok || p.PovertyTotal == nil {
		return 0, false
	}
	return *p.PovertyTotal, true
}

// dashboardView holds the headline figures.
type dashboardView struct {
	Name          string        `json:"name,omitempty"`
	Synthetic     bool          `json:"synthetic"`
	Incidents     int           `json:"incidents"`
	Cases         int           `json:"cases"`  // deaths and injuries assessed
	Killed        int           `json:"killed"` // people killed
	Extrajudicial int           `json:"possible_extrajudicial_executions"`
	Headline      []report.Stat `json:"headline"`
	// Flags are the reconciliation's gaps at Juliaca (and, when there are
	// none there, the first flagged groups elsewhere).
	Flags         []groupFlag `json:"reconciliation_flags"`
	FlaggedTotal  int         `json:"reconciliation_flagged_groups"`
	PendingClaims int         `json:"pending_claims"`
}

type groupFlag struct {
	IncidentID int64       `json:"incident_id"`
	Place      string      `json:"place"`
	Day        rastro.Date `json:"day"`
	Rounds     int         `json:"rounds_reported"`
	Killed     int         `json:"gunshot_killed"`
	Code       string      `json:"code"`
	// Message is the flag's sentence in the request's language.
	Message string `json:"message"`
}

func dashboard(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	in, err := s.analysed(ctx, report.Filter{})
	if err != nil {
		return nil, err
	}
	ov, err := report.NewOverview(in, langFrom(ctx))
	if err != nil {
		return nil, err
	}
	v := dashboardView{Name: in.Data.Meta["name"], Synthetic: in.Data.Meta["synthetic"] == "true",
		Incidents: len(in.Data.Incidents), Headline: ov.Headline}
	if a := in.Assessment; a != nil {
		v.Cases, v.Killed, v.Extrajudicial = a.Cases, a.Killed, a.FinalByConclusion[report.ConclusionExtrajudicial]
	}
	v.Flags, v.FlaggedTotal = juliacaFlags(in.Reconciliation, langFrom(ctx))
	pending := rastro.ClaimPending
	if _, n, err := s.cfg.DB.Claims().List(ctx, rastro.ClaimFilter{Status: &pending, Limit: 1}); err == nil {
		v.PendingClaims = n
	} else {
		return nil, err
	}
	return v, nil
}

// juliacaFlags picks the reconciliation flags at Juliaca, the case the
// headline names; without any there, the first three flagged groups.
func juliacaFlags(rep *reconcile.Report, lang string) ([]groupFlag, int) {
	if rep == nil {
		return nil, 0
	}
	var at, other []groupFlag
	for _, g := range rep.Groups {
		for _, f := range g.Flags {
			gf := groupFlag{IncidentID: g.IncidentID, Place: g.Place, Day: g.Day, Rounds: g.Total.Rounds,
				Killed: g.Total.GunshotKilled, Code: f.Code, Message: f.Sentence(lang)}
			if strings.Contains(strings.ToLower(g.Place), "juliaca") {
				at = append(at, gf)
			} else if len(other) < 3 {
				other = append(other, gf)
			}
		}
	}
	if len(at) > 0 {
		return at, rep.Flagged
	}
	return other, rep.Flagged
}

type analysesView struct {
	Assessment     *assessSummary    `json:"assessment"`
	Reconciliation *reconcile.Report `json:"reconciliation"`
	Disparity      *disparity.Report `json:"disparity"`
	DisparityText  *disparityText    `json:"-"` // the same, laid out for the page
}

type assessSummary struct {
	RulesVersion string          `json:"rules_version"`
	Cases        int             `json:"cases"`
	Killed       int             `json:"killed"`
	Injured      int             `json:"injured"`
	Final        map[string]int  `json:"final_by_conclusion"`
	Results      []assess.Result `json:"results"`
	CanShow      string          `json:"can_show"`
	CannotShow   string          `json:"cannot_show"`
}

func analyses(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	in, err := s.analysed(r.Context(), report.Filter{})
	if err != nil {
		return nil, err
	}
	d, err := disparityOf(r, in)
	if err != nil {
		return nil, err
	}
	dt, err := layoutDisparity(r, d)
	if err != nil {
		return nil, err
	}
	a := in.Assessment
	return analysesView{
		Disparity: d, DisparityText: dt,
		Assessment: &assessSummary{RulesVersion: a.RulesVersion, Cases: a.Cases, Killed: a.Killed, Injured: a.Injured,
			Final: a.FinalByConclusion, Results: a.Results, CanShow: a.CanShow, CannotShow: a.CannotShow},
		Reconciliation: in.Reconciliation,
	}, nil
}

// reportFilter reads from, to and place from the query.
func reportFilter(r *http.Request) (report.Filter, error) {
	var f report.Filter
	var err error
	q := r.URL.Query()
	if f.From, err = rastro.ParseDate(q.Get("from")); err != nil {
		return f, rastro.Errorf(rastro.EINVALID, "from: %s", rastro.ErrorMessage(err))
	}
	if f.To, err = rastro.ParseDate(q.Get("to")); err != nil {
		return f, rastro.Errorf(rastro.EINVALID, "to: %s", rastro.ErrorMessage(err))
	}
	f.Ubigeo = q.Get("place")
	if strings.Trim(f.Ubigeo, "0123456789") != "" || len(f.Ubigeo) > 6 {
		return f, rastro.Errorf(rastro.EINVALID, "place %q: want 1 to 6 digits of a UBIGEO code", f.Ubigeo)
	}
	return f, nil
}

// reportPage writes the report package's self-contained HTML report.
func reportPage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	f, err := reportFilter(r)
	if err != nil {
		return nil, err
	}
	in, err := s.analysed(r.Context(), f)
	if err != nil {
		return nil, err
	}
	lang := r.URL.Query().Get("lang")
	if lang == "" {
		lang = langFrom(r.Context())
	}
	var buf strings.Builder
	if err := report.Render(&buf, in, report.Options{Lang: lang}); err != nil {
		return nil, err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write([]byte(buf.String()))
	return nil, nil
}
