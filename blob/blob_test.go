package blob

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"math/rand/v2"
	"testing"
	"testing/iotest"
)

func TestCopyHashing(t *testing.T) {
	data := make([]byte, 7*BufferSize+12345)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range data {
		data[i] = byte(rng.UintN(256))
	}
	want := sha256.Sum256(data)
	for name, r := range map[string]io.Reader{
		"whole":    bytes.NewReader(data),
		"halves":   iotest.HalfReader(bytes.NewReader(data)),
		"data+EOF": iotest.DataErrReader(bytes.NewReader(data)),
		"empty":    bytes.NewReader(nil),
	} {
		var out bytes.Buffer
		h := sha256.New()
		n, err := CopyHashing(context.Background(), &out, h, r)
		src := data
		if name == "empty" {
			src = nil
		}
		if err != nil || n != int64(len(src)) || !bytes.Equal(out.Bytes(), src) {
			t.Fatalf("%s: copied %d bytes, err %v", name, n, err)
		}
		if name != "empty" && !bytes.Equal(h.Sum(nil), want[:]) {
			t.Fatalf("%s: wrong hash", name)
		}
	}
	boom := errors.New("boom")
	if _, err := CopyHashing(context.Background(), io.Discard, sha256.New(), iotest.ErrReader(boom)); !errors.Is(err, boom) {
		t.Fatalf("reader error: %v", err)
	}
	if _, err := CopyHashing(context.Background(), errWriter{boom}, sha256.New(), bytes.NewReader(data)); !errors.Is(err, boom) {
		t.Fatalf("writer error: %v", err)
	}
}

type errWriter struct{ err error }

func (e errWriter) Write([]byte) (int, error) { return 0, e.err }
