package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/transfer"
)

// sampleACLED is the ACLED sample of package transfer.
func sampleACLED(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../../transfer/testdata/acled_sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestImportMessages: a bundle that starts with a byte-order mark loads;
// an ACLED file without event_date is named as such, not as "not ACLED".
func TestImportMessages(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		b, err := transfer.ReadACLED(bytes.NewReader(sampleACLED(t)), "sample.csv", time.Now().UTC().Truncate(time.Microsecond))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		buf.WriteString("\ufeff")
		if err := transfer.WriteBundle(&buf, b); err != nil {
			t.Fatal(err)
		}
		e := newEnv()
		e.ok("migrate")
		out := e.ok("import", writeTemp(t, "bom.json", buf.Bytes()))
		if !strings.Contains(out, "4 incidents") {
			t.Errorf("import of a bundle with a BOM: %s", out)
		}

		lines := strings.SplitN(string(sampleACLED(t)), "\n", 2)
		header := strings.Replace(lines[0], "event_date,", "", 1)
		rows := strings.ReplaceAll(lines[1], ",2023-01-09,", ",")
		p := writeTemp(t, "no-date.csv", []byte(header+"\n"+rows))
		e = newEnv()
		e.ok("migrate")
		e.fails(rastro.EINVALID, []string{"no-date.csv:1", `missing column "event_date"`}, "import", p)
	})
}
