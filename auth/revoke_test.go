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
