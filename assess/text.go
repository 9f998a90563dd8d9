package assess

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// WriteText writes the headline figures and one line per act.
func (r *Report) WriteText(w io.Writer, rs *RuleSet) error {
	label := func(id string) string {
		if c := rs.Conclusion(id); c != nil {
			return c.Label
		}
		return id
	}
	fmt.Fprintf(w, "Use-of-force assessment (rules %s)\n", r.RulesVersion)
	fmt.Fprintf(w, "%d cases (people killed or injured): %d killed, %d injured\n", r.Cases, r.Killed, r.Injured)
	ids := make([]string, 0, len(r.ByConclusion))
	for id := range r.ByConclusion {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return rs.Conclusion(ids[i]).Rank > rs.Conclusion(ids[j]).Rank })
	for _, id := range ids {
		fmt.Fprintf(w, "  %-45s %3d cases, %3d of the killed\n", label(id)+":", r.ByConclusion[id], r.KilledByConclusion[id])
	}
	fmt.Fprintf(w, "  Shows: %s\n  Cannot show: %s\n", r.CanShow, r.CannotShow)
	if r.Overrides > 0 {
		fmt.Fprintf(w, "%d conclusions overridden by reviewers (shown beside the rule result)\n", r.Overrides)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ACT\tINCIDENT\tHARM\tRULE RESULT\tRULES FIRED\tMISSING FACTS\tREVIEW")
	for _, res := range r.Results {
		var missing []string
		for _, m := range res.Missing {
			missing = append(missing, m.Indicator+" ("+m.Rule+")")
		}
		review := "-"
		if rv := res.Review; rv != nil {
			review = fmt.Sprintf("%s by %s: %s", rv.Decision, rv.Reviewer, label(rv.Conclusion))
			if rv.Reason != "" {
				review += " — " + rv.Reason
			}
			if res.Stale {
				review += " (stale: rules or records changed)"
			}
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\n", res.ActID, res.IncidentID, res.Type, res.Label,
			dash(strings.Join(res.Fired, ",")), dash(strings.Join(missing, ", ")), review)
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
