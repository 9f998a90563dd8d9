package auth

import (
	"strings"
	"testing"
	"time"
)

var testArgon = Argon2Params{Memory: 64, Time: 1, Threads: 1, KeyLen: 32, SaltLen: 16}

func TestPasswordHash(t *testing.T) {
	h, err := HashPassword("correct horse battery", testArgon)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Fatalf("hash %q", h)
	}
	h2, _ := HashPassword("correct horse battery", testArgon)
	if h == h2 {
		t.Fatal("two hashes of one password are equal: no salt")
	}
	if ok, err := VerifyPassword(h, "correct horse battery"); !ok || err != nil {
		t.Fatalf("right password: %v %v", ok, err)
	}
	if ok, err := VerifyPassword(h, "correct horse batterY"); ok || err != nil {
		t.Fatalf("wrong password: %v %v", ok, err)
	}
	for _, bad := range []string{"", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
		strings.Replace(h, "m=64", "m=4194304", 1), strings.Replace(h, "t=1", "t=0", 1), strings.Replace(h, "v=19", "v=16", 1),
		strings.Replace(h, "m=64", "m=064", 1), h + "$", h[:len(h)-10]} {
		if _, err := VerifyPassword(bad, "x"); err == nil {
			t.Errorf("VerifyPassword accepted hash %q", bad)
		}
	}
}

func TestPasswordPolicy(t *testing.T) {
	for pw, ok := range map[string]bool{
		"correct horse battery":       true,
		"Ñandú-cañón-2023":            true,
		"short1!":                     false,
		"abababababababab":            false, // two distinct characters
		"ana.perez@ong":               false, // the user name
		"\xff\xfe invalid utf8!!":     false,
		strings.Repeat("abcdef", 200): false, // over 1024 bytes
	} {
		if err := CheckPasswordPolicy("ana.perez@ong", pw); (err == nil) != ok {
			t.Errorf("%q: %v", pw, err)
		}
	}
}

func TestBackoff(t *testing.T) {
	b := Backoff{Free: 3, Base: 10 * time.Second, Max: 60 * time.Second, Window: time.Hour}
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for f, want := range map[int]time.Duration{0: 0, 2: 0, 3: 10 * time.Second, 4: 20 * time.Second, 5: 40 * time.Second, 6: 60 * time.Second, 60: 60 * time.Second} {
		got := b.LockedUntil(Throttle{Failures: f, Last: t0})
		if want == 0 && !got.IsZero() || want != 0 && got.Sub(t0) != want {
			t.Errorf("%d failures: locked until %v, want +%v", f, got, want)
		}
	}
}

func TestAddressKey(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.7:5555":             "addr:192.0.2.7",
		"192.0.2.7":                  "addr:192.0.2.7",
		"[2001:db8:1:2:3:4:5:6]:443": "addr:2001:db8:1:2::/64",
		"[2001:db8:1:2:ffff::1]:80":  "addr:2001:db8:1:2::/64",
		"[::ffff:198.51.100.1]:80":   "addr:198.51.100.1",
		"":                           "addr:unknown",
		"@":                          "addr:@",
	} {
		if got := addressKey(in); got != want {
			t.Errorf("addressKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTOTPCodeAndStep(t *testing.T) {
	for in, want := range map[string]string{"123456": "123456", "123 456": "123456", " 123-456 ": "123456"} {
		if got, err := ParseTOTPCode(in); err != nil || got != want {
			t.Errorf("ParseTOTPCode(%q) = %q, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "12345", "1234567", "12345a", "１２３４５６"} {
		if _, err := ParseTOTPCode(in); err == nil {
			t.Errorf("ParseTOTPCode(%q) accepted", in)
		}
	}
	// RFC 6238 appendix B, SHA-1, at 59 s: 94287082 (eight digits); six
	// digits are its last six.
	secret := "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" // "12345678901234567890"
	at := time.Unix(59, 0)
	step, ok := totpStep(secret, "287082", at)
	if !ok || step != 1 {
		t.Fatalf("RFC 6238 vector: step %d ok %v", step, ok)
	}
	if _, ok := totpStep(secret, "287082", at.Add(5*time.Minute)); ok {
		t.Error("a five-minute-old code accepted")
	}
}
