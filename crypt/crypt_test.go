package crypt

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestRoundTripAndKeyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", KeyFile)
	k, err := LoadOrCreate(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	plain := []byte(`{"name":"Rosa Quispe Mamani"}`)
	ct, err := k.Encrypt(plain)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(ct, []byte("Quispe")) {
		t.Fatal("ciphertext contains the plaintext")
	}
	k2, err := LoadOrCreate(path) // reads the same key back
	if err != nil {
		t.Fatal(err)
	}
	if k2.Recipient() != k.Recipient() {
		t.Fatal("reloaded key differs")
	}
	got, err := k2.Decrypt(ct)
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("Decrypt = %q, %v", got, err)
	}
	other, _ := Generate()
	if _, err := other.Decrypt(ct); err == nil {
		t.Error("another key decrypted")
	}
	ct[len(ct)-1] ^= 1
	if _, err := k.Decrypt(ct); err == nil {
		t.Error("altered ciphertext decrypted")
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreate(path); err == nil {
		t.Error("world-readable key accepted")
	}
}

func TestParseRejects(t *testing.T) {
	k, _ := Generate()
	for _, text := range []string{"", "# only a comment\n", "AGE-SECRET-KEY-1NOTAKEY\n", "hello",
		"# two\n" + k.identity.String() + "\n" + k.identity.String() + "\n"} {
		if _, err := Parse(text); err == nil {
			t.Errorf("Parse(%q) accepted", text)
		}
	}
	if _, err := Parse("# comment\n\n" + k.identity.String() + "\n"); err != nil {
		t.Errorf("Parse of a valid file: %v", err)
	}
}
