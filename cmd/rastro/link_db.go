package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/linkage"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/spf13/cobra"
)

// victimRecords loads the person records to link (victims of some act, or
// every person) as linkage records. A record's lists are the sources cited
// for it ("source:12"); its List is the first of them.
func victimRecords(ctx context.Context, db *sqldb.DB, all bool) ([]linkage.Record, [][]string, []int64, error) {
	persons, _, err := db.Persons().List(ctx, rastro.PersonFilter{})
	if err != nil {
		return nil, nil, nil, err
	}
	victims := map[int64]bool{}
	if !all {
		acts, _, err := db.Acts().List(ctx, rastro.ActFilter{})
		if err != nil {
			return nil, nil, nil, err
		}
		for _, a := range acts {
			if a.VictimID != 0 {
				victims[a.VictimID] = true
			}
		}
	}
	return personRecords(ctx, db, persons, func(id int64) bool { return all || victims[id] })
}

// eventYear is the year most of the victims' acts happened in (by their
// incidents' start), the year their ages were given at; 0 when unknown.
func eventYear(ctx context.Context, db *sqldb.DB) (int, error) {
	incidents, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{})
	if err != nil {
		return 0, err
	}
	yearOf := map[int64]int{}
	for _, in := range incidents {
		yearOf[in.ID] = in.When.Start.Year
	}
	acts, _, err := db.Acts().List(ctx, rastro.ActFilter{})
	if err != nil {
		return 0, err
	}
	count := map[int]int{}
	best := 0
	for _, a := range acts {
		y := a.Date.Year
		if y == 0 {
			y = yearOf[a.IncidentID]
		}
		if y != 0 && a.VictimID != 0 {
			count[y]++
			if count[y] > count[best] || (count[y] == count[best] && y < best) {
				best = y
			}
		}
	}
	return best, nil
}

func personRecords(ctx context.Context, db *sqldb.DB, persons []*rastro.Person, keep func(int64) bool) ([]linkage.Record, [][]string, []int64, error) {
	places, _, err := db.Places().List(ctx, rastro.PlaceFilter{})
	if err != nil {
		return nil, nil, nil, err
	}
	placeOf := map[int64]string{}
	for _, p := range places {
		placeOf[p.ID] = p.Ubigeo
		if p.Ubigeo == "" {
			placeOf[p.ID] = p.Name
		}
	}
	var recs []linkage.Record
	var lists [][]string
	var ids []int64
	for _, p := range persons {
		if !keep(p.ID) {
			continue
		}
		var ls []string
		for _, c := range p.Citations {
			if l := "source:" + strconv.FormatInt(c.SourceID, 10); !slices.Contains(ls, l) {
				ls = append(ls, l)
			}
		}
		slices.Sort(ls)
		if len(ls) == 0 {
			ls = []string{"uncited"}
		}
		recs = append(recs, linkage.FromPerson(p, ls[0], placeOf[p.HomePlaceID]))
		lists = append(lists, ls)
		ids = append(ids, p.ID)
	}
	return recs, lists, ids, nil
}

// runLinkDB links the person records in the database and stores the
// automatic merges and the review queue.
func runLinkDB(cmd *cobra.Command, m *Main, f linkFlags) error {
	ctx := cmd.Context()
	db, err := m.Store(ctx)
	if err != nil {
		return err
	}
	recs, lists, ids, err := victimRecords(ctx, db, f.allPersons)
	if err != nil {
		return err
	}
	if !f.keepPlaces {
		if err := resolvePlaces(recs); err != nil {
			return err
		}
	}
	if len(recs) < 2 {
		return rastro.Errorf(rastro.EINVALID, "link: the database holds %d victim person records: nothing to link (use --all-persons to link every person)", len(recs))
	}
	mp := linkage.PersonMapping()
	specs := f.blocks
	if len(specs) == 0 {
		ch, err := linkage.ChooseRules(mp, recs, linkage.RuleOptions{MaxBlockPairs: f.maxBlockPairs, Budget: f.pairBudget, Seed: f.seed})
		if err != nil {
			return err
		}
		printChoice(cmd.OutOrStdout(), ch)
		specs = ch.Specs()
	}
	rules, err := parseRules(specs, &mp)
	if err != nil {
		return err
	}
	if f.eventYear == 0 {
		if f.eventYear, err = eventYear(ctx, db); err != nil {
			return err
		}
	}
	if len(mp.Raw) > 0 {
		return rastro.Errorf(rastro.EINVALID, "link: blocking rule names %q, which person records do not have: use given, surname, birth, age, sex, place or a derived key", mp.Raw[0])
	}
	res, err := linkage.Link(ctx, recs, linkage.Config{
		Fields: linkage.Fields(mp, f.eventYear), Rules: rules, MaxBlockPairs: f.maxBlockPairs, Seed: f.seed,
		Match: f.match, Review: f.review, NoTermFreq: f.noTF, MaxCluster: f.maxCluster,
	})
	if err != nil {
		return err
	}
	var merges []*sqldb.PersonMerge
	for _, p := range res.Joins {
		merges = append(merges, &sqldb.PersonMerge{PersonA: ids[p.A], PersonB: ids[p.B], Weight: p.Weight, Reason: "automatic", By: "linkage"})
	}
	var reviews []*sqldb.LinkReview
	for _, it := range res.Review {
		reviews = append(reviews, &sqldb.LinkReview{PersonA: ids[it.A], PersonB: ids[it.B], Weight: it.Weight, Probability: it.Prob,
			Levels: res.Levels(it.Pattern), Reason: it.Reason})
	}
	nm, nr, err := db.RecordLinkage(ctx, merges, reviews)
	if err != nil {
		return err
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "person records %d; candidate pairs %d; ages taken at %d; model: EM %d iterations, prior match probability %.3g\n",
		len(recs), res.Candidates, f.eventYear, res.Model.Iterations, res.Model.Lambda)
	fmt.Fprintf(w, "new merges %d (of %d found), new review items %d (of %d)\n", nm, len(merges), nr, len(reviews))
	if f.out != "" {
		if err := os.MkdirAll(f.out, 0o755); err != nil {
			return rastro.Errorf(rastro.EINVALID, "link: cannot create %s: %v", f.out, err)
		}
		h, err := storedHistories(ctx, db, lists, ids)
		if err != nil {
			return err
		}
		path := f.out + string(os.PathSeparator) + "histories.csv"
		if err := writeFileWith(path, h.WriteCSV); err != nil {
			return err
		}
		fmt.Fprintf(w, "wrote %s\n", path)
	}
	return nil
}

// storedHistories counts the persons the stored merges make by the sources
// their records cite: capture histories for rastro estimate --csv.
func storedHistories(ctx context.Context, db *sqldb.DB, lists [][]string, ids []int64) (linkage.Histories, error) {
	cluster, err := mergedComponents(ctx, db, ids)
	if err != nil {
		return linkage.Histories{}, err
	}
	return linkage.CaptureHistoriesOf(cluster, lists), nil
}

// mergedComponents numbers the persons that the active merges make of the
// person records ids: records i and j are one person when their numbers match.
func mergedComponents(ctx context.Context, db *sqldb.DB, ids []int64) ([]int32, error) {
	merges, err := db.PersonMerges(ctx, true)
	if err != nil {
		return nil, err
	}
	index := map[int64]int{}
	for i, id := range ids {
		index[id] = i
	}
	var joins [][2]int
	for _, mg := range merges {
		a, oka := index[mg.PersonA]
		b, okb := index[mg.PersonB]
		if oka && okb {
			joins = append(joins, [2]int{a, b})
		}
	}
	return linkage.Components(len(ids), joins), nil
}

func reviewer(by string) string {
	if by != "" {
		return by
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "cli"
}

// linkDBCommands are the subcommands of rastro link that work on the
// database's merges and review queue.
func linkDBCommands(m *Main) []*cobra.Command {
	var by, note, out string
	parseID := func(s, what string) (int64, error) {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			return 0, rastro.Errorf(rastro.EINVALID, "invalid %s %q: want a positive number", what, s)
		}
		return id, nil
	}
	store := func(cmd *cobra.Command) (*sqldb.DB, error) { return m.Store(cmd.Context()) }
	review := &cobra.Command{
		Use:   "review",
		Short: "List the pending review queue of uncertain pairs",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := store(cmd)
			if err != nil {
				return err
			}
			items, err := db.LinkReviews(cmd.Context(), sqldb.ReviewPending)
			if err != nil {
				return err
			}
			return printReviews(cmd.OutOrStdout(), items)
		},
	}
	decide := &cobra.Command{
		Use:   "decide ITEM merged|distinct",
		Short: "Settle a review item: merge the two persons, or keep them apart for good",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0], "review item")
			if err != nil {
				return err
			}
			db, err := store(cmd)
			if err != nil {
				return err
			}
			if err := db.DecideLinkReview(cmd.Context(), id, args[1], reviewer(by), note); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "review item %d: %s\n", id, args[1])
			return nil
		},
	}
	merge := &cobra.Command{
		Use:   "merge PERSON PERSON",
		Short: "Record that two person records are the same person",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			a, err := parseID(args[0], "person")
			if err != nil {
				return err
			}
			b, err := parseID(args[1], "person")
			if err != nil {
				return err
			}
			db, err := store(cmd)
			if err != nil {
				return err
			}
			mg := &sqldb.PersonMerge{PersonA: a, PersonB: b, Reason: note, By: reviewer(by)}
			if err := db.MergePersons(cmd.Context(), mg); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "merge %d: persons %d and %d\n", mg.ID, mg.PersonA, mg.PersonB)
			return nil
		},
	}
	undo := &cobra.Command{
		Use:   "undo MERGE",
		Short: "Undo a merge; the person records are as they were before it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0], "merge")
			if err != nil {
				return err
			}
			db, err := store(cmd)
			if err != nil {
				return err
			}
			if err := db.UndoPersonMerge(cmd.Context(), id, reviewer(by)); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "merge %d undone\n", id)
			return nil
		},
	}
	merges := &cobra.Command{
		Use:   "merges",
		Short: "List every merge, undone ones included",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := store(cmd)
			if err != nil {
				return err
			}
			ms, err := db.PersonMerges(cmd.Context(), false)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintln(w, "merge\tperson_a\tperson_b\tweight\tby\tat\tundone")
			for _, mg := range ms {
				undone := ""
				if !mg.Active() {
					undone = mg.UndoneAt.Format("2006-01-02T15:04:05Z") + " by " + mg.UndoneBy
				}
				fmt.Fprintf(w, "%d\t%d\t%d\t%.2f\t%s\t%s\t%s\n", mg.ID, mg.PersonA, mg.PersonB, mg.Weight, mg.By, mg.CreatedAt.Format("2006-01-02T15:04:05Z"), undone)
			}
			return nil
		},
	}
	var all bool
	histories := &cobra.Command{
		Use:   "histories -o FILE",
		Short: "Write the capture histories of the linked persons (which sources name each) for rastro estimate --csv",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return rastro.Errorf(rastro.EINVALID, "link histories: give the output file with -o FILE")
			}
			db, err := store(cmd)
			if err != nil {
				return err
			}
			_, lists, ids, err := victimRecords(cmd.Context(), db, all)
			if err != nil {
				return err
			}
			h, err := storedHistories(cmd.Context(), db, lists, ids)
			if err != nil {
				return err
			}
			return writeFileWith(out, h.WriteCSV)
		},
	}
	histories.Flags().StringVarP(&out, "out", "o", "", "output CSV file")
	histories.Flags().BoolVar(&all, "all-persons", false, "count every person, not only victims")
	for _, c := range []*cobra.Command{decide, merge, undo} {
		c.Flags().StringVar(&by, "by", "", "who decides (default $USER)")
	}
	for _, c := range []*cobra.Command{decide, merge} {
		c.Flags().StringVar(&note, "note", "", "the reason, kept with the merge")
	}
	return []*cobra.Command{review, decide, merge, undo, merges, histories}
}

func printReviews(w io.Writer, items []*sqldb.LinkReview) error {
	if len(items) == 0 {
		_, err := fmt.Fprintln(w, "the review queue is empty")
		return err
	}
	fmt.Fprintln(w, "(rastro person show ID shows a record; rastro link decide ITEM merged|distinct settles an item)")
	fmt.Fprintln(w, "item\tperson_a\tperson_b\tprobability\tlevels\treason")
	for _, it := range items {
		fmt.Fprintf(w, "%d\t%d\t%d\t%.3f\t%s\t%s\n", it.ID, it.PersonA, it.PersonB, it.Probability, it.Levels, strings.TrimSpace(it.Reason))
	}
	return nil
}
