// Package custody seals and checks the evidence locker's custody log: each
// entry is hashed over a canonical text encoding that includes the hashes of
// the previous entry in the locker and of the item's previous entry, and the
// encoding is signed with the installation's Ed25519 key. It uses only the
// standard library so that bundle verification needs nothing else.
package custody

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/rastro-project/rastro"
)

// Genesis is the Prev and ItemPrev of a first entry.
const Genesis = "0000000000000000000000000000000000000000000000000000000000000000"

// TimeFormat is how entry times are written: UTC, microseconds, so that both
// SQLite and PostgreSQL give the same bytes back.
const TimeFormat = "2006-01-02T15:04:05.000000Z"

// Now returns the current time at the precision entries keep.
func Now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// Canonical returns the bytes an entry's hash and signature cover: one
// "name=value" line per field in this order, free text as JSON strings.
func Canonical(e *rastro.CustodyEntry) []byte {
	var b bytes.Buffer
	b.WriteString("rastro-custody/1\n")
	line := func(k, v string) { b.WriteString(k); b.WriteByte('='); b.WriteString(v); b.WriteByte('\n') }
	line("seq", strconv.FormatInt(e.Seq, 10))
	line("item", strconv.FormatInt(e.ItemID, 10))
	line("item_sha256", e.ItemSHA256)
	line("action", string(e.Action))
	line("actor", jsonString(e.Actor))
	line("time", e.Time.UTC().Format(TimeFormat))
	line("note", jsonString(e.Note))
	line("prev", e.Prev)
	line("item_prev", e.ItemPrev)
	return b.Bytes()
}

func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// Hash returns the hex SHA-256 of the entry's canonical encoding.
func Hash(e *rastro.CustodyEntry) string {
	sum := sha256.Sum256(Canonical(e))
	return hex.EncodeToString(sum[:])
}

// Signer seals entries with an Ed25519 private key.
type Signer struct{ key ed25519.PrivateKey }

// NewSigner returns a Signer for key.
func NewSigner(key ed25519.PrivateKey) *Signer { return &Signer{key: key} }

// PublicKey returns the key that checks the Signer's signatures.
func (s *Signer) PublicKey() ed25519.PublicKey { return s.key.Public().(ed25519.PublicKey) }

// Sign signs msg.
func (s *Signer) Sign(msg []byte) []byte { return ed25519.Sign(s.key, msg) }

// Seal sets the entry's Hash and Signature; Seq, Prev and ItemPrev must be
// set already, and Time is brought to the stored precision.
func (s *Signer) Seal(e *rastro.CustodyEntry) error {
	if err := e.ValidateFields(); err != nil {
		return err
	}
	if !rastro.ValidSHA256(e.Prev) || !rastro.ValidSHA256(e.ItemPrev) || e.Seq <= 0 {
		return rastro.Errorf(rastro.EINTERNAL, "custody entry sealed before its links were set")
	}
	e.Time = e.Time.UTC().Truncate(time.Microsecond)
	msg := Canonical(e)
	sum := sha256.Sum256(msg)
	e.Hash = hex.EncodeToString(sum[:])
	e.Signature = base64.StdEncoding.EncodeToString(ed25519.Sign(s.key, msg))
	return nil
}

// Problem kinds, as verification reports them.
const (
	BrokenLink   = "broken link"
	BadSignature = "bad signature"
	ChangedEntry = "changed entry"
	MissingBlob  = "missing blob"
	ChangedBlob  = "changed blob"
	ChangedItem  = "changed record"
	// HeadMismatch: the log's end, the database's signed head and the
	// head file do not agree, or one of the heads is missing.
	HeadMismatch = "head mismatch"
)

// Problem is one thing verification found wrong.
type Problem struct {
	Kind   string `json:"kind"`
	Seq    int64  `json:"seq,omitempty"`     // the custody entry concerned, 0 if none
	ItemID int64  `json:"item_id,omitempty"` // the item concerned, 0 if none
	Detail string `json:"detail,omitempty"`
}

func (p Problem) String() string {
	s := p.Kind
	if p.ItemID > 0 {
		s += fmt.Sprintf(": item %d", p.ItemID)
	}
	if p.Seq > 0 {
		s += fmt.Sprintf(": custody entry %d", p.Seq)
	}
	if p.Detail != "" {
		s += ": " + p.Detail
	}
	return s
}

// CheckEntry checks that an entry's hash matches its fields and that its
// signature is good under pub.
func CheckEntry(e *rastro.CustodyEntry, pub ed25519.PublicKey) []Problem {
	var ps []Problem
	if h := Hash(e); h != e.Hash {
		ps = append(ps, Problem{Kind: ChangedEntry, Seq: e.Seq, ItemID: e.ItemID, Detail: fmt.Sprintf("fields hash to %s, entry says %s", short(h), short(e.Hash))})
	}
	sig, err := base64.StdEncoding.DecodeString(e.Signature)
	if err != nil || !ed25519.Verify(pub, Canonical(e), sig) {
		ps = append(ps, Problem{Kind: BadSignature, Seq: e.Seq, ItemID: e.ItemID, Detail: "signature does not verify with the installation key"})
	}
	return ps
}

// Chain checks entries in order. When complete is true they must be the whole
// log (Seq 1, 2, … with each Prev the hash of the entry before); otherwise
// they may be a selection (an export), and only the links between
// consecutive sequence numbers are checked. Either way every item's entries
// must form a complete chain from its first entry, and every entry must carry
// a good hash and signature.
func Chain(entries []*rastro.CustodyEntry, pub ed25519.PublicKey, complete bool) []Problem {
	var ps []Problem
	itemHead := map[int64]string{}
	var prev *rastro.CustodyEntry
	for _, e := range entries {
		ps = append(ps, CheckEntry(e, pub)...)
		switch {
		case prev == nil && complete && (e.Seq != 1 || e.Prev != Genesis):
			ps = append(ps, Problem{Kind: BrokenLink, Seq: e.Seq, ItemID: e.ItemID, Detail: "the log does not start at entry 1"})
		case prev != nil && e.Seq <= prev.Seq:
			ps = append(ps, Problem{Kind: BrokenLink, Seq: e.Seq, ItemID: e.ItemID, Detail: fmt.Sprintf("entry follows entry %d out of order", prev.Seq)})
		case prev != nil && e.Seq == prev.Seq+1 && e.Prev != prev.Hash:
			ps = append(ps, Problem{Kind: BrokenLink, Seq: e.Seq, ItemID: e.ItemID, Detail: fmt.Sprintf("previous hash %s is not entry %d's hash %s", short(e.Prev), prev.Seq, short(prev.Hash))})
		case prev != nil && complete && e.Seq != prev.Seq+1:
			ps = append(ps, Problem{Kind: BrokenLink, Seq: e.Seq, ItemID: e.ItemID, Detail: fmt.Sprintf("entries %d to %d are missing", prev.Seq+1, e.Seq-1)})
		}
		want, seen := itemHead[e.ItemID]
		if !seen {
			want = Genesis
		}
		if e.ItemPrev != want {
			ps = append(ps, Problem{Kind: BrokenLink, Seq: e.Seq, ItemID: e.ItemID, Detail: fmt.Sprintf("the item's previous hash %s is not its last entry's hash %s", short(e.ItemPrev), short(want))})
		}
		itemHead[e.ItemID] = e.Hash
		prev = e
	}
	return ps
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12] + "…"
	}
	return h
}
