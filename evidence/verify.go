package evidence

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/internal/leftover"
)

// Report is what Verify found.
type Report struct {
	Items, Entries, Blobs int
	Problems              []custody.Problem
	// Unreferenced lists blobs no record refers to (left by interrupted
	// adds); they are not evidence and not a problem.
	Unreferenced []string
	// Leftovers are partial files killed work left in temporary folders
	// (see Locker.Leftovers); not a problem either, but disk to reclaim.
	Leftovers []leftover.Item
}

// OK reports whether verification found no problem.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

// Verify re-hashes every item's blob and re-checks the whole custody log:
// each entry's hash, signature and links, and that each item's record
// matches the hash its custody entries name.
func (l *Locker) Verify(ctx context.Context) (*Report, error) {
	r := &Report{}
	entries, err := l.Store.ListCustody(ctx, rastro.CustodyFilter{})
	if err != nil {
		return nil, err
	}
	r.Entries = len(entries)
	r.Problems = custody.Chain(entries, l.PublicKey, true)
	heads, err := l.checkHeads(ctx, entries)
	if err != nil {
		return nil, err
	}
	r.Problems = append(r.Problems, heads...)
	byItem := map[int64][]*rastro.CustodyEntry{}
	for _, e := range entries {
		byItem[e.ItemID] = append(byItem[e.ItemID], e)
	}
	items, _, err := l.Store.ListEvidence(ctx, rastro.EvidenceFilter{})
	if err != nil {
		return nil, err
	}
	r.Items = len(items)
	held := map[string]bool{}
	for _, it := range items {
		held[it.SHA256] = true
		r.Problems = append(r.Problems, CheckItem(it, byItem[it.ID])...)
		p, err := l.checkBlob(ctx, it)
		if err != nil {
			return nil, err
		}
		if p != nil {
			r.Problems = append(r.Problems, *p)
		}
	}
	err = l.Blobs.List(ctx, func(b rastro.BlobInfo) error {
		r.Blobs++
		if !held[b.SHA256] {
			r.Unreferenced = append(r.Unreferenced, b.SHA256)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.Leftovers, err = l.Leftovers()
	return r, err
}

// checkHeads checks the log's end against the database's signed head and
// the head file: both must be there once the log has entries, and agree.
func (l *Locker) checkHeads(ctx context.Context, entries []*rastro.CustodyEntry) ([]custody.Problem, error) {
	var file custody.Head
	var fileOK bool
	if l.HeadFile != "" {
		var err error
		if file, fileOK, err = custody.LoadHead(l.HeadFile); err != nil {
			return nil, err
		}
	}
	hk, ok := l.Store.(headKeeper)
	if !ok {
		return custody.CheckHead(entries, file), nil
	}
	if l.HeadFile == "" {
		fileOK = true // no file is kept: the database's head alone
	}
	db, err := hk.CustodyHead(ctx)
	if err != nil {
		return nil, err
	}
	return custody.CheckHeads(entries, db, file, fileOK, l.PublicKey, l.HeadFile), nil
}

// CheckItem checks an item's record against its custody entries: it must
// have some, the first an acquisition, all naming the item's SHA-256.
func CheckItem(it *rastro.EvidenceItem, entries []*rastro.CustodyEntry) []custody.Problem {
	if len(entries) == 0 {
		return []custody.Problem{{Kind: custody.BrokenLink, ItemID: it.ID, Detail: "the item has no custody entries"}}
	}
	var ps []custody.Problem
	if entries[0].Action != rastro.CustodyAcquired {
		ps = append(ps, custody.Problem{Kind: custody.BrokenLink, ItemID: it.ID, Seq: entries[0].Seq, Detail: "the item's first custody entry is not its acquisition"})
	}
	for _, e := range entries {
		if e.ItemSHA256 != it.SHA256 {
			ps = append(ps, custody.Problem{Kind: custody.ChangedItem, ItemID: it.ID, Seq: e.Seq,
				Detail: fmt.Sprintf("the record says sha256 %s but its custody entry says %s", it.SHA256, e.ItemSHA256)})
			break
		}
	}
	return ps
}

// checkBlob re-hashes an item's blob.
func (l *Locker) checkBlob(ctx context.Context, it *rastro.EvidenceItem) (*custody.Problem, error) {
	rc, err := l.Blobs.Get(ctx, it.SHA256)
	if rastro.ErrorCode(err) == rastro.ENOTFOUND {
		return &custody.Problem{Kind: custody.MissingBlob, ItemID: it.ID, Detail: "no blob with sha256 " + it.SHA256}, nil
	} else if err != nil {
		return nil, err
	}
	defer rc.Close()
	h := sha256.New()
	n, err := io.Copy(h, rc)
	if err != nil {
		return nil, fmt.Errorf("reading blob %s: %w", it.SHA256, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != it.SHA256 || n != it.Size {
		return &custody.Problem{Kind: custody.ChangedBlob, ItemID: it.ID,
			Detail: fmt.Sprintf("blob hashes to %s (%d bytes), recorded %s (%d bytes)", got, n, it.SHA256, it.Size)}, nil
	}
	return nil, nil
}

// Count is how many problems of kind (custody.MissingBlob, …) were found.
func (r *Report) Count(kind string) int {
	n := 0
	for _, p := range r.Problems {
		if p.Kind == kind {
			n++
		}
	}
	return n
}
