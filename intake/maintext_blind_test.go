package intake

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The blind parts of the main-text corpus (testdata/maintext/blind3, ...)
// were written and hashed before intake was ever run on them. Each is
// scored once, on request; the first score is appended to SCORES.md and
// from then on its test holds intake to it.

// mainTextBlind is one blind part of the corpus.
type mainTextBlind struct {
	dir  string // under testdata/maintext
	test string // the test that scores it
	// request is the value of RASTRO_FIRST_SCORE that asks for the one
	// first score.
	request string
	ordinal string // "third", ... as SCORES.md names the part
}

// mainTextBlinds are the blind parts, oldest first; a part tuned on after
// its first score leaves this table and becomes a tuning part.
var mainTextBlinds = []mainTextBlind{
	// blind3 was tuned on after its first score: it is testdata/maintext/tuning4
	// now (TestMainTextTuning4); its first score stays in SCORES.md.
	// blind4 likewise: it is testdata/maintext/tuning6 now
	// (TestMainTextTuning6); its first score stays in SCORES.md.
	// blind5 likewise: it is testdata/maintext/tuning8 now
	// (TestMainTextTuning8); its first score stays in SCORES.md.
	{"blind6", "TestMainTextBlind6", "maintext-blind6", "sixth"},
	{"blind7", "TestMainTextBlind7", "maintext-blind7", "seventh"},
}

// blindMargin is how far below its first score intake's F1 may fall.
const blindMargin = 0.02

var scoresPath = filepath.Join("testdata", "maintext", "SCORES.md")

// blindRecorded finds, in SCORES.md, the line blindLine wrote for a part.
func blindRecorded(b mainTextBlind) *regexp.Regexp {
	return regexp.MustCompile(`(?m)^First score of ` + regexp.QuoteMeta(b.request) + `: intake F1 ([0-9.]+)`)
}

// blindLine is the line of SCORES.md that holds the first score.
func blindLine(b mainTextBlind, f float64) string {
	return fmt.Sprintf("First score of %s: intake F1 %.3f (%s fails more than %.2f below it).\n", b.request, f, b.test, blindMargin)
}

// checkBlindHashes fails unless the files of a part of the corpus are
// exactly those its SHA256 file lists, with the same hashes: a blind part
// is never edited, so any change to it must show.
func checkBlindHashes(t *testing.T, dir string) {
	t.Helper()
	root := filepath.Join("testdata", "maintext", dir)
	list, err := os.ReadFile(filepath.Join(root, "SHA256"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(list))
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("%s/SHA256: malformed line %q", dir, sc.Text())
		}
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Errorf("%s/SHA256 lists %s: %v", dir, name, err)
			continue
		}
		if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != sum {
			t.Errorf("%s/%s changed since it was hashed", dir, name)
		}
		listed[name] = true
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "SHA256" && !listed[e.Name()] {
			t.Errorf("%s/%s is not in %s/SHA256", dir, e.Name(), dir)
		}
	}
	if len(listed) == 0 {
		t.Errorf("%s/SHA256 lists no files", dir)
	}
}

func TestMainTextBlind6(t *testing.T) { mainTextBlindTest(t, "blind6") }

func TestMainTextBlind7(t *testing.T) { mainTextBlindTest(t, "blind7") }

// mainTextBlindTest checks a blind part's hashes; until the part is scored
// it skips, and afterwards it fails if intake's F1 falls more than
// blindMargin below the first score recorded in SCORES.md. The first score
// is taken once, with intake/ committed, by (for a part blindN)
//
//	RASTRO_FIRST_SCORE=maintext-blindN go test -run 'TestMainTextBlindN$' -v ./intake
func mainTextBlindTest(t *testing.T, dir string) {
	i := slices.IndexFunc(mainTextBlinds, func(b mainTextBlind) bool { return b.dir == dir })
	if i < 0 {
		t.Fatalf("%s is not in mainTextBlinds", dir)
	}
	b := mainTextBlinds[i]
	checkBlindHashes(t, b.dir)
	if t.Failed() {
		t.FailNow()
	}
	scores, err := os.ReadFile(scoresPath)
	if err != nil {
		t.Fatal(err)
	}
	m := blindRecorded(b).FindSubmatch(scores)
	if os.Getenv("RASTRO_FIRST_SCORE") == b.request {
		if m != nil {
			t.Fatalf("the blind part was already scored once (intake F1 %s, in %s); it is never scored blind again", m[1], scoresPath)
		}
		recordBlindFirstScore(t, b)
		return
	}
	if m == nil {
		t.Skipf("blind part %s not scored yet; score it once, with intake/ committed, by RASTRO_FIRST_SCORE=%s go test -run '%s$' -v ./intake", b.dir, b.request, b.test)
	}
	first, err := strconv.ParseFloat(string(m[1]), 64)
	if err != nil {
		t.Fatalf("%s: first score %q: %v", scoresPath, m[1], err)
	}
	intake, traf := scoreMainText(t, b.dir)
	if intake.F < first-blindMargin {
		t.Errorf("%s blind part: intake F1 %.3f, more than %.2f below its first score %.3f (go-trafilatura alone %.3f)", b.ordinal, intake.F, blindMargin, first, traf.F)
	}
}

// recordBlindFirstScore scores the part, prints the figures and appends
// them, with the commit scored, to SCORES.md.
func recordBlindFirstScore(t *testing.T, b mainTextBlind) {
	// The figures must belong to a commit: nothing under intake/ may differ
	// from it.
	if dirty := git(t, "status", "--porcelain", "--", "."); dirty != "" {
		t.Fatalf("intake/ has uncommitted changes; commit them before the first score:\n%s", dirty)
	}
	head := git(t, "rev-parse", "HEAD")
	// The commit that first added the hashes is the one the part was
	// committed in (git log lists it last).
	added := git(t, "log", "--diff-filter=A", "--format=%h", "--", filepath.Join("testdata", "maintext", b.dir, "SHA256"))
	added = added[strings.LastIndexByte(added, '\n')+1:]
	intake, traf, pages := scoreMainTextPages(t, b.dir)
	sort.Slice(pages, func(i, j int) bool { return pages[i].name < pages[j].name })
	var per []string
	for _, p := range pages {
		per = append(per, fmt.Sprintf("%s %.3f/%.3f", strings.TrimSuffix(p.name, ".html"), p.intake.F, p.traf.F))
	}
	section := fmt.Sprintf(`
# %s blind part: first score (not to be edited)

The %s blind part (%s/, %d pages) was written and committed with its
hashes in %s, before intake or go-trafilatura was ever run on it. It was
scored once, at commit %s, with

    RASTRO_FIRST_SCORE=%s go test -run '%s$' -v ./intake

Word-level bag-of-words scores, mean over pages:

| | precision | recall | F1 |
|---|---|---|---|
| intake | %.3f | %.3f | %.3f |
| go-trafilatura alone (same run, same pages) | %.3f | %.3f | %.3f |

Per page (F1, intake / go-trafilatura alone): %s.

`, capitalize(b.ordinal), b.ordinal, b.dir, len(pages), added, head, b.request, b.test, intake.P, intake.R, intake.F, traf.P, traf.R, traf.F, strings.Join(per, ", ")) + blindLine(b, intake.F)
	fmt.Print(section)
	f, err := os.OpenFile(scoresPath, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(section); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("first score appended to %s; commit it", scoresPath)
}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// git runs git in the package directory and returns its trimmed output.
func git(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", args...).Output()
	if err != nil {
		t.Fatalf("git %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}

// TestBlindRecordedLine checks that the line the first score writes is
// the one mainTextBlindTest reads back, for every blind part, without
// scoring anything; the lines of blind3, blind4 and blind5 (now tuning4,
// tuning6 and tuning8) stay as recorded.
func TestBlindRecordedLine(t *testing.T) {
	for _, b := range mainTextBlinds {
		line := "\nPer page: x.\n\n" + blindLine(b, 0.9126)
		m := blindRecorded(b).FindStringSubmatch(line)
		if m == nil || m[1] != "0.913" {
			t.Errorf("%s: blindRecorded in %q: %q, want 0.913", b.dir, line, m)
		}
		for _, other := range mainTextBlinds {
			if other.dir != b.dir && blindRecorded(other).MatchString(line) {
				t.Errorf("%s's line %q also reads as %s's", b.dir, line, other.dir)
			}
		}
	}
	// The lines of parts that left the table are still read as the table
	// would write them.
	scores, err := os.ReadFile(scoresPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, old := range []struct {
		b     mainTextBlind
		first float64
	}{
		{mainTextBlind{"blind3", "TestMainTextBlind3", "maintext-blind3", "third"}, 0.959},
		{mainTextBlind{"blind4", "TestMainTextBlind4", "maintext-blind4", "fourth"}, 0.965},
		{mainTextBlind{"blind5", "TestMainTextBlind5", "maintext-blind5", "fifth"}, 0.964},
	} {
		if !strings.Contains(string(scores), blindLine(old.b, old.first)) {
			t.Errorf("SCORES.md lacks %s's line %q", old.b.dir, blindLine(old.b, old.first))
		}
	}
}
