package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/disparity"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/export"
	"github.com/rastro-project/rastro/report/pdf"
	"github.com/spf13/cobra"
)

func init() { register(newReportCommand) }

// reportFlags are the flags `report` and `report export` share: which
// records, which of them, and how to assess them.
type reportFlags struct {
	from, to, place string
	incident        int64
	bundle          string
	demo            bool
	rules, reviews  string
	disparity       disparity.Options // threshold and exposure of the report's disparity section
}

func (f *reportFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.from, "from", "", "only incidents on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.to, "to", "", "only incidents on or before this date")
	cmd.Flags().StringVar(&f.place, "place", "", "only incidents at places whose UBIGEO code starts with this (21: Puno)")
	cmd.Flags().Int64Var(&f.incident, "incident", 0, "only this incident")
	cmd.Flags().StringVar(&f.bundle, "bundle", "", "read the records from this JSON bundle instead of the database")
	cmd.Flags().BoolVar(&f.demo, "demo", false, "use the SYNTHETIC demo case file instead of the database")
	cmd.Flags().StringVar(&f.rules, "rules", "", "assess with this rule file instead of the embedded one")
	cmd.Flags().StringVar(&f.reviews, "reviews", "", "a JSON list of reviewers' sign-offs and overrides to show beside the rule results")
}

// parsePeriod reads the --from and --to flags.
func parsePeriod(from, to string) (rastro.Date, rastro.Date, error) {
	f, err := rastro.ParseDate(from)
	if err != nil {
		return f, f, rastro.Errorf(rastro.EINVALID, "--from: %s", rastro.ErrorMessage(err))
	}
	t, err := rastro.ParseDate(to)
	if err != nil {
		return f, t, rastro.Errorf(rastro.EINVALID, "--to: %s", rastro.ErrorMessage(err))
	}
	return f, t, nil
}

// input loads the records, runs the analyses over those the filter selects
// and builds the report's input.
func (f *reportFlags) input(ctx context.Context, m *Main) (*report.Input, error) {
	var filter report.Filter
	var err error
	if filter.From, filter.To, err = parsePeriod(f.from, f.to); err != nil {
		return nil, err
	}
	filter.Ubigeo, filter.IncidentID = f.place, f.incident
	rules, reviews, err := readAssessmentFiles(f.rules, f.reviews)
	if err != nil {
		return nil, err
	}
	src := analysisInput{bundle: f.bundle, demo: f.demo}
	b, err := src.records(ctx, m)
	if err != nil {
		return nil, err
	}
	stored, err := src.storedReviews(ctx, m)
	if err != nil {
		return nil, err
	}
	reviews = append(stored, reviews...)
	depts, err := report.ParseDepartments(gazetteer.DepartmentsGeoJSON())
	if err != nil {
		return nil, err
	}
	in := &report.Input{Data: b, Filter: filter, Departments: depts, Generated: time.Now(), DisparityOptions: f.disparity}
	if err := report.Analyze(in, rules, reviews, gazetteer.Default().PovertyRate); err != nil {
		return nil, err
	}
	return in, nil
}

func newReportCommand(m *Main) *cobra.Command {
	var f reportFlags
	var out, pdfOut, lang string
	var names bool
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Write a self-contained HTML report (and a PDF) of the records: figures, map, timeline, charts, each traced to its acts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return rastro.Errorf(rastro.EINVALID, "give the report's file with -o FILE")
			}
			in, err := f.input(cmd.Context(), m)
			if err != nil {
				return err
			}
			// Written straight into the file (whole or not at all): a large
			// report is tens of megabytes not worth holding in memory.
			var size int64
			if err := writeFileWith(out, func(w io.Writer) error {
				cw := &countWriter{w: w}
				err := report.Render(cw, in, report.Options{Lang: lang, Names: names})
				size = cw.n
				return err
			}); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "wrote %s (%d bytes)\n", out, size)
			if pdfOut != "" {
				data, err := pdf.Print(cmd.Context(), out)
				if err != nil {
					return err
				}
				if err := writeFile(pdfOut, data); err != nil {
					return err
				}
				fmt.Fprintf(m.Stdout, "wrote %s (%d bytes)\n", pdfOut, len(data))
			}
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVarP(&out, "output", "o", "", "the HTML file to write")
	cmd.Flags().StringVar(&pdfOut, "pdf", "", "also print the report to this PDF file (needs chromium)")
	cmd.Flags().StringVar(&lang, "lang", "en", "language of the report: en or es")
	cmd.Flags().BoolVar(&names, "names", false, "name victims (protected persons are never named)")
	cmd.Flags().Float64Var(&f.disparity.Threshold, "threshold", 0.5, "disparity section: indigenous share (0-1) at or above which a province is compared as indigenous, besides 0.5")
	cmd.Flags().StringVar(&f.disparity.Exposure, "exposure", disparity.ExposureEvents, "disparity section: events (documented protests) or population (people aged 12+)")
	cmd.AddCommand(newReportExportCommand(m))
	return cmd
}

func newReportExportCommand(m *Main) *cobra.Command {
	var f reportFlags
	var format, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export incidents (geojson, kml) or acts with their assessment (acts-csv, acts-xlsx)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := export.Check(format); err != nil {
				return err
			}
			if out == "" {
				return rastro.Errorf(rastro.EINVALID, "give the file to write with -o FILE (- for standard output)")
			}
			in, err := f.input(cmd.Context(), m)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := m.writeExport(cmd.Context(), &buf, format, in); err != nil {
				return err
			}
			if out == "-" {
				_, err = m.dataOut().Write(buf.Bytes())
				return err
			}
			if err := writeFile(out, buf.Bytes()); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "wrote %s (%d bytes)\n", out, buf.Len())
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&format, "format", "", "geojson, kml, acts-csv or acts-xlsx")
	cmd.Flags().StringVarP(&out, "output", "o", "", "the file to write (- for standard output)")
	return cmd
}

func (m *Main) writeExport(ctx context.Context, w io.Writer, format string, in *report.Input) error {
	var xl export.Spreadsheet
	if format == "acts-xlsx" {
		var err error
		if xl, err = m.spreadsheet(); err != nil {
			return err
		}
	}
	skipped, err := export.Write(ctx, w, format, in, xl)
	if skipped > 0 {
		fmt.Fprintf(m.Stderr, "%d incidents have no known location and are not in the export\n", skipped)
	}
	return err
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
