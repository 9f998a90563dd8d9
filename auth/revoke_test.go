package auth_test

import (
	"context"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestPasswordAndDisableRevokeTokens: a new password (set by an admin or
// changed by the user) and disabling the account revoke the user's API
// tokens as well as their sessions; re-enabling brings no token back.
func TestPasswordAndDisableRevokeTokens(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		s := newService(db, c)
		ctx := context.Background()
		u, err := s.AddUser(admin(), "ana", auth.RoleAnalyst, pw, nil)
		if err != nil {
			t.Fatal(err)
		}
		token := func() string {
			t.Helper()
			tok, err := s.NewAPIToken(auth.WithActor(ctx, u), u.ID, "notebook")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.AuthenticateAPIToken(ctx, tok); err != nil {
				t.Fatal(err)
			}
			return tok
		}
		revoked := func(what, tok string) {
			t.Helper()
			if _, err := s.AuthenticateAPIToken(ctx, tok); rastro.ErrorCode(err) != rastro.EUNAUTHORIZED {
				t.Errorf("token after %s: %v", what, err)
			}
		}
		tok := token()
		sess, err := s.Login(ctx, "ana", pw, "", "192.0.2.1:1")
		if err != nil {
			t.Fatal(err)
		}
		newPW := "another long passphrase for ana"
		if err := s.SetPassword(admin(), u.ID, newPW); err != nil {
			t.Fatal(err)
		}
		revoked("an admin set the password", tok)
		if _, _, err := s.Authenticate(ctx, sess.Token); err == nil {
			t.Error("session after the password was set")
		}

		tok = token()
		if err := s.ChangePassword(auth.WithActor(ctx, u), newPW, pw); err != nil {
			t.Fatal(err)
		}
		revoked("the user changed the password", tok)

		tok = token()
		if err := s.DisableUser(admin(), "ana"); err != nil {
			t.Fatal(err)
		}
		enabled := false
		if _, err := s.UpdateAccount(admin(), "ana", nil, &enabled, nil); err != nil {
			t.Fatal(err)
		}
		revoked("the account was disabled and enabled again", tok)
		ts, err := s.APITokens(admin(), u.ID)
		if err != nil || len(ts) != 3 {
			t.Fatalf("tokens %+v %v", ts, err)
		}
		for _, tk := range ts {
			if tk.RevokedAt == nil {
				t.Errorf("token %d not marked revoked", tk.ID)
			}
		}
	})
}

// TestSharedAddressLocksNoOneOut: many failures from one address (an office
// behind one NAT, or a proxy not named as trusted) lock out the accounts
// that failed, not the others: a user with the right password still logs in
// from there, while a wrong password from there is refused as throttled.
func TestSharedAddressLocksNoOneOut(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		s := newService(db, c)
		ctx := context.Background()
		for _, n := range []string{"ana", "ben", "carla", "dario", "eva", "rosa"} {
			if _, err := s.AddUser(admin(), n, auth.RoleViewer, pw, nil); err != nil {
				t.Fatal(err)
			}
		}
		const shared = "203.0.113.9:4000"
		for i := range s.Address.Free + 5 {
			name := []string{"ana", "ben", "carla", "dario", "eva"}[i%5]
			s.Login(ctx, name, "a wrong guess "+name, "", shared)
		}
		if _, err := s.Login(ctx, "rosa", pw, "", shared); err != nil {
			t.Fatalf("rosa, right password, shared address: %v", err)
		}
		_, err := s.Login(ctx, "rosa", "not rosa's password", "", shared)
		wantReason(t, err, auth.ReasonThrottled)
		// The accounts that failed are locked wherever they log in from.
		_, err = s.Login(ctx, "ana", pw, "", "198.51.100.77:1")
		wantReason(t, err, auth.ReasonThrottled)
	})
}
