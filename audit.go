package rastro

import (
	"context"
	"encoding/json"
	"time"
)

// Audit actions. Record changes use create, update and delete with the
// record type ("person", "incident", "user"…); reads of protected fields use
// read_protected.
const (
	AuditCreate        = "create"
	AuditUpdate        = "update"
	AuditDelete        = "delete"
	AuditImport        = "import"
	AuditReadProtected = "read_protected"
	AuditLogin         = "login"
	AuditLoginFailed   = "login_failed"
	AuditLogout        = "logout"
	AuditTOTPEnrol     = "totp_enrol"
	AuditTOTPConfirm   = "totp_confirm"
	AuditTokenCreate   = "token_create"
	AuditTokenRevoke   = "token_revoke"
	AuditReseal        = "reseal" // protected fields sealed again for a new key
)

// AuditActions lists every audit action: the one list the audit log's
// filter and its names (package labels) take them from.
var AuditActions = []string{AuditCreate, AuditUpdate, AuditDelete, AuditImport, AuditReadProtected, AuditLogin,
	AuditLoginFailed, AuditLogout, AuditTOTPEnrol, AuditTOTPConfirm, AuditTokenCreate, AuditTokenRevoke, AuditReseal}

// AuditEntry is one line of the append-only audit log. Old and New hold the
// record before and after a change as JSON, with protected fields already
// redacted; no entry ever holds a password, token or TOTP secret.
type AuditEntry struct {
	Seq        int64           `json:"seq"`
	Time       time.Time       `json:"time"`
	ActorID    int64           `json:"actor_id,omitempty"` // 0: the command line or no user
	Actor      string          `json:"actor"`
	Action     string          `json:"action"`
	RecordType string          `json:"record_type,omitempty"`
	RecordID   int64           `json:"record_id,omitempty"`
	Old        json.RawMessage `json:"old,omitempty"`
	New        json.RawMessage `json:"new,omitempty"`
	RemoteAddr string          `json:"remote_addr,omitempty"`
	Detail     string          `json:"detail,omitempty"`
}

// AuditFilter selects audit entries; nil fields do not filter. Entries come
// newest first.
type AuditFilter struct {
	Actor      *string
	Action     *string
	RecordType *string
	RecordID   *int64
	Since      *time.Time // inclusive
	Until      *time.Time // exclusive
	Offset     int
	Limit      int
}

// AuditService reads the audit log. List returns EFORBIDDEN unless the
// context's actor may read the audit log.
type AuditService interface {
	ListAudit(ctx context.Context, f AuditFilter) ([]*AuditEntry, int, error)
}
