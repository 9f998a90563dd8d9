package sqldb

import (
	"context"
	"database/sql"
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/rastro-project/rastro"
)

// Reseal re-encrypts everything sealed under the store's key (protected
// persons' fields, TOTP secrets) for next, in one transaction, records next
// as the database's key and makes it the store's. Records keep their
// versions: their content does not change. One audit entry records it.
func (db *DB) Reseal(ctx context.Context, next Cipher) (int, error) {
	if db.cipher == nil || next == nil {
		return 0, errNoCipher
	}
	n := 0
	err := db.Update(ctx, func(tx *Tx) error {
		reseal := func(s string) (string, error) {
			plain, err := tx.unseal(ctx, s)
			if err != nil {
				return "", err
			}
			b, err := next.Encrypt(plain)
			if err != nil {
				return "", err
			}
			n++
			return base64.StdEncoding.EncodeToString(b), nil
		}
		if err := resealColumns(ctx, tx, "persons", []string{"sealed"}, reseal); err != nil {
			return err
		}
		if err := resealColumns(ctx, tx, "users", []string{"totp_secret", "totp_pending"}, reseal); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "DELETE FROM sealing_keys"); err != nil {
			return err
		}
		if k, ok := next.(interface{ Recipient() string }); ok {
			if _, err := tx.Exec(ctx, "INSERT INTO sealing_keys (recipient, created_at) VALUES (?, ?)", k.Recipient(), formatTime(tx.Now)); err != nil {
				return err
			}
		}
		e := newAuditEntry(ctx, tx, rastro.AuditReseal, "", 0)
		e.Detail = fmt.Sprintf("%d sealed values re-encrypted for a new key", n)
		return insertAudit(ctx, tx, e)
	})
	if err != nil {
		return 0, err
	}
	db.SetCipher(next)
	return n, nil
}

// resealColumns rewrites the non-empty values of cols in every row of table
// through reseal.
func resealColumns(ctx context.Context, tx *Tx, table string, cols []string, reseal func(string) (string, error)) error {
	type row struct {
		id   int64
		vals []sql.NullString
	}
	rs, err := tx.Query(ctx, "SELECT id, "+strings.Join(cols, ", ")+" FROM "+table)
	if err != nil {
		return err
	}
	var rows []row
	for rs.Next() {
		r := row{vals: make([]sql.NullString, len(cols))}
		dests := []any{&r.id}
		for i := range r.vals {
			dests = append(dests, &r.vals[i])
		}
		if err := rs.Scan(dests...); err != nil {
			rs.Close()
			return err
		}
		rows = append(rows, r)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return err
	}
	sets := make([]string, len(cols))
	for i, c := range cols {
		sets[i] = c + " = ?"
	}
	update := "UPDATE " + table + " SET " + strings.Join(sets, ", ") + " WHERE id = ?"
	for _, r := range rows {
		args := make([]any, 0, len(cols)+1)
		changed := false
		for _, v := range r.vals {
			if !v.Valid || v.String == "" {
				args = append(args, v)
				continue
			}
			s, err := reseal(v.String)
			if err != nil {
				return rastro.Errorf(rastro.ErrorCode(err), "%s %d: %s", table, r.id, rastro.ErrorMessage(err))
			}
			args, changed = append(args, s), true
		}
		if !changed {
			continue
		}
		if _, err := tx.Exec(ctx, update, append(args, r.id)...); err != nil {
			return err
		}
	}
	return nil
}
