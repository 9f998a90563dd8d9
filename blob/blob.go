// Package blob holds what the blob stores share: streaming copy with hashing
// and the errors they return. The stores are in file/ and s3/.
package blob

import (
	"context"
	"hash"
	"io"

	"github.com/rastro-project/rastro"
)

// BufferSize is the copy buffer: large enough that syscalls and hashing
// dominate nothing, small enough to keep ingest memory flat.
const BufferSize = 1 << 20

// copyBuffers is how many buffers are in flight: one being read while
// earlier ones are hashed and written.
const copyBuffers = 3

// CopyHashing copies r to w, feeding every byte to h, and stops when ctx is
// done. It returns the number of bytes copied. Hashing runs in a goroutine of
// its own, alongside the reads and writes, so ingest runs at the speed of the
// slower of the two rather than their sum; memory stays at a few buffers.
func CopyHashing(ctx context.Context, w io.Writer, h hash.Hash, r io.Reader) (int64, error) {
	toHash := make(chan []byte, copyBuffers)
	hashed := make(chan struct{}, copyBuffers)
	go func() {
		for b := range toHash {
			h.Write(b)
			hashed <- struct{}{}
		}
		close(hashed)
	}()
	var bufs [copyBuffers][]byte
	for i := range bufs {
		bufs[i] = make([]byte, BufferSize)
	}
	var n int64
	var err error
	inflight := 0
	for i := 0; ; i++ {
		if err = ctx.Err(); err != nil {
			break
		}
		// Chunks are hashed in order, so once one more is done the buffer
		// used copyBuffers chunks ago is free again.
		if inflight == copyBuffers {
			<-hashed
			inflight--
		}
		buf := bufs[i%copyBuffers]
		k, rerr := io.ReadFull(r, buf)
		if k > 0 {
			toHash <- buf[:k]
			inflight++
			if _, err = w.Write(buf[:k]); err != nil {
				break
			}
			n += int64(k)
		}
		if rerr == io.EOF || rerr == io.ErrUnexpectedEOF {
			break
		} else if rerr != nil {
			err = rerr
			break
		}
	}
	close(toHash)
	for range hashed { // wait until every chunk is in h
	}
	return n, err
}

// CheckSum rejects a string that is not a hex SHA-256.
func CheckSum(sum string) error {
	if !rastro.ValidSHA256(sum) {
		return rastro.Errorf(rastro.EINVALID, "blob hash %q is not 64 lowercase hex digits", sum)
	}
	return nil
}

// NotFound is the error for a blob that is not held.
func NotFound(sum string) error {
	return rastro.Errorf(rastro.ENOTFOUND, "no blob with sha256 %s", sum)
}
