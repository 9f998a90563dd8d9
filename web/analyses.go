package web

import (
	"bytes"
	"cmp"
	"context"
	"github.com/rastro-project/rastro/patterns"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/disparity"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/reconcile"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/pdf"
	"github.com/rastro-project/rastro/sqldb"
)

// analysed loads every record the actor may read and runs the analyses
// over those f selects, as the report does.
func (s *Server) analysed(ctx context.Context, f report.Filter) (*report.Input, error) {
	return s.analysedWith(ctx, f, disparity.Options{}, assessWith{})
}

// analysedWith is analysed with the disparity section's threshold and
// exposure (as rastro report's --threshold and --exposure), assessed with
// the rules and reviews a request gave besides the stored ones.
func (s *Server) analysedWith(ctx context.Context, f report.Filter, dopt disparity.Options, with assessWith) (*report.Input, error) {
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
	in := &report.Input{Data: b, Filter: f, Departments: s.cfg.Departments, Generated: time.Now(), DisparityOptions: dopt}
	if err := report.Analyze(in, with.rules(), append(reviews, with.Reviews...), poverty); err != nil {
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
	// Patterns are rastro patterns' figures; the page leads to the
	// report's section, which lays them out with what they can show.
	Patterns *patterns.Report `json:"patterns"`
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
	// The rule file assessed with, and the name of its upload ("" for the
	// built-in one).
	RuleSet   *assess.RuleSet `json:"rule_set"`
	RulesFile string          `json:"rules_file,omitempty"`
}

func analyses(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	with, err := readAssessWith(w, r)
	if err != nil {
		return nil, err
	}
	in, err := s.analysedWith(r.Context(), report.Filter{}, disparity.Options{}, with)
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
			Final: a.FinalByConclusion, Results: a.Results, CanShow: a.CanShow, CannotShow: a.CannotShow,
			RuleSet: with.rules(), RulesFile: with.RulesFile},
		Reconciliation: in.Reconciliation,
		Patterns:       in.Patterns,
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

// reportPage writes the report package's self-contained HTML report, or
// its PDF, with the options of rastro report: from, to, place, incident,
// names, threshold, exposure, lang and pdf.
func reportPage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	with, err := readAssessWith(w, r)
	if err != nil {
		return nil, err
	}
	f, err := reportFilter(r)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	if id := q.Get("incident"); id != "" {
		if f.IncidentID, err = strconv.ParseInt(id, 10, 64); err != nil || f.IncidentID <= 0 {
			return nil, rastro.Errorf(rastro.EINVALID, "incident %q: want an incident number", id)
		}
	}
	dopt, err := disparityOptions(r)
	if err != nil {
		return nil, err
	}
	opt := report.Options{Lang: cmp.Or(q.Get("lang"), langFrom(r.Context()))}
	if opt.Names, err = queryBool(r, "names"); err != nil {
		return nil, err
	}
	asPDF, err := queryBool(r, "pdf")
	if err != nil {
		return nil, err
	}
	in, err := s.analysedWith(r.Context(), f, dopt, with)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := report.Render(&buf, in, opt); err != nil {
		return nil, err
	}
	w.Header().Set("Cache-Control", "no-store")
	if !asPDF {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(buf.Bytes())
		return nil, nil
	}
	data, err := printPDF(r.Context(), buf.Bytes())
	if err != nil {
		return nil, err
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Disposition", `attachment; filename="rastro-report.pdf"`)
	w.Write(data)
	return nil, nil
}

// printPDF prints an HTML report as rastro report --pdf does: Chromium
// reads it from a file, which is removed afterwards.
func printPDF(ctx context.Context, html []byte) ([]byte, error) {
	dir, err := os.MkdirTemp("", "rastro-report-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, html, 0o600); err != nil {
		return nil, err
	}
	return pdf.Print(ctx, file)
}

// queryBool reads a yes-or-no parameter: 1, yes, true or on; 0, no,
// false, off or nothing.
func queryBool(r *http.Request, name string) (bool, error) {
	switch v := strings.ToLower(r.URL.Query().Get(name)); v {
	case "1", "yes", "true", "on":
		return true, nil
	case "", "0", "no", "false", "off":
		return false, nil
	default:
		return false, rastro.Errorf(rastro.EINVALID, "%s %q: want yes or no", name, v)
	}
}
