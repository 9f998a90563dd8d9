package web

import (
	"context"
	"sync"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
)

// MemoryAuthStore is an auth.Store held in memory: the adapter the web app
// uses while the database does not implement auth.Store (accounts,
// sessions and the audit log are then lost when the process ends), and in
// tests. It keeps copies, so callers cannot change what it holds.
type MemoryAuthStore struct {
	mu        sync.Mutex
	users     []*auth.User
	sessions  map[string]*auth.Session
	tokens    map[string]*auth.APIToken
	tokenList []*auth.APIToken
	throttles map[string]auth.Throttle
	audit     []*rastro.AuditEntry
	nextID    int64
}

var _ auth.Store = (*MemoryAuthStore)(nil)
var _ rastro.AuditService = (*MemoryAuthStore)(nil)

// NewMemoryAuthStore returns an empty store.
func NewMemoryAuthStore() *MemoryAuthStore {
	return &MemoryAuthStore{sessions: map[string]*auth.Session{}, tokens: map[string]*auth.APIToken{},
		throttles: map[string]auth.Throttle{}}
}

func (m *MemoryAuthStore) id() int64 { m.nextID++; return m.nextID }

func notFound(what string) error { return rastro.Errorf(rastro.ENOTFOUND, "%s not found", what) }

func (m *MemoryAuthStore) CreateUser(ctx context.Context, u *auth.User) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, x := range m.users {
		if x.Name == u.Name {
			return rastro.Errorf(rastro.ECONFLICT, "user %q exists", u.Name)
		}
	}
	now := time.Now().UTC()
	u.ID, u.CreatedAt, u.UpdatedAt = m.id(), now, now
	c := *u
	m.users = append(m.users, &c)
	return nil
}

func (m *MemoryAuthStore) find(match func(*auth.User) bool) (*auth.User, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, u := range m.users {
		if match(u) {
			c := *u
			return &c, nil
		}
	}
	return nil, notFound("user")
}

func (m *MemoryAuthStore) UserByName(ctx context.Context, name string) (*auth.User, error) {
	return m.find(func(u *auth.User) bool { return u.Name == name })
}

func (m *MemoryAuthStore) UserByID(ctx context.Context, id int64) (*auth.User, error) {
	return m.find(func(u *auth.User) bool { return u.ID == id })
}

func (m *MemoryAuthStore) Users(ctx context.Context) ([]*auth.User, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]*auth.User, len(m.users))
	for i, u := range m.users {
		c := *u
		out[i] = &c
	}
	return out, nil
}

func (m *MemoryAuthStore) UpdateUser(ctx context.Context, u *auth.User) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, x := range m.users {
		if x.ID == u.ID {
			u.UpdatedAt = time.Now().UTC()
			c := *u
			m.users[i] = &c
			return nil
		}
	}
	return notFound("user")
}

func (m *MemoryAuthStore) AdvanceTOTPStep(ctx context.Context, userID, step int64) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, u := range m.users {
		if u.ID == userID {
			if step <= u.TOTPLastStep {
				return false, nil
			}
			u.TOTPLastStep = step
			return true, nil
		}
	}
	return false, notFound("user")
}

func (m *MemoryAuthStore) CreateSession(ctx context.Context, s *auth.Session, tokenHash string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	s.ID = m.id()
	c := *s
	c.Token = ""
	m.sessions[tokenHash] = &c
	return nil
}

func (m *MemoryAuthStore) SessionByHash(ctx context.Context, tokenHash string) (*auth.Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.sessions[tokenHash]
	if !ok {
		return nil, notFound("session")
	}
	c := *s
	return &c, nil
}

func (m *MemoryAuthStore) TouchSession(ctx context.Context, id int64, t time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, s := range m.sessions {
		if s.ID == id {
			s.LastSeenAt = t
		}
	}
	return nil
}

func (m *MemoryAuthStore) DeleteSession(ctx context.Context, tokenHash string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.sessions, tokenHash)
	return nil
}

func (m *MemoryAuthStore) DeleteUserSessions(ctx context.Context, userID int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for h, s := range m.sessions {
		if s.UserID == userID {
			delete(m.sessions, h)
		}
	}
	return nil
}

func (m *MemoryAuthStore) CreateAPIToken(ctx context.Context, t *auth.APIToken, tokenHash string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	t.ID = m.id()
	c := *t
	m.tokens[tokenHash] = &c
	m.tokenList = append(m.tokenList, &c)
	return nil
}

func (m *MemoryAuthStore) APITokenByHash(ctx context.Context, tokenHash string) (*auth.APIToken, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t, ok := m.tokens[tokenHash]
	if !ok {
		return nil, notFound("API token")
	}
	c := *t
	return &c, nil
}

func (m *MemoryAuthStore) TouchAPIToken(ctx context.Context, id int64, t time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, x := range m.tokenList {
		if x.ID == id {
			x.LastUsedAt = &t
		}
	}
	return nil
}

func (m *MemoryAuthStore) RevokeAPIToken(ctx context.Context, userID, id int64, t time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, x := range m.tokenList {
		if x.ID == id && x.UserID == userID {
			x.RevokedAt = &t
			return nil
		}
	}
	return notFound("API token")
}

func (m *MemoryAuthStore) APITokens(ctx context.Context, userID int64) ([]*auth.APIToken, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*auth.APIToken
	for _, x := range m.tokenList {
		if x.UserID == userID {
			c := *x
			out = append(out, &c)
		}
	}
	return out, nil
}

func (m *MemoryAuthStore) AddFailure(ctx context.Context, key string, now time.Time, window time.Duration) (auth.Throttle, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.throttles[key]
	if now.Sub(t.Last) > window {
		t.Failures = 0
	}
	t.Failures++
	t.Last = now
	m.throttles[key] = t
	return t, nil
}

func (m *MemoryAuthStore) Throttle(ctx context.Context, key string) (auth.Throttle, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.throttles[key], nil
}

func (m *MemoryAuthStore) ResetFailures(ctx context.Context, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.throttles, key)
	return nil
}

func (m *MemoryAuthStore) AppendAudit(ctx context.Context, e *rastro.AuditEntry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := *e
	c.Seq = int64(len(m.audit) + 1)
	if c.Time.IsZero() {
		c.Time = time.Now().UTC()
	}
	m.audit = append(m.audit, &c)
	return nil
}

// ListAudit returns the entries newest first (needs auth.PermReadAudit).
func (m *MemoryAuthStore) ListAudit(ctx context.Context, f rastro.AuditFilter) ([]*rastro.AuditEntry, int, error) {
	if !auth.Allowed(ctx, auth.PermReadAudit) {
		return nil, 0, rastro.Errorf(rastro.EFORBIDDEN, "permission denied: needs %s", auth.PermReadAudit)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*rastro.AuditEntry
	for i := len(m.audit) - 1; i >= 0; i-- {
		e := m.audit[i]
		if (f.Action == nil || *f.Action == e.Action) && (f.Actor == nil || *f.Actor == e.Actor) &&
			(f.RecordType == nil || *f.RecordType == e.RecordType) && (f.RecordID == nil || *f.RecordID == e.RecordID) {
			out = append(out, e)
		}
	}
	total := len(out)
	if f.Offset < len(out) {
		out = out[f.Offset:]
	} else {
		out = nil
	}
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out, total, nil
}
