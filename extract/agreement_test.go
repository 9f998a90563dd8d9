package extract

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// agreementSets pairs a second, independent labelling of a set's texts
// with the set's own labels. The second labeller saw only the texts and
// the conventions, so scoring one labelling against the other, with the
// scorer the extractor is measured by, shows how far two careful readers
// agree: a ceiling on what any extractor can score against one of them.
var agreementSets = []struct {
	second string            // directory of the second labels
	first  map[string]string // second file name -> first labels' path
}{
	{"agreement-2026-12zb-zc", map[string]string{
		"12zb-a-wire.txt": "tuning-2026-12zb-exblind/a-wire.txt", "12zb-b-regional.txt": "tuning-2026-12zb-exblind/b-regional.txt",
		"12zb-c-ngo.txt": "tuning-2026-12zb-exblind/c-ngo.txt", "12zb-d-machine-translated.txt": "tuning-2026-12zb-exblind/d-machine-translated.txt",
		"12zc-a-wire.txt": "tuning-2026-12zc-exblind/a-wire.txt", "12zc-b-regional.txt": "tuning-2026-12zc-exblind/b-regional.txt",
		"12zc-c-ngo.txt": "tuning-2026-12zc-exblind/c-ngo.txt", "12zc-d-machine-translated.txt": "tuning-2026-12zc-exblind/d-machine-translated.txt",
	}},
	{"agreement-2026-12zh-zi", map[string]string{
		"12zh-a-wire.txt": "tuning-2026-12zh-exblind/a-wire.txt", "12zh-b-regional.txt": "tuning-2026-12zh-exblind/b-regional.txt",
		"12zh-c-ngo.txt": "tuning-2026-12zh-exblind/c-ngo.txt", "12zh-d-machine-translated.txt": "tuning-2026-12zh-exblind/d-machine-translated.txt",
		"12zi-a-wire.txt": "tuning-2026-12zi-exblind/a-wire.txt", "12zi-b-regional.txt": "tuning-2026-12zi-exblind/b-regional.txt",
		"12zi-c-ngo.txt": "tuning-2026-12zi-exblind/c-ngo.txt", "12zi-d-machine-translated.txt": "tuning-2026-12zi-exblind/d-machine-translated.txt",
	}},
	{"agreement-2026-12zl-zm", map[string]string{
		"12zl-a-wire.txt": "tuning-2026-12zl-exblind/a-wire.txt", "12zl-b-regional.txt": "tuning-2026-12zl-exblind/b-regional.txt",
		"12zl-c-ngo.txt": "tuning-2026-12zl-exblind/c-ngo.txt", "12zl-d-machine-translated.txt": "tuning-2026-12zl-exblind/d-machine-translated.txt",
		"12zm-a-wire.txt": "tuning-2026-12zm-exblind/a-wire.txt", "12zm-b-regional.txt": "tuning-2026-12zm-exblind/b-regional.txt",
		"12zm-c-ngo.txt": "tuning-2026-12zm-exblind/c-ngo.txt", "12zm-d-machine-translated.txt": "tuning-2026-12zm-exblind/d-machine-translated.txt",
	}},
	{"agreement-2026-12zn-zo", map[string]string{
		"12zn-a-wire.txt": "tuning-2026-12zn-exblind/a-wire.txt", "12zn-b-regional.txt": "tuning-2026-12zn-exblind/b-regional.txt",
		"12zn-c-ngo.txt": "tuning-2026-12zn-exblind/c-ngo.txt", "12zn-d-machine-translated.txt": "tuning-2026-12zn-exblind/d-machine-translated.txt",
		"12zo-a-wire.txt": "tuning-2026-12zo-exblind/a-wire.txt", "12zo-b-regional.txt": "tuning-2026-12zo-exblind/b-regional.txt",
		"12zo-c-ngo.txt": "tuning-2026-12zo-exblind/c-ngo.txt", "12zo-d-machine-translated.txt": "tuning-2026-12zo-exblind/d-machine-translated.txt",
	}},
}

// TestLabelAgreement scores each second labelling against the first, as
// if it were the extractor's output, and logs the table and every
// disagreement. It fails only when the two do not hold the same
// paragraphs and texts: the figures are a measurement, not a floor.
//
//	go test -count=1 -run TestLabelAgreement -v ./extract
func TestLabelAgreement(t *testing.T) {
	for _, set := range agreementSets {
		t.Run(set.second, func(t *testing.T) {
			sc := scores{}
			paras := 0
			// Files in name order, so the logged disagreements read the same on every run.
			for _, name := range slices.Sorted(maps.Keys(set.first)) {
				firstPath := set.first[name]
				second := readLabelled(t, filepath.Join("testdata", set.second, name))
				first := readLabelled(t, filepath.Join("testdata", firstPath))
				byID := map[string]labelledCase{}
				for _, c := range first {
					byID[c.id] = c
				}
				if len(second) != len(first) {
					t.Errorf("%s holds %d paragraphs, %s %d", name, len(second), firstPath, len(first))
				}
				for _, c := range second {
					f, ok := byID[c.id]
					if !ok {
						t.Errorf("%s: paragraph %s is not in %s", name, c.id, firstPath)
						continue
					}
					if strings.TrimSpace(f.text) != strings.TrimSpace(c.text) || !f.published.Equal(c.published) {
						t.Errorf("%s: paragraph %s's text or publication day differs from %s", name, c.id, firstPath)
						continue
					}
					paras++
					for _, kind := range labelKinds {
						scoreKind(t, sc, c.id, kind, f.want[kind], c.want[kind], testing.Verbose())
					}
				}
			}
			t.Logf("second labels scored against the first, %d paragraphs:\n%s", paras, sc.table())
			t.Logf("AGREEMENT %s %s", set.second, metricLine(sc))
		})
	}
}

// TestAgreementSetsExist keeps agreementSets in step with testdata.
func TestAgreementSetsExist(t *testing.T) {
	for _, set := range agreementSets {
		for name, first := range set.first {
			for _, p := range []string{filepath.Join("testdata", set.second, name), filepath.Join("testdata", first)} {
				if _, err := os.Stat(p); err != nil {
					t.Error(err)
				}
			}
		}
	}
}
