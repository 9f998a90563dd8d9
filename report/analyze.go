package report

import (
	"sync"

	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/command"
	"github.com/rastro-project/rastro/disparity"
	"github.com/rastro-project/rastro/patterns"
	"github.com/rastro-project/rastro/reconcile"
)

// Analyze runs the use-of-force assessment, command chains, ammunition
// reconciliation and patterns over the records the input's filter selects,
// and puts the results into the input. rules nil means the embedded rule
// file; reviews of acts outside the filter are ignored; poverty may be nil.
func Analyze(in *Input, rules *assess.RuleSet, reviews []assess.Review, poverty patterns.Poverty) error {
	s, err := Select(in.Data, in.Filter)
	if err != nil {
		return err
	}
	in.selected, in.selData, in.selBy = s, in.Data, in.Filter
	if rules == nil {
		rules = assess.MustDefaultRules()
	}
	in.Rules = rules
	var inScope []assess.Review
	for _, r := range reviews {
		if s.Act[r.ActID] != nil {
			inScope = append(inScope, r)
		}
	}
	// The analyses only read the records, so they run side by side.
	x := s.X
	var wg sync.WaitGroup
	var assessErr, chainErr error
	wg.Go(func() { in.Assessment, assessErr = assess.AssessIndex(x, rules, inScope) })
	wg.Go(func() {
		ids := make([]int64, len(s.Incidents))
		for i, inc := range s.Incidents {
			ids[i] = inc.ID
		}
		in.Chains, chainErr = command.ForIncidents(x, ids)
	})
	wg.Go(func() { in.Reconciliation = reconcile.ReconcileIndex(x) })
	wg.Go(func() { in.Patterns = patterns.AnalyzeIndex(x, poverty) })
	var dispErr error
	wg.Go(func() { in.Disparity, dispErr = disparityOf(in, x) })
	wg.Wait()
	if assessErr != nil {
		return assessErr
	}
	if chainErr != nil {
		return chainErr
	}
	return dispErr
}

// disparityOf runs the disparity analysis over the records the filter
// selects: with a place filter, it compares the provinces inside it.
func disparityOf(in *Input, x *analysis.Index) (*disparity.Report, error) {
	opt := in.DisparityOptions
	opt.From, opt.To = in.Filter.From, in.Filter.To
	return disparity.AnalyzeIndex(x, opt)
}
