package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/linkage"
	"github.com/rastro-project/rastro/linkage/csvlink"
	"github.com/spf13/cobra"
)

func init() { register(newLinkCommand) }

type linkFlags struct {
	csv           []string
	mapping       string
	out           string
	blocks        []string
	linkOnly      bool
	onePerList    bool
	match, review float64
	maxCluster    int
	maxBlockPairs int64
	pairBudget    float64
	noTF          bool
	seed          uint64
	allPersons    bool
	keepPlaces    bool
	eventYear     int
	decisions     string
}

func newLinkCommand(m *Main) *cobra.Command {
	var f linkFlags
	cmd := &cobra.Command{
		Use:   "link [--csv FILE [--csv FILE2 …] --map FIELD=COLUMN,… -o DIR]",
		Short: "Find records of the same person within and across lists (CSV files or the database)",
		Long: `Link finds records of the same person within and across victim lists that spell
names differently and record dates, ages and places at different precisions.

It reads CSV files with a header line; --map says which column holds which
field: id, list, given, surname (both surnames, or the paternal one when
surname2 is mapped), surname2, birth (1987-03-25, 1987-03, 1987, 19870325,
25/03/1987), age, sex, place (UBIGEO code or name), and extra.NAME for any
other column compared as a string. Without a list column each file is a list.
--one-per-list says each list names a person at most once (every list was
deduplicated by its keepers): no two records of one list are compared or
made one person. Leave it off for any list that may name someone twice.

Candidate pairs come from blocking rules (--block, repeatable; keys joined
with +): derived keys given_key, surname_key, surname2_key, surnames_key,
given_initial, birth_year, birth_month, birth_date, province, department; a
mapped field (folded values); or any other column name (verbatim values).
A rule ending in /N leaves out its blocks of more than N records
(names_key/12: rare names alone pair records, common ones need more keys).
Without --block, rules are chosen from every mapped field (extra.* too) and
the data: a pilot on a random sample of records estimates how many likely
true pairs each rule of one, two or three keys finds and how many pairs it
costs, and rules are added, best value first, within --pair-budget. The
chosen rules are printed with the estimated share of true pairs they find. Place names
the gazetteer knows unambiguously are compared as their UBIGEO codes.

It writes to DIR: pairs.csv (pairs at or above the review threshold),
review.csv (the review queue), clusters.csv (every record with its person),
merges.csv (the merges that built the persons, undoable) and histories.csv
(capture histories for rastro estimate --csv). The files hold identifiers,
weights and levels, never names. No database is needed. Reviewers'
decisions come back with --decisions (review.csv with a decision column:
same or distinct); merges.csv says which merges they made.

Without --csv, link links the person records of victims in the database
(every person with --all-persons); a record's lists are the sources cited
for it. Matches become merges (rastro link merges, undo), uncertain pairs
go to the review queue (rastro link review, decide); pairs a reviewer kept
apart or whose merge was undone are never merged again automatically.
With -o DIR it writes histories.csv from the stored merges.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runLink(cmd, m, f) },
	}
	fl := cmd.Flags()
	def := csvlink.Defaults()
	fl.StringArrayVar(&f.csv, "csv", nil, "CSV file of a list (repeat for several lists)")
	fl.StringVar(&f.mapping, "map", "", "column mapping: given=nombres,surname=apellidos,birth=fecha_nac,…")
	fl.StringVarP(&f.out, "out", "o", "", "output directory (created if missing)")
	fl.StringArrayVar(&f.blocks, "block", nil, "blocking rule, keys joined by + (repeatable); default chosen from the mapped fields and the data")
	fl.BoolVar(&f.linkOnly, "link-only", false, "compare only records of different lists (no deduplication within a list)")
	fl.BoolVar(&f.onePerList, "one-per-list", false, "each list names a person at most once (deduplicated by its keepers): never compare two records of one list, never make them one person; implies --link-only (also in database mode, where a record's lists are the sources it cites)")
	fl.Float64Var(&f.match, "match", 0, "match probability threshold (0: chosen from the model, for the highest expected F1)")
	fl.Float64Var(&f.review, "review", def.Review, "review probability threshold")
	fl.IntVar(&f.maxCluster, "max-cluster", def.MaxCluster, "largest person built automatically (guard against chaining)")
	fl.Int64Var(&f.maxBlockPairs, "max-block-pairs", def.MaxBlockPairs, "skip blocks with more candidate pairs (0: no limit)")
	fl.Float64Var(&f.pairBudget, "pair-budget", 0, "candidate pairs the chosen blocking rules may make together (without --block; 0: 15 million, or 15 a record beyond a million records)")
	fl.BoolVar(&f.noTF, "no-term-frequency", false, "do not adjust agreement on common names and places for their frequency")
	fl.Uint64Var(&f.seed, "seed", def.Seed, "seed of the random pairs that estimate u-probabilities")
	fl.BoolVar(&f.allPersons, "all-persons", false, "database mode: link every person record, not only victims")
	fl.IntVar(&f.eventYear, "event-year", 0, "year the ages were given at, to check an age against a date of birth in another record (0: none for --csv; the victims' most common incident year in the database)")
	fl.StringVar(&f.decisions, "decisions", "", "CSV of reviewers' decisions (list_a,id_a,list_b,id_b,decision: same or distinct), e.g. review.csv with a decision column")
	fl.BoolVar(&f.keepPlaces, "keep-place-names", false, "compare place names as written instead of resolving them to UBIGEO codes with the gazetteer")
	cmd.AddCommand(linkDBCommands(m)...)
	return cmd
}

func runLink(cmd *cobra.Command, m *Main, f linkFlags) error {
	if len(f.csv) == 0 {
		if f.mapping != "" || f.decisions != "" {
			return rastro.Errorf(rastro.EINVALID, "link: --map and --decisions are for --csv files; without --csv, link links the database's person records (decide with rastro link decide)")
		}
		return runLinkDB(cmd, m, f)
	}
	switch {
	case f.out == "":
		return rastro.Errorf(rastro.EINVALID, "link: give an output directory with -o DIR")
	case f.allPersons:
		return rastro.Errorf(rastro.EINVALID, "link: --all-persons is for the database mode, not --csv files")
	}
	o := csvlink.Options{Map: f.mapping, Blocks: f.blocks, LinkOnly: f.linkOnly, OnePerList: f.onePerList, Match: f.match, Review: f.review,
		MaxCluster: f.maxCluster, MaxBlockPairs: f.maxBlockPairs, PairBudget: f.pairBudget, NoTermFreq: f.noTF,
		Seed: f.seed, KeepPlaces: f.keepPlaces, EventYear: f.eventYear}
	var files []csvlink.File
	defer func() {
		for _, file := range files {
			file.R.(*os.File).Close()
		}
	}()
	for _, path := range f.csv {
		file, err := os.Open(path)
		if err != nil {
			return rastro.Errorf(rastro.EINVALID, "link: cannot open %s: %v", path, err)
		}
		files = append(files, csvlink.File{Name: path, R: file})
	}
	if f.decisions != "" {
		file, err := os.Open(f.decisions)
		if err != nil {
			return rastro.Errorf(rastro.EINVALID, "link: cannot open %s: %v", f.decisions, err)
		}
		defer file.Close()
		o.Decisions = &csvlink.File{Name: f.decisions, R: file}
	}
	start := time.Now()
	run, err := csvlink.Run(cmd.Context(), files, o)
	if err != nil {
		return err
	}
	for _, st := range run.Stats {
		fmt.Fprintf(cmd.ErrOrStderr(), "%s: %d unreadable values taken as unknown (dates %d, ages %d, sex %d; first on line %d)\n",
			st.File, st.Bad(), st.BadDates, st.BadAges, st.BadSex, st.FirstBadLine)
	}
	w := cmd.OutOrStdout()
	if run.Chosen != nil {
		printChoice(w, *run.Chosen)
	}
	if err := os.MkdirAll(f.out, 0o755); err != nil {
		return rastro.Errorf(rastro.EINVALID, "link: cannot create %s: %v", f.out, err)
	}
	for _, o := range run.Outputs() {
		if err := writeFileWith(filepath.Join(f.out, o.Name), o.Write); err != nil {
			return err
		}
	}
	res, sum := run.Link, run.Summary()
	fmt.Fprintf(w, "records %d in %d lists; candidate pairs %d", sum.Records, sum.Lists, sum.Candidates)
	for i, r := range res.Rules {
		fmt.Fprintf(w, "; %s %d", r.Name, res.PerRule[i])
	}
	fmt.Fprintln(w)
	if sum.SkippedBlocks > 0 {
		fmt.Fprintf(w, "skipped %d blocks with %d pairs (more than --max-block-pairs): add keys to those rules\n", sum.SkippedBlocks, sum.SkippedPairs)
	}
	fmt.Fprintf(w, "model: EM %d iterations (converged %v), prior match probability %.3g, match threshold %.3f\n", res.Model.Iterations, res.Model.Converged, res.Model.Lambda, res.Match)
	for i, name := range res.Model.Fields {
		fmt.Fprintf(w, "  %-20s m", name)
		for _, v := range res.Model.M[i] {
			fmt.Fprintf(w, " %.4f", v)
		}
		fmt.Fprint(w, "  u")
		for _, v := range res.Model.U[i] {
			fmt.Fprintf(w, " %.4f", v)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "matches %d, review %d, persons %d (%s)\nwrote %s\n", sum.Matches, sum.Review, sum.Persons, time.Since(start).Round(time.Millisecond), f.out)
	return nil
}

// printChoice says which blocking rules were chosen and what they are
// estimated to cost and find.
func printChoice(w io.Writer, ch linkage.Choice) {
	fmt.Fprintf(w, "blocking rules chosen (estimated on %d sampled records, %.0f likely true pairs):\n", ch.Anchors, ch.PilotMatches)
	if ch.PilotMatches == 0 {
		// Recall cannot be estimated without a likely match to count.
		for _, r := range ch.Rules {
			fmt.Fprintf(w, "  %-40s %12.0f pairs  (no likely match found to estimate recall on)\n", r.Spec, r.Pairs)
		}
		return
	}
	for _, r := range ch.Rules {
		fmt.Fprintf(w, "  %-40s %12.0f pairs  recall %.4f\n", r.Spec, r.Pairs, r.Recall)
	}
	fmt.Fprintf(w, "estimated recall of blocking %.4f, %.0f pairs\n", ch.Recall, ch.Pairs)
}
