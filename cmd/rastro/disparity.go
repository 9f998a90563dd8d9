package main

import (
	"os"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/disparity"
	"github.com/spf13/cobra"
)

func init() { register(disparityCommand) }

func disparityCommand(m *Main) *cobra.Command {
	var in analysisInput
	var from, to, exposure, table string
	var threshold float64
	cmd := &cobra.Command{
		Use:   "disparity",
		Short: "Set deaths and injuries against documented protests and the census: rates, rate ratios and a regression by province",
		Long: "Counts protest events (every incident, ACLED's included, except battles, explosions, strategic developments and " +
			"violence against civilians) and deaths, gunshot injuries and all casualties per province and department, with " +
			"rates per 100 events and per 100,000 people aged 12+ (exact Poisson intervals); compares provinces where at least " +
			"half (or --threshold) of the people aged 12+ identify as indigenous in the 2017 census with the rest, and the " +
			"southern departments with Lima Metropolitana (exact rate ratios); and fits a Poisson regression of casualties on " +
			"indigenous share and poverty with log exposure as offset, or a negative binomial when a likelihood-ratio test " +
			"finds overdispersion. Sensitivity: the other exposure, and without the largest incident. Says what the figures " +
			"can and cannot show. --table FILE writes the regression's table as CSV for R or Stata.",
		Args: noArgs,
	}
	in.add(cmd)
	cmd.Flags().StringVar(&from, "from", "", "only incidents on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&to, "to", "", "only incidents on or before this date")
	cmd.Flags().Float64Var(&threshold, "threshold", 0.5, "indigenous share (0-1) at or above which a province is compared as indigenous, besides 0.5")
	cmd.Flags().StringVar(&exposure, "exposure", disparity.ExposureEvents, "what rates are set against: events (documented protests) or population (people aged 12+)")
	cmd.Flags().StringVar(&table, "table", "", "write the regression's table (one row per province) as CSV to this file")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		opt := disparity.Options{Threshold: threshold, Exposure: exposure}
		var err error
		if opt.From, opt.To, err = parsePeriod(from, to); err != nil {
			return err
		}
		if threshold <= 0 || threshold >= 1 {
			return rastro.Errorf(rastro.EINVALID, "--threshold %v: want a share between 0 and 1 (0.5 is 50%%)", threshold)
		}
		b, err := in.records(cmd.Context(), m)
		if err != nil {
			return err
		}
		rep, err := disparity.Analyze(b, opt)
		if err != nil {
			return err
		}
		if table != "" {
			f, err := os.Create(table)
			if err != nil {
				return rastro.Errorf(rastro.EINVALID, "--table: %v", err)
			}
			werr := rep.Main.Regression.Table.WriteCSV(f)
			if err := f.Close(); werr == nil {
				werr = err
			}
			if werr != nil {
				return rastro.Errorf(rastro.EINTERNAL, "--table %s: %v", table, werr)
			}
		}
		if in.json {
			return writeJSON(m.Stdout, rep)
		}
		return rep.WriteText(m.Stdout)
	}
	return cmd
}
