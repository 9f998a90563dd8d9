// Package blobtest is the conformance suite every rastro.BlobStore passes.
package blobtest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/rastro-project/rastro"
)

// Run runs the suite; open returns a new, empty store for each subtest.
func Run(t *testing.T, open func(t *testing.T) rastro.BlobStore) {
	ctx := context.Background()

	t.Run("PutGetStat", func(t *testing.T) {
		s := open(t)
		data := []byte("a photograph taken in Juliaca")
		sum, n, err := s.Put(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if want := hexSum(data); sum != want || n != int64(len(data)) {
			t.Fatalf("Put = %s, %d; want %s, %d", sum, n, want, len(data))
		}
		if got := read(t, s, sum); !bytes.Equal(got, data) {
			t.Fatalf("Get returned %q", got)
		}
		fi, err := s.Stat(ctx, sum)
		if err != nil || fi.SHA256 != sum || fi.Size != int64(len(data)) {
			t.Fatalf("Stat = %+v, %v", fi, err)
		}
	})

	t.Run("Empty", func(t *testing.T) {
		s := open(t)
		sum, n, err := s.Put(ctx, bytes.NewReader(nil))
		if err != nil || n != 0 || sum != hexSum(nil) {
			t.Fatalf("Put(empty) = %s, %d, %v", sum, n, err)
		}
		if got := read(t, s, sum); len(got) != 0 {
			t.Fatalf("empty blob read back %d bytes", len(got))
		}
	})

	t.Run("PutTwiceKeepsOne", func(t *testing.T) {
		s := open(t)
		data := []byte("same bytes")
		a, _, err := s.Put(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		b, _, err := s.Put(ctx, bytes.NewReader(data))
		if err != nil || a != b {
			t.Fatalf("second Put = %s, %v", b, err)
		}
		if got := list(t, s); len(got) != 1 || got[0].SHA256 != a {
			t.Fatalf("List after two Puts of the same bytes = %+v", got)
		}
	})

	t.Run("Large", func(t *testing.T) {
		s := open(t)
		// Bigger than a multipart part, generated as it streams.
		const size = 21<<20 + 12345
		h := sha256.New()
		sum, n, err := s.Put(ctx, io.TeeReader(io.LimitReader(newRandReader(1), size), h))
		if err != nil {
			t.Fatal(err)
		}
		if n != size || sum != hex.EncodeToString(h.Sum(nil)) {
			t.Fatalf("Put = %s, %d; want %x, %d", sum, n, h.Sum(nil), size)
		}
		rc, err := s.Get(ctx, sum)
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		h2 := sha256.New()
		if m, err := io.Copy(h2, rc); err != nil || m != size || hex.EncodeToString(h2.Sum(nil)) != sum {
			t.Fatalf("read back %d bytes, hash %x, err %v", m, h2.Sum(nil), err)
		}
	})

	t.Run("FailedPutLeavesNothing", func(t *testing.T) {
		s := open(t)
		boom := errors.New("reader broke")
		r := io.MultiReader(io.LimitReader(newRandReader(2), 3<<20), errReader{boom})
		if _, _, err := s.Put(ctx, r); !errors.Is(err, boom) && err == nil {
			t.Fatal("Put from a failing reader succeeded")
		}
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, _, err := s.Put(cctx, io.LimitReader(newRandReader(3), 3<<20)); err == nil {
			t.Fatal("Put with a cancelled context succeeded")
		}
		if got := list(t, s); len(got) != 0 {
			t.Fatalf("failed Puts left blobs: %+v", got)
		}
	})

	t.Run("NotFoundAndInvalid", func(t *testing.T) {
		s := open(t)
		missing := hexSum([]byte("never stored"))
		if _, err := s.Get(ctx, missing); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Fatalf("Get(missing) = %v, want ENOTFOUND", err)
		}
		if _, err := s.Stat(ctx, missing); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Fatalf("Stat(missing) = %v, want ENOTFOUND", err)
		}
		for _, bad := range []string{"", "../../etc/passwd", "ABC", missing[:63] + "G"} {
			if _, err := s.Get(ctx, bad); rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("Get(%q) = %v, want EINVALID", bad, err)
			}
		}
	})

	t.Run("ListDelete", func(t *testing.T) {
		s := open(t)
		want := map[string]int64{}
		for i := range 5 {
			data := bytes.Repeat([]byte{byte(i)}, i*100+1)
			sum, _, err := s.Put(ctx, bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			want[sum] = int64(len(data))
		}
		got := list(t, s)
		if len(got) != len(want) {
			t.Fatalf("List gave %d blobs, want %d", len(got), len(want))
		}
		for _, fi := range got {
			if want[fi.SHA256] != fi.Size {
				t.Fatalf("List gave %+v", fi)
			}
		}
		victim := got[0].SHA256
		if err := s.Delete(ctx, victim); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Stat(ctx, victim); rastro.ErrorCode(err) != rastro.ENOTFOUND {
			t.Fatalf("Stat after Delete = %v", err)
		}
		if got := list(t, s); len(got) != len(want)-1 {
			t.Fatalf("List after Delete gave %d blobs", len(got))
		}
	})
}

func read(t *testing.T, s rastro.BlobStore, sum string) []byte {
	t.Helper()
	rc, err := s.Get(context.Background(), sum)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func list(t *testing.T, s rastro.BlobStore) []rastro.BlobInfo {
	t.Helper()
	var out []rastro.BlobInfo
	if err := s.List(context.Background(), func(fi rastro.BlobInfo) error { out = append(out, fi); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func hexSum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// randReader yields a deterministic pseudo-random stream.
type randReader struct{ r *rand.ChaCha8 }

func newRandReader(seed byte) io.Reader {
	var s [32]byte
	s[0] = seed
	return randReader{rand.NewChaCha8(s)}
}

func (r randReader) Read(p []byte) (int, error) { return r.r.Read(p) }
