// Package report turns records and analysis results into a self-contained
// HTML report (tables, an SVG map of Peru, a timeline and charts) in which
// every figure links to the list of acts behind it.
//
// The report reads a plain Input — a bundle of records plus the results of the
// analyses — so it does not care where the records are kept.
package report

import (
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/command"
	"github.com/rastro-project/rastro/disparity"
	"github.com/rastro-project/rastro/patterns"
	"github.com/rastro-project/rastro/reconcile"
)

// Input is everything a report shows.
type Input struct {
	// Data holds the records; the report selects from it with Filter.
	Data   *rastro.Bundle
	Filter Filter
	// Departments is the basemap of the SVG map; with none, the map is left
	// out and the report says so.
	Departments []Department
	// Analysis results (see Analyze); nil means the analysis was not run,
	// which the report states instead of showing an empty table.
	Assessment     *assess.Report
	Rules          *assess.RuleSet // the rules it used (nil: the embedded ones)
	Chains         []*command.IncidentChains
	Reconciliation *reconcile.Report
	Patterns       *patterns.Report
	Disparity      *disparity.Report
	// DisparityOptions are the threshold and exposure of the disparity
	// analysis; Analyze takes its period from Filter.
	DisparityOptions disparity.Options
	// Generated is printed in the report's header when set.
	Generated time.Time

	// selected is the selection Analyze made, which the report reuses while
	// Data and Filter are the same (records changed in place in between
	// need a new Analyze, as the analysis results would be stale anyway).
	selected *Scope
	selData  *rastro.Bundle
	selBy    Filter
}

// scope returns the records the filter selects, as Analyze selected them
// when it can; it never stores, so reports may be written side by side.
func (in *Input) scope() (*Scope, error) {
	if in.selected != nil && in.selData == in.Data && in.selBy == in.Filter {
		return in.selected, nil
	}
	return Select(in.Data, in.Filter)
}

// Options are how the report is written.
type Options struct {
	Lang string // "en" (default) or "es"
	// Names shows victims' names; by default victims appear by record
	// number only, and protected persons are never named.
	Names bool
}

// Filter selects incidents, and with them their acts. Zero fields select
// everything.
type Filter struct {
	From       rastro.Date // incidents that may have happened on or after
	To         rastro.Date // incidents that may have happened on or before
	Ubigeo     string      // prefix of the incident place's UBIGEO code
	IncidentID int64
}

// IsZero reports whether the filter selects everything.
func (f Filter) IsZero() bool { return f == Filter{} }

// Conclusion IDs of the assessment rule file that the headline figures count.
const (
	ConclusionExtrajudicial = "extrajudicial_execution" // may constitute an extrajudicial execution
	ConclusionUnlawful      = "unlawful_force"          // unlawful use of force
)
