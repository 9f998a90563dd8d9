package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// heavyAtInit are packages whose initialisation builds large tables
// (go-dateparser about 95 MB, go-runewidth its width tables, extract 1 MB
// of lexicons) or that bring such packages in. rastro must not link them:
// every command, --help included, would pay for them. rastro-intake holds
// them instead (readers of claims use extract/claimdata), and the acts
// workbook's writer: excelize runs 182 KB of init code that allocates 1.3
// MB in 21,000 allocations (a garbage collection during init), 3-4 MB of
// every start's peak.
var heavyAtInit = []string{
	"github.com/xuri/excelize/v2",
	"github.com/rastro-project/rastro/report/xlsx",
	"github.com/markusmobius/go-dateparser",
	"github.com/markusmobius/go-htmldate",
	"github.com/markusmobius/go-trafilatura",
	"github.com/mattn/go-runewidth",
	"github.com/pdfcpu/pdfcpu/pkg/api",
	"github.com/rastro-project/rastro/intake",
	"github.com/rastro-project/rastro/extract",
}

func TestStartLinksNoHeavyInit(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("needs the go tool to list the packages rastro links")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["github.com/rastro-project/rastro/ingest"] {
		t.Fatalf("go list -deps does not list what rastro links:\n%s", out)
	}
	for _, p := range heavyAtInit {
		if deps[p] {
			t.Errorf("rastro links %s, whose initialisation every command would pay for; use it from rastro-intake", p)
		}
	}
}

// BenchmarkStart builds rastro and runs `rastro --help` under
// GODEBUG=inittrace=1, reporting what package initialisation costs: the
// sum over packages of the clock time and bytes inittrace prints. (Peak
// memory is measured by scripts/figures.d/start.sh with /usr/bin/time: a
// child of this large test process inherits its peak in ru_maxrss.)
//
//	go test ./cmd/rastro -run '^$' -bench Start -benchtime 20x
func BenchmarkStart(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "rastro")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	var initMS, initBytes float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, "--help")
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			b.Fatalf("rastro --help: %v\n%s", err, stderr.String())
		}
		ms, by := sumInitTrace(stderr.Bytes())
		initMS += ms
		initBytes += by
	}
	b.ReportMetric(initMS/float64(b.N), "init-ms/op")
	b.ReportMetric(initBytes/float64(b.N)/1e6, "init-MB/op")
}

// sumInitTrace adds up the lines "init P @T ms, C ms clock, B bytes, N
// allocs" that the runtime prints for GODEBUG=inittrace=1.
func sumInitTrace(trace []byte) (ms, bytes float64) {
	sc := bufio.NewScanner(strings.NewReader(string(trace)))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 9 || f[0] != "init" || f[6] != "clock," || f[8] != "bytes," {
			continue
		}
		c, _ := strconv.ParseFloat(f[4], 64)
		n, _ := strconv.ParseFloat(f[7], 64)
		ms += c
		bytes += n
	}
	return ms, bytes
}
