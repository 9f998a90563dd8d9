package file

import (
	"bytes"
	"context"
	"io"
	"os"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/blob/blobtest"
)

func TestConformance(t *testing.T) {
	blobtest.Run(t, func(t *testing.T) rastro.BlobStore {
		s, err := Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestBlobsAreReadOnlyAndNeverReplaced(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	sum, _, err := s.Put(context.Background(), bytes.NewReader([]byte("original")))
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(s.Path(sum))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm()&0o222 != 0 {
		t.Fatalf("blob is writable: %v", fi.Mode())
	}
	ents, _ := os.ReadDir(s.tmpDir())
	if len(ents) != 0 {
		t.Fatalf("Put left %d temporary files", len(ents))
	}
	// Putting the bytes again refreshes the blob's time, so a sweep of
	// unreferenced blobs leaves it to the Add that is about to record it.
	old := time.Now().Add(-48 * time.Hour)
	os.Chtimes(s.Path(sum), old, old)
	if _, _, err := s.Put(context.Background(), bytes.NewReader([]byte("original"))); err != nil {
		t.Fatal(err)
	}
	if fi, _ := s.Stat(context.Background(), sum); time.Since(fi.ModTime) > time.Hour {
		t.Fatalf("second Put left the blob's time at %v", fi.ModTime)
	}
}

// BenchmarkPut measures streaming a 256 MiB generated file into the store:
// go test -bench Put -benchtime 3x ./blob/file
func BenchmarkPut(b *testing.B) {
	const size = 256 << 20
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	src := make([]byte, 1<<20)
	for i := range src {
		src[i] = byte(i * 7919 >> 3)
	}
	b.SetBytes(size)
	for i := 0; b.Loop(); i++ {
		r := &repeatReader{buf: src, left: size, salt: byte(i)}
		if _, _, err := s.Put(context.Background(), r); err != nil {
			b.Fatal(err)
		}
	}
}

// repeatReader repeats buf up to left bytes; salt makes each run's bytes
// (and so its blob) different.
type repeatReader struct {
	buf  []byte
	left int64
	salt byte
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.buf[r.off:])
	if int64(n) > r.left {
		n = int(r.left)
	}
	if r.off == 0 && n > 0 {
		p[0] ^= r.salt
	}
	r.off = (r.off + n) % len(r.buf)
	r.left -= int64(n)
	return n, nil
}
