package main

import (
	"context"
	"fmt"
	"os"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/transfer"
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

// records loads every record the analyses need.
func (in *analysisInput) records(ctx context.Context, m *Main) (*rastro.Bundle, error) {
	return loadRecords(ctx, m, in.bundle, in.demo)
}

// loadRecords reads the records the analyses and the report work on: a JSON
// bundle, the built-in demo, or (by default) everything in the database.
func loadRecords(ctx context.Context, m *Main, bundle string, useDemo bool) (*rastro.Bundle, error) {
	switch {
	case useDemo && bundle != "":
		return nil, rastro.Errorf(rastro.EINVALID, "give --bundle or --demo, not both")
	case useDemo:
		return demo.Bundle()
	case bundle != "":
		file, err := os.Open(bundle)
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "--bundle: %v", err)
		}
		defer file.Close()
		return transfer.ReadBundle(file, bundle)
	}
	db, err := m.Store(ctx)
	if err != nil {
		return nil, err
	}
	// The analyses and the report never show protected fields (protected
	// people appear by number), so they are not decrypted: at 50,000
	// protected victims that was most of the time `rastro report` took.
	// Nor do they read texts, original documents, claims or bookkeeping.
	return db.Export(sqldb.ForAnalysis(ctx))
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

// readAssessmentFiles reads the rule file to assess with (the built-in one
// when rulesFile is "") and a JSON array of reviews (none when reviewsFile
// is "").
func readAssessmentFiles(rulesFile, reviewsFile string) (rules *assess.RuleSet, reviews []assess.Review, err error) {
	rules = assess.MustDefaultRules()
	if rulesFile != "" {
		data, err := os.ReadFile(rulesFile)
		if err != nil {
			return nil, nil, rastro.Errorf(rastro.EINVALID, "--rules: %v", err)
		}
		if rules, err = assess.LoadRulesFile(rulesFile, data); err != nil {
			return nil, nil, err
		}
	}
	if reviewsFile != "" {
		data, err := os.ReadFile(reviewsFile)
		if err != nil {
			return nil, nil, rastro.Errorf(rastro.EINVALID, "--reviews: %v", err)
		}
		if reviews, err = assess.LoadReviews(reviewsFile, data); err != nil {
			return nil, nil, err
		}
	}
	return rules, reviews, nil
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
		rules, reviews, err := readAssessmentFiles(rulesFile, reviewsFile)
		if err != nil {
			return err
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
			return writeAssessmentJSON(m.Stdout, rep)
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
