package custody

import (
	"crypto/ed25519"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
)

func testChain(t *testing.T, s *Signer) []*rastro.CustodyEntry {
	t.Helper()
	var out []*rastro.CustodyEntry
	heads := map[int64]string{}
	prev := Genesis
	add := func(item int64, a rastro.CustodyAction, note string) {
		ip, ok := heads[item]
		if !ok {
			ip = Genesis
		}
		e := &rastro.CustodyEntry{Seq: int64(len(out) + 1), ItemID: item, ItemSHA256: strings.Repeat("a", 64),
			Action: a, Actor: "investigator <a&b>", Time: time.Date(2026, 1, 9, 15, 4, 5, 123456789, time.UTC),
			Note: note, Prev: prev, ItemPrev: ip}
		if err := s.Seal(e); err != nil {
			t.Fatal(err)
		}
		prev, heads[item] = e.Hash, e.Hash
		out = append(out, e)
	}
	add(1, rastro.CustodyAcquired, "from a witness\nsecond line")
	add(1, rastro.CustodyHashed, "")
	add(2, rastro.CustodyAcquired, "")
	add(1, rastro.CustodyViewed, "")
	add(2, rastro.CustodyHashed, "")
	return out
}

func kinds(ps []Problem) string {
	var k []string
	for _, p := range ps {
		k = append(k, p.String())
	}
	return strings.Join(k, "; ")
}

func TestChainDetectsEveryChange(t *testing.T) {
	_, priv, _ := ed25519.GenerateKey(nil)
	s := NewSigner(priv)
	if ps := Chain(testChain(t, s), s.PublicKey(), true); len(ps) != 0 {
		t.Fatalf("clean chain: %s", kinds(ps))
	}
	if c := testChain(t, s)[0]; c.Time.Nanosecond() != 123456000 {
		t.Fatalf("time not truncated to microseconds: %v", c.Time)
	}
	changes := map[string]func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry{
		"note":  func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry { e[1].Note = "x"; return e },
		"actor": func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry { e[2].Actor = "someone else"; return e },
		"time": func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry {
			e[3].Time = e[3].Time.Add(time.Microsecond)
			return e
		},
		"action": func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry { e[0].Action = rastro.CustodyDerived; return e },
		"item hash": func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry {
			e[4].ItemSHA256 = strings.Repeat("b", 64)
			return e
		},
		"removed":   func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry { return append(e[:2:2], e[3:]...) },
		"reordered": func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry { e[1], e[2] = e[2], e[1]; return e },
		"signature": func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry {
			e[2].Signature = e[1].Signature
			return e
		},
		"resealed with another key": func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry {
			_, other, _ := ed25519.GenerateKey(nil)
			e[1].Note = "forged"
			NewSigner(other).Seal(e[1])
			return e
		},
		"truncated start": func(e []*rastro.CustodyEntry) []*rastro.CustodyEntry { return e[1:] },
	}
	for name, change := range changes {
		ps := Chain(change(testChain(t, s)), s.PublicKey(), true)
		if len(ps) == 0 {
			t.Errorf("%s: not detected", name)
		}
	}
}

func TestChainSelection(t *testing.T) {
	_, priv, _ := ed25519.GenerateKey(nil)
	s := NewSigner(priv)
	all := testChain(t, s)
	var item1 []*rastro.CustodyEntry
	for _, e := range all {
		if e.ItemID == 1 {
			item1 = append(item1, e)
		}
	}
	if ps := Chain(item1, s.PublicKey(), false); len(ps) != 0 {
		t.Fatalf("one item's entries: %s", kinds(ps))
	}
	if ps := Chain(item1[1:], s.PublicKey(), false); len(ps) == 0 {
		t.Fatal("an item's chain without its first entry was accepted")
	}
	if ps := Chain(item1, s.PublicKey(), true); len(ps) == 0 {
		t.Fatal("a selection was accepted as the complete log")
	}
}

func TestKeyCreatedOnceAndPrivate(t *testing.T) {
	p := filepath.Join(t.TempDir(), "sub", KeyFile)
	k1, err := LoadOrCreateKey(p)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("key mode %v, want 0600", fi.Mode().Perm())
	}
	k2, err := LoadOrCreateKey(p)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Equal(k2) {
		t.Fatal("second load created a new key")
	}
	pub, err := ParsePublicKeyPEM(PublicKeyPEM(k1.Public().(ed25519.PublicKey)))
	if err != nil || !pub.Equal(k1.Public()) {
		t.Fatalf("public key PEM round trip: %v", err)
	}
	os.Chmod(p, 0o644)
	if _, err := LoadOrCreateKey(p); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Fatalf("key readable by others: got %v, want EINVALID", err)
	}
	os.Chmod(p, 0o600)
	if err := os.WriteFile(p, []byte("junk"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreateKey(p); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Fatalf("corrupt key file: got %v, want EINVALID", err)
	}
}

func TestHeadFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), HeadFile)
	if h, err := ReadHead(p); err != nil || h.Seq != 0 {
		t.Fatalf("missing head file: %+v, %v", h, err)
	}
	want := Head{Seq: 42, Hash: strings.Repeat("c", 64)}
	if err := WriteHead(p, want); err != nil {
		t.Fatal(err)
	}
	if h, err := ReadHead(p); err != nil || h != want {
		t.Fatalf("read back %+v, %v", h, err)
	}
	os.WriteFile(p, []byte("42 nothex\n"), 0o600)
	if _, err := ReadHead(p); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Fatalf("corrupt head: %v", err)
	}
}

// FuzzParsePublicKeyPEM: a key file given to verify a bundle is refused as
// invalid input, or is an Ed25519 key that writes back to a file reading
// as the same key.
func FuzzParsePublicKeyPEM(f *testing.F) {
	pub, _, _ := ed25519.GenerateKey(nil)
	good := PublicKeyPEM(pub)
	f.Add(good)
	f.Add(good[:len(good)-30])
	f.Add([]byte(strings.Replace(string(good), "PUBLIC KEY", "PRIVATE KEY", 2)))
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := ParsePublicKeyPEM(b)
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("refusal %v is not invalid input", err)
			}
			return
		}
		again, err := ParsePublicKeyPEM(PublicKeyPEM(k))
		if err != nil || !again.Equal(k) || len(k) != ed25519.PublicKeySize {
			t.Fatalf("key %x read back as %x (%v)", k, again, err)
		}
	})
}
