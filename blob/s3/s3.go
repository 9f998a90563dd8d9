// Package s3 keeps evidence blobs in an S3-compatible bucket under
// PREFIX/sha256/<hex>. Put streams the upload to a temporary key while
// hashing it, then copies it server-side to its content address (unless that
// already exists) and removes the temporary key, so no object ever sits under
// a hash its bytes do not have.
package s3

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"path"
	"strings"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/blob"
)

// partSize bounds upload memory: minio-go buffers one part of an upload of
// unknown length.
const partSize = 16 << 20

// Config says where the bucket is.
type Config struct {
	Endpoint  string // host:port
	AccessKey string
	SecretKey string
	Bucket    string
	Prefix    string // optional key prefix, e.g. "rastro/"
	Region    string
	Secure    bool // HTTPS
}

// Store is a bucket of blobs.
type Store struct {
	c      *minio.Client
	bucket string
	prefix string
}

var _ rastro.BlobStore = (*Store)(nil)

// Open connects and creates the bucket when it does not exist.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	c, err := minio.New(cfg.Endpoint, &minio.Options{
		Creds:  credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure: cfg.Secure,
		Region: cfg.Region,
	})
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "s3 endpoint %q: %v", cfg.Endpoint, err)
	}
	ok, err := c.BucketExists(ctx, cfg.Bucket)
	if err != nil {
		return nil, err
	}
	if !ok {
		if err := c.MakeBucket(ctx, cfg.Bucket, minio.MakeBucketOptions{Region: cfg.Region}); err != nil {
			return nil, err
		}
	}
	p := cfg.Prefix
	if p != "" && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return &Store{c: c, bucket: cfg.Bucket, prefix: p}, nil
}

func (s *Store) key(sum string) string { return s.prefix + "sha256/" + sum }

func (s *Store) Put(ctx context.Context, r io.Reader) (string, int64, error) {
	var rnd [8]byte
	rand.Read(rnd[:])
	tmp := s.prefix + "tmp/" + hex.EncodeToString(rnd[:])
	h := sha256.New()
	cr := &countingReader{r: io.TeeReader(r, h), ctx: ctx}
	if _, err := s.c.PutObject(ctx, s.bucket, tmp, cr, -1, minio.PutObjectOptions{
		PartSize: partSize, NumThreads: 1, ContentType: "application/octet-stream",
	}); err != nil {
		s.remove(tmp)
		return "", 0, err
	}
	defer s.remove(tmp)
	sum := hex.EncodeToString(h.Sum(nil))
	if _, err := s.Stat(ctx, sum); err == nil {
		return sum, cr.n, nil // already held: leave it as it is
	} else if rastro.ErrorCode(err) != rastro.ENOTFOUND {
		return "", 0, err
	}
	// ComposeObject copies server-side, in parts when the object is over
	// the single-copy limit.
	_, err := s.c.ComposeObject(ctx,
		minio.CopyDestOptions{Bucket: s.bucket, Object: s.key(sum)},
		minio.CopySrcOptions{Bucket: s.bucket, Object: tmp})
	if err != nil {
		return "", 0, err
	}
	return sum, cr.n, nil
}

// remove deletes a temporary object even when the caller's context is done.
func (s *Store) remove(key string) {
	s.c.RemoveObject(context.Background(), s.bucket, key, minio.RemoveObjectOptions{})
}

type countingReader struct {
	r   io.Reader
	n   int64
	ctx context.Context
}

func (c *countingReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	k, err := c.r.Read(p)
	c.n += int64(k)
	return k, err
}

func (s *Store) Get(ctx context.Context, sum string) (io.ReadCloser, error) {
	if _, err := s.Stat(ctx, sum); err != nil {
		return nil, err
	}
	return s.c.GetObject(ctx, s.bucket, s.key(sum), minio.GetObjectOptions{})
}

func (s *Store) Stat(ctx context.Context, sum string) (rastro.BlobInfo, error) {
	if err := blob.CheckSum(sum); err != nil {
		return rastro.BlobInfo{}, err
	}
	oi, err := s.c.StatObject(ctx, s.bucket, s.key(sum), minio.StatObjectOptions{})
	if err != nil {
		return rastro.BlobInfo{}, translate(err, sum)
	}
	return rastro.BlobInfo{SHA256: sum, Size: oi.Size, ModTime: oi.LastModified}, nil
}

func (s *Store) Delete(ctx context.Context, sum string) error {
	if _, err := s.Stat(ctx, sum); err != nil {
		return err
	}
	return s.c.RemoveObject(ctx, s.bucket, s.key(sum), minio.RemoveObjectOptions{})
}

func (s *Store) List(ctx context.Context, fn func(rastro.BlobInfo) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops the listing goroutine when fn fails
	for oi := range s.c.ListObjects(ctx, s.bucket, minio.ListObjectsOptions{Prefix: s.prefix + "sha256/", Recursive: true}) {
		if oi.Err != nil {
			return oi.Err
		}
		sum := path.Base(oi.Key)
		if !rastro.ValidSHA256(sum) {
			continue
		}
		if err := fn(rastro.BlobInfo{SHA256: sum, Size: oi.Size, ModTime: oi.LastModified}); err != nil {
			return err
		}
	}
	return nil
}

func translate(err error, sum string) error {
	if r := minio.ToErrorResponse(err); r.StatusCode == http.StatusNotFound || r.Code == "NoSuchKey" {
		return blob.NotFound(sum)
	}
	return err
}
