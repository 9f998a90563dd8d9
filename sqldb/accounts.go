package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
)

// accounts is the store of package auth: users, sessions, API tokens,
// login throttles and the audit entries of logins. Changes to users are
// audited in their transaction (old and new, without hashes or secrets);
// TOTP secrets are sealed with the store's key like protected fields. DB
// embeds it, so *DB is an auth.Store itself.
type accounts struct{ db *DB }

var (
	_ auth.Store          = (*accounts)(nil)
	_ auth.Store          = (*DB)(nil)
	_ rastro.AuditService = (*DB)(nil)
)

// Accounts returns the account store (the DB itself serves as one too).
func (db *DB) Accounts() auth.Store { return db.accounts }

const userCols = "id, name, role, password_hash, totp_secret, totp_pending, totp_enabled, totp_last_step, expires_at, disabled, created_at, updated_at"

func optTimeArg(t *time.Time) any {
	if t == nil {
		return nil
	}
	return formatTime(*t)
}

type optTimeDest struct{ p **time.Time }

func (d optTimeDest) Scan(v any) error {
	*d.p = nil
	s, err := asString(v)
	if err != nil || s == "" {
		return err
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return fmt.Errorf("bad timestamp %q: %w", s, err)
	}
	*d.p = &t
	return nil
}

// sealSecret and openSecret keep TOTP secrets encrypted ("" stays "").
func sealSecret(ctx context.Context, tx *Tx, s string) (string, error) {
	if s == "" {
		return "", nil
	}
	return tx.seal(ctx, []byte(s))
}

func openSecret(ctx context.Context, tx *Tx, s string) (string, error) {
	if s == "" {
		return "", nil
	}
	b, err := tx.unseal(ctx, s)
	return string(b), err
}

func (a *accounts) queryUser(ctx context.Context, tx *Tx, where string, arg any) (*auth.User, error) {
	u := &auth.User{}
	var role string
	err := tx.QueryRow(ctx, "SELECT "+userCols+" FROM users WHERE "+where, arg).Scan(userDests(u, &role)...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "no such user")
	} else if err != nil {
		return nil, err
	}
	return openUser(ctx, tx, u, role)
}

// userDests are the scan destinations of userCols.
func userDests(u *auth.User, role *string) []any {
	return []any{&u.ID, &u.Name, role, &u.PasswordHash, &u.TOTPSecret, &u.TOTPPending, &u.TOTPEnabled, &u.TOTPLastStep,
		optTimeDest{&u.ExpiresAt}, &u.Disabled, timeDest{&u.CreatedAt}, timeDest{&u.UpdatedAt}}
}

// openUser finishes a scanned user: its role, its secrets decrypted.
func openUser(ctx context.Context, tx *Tx, u *auth.User, role string) (*auth.User, error) {
	u.Role = auth.Role(role)
	var err error
	if u.TOTPSecret, err = openSecret(ctx, tx, u.TOTPSecret); err != nil {
		return nil, err
	}
	if u.TOTPPending, err = openSecret(ctx, tx, u.TOTPPending); err != nil {
		return nil, err
	}
	return u, nil
}

func (a *accounts) CreateUser(ctx context.Context, u *auth.User) error {
	return a.db.Update(ctx, func(tx *Tx) error {
		secret, err := sealSecret(ctx, tx, u.TOTPSecret)
		if err != nil {
			return err
		}
		pending, err := sealSecret(ctx, tx, u.TOTPPending)
		if err != nil {
			return err
		}
		err = tx.QueryRow(ctx, `INSERT INTO users (name, role, password_hash, totp_secret, totp_pending, totp_enabled, totp_last_step, expires_at, disabled, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			u.Name, string(u.Role), u.PasswordHash, secret, pending, u.TOTPEnabled, u.TOTPLastStep, optTimeArg(u.ExpiresAt), u.Disabled,
			formatTime(tx.Now), formatTime(tx.Now)).Scan(&u.ID)
		if err != nil {
			return err
		}
		u.CreatedAt, u.UpdatedAt = tx.Now, tx.Now
		e := newAuditEntry(ctx, tx, rastro.AuditCreate, "user", u.ID)
		if e.New, err = auditJSON(u); err != nil {
			return err
		}
		return insertAudit(ctx, tx, e)
	})
}

func (a *accounts) UpdateUser(ctx context.Context, u *auth.User) error {
	return a.db.Update(ctx, func(tx *Tx) error {
		old, err := a.queryUser(ctx, tx, "id = ?", u.ID)
		if err != nil {
			return err
		}
		secret, err := sealSecret(ctx, tx, u.TOTPSecret)
		if err != nil {
			return err
		}
		pending, err := sealSecret(ctx, tx, u.TOTPPending)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE users SET role = ?, password_hash = ?, totp_secret = ?, totp_pending = ?, totp_enabled = ?,
			totp_last_step = ?, expires_at = ?, disabled = ?, updated_at = ? WHERE id = ?`,
			string(u.Role), u.PasswordHash, secret, pending, u.TOTPEnabled, u.TOTPLastStep, optTimeArg(u.ExpiresAt), u.Disabled,
			formatTime(tx.Now), u.ID)
		if err != nil {
			return err
		}
		u.UpdatedAt = tx.Now
		e := newAuditEntry(ctx, tx, rastro.AuditUpdate, "user", u.ID)
		var what []string
		if old.PasswordHash != u.PasswordHash {
			what = append(what, "password changed")
		}
		if old.TOTPPending != u.TOTPPending && u.TOTPPending != "" {
			what = append(what, "TOTP enrolment started")
		}
		if old.TOTPSecret != u.TOTPSecret {
			what = append(what, "TOTP secret replaced")
		}
		e.Detail = strings.Join(what, "; ")
		if e.Old, err = auditJSON(old); err != nil {
			return err
		}
		if e.New, err = auditJSON(u); err != nil {
			return err
		}
		return insertAudit(ctx, tx, e)
	})
}

func (a *accounts) UserByName(ctx context.Context, name string) (*auth.User, error) {
	var u *auth.User
	err := a.db.View(ctx, func(tx *Tx) (err error) {
		u, err = a.queryUser(ctx, tx, "name = ?", name)
		return err
	})
	return u, err
}

func (a *accounts) UserByID(ctx context.Context, id int64) (*auth.User, error) {
	if sn := a.db.snapshotOf(ctx); sn != nil {
		if u, ok := sn.users[id]; ok {
			c := *u
			return &c, nil
		}
	}
	var u *auth.User
	err := a.db.View(ctx, func(tx *Tx) (err error) {
		u, err = a.queryUser(ctx, tx, "id = ?", id)
		return err
	})
	return u, err
}

// Users lists every user by name, without password hashes or secrets.
func (a *accounts) Users(ctx context.Context) ([]*auth.User, error) {
	var out []*auth.User
	err := a.db.View(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, `SELECT id, name, role, totp_enabled, expires_at, disabled, created_at, updated_at FROM users ORDER BY name`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			u := &auth.User{}
			var role string
			if err := rows.Scan(&u.ID, &u.Name, &role, &u.TOTPEnabled, optTimeDest{&u.ExpiresAt}, &u.Disabled, timeDest{&u.CreatedAt}, timeDest{&u.UpdatedAt}); err != nil {
				return err
			}
			u.Role = auth.Role(role)
			out = append(out, u)
		}
		return rows.Err()
	})
	return out, err
}

func (a *accounts) AdvanceTOTPStep(ctx context.Context, userID, step int64) (bool, error) {
	var ok bool
	err := a.db.Update(ctx, func(tx *Tx) error {
		res, err := tx.Exec(ctx, "UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?", step, userID, step)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		ok = n == 1
		return err
	})
	return ok, err
}

func (a *accounts) CreateSession(ctx context.Context, s *auth.Session, tokenHash string) error {
	return a.db.Update(ctx, func(tx *Tx) error {
		return tx.QueryRow(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, remote_addr)
			VALUES (?, ?, ?, ?, ?, ?) RETURNING id`, tokenHash, s.UserID, formatTime(s.CreatedAt), formatTime(s.ExpiresAt),
			formatTime(s.LastSeenAt), s.RemoteAddr).Scan(&s.ID)
	})
}

// SessionByHash returns the session of a token. Within a snapshot (see
// DB.Snapshot) it reads the session's user with it, in one statement, and
// keeps the user for UserByID, which the session check calls next.
func (a *accounts) SessionByHash(ctx context.Context, tokenHash string) (*auth.Session, error) {
	s := &auth.Session{}
	sn := a.db.snapshotOf(ctx)
	err := a.db.View(ctx, func(tx *Tx) error {
		dests := []any{&s.ID, &s.UserID, timeDest{&s.CreatedAt}, timeDest{&s.ExpiresAt}, timeDest{&s.LastSeenAt}, &s.RemoteAddr}
		q := `SELECT id, user_id, created_at, expires_at, last_seen_at, remote_addr FROM sessions WHERE token_hash = ?`
		var u *auth.User
		var role string
		if sn != nil {
			u = &auth.User{}
			dests = append(dests, userDests(u, &role)...)
			q = `SELECT s.id, s.user_id, s.created_at, s.expires_at, s.last_seen_at, s.remote_addr, u.` +
				strings.ReplaceAll(userCols, ", ", ", u.") + ` FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`
		}
		err := tx.QueryRow(ctx, q, tokenHash).Scan(dests...)
		if errors.Is(err, sql.ErrNoRows) {
			return rastro.Errorf(rastro.ENOTFOUND, "no such session")
		} else if err != nil || u == nil {
			return err
		}
		if u, err = openUser(ctx, tx, u, role); err != nil {
			return err
		}
		sn.users = map[int64]*auth.User{u.ID: u}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

func (a *accounts) exec(ctx context.Context, q string, args ...any) error {
	return a.db.Update(ctx, func(tx *Tx) error {
		_, err := tx.Exec(ctx, q, args...)
		return err
	})
}

func (a *accounts) TouchSession(ctx context.Context, id int64, t time.Time) error {
	return a.exec(ctx, "UPDATE sessions SET last_seen_at = ? WHERE id = ?", formatTime(t), id)
}

func (a *accounts) DeleteSession(ctx context.Context, tokenHash string) error {
	return a.exec(ctx, "DELETE FROM sessions WHERE token_hash = ?", tokenHash)
}

func (a *accounts) DeleteUserSessions(ctx context.Context, userID int64) error {
	return a.exec(ctx, "DELETE FROM sessions WHERE user_id = ?", userID)
}

// DeleteExpiredSessions removes sessions whose absolute end is before t.
func (a *accounts) DeleteExpiredSessions(ctx context.Context, t time.Time) error {
	return a.exec(ctx, "DELETE FROM sessions WHERE expires_at < ?", formatTime(t))
}

func (a *accounts) CreateAPIToken(ctx context.Context, t *auth.APIToken, tokenHash string) error {
	return a.db.Update(ctx, func(tx *Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO api_tokens (token_hash, user_id, name, created_at) VALUES (?, ?, ?, ?) RETURNING id`,
			tokenHash, t.UserID, t.Name, formatTime(t.CreatedAt)).Scan(&t.ID)
		if err != nil {
			return err
		}
		e := newAuditEntry(ctx, tx, rastro.AuditTokenCreate, "user", t.UserID)
		e.Detail = fmt.Sprintf("API token %d %q", t.ID, t.Name)
		return insertAudit(ctx, tx, e)
	})
}

const tokenCols = "id, user_id, name, created_at, last_used_at, revoked_at"

func scanToken(sc interface{ Scan(...any) error }) (*auth.APIToken, error) {
	t := &auth.APIToken{}
	err := sc.Scan(&t.ID, &t.UserID, &t.Name, timeDest{&t.CreatedAt}, optTimeDest{&t.LastUsedAt}, optTimeDest{&t.RevokedAt})
	return t, err
}

func (a *accounts) APITokenByHash(ctx context.Context, tokenHash string) (*auth.APIToken, error) {
	var t *auth.APIToken
	err := a.db.View(ctx, func(tx *Tx) (err error) {
		t, err = scanToken(tx.QueryRow(ctx, "SELECT "+tokenCols+" FROM api_tokens WHERE token_hash = ?", tokenHash))
		if errors.Is(err, sql.ErrNoRows) {
			return rastro.Errorf(rastro.ENOTFOUND, "no such token")
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

func (a *accounts) TouchAPIToken(ctx context.Context, id int64, t time.Time) error {
	return a.exec(ctx, "UPDATE api_tokens SET last_used_at = ? WHERE id = ?", formatTime(t), id)
}

func (a *accounts) RevokeAPIToken(ctx context.Context, userID, id int64, t time.Time) error {
	return a.db.Update(ctx, func(tx *Tx) error {
		res, err := tx.Exec(ctx, "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL", formatTime(t), id, userID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return rastro.Errorf(rastro.ENOTFOUND, "user %d has no active API token %d", userID, id)
		}
		e := newAuditEntry(ctx, tx, rastro.AuditTokenRevoke, "user", userID)
		e.Detail = fmt.Sprintf("API token %d", id)
		return insertAudit(ctx, tx, e)
	})
}

func (a *accounts) APITokens(ctx context.Context, userID int64) ([]*auth.APIToken, error) {
	var out []*auth.APIToken
	err := a.db.View(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, "SELECT "+tokenCols+" FROM api_tokens WHERE user_id = ? ORDER BY id", userID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			t, err := scanToken(rows)
			if err != nil {
				return err
			}
			out = append(out, t)
		}
		return rows.Err()
	})
	return out, err
}

// throttleSweep is the age past which AddFailure removes failure counts;
// auth.Backoff windows must not exceed it.
const throttleSweep = 24 * time.Hour

func (a *accounts) AddFailure(ctx context.Context, key string, now time.Time, window time.Duration) (auth.Throttle, error) {
	var th auth.Throttle
	err := a.db.Update(ctx, func(tx *Tx) error {
		// Counts older than a day lock nothing and would restart at 1:
		// sweeping them keeps a flood from many addresses from piling up.
		if _, err := tx.Exec(ctx, "DELETE FROM login_throttles WHERE last_failure < ?", formatTime(now.Add(-throttleSweep))); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `INSERT INTO login_throttles (key, failures, last_failure) VALUES (?, 1, ?)
			ON CONFLICT (key) DO UPDATE SET
				failures = CASE WHEN login_throttles.last_failure < ? THEN 1 ELSE login_throttles.failures + 1 END,
				last_failure = excluded.last_failure
			RETURNING failures, last_failure`, key, formatTime(now), formatTime(now.Add(-window))).
			Scan(&th.Failures, timeDest{&th.Last})
	})
	return th, err
}

func (a *accounts) Throttle(ctx context.Context, key string) (auth.Throttle, error) {
	var th auth.Throttle
	err := a.db.View(ctx, func(tx *Tx) error {
		err := tx.QueryRow(ctx, "SELECT failures, last_failure FROM login_throttles WHERE key = ?", key).Scan(&th.Failures, timeDest{&th.Last})
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		return err
	})
	return th, err
}

func (a *accounts) ResetFailures(ctx context.Context, key string) error {
	return a.exec(ctx, "DELETE FROM login_throttles WHERE key = ?", key)
}

func (a *accounts) AppendAudit(ctx context.Context, e *rastro.AuditEntry) error {
	return a.db.AppendAudit(ctx, e)
}
