package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/spf13/cobra"
)

func init() {
	register(analyzeCommand)
	register(reviewCommand)
}

// analysisInput is where the analysis commands (analyze, chain, reconcile,
// patterns) read records from: the database by default, or a JSON bundle,
// or the built-in demo.
type analysisInput struct {
	bundle string
	demo   bool
	json   bool
}

func (in *analysisInput) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&in.bundle, "bundle", "", "read the records from this JSON bundle instead of the database")
	cmd.Flags().BoolVar(&in.demo, "demo", false, "analyse the SYNTHETIC demo case file instead of the database")
	cmd.Flags().BoolVar(&in.json, "json", false, "write JSON")
}

// records loads every record the analyses need. The analyses are pure
// functions over a bundle; from the database it is filled by listing each
// record type.
func (in *analysisInput) records(ctx context.Context, m *Main) (*rastro.Bundle, error) {
	if in.bundle != "" || in.demo {
		f := reportFlags{bundle: in.bundle, demo: in.demo}
		return f.records()
	}
	db, err := m.Store(ctx)
	if err != nil {
		return nil, err
	}
	return storeBundle(ctx, db)
}

// storedReviews returns the reviews kept in the database, as the assessment
// takes them; none when the records come from a bundle or the demo.
func (in *analysisInput) storedReviews(ctx context.Context, m *Main) ([]assess.Review, error) {
	if in.bundle != "" || in.demo {
		return nil, nil
	}
	db, err := m.Store(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := db.Reviews(ctx, 0)
	if err != nil {
		return nil, err
	}
	out := make([]assess.Review, len(rows))
	for i, r := range rows {
		out[i] = assess.Review{ActID: r.ActID, Decision: assess.Decision(r.Decision), Conclusion: r.Conclusion,
			Reviewer: r.Reviewer, Reason: r.Reason, Time: r.CreatedAt, RulesVersion: r.RulesVersion}
	}
	return out, nil
}

func storeBundle(ctx context.Context, db *sqldb.DB) (*rastro.Bundle, error) {
	b := &rastro.Bundle{Format: rastro.BundleFormat, Version: rastro.BundleVersion}
	var err error
	if b.Sources, err = listAll(ctx, db.Sources()); err != nil {
		return nil, err
	}
	if b.Places, err = listAll(ctx, db.Places()); err != nil {
		return nil, err
	}
	if b.Persons, err = listAll(ctx, db.Persons()); err != nil {
		return nil, err
	}
	if b.Units, err = listAll(ctx, db.Units()); err != nil {
		return nil, err
	}
	if b.UnitRelations, err = listAll(ctx, db.UnitRelations()); err != nil {
		return nil, err
	}
	if b.Postings, err = listAll(ctx, db.Postings()); err != nil {
		return nil, err
	}
	if b.Incidents, err = listAll(ctx, db.Incidents()); err != nil {
		return nil, err
	}
	if b.Acts, err = listAll(ctx, db.Acts()); err != nil {
		return nil, err
	}
	if b.Involvements, err = listAll(ctx, db.Involvements()); err != nil {
		return nil, err
	}
	if b.Deployments, err = listAll(ctx, db.Deployments()); err != nil {
		return nil, err
	}
	if b.Discharges, err = listAll(ctx, db.Discharges()); err != nil {
		return nil, err
	}
	return b, nil
}

// listAll lists every record of a service (a zero filter selects all).
func listAll[T, F any](ctx context.Context, s rastro.Records[T, F]) ([]*T, error) {
	var f F
	items, _, err := s.List(ctx, f)
	return items, err
}

func analyzeCommand(m *Main) *cobra.Command {
	var in analysisInput
	var rulesFile, reviewsFile string
	cmd := &cobra.Command{
		Use:   "analyze",
		Short: "Assess every death and injury against the UN Basic Principles and the Minnesota Protocol",
		Long: "Computes, for every act of killing or injury, the use-of-force indicators (met, not met, unknown, with the records " +
			"and citations behind each) and a conclusion from the versioned rule file (built in; --rules FILE for another), " +
			"listing the rules that fired and the missing facts. Reviewers' sign-offs and overrides (stored with `rastro review`, " +
			"or --reviews FILE, a JSON array of {act_id, decision, conclusion, reviewer, reason, time, rules_version}) are " +
			"shown beside the rule result.",
		Args: noArgs,
	}
	in.add(cmd)
	cmd.Flags().StringVar(&rulesFile, "rules", "", "rule file to use instead of the built-in one")
	cmd.Flags().StringVar(&reviewsFile, "reviews", "", "JSON file of reviews to show beside the rule results")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		rules := assess.MustDefaultRules()
		if rulesFile != "" {
			data, err := os.ReadFile(rulesFile)
			if err != nil {
				return rastro.Errorf(rastro.EINVALID, "--rules: %v", err)
			}
			if rules, err = assess.LoadRules(data); err != nil {
				return rastro.Errorf(rastro.EINVALID, "%s: %s", rulesFile, rastro.ErrorMessage(err))
			}
		}
		var reviews []assess.Review
		if reviewsFile != "" {
			data, err := os.ReadFile(reviewsFile)
			if err != nil {
				return rastro.Errorf(rastro.EINVALID, "--reviews: %v", err)
			}
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&reviews); err != nil {
				return rastro.Errorf(rastro.EINVALID, "%s: not a JSON array of reviews: %v", reviewsFile, err)
			}
		}
		b, err := in.records(cmd.Context(), m)
		if err != nil {
			return err
		}
		stored, err := in.storedReviews(cmd.Context(), m)
		if err != nil {
			return err
		}
		rep, err := assess.Assess(b, rules, append(stored, reviews...))
		if err != nil {
			return err
		}
		if in.json {
			return writeJSON(m.Stdout, rep)
		}
		return rep.WriteText(m.Stdout, rules)
	}
	return cmd
}

func reviewCommand(m *Main) *cobra.Command {
	var reviewer, override, reason string
	var signOff bool
	cmd := &cobra.Command{
		Use:   "review ACT --reviewer NAME (--sign-off | --override CONCLUSION --reason TEXT)",
		Short: "Sign off or override the use-of-force conclusion of one act (kept beside the rule result)",
		Long: "A sign-off agrees with the conclusion the rules give today; an override replaces it with another conclusion " +
			"(extrajudicial_execution, unlawful_force, insufficient_information, no_indication) and needs a reason. " +
			"Reviews are appended, never changed: the latest one is shown by `rastro analyze`.",
		Args: oneArg("act ID"),
	}
	cmd.Flags().StringVar(&reviewer, "reviewer", "", "who reviews (required)")
	cmd.Flags().BoolVar(&signOff, "sign-off", false, "agree with the rule result")
	cmd.Flags().StringVar(&override, "override", "", "replace the rule result with this conclusion")
	cmd.Flags().StringVar(&reason, "reason", "", "why (required with --override)")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		actID, err := parseID(args[0])
		if err != nil {
			return err
		}
		if signOff == (override != "") {
			return rastro.Errorf(rastro.EINVALID, "give either --sign-off or --override CONCLUSION")
		}
		in := analysisInput{}
		b, err := in.records(ctx, m)
		if err != nil {
			return err
		}
		rules := assess.MustDefaultRules()
		rep, err := assess.Assess(b, rules, nil)
		if err != nil {
			return err
		}
		var result *assess.Result
		for i := range rep.Results {
			if rep.Results[i].ActID == actID {
				result = &rep.Results[i]
			}
		}
		if result == nil {
			return rastro.Errorf(rastro.ENOTFOUND, "act %d is not an assessed death or injury", actID)
		}
		r := assess.Review{ActID: actID, Decision: assess.SignOff, Conclusion: result.Conclusion, Reviewer: reviewer,
			Reason: reason, RulesVersion: rules.Version}
		if override != "" {
			r.Decision, r.Conclusion = assess.Override, override
		}
		if err := r.Validate(rules); err != nil {
			return err
		}
		db, err := m.Store(ctx)
		if err != nil {
			return err
		}
		row := sqldb.Review{ActID: r.ActID, Decision: string(r.Decision), Conclusion: r.Conclusion, Reviewer: r.Reviewer,
			Reason: r.Reason, RulesVersion: r.RulesVersion}
		if err := db.AddReview(ctx, &row); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "act %d: rule result %q; %s by %s recorded (review %d)\n", actID, result.Label, r.Decision, r.Reviewer, row.ID)
		return nil
	}
	return cmd
}
