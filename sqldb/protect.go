package sqldb

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
)

// Protected fields: a record type with a sealer keeps the protected fields
// of a protected record encrypted in its sealed column (base64 of the
// Cipher's output) and placeholders in their own columns, so that neither
// the database file, its WAL, a dump nor the search indexes hold them.
// Reads reveal them only to contexts that may read protected data
// (auth.CanReadProtected), and every such reveal is audited.

// Cipher seals protected fields; package crypt implements it with age.
type Cipher interface {
	Encrypt(plain []byte) ([]byte, error)
	Decrypt(sealed []byte) ([]byte, error)
}

// SetCipher gives the store its key. Without one, writing a protected
// record fails and reading one reveals nothing.
func (db *DB) SetCipher(c Cipher) {
	db.cipher = c
	db.keyChecked.Store(false)
}

// Redacted is what protected text fields hold for readers without access.
const Redacted = rastro.Withheld

// sealer is how one record type hides its protected fields.
type sealer[T any] struct {
	protected func(r *T) bool
	redacted  func(r *T) bool // r carries the placeholders, not an identity
	redact    func(r *T) any  // replaces the fields with placeholders, returns them for sealing
	restore   func(r *T, plain []byte) error
}

type personSecret struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Contact string   `json:"contact,omitempty"`
	Notes   string   `json:"notes,omitempty"`
}

var personSealer = &sealer[rastro.Person]{
	protected: func(p *rastro.Person) bool { return p.Protected },
	redacted:  func(p *rastro.Person) bool { return p.Name == Redacted },
	redact: func(p *rastro.Person) any {
		s := personSecret{p.Name, p.Aliases, p.Contact, p.Notes}
		p.Name, p.Aliases, p.Contact, p.Notes = Redacted, nil, "", ""
		return s
	},
	restore: func(p *rastro.Person, plain []byte) error {
		var s personSecret
		if err := json.Unmarshal(plain, &s); err != nil {
			return err
		}
		p.Name, p.Aliases, p.Contact, p.Notes = s.Name, s.Aliases, s.Contact, s.Notes
		return nil
	},
}

type noRevealKey struct{}

// withoutReveal marks reads the store makes for itself (the old value of a
// change, for the audit log): they never decrypt.
func withoutReveal(ctx context.Context) context.Context {
	return context.WithValue(ctx, noRevealKey{}, true)
}

// WithoutReveal returns a context under which reads leave protected fields
// sealed: placeholders, no decryption and so no audit entry. It is for
// readers that never show those fields, such as the analyses and the
// report, which name protected people by record number only; opening each
// sealed record costs a public-key operation.
func WithoutReveal(ctx context.Context) context.Context { return withoutReveal(ctx) }

func reveals(ctx context.Context) bool {
	return ctx.Value(noRevealKey{}) == nil && auth.CanReadProtected(ctx)
}

var errNoCipher = rastro.Errorf(rastro.EINVALID, "protected fields are encrypted at rest, and this store was opened without its key (RASTRO_KEY_FILE)")

func (tx *Tx) seal(ctx context.Context, plain []byte) (string, error) {
	if tx.db.cipher == nil {
		return "", errNoCipher
	}
	if err := tx.checkKey(ctx); err != nil {
		return "", err
	}
	b, err := tx.db.cipher.Encrypt(plain)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

func (tx *Tx) unseal(ctx context.Context, sealed string) ([]byte, error) {
	if tx.db.cipher == nil {
		return nil, errNoCipher
	}
	if err := tx.checkKey(ctx); err != nil {
		return nil, err
	}
	b, err := base64.StdEncoding.DecodeString(sealed)
	if err != nil {
		return nil, fmt.Errorf("sealed column is not base64: %w", err)
	}
	plain, err := tx.db.cipher.Decrypt(b)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINTERNAL, "cannot decrypt protected fields (is RASTRO_KEY_FILE the key this database was written with?): %v", err)
	}
	return plain, nil
}

// checkKey refuses a key other than the one the database's protected
// fields were sealed for (see the sealing_keys table); the first write
// records the key. A key without Recipient is not checked.
func (tx *Tx) checkKey(ctx context.Context) error {
	if tx.db.keyChecked.Load() {
		return nil
	}
	k, ok := tx.db.cipher.(interface{ Recipient() string })
	if !ok {
		return nil
	}
	rows, err := tx.Query(ctx, "SELECT recipient FROM sealing_keys ORDER BY created_at")
	if err != nil {
		return err
	}
	var known []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			rows.Close()
			return err
		}
		known = append(known, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	switch {
	case slices.Contains(known, k.Recipient()):
		tx.db.keyChecked.Store(true)
		return nil
	case len(known) > 0:
		return rastro.Errorf(rastro.EINVALID, "this database's protected fields are sealed for key %s, and the key in use is %s: set RASTRO_KEY_FILE to the database's key", known[0], k.Recipient())
	case tx.write:
		// Not cached: if this transaction rolls back, the next one records it.
		_, err := tx.Exec(ctx, "INSERT INTO sealing_keys (recipient, created_at) VALUES (?, ?)", k.Recipient(), formatTime(tx.Now))
		return err
	}
	return nil
}

// storedSealed reads the sealed column of record id ("" when none).
func (t *table[T]) storedSealed(ctx context.Context, tx *Tx, id int64) (string, error) {
	var s sql.NullString
	err := tx.QueryRow(ctx, "SELECT sealed FROM "+t.name+" WHERE id = ?", id).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return s.String, err
}

// stored returns the form of r that is written: for a protected record a
// copy with placeholders, and the sealed value. id is the record being
// updated (0 when creating). A caller that never saw the identity sends
// the placeholders back: the stored seal is then kept, or, when such a
// caller lifts the protection, opened into the plain columns (which needs
// the permission to read protected data).
func (t *table[T]) stored(ctx context.Context, tx *Tx, r *T, id int64) (*T, any, error) {
	if t.seal == nil {
		return r, nil, nil
	}
	c := *r
	var old string
	if id != 0 && t.seal.redacted(&c) {
		var err error
		if old, err = t.storedSealed(ctx, tx, id); err != nil {
			return nil, nil, err
		}
	}
	if !t.seal.protected(&c) {
		if old == "" {
			return &c, nil, nil
		}
		if !auth.CanReadProtected(ctx) {
			return nil, nil, rastro.Errorf(rastro.EFORBIDDEN, "%s %d: lifting the protection reveals protected fields, which needs %s", t.noun, id, auth.PermReadProtected)
		}
		plain, err := tx.unseal(ctx, old)
		if err != nil {
			return nil, nil, err
		}
		return &c, nil, t.seal.restore(&c, plain)
	}
	if old != "" {
		t.seal.redact(&c)
		return &c, old, nil
	}
	plain, err := json.Marshal(t.seal.redact(&c))
	if err != nil {
		return nil, nil, err
	}
	s, err := tx.seal(ctx, plain)
	if err != nil {
		return nil, nil, rastro.Errorf(rastro.ErrorCode(err), "%s: %s", t.noun, rastro.ErrorMessage(err))
	}
	return &c, s, nil
}

// reveal decrypts the sealed records of rs when the context may read them,
// auditing each one.
func (t *table[T]) reveal(ctx context.Context, tx *Tx, rs []*T, sealed []sql.NullString) error {
	if !reveals(ctx) {
		return nil
	}
	for i, r := range rs {
		if !sealed[i].Valid || sealed[i].String == "" {
			continue
		}
		plain, err := tx.unseal(ctx, sealed[i].String)
		if err != nil {
			return err
		}
		if err := t.seal.restore(r, plain); err != nil {
			return fmt.Errorf("%s %d: sealed fields: %w", t.noun, t.record(r).ID, err)
		}
		if err := tx.audit(ctx, newAuditEntry(ctx, tx, rastro.AuditReadProtected, t.noun, t.record(r).ID)); err != nil {
			return err
		}
	}
	return nil
}
