package auth

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/rastro-project/rastro"
)

// User is an account. The password hash and TOTP secrets never leave the
// process in JSON.
type User struct {
	ID           int64      `json:"id"`
	Name         string     `json:"name"`
	Role         Role       `json:"role"`
	PasswordHash string     `json:"-"`
	TOTPSecret   string     `json:"-"` // base32; encrypted at rest when the store has a key
	TOTPPending  string     `json:"-"` // enrolled, awaiting ConfirmTOTP
	TOTPEnabled  bool       `json:"totp_enabled"`
	TOTPLastStep int64      `json:"-"` // last accepted time step, against replays
	ExpiresAt    *time.Time `json:"expires_at,omitempty"`
	Disabled     bool       `json:"disabled"`
	CreatedAt    time.Time  `json:"created_at"`
	UpdatedAt    time.Time  `json:"updated_at"`
}

// Active reports whether the user may authenticate at t.
func (u *User) Active(t time.Time) bool {
	return !u.Disabled && (u.ExpiresAt == nil || t.Before(*u.ExpiresAt))
}

// Session is a logged-in browser. Token is set only in Login's answer: the
// store keeps its SHA-256.
type Session struct {
	ID         int64     `json:"id"`
	UserID     int64     `json:"user_id"`
	Token      string    `json:"-"`
	CreatedAt  time.Time `json:"created_at"`
	ExpiresAt  time.Time `json:"expires_at"` // absolute end
	LastSeenAt time.Time `json:"last_seen_at"`
	RemoteAddr string    `json:"-"`
}

// APIToken is a personal token for the JSON API, stored hashed.
type APIToken struct {
	ID         int64      `json:"id"`
	UserID     int64      `json:"user_id"`
	Name       string     `json:"name"`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
}

// Throttle is the failure count of one throttling key (an account or an
// address) and the time of the last failure.
type Throttle struct {
	Failures int
	Last     time.Time
}

// Store keeps accounts, sessions, tokens, throttles and the audit log
// (package sqldb implements it). Lookups return ENOTFOUND; writes that
// change users are audited by the store in the same transaction.
type Store interface {
	CreateUser(ctx context.Context, u *User) error // assigns ID and timestamps; ECONFLICT on a taken name
	UserByName(ctx context.Context, name string) (*User, error)
	UserByID(ctx context.Context, id int64) (*User, error)
	Users(ctx context.Context) ([]*User, error)
	UpdateUser(ctx context.Context, u *User) error
	// AdvanceTOTPStep records step as the user's last accepted TOTP step
	// if it is later than the stored one, and reports whether it was.
	AdvanceTOTPStep(ctx context.Context, userID, step int64) (bool, error)

	CreateSession(ctx context.Context, s *Session, tokenHash string) error
	SessionByHash(ctx context.Context, tokenHash string) (*Session, error)
	TouchSession(ctx context.Context, id int64, t time.Time) error
	DeleteSession(ctx context.Context, tokenHash string) error
	DeleteUserSessions(ctx context.Context, userID int64) error

	CreateAPIToken(ctx context.Context, t *APIToken, tokenHash string) error
	APITokenByHash(ctx context.Context, tokenHash string) (*APIToken, error)
	TouchAPIToken(ctx context.Context, id int64, t time.Time) error
	RevokeAPIToken(ctx context.Context, userID, id int64, t time.Time) error
	APITokens(ctx context.Context, userID int64) ([]*APIToken, error)

	// AddFailure counts a failure for key at now, restarting the count
	// when the last failure is older than window, and returns the result.
	AddFailure(ctx context.Context, key string, now time.Time, window time.Duration) (Throttle, error)
	Throttle(ctx context.Context, key string) (Throttle, error) // zero Throttle when none
	ResetFailures(ctx context.Context, key string) error

	AppendAudit(ctx context.Context, e *rastro.AuditEntry) error
}

// Service is the account layer over a Store.
type Service struct {
	store Store

	Now         func() time.Time
	Argon2      Argon2Params
	SessionTTL  time.Duration // absolute lifetime of a session: 12 h
	SessionIdle time.Duration // a session unused this long ends: 2 h
	GuestTTL    time.Duration // default lifetime of guest accounts: 30 days
	Issuer      string        // shown in authenticator apps
	Account     Backoff       // throttling per account
	Address     Backoff       // throttling per address

	hashes    chan struct{} // bounds concurrent argon2 runs (memory)
	dummyHash string        // verified against for unknown users, so timing does not tell
	dummyOnce sync.Once
}

// NewService returns the service with the default policy.
func NewService(store Store) *Service {
	return &Service{
		store:       store,
		Now:         time.Now,
		Argon2:      DefaultArgon2,
		SessionTTL:  12 * time.Hour,
		SessionIdle: 2 * time.Hour,
		GuestTTL:    30 * 24 * time.Hour,
		Issuer:      "Rastro",
		Account:     Backoff{Free: 5, Base: 30 * time.Second, Max: 15 * time.Minute, Window: time.Hour},
		Address:     Backoff{Free: 20, Base: 30 * time.Second, Max: time.Hour, Window: time.Hour},
		hashes:      make(chan struct{}, 2),
	}
}

// Store returns the service's store.
func (s *Service) Store() Store { return s.store }

func (s *Service) now() time.Time { return s.Now().UTC().Truncate(time.Microsecond) }

// hash and withHash run argon2 at most two at a time.
func (s *Service) hash(ctx context.Context, password string) (string, error) {
	var h string
	err := s.withHash(ctx, func() (err error) {
		h, err = HashPassword(password, s.Argon2)
		return err
	})
	return h, err
}

func (s *Service) verify(ctx context.Context, encoded, password string) (ok bool, err error) {
	err = s.withHash(ctx, func() error {
		ok, err = VerifyPassword(encoded, password)
		return err
	})
	return ok, err
}

func (s *Service) withHash(ctx context.Context, fn func() error) error {
	if err := s.acquire(ctx); err != nil {
		return err
	}
	defer func() { <-s.hashes }()
	return fn()
}

func (s *Service) acquire(ctx context.Context) error {
	select {
	case s.hashes <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Require returns EFORBIDDEN unless the context's actor has permission p.
func Require(ctx context.Context, p Permission) error {
	if !Allowed(ctx, p) {
		return rastro.Errorf(rastro.EFORBIDDEN, "permission denied: needs %s", p)
	}
	return nil
}

// ValidateUserName accepts 1-64 characters of letters, digits and . _ - @.
func ValidateUserName(name string) error {
	if name == "" || len(name) > 64 {
		return rastro.Errorf(rastro.EINVALID, "user name must have 1 to 64 characters")
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._-@", r)) {
			return rastro.Errorf(rastro.EINVALID, "user name %q: use letters, digits and . _ - @ only", name)
		}
	}
	return nil
}

// AddUser creates an account (needs PermManageUsers). The password must
// pass CheckPasswordPolicy; guests get an expiry (GuestTTL unless one is
// given); admins must enrol TOTP before they can log in to the web app.
func (s *Service) AddUser(ctx context.Context, name string, role Role, password string, expires *time.Time) (*User, error) {
	if err := Require(ctx, PermManageUsers); err != nil {
		return nil, err
	}
	if err := ValidateUserName(name); err != nil {
		return nil, err
	}
	if _, err := ParseRole(string(role)); err != nil {
		return nil, err
	}
	if err := CheckPasswordPolicy(name, password); err != nil {
		return nil, err
	}
	now := s.now()
	if expires != nil && !expires.After(now) {
		return nil, rastro.Errorf(rastro.EINVALID, "expiry %s is in the past", expires.Format(time.RFC3339))
	}
	if role == RoleGuest && expires == nil {
		t := now.Add(s.GuestTTL)
		expires = &t
	}
	h, err := s.hash(ctx, password)
	if err != nil {
		return nil, err
	}
	u := &User{Name: name, Role: role, PasswordHash: h, ExpiresAt: expires}
	if err := s.store.CreateUser(ctx, u); err != nil {
		if rastro.ErrorCode(err) == rastro.ECONFLICT {
			return nil, rastro.Errorf(rastro.ECONFLICT, "user %q already exists", name)
		}
		return nil, err
	}
	return u, nil
}

// Users lists the accounts (needs PermManageUsers).
func (s *Service) Users(ctx context.Context) ([]*User, error) {
	if err := Require(ctx, PermManageUsers); err != nil {
		return nil, err
	}
	return s.store.Users(ctx)
}

// UserByName finds an account (needs PermManageUsers).
func (s *Service) UserByName(ctx context.Context, name string) (*User, error) {
	if err := Require(ctx, PermManageUsers); err != nil {
		return nil, err
	}
	return s.store.UserByName(ctx, name)
}

// DisableUser disables an account and ends its sessions (needs
// PermManageUsers). Its API tokens stop working with it.
func (s *Service) DisableUser(ctx context.Context, name string) error {
	disabled := true
	_, err := s.UpdateAccount(ctx, name, nil, &disabled, nil)
	return err
}

// UpdateAccount changes a user's role, disabled flag or expiry (needs
// PermManageUsers); nil arguments keep the current value, and a zero
// expiry removes it. A user whose role changes loses their sessions; one
// who is disabled loses their API tokens too.
func (s *Service) UpdateAccount(ctx context.Context, name string, role *Role, disabled *bool, expires *time.Time) (*User, error) {
	if err := Require(ctx, PermManageUsers); err != nil {
		return nil, err
	}
	u, err := s.store.UserByName(ctx, name)
	if err != nil {
		return nil, err
	}
	endSessions := false
	if role != nil {
		if _, err := ParseRole(string(*role)); err != nil {
			return nil, err
		}
		endSessions = endSessions || *role != u.Role
		u.Role = *role
	}
	if disabled != nil {
		endSessions = endSessions || *disabled
		u.Disabled = *disabled
	}
	if expires != nil {
		if expires.IsZero() {
			u.ExpiresAt = nil
		} else {
			t := expires.UTC()
			u.ExpiresAt = &t
		}
	}
	if u.Role == RoleGuest && u.ExpiresAt == nil {
		return nil, rastro.Errorf(rastro.EINVALID, "guest accounts must expire: give an expiry")
	}
	if err := s.store.UpdateUser(ctx, u); err != nil {
		return nil, err
	}
	switch {
	case disabled != nil && *disabled:
		if err := s.endAccess(ctx, u.ID); err != nil {
			return nil, err
		}
	case endSessions:
		if err := s.store.DeleteUserSessions(ctx, u.ID); err != nil {
			return nil, err
		}
	}
	return u, nil
}

// endAccess ends a user's sessions and revokes their API tokens: after a
// new password or when the account is disabled, nothing issued before may
// act for the user (re-enabling an account brings no token back).
func (s *Service) endAccess(ctx context.Context, userID int64) error {
	if err := s.store.DeleteUserSessions(ctx, userID); err != nil {
		return err
	}
	ts, err := s.store.APITokens(ctx, userID)
	if err != nil {
		return err
	}
	now := s.now()
	for _, t := range ts {
		if t.RevokedAt == nil {
			if err := s.store.RevokeAPIToken(ctx, userID, t.ID, now); err != nil {
				return err
			}
		}
	}
	return nil
}

// SetPassword replaces a user's password (needs PermManageUsers), ends the
// user's sessions and revokes their API tokens.
func (s *Service) SetPassword(ctx context.Context, userID int64, password string) error {
	if err := Require(ctx, PermManageUsers); err != nil {
		return err
	}
	u, err := s.store.UserByID(ctx, userID)
	if err != nil {
		return err
	}
	return s.setPassword(ctx, u, password)
}

// ChangePassword lets the context's own user replace their password,
// proving the old one; their sessions end (the web app logs them in anew)
// and their API tokens are revoked.
func (s *Service) ChangePassword(ctx context.Context, oldPassword, newPassword string) error {
	a, ok := ActorFrom(ctx)
	if !ok || a.UserID == 0 {
		return rastro.Errorf(rastro.EUNAUTHORIZED, "log in to change your password")
	}
	u, err := s.store.UserByID(ctx, a.UserID)
	if err != nil {
		return err
	}
	if len(oldPassword) > MaxPasswordBytes {
		return rastro.Errorf(rastro.EINVALID, "the current password is wrong")
	}
	ok, err = s.verify(ctx, u.PasswordHash, oldPassword)
	if err != nil {
		return err
	}
	if !ok {
		return rastro.Errorf(rastro.EINVALID, "the current password is wrong")
	}
	return s.setPassword(ctx, u, newPassword)
}

func (s *Service) setPassword(ctx context.Context, u *User, password string) error {
	if err := CheckPasswordPolicy(u.Name, password); err != nil {
		return err
	}
	var err error
	if u.PasswordHash, err = s.hash(ctx, password); err != nil {
		return err
	}
	if err := s.store.UpdateUser(ctx, u); err != nil {
		return err
	}
	return s.endAccess(ctx, u.ID)
}

func (s *Service) selfOrAdmin(ctx context.Context, userID int64) error {
	if a, ok := ActorFrom(ctx); ok && a.UserID != 0 && a.UserID == userID {
		return nil
	}
	return Require(ctx, PermManageUsers)
}

// LoginError is why a login failed; it unwraps to an EUNAUTHORIZED
// *rastro.Error whose message is safe to show.
type LoginError struct {
	Reason     string
	RetryAfter time.Duration // for ReasonThrottled
	err        *rastro.Error
}

// Login failure reasons.
const (
	ReasonBadCredentials = "bad_credentials" // unknown name or wrong password
	ReasonInactive       = "inactive"        // disabled or expired account
	ReasonTOTPRequired   = "totp_required"   // the account needs a TOTP code
	ReasonBadTOTP        = "bad_totp"        // wrong, malformed or replayed code
	ReasonTOTPEnrolment  = "totp_enrolment"  // an admin without TOTP: enrol first
	ReasonThrottled      = "throttled"       // too many failures: RetryAfter
	ReasonMalformed      = "malformed_input" // over-long name or password
)

func (e *LoginError) Error() string { return e.err.Error() }
func (e *LoginError) Unwrap() error { return e.err }

func loginError(reason, msg string) *LoginError {
	return &LoginError{Reason: reason, err: rastro.Errorf(rastro.EUNAUTHORIZED, "%s", msg)}
}

// LoginReason returns the reason of a failed Login, or "".
func LoginReason(err error) string {
	var le *LoginError
	if errors.As(err, &le) {
		return le.Reason
	}
	return ""
}
