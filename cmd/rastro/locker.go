package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/user"
	"strconv"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/blob/file"
	"github.com/rastro-project/rastro/blob/s3"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/evidence"
	"github.com/rastro-project/rastro/media"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/web"
)

// signer loads the installation's custody key from the data directory,
// creating it (readable by the owner only) on first use.
func (m *Main) signer() (*custody.Signer, error) {
	if err := os.MkdirAll(m.Config.DataDir, 0o700); err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "cannot create data directory %s: %v", m.Config.DataDir, err)
	}
	key, err := custody.LoadOrCreateKey(m.DataPath(custody.KeyFile))
	if err != nil {
		return nil, err
	}
	return custody.NewSigner(key), nil
}

// blobStore is S3 when RASTRO_S3_ENDPOINT is set, else the folder
// DATA/blobs.
func (m *Main) blobStore(ctx context.Context) (rastro.BlobStore, error) {
	if ep := envOr("RASTRO_S3_ENDPOINT", ""); ep != "" {
		secure, _ := strconv.ParseBool(envOr("RASTRO_S3_SECURE", "true"))
		cfg := s3.Config{
			Endpoint:  ep,
			AccessKey: envOr("RASTRO_S3_ACCESS_KEY", ""),
			SecretKey: envOr("RASTRO_S3_SECRET_KEY", ""),
			Bucket:    envOr("RASTRO_S3_BUCKET", "rastro-evidence"),
			Prefix:    envOr("RASTRO_S3_PREFIX", ""),
			Region:    envOr("RASTRO_S3_REGION", "us-east-1"),
			Secure:    secure,
		}
		return s3.Open(ctx, cfg)
	}
	return file.Open(m.DataPath("blobs"))
}

// locker opens the database, blob store and key behind the evidence commands.
func (m *Main) locker(ctx context.Context) (*evidence.Locker, *sqldb.EvidenceService, *custody.Signer, error) {
	db, err := m.Store(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	signer, err := m.signer()
	if err != nil {
		return nil, nil, nil, err
	}
	blobs, err := m.blobStore(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	svc := sqldb.NewEvidenceService(db, signer)
	l := &evidence.Locker{Blobs: blobs, Store: svc, Extractor: media.NewExtractor(), PublicKey: signer.PublicKey(), Signer: signer,
		HeadFile: m.headPath(), Temps: []evidence.TempDir{{Dir: m.Config.DataDir, Prefix: web.UploadPrefix}}}
	// A database from before signed heads were kept takes the head file's
	// entry, when its log ends there.
	if err := l.AdoptHead(ctx, custody.Head{}); err != nil {
		return nil, nil, nil, err
	}
	// Remember the log's end once the command is done; registered after
	// the store, so it runs before the store closes.
	m.OnClose(func() error { return l.RecordHead(context.Background()) })
	return l, svc, signer, nil
}

// headPath is the file that remembers the custody log's last entry: one
// per database, so pointing --db elsewhere is not taken for a shortened log.
func (m *Main) headPath() string {
	head := custody.HeadFile
	if m.Config.DB != "" {
		sum := sha256.Sum256([]byte(m.Config.DB))
		head += "-" + hex.EncodeToString(sum[:6])
	}
	return m.DataPath(head)
}

// defaultActor names who acts in custody entries when --actor is not given:
// RASTRO_ACTOR, else the operating-system user.
func defaultActor() string {
	if a := envOr("RASTRO_ACTOR", ""); a != "" {
		return a
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "unknown"
}
