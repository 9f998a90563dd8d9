package auth

import (
	"crypto/subtle"
	"strings"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"
	"github.com/rastro-project/rastro"
)

// TOTP settings: the authenticator-app defaults (RFC 6238, SHA-1, six
// digits, 30 s), accepting one step of clock drift either way.
const (
	totpPeriod = 30
	totpDigits = 6
	totpSkew   = 1
)

// ParseTOTPCode normalises a code as typed ("123 456", "123-456") to six
// digits.
func ParseTOTPCode(code string) (string, error) {
	if len(code) > 32 {
		return "", rastro.Errorf(rastro.EINVALID, "TOTP code too long")
	}
	code = strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\t' {
			return -1
		}
		return r
	}, code)
	if len(code) != totpDigits || strings.Trim(code, "0123456789") != "" {
		return "", rastro.Errorf(rastro.EINVALID, "TOTP code must be %d digits", totpDigits)
	}
	return code, nil
}

// totpStep returns the time step within the allowed drift at which code is
// valid for secret, or ok=false.
func totpStep(secret, code string, t time.Time) (step int64, ok bool) {
	opts := totp.ValidateOpts{Period: totpPeriod, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1}
	now := t.Unix() / totpPeriod
	for s := now - totpSkew; s <= now+totpSkew; s++ {
		want, err := totp.GenerateCodeCustom(secret, time.Unix(s*totpPeriod, 0).UTC(), opts)
		if err != nil {
			return 0, false
		}
		if subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return s, true
		}
	}
	return 0, false
}

// newTOTPKey makes a secret for account at issuer.
func newTOTPKey(issuer, account string) (*otp.Key, error) {
	return totp.Generate(totp.GenerateOpts{
		Issuer: issuer, AccountName: account, Period: totpPeriod,
		Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1, SecretSize: 20,
	})
}
