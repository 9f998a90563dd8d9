package s3

import (
	"context"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/rastro-project/rastro/internal/leftover"
)

// SweepTemps removes what killed uploads left under PREFIX/tmp/: uploaded
// temporary objects never copied to their address, and multipart uploads
// never completed (the bucket keeps and bills their parts). A bucket has no
// locks to tell a live upload from a dead one, as the file store's folder
// has, so only those begun before the given time are removed; the caller
// picks a time no upload still running can have begun at. The removed
// items are returned with the object's key as their path.
func (s *Store) SweepTemps(ctx context.Context, before time.Time) ([]leftover.Item, error) {
	var out []leftover.Item
	prefix := s.prefix + "tmp/"
	for u := range s.c.ListIncompleteUploads(ctx, s.bucket, prefix, true) {
		if u.Err != nil {
			return out, u.Err
		}
		if !u.Initiated.Before(before) {
			continue
		}
		if err := s.c.RemoveIncompleteUpload(ctx, s.bucket, u.Key); err != nil {
			return out, err
		}
		out = append(out, leftover.Item{Path: u.Key, Size: u.Size, ModTime: u.Initiated})
	}
	for oi := range s.c.ListObjects(ctx, s.bucket, minio.ListObjectsOptions{Prefix: prefix, Recursive: true}) {
		if oi.Err != nil {
			return out, oi.Err
		}
		if !oi.LastModified.Before(before) {
			continue
		}
		if err := s.c.RemoveObject(ctx, s.bucket, oi.Key, minio.RemoveObjectOptions{}); err != nil {
			return out, err
		}
		out = append(out, leftover.Item{Path: oi.Key, Size: oi.Size, ModTime: oi.LastModified})
	}
	return out, nil
}
