// Package file keeps evidence blobs in a folder, one read-only file per
// SHA-256 under sha256/ab/cd/abcd…. A blob is written to a temporary file,
// synced, and then linked into place, so a crash never leaves a partial file
// under a hash and an existing blob is never replaced.
package file

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/blob"
	"github.com/rastro-project/rastro/internal/leftover"
)

// TempPrefix starts the names of the temporary files in TempDir.
const TempPrefix = "put-"

// Store is a folder of blobs.
type Store struct{ root string }

var _ rastro.BlobStore = (*Store)(nil)

// Open returns the store in dir, creating it. Temporary files that killed
// writers left behind stay until `rastro evidence sweep` (which `rastro
// verify` reports them for) or a server start removes them: see TempDir.
func Open(dir string) (*Store, error) {
	s := &Store{root: dir}
	for _, d := range []string{s.tmpDir(), filepath.Join(dir, "sha256")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Store) tmpDir() string { return filepath.Join(s.root, "tmp") }

// TempDir is where Put writes a blob before linking it into place, in
// files named TempPrefix…; each is held (package leftover) while its Put
// runs, so one that is not held was left by a killed writer.
func (s *Store) TempDir() (dir, prefix string) { return s.tmpDir(), TempPrefix }

// Path returns where the blob with this hash lives (whether or not it exists).
func (s *Store) Path(sum string) string {
	return filepath.Join(s.root, "sha256", sum[:2], sum[2:4], sum)
}

func (s *Store) Put(ctx context.Context, r io.Reader) (string, int64, error) {
	var rnd [8]byte
	rand.Read(rnd[:])
	tmpPath := filepath.Join(s.tmpDir(), TempPrefix+hex.EncodeToString(rnd[:]))
	f, err := os.OpenFile(tmpPath, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o400)
	if err != nil {
		return "", 0, err
	}
	release, err := leftover.Hold(tmpPath)
	if err != nil {
		f.Close()
		os.Remove(tmpPath)
		return "", 0, err
	}
	defer release()          // after the removal: never a moment unheld
	defer os.Remove(tmpPath) // the blob is a second link by then
	h := sha256.New()
	n, err := blob.CopyHashing(ctx, f, h, r)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", 0, err
	}
	sum := hex.EncodeToString(h.Sum(nil))
	dst := s.Path(sum)
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		return "", 0, err
	}
	// Link refuses to replace an existing file: bytes already held stay as
	// they are.
	if err := os.Link(tmpPath, dst); errors.Is(err, fs.ErrExist) {
		// Held already: refresh its time so a concurrent sweep of
		// unreferenced blobs sees a fresh one and leaves it for the
		// record this Put is about to get.
		now := time.Now()
		os.Chtimes(dst, now, now)
	} else if err != nil {
		return "", 0, err
	}
	if err := syncDir(filepath.Dir(dst)); err != nil {
		return "", 0, err
	}
	return sum, n, nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

func (s *Store) Get(ctx context.Context, sum string) (io.ReadCloser, error) {
	if err := blob.CheckSum(sum); err != nil {
		return nil, err
	}
	f, err := os.Open(s.Path(sum))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, blob.NotFound(sum)
	}
	return f, err
}

func (s *Store) Stat(ctx context.Context, sum string) (rastro.BlobInfo, error) {
	if err := blob.CheckSum(sum); err != nil {
		return rastro.BlobInfo{}, err
	}
	fi, err := os.Stat(s.Path(sum))
	if errors.Is(err, fs.ErrNotExist) {
		return rastro.BlobInfo{}, blob.NotFound(sum)
	} else if err != nil {
		return rastro.BlobInfo{}, err
	}
	return rastro.BlobInfo{SHA256: sum, Size: fi.Size(), ModTime: fi.ModTime()}, nil
}

func (s *Store) Delete(ctx context.Context, sum string) error {
	if err := blob.CheckSum(sum); err != nil {
		return err
	}
	err := os.Remove(s.Path(sum))
	if errors.Is(err, fs.ErrNotExist) {
		return blob.NotFound(sum)
	}
	return err
}

func (s *Store) List(ctx context.Context, fn func(rastro.BlobInfo) error) error {
	return filepath.WalkDir(filepath.Join(s.root, "sha256"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() || !rastro.ValidSHA256(name) || !strings.HasSuffix(filepath.Dir(p), filepath.Join(name[:2], name[2:4])) {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		return fn(rastro.BlobInfo{SHA256: name, Size: fi.Size(), ModTime: fi.ModTime()})
	})
}
