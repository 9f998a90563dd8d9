package main

import (
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/patterns"
	"github.com/spf13/cobra"
)

func init() { register(patternsCommand) }

func patternsCommand(m *Main) *cobra.Command {
	var in analysisInput
	cmd := &cobra.Command{
		Use:   "patterns",
		Short: "Compare the use of force across incidents and profile the victims, saying what each figure can and cannot show",
		Long: "The signature of force per incident (means, wound regions, distances, units) and a similarity table; the share " +
			"of gunshot casualties wounded in the head, neck, chest or abdomen with a 95% Wilson interval; the victims' " +
			"profile (indigenous, peasant, minors, bystanders) and the poverty rates of their home districts against their " +
			"departments (INEI figures from the built-in gazetteer).",
		Args: noArgs,
	}
	in.add(cmd)
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		b, err := in.records(cmd.Context(), m)
		if err != nil {
			return err
		}
		rep := patterns.Analyze(b, gazetteer.Default().PovertyRate)
		if in.json {
			return writeJSON(m.Stdout, rep)
		}
		return rep.WriteText(m.Stdout)
	}
	return cmd
}
