package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/spf13/cobra"
)

func init() { register(analyzeCommand) }

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
			"listing the rules that fired and the missing facts. Reviewers' sign-offs and overrides (--reviews FILE, a JSON " +
			"array of {act_id, decision, conclusion, reviewer, reason, time, rules_version}) are shown beside the rule result.",
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
		rep, err := assess.Assess(b, rules, reviews)
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
