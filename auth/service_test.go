package auth_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

const pw = "correct horse battery"

// clock is a settable time for throttling and expiry.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func admin() context.Context             { return auth.WithActorValue(context.Background(), auth.LocalAdmin()) }
func code(t *testing.T, secret string, at time.Time) string {
	t.Helper()
	c, err := totp.GenerateCode(secret, at)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newService(db *sqldb.DB, c *clock) *auth.Service {
	s := auth.NewService(db.Accounts())
	s.Now = c.now
	s.Argon2 = auth.Argon2Params{Memory: 64, Time: 1, Threads: 1, KeyLen: 32, SaltLen: 16} // fast for tests
	return s
}

func wantReason(t *testing.T, err error, reason string) {
	t.Helper()
	if got := auth.LoginReason(err); got != reason {
		t.Fatalf("login error %v: reason %q, want %q", err, got, reason)
	}
	if rastro.ErrorCode(err) != rastro.EUNAUTHORIZED {
		t.Fatalf("login error code %q", rastro.ErrorCode(err))
	}
}

func TestAddUser(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		s := newService(db, c)
		ctx := admin()
		if _, err := s.AddUser(ctx, "ana", auth.RoleInvestigator, "short", nil); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("short password: %v", err)
		}
		if _, err := s.AddUser(ctx, "ana", auth.RoleInvestigator, "aaaaaaaaaaaaaaaa", nil); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("repetitive password: %v", err)
		}
		if _, err := s.AddUser(ctx, "ana", "boss", pw, nil); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("unknown role: %v", err)
		}
		if _, err := s.AddUser(ctx, "a b", auth.RoleViewer, pw, nil); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("bad name: %v", err)
		}
		viewer := auth.WithActorValue(context.Background(), auth.Actor{UserID: 9, Name: "v", Role: auth.RoleViewer})
		if _, err := s.AddUser(viewer, "ana", auth.RoleInvestigator, pw, nil); rastro.ErrorCode(err) != rastro.EFORBIDDEN {
			t.Fatalf("viewer adding a user: %v", err)
		}
		u, err := s.AddUser(ctx, "ana", auth.RoleInvestigator, pw, nil)
		if err != nil {
			t.Fatal(err)
		}
		if u.ID == 0 || !strings.HasPrefix(u.PasswordHash, "$argon2id$") {
			t.Fatalf("user %+v", u)
		}
		if _, err := s.AddUser(ctx, "ana", auth.RoleViewer, pw, nil); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Fatalf("duplicate: %v", err)
		}
		g, err := s.AddUser(ctx, "gus", auth.RoleGuest, pw, nil)
		if err != nil {
			t.Fatal(err)
		}
		if g.ExpiresAt == nil || !g.ExpiresAt.Equal(c.t.Add(s.GuestTTL)) {
			t.Fatalf("guest expiry %v", g.ExpiresAt)
		}
		users, err := s.Users(ctx)
		if err != nil || len(users) != 2 || users[0].Name != "ana" || users[0].PasswordHash != "" {
			t.Fatalf("Users = %+v, %v", users, err)
		}
	})
}

func TestLoginSessionsAndThrottle(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		s := newService(db, c)
		ctx := context.Background()
		u, err := s.AddUser(admin(), "ana", auth.RoleInvestigator, pw, nil)
		if err != nil {
			t.Fatal(err)
		}
		sess, err := s.Login(ctx, "ana", pw, "", "192.0.2.7:5555")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(sess.Token, auth.SessionPrefix) || sess.UserID != u.ID {
			t.Fatalf("session %+v", sess)
		}
		got, _, err := s.Authenticate(ctx, sess.Token)
		if err != nil || got.ID != u.ID || got.Role != auth.RoleInvestigator {
			t.Fatalf("Authenticate = %+v, %v", got, err)
		}
		// A second login gets a new token; both are separate sessions.
		sess2, err := s.Login(ctx, "ana", pw, "", "192.0.2.7:5555")
		if err != nil || sess2.Token == sess.Token {
			t.Fatalf("second login: %v", err)
		}
		if err := s.Logout(ctx, sess.Token); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Authenticate(ctx, sess.Token); rastro.ErrorCode(err) != rastro.EUNAUTHORIZED {
			t.Fatalf("after logout: %v", err)
		}
		rot, err := s.Rotate(ctx, sess2.Token)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Authenticate(ctx, sess2.Token); err == nil {
			t.Fatal("rotated-out token still works")
		}
		// Idle timeout.
		c.advance(s.SessionIdle + time.Second)
		if _, _, err := s.Authenticate(ctx, rot.Token); rastro.ErrorCode(err) != rastro.EUNAUTHORIZED {
			t.Fatalf("idle session: %v", err)
		}

		// Wrong passwords: five are free, the sixth attempt is locked out,
		// even with the right password, and the lock survives a restart.
		for i := 0; i < 5; i++ {
			_, err := s.Login(ctx, "ana", "wrong password here", "", "198.51.100.1:1")
			wantReason(t, err, auth.ReasonBadCredentials)
		}
		_, err = s.Login(ctx, "ana", pw, "", "198.51.100.1:1")
		wantReason(t, err, auth.ReasonThrottled)
		s2 := newService(db, c)
		_, err = s2.Login(ctx, "ana", pw, "", "203.0.113.9:1")
		wantReason(t, err, auth.ReasonThrottled)
		var le *auth.LoginError
		if !asLoginError(err, &le) || le.RetryAfter <= 0 || le.RetryAfter > s.Account.Base {
			t.Fatalf("retry after %v", le.RetryAfter)
		}
		c.advance(s.Account.Base)
		if _, err := s2.Login(ctx, "ana", pw, "", "198.51.100.1:1"); err != nil {
			t.Fatalf("after the lock: %v", err)
		}
		// Unknown user: the same answer as a wrong password.
		_, err = s.Login(ctx, "nobody", pw, "", "198.51.100.1:1")
		wantReason(t, err, auth.ReasonBadCredentials)

		// Changing one's password needs the old one and ends the sessions.
		live0, err := s.Login(ctx, "ana", pw, "", "198.51.100.1:1")
		if err != nil {
			t.Fatal(err)
		}
		self := auth.WithActor(ctx, u)
		if err := s.ChangePassword(self, "not the password", "a brand new passphrase"); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("wrong old password: %v", err)
		}
		if err := s.ChangePassword(self, pw, "a brand new passphrase"); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Authenticate(ctx, live0.Token); err == nil {
			t.Fatal("session survived a password change")
		}
		if err := s.SetPassword(self, u.ID, pw); rastro.ErrorCode(err) != rastro.EFORBIDDEN {
			t.Fatalf("SetPassword by the user: %v", err)
		}
		if err := s.SetPassword(admin(), u.ID, pw); err != nil {
			t.Fatal(err)
		}
		// Disabled accounts cannot log in and lose their sessions.
		live, err := s.Login(ctx, "ana", pw, "", "198.51.100.1:1")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.DisableUser(admin(), "ana"); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Authenticate(ctx, live.Token); err == nil {
			t.Fatal("session of a disabled user works")
		}
		_, err = s.Login(ctx, "ana", pw, "", "198.51.100.1:1")
		wantReason(t, err, auth.ReasonInactive)

		// Expired guests.
		if _, err := s.AddUser(admin(), "gus", auth.RoleGuest, pw, nil); err != nil {
			t.Fatal(err)
		}
		c.advance(s.GuestTTL)
		_, err = s.Login(ctx, "gus", pw, "", "198.51.100.2:1")
		wantReason(t, err, auth.ReasonInactive)

		// The audit log has every attempt, and no password.
		es, n, err := db.ListAudit(admin(), rastro.AuditFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var ok, failed int
		for _, e := range es {
			for _, field := range []string{string(e.Old), string(e.New), e.Detail, e.Actor} {
				if strings.Contains(field, pw) || strings.Contains(field, "wrong password") || strings.Contains(field, "argon2") {
					t.Fatalf("audit entry %d holds a secret: %+v", e.Seq, e)
				}
			}
			switch e.Action {
			case rastro.AuditLogin:
				ok++
			case rastro.AuditLoginFailed:
				failed++
			}
		}
		if ok != 5 || failed != 10 || n != len(es) {
			t.Fatalf("audit: %d logins, %d failures, %d entries of %d", ok, failed, len(es), n)
		}
		if _, _, err := db.ListAudit(auth.WithActor(ctx, u), rastro.AuditFilter{}); rastro.ErrorCode(err) != rastro.EFORBIDDEN {
			t.Fatalf("investigator reading the audit log: %v", err)
		}
	})
}

func asLoginError(err error, le **auth.LoginError) bool {
	e, ok := err.(*auth.LoginError)
	*le = e
	return ok
}

func TestTOTP(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		s := newService(db, c)
		ctx := context.Background()
		u, err := s.AddUser(admin(), "root", auth.RoleAdmin, pw, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.Login(ctx, "root", pw, "", "192.0.2.1:1")
		wantReason(t, err, auth.ReasonTOTPEnrolment)

		secret, url, err := s.EnrollTOTP(admin(), u.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(url, "otpauth://totp/Rastro:root?") || !strings.Contains(url, "secret="+secret) {
			t.Fatalf("otpauth URL %q", url)
		}
		if err := s.ConfirmTOTP(admin(), u.ID, "000000"); rastro.ErrorCode(err) != rastro.EINVALID && code(t, secret, c.t) != "000000" {
			t.Fatalf("wrong confirmation code: %v", err)
		}
		if err := s.ConfirmTOTP(admin(), u.ID, code(t, secret, c.t)); err != nil {
			t.Fatal(err)
		}
		// The secret is not stored in clear.
		var stored string
		if err := db.View(ctx, func(tx *sqldb.Tx) error {
			return tx.QueryRow(ctx, "SELECT totp_secret FROM users WHERE id = ?", u.ID).Scan(&stored)
		}); err != nil {
			t.Fatal(err)
		}
		if stored == "" || strings.Contains(stored, secret) {
			t.Fatalf("TOTP secret stored as %q", stored)
		}

		_, err = s.Login(ctx, "root", pw, "", "192.0.2.1:1")
		wantReason(t, err, auth.ReasonTOTPRequired)
		// The confirmation code's step is used: the next step's code works once.
		c.advance(30 * time.Second)
		cd := code(t, secret, c.t)
		if _, err := s.Login(ctx, "root", pw, cd[:3]+" "+cd[3:], "192.0.2.1:1"); err != nil {
			t.Fatalf("login with code: %v", err)
		}
		_, err = s.Login(ctx, "root", pw, cd, "192.0.2.1:1")
		wantReason(t, err, auth.ReasonBadTOTP)
		_, err = s.Login(ctx, "root", pw, "12345x", "192.0.2.1:1")
		wantReason(t, err, auth.ReasonBadTOTP)
		// A code from five minutes ago is refused.
		_, err = s.Login(ctx, "root", pw, code(t, secret, c.t.Add(-5*time.Minute)), "192.0.2.1:1")
		wantReason(t, err, auth.ReasonBadTOTP)
	})
}

func TestAPITokens(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		s := newService(db, c)
		ctx := context.Background()
		u, err := s.AddUser(admin(), "ana", auth.RoleAnalyst, pw, nil)
		if err != nil {
			t.Fatal(err)
		}
		g, err := s.AddUser(admin(), "gus", auth.RoleGuest, pw, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.NewAPIToken(admin(), g.ID, "script"); rastro.ErrorCode(err) != rastro.EFORBIDDEN {
			t.Fatalf("guest token: %v", err)
		}
		other := auth.WithActorValue(ctx, auth.Actor{UserID: g.ID, Name: "gus", Role: auth.RoleGuest})
		if _, err := s.NewAPIToken(other, u.ID, "steal"); rastro.ErrorCode(err) != rastro.EFORBIDDEN {
			t.Fatalf("token for another user: %v", err)
		}
		tok, err := s.NewAPIToken(auth.WithActor(ctx, u), u.ID, "notebook")
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.AuthenticateAPIToken(ctx, tok)
		if err != nil || got.ID != u.ID {
			t.Fatalf("AuthenticateAPIToken = %+v, %v", got, err)
		}
		flip := "A"
		if strings.HasSuffix(tok, "A") {
			flip = "E"
		}
		for _, bad := range []string{"", tok + "x", tok[:len(tok)-1] + flip, auth.APIPrefix + strings.Repeat("A", 43)} {
			if _, err := s.AuthenticateAPIToken(ctx, bad); rastro.ErrorCode(err) != rastro.EUNAUTHORIZED {
				t.Fatalf("token %q: %v", bad, err)
			}
		}
		ts, err := s.APITokens(auth.WithActor(ctx, u), u.ID)
		if err != nil || len(ts) != 1 || ts[0].Name != "notebook" || ts[0].LastUsedAt == nil {
			t.Fatalf("APITokens = %+v, %v", ts, err)
		}
		if err := s.RevokeAPIToken(auth.WithActor(ctx, u), u.ID, ts[0].ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.AuthenticateAPIToken(ctx, tok); rastro.ErrorCode(err) != rastro.EUNAUTHORIZED {
			t.Fatalf("revoked token: %v", err)
		}
		// Only the hash is stored.
		var n int
		if err := db.View(ctx, func(tx *sqldb.Tx) error {
			return tx.QueryRow(ctx, "SELECT count(*) FROM api_tokens WHERE token_hash = ?", auth.HashToken(tok)).Scan(&n)
		}); err != nil || n != 1 {
			t.Fatalf("stored hash: %d, %v", n, err)
		}
	})
}

// TestConcurrentLogins runs logins and authentications side by side (run
// with -race): every good login gets a working session of its own.
func TestConcurrentLogins(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		s := newService(db, c)
		if _, err := s.AddUser(admin(), "ana", auth.RoleAnalyst, pw, nil); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		errs := make(chan error, 16)
		tokens := make(chan string, 8)
		for i := range 16 {
			go func() {
				if i%2 == 1 {
					_, err := s.Login(ctx, "nobody", pw, "", "192.0.2.50:1")
					if r := auth.LoginReason(err); r != auth.ReasonBadCredentials && r != auth.ReasonThrottled {
						errs <- err
						return
					}
					errs <- nil
					return
				}
				sess, err := s.Login(ctx, "ana", pw, "", "192.0.2.51:1")
				if err == nil {
					_, _, err = s.Authenticate(ctx, sess.Token)
					tokens <- sess.Token
				}
				errs <- err
			}()
		}
		for range 16 {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		close(tokens)
		seen := map[string]bool{}
		for tok := range tokens {
			if seen[tok] {
				t.Fatal("two logins got one token")
			}
			seen[tok] = true
		}
		if len(seen) != 8 {
			t.Fatalf("%d sessions", len(seen))
		}
	})
}

// TestParallelGuessesHitTheLock: a flood of parallel wrong passwords gets
// at most one more verification than the lock allows (two hashes run at
// once), not one per request.
func TestParallelGuessesHitTheLock(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		s := newService(db, c)
		if _, err := s.AddUser(admin(), "ana", auth.RoleAnalyst, pw, nil); err != nil {
			t.Fatal(err)
		}
		const n = 30
		reasons := make(chan string, n)
		for range n {
			go func() {
				_, err := s.Login(context.Background(), "ana", "guess guess guess", "", "192.0.2.60:1")
				reasons <- auth.LoginReason(err)
			}()
		}
		count := map[string]int{}
		for range n {
			count[<-reasons]++
		}
		if count[auth.ReasonBadCredentials] > s.Account.Free+1 || count[auth.ReasonBadCredentials]+count[auth.ReasonThrottled] != n {
			t.Fatalf("outcomes %v", count)
		}
	})
}

func TestThrottleSweep(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		st := db.Accounts()
		t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		for range 3 {
			if _, err := st.AddFailure(ctx, "addr:192.0.2.1", t0, time.Hour); err != nil {
				t.Fatal(err)
			}
		}
		th, err := st.Throttle(ctx, "addr:192.0.2.1")
		if err != nil || th.Failures != 3 || !th.Last.Equal(t0) {
			t.Fatalf("throttle %+v %v", th, err)
		}
		if _, err := st.AddFailure(ctx, "user:ana", t0.Add(25*time.Hour), time.Hour); err != nil {
			t.Fatal(err)
		}
		if th, err := st.Throttle(ctx, "addr:192.0.2.1"); err != nil || th.Failures != 0 {
			t.Fatalf("a day-old count survived: %+v %v", th, err)
		}
	})
}
