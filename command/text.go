package command

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/rastro-project/rastro"
)

// WriteText writes the chain as a table: one row per unit, from the unit
// asked about upwards, with the link to the unit above and its commanders.
func (c *Chain) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "Chain of command on %s (%d levels)\n", c.On, c.Depth())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LEVEL\tUNIT\tUNDER\tLINK\tCOMMANDERS ON THE DAY")
	names := map[int64]string{}
	for _, n := range c.Nodes {
		names[n.UnitID] = n.Name
	}
	for _, n := range c.Nodes {
		var up, link []string
		for _, l := range c.Links {
			if l.UnitID == n.UnitID {
				up = append(up, names[l.ParentID])
				link = append(link, fmt.Sprintf("%s, %s, %s, %s", l.Kind, l.Certainty, orDash(string(l.Confidence)), cites(l.Citations)))
			}
		}
		var cmd []string
		for _, cm := range n.Commanders {
			cmd = append(cmd, commanderText(cm))
		}
		rows := max(len(up), len(cmd), 1)
		for i := 0; i < rows; i++ {
			level, unit := "", ""
			if i == 0 {
				level, unit = fmt.Sprint(n.Depth), n.Name
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", level, unit, at(up, i), at(link, i), at(cmd, i))
		}
	}
	return tw.Flush()
}

// WriteText writes the units, people and chains of an incident.
func (ic *IncidentChains) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "Incident %d: %s (%s)\n\nUnits involved:\n", ic.IncidentID, ic.Title, ic.On)
	for _, u := range ic.Units {
		fmt.Fprintf(w, "  %s [unit %d]: %s\n", u.Name, u.UnitID, strings.Join(u.Roles, ", "))
	}
	if len(ic.Persons) > 0 {
		fmt.Fprintln(w, "\nPersons named in involvements:")
		for _, p := range ic.Persons {
			fmt.Fprintf(w, "  %s [person %d]: %s in %d act(s)\n", p.Name, p.PersonID, strings.Join(p.Roles, ", "), len(p.Acts))
		}
	}
	fmt.Fprintln(w, "\nPersons with command responsibility on the day, up to the highest level:")
	for _, cm := range ic.Responsible {
		fmt.Fprintf(w, "  level %d: %s\n", cm.Depth, commanderText(cm))
	}
	for _, c := range ic.Chains {
		fmt.Fprintln(w)
		if err := c.WriteText(w); err != nil {
			return err
		}
	}
	return nil
}

func commanderText(cm Commander) string {
	s := cm.Name
	if t := strings.Trim(cm.Rank+", "+cm.Title, ", "); t != "" {
		s += " (" + t + ")"
	}
	s += fmt.Sprintf(" [posting %d, %s, %s, %s]", cm.PostingID, periodText(cm.Period), cm.Certainty, orDash(string(cm.Confidence)))
	return s
}

func periodText(r rastro.DateRange) string {
	start := r.Start.String()
	if !r.StartExact && start != "" {
		start = "≤" + start
	}
	end := r.End.String()
	switch {
	case r.Open:
		end = "open"
	case !r.EndExact && end != "":
		end = "≥" + end
	}
	return orDash(start) + ".." + orDash(end)
}

func cites(cs []rastro.Citation) string {
	if len(cs) == 0 {
		return "no citation"
	}
	parts := make([]string, len(cs))
	for i, c := range cs {
		loc := ""
		switch {
		case c.Page > 0:
			loc = fmt.Sprintf(" p.%d", c.Page)
		case c.Paragraph > 0:
			loc = fmt.Sprintf(" ¶%d", c.Paragraph)
		}
		parts[i] = fmt.Sprintf("source %d%s", c.SourceID, loc)
	}
	return strings.Join(parts, "; ")
}

func at(list []string, i int) string {
	if i < len(list) {
		return list[i]
	}
	return ""
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
