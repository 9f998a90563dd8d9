// Package rastro holds the domain of the Rastro investigation platform:
// sources and claims, incidents and the acts that make them up, victims and
// perpetrators, security-force units and their chains of command, and
// official discharge records. It imports only the standard library; the
// database, blob stores, analysis and user interfaces live in subpackages that
// implement or consume the interfaces declared here.
package rastro

import (
	"errors"
	"fmt"
)

// Application error codes. Each maps to one HTTP status in the web layer and
// to one exit message in the CLI.
const (
	ECONFLICT       = "conflict"
	EINTERNAL       = "internal"
	EINVALID        = "invalid"
	ENOTFOUND       = "not_found"
	ENOTIMPLEMENTED = "not_implemented"
	EUNAUTHORIZED   = "unauthorized"
	EFORBIDDEN      = "forbidden"
)

// Error is the one application error type. Only EINTERNAL errors carry
// details that must not be shown to users; the others are safe to display.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string {
	return fmt.Sprintf("rastro error: code=%s message=%s", e.Code, e.Message)
}

// ErrorCode returns the code of an application error, EINTERNAL for any other
// non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human-readable message of an application error, or
// a generic message for internal errors (whose details are only logged).
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}

// Errorf builds an application error.
func Errorf(code string, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}
