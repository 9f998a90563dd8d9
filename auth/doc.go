// Package auth is Rastro's account and security layer, without HTTP: roles
// and the one permission table (Can), argon2id passwords, sessions, personal
// API tokens, TOTP two-factor authentication and login throttling. Service
// works over a Store, which package sqldb implements (db.Accounts()).
//
// The acting user travels in the context: WithActor(ctx, user) for a web
// request, LocalAdmin for the command line. The store reads it to redact
// protected fields for roles without PermReadProtected (and to audit every
// reveal) and to stamp the audit log; Require(ctx, p) checks a permission.
// A context without an actor has no permissions and sees redacted records.
//
// # Use from the web layer
//
//	svc := auth.NewService(db.Accounts())
//
//	// POST /login
//	sess, err := svc.Login(ctx, name, password, totpCode, r.RemoteAddr)
//	switch auth.LoginReason(err) {
//	case auth.ReasonTOTPRequired: // the password was right: ask for the code
//	case auth.ReasonThrottled:    // 429, Retry-After from err.(*auth.LoginError).RetryAfter
//	}
//	// cookie: sess.Token, HttpOnly, SameSite=Lax, Secure under TLS, until sess.ExpiresAt
//
//	// every request
//	user, sess, err := svc.Authenticate(ctx, cookieValue)     // or
//	user, err := svc.AuthenticateAPIToken(ctx, bearerToken)     // Authorization: Bearer rst_…
//	ctx = auth.WithActor(ctx, user)
//	if !auth.Can(user.Role, auth.PermEditRecords) { /* 403 */ }
//
//	// POST /logout
//	svc.Logout(ctx, cookieValue)
//
// Errors are *rastro.Error values (EUNAUTHORIZED, EFORBIDDEN, EINVALID…)
// whose messages are safe to show; LoginError unwraps to one. Nothing here
// logs, and no error message holds a password, token or secret.
//
// Tokens: session tokens are "rss_" and API tokens "rst_" followed by 32
// random bytes in URL-safe base64; the store keeps their SHA-256 only.
// Sessions last SessionTTL (12 h) and end after SessionIdle (2 h) unused;
// each login issues a new token (Rotate issues one for a live session).
package auth
