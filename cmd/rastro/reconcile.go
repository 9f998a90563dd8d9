package main

import (
	"github.com/rastro-project/rastro/reconcile"
	"github.com/spf13/cobra"
)

func init() { register(reconcileCommand) }

func reconcileCommand(m *Main) *cobra.Command {
	var in analysisInput
	cmd := &cobra.Command{
		Use:   "reconcile",
		Short: "Set official discharge records against gunshot casualties, per incident, day and unit, and flag the gaps",
		Long: "For every incident-day: the discharge reports (agents, rounds by calibre and weapon) against the deaths and " +
			"injuries by live ammunition and the calibres recovered, by unit. Flags: fewer rounds reported than gunshot " +
			"casualties, no discharge record at all, a calibre recovered but never reported, gunshot casualties with neither " +
			"a shooter nor the ammunition identified.",
		Args: noArgs,
	}
	in.add(cmd)
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		b, err := in.records(cmd.Context(), m)
		if err != nil {
			return err
		}
		rep := reconcile.Reconcile(b)
		if in.json {
			return writeJSON(m.Stdout, rep)
		}
		return rep.WriteText(m.Stdout)
	}
	return cmd
}
