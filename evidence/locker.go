package evidence

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/internal/leftover"
	"github.com/rastro-project/rastro/media"
	"github.com/rastro-project/rastro/media/phash"
)

// Locker ties a blob store to the evidence records.
type Locker struct {
	Blobs     rastro.BlobStore
	Store     rastro.EvidenceService
	Extractor *media.Extractor
	PublicKey ed25519.PublicKey // checks the custody log's signatures
	// Signer signs the manifests of evidence bundles (package bundle) with
	// the installation key; nil: the locker exports no bundles.
	Signer Signer
	// HeadFile, when set, remembers the last custody entry outside the
	// database (see custody.Head); RecordHead updates it, Verify checks it.
	HeadFile string
	// Temps are folders where work in progress keeps files (the web
	// server's uploads), besides the blob store's own; what killed work
	// left there Verify reports and SweepLeftovers removes.
	Temps []TempDir
}

// Signer signs with the installation's key (a custody.Signer).
type Signer interface {
	Sign(msg []byte) []byte
	PublicKey() ed25519.PublicKey
}

// TempDir is a folder of work in progress: entries named Prefix… that are
// held (package leftover) while their work runs.
type TempDir struct{ Dir, Prefix string }

// tempDirs are the locker's Temps and the blob store's temporary folder.
func (l *Locker) tempDirs() []TempDir {
	dirs := append([]TempDir(nil), l.Temps...)
	if t, ok := l.Blobs.(interface{ TempDir() (string, string) }); ok {
		dir, prefix := t.TempDir()
		dirs = append(dirs, TempDir{dir, prefix})
	}
	return dirs
}

// Leftovers lists what killed work left in the temporary folders: partial
// blobs of interrupted adds, folders of interrupted uploads.
func (l *Locker) Leftovers() ([]leftover.Item, error) {
	var out []leftover.Item
	for _, d := range l.tempDirs() {
		items, err := leftover.Find(d.Dir, d.Prefix)
		if err != nil {
			return out, err
		}
		out = append(out, items...)
	}
	return out, nil
}

// SweepLeftovers removes what Leftovers lists and returns what it removed;
// work still running is never touched.
func (l *Locker) SweepLeftovers() ([]leftover.Item, error) {
	items, err := l.Leftovers()
	if err != nil {
		return nil, err
	}
	return leftover.Remove(items)
}

// UploadAge is how long ago an upload to a store without locks must have
// begun before its leftovers are swept: longer than any upload runs.
const UploadAge = 24 * time.Hour

// SweepStoreTemps removes what uploads begun before the given time left in
// a blob store that cannot tell a live upload from a dead one by its locks
// (S3: temporary objects, unfinished multipart uploads); other stores have
// none and remove nothing.
func (l *Locker) SweepStoreTemps(ctx context.Context, before time.Time) ([]leftover.Item, error) {
	t, ok := l.Blobs.(interface {
		SweepTemps(context.Context, time.Time) ([]leftover.Item, error)
	})
	if !ok {
		return nil, nil
	}
	return t.SweepTemps(ctx, before)
}

// headKeeper is a store that keeps a signed head of the log in the
// database (sqldb.EvidenceService).
type headKeeper interface {
	CustodyHead(ctx context.Context) (*custody.SignedHead, error)
	AdoptCustodyHead(ctx context.Context, want custody.Head) (bool, error)
}

// AdoptHead gives a database that keeps no signed head yet (one from
// before heads were kept, or a log just imported) the head of its log, when
// the log ends at want, or, with want zero, at the head file's entry. A
// head deleted from a database is not replaced this way unless the head
// file still vouches for the log's end.
func (l *Locker) AdoptHead(ctx context.Context, want custody.Head) error {
	hk, ok := l.Store.(headKeeper)
	if !ok {
		return nil
	}
	if want.Seq == 0 && l.HeadFile != "" {
		h, err := custody.ReadHead(l.HeadFile)
		if err != nil {
			return err
		}
		want = h
	}
	_, err := hk.AdoptCustodyHead(ctx, want)
	return err
}

// RecordHead remembers the log's last entry in HeadFile. Callers run it
// after their appends are committed; a crash before it only leaves the file
// behind the log, which verification accepts.
func (l *Locker) RecordHead(ctx context.Context) error {
	if l.HeadFile == "" {
		return nil
	}
	h, err := custody.ReadHead(l.HeadFile)
	if err != nil {
		return err
	}
	if h.Seq > 0 {
		// Never move on from a head the log no longer holds: that is for
		// Verify to report, and moving on would hide it.
		at, err := l.Store.ListCustody(ctx, rastro.CustodyFilter{AfterSeq: h.Seq - 1, Limit: 1})
		if err != nil || len(at) == 0 || at[0].Seq != h.Seq || at[0].Hash != h.Hash {
			return err
		}
	}
	newer, err := l.Store.ListCustody(ctx, rastro.CustodyFilter{AfterSeq: h.Seq})
	if err != nil || len(newer) == 0 {
		return err
	}
	last := newer[len(newer)-1]
	return custody.WriteHead(l.HeadFile, custody.Head{Seq: last.Seq, Hash: last.Hash})
}

// NearDuplicate is an item already held whose picture is close to the new one.
type NearDuplicate struct {
	ItemID   int64
	Distance int // Hamming distance of the closest pair of perceptual hashes
}

// AddResult says what Add did.
type AddResult struct {
	Item *rastro.EvidenceItem
	// Held is true when the same bytes were already held as Item; nothing
	// was added.
	Held           bool
	NearDuplicates []NearDuplicate
}

// Add streams the file at path into the locker. tmpl carries what the
// investigator says about it (links, labels, who collected it, when, from
// where, a note; the original name, when path does not carry it); the rest
// comes from the file. The item, its "acquired" and
// "hashed" custody entries (and "derived" for a working copy, when
// tmpl.DerivedFrom is set) are stored in one transaction after the blob is
// safely stored, so an interrupted Add leaves at most a blob without a record,
// which Sweep removes.
func (l *Locker) Add(ctx context.Context, path string, tmpl rastro.EvidenceItem, actor, note string) (*AddResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: %v", path, unwrapPath(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, rastro.Errorf(rastro.EINVALID, "%s is not a regular file", path)
	}
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	mediaType := media.Sniff(head[:n], path)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}

	sum, size, err := l.Blobs.Put(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("storing %s: %w", path, err)
	}
	held, _, err := l.Store.ListEvidence(ctx, rastro.EvidenceFilter{SHA256: &sum})
	if err != nil {
		return nil, err
	}
	if len(held) > 0 {
		// The same bytes from someone else are a custody event of the item
		// held: who handed them over, and who collected them.
		again := receivedNote(fmt.Sprintf("the same file received again as %q", filepath.Base(path)), tmpl, note)
		e := &rastro.CustodyEntry{ItemID: held[0].ID, Action: rastro.CustodyAcquired, Actor: actor, Time: time.Now(), Note: again}
		if err := l.Store.AppendCustody(ctx, e); err != nil {
			return nil, err
		}
		return &AddResult{Item: held[0], Held: true}, nil
	}

	item := tmpl
	item.SHA256, item.Size, item.MediaType = sum, size, mediaType
	if item.DerivedFrom > 0 && item.IncidentID == 0 && item.ActID == 0 && item.PersonID == 0 {
		// A working copy supports what its original supports unless told
		// otherwise.
		orig, err := l.Store.FindEvidence(ctx, item.DerivedFrom)
		if err != nil {
			l.dropUnreferenced(sum)
			return nil, err
		}
		item.IncidentID, item.ActID, item.PersonID = orig.IncidentID, orig.ActID, orig.PersonID
	}
	if item.OriginalName == "" {
		item.OriginalName = filepath.Base(path)
	}
	if l.Extractor != nil {
		item.Metadata = l.Extractor.Extract(ctx, path, mediaType)
	}
	res := &AddResult{Item: &item}
	if res.NearDuplicates, err = l.nearDuplicates(ctx, item.Metadata.PHashes); err != nil {
		return nil, err
	}

	acquired := receivedNote(fmt.Sprintf("received %q, %d bytes, %s", item.OriginalName, size, mediaType), item, note)
	now := time.Now()
	entries := []*rastro.CustodyEntry{
		{Action: rastro.CustodyAcquired, Actor: actor, Time: now, Note: acquired},
		{Action: rastro.CustodyHashed, Actor: actor, Time: now, Note: "SHA-256 " + sum + " computed while storing"},
	}
	if item.DerivedFrom > 0 {
		entries = append(entries, &rastro.CustodyEntry{Action: rastro.CustodyDerived, Actor: actor, Time: now,
			Note: fmt.Sprintf("working copy of evidence item %d", item.DerivedFrom)})
	}
	if err := l.Store.CreateEvidence(ctx, &item, entries); err != nil {
		l.dropUnreferenced(sum)
		return nil, err
	}
	return res, nil
}

// receivedNote completes the note of an "acquired" entry with who
// collected the file, where from, and the investigator's note.
func receivedNote(head string, it rastro.EvidenceItem, note string) string {
	if it.CollectedBy != "" {
		head += ", collected by " + it.CollectedBy
	}
	if it.SourceURL != "" {
		head += ", from " + it.SourceURL
	}
	if note != "" {
		head += ": " + note
	}
	return head
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// dropUnreferenced removes a blob that a failed Add stored, unless a record
// refers to it. It runs even when the caller's context is done.
func (l *Locker) dropUnreferenced(sum string) {
	ctx := context.Background()
	if held, _, err := l.Store.ListEvidence(ctx, rastro.EvidenceFilter{SHA256: &sum}); err == nil && len(held) == 0 {
		l.Blobs.Delete(ctx, sum)
	}
}

// nearDuplicates compares perceptual hashes with every held item's.
func (l *Locker) nearDuplicates(ctx context.Context, hashes []string) ([]NearDuplicate, error) {
	if len(hashes) == 0 {
		return nil, nil
	}
	items, _, err := l.Store.ListEvidence(ctx, rastro.EvidenceFilter{})
	if err != nil {
		return nil, err
	}
	var out []NearDuplicate
	for _, it := range items {
		if d := phash.Closest(hashes, it.Metadata.PHashes); d >= 0 && d <= phash.NearDuplicate {
			out = append(out, NearDuplicate{ItemID: it.ID, Distance: d})
		}
	}
	return out, nil
}

// Open returns the item's bytes and records that actor viewed it; an item
// the store withholds from ctx's actor (see rastro.Withheld) is refused.
func (l *Locker) Open(ctx context.Context, id int64, actor, note string) (*rastro.EvidenceItem, io.ReadCloser, error) {
	item, err := l.Store.FindEvidence(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if item.IsWithheld() {
		return nil, nil, rastro.Errorf(rastro.EFORBIDDEN, "evidence item %d is protected (a protected witness or person): opening it needs the read_protected permission", id)
	}
	rc, err := l.Blobs.Get(ctx, item.SHA256)
	if err != nil {
		return nil, nil, err
	}
	if err := l.Store.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: id, Action: rastro.CustodyViewed, Actor: actor, Time: time.Now(), Note: note}); err != nil {
		rc.Close()
		return nil, nil, err
	}
	return item, rc, nil
}

// Sweep removes blobs that no record refers to and that are older than
// minAge: what an Add interrupted between storing the blob and committing
// the record leaves behind. minAge keeps it off blobs that an Add running in
// another process is about to record.
func (l *Locker) Sweep(ctx context.Context, minAge time.Duration) ([]string, error) {
	var removed []string
	var orphans []string
	err := l.Blobs.List(ctx, func(b rastro.BlobInfo) error {
		if time.Since(b.ModTime) < minAge {
			return nil
		}
		orphans = append(orphans, b.SHA256)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, sum := range orphans {
		held, _, err := l.Store.ListEvidence(ctx, rastro.EvidenceFilter{SHA256: &sum})
		if err != nil {
			return removed, err
		}
		if len(held) > 0 {
			continue
		}
		// An Add of the same bytes since the listing refreshes the blob's
		// time (file store); leave it to that Add.
		if b, err := l.Blobs.Stat(ctx, sum); err != nil || time.Since(b.ModTime) < minAge {
			continue
		}
		if err := l.Blobs.Delete(ctx, sum); err != nil {
			return removed, err
		}
		removed = append(removed, sum)
	}
	return removed, nil
}
