package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/rastro-project/rastro"
	"modernc.org/sqlite"
)

// SQLite extended result codes the store translates.
const (
	sqliteConstraintForeignKey = 787
	sqliteConstraintPrimaryKey = 1555
	sqliteConstraintUnique     = 2067
	sqliteConstraintCheck      = 275
	sqliteConstraintNotNull    = 1299
)

// translate turns driver errors into application errors at the edge, the
// same on both databases: a unique violation is ECONFLICT, a foreign-key
// violation is ECONFLICT. The store checks references itself before writing
// (see checkRefs and checkReferenced), which gives the precise "no such …"
// and "still referenced by …" messages; these are the safety net for races
// and for tables it does not know. Application errors and other errors pass
// through unchanged.
func translate(err error) error {
	if err == nil {
		return nil
	}
	var app *rastro.Error
	if errors.As(err, &app) {
		return err
	}
	if errors.Is(err, sql.ErrNoRows) {
		return rastro.Errorf(rastro.ENOTFOUND, "not found")
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	switch constraintKind(err) {
	case "unique":
		return rastro.Errorf(rastro.ECONFLICT, "a record with the same unique value already exists")
	case "foreign_key":
		return rastro.Errorf(rastro.ECONFLICT, "the change would break a reference between records (a referenced record is missing or still referenced)")
	case "check", "not_null":
		return rastro.Errorf(rastro.EINVALID, "a value breaks a database constraint: %s", constraintDetail(err))
	}
	return err
}

// constraintKind classifies a driver error as "unique", "foreign_key",
// "check", "not_null" or "".
func constraintKind(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "23505":
			return "unique"
		case "23503":
			return "foreign_key"
		case "23514":
			return "check"
		case "23502":
			return "not_null"
		}
		return ""
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqliteConstraintUnique, sqliteConstraintPrimaryKey:
			return "unique"
		case sqliteConstraintForeignKey:
			return "foreign_key"
		case sqliteConstraintCheck:
			return "check"
		case sqliteConstraintNotNull:
			return "not_null"
		}
	}
	return ""
}

// constraintDetail names the column or constraint without quoting values
// (which may be personal data).
func constraintDetail(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		if pe.ColumnName != "" {
			return pe.TableName + "." + pe.ColumnName
		}
		return pe.ConstraintName
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, "failed: "); i >= 0 {
		return msg[i+len("failed: "):]
	}
	return "constraint"
}

// IsUniqueViolation reports whether err is a driver's unique violation, for
// callers that turn it into a more precise message.
func IsUniqueViolation(err error) bool { return constraintKind(err) == "unique" }

// IsForeignKeyViolation reports whether err is a driver's foreign-key
// violation.
func IsForeignKeyViolation(err error) bool { return constraintKind(err) == "foreign_key" }
