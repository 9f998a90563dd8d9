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
	{"agreement-2026-12zb-zc", exBlindPair("zb", "zc")},
	{"agreement-2026-12zh-zi", exBlindPair("zh", "zi")},
	{"agreement-2026-12zl-zm", exBlindPair("zl", "zm")},
	{"agreement-2026-12zn-zo", exBlindPair("zn", "zo")},
}

// exBlindPair maps the second labelling's files of two ex-blind sets
// ("12zb-a-wire.txt") to the sets' own files, which share their four names.
func exBlindPair(sets ...string) map[string]string {
	m := map[string]string{}
	for _, set := range sets {
		for _, f := range []string{"a-wire.txt", "b-regional.txt", "c-ngo.txt", "d-machine-translated.txt"} {
			m["12"+set+"-"+f] = "tuning-2026-12" + set + "-exblind/" + f
		}
	}
	return m
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
