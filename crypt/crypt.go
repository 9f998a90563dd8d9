// Package crypt seals protected fields with age (X25519) under a key kept
// outside the database: a file holding one age identity, created readable
// by its owner only at first use. Losing the file loses the protected
// fields; copying it with the database defeats the point, so back it up
// apart.
package crypt

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"filippo.io/age"
	"github.com/rastro-project/rastro"
)

// KeyFile is the key's name in the data directory when RASTRO_KEY_FILE
// does not name one.
const KeyFile = "protected.agekey"

// Key encrypts to its recipient and decrypts with its identity.
type Key struct {
	identity  *age.X25519Identity
	recipient *age.X25519Recipient
}

// Generate makes a new key.
func Generate() (*Key, error) {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, err
	}
	return &Key{identity: id, recipient: id.Recipient()}, nil
}

// Parse reads a key file's text: comment lines (#) and one AGE-SECRET-KEY-1
// line.
func Parse(text string) (*Key, error) {
	var line string
	for l := range strings.Lines(text) {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if line != "" {
			return nil, rastro.Errorf(rastro.EINVALID, "key file holds more than one key")
		}
		line = l
	}
	if line == "" {
		return nil, rastro.Errorf(rastro.EINVALID, "key file holds no key")
	}
	id, err := age.ParseX25519Identity(line)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "key file: not an age X25519 identity")
	}
	return &Key{identity: id, recipient: id.Recipient()}, nil
}

// LoadOrCreate reads the key at path, creating it (mode 0600, in a
// directory made 0700) when it does not exist. A key readable by others is
// refused.
func LoadOrCreate(path string) (*Key, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return create(path)
	} else if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "key file %s: %v", path, err)
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "key file %s is readable by others (mode %v): chmod 600 it", path, fi.Mode().Perm())
	}
	k, err := Parse(string(b))
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: %s", path, rastro.ErrorMessage(err))
	}
	return k, nil
}

func create(path string) (*Key, error) {
	k, err := Generate()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "cannot create the key's directory: %v", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return LoadOrCreate(path) // another process made it first
	} else if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "cannot create key file %s: %v", path, err)
	}
	_, err = fmt.Fprintf(f, "# Rastro key for protected fields; public key: %s\n# Keep it apart from database backups: without it they cannot be read.\n%s\n",
		k.recipient, k.identity)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return nil, rastro.Errorf(rastro.EINVALID, "cannot write key file %s: %v", path, err)
	}
	return k, nil
}

// Recipient is the public key, safe to show.
func (k *Key) Recipient() string { return k.recipient.String() }

// Encrypt seals plain for the key (binary age format).
func (k *Key) Encrypt(plain []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, k.recipient)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Decrypt opens what Encrypt sealed; a wrong key or altered bytes fail.
func (k *Key) Decrypt(sealed []byte) ([]byte, error) {
	r, err := age.Decrypt(bytes.NewReader(sealed), k.identity)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}
