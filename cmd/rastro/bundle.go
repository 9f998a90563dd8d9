package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/bundle"
	"github.com/spf13/cobra"
)

func init() {
	register(func(m *Main) *cobra.Command {
		cmd := &cobra.Command{
			Use:   "bundle",
			Short: "Export evidence bundles that anyone can check, and check them",
		}
		cmd.AddCommand(bundleExportCmd(m), bundleVerifyCmd(m))
		return cmd
	})
}

func bundleExportCmd(m *Main) *cobra.Command {
	var incident, act int64
	var all bool
	var out, actor string
	cmd := &cobra.Command{
		Use:   "export (--incident ID | --act ID | --all) -o FILE.zip",
		Short: "Write the evidence of an incident, an act or the whole locker to a signed zip",
		Long: `Write a zip with the evidence files, a manifest (JSON and CSV: name, size,
SHA-256, media type, metadata, the incidents and acts each file supports), the
files' custody entries, the installation's public key, an Ed25519 signature of
the manifest and a README explaining how to check it all with sha256sum and
openssl. Each exported item gets an "exported" custody entry.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			scope := bundle.Scope{Incident: incident, Act: act, All: all}
			if err := scope.Check(); err != nil {
				return rastro.Errorf(rastro.EINVALID, "bundle export needs exactly one of --incident ID, --act ID or --all (IDs positive)")
			}
			if out == "" {
				return rastro.Errorf(rastro.EINVALID, "bundle export needs -o FILE.zip")
			}
			if _, err := os.Stat(out); err == nil {
				return rastro.Errorf(rastro.EINVALID, "%s exists; choose a new file name", out)
			}
			ctx := cmd.Context()
			locker, svc, signer, err := m.locker(ctx)
			if err != nil {
				return err
			}
			src, err := bundle.Collect(ctx, svc, locker.Blobs, scope)
			if err != nil {
				return err
			}
			var manifest *bundle.Manifest
			err = writePrivateFile(out, func(w io.Writer) error {
				manifest, err = bundle.Export(ctx, w, src, signer, time.Now())
				return err
			})
			if err != nil {
				return err
			}
			if err := bundle.RecordExport(ctx, svc, src, filepath.Base(out), actor); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "%s: %d items, signed by %s\n", out, len(manifest.Items), manifest.KeyID)
			return nil
		},
	}
	cmd.Flags().Int64Var(&incident, "incident", 0, "the evidence of this incident and its acts")
	cmd.Flags().Int64Var(&act, "act", 0, "the evidence of this act")
	cmd.Flags().BoolVar(&all, "all", false, "all evidence")
	cmd.Flags().StringVarP(&out, "output", "o", "", "zip file to write")
	cmd.Flags().StringVar(&actor, "actor", defaultActor(), "who is exporting, for the custody log")
	return cmd
}

func bundleVerifyCmd(m *Main) *cobra.Command {
	return &cobra.Command{
		Use:   "verify FILE.zip",
		Short: "Check a bundle: signature, every file's hash and the custody chains (no database needed)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := bundle.Verify(args[0])
			if err != nil {
				return err
			}
			for _, p := range r.Problems {
				fmt.Fprintf(m.Stdout, "PROBLEM %s\n", p)
			}
			items := 0
			if r.Manifest != nil {
				items = len(r.Manifest.Items)
				fmt.Fprintf(m.Stdout, "scope: %s, created %s\n", r.Manifest.Scope, r.Manifest.CreatedAt.Format(time.RFC3339))
			}
			fmt.Fprintf(m.Stdout, "%s: %d items, key %s: %s\n", args[0], items, r.KeyID, countProblems(len(r.Problems)))
			if !r.OK() {
				return rastro.Errorf(rastro.ECONFLICT, "bundle %s failed verification: %s", args[0], countProblems(len(r.Problems)))
			}
			return nil
		},
	}
}
