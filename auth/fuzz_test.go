package auth

import (
	"fmt"
	"strings"
	"testing"
)

// FuzzParseToken: no input panics; accepted tokens have the prefix and 43
// URL-safe characters.
func FuzzParseToken(f *testing.F) {
	tok, _, _ := newToken(APIPrefix)
	for _, s := range []string{tok, "", APIPrefix, APIPrefix + strings.Repeat("A", 43), tok + "=", "rss_" + tok[4:]} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ParseToken(APIPrefix, s) != nil {
			return
		}
		rest := strings.TrimPrefix(s, APIPrefix)
		if len(rest) != 43 || strings.Trim(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
			t.Fatalf("accepted %q", s)
		}
	})
}

// FuzzParseTOTPCode: accepted codes are six ASCII digits.
func FuzzParseTOTPCode(f *testing.F) {
	for _, s := range []string{"123456", "123 456", "12-34-56", "", "１２３４５６", "0000000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseTOTPCode(s)
		if err != nil {
			return
		}
		if len(c) != 6 || strings.Trim(c, "0123456789") != "" {
			t.Fatalf("ParseTOTPCode(%q) = %q", s, c)
		}
	})
}

// FuzzParsePasswordHash: accepted hashes have parameters in bounds and
// print back to the same string.
func FuzzParsePasswordHash(f *testing.F) {
	h, _ := HashPassword("correct horse battery", testArgon)
	for _, s := range []string{h, "", "$argon2id$v=19$m=65536,t=2,p=2$$", "$argon2id$v=19$m=1,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, salt, key, err := ParsePasswordHash(s)
		if err != nil {
			return
		}
		if p.Memory > maxArgonMemory || p.Time > maxArgonTime || len(key) > maxArgonKeyLen || len(salt) > maxArgonSaltLen {
			t.Fatalf("out of bounds: %+v", p)
		}
		again := fmt.Sprintf("$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s", p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key))
		if again != s {
			t.Fatalf("%q reads back as %q", s, again)
		}
	})
}
