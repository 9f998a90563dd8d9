package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/rastro-project/rastro"
)

// Token prefixes tell a session token from an API token at a glance (and
// let secret scanners find leaked ones).
const (
	SessionPrefix = "rss_"
	APIPrefix     = "rst_"
	tokenBytes    = 32
)

var tokenEncoding = base64.RawURLEncoding

// newToken returns prefix + 32 random bytes in URL-safe base64, and the
// hash that is stored in its place.
func newToken(prefix string) (token, hash string, err error) {
	b := make([]byte, tokenBytes)
	if _, err := rand.Read(b); err != nil {
		return "", "", err
	}
	token = prefix + tokenEncoding.EncodeToString(b)
	return token, HashToken(token), nil
}

// ParseToken checks that token has the prefix and 32 bytes of URL-safe
// base64 after it, so that junk never reaches the database.
func ParseToken(prefix, token string) error {
	rest, ok := strings.CutPrefix(token, prefix)
	if !ok {
		return rastro.Errorf(rastro.EUNAUTHORIZED, "malformed token")
	}
	if len(rest) != tokenEncoding.EncodedLen(tokenBytes) {
		return rastro.Errorf(rastro.EUNAUTHORIZED, "malformed token")
	}
	// Decoding skips newlines and ignores stray low bits: compare the
	// re-encoding so that one token has one spelling.
	if b, err := tokenEncoding.DecodeString(rest); err != nil || tokenEncoding.EncodeToString(b) != rest {
		return rastro.Errorf(rastro.EUNAUTHORIZED, "malformed token")
	}
	return nil
}

// HashToken is the SHA-256 (hex) under which a token is stored: tokens are
// 256-bit random values, so a fast hash suffices and a stolen database
// yields no usable token.
func HashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}
