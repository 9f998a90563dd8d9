package reconcile

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// WriteText writes one block per incident-day: reports against casualties,
// by unit, then the flags.
func (r *Report) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "Ammunition reconciliation: %d incident-days, %d flagged\n", len(r.Groups), r.Flagged)
	fmt.Fprintf(w, "  Shows: %s\n  Cannot show: %s\n", r.CanShow, r.CannotShow)
	for _, g := range r.Groups {
		fmt.Fprintf(w, "\n%s, %s — incident %d: %s\n", g.Place, g.Day, g.IncidentID, g.Title)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  UNIT\tREPORTS\tAGENTS\tROUNDS (CALIBRE, WEAPON)\tKILLED BY LIVE AMMUNITION\tINJURED BY LIVE AMMUNITION")
		for _, u := range g.Units {
			fmt.Fprintf(tw, "  %s\t%d\t%d\t%s\t%d\t%d\n", u.Name, len(u.Reports), u.Agents, rounds(u.Tally), u.GunshotKilled, u.GunshotInjured)
		}
		t := g.Total
		fmt.Fprintf(tw, "  all units\t%d\t%d\t%s\t%d\t%d\n", len(t.Reports), t.Agents, rounds(t), t.GunshotKilled, t.GunshotInjured)
		tw.Flush()
		if len(g.CalibresRecovered) > 0 {
			var cs []string
			for c, n := range g.CalibresRecovered {
				cs = append(cs, fmt.Sprintf("%s ×%d", c, n))
			}
			sort.Strings(cs)
			fmt.Fprintf(w, "  calibres recovered: %s\n", strings.Join(cs, ", "))
		}
		for _, f := range g.Flags {
			fmt.Fprintf(w, "  FLAG %s: %s\n", f.Code, f.Message)
		}
	}
	return nil
}

func rounds(t Tally) string {
	if len(t.ByCalibre) == 0 {
		return "-"
	}
	parts := make([]string, len(t.ByCalibre))
	for i, r := range t.ByCalibre {
		parts[i] = fmt.Sprintf("%d (%s, %s)", r.Rounds, orDash(r.Calibre), orDash(r.Weapon))
	}
	return strings.Join(parts, "; ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
