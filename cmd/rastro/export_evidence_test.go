package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
)

// A case file with a review, a merge and an evidence item with its custody
// log goes through export → import → export unchanged, and verifies once
// the files and the signing key are copied beside it.
func TestExportImportEvidence(t *testing.T) {
	t.Setenv("RASTRO_S3_ENDPOINT", "")
	backends(t, func(t *testing.T, newEnv func() *env) {
		src := newEnv()
		src.ok("demo")
		src.ok("review", "1", "--reviewer", "ana", "--sign-off")
		src.ok("link", "merge", "1", "2", "--by", "ana", "--note", "same person")
		dir := t.TempDir()
		statement := filepath.Join(dir, "statement.txt")
		if err := os.WriteFile(statement, []byte("I saw the police fire at the crowd."), 0o644); err != nil {
			t.Fatal(err)
		}
		src.ok("evidence", "add", statement, "--act", "1", "--actor", "ana")
		src.ok("evidence", "log", "1", "--action", "viewed", "--note", "checked", "--actor", "ben")
		first := filepath.Join(dir, "first.json")
		src.ok("export", "-o", first)
		a, _ := os.ReadFile(first)
		for _, want := range []string{`"decision": "sign_off"`, `"merged_by": "ana"`, `"original_name": "statement.txt"`, `"action": "viewed"`} {
			if !bytes.Contains(a, []byte(want)) {
				t.Fatalf("the bundle lacks %s", want)
			}
		}

		dst := newEnv()
		dst.ok("migrate")
		dst.ok("key") // an installation key of its own, which did not sign the log
		if out := dst.ok("import", first); !strings.Contains(out, "1 evidence items and 3 custody entries") || !strings.Contains(out, "did not sign") {
			t.Errorf("import printed %q", out)
		}
		m := NewMain()
		m.Config = Config{DataDir: dst.dataDir, DB: dst.db}
		if h, err := custody.ReadHead(m.headPath()); err != nil || h.Seq != 3 {
			t.Errorf("custody head after import: %+v %v", h, err)
		}
		second := filepath.Join(dir, "second.json")
		dst.ok("export", "-o", second)
		if b, _ := os.ReadFile(second); !bytes.Equal(a, b) {
			t.Fatalf("export → import → export differs (%d and %d bytes)", len(a), len(b))
		}

		r := dst.run("", "verify")
		if r.err == nil || !strings.Contains(r.stdout, "missing blob") || !strings.Contains(r.stdout, "copied alongside") {
			t.Fatalf("verify without the files: %v\n%s", r.err, r.stdout)
		}
		copyDir(t, filepath.Join(src.dataDir, "blobs"), filepath.Join(dst.dataDir, "blobs"))
		r = dst.run("", "verify")
		if r.err == nil || !strings.Contains(r.stdout, "bad signature") || !strings.Contains(r.stdout, custody.KeyFile) {
			t.Fatalf("verify without the signing key: %v\n%s", r.err, r.stdout)
		}
		copyDir(t, filepath.Join(src.dataDir, custody.KeyFile), filepath.Join(dst.dataDir, custody.KeyFile))
		if out := dst.ok("verify"); !strings.Contains(out, "1 items, 1 blobs, 3 custody entries checked: 0 problems") {
			t.Errorf("verify after copying: %s", out)
		}
		// The imported log goes on, and the head remembers its end.
		dst.ok("evidence", "log", "1", "--action", "viewed", "--note", "after the move", "--actor", "carla")
		dst.ok("verify")
	})
}

// A version 1 bundle still imports; a bad record in a version 2 section is
// refused by name, and nothing is imported.
func TestImportVersion1AndBadEvidence(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		src := newEnv()
		src.ok("demo")
		v2 := src.ok("export")
		v1 := strings.Replace(v2, `"version": 2`, `"version": 1`, 1)
		for _, k := range []string{"assessment_reviews", "person_merges", "link_reviews", "evidence_items", "custody_entries"} {
			v1 = strings.Replace(v1, ",\n  \""+k+"\": []", "", 1)
		}
		if strings.Contains(v1, "custody_entries") {
			t.Fatal("could not write a version 1 bundle")
		}
		old := newEnv()
		old.ok("migrate")
		if r := old.run(v1, "import", "-"); r.err != nil {
			t.Fatalf("version 1 import: %v", r.err)
		}
		if old.ok("export") != v2 {
			t.Error("a version 1 bundle does not export as the same case file")
		}

		bad := strings.Replace(v2, `"assessment_reviews": []`, `"assessment_reviews": [{"id": 1, "act_id": 1, "decision": "override",
    "conclusion": "unlawful_force", "reviewer": "ana", "created_at": "2024-03-01T12:00:00Z"}]`, 1)
		dst := newEnv()
		dst.ok("migrate")
		r := dst.run(bad, "import", "-")
		if rastro.ErrorCode(r.err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(r.err), "assessment_reviews[0] (id 1)") ||
			!strings.Contains(rastro.ErrorMessage(r.err), "needs a reason") {
			t.Fatalf("bad review: %v", r.err)
		}
		if out := dst.ok("export"); !strings.Contains(out, `"acts": []`) {
			t.Error("a refused import wrote records")
		}
	})
}

// copyDir copies a folder tree, as an operator moving an installation would.
func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o700)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
}
