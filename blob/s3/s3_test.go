package s3_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/blob/blobtest"
	"github.com/rastro-project/rastro/blob/s3"
	"github.com/rastro-project/rastro/blob/s3/s3test"
)

func TestConformance(t *testing.T) {
	cfg, _ := s3test.Start(t)
	n := 0
	blobtest.Run(t, func(t *testing.T) rastro.BlobStore {
		n++
		c := cfg
		c.Prefix = fmt.Sprintf("run%d", n) // a fresh, empty store per subtest
		s, err := s3.Open(context.Background(), c)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
