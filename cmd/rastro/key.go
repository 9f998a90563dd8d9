package main

import (
	"fmt"

	"github.com/rastro-project/rastro/custody"
	"github.com/spf13/cobra"
)

func init() {
	register(func(m *Main) *cobra.Command {
		return &cobra.Command{
			Use:   "key",
			Short: "Print the installation's public key, which checks custody entries and bundles",
			Long: `Print the Ed25519 public key (PEM) that checks this installation's custody log
and export bundles, and its fingerprint. The private key is created in the data
directory on first use, readable by its owner only; publish the fingerprint
through a channel recipients of bundles trust.`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				s, err := m.signer()
				if err != nil {
					return err
				}
				fmt.Fprintf(m.Stdout, "%s# fingerprint %s\n", custody.PublicKeyPEM(s.PublicKey()), custody.Fingerprint(s.PublicKey()))
				return nil
			},
		}
	})
}
