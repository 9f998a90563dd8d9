package evidence_test

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/blob/file"
	"github.com/rastro-project/rastro/blob/s3"
	"github.com/rastro-project/rastro/blob/s3/s3test"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/evidence"
	"github.com/rastro-project/rastro/media"
	"github.com/rastro-project/rastro/media/mediatest"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

type fixture struct {
	locker *evidence.Locker
	blobs  *file.Store
	db     *sqldb.DB
	dir    string
}

func newFixture(t *testing.T, db *sqldb.DB) *fixture {
	_, priv, _ := ed25519.GenerateKey(nil)
	s := custody.NewSigner(priv)
	blobs, err := file.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{
		locker: &evidence.Locker{Blobs: blobs, Store: sqldb.NewEvidenceService(db, s), Extractor: media.NewExtractor(), PublicKey: s.PublicKey()},
		blobs:  blobs, db: db, dir: t.TempDir(),
	}
}

func (f *fixture) write(t *testing.T, name string, data []byte) string {
	p := filepath.Join(f.dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func (f *fixture) mustVerify(t *testing.T) *evidence.Report {
	t.Helper()
	r, err := f.locker.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !r.OK() {
		t.Fatalf("verify: %v", r.Problems)
	}
	return r
}

func TestAddImageWithMetadataAndNearDuplicate(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		taken := time.Date(2023, 1, 9, 16, 42, 7, 0, time.FixedZone("PET", -5*3600))
		photo := f.write(t, "IMG_0042.jpg", mediatest.JPEG(t, mediatest.Scene(5, 0), &mediatest.EXIF{
			Make: "Motorola", Model: "moto g(30)", Taken: taken, GPS: true, Lat: -15.4997, Lon: -70.1336, Altitude: 3825}))
		res, err := f.locker.Add(ctx, photo, rastro.EvidenceItem{Labels: []rastro.Label{rastro.LabelIdentifiablePerson}, CollectedBy: "field team"}, "ana", "handed over by a witness")
		if err != nil {
			t.Fatal(err)
		}
		it := res.Item
		if it.MediaType != "image/jpeg" || it.OriginalName != "IMG_0042.jpg" || it.Metadata.CameraModel != "moto g(30)" ||
			it.Metadata.CapturedAt == nil || !it.Metadata.CapturedAt.Equal(taken) || it.Metadata.Latitude == nil || len(it.Metadata.PHashes) != 1 {
			t.Fatalf("added %+v, metadata %+v", it, it.Metadata)
		}
		// The same bytes again from another collector: reported as held, no
		// item added, and the custody log names who handed them over.
		again, err := f.locker.Add(ctx, photo, rastro.EvidenceItem{CollectedBy: "second team"}, "ben", "")
		if err != nil || !again.Held || again.Item.ID != it.ID {
			t.Fatalf("re-add: %+v, %v", again, err)
		}
		log, err := f.locker.Store.ListCustody(ctx, rastro.CustodyFilter{ItemID: &it.ID})
		if err != nil {
			t.Fatal(err)
		}
		if last := log[len(log)-1]; len(log) != 3 || last.Action != rastro.CustodyAcquired || last.Actor != "ben" || !strings.Contains(last.Note, "second team") {
			t.Fatalf("custody after the second upload: %+v", last)
		}
		// A re-encoded copy without EXIF: a new item flagged as near-duplicate.
		cp := f.write(t, "forwarded.jpg", mediatest.JPEG(t, mediatest.Scene(5, 0), nil))
		res2, err := f.locker.Add(ctx, cp, rastro.EvidenceItem{}, "ana", "")
		if err != nil {
			t.Fatal(err)
		}
		if len(res2.NearDuplicates) != 1 || res2.NearDuplicates[0].ItemID != it.ID {
			t.Fatalf("near duplicates of the copy: %+v", res2.NearDuplicates)
		}
		other := f.write(t, "other.jpg", mediatest.JPEG(t, mediatest.Scene(11, 0), nil))
		if res3, err := f.locker.Add(ctx, other, rastro.EvidenceItem{}, "ana", ""); err != nil || len(res3.NearDuplicates) != 0 {
			t.Fatalf("a different photo: %+v, %v", res3, err)
		}
		r := f.mustVerify(t)
		if r.Items != 3 || r.Blobs != 3 || r.Entries != 7 {
			t.Fatalf("report %+v", r)
		}
	})
}

func TestAddRefusesBadInputAndChangesNothing(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		p := f.write(t, "statement.txt", []byte("I saw them fire at the crowd."))
		if _, err := f.locker.Add(ctx, p, rastro.EvidenceItem{IncidentID: 42}, "ana", ""); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("missing incident: %v", err)
		}
		if _, err := f.locker.Add(ctx, filepath.Join(f.dir, "nope"), rastro.EvidenceItem{}, "ana", ""); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("missing file: %v", err)
		}
		if _, err := f.locker.Add(ctx, f.dir, rastro.EvidenceItem{}, "ana", ""); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("directory: %v", err)
		}
		r := f.mustVerify(t)
		if r.Items != 0 || r.Blobs != 0 || r.Entries != 0 {
			t.Fatalf("failed adds left %+v", r)
		}
	})
}

func TestDerivedWorkingCopy(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		person := &rastro.Person{Name: "witness 1", Protected: true}
		if err := db.Persons().Create(ctx, person); err != nil {
			t.Fatal(err)
		}
		orig, err := f.locker.Add(ctx, f.write(t, "orig.txt", []byte("full statement with the witness's name")), rastro.EvidenceItem{PersonID: person.ID}, "ana", "")
		if err != nil {
			t.Fatal(err)
		}
		red, err := f.locker.Add(ctx, f.write(t, "redacted.txt", []byte("full statement with [redacted]")), rastro.EvidenceItem{DerivedFrom: orig.Item.ID}, "ana", "redacted name")
		if err != nil {
			t.Fatal(err)
		}
		if red.Item.DerivedFrom != orig.Item.ID || red.Item.PersonID != person.ID {
			t.Fatalf("derived from %d, person %d", red.Item.DerivedFrom, red.Item.PersonID)
		}
		if _, err := f.locker.Add(ctx, f.write(t, "x.txt", []byte("copy of nothing")), rastro.EvidenceItem{DerivedFrom: 99}, "ana", ""); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Fatalf("copy of a missing item: %v", err)
		}
		log, _ := f.locker.Store.ListCustody(ctx, rastro.CustodyFilter{ItemID: &red.Item.ID})
		if len(log) != 3 || log[2].Action != rastro.CustodyDerived || !strings.Contains(log[2].Note, fmt.Sprint(orig.Item.ID)) {
			t.Fatalf("working copy's log: %+v", log)
		}
		// The original is untouched.
		rc, err := f.blobs.Get(ctx, orig.Item.SHA256)
		if err != nil {
			t.Fatal(err)
		}
		rc.Close()
		f.mustVerify(t)
	})
}

// TestTamperedBlobDetected flips one byte at random places in a blob; every
// flip is reported as a changed blob, and a removed blob as missing.
func TestTamperedBlobDetected(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, sqldbtest.Open(t, sqldb.SQLite))
	data := make([]byte, 300_000)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range data {
		data[i] = byte(rng.UintN(256))
	}
	res, err := f.locker.Add(ctx, f.write(t, "video.bin", data), rastro.EvidenceItem{}, "ana", "")
	if err != nil {
		t.Fatal(err)
	}
	path := f.blobs.Path(res.Item.SHA256)
	os.Chmod(path, 0o600)
	for i := range 40 {
		at := rng.IntN(len(data))
		if i == 0 {
			at = 0
		} else if i == 1 {
			at = len(data) - 1
		}
		b := append([]byte(nil), data...)
		b[at] ^= byte(1 + rng.UintN(255))
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		r, err := f.locker.Verify(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Problems) != 1 || r.Problems[0].Kind != custody.ChangedBlob || r.Problems[0].ItemID != res.Item.ID {
			t.Fatalf("byte %d flipped: problems %v", at, r.Problems)
		}
	}
	os.WriteFile(path, data, 0o600)
	f.mustVerify(t)
	os.Remove(path)
	r, _ := f.locker.Verify(ctx)
	if len(r.Problems) != 1 || r.Problems[0].Kind != custody.MissingBlob {
		t.Fatalf("removed blob: %v", r.Problems)
	}
}

// TestTamperedCustodyDetected changes one character of each column of a
// custody entry (after disabling the guard triggers, as someone with direct
// access to the database could), and a record's hash; each is reported.
func TestTamperedCustodyDetected(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		for i := range 3 {
			if _, err := f.locker.Add(ctx, f.write(t, fmt.Sprintf("f%d.txt", i), []byte(fmt.Sprintf("file %d", i))), rastro.EvidenceItem{}, "ana", "note"); err != nil {
				t.Fatal(err)
			}
		}
		f.mustVerify(t)
		exec := func(q string, args ...any) {
			t.Helper()
			if err := db.Update(ctx, func(tx *sqldb.Tx) error { _, err := tx.Exec(ctx, q, args...); return err }); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		if db.Dialect() == sqldb.Postgres {
			exec(`ALTER TABLE custody_entries DISABLE TRIGGER USER`)
			exec(`ALTER TABLE evidence_items DISABLE TRIGGER USER`)
		} else {
			exec(`DROP TRIGGER custody_entries_no_update`)
			exec(`DROP TRIGGER evidence_items_content_fixed`)
		}
		const seq = 3 // item 2's acquisition
		for _, col := range []string{"item_sha256", "action", "actor", "time", "note", "prev", "item_prev", "hash", "signature"} {
			var old string
			db.View(ctx, func(tx *sqldb.Tx) error {
				return tx.QueryRow(ctx, `SELECT `+col+` FROM custody_entries WHERE seq = ?`, seq).Scan(&old)
			})
			for _, at := range []int{0, len(old) / 2, len(old) - 1} {
				b := []byte(old)
				b[at] = flip(b[at])
				exec(`UPDATE custody_entries SET `+col+` = ? WHERE seq = ?`, string(b), seq)
				r, err := f.locker.Verify(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if r.OK() {
					t.Errorf("%s changed at %d (%q) went unnoticed", col, at, b)
				}
				exec(`UPDATE custody_entries SET `+col+` = ? WHERE seq = ?`, old, seq)
			}
		}
		f.mustVerify(t)
		exec(`UPDATE custody_entries SET item_id = 1 WHERE seq = 4`)
		if r, _ := f.locker.Verify(ctx); r.OK() {
			t.Error("entry moved to another item went unnoticed")
		}
		exec(`UPDATE custody_entries SET item_id = 2 WHERE seq = 4`)
		exec(`UPDATE custody_entries SET seq = 100 WHERE seq = 6`)
		if r, _ := f.locker.Verify(ctx); r.OK() {
			t.Error("renumbered entry went unnoticed")
		}
		exec(`UPDATE custody_entries SET seq = 6 WHERE seq = 100`)
		exec(`UPDATE evidence_items SET sha256 = ? WHERE id = 1`, strings.Repeat("ab", 32))
		r, _ := f.locker.Verify(ctx)
		found := false
		for _, p := range r.Problems {
			found = found || p.Kind == custody.ChangedItem
		}
		if !found {
			t.Errorf("record's hash changed: problems %v", r.Problems)
		}
	})
}

// flip changes a character into another of the same kind, so the column
// stays plausible (hex stays hex, digits stay digits).
func flip(c byte) byte {
	switch {
	case c >= '0' && c <= '8', c >= 'a' && c <= 'e', c >= 'A' && c <= 'Y':
		return c + 1
	case c == '9':
		return '0'
	case c == 'f':
		return 'a'
	case c == 'z':
		return 'a'
	case c == 'Z':
		return 'A'
	}
	return c ^ 0x01
}

func TestSweepRemovesOnlyUnreferencedBlobs(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, sqldbtest.Open(t, sqldb.SQLite))
	kept, err := f.locker.Add(ctx, f.write(t, "kept.txt", []byte("kept")), rastro.EvidenceItem{}, "ana", "")
	if err != nil {
		t.Fatal(err)
	}
	// A blob stored by an add that died before its record was committed.
	orphan, _, err := f.blobs.Put(ctx, strings.NewReader("orphan"))
	if err != nil {
		t.Fatal(err)
	}
	r := f.mustVerify(t)
	if len(r.Unreferenced) != 1 || r.Unreferenced[0] != orphan {
		t.Fatalf("unreferenced %v", r.Unreferenced)
	}
	if removed, _ := f.locker.Sweep(ctx, time.Hour); len(removed) != 0 {
		t.Fatalf("a fresh blob was swept: %v", removed)
	}
	removed, err := f.locker.Sweep(ctx, 0)
	if err != nil || len(removed) != 1 || removed[0] != orphan {
		t.Fatalf("sweep removed %v, %v", removed, err)
	}
	if _, err := f.blobs.Stat(ctx, kept.Item.SHA256); err != nil {
		t.Fatalf("referenced blob gone: %v", err)
	}
	f.mustVerify(t)
}

// TestLockerOnS3 runs ingest, verification and tamper detection with blobs in
// a real S3-compatible server.
func TestLockerOnS3(t *testing.T) {
	cfg, root := s3test.Start(t)
	ctx := context.Background()
	blobs, err := s3.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, sqldbtest.Open(t, sqldb.SQLite))
	f.locker.Blobs = blobs
	photo := f.write(t, "photo.jpg", mediatest.JPEG(t, mediatest.Scene(3, 0), &mediatest.EXIF{Make: "Nokia", GPS: true, Lat: -13.16, Lon: -74.22}))
	res, err := f.locker.Add(ctx, photo, rastro.EvidenceItem{}, "ana", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.locker.Add(ctx, f.write(t, "s.txt", []byte("statement")), rastro.EvidenceItem{}, "ana", ""); err != nil {
		t.Fatal(err)
	}
	if r := f.mustVerify(t); r.Items != 2 || r.Blobs != 2 {
		t.Fatalf("report %+v", r)
	}
	p := filepath.Join(root, cfg.Bucket, "sha256", res.Item.SHA256)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("object file: %v", err)
	}
	b[len(b)/2] ^= 0x10
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := f.locker.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) != 1 || r.Problems[0].Kind != custody.ChangedBlob {
		t.Fatalf("changed object: %v", r.Problems)
	}
}

// TestRemovedTailDetected: entries removed from the end of the log leave no
// broken link, but the head remembered outside the database shows them.
func TestRemovedTailDetected(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		f.locker.HeadFile = filepath.Join(t.TempDir(), custody.HeadFile)
		res, err := f.locker.Add(ctx, f.write(t, "a.txt", []byte("a")), rastro.EvidenceItem{}, "ana", "")
		if err != nil {
			t.Fatal(err)
		}
		if err := f.locker.Store.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: res.Item.ID, Action: rastro.CustodyTransferred, Actor: "ana", Note: "to court"}); err != nil {
			t.Fatal(err)
		}
		if err := f.locker.RecordHead(ctx); err != nil {
			t.Fatal(err)
		}
		if h, _ := custody.ReadHead(f.locker.HeadFile); h.Seq != 3 {
			t.Fatalf("head %+v, want entry 3", h)
		}
		f.mustVerify(t)
		err = db.Update(ctx, func(tx *sqldb.Tx) error {
			q := `DROP TRIGGER custody_entries_no_delete`
			if db.Dialect() == sqldb.Postgres {
				q = `ALTER TABLE custody_entries DISABLE TRIGGER USER`
			}
			if _, err := tx.Exec(ctx, q); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `DELETE FROM custody_entries WHERE seq = 3`)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		r, err := f.locker.Verify(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Both heads show it: the database's signed one and the file.
		if len(r.Problems) != 2 || r.Problems[0].Kind != custody.HeadMismatch || r.Problems[1].Kind != custody.BrokenLink ||
			!strings.Contains(r.Problems[0].Detail, "removed") || !strings.Contains(r.Problems[1].Detail, "removed") {
			t.Fatalf("removed last entry: %v", r.Problems)
		}
		// No new entry goes on from the gap, which would hide it.
		err = f.locker.Store.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: res.Item.ID, Action: rastro.CustodyViewed, Actor: "x"})
		if rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Fatalf("append after the removal: %v", err)
		}
		f.locker.RecordHead(ctx)
		if r, _ := f.locker.Verify(ctx); r.OK() {
			t.Fatal("the removal went unseen")
		}
	})
}

// TestHeadsMustAgree: with entries in the log, verify fails loudly when the
// head file is missing, when the database's signed head is deleted or
// forged, or when the file names an entry past the database's head.
func TestHeadsMustAgree(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		f.locker.HeadFile = filepath.Join(t.TempDir(), custody.HeadFile)
		if _, err := f.locker.Add(ctx, f.write(t, "a.txt", []byte("a")), rastro.EvidenceItem{}, "ana", ""); err != nil {
			t.Fatal(err)
		}
		if err := f.locker.RecordHead(ctx); err != nil {
			t.Fatal(err)
		}
		f.mustVerify(t)
		kinds := func() []string {
			t.Helper()
			r, err := f.locker.Verify(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, p := range r.Problems {
				out = append(out, p.Kind+": "+p.Detail)
			}
			return out
		}
		expect := func(what string, want ...string) {
			t.Helper()
			got := kinds()
			if len(got) != len(want) {
				t.Fatalf("%s: problems %q, want %d", what, got, len(want))
			}
			for i, w := range want {
				if !strings.Contains(got[i], w) {
					t.Errorf("%s: problem %q lacks %q", what, got[i], w)
				}
			}
		}
		// The head file vanishes.
		saved, _ := os.ReadFile(f.locker.HeadFile)
		os.Remove(f.locker.HeadFile)
		expect("missing file", "head file "+f.locker.HeadFile+" is missing")
		os.WriteFile(f.locker.HeadFile, saved, 0o600)
		f.mustVerify(t)

		// The file names an entry past the database's head.
		h, _ := custody.ReadHead(f.locker.HeadFile)
		custody.WriteHead(f.locker.HeadFile, custody.Head{Seq: h.Seq + 1, Hash: h.Hash})
		expect("file ahead", "past the database's signed head")
		os.WriteFile(f.locker.HeadFile, saved, 0o600)

		exec := func(q string, args ...any) {
			t.Helper()
			if err := db.Update(ctx, func(tx *sqldb.Tx) error { _, err := tx.Exec(ctx, q, args...); return err }); err != nil {
				t.Fatal(err)
			}
		}
		// A forged head (no key) and a deleted one.
		var sig string
		db.View(ctx, func(tx *sqldb.Tx) error { return tx.QueryRow(ctx, `SELECT signature FROM custody_head`).Scan(&sig) })
		exec(`UPDATE custody_head SET seq = 1, signature = ?`, sig)
		expect("forged head", "not signed by the installation key", "past the database's signed head")
		exec(`DELETE FROM custody_head`)
		expect("deleted head", "the database keeps no signed head")
		// A deleted head is not silently re-created while the file is gone.
		os.Remove(f.locker.HeadFile)
		if err := f.locker.AdoptHead(ctx, custody.Head{}); err != nil {
			t.Fatal(err)
		}
		expect("both gone", "no signed head", "is missing")
		// With the file vouching for the log's end it is adopted again.
		os.WriteFile(f.locker.HeadFile, saved, 0o600)
		if err := f.locker.AdoptHead(ctx, custody.Head{}); err != nil {
			t.Fatal(err)
		}
		f.mustVerify(t)
	})
}
