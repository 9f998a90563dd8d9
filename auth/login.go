package auth

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/rastro-project/rastro"
)

// Login checks name, password and (when the account has TOTP) the code,
// and opens a new session: a fresh token on every login, so a session
// fixed before login is never upgraded. Failures are throttled per account
// first and per address (see Backoff): a locked account is refused even with
// the right password, a locked address refuses only wrong ones. Every
// attempt is audited, never with the password; a name that matches no account is not written down either
// (it is often a password typed in the wrong field).
func (s *Service) Login(ctx context.Context, name, password, totpCode, remoteAddr string) (*Session, error) {
	now := s.now()
	audit := func(action string, userID int64, detail string) error {
		e := &rastro.AuditEntry{Time: now, ActorID: userID, Actor: "(login)", Action: action,
			RemoteAddr: remoteAddr, Detail: detail}
		if userID != 0 {
			e.Actor, e.RecordType, e.RecordID = name, "user", userID
		}
		return s.store.AppendAudit(ctx, e)
	}
	if len(name) > 64 || len(password) > MaxPasswordBytes || len(totpCode) > 32 {
		audit(rastro.AuditLoginFailed, 0, ReasonMalformed)
		return nil, loginError(ReasonMalformed, "name, password or code too long")
	}
	akey, ukey := addressKey(remoteAddr), accountKey(name)
	throttled := func(until time.Time) (*Session, error) {
		wait := until.Sub(now)
		audit(rastro.AuditLoginFailed, 0, ReasonThrottled)
		le := loginError(ReasonThrottled, fmt.Sprintf("too many failed attempts: try again in %d seconds", int(math.Ceil(wait.Seconds()))))
		le.RetryAfter = wait
		return nil, le
	}
	// A cheap refusal before queueing for a hash; attempt checks again.
	// The account is throttled first: a locked address alone refuses only
	// wrong passwords (below), so one address shared by many people (an
	// office, a proxy not named as trusted) locks no one out whose own
	// account has not failed.
	if until, _, err := s.lockedUntil(ctx, ukey, akey); err != nil {
		return nil, err
	} else if until.After(now) {
		return throttled(until)
	}
	countFailure := func() error {
		if _, err := s.store.AddFailure(ctx, ukey, now, s.Account.Window); err != nil {
			return err
		}
		_, err := s.store.AddFailure(ctx, akey, now, s.Address.Window)
		return err
	}
	fail := func(userID int64, reason, msg string, counted bool) (*Session, error) {
		if !counted {
			if err := countFailure(); err != nil {
				return nil, err
			}
		}
		if err := audit(rastro.AuditLoginFailed, userID, reason); err != nil {
			return nil, err
		}
		return nil, loginError(reason, msg)
	}
	u, err := s.store.UserByName(ctx, name)
	var userID int64
	hash := ""
	switch {
	case rastro.ErrorCode(err) == rastro.ENOTFOUND:
		hash = s.dummy() // same cost as a real check
	case err != nil:
		return nil, err
	default:
		userID, hash = u.ID, u.PasswordHash
	}
	// The throttle check, the hash and the counting of a failure happen
	// under the hash semaphore, so that a flood of parallel attempts cannot
	// all pass the check before the first failures are counted.
	var until, addrUntil time.Time
	ok := false
	err = s.withHash(ctx, func() error {
		var err error
		if until, addrUntil, err = s.lockedUntil(ctx, ukey, akey); err != nil || until.After(now) {
			return err
		}
		if ok, err = VerifyPassword(hash, password); err != nil {
			return err
		}
		if !ok || userID == 0 {
			ok = false
			return countFailure()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if until.After(now) {
		return throttled(until)
	}
	if !ok && addrUntil.After(now) {
		return throttled(addrUntil)
	}
	if !ok {
		return fail(userID, ReasonBadCredentials, "wrong name or password", true)
	}
	if !u.Active(now) {
		return fail(u.ID, ReasonInactive, "this account is disabled or has expired", false)
	}
	if u.Role == RoleAdmin && !u.TOTPEnabled {
		audit(rastro.AuditLoginFailed, u.ID, ReasonTOTPEnrolment)
		return nil, loginError(ReasonTOTPEnrolment, "administrators need two-factor authentication: another admin enrols it for "+u.Name+" (rastro user totp) before the first login")
	}
	if u.TOTPEnabled {
		if totpCode == "" {
			// The password was right: ask for the code, without counting a
			// failure.
			return nil, loginError(ReasonTOTPRequired, "enter the code from your authenticator app")
		}
		if err := s.checkTOTP(ctx, u, totpCode, now); err != nil {
			return fail(u.ID, ReasonBadTOTP, "wrong or already used authentication code", false)
		}
	}
	if err := s.store.ResetFailures(ctx, ukey); err != nil {
		return nil, err
	}
	// The address's count is left to expire: a success of one user must
	// not clear what others did from the same address.
	// Sessions that ended stay until a login sweeps them, in stores that
	// can.
	if sw, ok := s.store.(interface {
		DeleteExpiredSessions(context.Context, time.Time) error
	}); ok {
		if err := sw.DeleteExpiredSessions(ctx, now); err != nil {
			return nil, err
		}
	}
	token, hash, err := newToken(SessionPrefix)
	if err != nil {
		return nil, err
	}
	sess := &Session{UserID: u.ID, CreatedAt: now, ExpiresAt: now.Add(s.SessionTTL), LastSeenAt: now, RemoteAddr: remoteAddr}
	if err := s.store.CreateSession(ctx, sess, hash); err != nil {
		return nil, err
	}
	if err := audit(rastro.AuditLogin, u.ID, ""); err != nil {
		return nil, err
	}
	sess.Token = token
	return sess, nil
}

// dummy is a hash with the service's parameters to verify against when the
// user does not exist.
func (s *Service) dummy() string {
	s.dummyOnce.Do(func() { s.dummyHash, _ = HashPassword("not a password of anyone", s.Argon2) })
	return s.dummyHash
}

// lockedUntil returns when the account and the address unlock.
func (s *Service) lockedUntil(ctx context.Context, ukey, akey string) (account, address time.Time, err error) {
	ut, err := s.store.Throttle(ctx, ukey)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	at, err := s.store.Throttle(ctx, akey)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	return s.Account.LockedUntil(ut), s.Address.LockedUntil(at), nil
}

// checkTOTP accepts a code valid within the drift and later than the last
// accepted one (a code cannot be used twice).
func (s *Service) checkTOTP(ctx context.Context, u *User, code string, now time.Time) error {
	code, err := ParseTOTPCode(code)
	if err != nil {
		return err
	}
	step, ok := totpStep(u.TOTPSecret, code, now)
	if !ok {
		return rastro.Errorf(rastro.EUNAUTHORIZED, "wrong code")
	}
	fresh, err := s.store.AdvanceTOTPStep(ctx, u.ID, step)
	if err != nil {
		return err
	}
	if !fresh {
		return rastro.Errorf(rastro.EUNAUTHORIZED, "code already used")
	}
	return nil
}

var errNoSession = rastro.Errorf(rastro.EUNAUTHORIZED, "not logged in, or the session has ended: log in again")

// Authenticate returns the user and session of a session token. Sessions
// end SessionTTL after login or SessionIdle after their last use; the last
// use is written at most once a minute.
func (s *Service) Authenticate(ctx context.Context, token string) (*User, *Session, error) {
	if ParseToken(SessionPrefix, token) != nil {
		return nil, nil, errNoSession
	}
	sess, err := s.store.SessionByHash(ctx, HashToken(token))
	if rastro.ErrorCode(err) == rastro.ENOTFOUND {
		return nil, nil, errNoSession
	} else if err != nil {
		return nil, nil, err
	}
	now := s.now()
	if !now.Before(sess.ExpiresAt) || now.Sub(sess.LastSeenAt) >= s.SessionIdle {
		s.store.DeleteSession(ctx, HashToken(token))
		return nil, nil, errNoSession
	}
	u, err := s.store.UserByID(ctx, sess.UserID)
	if err != nil {
		return nil, nil, err
	}
	if !u.Active(now) {
		return nil, nil, errNoSession
	}
	if now.Sub(sess.LastSeenAt) >= time.Minute {
		if err := s.store.TouchSession(ctx, sess.ID, now); err != nil {
			return nil, nil, err
		}
		sess.LastSeenAt = now
	}
	return u, sess, nil
}

// Rotate replaces a session's token with a new one (after a change of
// privilege, for instance) and ends the old one.
func (s *Service) Rotate(ctx context.Context, token string) (*Session, error) {
	_, old, err := s.Authenticate(ctx, token)
	if err != nil {
		return nil, err
	}
	newTok, hash, err := newToken(SessionPrefix)
	if err != nil {
		return nil, err
	}
	sess := &Session{UserID: old.UserID, CreatedAt: old.CreatedAt, ExpiresAt: old.ExpiresAt, LastSeenAt: s.now(), RemoteAddr: old.RemoteAddr}
	if err := s.store.CreateSession(ctx, sess, hash); err != nil {
		return nil, err
	}
	if err := s.store.DeleteSession(ctx, HashToken(token)); err != nil {
		return nil, err
	}
	sess.Token = newTok
	return sess, nil
}

// Logout ends the session of token; an unknown token is not an error.
func (s *Service) Logout(ctx context.Context, token string) error {
	if ParseToken(SessionPrefix, token) != nil {
		return nil
	}
	hash := HashToken(token)
	sess, err := s.store.SessionByHash(ctx, hash)
	if rastro.ErrorCode(err) == rastro.ENOTFOUND {
		return nil
	} else if err != nil {
		return err
	}
	if err := s.store.DeleteSession(ctx, hash); err != nil {
		return err
	}
	return s.store.AppendAudit(ctx, &rastro.AuditEntry{Time: s.now(), ActorID: sess.UserID, Actor: actorName(ctx, sess.UserID, s),
		Action: rastro.AuditLogout, RecordType: "user", RecordID: sess.UserID})
}

func actorName(ctx context.Context, userID int64, s *Service) string {
	if u, err := s.store.UserByID(ctx, userID); err == nil {
		return u.Name
	}
	return fmt.Sprintf("user %d", userID)
}

// EnrollTOTP makes a new TOTP secret for the user (the user themself or
// PermManageUsers), pending until ConfirmTOTP proves the authenticator app
// has it; an enabled secret keeps working until then.
func (s *Service) EnrollTOTP(ctx context.Context, userID int64) (secret, otpauthURL string, err error) {
	if err := s.selfOrAdmin(ctx, userID); err != nil {
		return "", "", err
	}
	u, err := s.store.UserByID(ctx, userID)
	if err != nil {
		return "", "", err
	}
	key, err := newTOTPKey(s.Issuer, u.Name)
	if err != nil {
		return "", "", err
	}
	u.TOTPPending = key.Secret()
	if err := s.store.UpdateUser(ctx, u); err != nil {
		return "", "", err
	}
	return key.Secret(), key.URL(), nil
}

// ConfirmTOTP enables the pending secret when code is valid for it.
func (s *Service) ConfirmTOTP(ctx context.Context, userID int64, code string) error {
	if err := s.selfOrAdmin(ctx, userID); err != nil {
		return err
	}
	u, err := s.store.UserByID(ctx, userID)
	if err != nil {
		return err
	}
	if u.TOTPPending == "" {
		return rastro.Errorf(rastro.EINVALID, "no TOTP enrolment is pending for %s: enrol first", u.Name)
	}
	code, err = ParseTOTPCode(code)
	if err != nil {
		return err
	}
	step, ok := totpStep(u.TOTPPending, code, s.now())
	if !ok {
		return rastro.Errorf(rastro.EINVALID, "the code does not match the new secret: check the authenticator app's clock and try again")
	}
	u.TOTPSecret, u.TOTPPending, u.TOTPEnabled, u.TOTPLastStep = u.TOTPPending, "", true, step
	return s.store.UpdateUser(ctx, u)
}

// NewAPIToken creates a personal API token for the user (the user themself,
// if their role has PermAPITokens, or PermManageUsers). The token is shown
// once; the store keeps its hash.
func (s *Service) NewAPIToken(ctx context.Context, userID int64, name string) (string, error) {
	if err := s.selfOrAdmin(ctx, userID); err != nil {
		return "", err
	}
	u, err := s.store.UserByID(ctx, userID)
	if err != nil {
		return "", err
	}
	if !Can(u.Role, PermAPITokens) {
		return "", rastro.Errorf(rastro.EFORBIDDEN, "role %s cannot have API tokens", u.Role)
	}
	if name == "" || len(name) > 100 {
		return "", rastro.Errorf(rastro.EINVALID, "token name must have 1 to 100 characters")
	}
	token, hash, err := newToken(APIPrefix)
	if err != nil {
		return "", err
	}
	if err := s.store.CreateAPIToken(ctx, &APIToken{UserID: userID, Name: name, CreatedAt: s.now()}, hash); err != nil {
		return "", err
	}
	return token, nil
}

// APITokens lists a user's tokens (the user or PermManageUsers).
func (s *Service) APITokens(ctx context.Context, userID int64) ([]*APIToken, error) {
	if err := s.selfOrAdmin(ctx, userID); err != nil {
		return nil, err
	}
	return s.store.APITokens(ctx, userID)
}

// RevokeAPIToken revokes one of the user's tokens (the user or
// PermManageUsers).
func (s *Service) RevokeAPIToken(ctx context.Context, userID, tokenID int64) error {
	if err := s.selfOrAdmin(ctx, userID); err != nil {
		return err
	}
	return s.store.RevokeAPIToken(ctx, userID, tokenID, s.now())
}

var errBadToken = rastro.Errorf(rastro.EUNAUTHORIZED, "invalid, revoked or expired API token")

// AuthenticateAPIToken returns the user of a personal API token.
func (s *Service) AuthenticateAPIToken(ctx context.Context, token string) (*User, error) {
	if ParseToken(APIPrefix, token) != nil {
		return nil, errBadToken
	}
	t, err := s.store.APITokenByHash(ctx, HashToken(token))
	if rastro.ErrorCode(err) == rastro.ENOTFOUND {
		return nil, errBadToken
	} else if err != nil {
		return nil, err
	}
	if t.RevokedAt != nil {
		return nil, errBadToken
	}
	u, err := s.store.UserByID(ctx, t.UserID)
	if err != nil {
		return nil, err
	}
	now := s.now()
	if !u.Active(now) || !Can(u.Role, PermAPITokens) {
		return nil, errBadToken
	}
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) >= time.Minute {
		if err := s.store.TouchAPIToken(ctx, t.ID, now); err != nil {
			return nil, err
		}
	}
	return u, nil
}
