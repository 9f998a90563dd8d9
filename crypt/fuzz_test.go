package crypt

import (
	"bytes"
	"testing"
)

// FuzzParse: no key file text panics the parser, and an accepted key
// round-trips a message.
func FuzzParse(f *testing.F) {
	k, _ := Generate()
	for _, s := range []string{"# c\n" + k.identity.String() + "\n", "", "AGE-SECRET-KEY-1", "#\n#\n", k.identity.String() + "\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := Parse(s)
		if err != nil {
			return
		}
		ct, err := k.Encrypt([]byte("x"))
		if err != nil {
			t.Fatal(err)
		}
		if pt, err := k.Decrypt(ct); err != nil || !bytes.Equal(pt, []byte("x")) {
			t.Fatalf("round trip: %q %v", pt, err)
		}
	})
}

// FuzzDecrypt: arbitrary sealed bytes (a damaged column) give an error,
// never a panic, and nothing decrypts that was not sealed for the key.
func FuzzDecrypt(f *testing.F) {
	k, _ := Generate()
	ct, _ := k.Encrypt([]byte(`{"name":"x"}`))
	f.Add(ct)
	f.Add([]byte("age-encryption.org/v1\n-> X25519 AAAA\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		pt, err := k.Decrypt(b)
		if err == nil && !bytes.Equal(b, ct) && !bytes.Equal(pt, []byte(`{"name":"x"}`)) {
			t.Fatalf("decrypted unsealed bytes to %q", pt)
		}
	})
}
