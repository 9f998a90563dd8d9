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
	"sort"
	"strings"
	"testing"
)

// The third blind part of the main-text corpus (testdata/maintext/blind3)
// was written and hashed before intake was ever run on it. It is scored
// once, on request; the first score is appended to SCORES.md and from then
// on this test holds intake to it.

const (
	blind3Dir = "blind3"
	// blind3Request is the value of RASTRO_FIRST_SCORE that asks for the
	// one first score.
	blind3Request = "maintext-blind3"
	// blind3Margin is how far below its first score intake's F1 may fall.
	blind3Margin = 0.02
)

var (
	scoresPath = filepath.Join("testdata", "maintext", "SCORES.md")
	// blind3Recorded finds, in SCORES.md, the line blind3Line wrote.
	blind3Recorded = regexp.MustCompile(`(?m)^First score of ` + regexp.QuoteMeta(blind3Request) + `: intake F1 ([0-9.]+)`)
)

// blind3Line is the line of SCORES.md that holds the first score.
const blind3Line = "First score of %s: intake F1 %.3f (TestMainTextBlind3 fails more than %.2f below it).\n"

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

// recordBlind3FirstScore scores the part, prints the figures and appends
// them, with the commit scored, to SCORES.md.
func recordBlind3FirstScore(t *testing.T) {
	// The figures must belong to a commit: nothing under intake/ may differ
	// from it.
	if dirty := git(t, "status", "--porcelain", "--", "."); dirty != "" {
		t.Fatalf("intake/ has uncommitted changes; commit them before the first score:\n%s", dirty)
	}
	head := git(t, "rev-parse", "HEAD")
	// The commit that first added the hashes is the one the part was
	// committed in (git log lists it last).
	added := git(t, "log", "--diff-filter=A", "--format=%h", "--", filepath.Join("testdata", "maintext", blind3Dir, "SHA256"))
	added = added[strings.LastIndexByte(added, '\n')+1:]
	intake, traf, pages := scoreMainTextPages(t, blind3Dir)
	sort.Slice(pages, func(i, j int) bool { return pages[i].name < pages[j].name })
	var per []string
	for _, p := range pages {
		per = append(per, fmt.Sprintf("%s %.3f/%.3f", strings.TrimSuffix(p.name, ".html"), p.intake.F, p.traf.F))
	}
	section := fmt.Sprintf(`
# Third blind part: first score (not to be edited)

The third blind part (%s/, %d pages) was written and committed with its
hashes in %s, before intake or go-trafilatura was ever run on it. It was
scored once, at commit %s, with

    RASTRO_FIRST_SCORE=%s go test -run 'TestMainTextBlind3$' -v ./intake

Word-level bag-of-words scores, mean over pages:

| | precision | recall | F1 |
|---|---|---|---|
| intake | %.3f | %.3f | %.3f |
| go-trafilatura alone (same run, same pages) | %.3f | %.3f | %.3f |

Per page (F1, intake / go-trafilatura alone): %s.

`+blind3Line, blind3Dir, len(pages), added, head, blind3Request, intake.P, intake.R, intake.F, traf.P, traf.R, traf.F, strings.Join(per, ", "), blind3Request, intake.F, blind3Margin)
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

// git runs git in the package directory and returns its trimmed output.
func git(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", args...).Output()
	if err != nil {
		t.Fatalf("git %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}

// TestBlind3RecordedLine checks that the line the first score writes is
// the one TestMainTextBlind3 reads back, without scoring anything.
func TestBlind3RecordedLine(t *testing.T) {
	line := "\nPer page: x.\n\n" + fmt.Sprintf(blind3Line, blind3Request, 0.9126, blind3Margin)
	m := blind3Recorded.FindStringSubmatch(line)
	if m == nil || m[1] != "0.913" {
		t.Errorf("blind3Recorded in %q: %q, want 0.913", line, m)
	}
}
