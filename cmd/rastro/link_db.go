package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/linkage/dblink"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/spf13/cobra"
)

// runLinkDB links the person records in the database and stores the
// automatic merges and the review queue.
func runLinkDB(cmd *cobra.Command, m *Main, f linkFlags) error {
	ctx := cmd.Context()
	db, err := m.Store(ctx)
	if err != nil {
		return err
	}
	res, err := dblink.Run(ctx, db, dblink.Options{AllPersons: f.allPersons, KeepPlaces: f.keepPlaces, Blocks: f.blocks,
		EventYear: f.eventYear, MaxBlockPairs: f.maxBlockPairs, Seed: f.seed, Match: f.match, Review: f.review,
		NoTermFreq: f.noTF, MaxCluster: f.maxCluster, PairBudget: f.pairBudget, OnePerList: f.onePerList})
	if err != nil {
		if !f.allPersons && strings.Contains(err.Error(), "nothing to link") {
			err = rastro.Errorf(rastro.EINVALID, "link: %s (use --all-persons to link every person)", rastro.ErrorMessage(err))
		}
		return err
	}
	w := cmd.OutOrStdout()
	if res.Chosen != nil {
		printChoice(w, *res.Chosen)
	}
	fmt.Fprintf(w, "person records %d; candidate pairs %d; ages taken at %d; model: EM %d iterations, prior match probability %.3g\n",
		res.Records, res.Candidates, res.EventYear, res.Iterations, res.Lambda)
	fmt.Fprintf(w, "new merges %d (of %d found), new review items %d (of %d)\n", res.NewMerges, res.Merges, res.NewReviews, res.Reviews)
	if f.out != "" {
		if err := os.MkdirAll(f.out, 0o755); err != nil {
			return rastro.Errorf(rastro.EINVALID, "link: cannot create %s: %v", f.out, err)
		}
		h, err := dblink.Histories(ctx, db, res.Linked)
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
			rs, err := dblink.Victims(cmd.Context(), db, all)
			if err != nil {
				return err
			}
			h, err := dblink.Histories(cmd.Context(), db, rs)
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
