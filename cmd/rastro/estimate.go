package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/mse"
	"github.com/rastro-project/rastro/mse/strata"
	"github.com/spf13/cobra"
)

func init() { register(newEstimateCommand) }

type estimateFlags struct {
	csv, counts string
	lists       int
	stratify    string
	ignore      []string
	persons     string
	dbVictims   bool
	listsBy     string
	personCol   string
	listCol     string
	method      string
	model       string
	psi         []float64
	criterion   string
	rankHet     string
	maxOrder    int
	level       float64
	top         int
	asJSON      bool
	// dga
	delta   float64
	missing string
	prior   string
	// lcmcr
	seed                      uint64
	classes                   int
	burnin, samples, thinning int
}

func newEstimateCommand(m *Main) *cobra.Command {
	var f estimateFlags
	cmd := &cobra.Command{
		Use:   "estimate (--db-victims | --csv FILE | --persons FILE | --counts N,N,... --lists K)",
		Short: "Estimate how many people no list recorded (multiple systems estimation)",
		Long: `Estimate the total number of victims from the overlap of several lists.

Input is capture histories: a CSV with one 0/1 column per list and an optional
count column (without it every row is one person); linked records, one row
per record with the person and the list it comes from (--persons, as rastro
link writes clusters.csv); or counts on the command line in Rcapture's order
(for 3 lists: 111,110,101,100,011,010,001); or the victims in the database
(--db-victims), joined into persons by rastro link's merges, each on the lists
(publishers, by default) their records cite. --stratify gives one estimate per
place, department, period or perpetrator (for a CSV: per value of a column),
and a total.

Methods:
  loglinear  log-linear models as R's Rcapture: M0, Mt, Mh/Mth (Chao, Darroch,
             Poisson, Gamma, Normal), Mt with chosen interactions (Mt+c1:c2),
             saturated, or [generators]; Mb and Mbh (behavioural, lists in
             time order, as closedp.t);
             without --model, the best hierarchical model by --criterion.
             Profile-likelihood interval as closedpCI.t (Chao's log-normal
             interval for Normal, Mb and Mbh). --model fits that model only.
  dga        Bayesian model averaging over decomposable graphs (as HRDAG's dga).
  lcmcr      Bayesian latent-class model (as LCMCR), seeded Gibbs sampler.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := f.histories(cmd.Context(), m)
			if err != nil {
				return err
			}
			if len(st.Names) == 0 {
				return rastro.Errorf(rastro.EINVALID, "no one to count: %s", strings.Join(st.Warnings, "; "))
			}
			if f.stratify == "" {
				out, err := runEstimate(st.By[st.Names[0]], f)
				if err != nil {
					return err
				}
				out.Warnings = append(st.Warnings, out.Warnings...)
				if f.asJSON {
					return writeJSON(m.Stdout, out)
				}
				return out.writeText(m.Stdout, f.top)
			}
			out, err := runStrata(st, f)
			if err != nil {
				return err
			}
			if f.asJSON {
				return writeJSON(m.Stdout, out)
			}
			return out.writeText(m.Stdout)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.csv, "csv", "", "capture histories CSV (- for standard input)")
	fl.StringVar(&f.counts, "counts", "", "counts in Rcapture's order, comma-separated")
	fl.IntVar(&f.lists, "lists", 0, "number of lists, with --counts")
	fl.StringVar(&f.stratify, "stratify", "", "CSV column to stratify by (place, period, perpetrator): one estimate per value")
	fl.StringSliceVar(&f.ignore, "ignore", nil, "CSV columns that are not lists (a person ID, a name)")
	fl.StringVar(&f.persons, "persons", "", "linked records, one row per record of a person on a list (rastro link's clusters.csv; - for standard input)")
	fl.BoolVar(&f.dbVictims, "db-victims", false, "the victims in the database, linked by rastro link's merges; lists are the sources they cite (--lists-by); --stratify "+strings.Join(strata.By, ", "))
	fl.StringVar(&f.listsBy, "lists-by", "publisher", "with --db-victims: what makes a source's list: "+strings.Join(strata.ListsBy, ", "))
	fl.StringVar(&f.personCol, "person-column", "person", "with --persons: the column identifying the linked person")
	fl.StringVar(&f.listCol, "list-column", "list", "with --persons: the column naming the list")
	fl.StringVar(&f.method, "method", "loglinear", "loglinear, dga or lcmcr")
	fl.StringVar(&f.model, "model", "", "log-linear model (M0, Mt, Mth-Chao, Mth-Normal, Mt+c1:c2, saturated, [12,3]; Mb or Mbh for lists in time order); default: best hierarchical model")
	fl.Float64SliceVar(&f.psi, "psi", nil, "heterogeneity values psi(1),…,psi(k) for --model Mh-psi or Mth-psi (as closedp.h's h = psi), e.g. 0.5^s-1: -0.5,-0.75,-0.875")
	fl.StringVar(&f.criterion, "criterion", "aic", "ranking criterion of hierarchical models: aic or bic")
	fl.StringVar(&f.rankHet, "rank-heterogeneity", "", "add a heterogeneity term (Chao, Darroch, Poisson, Gamma) to every ranked model, as closedpMS.t's h")
	fl.IntVar(&f.maxOrder, "max-order", 0, "highest interaction order of the ranked models (default k-1, 2 for 6 lists)")
	fl.Float64Var(&f.level, "level", 0.95, "confidence or credible level")
	fl.IntVar(&f.top, "top", 10, "rows of the ranked table to print (0: all)")
	fl.BoolVar(&f.asJSON, "json", false, "write JSON")
	fl.Float64Var(&f.delta, "delta", 0, "dga: hyper-Dirichlet cell prior (default 2^-k)")
	fl.StringVar(&f.missing, "missing", "", "dga: candidate numbers missed, lo:hi (default 0:max(5n,300))")
	fl.StringVar(&f.prior, "prior", "1/N", "dga: prior on N, 1/N or negbin:a,b")
	fl.Uint64Var(&f.seed, "seed", 1, "lcmcr: random seed (same seed, same result)")
	fl.IntVar(&f.classes, "classes", 10, "lcmcr: maximum number of latent classes K")
	fl.IntVar(&f.burnin, "burnin", 10000, "lcmcr: burn-in iterations")
	fl.IntVar(&f.samples, "samples", 1000, "lcmcr: posterior draws kept")
	fl.IntVar(&f.thinning, "thinning", 10, "lcmcr: iterations between kept draws")
	return cmd
}

func (f estimateFlags) histories(ctx context.Context, m *Main) (*mse.Strata, error) {
	if btoi(f.csv != "")+btoi(f.counts != "")+btoi(f.persons != "")+btoi(f.dbVictims) > 1 {
		return nil, rastro.Errorf(rastro.EINVALID, "give one of --csv, --persons, --counts or --db-victims")
	}
	if f.dbVictims {
		return dbStrata(ctx, m, f)
	}
	if f.csv == "" && f.persons == "" && f.counts == "" {
		return nil, rastro.Errorf(rastro.EINVALID, "no data: give --db-victims, --csv FILE, --persons FILE or --counts N,N,... --lists K")
	}
	in := mse.Input{Counts: f.counts, Lists: f.lists, Stratify: f.stratify, Ignore: f.ignore,
		PersonColumn: f.personCol, ListColumn: f.listCol}
	name := f.csv
	for _, file := range []struct {
		flag, name string
		to         *io.Reader
	}{{"--csv", f.csv, &in.CSV}, {"--persons", f.persons, &in.Persons}} {
		if file.name == "" {
			continue
		}
		r, closeFile, err := openInput(m, file.flag, file.name)
		if err != nil {
			return nil, err
		}
		defer closeFile()
		*file.to, name = r, file.name
	}
	st, err := in.Read()
	if err != nil && name != "" {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: %s", name, rastro.ErrorMessage(err))
	}
	return st, err
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// openInput opens a named file, or standard input for "-".
func openInput(m *Main, flag, name string) (io.Reader, func(), error) {
	if name == "-" {
		return m.Stdin, func() {}, nil
	}
	file, err := os.Open(name)
	if err != nil {
		return nil, nil, rastro.Errorf(rastro.EINVALID, "%s %s: %v", flag, name, err)
	}
	return file, func() { file.Close() }, nil
}

// estimateOutput is what estimate prints, as text or JSON.
type estimateOutput struct {
	Observed  float64          `json:"observed"`
	Lists     []string         `json:"lists"`
	Counts    map[string]int64 `json:"counts"`
	Method    string           `json:"method"`
	Model     string           `json:"model"`
	Estimate  float64          `json:"estimate"`
	StdError  *float64         `json:"std_error,omitempty"`
	Interval  intervalOut      `json:"interval"`
	Fit       *mse.Fit         `json:"fit,omitempty"`
	Warnings  []string         `json:"warnings"`
	Criterion string           `json:"criterion,omitempty"`
	Ranking   []rankRow        `json:"ranking,omitempty"`
	Standard  []*mse.Fit       `json:"standard_models,omitempty"` // as closedp.t
	// Behavioural are closedp.t's Mb and Mbh, for lists taken in time order.
	Behavioural []*mse.Fit       `json:"behavioural_models,omitempty"`
	DGA         *mse.DGAResult   `json:"dga,omitempty"`
	LCMCR       *mse.LCMCRResult `json:"lcmcr,omitempty"`
}

type intervalOut struct {
	Kind  string   `json:"kind"`
	Level float64  `json:"level"`
	Lower float64  `json:"lower"`
	Upper *float64 `json:"upper"` // null when unbounded
}

// rankRow is one ranked model; a Fit writes itself as JSON with nulls for
// what is not finite.
type rankRow = *mse.Fit

// options are the flags' estimation options, checked by package
// mse/strata as the web's are.
func (f estimateFlags) options() strata.EstimateOptions {
	return strata.EstimateOptions{
		MethodOptions: strata.MethodOptions{Method: f.method, Delta: f.delta, Missing: f.missing, Prior: f.prior,
			Seed: f.seed, Classes: f.classes, Burnin: f.burnin, Samples: f.samples, Thinning: f.thinning},
		Model: f.model, Psi: f.psi, Level: f.level,
		Rank: mse.RankOptions{Criterion: f.criterion, MaxOrder: f.maxOrder, Heterogeneity: f.rankHet},
	}
}

func runEstimate(h *mse.Histories, f estimateFlags) (*estimateOutput, error) {
	if err := mse.CheckLevel(f.level); err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "--%s", rastro.ErrorMessage(err))
	}
	r, err := strata.Run(h, f.options())
	if err != nil {
		return nil, err
	}
	return newEstimateOutput(h, r)
}

// newEstimateOutput is what estimate prints of a method's result.
func newEstimateOutput(h *mse.Histories, r *strata.Result) (*estimateOutput, error) {
	out := &estimateOutput{Observed: h.N(), Lists: h.Names, Counts: map[string]int64{}, Method: r.Method,
		Model: r.Model, Estimate: r.N, StdError: r.SE, Fit: r.Fit, Warnings: r.Warnings,
		Interval:    intervalOut{Kind: r.IntervalKind, Level: r.Level, Lower: r.Lower, Upper: r.Upper},
		Behavioural: r.Behavioural, DGA: r.DGA, LCMCR: r.LCMCR}
	for row, c := range h.Counts {
		out.Counts[h.HistoryString(row)] = int64(c)
	}
	if c := r.Choice; c != nil {
		out.Criterion, out.Ranking, out.Standard = c.Criterion, c.Ranking, c.Standard
	}
	if r.Method == "loglinear" && r.Fit == nil {
		return nil, rastro.Errorf(rastro.EINVALID, "no model could be fitted")
	}
	return out, nil
}

func (o *estimateOutput) writeText(w io.Writer, top int) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("Observed: %.0f people on %d lists (%s)\n", o.Observed, len(o.Lists), strings.Join(o.Lists, ", "))
	p("Method:   %s\n", o.Method)
	p("Model:    %s\n", o.Model)
	p("Estimate: %.1f", o.Estimate)
	if o.StdError != nil {
		p(" (s.e. %.1f)", *o.StdError)
	}
	p("\n")
	upper := "unbounded"
	if o.Interval.Upper != nil {
		upper = fmt.Sprintf("%.1f", *o.Interval.Upper)
	}
	p("Interval: %.1f to %s (%g%% %s)\n", o.Interval.Lower, upper, 100*o.Interval.Level, o.Interval.Kind)
	if o.Fit != nil {
		p("Fit:      deviance %.3f on %d df, AIC %.3f, BIC %.3f\n", o.Fit.Deviance, o.Fit.DF, o.Fit.AIC, o.Fit.BIC)
	}
	if o.DGA != nil {
		p("Bayes estimate %.1f, posterior mode %.0f, mean %.1f, median %.0f\n", o.DGA.Bayes, o.DGA.Mode, o.DGA.Mean, o.DGA.Median)
	}
	if o.LCMCR != nil {
		p("Posterior mean %.1f, median %.0f over %d draws (worth %.0f independent ones; Geweke z %.2f); %.1f latent classes occupied on average\n", o.LCMCR.Mean, o.LCMCR.Median, o.LCMCR.Accepted, o.LCMCR.ESS, o.LCMCR.GewekeZ, o.LCMCR.MeanK)
	}
	if len(o.Warnings) > 0 {
		p("Warnings:\n")
		for _, s := range o.Warnings {
			p("  - %s\n", s)
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	if len(o.Ranking) > 0 {
		p("\nHierarchical models ranked by %s:\n", strings.ToUpper(o.Criterion))
		fmt.Fprintln(tw, "model\testimate\ts.e.\tdeviance\tdf\tAIC\tBIC\twarnings\t")
		for i, r := range o.Ranking {
			if top > 0 && i >= top {
				break
			}
			fmt.Fprintf(tw, "%s\t%.1f\t%.1f\t%.3f\t%d\t%.3f\t%.3f\t%d\t\n", r.Model, r.N, r.SE, r.Deviance, r.DF, r.AIC, r.BIC, len(r.Warnings))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, table := range []struct {
		title string
		fits  []*mse.Fit
	}{
		{"Standard models (as Rcapture's closedp.t)", o.Standard},
		{"Behavioural models, for lists taken in time order (closedp.t's Mb and Mbh; not ranked)", o.Behavioural},
	} {
		if len(table.fits) == 0 {
			continue
		}
		p("\n%s:\n", table.title)
		fmt.Fprintln(tw, "model\testimate\ts.e.\tdeviance\tdf\tAIC\tBIC\twarnings\t")
		for _, r := range table.fits {
			fmt.Fprintf(tw, "%s\t%.1f\t%.1f\t%.3f\t%d\t%.3f\t%.3f\t%d\t\n", r.Model, r.N, r.SE, r.Deviance, r.DF, r.AIC, r.BIC, len(r.Warnings))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if o.DGA != nil {
		p("\nDecomposable graphs by posterior probability:\n")
		fmt.Fprintln(tw, "model\tposterior\tBayes estimate\tmode\t")
		for i, r := range o.DGA.Models {
			if top > 0 && i >= top {
				break
			}
			fmt.Fprintf(tw, "%s\t%.4f\t%.1f\t%.0f\t\n", r.Model, r.Posterior, r.Bayes, r.Mode)
		}
	}
	return tw.Flush()
}

// strataOutput is one estimate per stratum and their sum.
type strataOutput struct {
	Column   string            `json:"stratified_by"`
	Strata   []stratumEstimate `json:"strata"`
	Observed float64           `json:"observed"`
	Total    float64           `json:"total_estimate"` // sum of the strata's estimates
	Combined mse.Total         `json:"total"`          // the union of the strata, with its interval
	Warnings []string          `json:"warnings,omitempty"`
}

type stratumEstimate struct {
	Stratum string `json:"stratum"`
	*estimateOutput
}

func runStrata(st *mse.Strata, f estimateFlags) (*strataOutput, error) {
	if err := mse.CheckLevel(f.level); err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "--%s", rastro.ErrorMessage(err))
	}
	rs, total, err := strata.RunStrata(st, f.options())
	if err != nil {
		return nil, err
	}
	out := &strataOutput{Column: f.stratify, Warnings: st.Warnings, Combined: total}
	for i, r := range rs {
		name := st.Names[i]
		e, err := newEstimateOutput(st.By[name], r)
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "stratum %q: %s", name, rastro.ErrorMessage(err))
		}
		out.Strata = append(out.Strata, stratumEstimate{name, e})
		out.Observed += r.Observed
		out.Total += r.N
	}
	return out, nil
}

func (o *strataOutput) writeText(w io.Writer) error {
	c := o.Combined
	upper := "unbounded"
	if !math.IsInf(c.Upper, 1) {
		upper = fmt.Sprintf("%.1f", c.Upper)
	}
	fmt.Fprintf(w, "Stratified by %s: %d strata, %.0f people observed.\n", o.Column, len(o.Strata), o.Observed)
	fmt.Fprintf(w, "Total: %.1f, %g%% interval %.1f to %s (%s)\n", c.Estimate, 100*c.Level, c.Lower, upper, c.Method)
	for _, s := range o.Warnings {
		fmt.Fprintf(w, "Warning: %s\n", s)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "stratum\tobserved\testimate\tlower\tupper\tmodel\twarnings")
	for _, s := range o.Strata {
		upper := "unbounded"
		if s.Interval.Upper != nil {
			upper = fmt.Sprintf("%.1f", *s.Interval.Upper)
		}
		fmt.Fprintf(tw, "%s\t%.0f\t%.1f\t%.1f\t%s\t%s\t%s\n", s.Stratum, s.Observed, s.Estimate, s.Interval.Lower, upper, s.Model, strings.Join(s.Warnings, "; "))
	}
	return tw.Flush()
}
