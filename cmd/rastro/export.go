package main

import (
	"context"
	"fmt"
	"io"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/transfer"
	"github.com/spf13/cobra"
)

func init() { register(exportCommand) }

func exportCommand(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the database as a JSON bundle, CSV tables or ACLED CSV",
		Long: "json: the complete, versioned bundle (rastro import reads it back; exporting again gives the same bytes).\n" +
			"csv: one table per record type into the directory -o names.\n" +
			"acled: the incidents as ACLED event rows.",
		Args: noArgs,
	}
	format := cmd.Flags().String("format", "json", "json, csv or acled")
	out := cmd.Flags().StringP("output", "o", "", "`FILE` to write (DIR for csv); default standard output")
	redacted := cmd.Flags().Bool("redacted", false, "replace protected persons' identities by "+sqldb.Redacted+" (a copy to share); by default the local admin's export is complete")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		var write func(io.Writer, *rastro.Bundle) error
		switch *format {
		case "json":
			write = transfer.WriteBundle
		case "acled":
			write = transfer.WriteACLED
		case "csv":
			if *out == "" {
				return rastro.Errorf(rastro.EINVALID, "--format csv writes one file per record type: name a directory with -o DIR")
			}
		default:
			return rastro.Errorf(rastro.EINVALID, "--format %q: want json, csv or acled", *format)
		}
		db, err := m.Store(cmd.Context())
		if err != nil {
			return err
		}
		ctx := cmd.Context()
		if *redacted {
			ctx = withoutProtected(ctx)
		}
		b, err := db.Export(ctx)
		if err != nil {
			return err
		}
		if *format == "csv" {
			files, err := transfer.WriteCSV(*out, b)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stderr, "wrote %d tables to %s\n", len(files), *out)
			return nil
		}
		if *out == "" {
			return write(m.dataOut(), b)
		}
		return transfer.WriteFileAtomic(*out, func(w io.Writer) error { return write(w, b) })
	}
	return cmd
}

// withoutProtected keeps the context's actor but with a role that reads
// records only redacted, so protected fields never leave the store.
func withoutProtected(ctx context.Context) context.Context {
	a, _ := auth.ActorFrom(ctx)
	a.Role = auth.RoleViewer
	return auth.WithActorValue(ctx, a)
}
