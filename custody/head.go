package custody

import (
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/atomicfile"
)

// HeadFile is the name, in the data directory, of the file that remembers
// the last custody entry this installation has seen.
const HeadFile = "custody-head"

// Head is the last entry of the log as last seen. Kept outside the database,
// it lets verification notice entries removed from the end of the log,
// which the chain alone cannot show.
type Head struct {
	Seq  int64
	Hash string
}

// SignedHead is the head the database keeps, updated with every append in
// the same transaction and signed with the installation key, so it can be
// neither lost with a file nor rewritten without the key.
type SignedHead struct {
	Head
	Signature string // base64 Ed25519 over HeadMessage
}

// HeadMessage is what a head's signature covers.
func HeadMessage(h Head) []byte {
	return fmt.Appendf(nil, "rastro-custody-head/1\nseq=%d\nhash=%s\n", h.Seq, h.Hash)
}

// SignHead signs h with the installation key.
func SignHead(s *Signer, h Head) SignedHead {
	return SignedHead{Head: h, Signature: base64.StdEncoding.EncodeToString(s.Sign(HeadMessage(h)))}
}

// Verify reports whether the signature is the installation key's.
func (h SignedHead) Verify(pub ed25519.PublicKey) bool {
	sig, err := base64.StdEncoding.DecodeString(h.Signature)
	return err == nil && ed25519.Verify(pub, HeadMessage(h.Head), sig)
}

// CheckHeads checks the log (in order) against the database's signed head
// (nil when there is none) and the head file (fileOK false when it is
// missing). An empty log needs no head. The database's head must be the
// log's last entry and carry a good signature; the file may lag behind it
// (a command killed between its commit and writing the file) but must name
// an entry the log holds, unchanged.
func CheckHeads(entries []*rastro.CustodyEntry, db *SignedHead, file Head, fileOK bool, pub ed25519.PublicKey, headFile string) []Problem {
	if len(entries) == 0 && db == nil && file.Seq == 0 {
		return nil
	}
	var ps []Problem
	last := &rastro.CustodyEntry{}
	if len(entries) > 0 {
		last = entries[len(entries)-1]
	}
	switch {
	case db == nil:
		ps = append(ps, Problem{Kind: HeadMismatch, Detail: fmt.Sprintf("the database keeps no signed head, but the log has %d entries: the head was deleted", len(entries))})
	case !db.Verify(pub):
		ps = append(ps, Problem{Kind: BadSignature, Seq: db.Seq, Detail: "the database's custody head is not signed by the installation key"})
	case db.Seq != last.Seq || db.Hash != last.Hash:
		ps = append(ps, Problem{Kind: HeadMismatch, Seq: db.Seq, Detail: fmt.Sprintf("the database's signed head is entry %d (%s) but the log ends at entry %d: entries were removed or changed", db.Seq, short(db.Hash), last.Seq)})
	}
	switch {
	case !fileOK:
		ps = append(ps, Problem{Kind: HeadMismatch, Detail: fmt.Sprintf("the head file %s is missing, but the log has %d entries", headFile, len(entries))})
	case db != nil && file.Seq > db.Seq:
		ps = append(ps, Problem{Kind: HeadMismatch, Seq: file.Seq, Detail: fmt.Sprintf("the head file names entry %d, past the database's signed head (entry %d)", file.Seq, db.Seq)})
	default:
		ps = append(ps, CheckHead(entries, file)...)
	}
	return ps
}

// ReadHead reads a head file; a missing file is the zero Head.
func ReadHead(path string) (Head, error) {
	h, _, err := LoadHead(path)
	return h, err
}

// LoadHead reads a head file; ok is false when there is none.
func LoadHead(path string) (h Head, ok bool, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Head{}, false, nil
	} else if err != nil {
		return Head{}, false, err
	}
	if _, err := fmt.Sscanf(strings.TrimSpace(string(b)), "%d %64s", &h.Seq, &h.Hash); err != nil || !rastro.ValidSHA256(h.Hash) || h.Seq <= 0 {
		return Head{}, true, rastro.Errorf(rastro.EINVALID, "%s: not a custody head (want \"SEQ HASH\")", path)
	}
	return h, true, nil
}

// WriteHead replaces the head file with h, atomically.
func WriteHead(path string, h Head) error {
	return atomicfile.Write(path, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "%d %s\n", h.Seq, h.Hash)
		return err
	})
}

// CheckHead checks that the log (in order) still holds the remembered head.
func CheckHead(entries []*rastro.CustodyEntry, h Head) []Problem {
	if h.Seq == 0 {
		return nil
	}
	for _, e := range entries {
		if e.Seq == h.Seq {
			if e.Hash != h.Hash {
				return []Problem{{Kind: ChangedEntry, Seq: e.Seq, ItemID: e.ItemID, Detail: fmt.Sprintf("entry was recorded with hash %s, now has %s", short(h.Hash), short(e.Hash))}}
			}
			return nil
		}
	}
	last := int64(0)
	if len(entries) > 0 {
		last = entries[len(entries)-1].Seq
	}
	return []Problem{{Kind: BrokenLink, Seq: h.Seq, Detail: fmt.Sprintf("entry %d was recorded but the log ends at entry %d: entries were removed", h.Seq, last)}}
}
