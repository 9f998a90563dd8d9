package sqldb

import (
	"context"
	"encoding/base64"
	"fmt"

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
		type row struct {
			id   int64
			vals []string
		}
		for _, target := range []struct{ table, cols string }{
			{"persons", "sealed"},
			{"users", "totp_secret, totp_pending"},
		} {
			var rows []row
			q := fmt.Sprintf("SELECT id, %s FROM %s", target.cols, target.table)
			rs, err := tx.Query(ctx, q)
			if err != nil {
				return err
			}
			for rs.Next() {
				r := row{}
				if target.table == "persons" {
					var s *string
					if err := rs.Scan(&r.id, &s); err != nil {
						rs.Close()
						return err
					}
					if s == nil || *s == "" {
						continue
					}
					r.vals = []string{*s}
				} else {
					var a, b string
					if err := rs.Scan(&r.id, &a, &b); err != nil {
						rs.Close()
						return err
					}
					r.vals = []string{a, b}
				}
				rows = append(rows, r)
			}
			rs.Close()
			if err := rs.Err(); err != nil {
				return err
			}
			for _, r := range rows {
				for i, v := range r.vals {
					if v == "" {
						continue
					}
					if r.vals[i], err = reseal(v); err != nil {
						return rastro.Errorf(rastro.ErrorCode(err), "%s %d: %s", target.table, r.id, rastro.ErrorMessage(err))
					}
				}
				if target.table == "persons" {
					_, err = tx.Exec(ctx, "UPDATE persons SET sealed = ? WHERE id = ?", r.vals[0], r.id)
				} else {
					_, err = tx.Exec(ctx, "UPDATE users SET totp_secret = ?, totp_pending = ? WHERE id = ?", r.vals[0], r.vals[1], r.id)
				}
				if err != nil {
					return err
				}
			}
		}
		if _, err := tx.Exec(ctx, "DELETE FROM sealing_keys"); err != nil {
			return err
		}
		if k, ok := next.(interface{ Recipient() string }); ok {
			if _, err := tx.Exec(ctx, "INSERT INTO sealing_keys (recipient, created_at) VALUES (?, ?)", k.Recipient(), formatTime(tx.Now)); err != nil {
				return err
			}
		}
		e := newAuditEntry(ctx, tx, "reseal", "", 0)
		e.Detail = fmt.Sprintf("%d sealed values re-encrypted for a new key", n)
		return insertAudit(ctx, tx, e)
	})
	if err != nil {
		return 0, err
	}
	db.SetCipher(next)
	return n, nil
}
