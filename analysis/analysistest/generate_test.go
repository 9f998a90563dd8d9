package analysistest

import (
	"testing"

	"github.com/rastro-project/rastro/transfer"
)

func TestGenerateIsValid(t *testing.T) {
	b := Generate(200, 5)
	if len(b.Incidents) != 200 || len(b.Acts) != 1000 {
		t.Fatalf("%d incidents, %d acts", len(b.Incidents), len(b.Acts))
	}
	if err := transfer.CheckBundle(b); err != nil {
		t.Fatal(err)
	}
}
