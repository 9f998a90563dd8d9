package s3_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/rastro-project/rastro/blob/s3"
	"github.com/rastro-project/rastro/blob/s3/s3test"
)

// What a killed upload leaves in the bucket, a temporary object and a
// multipart upload never completed, is removed once it is older than the
// cut-off, and nothing else is: not younger leftovers, not stored blobs.
func TestSweepTemps(t *testing.T) {
	ctx := context.Background()
	cfg, _ := s3test.Start(t)
	cfg.Prefix = "rastro"
	st, err := s3.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	sum, _, err := st.Put(ctx, strings.NewReader("a blob that stays"))
	if err != nil {
		t.Fatal(err)
	}
	// Leftovers as a killed Put leaves them, written with a client of our own.
	c, err := minio.NewCore(cfg.Endpoint, &minio.Options{Creds: credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""), Region: cfg.Region})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Client.PutObject(ctx, cfg.Bucket, "rastro/tmp/killed", bytes.NewReader([]byte("partial")), 7, minio.PutObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.NewMultipartUpload(ctx, cfg.Bucket, "rastro/tmp/unfinished", minio.PutObjectOptions{}); err != nil {
		t.Fatal(err)
	}

	// A cut-off before they began: they may belong to uploads still running.
	got, err := st.SweepTemps(ctx, time.Now().Add(-time.Hour))
	if err != nil || len(got) != 0 {
		t.Fatalf("sweep before the leftovers began removed %v, %v; want nothing", got, err)
	}
	got, err = st.SweepTemps(ctx, time.Now().Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, it := range got {
		keys[it.Path] = true
	}
	if len(got) != 2 || !keys["rastro/tmp/killed"] || !keys["rastro/tmp/unfinished"] {
		t.Fatalf("sweep removed %v, want the temporary object and the unfinished upload", got)
	}
	for oi := range c.Client.ListObjects(ctx, cfg.Bucket, minio.ListObjectsOptions{Prefix: "rastro/tmp/", Recursive: true}) {
		t.Errorf("left in tmp/: %s %v", oi.Key, oi.Err)
	}
	for u := range c.Client.ListIncompleteUploads(ctx, cfg.Bucket, "rastro/tmp/", true) {
		t.Errorf("upload left: %s %v", u.Key, u.Err)
	}
	if _, err := st.Stat(ctx, sum); err != nil {
		t.Fatalf("the stored blob is gone: %v", err)
	}
}
