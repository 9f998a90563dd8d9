package main

import (
	"fmt"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/spf13/cobra"
)

func init() { register(tokenCommand) }

func tokenCommand(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "token",
		Short: "Personal API tokens: create, list, revoke",
		Long:  "A token authenticates a user to the JSON API (Authorization: Bearer TOKEN). It is shown once;\nthe database keeps only its SHA-256.",
	}
	var user string
	create := &cobra.Command{
		Use:   "create NAME --user U",
		Short: "Create a token named NAME for user U and print it (once)",
		Args:  oneArg("token name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			svc, u, err := m.tokenUser(cmd, user)
			if err != nil {
				return err
			}
			tok, err := svc.NewAPIToken(cmd.Context(), u.ID, args[0])
			if err != nil {
				return err
			}
			fmt.Fprintln(m.Stdout, tok)
			fmt.Fprintf(m.Stderr, "API token %q for %s: store it now, it cannot be shown again\n", args[0], u.Name)
			return nil
		},
	}
	list := &cobra.Command{
		Use:   "list --user U",
		Short: "List user U's tokens (never the tokens themselves)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			svc, u, err := m.tokenUser(cmd, user)
			if err != nil {
				return err
			}
			ts, err := svc.APITokens(cmd.Context(), u.ID)
			if err != nil {
				return err
			}
			t := newTable(m.Stdout, "id", "name", "created", "last_used", "revoked")
			when := func(p *time.Time) string {
				if p == nil {
					return ""
				}
				return p.Format(time.RFC3339)
			}
			for _, tk := range ts {
				t.row(fmt.Sprint(tk.ID), tk.Name, tk.CreatedAt.Format(time.RFC3339), when(tk.LastUsedAt), when(tk.RevokedAt))
			}
			return t.flush()
		},
	}
	revoke := &cobra.Command{
		Use:   "revoke ID --user U",
		Short: "Revoke one of user U's tokens",
		Args:  oneArg("token ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			svc, u, err := m.tokenUser(cmd, user)
			if err != nil {
				return err
			}
			if err := svc.RevokeAPIToken(cmd.Context(), u.ID, id); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "revoked token %d of %s\n", id, u.Name)
			return nil
		},
	}
	for _, c := range []*cobra.Command{create, list, revoke} {
		c.Flags().StringVar(&user, "user", "", "the token's user (required)")
		cmd.AddCommand(c)
	}
	return cmd
}

func (m *Main) tokenUser(cmd *cobra.Command, name string) (*auth.Service, *auth.User, error) {
	if name == "" {
		return nil, nil, rastro.Errorf(rastro.EINVALID, "%s needs --user U", cmd.CommandPath())
	}
	svc, err := m.accounts(cmd.Context())
	if err != nil {
		return nil, nil, err
	}
	u, err := svc.UserByName(cmd.Context(), name)
	if err != nil {
		return nil, nil, notFoundUser(err, name)
	}
	return svc, u, nil
}
