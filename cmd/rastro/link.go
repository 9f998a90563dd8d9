package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/linkage"
	"github.com/rastro-project/rastro/linkage/dblink"
	"github.com/spf13/cobra"
)

func init() { register(newLinkCommand) }

type linkFlags struct {
	csv           []string
	mapping       string
	out           string
	blocks        []string
	linkOnly      bool
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
	fl.StringArrayVar(&f.csv, "csv", nil, "CSV file of a list (repeat for several lists)")
	fl.StringVar(&f.mapping, "map", "", "column mapping: given=nombres,surname=apellidos,birth=fecha_nac,…")
	fl.StringVarP(&f.out, "out", "o", "", "output directory (created if missing)")
	fl.StringArrayVar(&f.blocks, "block", nil, "blocking rule, keys joined by + (repeatable); default chosen from the mapped fields and the data")
	fl.BoolVar(&f.linkOnly, "link-only", false, "compare only records of different lists (no deduplication within a list)")
	fl.Float64Var(&f.match, "match", 0, "match probability threshold (0: chosen from the model, for the highest expected F1)")
	fl.Float64Var(&f.review, "review", 0.3, "review probability threshold")
	fl.IntVar(&f.maxCluster, "max-cluster", 50, "largest person built automatically (guard against chaining)")
	fl.Int64Var(&f.maxBlockPairs, "max-block-pairs", 1_000_000, "skip blocks with more candidate pairs (0: no limit)")
	fl.Float64Var(&f.pairBudget, "pair-budget", 0, "candidate pairs the chosen blocking rules may make together (without --block; 0: 15 million, or 15 a record beyond a million records)")
	fl.BoolVar(&f.noTF, "no-term-frequency", false, "do not adjust agreement on common names and places for their frequency")
	fl.Uint64Var(&f.seed, "seed", 1, "seed of the random pairs that estimate u-probabilities")
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
	case f.mapping == "":
		return rastro.Errorf(rastro.EINVALID, "link: give a column mapping with --map, e.g. --map given=nombres,surname=apellidos")
	case f.out == "":
		return rastro.Errorf(rastro.EINVALID, "link: give an output directory with -o DIR")
	case f.allPersons:
		return rastro.Errorf(rastro.EINVALID, "link: --all-persons is for the database mode, not --csv files")
	}
	mp, err := linkage.ParseMapping(f.mapping)
	if err != nil {
		return err
	}
	// Rules naming columns must be parsed before reading, so the reader
	// keeps those columns; default rules depend on the number of records.
	rules, err := dblink.ParseRules(f.blocks, &mp)
	if err != nil {
		return err
	}
	var recs []linkage.Record
	names := map[string]string{}
	for _, path := range f.csv {
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		if prev, dup := names[name]; dup {
			return rastro.Errorf(rastro.EINVALID, "link: %s and %s would both be list %q: rename one", prev, path, name)
		}
		names[name] = path
		file, err := os.Open(path)
		if err != nil {
			return rastro.Errorf(rastro.EINVALID, "link: cannot open %s: %v", path, err)
		}
		rs, st, err := linkage.ReadCSV(file, name, mp)
		file.Close()
		if err != nil {
			return err
		}
		if n := st.BadDates + st.BadAges + st.BadSex; n > 0 {
			fmt.Fprintf(cmd.ErrOrStderr(), "%s: %d unreadable values taken as unknown (dates %d, ages %d, sex %d; first on line %d)\n",
				path, n, st.BadDates, st.BadAges, st.BadSex, st.FirstBadLine)
		}
		if recs == nil {
			recs = rs // one list: no copy of a million records
		} else {
			recs = append(recs, rs...)
		}
	}
	if !f.keepPlaces {
		if err := dblink.ResolvePlaces(recs); err != nil {
			return err
		}
	}
	if len(rules) == 0 {
		ch, err := linkage.ChooseRules(mp, recs, linkage.RuleOptions{LinkOnly: f.linkOnly, MaxBlockPairs: f.maxBlockPairs,
			Budget: f.pairBudget, Fields: linkage.Fields(mp, f.eventYear), Seed: f.seed})
		if err != nil {
			return err
		}
		printChoice(cmd.OutOrStdout(), ch)
		if rules, err = dblink.ParseRules(ch.Specs(), &mp); err != nil {
			return err
		}
	}
	ledger, err := linkage.NewLedger(linkage.RefsOf(recs))
	if err != nil {
		return err // duplicate identifiers: outputs would be ambiguous
	}
	cfg := linkage.Config{
		Fields: linkage.Fields(mp, f.eventYear), Rules: rules, LinkOnly: f.linkOnly, MaxBlockPairs: f.maxBlockPairs,
		Seed: f.seed, Match: f.match, Review: f.review, NoTermFreq: f.noTF, MaxCluster: f.maxCluster,
	}
	if f.decisions != "" {
		if cfg.Same, cfg.Distinct, err = readDecisions(f.decisions, ledger); err != nil {
			return err
		}
	}
	start := time.Now()
	res, err := linkage.Link(cmd.Context(), recs, cfg)
	if err != nil {
		return err
	}
	ledger.AddJoins(res, time.Now())
	if err := os.MkdirAll(f.out, 0o755); err != nil {
		return rastro.Errorf(rastro.EINVALID, "link: cannot create %s: %v", f.out, err)
	}
	hist := linkage.CaptureHistories(recs, res.Cluster)
	for _, o := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"pairs.csv", func(w io.Writer) error { return res.WritePairs(w, recs) }},
		{"review.csv", func(w io.Writer) error { return res.WriteReview(w, recs) }},
		{"clusters.csv", func(w io.Writer) error { return linkage.WriteClusters(w, recs, res.Cluster) }},
		{"merges.csv", func(w io.Writer) error { return ledger.WriteMerges(w) }},
		{"histories.csv", func(w io.Writer) error { return hist.WriteCSV(w) }},
	} {
		if err := writeFileWith(filepath.Join(f.out, o.name), o.write); err != nil {
			return err
		}
	}
	persons := 0
	for _, c := range res.Cluster {
		persons = max(persons, int(c)+1)
	}
	matches := 0
	for _, p := range res.Pairs {
		if res.Decision(p) == "match" {
			matches++
		}
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "records %d in %d lists; candidate pairs %d", len(recs), len(hist.Lists), res.Candidates)
	for i, r := range res.Rules {
		fmt.Fprintf(w, "; %s %d", r.Name, res.PerRule[i])
	}
	fmt.Fprintln(w)
	if res.SkippedBlocks > 0 {
		fmt.Fprintf(w, "skipped %d blocks with %d pairs (more than --max-block-pairs): add keys to those rules\n", res.SkippedBlocks, res.SkippedPairs)
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
	fmt.Fprintf(w, "matches %d, review %d, persons %d (%s)\nwrote %s\n", matches, len(res.Review), persons, time.Since(start).Round(time.Millisecond), f.out)
	return nil
}

// readDecisions reads reviewers' decisions: a CSV with columns list_a,
// id_a, list_b, id_b and decision ("same" or "distinct"; a row with an
// empty decision is skipped, so review.csv with a decision column filled
// in part works). Records are looked up in the ledger.
func readDecisions(path string, ledger *linkage.Ledger) (same, distinct [][2]int32, err error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, nil, rastro.Errorf(rastro.EINVALID, "link: cannot open %s: %v", path, err)
	}
	defer file.Close()
	cr := csv.NewReader(file)
	cr.FieldsPerRecord = 0
	header, err := cr.Read()
	if err != nil {
		return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: %v", path, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, c := range []string{"list_a", "id_a", "list_b", "id_b", "decision"} {
		if _, ok := col[c]; !ok {
			return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: no column %q: want list_a, id_a, list_b, id_b, decision", path, c)
		}
	}
	for line := 2; ; line++ {
		row, err := cr.Read()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: %v", path, err)
		}
		get := func(c string) string { return strings.TrimSpace(row[col[c]]) }
		d := strings.ToLower(get("decision"))
		if d == "" {
			continue
		}
		a, oka := ledger.Position(linkage.Ref{List: get("list_a"), ID: get("id_a")})
		b, okb := ledger.Position(linkage.Ref{List: get("list_b"), ID: get("id_b")})
		if !oka || !okb {
			return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: line %d: no record %s:%s or %s:%s in the input", path, line, get("list_a"), get("id_a"), get("list_b"), get("id_b"))
		}
		switch d {
		case "same", "match", "merged":
			same = append(same, [2]int32{int32(a), int32(b)})
		case "distinct", "non-match", "different":
			distinct = append(distinct, [2]int32{int32(a), int32(b)})
		default:
			return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: line %d: decision %q: want same or distinct", path, line, d)
		}
	}
	return same, distinct, nil
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
