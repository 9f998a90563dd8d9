package custody

import (
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

// ReadHead reads a head file; a missing file is the zero Head.
func ReadHead(path string) (Head, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Head{}, nil
	} else if err != nil {
		return Head{}, err
	}
	var h Head
	if _, err := fmt.Sscanf(strings.TrimSpace(string(b)), "%d %64s", &h.Seq, &h.Hash); err != nil || !rastro.ValidSHA256(h.Hash) || h.Seq <= 0 {
		return Head{}, rastro.Errorf(rastro.EINVALID, "%s: not a custody head (want \"SEQ HASH\")", path)
	}
	return h, nil
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
