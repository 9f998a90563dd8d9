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
)

// Input is everything a report shows.
type Input struct {
	// Data holds the records; the report selects from it with Filter.
	Data   *rastro.Bundle
	Filter Filter
	// Departments is the basemap of the SVG map; with none, the map is left
	// out and the report says so.
	Departments []Department
	// Analysis results; a nil slice means the analysis was not run, which
	// the report states instead of showing an empty table.
	Assessments    []Assessment
	Chains         []Chain
	Reconciliation []Reconciliation
	// Generated is printed in the report's header when set.
	Generated time.Time
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

// Conclusion codes of a use-of-force assessment, as the assessment rules
// name them.
const (
	ConclusionExtrajudicial = "extrajudicial_execution" // may constitute an extrajudicial execution
	ConclusionUnlawful      = "unlawful_force"          // unlawful use of force
	ConclusionInsufficient  = "insufficient_information"
	ConclusionNoIndication  = "no_indication" // no indication of unlawfulness
)

// Assessment is the use-of-force assessment of one act.
type Assessment struct {
	ActID      int64
	Conclusion string      // one of the Conclusion codes (others are shown as they are)
	Indicators []Indicator // each indicator with its value
	Rules      []string    // the rules that fired
	Missing    []string    // facts whose absence kept a rule from deciding
	Override   *Override   // a reviewer's decision, shown beside the rule result
}

// Indicator is one line of inquiry and what the records say about it.
type Indicator struct {
	Key   string // "live_ammunition", "vital_wound"…
	Label string // how the assessment names it
	Value rastro.Tri
}

// Override is a reviewer's sign-off or override of a rule conclusion.
type Override struct {
	Conclusion string // equal to the rule conclusion for a sign-off
	Reason     string
	Reviewer   string
	At         time.Time
}

// Final returns the conclusion that stands: the reviewer's when there is one.
func (a *Assessment) Final() string {
	if a.Override != nil && a.Override.Conclusion != "" {
		return a.Override.Conclusion
	}
	return a.Conclusion
}

// Chain is the chain of command behind one incident, from the units
// involved up to the highest level.
type Chain struct {
	IncidentID int64
	Links      []ChainLink
}

// ChainLink is one unit of a chain and the people in command of it on the
// date of the incident.
type ChainLink struct {
	Depth      int // 0 for the unit involved, 1 for its parent…
	UnitID     int64
	UnitName   string
	Relation   rastro.RelationKind // how it relates to the link below ("" at depth 0)
	Uncertain  bool                // the relation's dates only may cover the day
	Confidence rastro.Confidence
	Commanders []Commander
}

// Commander is a person posted in a command role.
type Commander struct {
	PersonID   int64
	Name       string
	Role       rastro.PostingRole
	Rank       string
	Title      string
	Uncertain  bool
	Confidence rastro.Confidence
}

// Reconciliation compares official discharge records with the casualties of
// one incident, day and unit.
type Reconciliation struct {
	IncidentID       int64
	Date             rastro.Date
	UnitName         string // "" when the records name no unit
	Agents           int    // agents who reported firing
	Rounds           int    // rounds reported
	CalibresReported []string
	CalibresFound    []string
	LiveCasualties   int // killed or injured by live ammunition
	Flags            []string
	Acts             []int64 // the acts counted
}
