package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/command"
	"github.com/rastro-project/rastro/transfer"
	"github.com/spf13/cobra"
)

func init() { register(chainCommand) }

func chainCommand(m *Main) *cobra.Command {
	var in analysisInput
	var on, svgFile string
	var incident int64
	cmd := &cobra.Command{
		Use:   "chain [UNIT] --on DATE | chain --incident ID",
		Short: "Show the chain of command of a unit on a date, or of the units involved in an incident",
		Long: "UNIT is a unit's ID, name or alias (DIROES). The chain follows child_of relations and task-force memberships " +
			"valid on the date and lists the people posted in command roles at each level; links whose dates only may cover " +
			"the day are marked uncertain. With --incident, the units involved (through involvements, or deployed there " +
			"that day) and every person with command responsibility up to the highest level. --svg FILE draws the graph.",
	}
	in.add(cmd)
	cmd.Flags().StringVar(&on, "on", "", "the date (YYYY-MM-DD)")
	cmd.Flags().Int64Var(&incident, "incident", 0, "the incident whose chains to show")
	cmd.Flags().StringVar(&svgFile, "svg", "", "also write the graph as SVG to this file")
	cmd.Args = func(cmd *cobra.Command, args []string) error {
		switch {
		case incident != 0 && len(args) > 0:
			return rastro.Errorf(rastro.EINVALID, "give a UNIT or --incident, not both")
		case incident == 0 && len(args) != 1:
			return rastro.Errorf(rastro.EINVALID, "give one UNIT (ID, name or alias) with --on DATE, or --incident ID")
		case incident == 0 && on == "":
			return rastro.Errorf(rastro.EINVALID, "a unit's chain needs --on DATE")
		case incident != 0 && on != "":
			return rastro.Errorf(rastro.EINVALID, "--on is taken from the incident's date; leave it out with --incident")
		}
		return nil
	}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var day rastro.Date
		if on != "" {
			var err error
			if day, err = rastro.ParseDate(on); err != nil {
				return rastro.Errorf(rastro.EINVALID, "--on: %s", rastro.ErrorMessage(err))
			}
		}
		b, err := in.records(cmd.Context(), m)
		if err != nil {
			return err
		}
		x := analysis.NewIndex(b)
		var chains []*command.Chain
		var out bytes.Buffer
		var value any
		if incident != 0 {
			ic, err := command.ForIncident(x, incident)
			if err != nil {
				return err
			}
			chains, value = ic.Chains, ic
			if err := ic.WriteText(&out); err != nil {
				return err
			}
		} else {
			unit, err := findUnit(x, args[0])
			if err != nil {
				return err
			}
			c, err := command.ChainOf(x, unit, day)
			if err != nil {
				return err
			}
			chains, value = []*command.Chain{c}, c
			if err := c.WriteText(&out); err != nil {
				return err
			}
		}
		if svgFile != "" {
			if err := transfer.WriteFileAtomic(svgFile, func(w io.Writer) error { return command.SVG(w, chains...) }); err != nil {
				return err
			}
			fmt.Fprintf(m.Stderr, "wrote %s\n", svgFile)
		}
		if in.json {
			return writeJSON(m.Stdout, value)
		}
		_, err = m.Stdout.Write(out.Bytes())
		return err
	}
	return cmd
}

// findUnit resolves a unit's ID, name or alias (case-insensitive); a name
// that matches several units is refused with their IDs.
func findUnit(x *analysis.Index, s string) (int64, error) {
	if id, err := strconv.ParseInt(s, 10, 64); err == nil {
		if x.Units[id] == nil {
			return 0, rastro.Errorf(rastro.ENOTFOUND, "unit %d not found", id)
		}
		return id, nil
	}
	var found []int64
	for _, u := range x.Bundle.Units {
		match := strings.EqualFold(u.Name, s)
		for _, a := range u.Aliases {
			match = match || strings.EqualFold(a, s)
		}
		if match {
			found = append(found, u.ID)
		}
	}
	switch len(found) {
	case 0:
		return 0, rastro.Errorf(rastro.ENOTFOUND, "no unit named %q (give its ID, name or alias)", s)
	case 1:
		return found[0], nil
	}
	return 0, rastro.Errorf(rastro.EINVALID, "%q names %d units (IDs %v): give the ID", s, len(found), found)
}
