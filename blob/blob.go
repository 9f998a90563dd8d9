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

// CopyHashing copies r to w, feeding every byte to h, and stops when ctx is
// done. It returns the number of bytes copied.
func CopyHashing(ctx context.Context, w io.Writer, h hash.Hash, r io.Reader) (int64, error) {
	buf := make([]byte, BufferSize)
	var n int64
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		k, rerr := io.ReadFull(r, buf)
		if k > 0 {
			h.Write(buf[:k])
			if _, err := w.Write(buf[:k]); err != nil {
				return n, err
			}
			n += int64(k)
		}
		if rerr == io.EOF || rerr == io.ErrUnexpectedEOF {
			return n, nil
		} else if rerr != nil {
			return n, rerr
		}
	}
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
