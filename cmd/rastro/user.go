package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func init() { register(userCommand) }

// accounts opens the store and the account service over it.
func (m *Main) accounts(ctx context.Context) (*auth.Service, error) {
	db, err := m.Store(ctx)
	if err != nil {
		return nil, err
	}
	return auth.NewService(db.Accounts()), nil
}

func userCommand(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "user",
		Short: "Manage the web app's accounts: add, list, disable, password, TOTP",
		Long: "Accounts log in to the web app and the JSON API. Roles: admin, investigator (edits records),\n" +
			"reviewer (accepts claims, signs off assessments), analyst (reads all, runs analyses, exports),\n" +
			"viewer (reads redacted records), guest (read-only, expires, cannot export).\n" +
			"Admins must enrol TOTP (rastro user totp NAME) before they can log in to the web app.",
	}
	cmd.AddCommand(userAddCommand(m), userListCommand(m), userDisableCommand(m), userSetCommand(m), userPasswdCommand(m), userTOTPCommand(m))
	return cmd
}

func userAddCommand(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "add NAME --role ROLE [--expires DATE]",
		Short: "Add an account; the password is read from the terminal (no echo) or the first line of stdin",
		Args:  oneArg("user name"),
	}
	role := cmd.Flags().String("role", "", enumList(auth.Role(""))+" (required)")
	expires := cmd.Flags().String("expires", "", "last day the account works (YYYY-MM-DD, UTC) or an RFC 3339 time; guests default to 30 days")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if *role == "" {
			return rastro.Errorf(rastro.EINVALID, "rastro user add needs --role (%s)", enumList(auth.Role("")))
		}
		r, err := auth.ParseRole(*role)
		if err != nil {
			return err
		}
		var exp *time.Time
		if *expires != "" {
			t, err := parseExpiry(*expires)
			if err != nil {
				return err
			}
			exp = &t
		}
		if err := auth.ValidateUserName(args[0]); err != nil {
			return err
		}
		pw, err := m.readPassword("Password for "+args[0]+": ", true)
		if err != nil {
			return err
		}
		svc, err := m.accounts(cmd.Context())
		if err != nil {
			return err
		}
		u, err := svc.AddUser(cmd.Context(), args[0], r, pw, exp)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "added user %s (id %d, role %s", u.Name, u.ID, u.Role)
		if u.ExpiresAt != nil {
			fmt.Fprintf(m.Stdout, ", expires %s", u.ExpiresAt.Format(time.RFC3339))
		}
		fmt.Fprintln(m.Stdout, ")")
		if u.Role == auth.RoleAdmin {
			fmt.Fprintf(m.Stdout, "admins need TOTP before they can log in: run rastro user totp %s\n", u.Name)
		}
		return nil
	}
	return cmd
}

// parseExpiry reads a day (the account works through it, UTC) or an RFC
// 3339 time.
func parseExpiry(s string) (time.Time, error) {
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		return d.AddDate(0, 0, 1), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	return time.Time{}, rastro.Errorf(rastro.EINVALID, "--expires %q: want a day (2026-12-31) or an RFC 3339 time", s)
}

// readPassword reads a password without echo from a terminal (twice when
// confirm is set), or the first line of stdin otherwise.
func (m *Main) readPassword(prompt string, confirm bool) (string, error) {
	if f, ok := m.Stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		read := func(p string) (string, error) {
			fmt.Fprint(m.Stderr, p)
			b, err := term.ReadPassword(int(f.Fd()))
			fmt.Fprintln(m.Stderr)
			if err != nil {
				return "", rastro.Errorf(rastro.EINVALID, "cannot read the password: %v", err)
			}
			return string(b), nil
		}
		pw, err := read(prompt)
		if err != nil || !confirm {
			return pw, err
		}
		again, err := read("Again: ")
		if err != nil {
			return "", err
		}
		if again != pw {
			return "", rastro.Errorf(rastro.EINVALID, "the passwords differ")
		}
		return pw, nil
	}
	line, err := bufio.NewReader(io.LimitReader(m.Stdin, auth.MaxPasswordBytes+2)).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", rastro.Errorf(rastro.EINVALID, "cannot read the password from stdin: %v", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", rastro.Errorf(rastro.EINVALID, "no password on stdin: give it as the first line")
	}
	return line, nil
}

func userListCommand(m *Main) *cobra.Command {
	cmd := &cobra.Command{Use: "list", Short: "List the accounts", Args: noArgs}
	asJSON := cmd.Flags().Bool("json", false, "write JSON")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		svc, err := m.accounts(cmd.Context())
		if err != nil {
			return err
		}
		us, err := svc.Users(cmd.Context())
		if err != nil {
			return err
		}
		if *asJSON {
			if us == nil {
				us = []*auth.User{}
			}
			return writeJSON(m.Stdout, us)
		}
		t := newTable(m.Stdout, "id", "name", "role", "totp", "status", "expires")
		for _, u := range us {
			status, exp := "active", ""
			if u.Disabled {
				status = "disabled"
			} else if !u.Active(time.Now()) {
				status = "expired"
			}
			if u.ExpiresAt != nil {
				exp = u.ExpiresAt.Format(time.RFC3339)
			}
			t.row(fmt.Sprint(u.ID), u.Name, string(u.Role), fmt.Sprint(u.TOTPEnabled), status, exp)
		}
		return t.flush()
	}
	return cmd
}

func userDisableCommand(m *Main) *cobra.Command {
	return &cobra.Command{
		Use:   "disable NAME",
		Short: "Disable an account: it can no longer log in, its sessions end and its API tokens are revoked (enabling it again brings none back)",
		Args:  oneArg("user name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			svc, err := m.accounts(cmd.Context())
			if err != nil {
				return err
			}
			if err := svc.DisableUser(cmd.Context(), args[0]); err != nil {
				return notFoundUser(err, args[0])
			}
			fmt.Fprintf(m.Stdout, "disabled user %s; sessions ended and API tokens revoked\n", args[0])
			return nil
		},
	}
}

func userSetCommand(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "set NAME [--role ROLE] [--expires DATE|never] [--enable]",
		Short: "Change an account's role or expiry, or enable it again; a new role ends its sessions",
		Args:  oneArg("user name"),
	}
	role := cmd.Flags().String("role", "", "new role: "+enumList(auth.Role("")))
	expires := cmd.Flags().String("expires", "", "last day the account works (YYYY-MM-DD), an RFC 3339 time, or never")
	enable := cmd.Flags().Bool("enable", false, "enable a disabled account")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var r *auth.Role
		if flagSet(cmd.Flags(), "role") {
			p, err := auth.ParseRole(*role)
			if err != nil {
				return err
			}
			r = &p
		}
		var exp *time.Time
		if flagSet(cmd.Flags(), "expires") {
			var t time.Time // zero: never
			if *expires != "never" {
				var err error
				if t, err = parseExpiry(*expires); err != nil {
					return err
				}
			}
			exp = &t
		}
		var disabled *bool
		if *enable {
			f := false
			disabled = &f
		}
		if r == nil && exp == nil && disabled == nil {
			return rastro.Errorf(rastro.EINVALID, "rastro user set: give --role, --expires or --enable")
		}
		svc, err := m.accounts(cmd.Context())
		if err != nil {
			return err
		}
		u, err := svc.UpdateAccount(cmd.Context(), args[0], r, disabled, exp)
		if err != nil {
			return notFoundUser(err, args[0])
		}
		fmt.Fprintf(m.Stdout, "user %s: role %s, disabled %v", u.Name, u.Role, u.Disabled)
		if u.ExpiresAt != nil {
			fmt.Fprintf(m.Stdout, ", expires %s", u.ExpiresAt.Format(time.RFC3339))
		}
		fmt.Fprintln(m.Stdout)
		return nil
	}
	return cmd
}

func userPasswdCommand(m *Main) *cobra.Command {
	return &cobra.Command{
		Use:   "passwd NAME",
		Short: "Set an account's password (read as for user add); its sessions end and its API tokens are revoked",
		Args:  oneArg("user name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			svc, err := m.accounts(cmd.Context())
			if err != nil {
				return err
			}
			u, err := svc.UserByName(cmd.Context(), args[0])
			if err != nil {
				return notFoundUser(err, args[0])
			}
			pw, err := m.readPassword("New password for "+u.Name+": ", true)
			if err != nil {
				return err
			}
			if err := svc.SetPassword(cmd.Context(), u.ID, pw); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "password of %s changed; sessions ended and API tokens revoked\n", u.Name)
			return nil
		},
	}
}

func userTOTPCommand(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "totp NAME [--confirm CODE]",
		Short: "Enrol an account in TOTP two-factor authentication",
		Long: "Prints a new secret and its otpauth:// URL for an authenticator app, then asks for a code\n" +
			"from the app (on a terminal). Without a terminal, confirm with --confirm CODE in a second run.\n" +
			"The account's current TOTP secret, if any, keeps working until the new one is confirmed.",
		Args: oneArg("user name"),
	}
	confirm := cmd.Flags().String("confirm", "", "confirm the pending enrolment with a code from the app")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		svc, err := m.accounts(ctx)
		if err != nil {
			return err
		}
		u, err := svc.UserByName(ctx, args[0])
		if err != nil {
			return notFoundUser(err, args[0])
		}
		if *confirm != "" {
			return m.confirmTOTP(ctx, svc, u, *confirm)
		}
		secret, url, err := svc.EnrollTOTP(ctx, u.ID)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "secret: %s\nurl: %s\n", secret, url)
		f, ok := m.Stdin.(*os.File)
		if !ok || !term.IsTerminal(int(f.Fd())) {
			fmt.Fprintf(m.Stdout, "add it to the authenticator app, then run: rastro user totp %s --confirm CODE\n", u.Name)
			return nil
		}
		fmt.Fprint(m.Stderr, "Code from the app: ")
		line, err := bufio.NewReader(f).ReadString('\n')
		if err != nil {
			return rastro.Errorf(rastro.EINVALID, "no code read: confirm later with --confirm CODE")
		}
		return m.confirmTOTP(ctx, svc, u, line)
	}
	return cmd
}

func (m *Main) confirmTOTP(ctx context.Context, svc *auth.Service, u *auth.User, code string) error {
	if err := svc.ConfirmTOTP(ctx, u.ID, strings.TrimSpace(code)); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "TOTP enabled for %s\n", u.Name)
	return nil
}

func notFoundUser(err error, name string) error {
	if rastro.ErrorCode(err) == rastro.ENOTFOUND {
		return rastro.Errorf(rastro.ENOTFOUND, "no user %q (see rastro user list)", name)
	}
	return err
}
