package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/blob/file"
	"github.com/rastro-project/rastro/blob/s3/s3test"
	"github.com/rastro-project/rastro/media/mediatest"
)

// evidenceRun runs the program in dataDir with args as the binary would.
func evidenceRun(t *testing.T, dataDir string, args ...string) (string, error) {
	t.Helper()
	m := NewMain()
	var out bytes.Buffer
	m.Stdout, m.Stderr = &out, &out
	m.Config.DataDir = dataDir
	m.Config.DB = ""
	err := m.Run(context.Background(), args)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return out.String(), err
}

// evidenceDataDir returns a migrated data directory with one incident and one
// act in it.
func evidenceDataDir(t *testing.T) (string, int64, int64) {
	t.Helper()
	t.Setenv("RASTRO_S3_ENDPOINT", "")
	t.Setenv("RASTRO_ACTOR", "tester")
	dir := t.TempDir()
	if out, err := evidenceRun(t, dir, "migrate"); err != nil {
		t.Fatalf("migrate: %v: %s", err, out)
	}
	m := NewMain()
	m.Config.DataDir, m.Config.DB = dir, ""
	defer m.Close()
	db, err := m.Store(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	inc := &rastro.Incident{Title: "Juliaca", When: rastro.DateRange{Start: rastro.Date{Year: 2023, Month: 1, Day: 9}}}
	if err := db.Incidents().Create(context.Background(), inc); err != nil {
		t.Fatal(err)
	}
	act := &rastro.Act{IncidentID: inc.ID, Type: rastro.ActKilled}
	if err := db.Acts().Create(context.Background(), act); err != nil {
		t.Fatal(err)
	}
	return dir, inc.ID, act.ID
}

func TestEvidenceCommands(t *testing.T) {
	dir, inc, act := evidenceDataDir(t)
	files := t.TempDir()
	photo := filepath.Join(files, "IMG_0042.jpg")
	os.WriteFile(photo, mediatest.JPEG(t, mediatest.Scene(5, 0), &mediatest.EXIF{Make: "Motorola", Model: "moto g(30)",
		Taken: time.Date(2023, 1, 9, 16, 42, 7, 0, time.UTC), GPS: true, Lat: -15.4997, Lon: -70.1336}), 0o644)
	statement := filepath.Join(files, "statement.txt")
	os.WriteFile(statement, []byte("I saw the police fire at the crowd."), 0o644)
	copyOf := filepath.Join(files, "forwarded.jpg")
	os.WriteFile(copyOf, mediatest.JPEG(t, mediatest.Scene(5, 0), nil), 0o644)

	mustRun := func(args ...string) string {
		t.Helper()
		out, err := evidenceRun(t, dir, args...)
		if err != nil {
			t.Fatalf("rastro %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	out := mustRun("evidence", "add", photo, statement, "--act", itoa(act), "--collected-by", "field team",
		"--collected-at", "2023-01-10 09:30", "--source-url", "https://example.org/upload", "--label", "graphic-violence,identifiable_person", "--note", "from a witness's phone")
	if !strings.Contains(out, "evidence item 1") || !strings.Contains(out, "evidence item 2") {
		t.Fatalf("add said: %s", out)
	}
	out = mustRun("evidence", "add", copyOf, "--incident", itoa(inc))
	if !strings.Contains(out, "looks like evidence item 1") {
		t.Fatalf("near-duplicate not flagged: %s", out)
	}
	if out := mustRun("evidence", "add", photo); !strings.Contains(out, "already held as evidence item 1") {
		t.Fatalf("re-add said: %s", out)
	}

	// Bad input: a clear error, nothing changed.
	fresh := filepath.Join(files, "fresh.txt")
	os.WriteFile(fresh, []byte("not yet held"), 0o644)
	for _, args := range [][]string{
		{"evidence", "add", filepath.Join(files, "missing.jpg")},
		{"evidence", "add", fresh, "--incident", "999"},
		{"evidence", "add", fresh, "--label", "gory"},
		{"evidence", "add", fresh, "--collected-at", "yesterday"},
		{"evidence", "add", fresh, "--source-url", "not a url"},
		{"evidence", "add", fresh, filepath.Join(files, "missing.jpg")},
		{"evidence", "show", "abc"},
		{"bundle", "export", "-o", filepath.Join(files, "x.zip")},
	} {
		out, err := evidenceRun(t, dir, args...)
		if rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("rastro %s: %v (%s), want EINVALID", strings.Join(args, " "), err, out)
		}
	}
	list := mustRun("evidence", "list", "--incident", itoa(inc))
	if strings.Count(list, "\n") != 4 { // header and three items
		t.Fatalf("list:\n%s", list)
	}
	show := mustRun("evidence", "show", "1")
	for _, want := range []string{"IMG_0042.jpg", "moto g(30)", "acquired", "hashed", "graphic_violence", "field team", "-15.4997"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
	got := filepath.Join(files, "copy.jpg")
	mustRun("evidence", "get", "1", "-o", got, "--note", "for the report")
	if a, b := readFile(t, got), readFile(t, photo); !bytes.Equal(a, b) {
		t.Fatal("get returned different bytes")
	}
	mustRun("evidence", "label", "2", "--add", "protected_witness", "--remove", "graphic_violence")
	mustRun("evidence", "log", "2", "--action", "transferred", "--note", "copy handed to the prosecutor's office")
	logOut := mustRun("evidence", "log", "2")
	for _, want := range []string{"annotated", "transferred", "prosecutor"} {
		if !strings.Contains(logOut, want) {
			t.Errorf("log lacks %q:\n%s", want, logOut)
		}
	}
	if out := mustRun("verify"); !strings.Contains(out, "3 items, 3 blobs") || !strings.Contains(out, "0 problems") {
		t.Fatalf("verify: %s", out)
	}
	key := mustRun("key")
	if !strings.Contains(key, "BEGIN PUBLIC KEY") || !strings.Contains(key, "fingerprint SHA256:") {
		t.Fatalf("key: %s", key)
	}
	if fi, err := os.Stat(filepath.Join(dir, "custody-ed25519.pem")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("private key file: %v %v", fi, err)
	}

	zipPath := filepath.Join(files, "juliaca.zip")
	if out := mustRun("bundle", "export", "--incident", itoa(inc), "-o", zipPath); !strings.Contains(out, "3 items") {
		t.Fatalf("export: %s", out)
	}
	if out := mustRun("bundle", "verify", zipPath); !strings.Contains(out, "0 problems") {
		t.Fatalf("bundle verify: %s", out)
	}
	if out := mustRun("evidence", "log", "1"); !strings.Contains(out, "exported") {
		t.Fatalf("no exported entry: %s", out)
	}
	actZip := filepath.Join(files, "act.zip")
	if out := mustRun("bundle", "export", "--act", itoa(act), "-o", actZip); !strings.Contains(out, "2 items") {
		t.Fatalf("act export: %s", out)
	}
	// The bundle checks without a database: from an empty data directory.
	if out, err := evidenceRun(t, t.TempDir(), "bundle", "verify", actZip); err != nil {
		t.Fatalf("bundle verify elsewhere: %v %s", err, out)
	}

	// A changed blob: verify names it and fails.
	blobs, _ := file.Open(filepath.Join(dir, "blobs"))
	it := mustFind(t, dir, 2)
	p := blobs.Path(it)
	os.Chmod(p, 0o600)
	b := readFile(t, p)
	b[3] ^= 0x20
	os.WriteFile(p, b, 0o600)
	out, err := evidenceRun(t, dir, "verify")
	if err == nil || !strings.Contains(out, "changed blob: item 2") {
		t.Fatalf("tampered verify: %v %s", err, out)
	}
	if out, err := evidenceRun(t, dir, "bundle", "export", "--all", "-o", filepath.Join(files, "all.zip")); err == nil {
		t.Fatalf("export of a changed blob succeeded: %s", out)
	}
	if _, err := os.Stat(filepath.Join(files, "all.zip")); err == nil {
		t.Fatal("a failed export left a zip behind")
	}
}

// mustFind returns the SHA-256 of an item through the CLI's JSON output.
func mustFind(t *testing.T, dir string, id int64) string {
	out, err := evidenceRun(t, dir, "evidence", "show", itoa(id), "--json")
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(out, `"sha256": "`)
	return out[i+11 : i+75]
}

func readFile(t *testing.T, p string) []byte {
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func itoa(i int64) string { return strconv.FormatInt(i, 10) }

// TestEvidenceOnS3 runs the commands with blobs in a real S3-compatible
// server configured through the environment.
func TestEvidenceOnS3(t *testing.T) {
	cfg, _ := s3test.Start(t)
	dir, inc, _ := evidenceDataDir(t)
	t.Setenv("RASTRO_S3_ENDPOINT", cfg.Endpoint)
	t.Setenv("RASTRO_S3_ACCESS_KEY", cfg.AccessKey)
	secret := filepath.Join(t.TempDir(), "secret")
	os.WriteFile(secret, []byte(cfg.SecretKey+"\n"), 0o600)
	t.Setenv("RASTRO_S3_SECRET_KEY_FILE", secret)
	t.Setenv("RASTRO_S3_BUCKET", "locker")
	t.Setenv("RASTRO_S3_SECURE", "false")
	p := filepath.Join(t.TempDir(), "statement.txt")
	os.WriteFile(p, []byte("statement kept in S3"), 0o644)
	for _, args := range [][]string{
		{"evidence", "add", p, "--incident", itoa(inc)},
		{"verify"},
		{"bundle", "export", "--all", "-o", filepath.Join(t.TempDir(), "b.zip")},
	} {
		if out, err := evidenceRun(t, dir, args...); err != nil {
			t.Fatalf("rastro %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "blobs", "sha256")); err == nil {
		t.Fatal("blobs went to the data folder, not to S3")
	}
	// A killed add's unfinished upload stays until it is older than
	// --upload-age; the stored blob and its record are never touched.
	c, err := minio.NewCore(cfg.Endpoint, &minio.Options{Creds: credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""), Region: cfg.Region})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.NewMultipartUpload(context.Background(), "locker", "tmp/killed-add", minio.PutObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	out, err := evidenceRun(t, dir, "evidence", "sweep")
	if err != nil || strings.Contains(out, "tmp/killed-add") {
		t.Fatalf("sweep with the default --upload-age removed a fresh upload: %v\n%s", err, out)
	}
	out, err = evidenceRun(t, dir, "evidence", "sweep", "--upload-age", "0s")
	if err != nil || !strings.Contains(out, "removed leftover tmp/killed-add") {
		t.Fatalf("sweep --upload-age 0s: %v\n%s", err, out)
	}
	if out, err := evidenceRun(t, dir, "verify"); err != nil {
		t.Fatalf("verify after the sweep: %v\n%s", err, out)
	}
}
