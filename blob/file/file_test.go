package file

import (
	"bytes"
	"context"
	"os"
	"testing"

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
}
