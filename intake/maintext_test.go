package intake

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/markusmobius/go-trafilatura"
)

// Word-level scoring of main text, as article-body benchmarks do: both
// texts become bags of lower-cased words (runs of letters and digits), and
// precision is the share of the extracted words that are in the expected
// text, recall the share of the expected words that were extracted, each
// word counted as often as it occurs.

func wordBag(s string) map[string]int {
	bag := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		bag[w]++
	}
	return bag
}

type prf struct{ P, R, F float64 }

func scoreText(got, want string) prf {
	g, w := wordBag(got), wordBag(want)
	ng, nw, common := 0, 0, 0
	for word, n := range g {
		ng += n
		common += min(n, w[word])
	}
	for _, n := range w {
		nw += n
	}
	var s prf
	if ng > 0 {
		s.P = float64(common) / float64(ng)
	}
	if nw > 0 {
		s.R = float64(common) / float64(nw)
	}
	if s.P+s.R > 0 {
		s.F = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

func TestScoreText(t *testing.T) {
	for _, tc := range []struct {
		got, want string
		s         prf
	}{
		{"Al menos 18 muertos.", "al MENOS 18 muertos", prf{1, 1, 1}},
		{"a b c d", "a b", prf{0.5, 1, 2.0 / 3}},
		{"a", "a a b b", prf{1, 0.25, 0.4}},
		{"", "a", prf{}},
		{"Puno18", "Puno 18", prf{}}, // run-together words are wrong words
	} {
		if s := scoreText(tc.got, tc.want); fmt.Sprintf("%.4f", s) != fmt.Sprintf("%.4f", tc.s) {
			t.Errorf("scoreText(%q, %q) = %+v, want %+v", tc.got, tc.want, s, tc.s)
		}
	}
}

// bagDiff lists the words of a that b lacks (MAINTEXT_DIFF=1 logs them).
func bagDiff(a, b string) []string {
	wb := wordBag(b)
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(a), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if wb[w] > 0 {
			wb[w]--
		} else {
			out = append(out, w)
		}
	}
	return out
}

// mainTextPage is one page of the corpus with its expected main text.
type mainTextPage struct {
	name       string
	html, want []byte
}

func loadMainText(t testing.TB, dir string) []mainTextPage {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "maintext", dir, "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in testdata/maintext/%s: %v", dir, err)
	}
	sort.Strings(files)
	var pages []mainTextPage
	for _, f := range files {
		h, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		w, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".txt")
		if err != nil {
			t.Fatalf("%s has no expected text: %v", f, err)
		}
		pages = append(pages, mainTextPage{filepath.Base(f), h, w})
	}
	return pages
}

// trafilaturaOptions are go-trafilatura's settings as intake uses them, for
// the reference run of go-trafilatura alone.
var trafilaturaOptions = trafilatura.Options{EnableFallback: true, ExcludeComments: true}

// trafilaturaAlone is go-trafilatura used on its own: it reads the bytes
// (and guesses their encoding) itself and its text is the result.
func trafilaturaAlone(page []byte) string {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilaturaOptions)
	if err != nil || res == nil {
		return ""
	}
	return res.ContentText
}

func intakeText(t testing.TB, page mainTextPage) string {
	doc, err := Clean(context.Background(), page.html, Meta{Name: page.name})
	if err != nil {
		t.Fatalf("%s: %v", page.name, err)
	}
	return doc.Source.Text
}

// pageScore is the score of intake and of go-trafilatura alone on a page.
type pageScore struct {
	name         string
	intake, traf prf
}

// scoreMainText scores intake and go-trafilatura alone on a part of the
// corpus and returns the mean (per page) precision, recall and F1 of each.
func scoreMainText(t *testing.T, dir string) (intake, traf prf) {
	intake, traf, _ = scoreMainTextPages(t, dir)
	return intake, traf
}

// scoreMainTextPages is scoreMainText with the score of each page too.
func scoreMainTextPages(t *testing.T, dir string) (intake, traf prf, scores []pageScore) {
	pages := loadMainText(t, dir)
	for _, p := range pages {
		got := intakeText(t, p)
		si := scoreText(got, string(p.want))
		if os.Getenv("MAINTEXT_DIFF") != "" && si.F < 1 {
			t.Logf("%s: extra %v; missing %v", p.name, bagDiff(got, string(p.want)), bagDiff(string(p.want), got))
		}
		st := scoreText(trafilaturaAlone(p.html), string(p.want))
		t.Logf("%-40s intake P %.3f R %.3f F1 %.3f | go-trafilatura P %.3f R %.3f F1 %.3f", p.name, si.P, si.R, si.F, st.P, st.R, st.F)
		scores = append(scores, pageScore{p.name, si, st})
		intake.P, intake.R, intake.F = intake.P+si.P, intake.R+si.R, intake.F+si.F
		traf.P, traf.R, traf.F = traf.P+st.P, traf.R+st.R, traf.F+st.F
	}
	n := float64(len(pages))
	intake = prf{intake.P / n, intake.R / n, intake.F / n}
	traf = prf{traf.P / n, traf.R / n, traf.F / n}
	t.Logf("%s (%d pages): intake P %.3f R %.3f F1 %.3f; go-trafilatura alone P %.3f R %.3f F1 %.3f", dir, len(pages), intake.P, intake.R, intake.F, traf.P, traf.R, traf.F)
	// One line for scripts/figures.d/intake-maintext.sh.
	fmt.Printf("MAINTEXT %s pages=%d intake=%.3f trafilatura=%.3f\n", dir, len(pages), intake.F, traf.F)
	return intake, traf, scores
}

// mainTextFloor is the tuning-set F1 the README quotes, less a margin.
const mainTextFloor = 0.965

// TestMainText scores the tuning set: intake must reach the quoted F1 and
// do at least as well as go-trafilatura alone on the same pages.
//
//	go test -run 'TestMainText$' -v ./intake
func TestMainText(t *testing.T) {
	intake, traf := scoreMainText(t, "tuning")
	if intake.F < mainTextFloor {
		t.Errorf("tuning set: intake F1 %.3f below %.3f", intake.F, mainTextFloor)
	}
	if intake.F < traf.F {
		t.Errorf("tuning set: intake F1 %.3f below go-trafilatura alone %.3f", intake.F, traf.F)
	}
}
