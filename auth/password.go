package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"golang.org/x/crypto/argon2"
)

// Argon2Params are argon2id's cost parameters, stored in each hash so they
// can be raised later without invalidating existing passwords.
type Argon2Params struct {
	Memory  uint32 // KiB
	Time    uint32 // passes
	Threads uint8
	KeyLen  uint32
	SaltLen uint32
}

// DefaultArgon2 is OWASP's argon2id setting of 46 MiB, one pass, one lane:
// BenchmarkHashPassword measured 67-144 ms per hash on this project's 2-core
// machine while it ran at a load average of 13 (a quiet machine takes a
// fraction of that); m=64 MiB, t=2, p=2 took 353 ms there. The Service
// lets at most two hashes run at once, so a burst of logins needs at most
// 92 MiB. Stored hashes carry their parameters: raising these later keeps
// old passwords working.
var DefaultArgon2 = Argon2Params{Memory: 46 * 1024, Time: 1, Threads: 1, KeyLen: 32, SaltLen: 16}

// Password policy bounds, in characters and bytes.
const (
	MinPasswordLen      = 12
	MaxPasswordBytes    = 1024
	minDistinctPassword = 5
)

// CheckPasswordPolicy refuses passwords shorter than 12 characters, longer
// than 1024 bytes, with fewer than 5 distinct characters, or equal to the
// user name. The message never quotes the password.
func CheckPasswordPolicy(name, password string) error {
	if !utf8.ValidString(password) {
		return rastro.Errorf(rastro.EINVALID, "password is not valid UTF-8 text")
	}
	if n := utf8.RuneCountInString(password); n < MinPasswordLen {
		return rastro.Errorf(rastro.EINVALID, "password too short: %d characters, need at least %d", n, MinPasswordLen)
	}
	if len(password) > MaxPasswordBytes {
		return rastro.Errorf(rastro.EINVALID, "password too long: at most %d bytes", MaxPasswordBytes)
	}
	distinct := map[rune]bool{}
	for _, r := range password {
		distinct[r] = true
	}
	if len(distinct) < minDistinctPassword {
		return rastro.Errorf(rastro.EINVALID, "password too repetitive: use at least %d different characters", minDistinctPassword)
	}
	if strings.EqualFold(strings.TrimSpace(password), name) {
		return rastro.Errorf(rastro.EINVALID, "password cannot be the user name")
	}
	return nil
}

var b64 = base64.RawStdEncoding

// canonicalBase64 decodes s only when it is exactly what encoding the
// result gives (the decoder skips newlines and ignores stray low bits).
func canonicalBase64(s string) ([]byte, error) {
	b, err := b64.DecodeString(s)
	if err != nil || b64.EncodeToString(b) != s {
		return nil, errors.New("not canonical base64")
	}
	return b, nil
}

// HashPassword returns the PHC string of password under argon2id:
// $argon2id$v=19$m=65536,t=2,p=2$<salt>$<hash>.
func HashPassword(password string, p Argon2Params) (string, error) {
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Bounds a stored hash must respect before we spend memory on it, so a
// corrupted or hostile row cannot make verification allocate gigabytes.
const (
	maxArgonMemory  = 1 << 20 // KiB: 1 GiB
	maxArgonTime    = 64
	maxArgonKeyLen  = 128
	maxArgonSaltLen = 128
)

// ParsePasswordHash reads a PHC argon2id string into its parameters, salt
// and key.
func ParsePasswordHash(encoded string) (p Argon2Params, salt, key []byte, err error) {
	bad := func(why string) error { return rastro.Errorf(rastro.EINVALID, "password hash: %s", why) }
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return p, nil, nil, bad("not an argon2id PHC string")
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version || parts[2] != fmt.Sprintf("v=%d", version) {
		return p, nil, nil, bad("unsupported version")
	}
	var threads uint32
	if n, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &threads); err != nil || n != 3 ||
		parts[3] != fmt.Sprintf("m=%d,t=%d,p=%d", p.Memory, p.Time, threads) {
		return p, nil, nil, bad("bad parameters")
	}
	if p.Time < 1 || p.Time > maxArgonTime || threads < 1 || threads > 255 || p.Memory < 8*threads || p.Memory > maxArgonMemory {
		return p, nil, nil, bad("parameters out of range")
	}
	p.Threads = uint8(threads)
	if salt, err = canonicalBase64(parts[4]); err != nil || len(salt) < 8 || len(salt) > maxArgonSaltLen {
		return p, nil, nil, bad("bad salt")
	}
	if key, err = canonicalBase64(parts[5]); err != nil || len(key) < 16 || len(key) > maxArgonKeyLen {
		return p, nil, nil, bad("bad key")
	}
	p.SaltLen, p.KeyLen = uint32(len(salt)), uint32(len(key))
	return p, salt, key, nil
}

// VerifyPassword reports whether password matches the PHC string, in time
// independent of where the keys differ.
func VerifyPassword(encoded, password string) (bool, error) {
	p, salt, key, err := ParsePasswordHash(encoded)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}
