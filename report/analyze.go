package report

import (
	"strings"
	"sync"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/command"
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
	if rules == nil {
		rules = assess.MustDefaultRules()
	}
	in.Rules = rules
	sub := s.Bundle(in.Data, in.Filter)
	var inScope []assess.Review
	for _, r := range reviews {
		if s.Act[r.ActID] != nil {
			inScope = append(inScope, r)
		}
	}
	// The analyses only read the records, so they run side by side.
	x := analysis.NewIndex(sub)
	var wg sync.WaitGroup
	var assessErr, chainErr error
	wg.Go(func() { in.Assessment, assessErr = assess.Assess(sub, rules, inScope) })
	wg.Go(func() { in.Chains, chainErr = incidentChains(x, s.Incidents) })
	wg.Go(func() { in.Reconciliation = reconcile.Reconcile(sub) })
	wg.Go(func() { in.Patterns = analyzePatterns(x, poverty) })
	wg.Wait()
	if assessErr != nil {
		return assessErr
	}
	return chainErr
}

// incidentChains finds the chains of command behind each incident.
func incidentChains(x *analysis.Index, incidents []*rastro.Incident) ([]*command.IncidentChains, error) {
	out := make([]*command.IncidentChains, 0, len(incidents))
	for _, inc := range incidents {
		ic, err := command.ForIncident(x, inc.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, ic)
	}
	return out, nil
}

// analyzePatterns computes what patterns.Analyze does, on the index already
// built: signatures per incident, or per place or department when there are
// too many incidents for a pairwise table.
func analyzePatterns(x *analysis.Index, poverty patterns.Poverty) *patterns.Report {
	r := &patterns.Report{}
	for _, level := range patterns.Levels {
		r.Signatures = patterns.Signatures(x, level)
		if len(r.Signatures) <= patterns.MaxSignatures {
			break
		}
	}
	r.Similarity = patterns.Compare(r.Signatures)
	r.VitalShare, r.VitalKilled = patterns.VitalShares(x)
	r.Profile = patterns.Profile(x)
	if poverty != nil {
		r.Poverty = patterns.HomePoverty(x, poverty)
	}
	return r
}

// Bundle returns the records of the scope as a bundle for the analyses: the
// incidents and acts selected, the involvements of those acts, the discharge
// records of those incidents (and those tied to no incident that fall within
// the filter), and every other record as it is, shared, not copied.
func (s *Scope) Bundle(b *rastro.Bundle, f Filter) *rastro.Bundle {
	sub := *b
	sub.Incidents, sub.Acts = s.Incidents, s.Acts
	sub.Involvements = nil
	for _, v := range b.Involvements {
		if s.Act[v.ActID] != nil {
			sub.Involvements = append(sub.Involvements, v)
		}
	}
	sub.Discharges = nil
	for _, d := range b.Discharges {
		if s.Incident[d.IncidentID] != nil || d.IncidentID == 0 && s.unattached(d, f) {
			sub.Discharges = append(sub.Discharges, d)
		}
	}
	return &sub
}

// unattached reports whether a discharge record tied to no incident falls
// within the filter.
func (s *Scope) unattached(d *rastro.DischargeRecord, f Filter) bool {
	if f.IncidentID != 0 {
		return false
	}
	if f.Ubigeo != "" {
		p := s.Place[d.PlaceID]
		if p == nil || !strings.HasPrefix(p.Ubigeo, f.Ubigeo) {
			return false
		}
	}
	if !f.From.IsZero() && d.Date.Last().Before(f.From.First()) {
		return false
	}
	return f.To.IsZero() || !d.Date.First().After(f.To.Last())
}
