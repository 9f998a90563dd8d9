package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func init() { register(migrateCommand) }

func migrateCommand(m *Main) *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Bring the database schema up to date",
		Long:  "Apply the migrations the database lacks, each in a transaction of its own, and list them.",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := m.openStore(cmd.Context())
			if err != nil {
				return err
			}
			applied, err := db.Migrate(cmd.Context())
			if err != nil {
				return err
			}
			if len(applied) == 0 {
				fmt.Fprintln(m.Stdout, "schema is up to date")
			}
			for _, name := range applied {
				fmt.Fprintln(m.Stdout, "applied", name)
			}
			return nil
		},
	}
}
