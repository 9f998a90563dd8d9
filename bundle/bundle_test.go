package bundle

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/blob/file"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/internal/tools"
)

// fixture builds a locker's worth of items and custody entries without a
// database: a file blob store and a chain sealed by hand.
func fixture(t testing.TB) (Source, *custody.Signer) {
	t.Helper()
	_, priv, _ := ed25519.GenerateKey(nil)
	signer := custody.NewSigner(priv)
	blobs, err := file.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	src := Source{Blobs: blobs, Scope: "incident 1"}
	prev := custody.Genesis
	contents := map[string]string{"video 1.mp4": "not really a video", "statement.pdf": "%PDF-1.4 witness statement", "../evil.jpg": "\xff\xd8\xff"}
	var id int64
	for name, body := range contents {
		id++
		sum, n, err := blobs.Put(context.Background(), strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		lat := -15.5
		it := &rastro.EvidenceItem{SHA256: sum, Size: n, OriginalName: name, MediaType: "application/octet-stream", IncidentID: 1, ActID: id,
			Labels: []rastro.Label{rastro.LabelGraphicViolence}, Metadata: rastro.MediaMetadata{Latitude: &lat}}
		it.ID = id
		src.Items = append(src.Items, it)
		itemPrev := custody.Genesis
		for _, a := range []rastro.CustodyAction{rastro.CustodyAcquired, rastro.CustodyHashed} {
			e := &rastro.CustodyEntry{Seq: int64(len(src.Custody) + 1), ItemID: id, ItemSHA256: sum, Action: a, Actor: "tester",
				Time: time.Now(), Prev: prev, ItemPrev: itemPrev}
			if err := signer.Seal(e); err != nil {
				t.Fatal(err)
			}
			prev, itemPrev = e.Hash, e.Hash
			src.Custody = append(src.Custody, e)
		}
	}
	src.Head = prev
	return src, signer
}

func export(t testing.TB, src Source, signer Signer) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "bundle.zip")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Export(context.Background(), f, src, signer, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExportVerify(t *testing.T) {
	src, signer := fixture(t)
	p := export(t, src, signer)
	r, err := Verify(p)
	if err != nil {
		t.Fatal(err)
	}
	if !r.OK() {
		t.Fatalf("fresh bundle has problems: %v", r.Problems)
	}
	if len(r.Manifest.Items) != 3 || r.KeyID != custody.Fingerprint(signer.PublicKey()) {
		t.Fatalf("manifest %+v, key %s", r.Manifest.Items, r.KeyID)
	}
	for _, it := range r.Manifest.Items {
		if strings.Contains(strings.TrimPrefix(it.Path, FilesDir), "/") || strings.Contains(it.Path, "..") {
			t.Errorf("unsafe path %q", it.Path)
		}
	}
}

// TestTamperedBundle flips each byte of the zip in turn. Every flip must be
// reported, unless the bundle still unpacks to exactly the same files (a
// flip in a zip timestamp, or a deflate bit that does not change the
// output): then nothing was changed that anyone could rely on.
func TestTamperedBundle(t *testing.T) {
	src, signer := fixture(t)
	p := export(t, src, signer)
	orig, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(orig), int64(len(orig)))
	if err != nil {
		t.Fatal(err)
	}
	want := contents(t, zr)
	unnoticed := 0
	for at := range orig {
		b := bytes.Clone(orig)
		b[at] ^= 0x01
		r, err := verifyBytes(b)
		if err != nil || !r.OK() {
			continue
		}
		zr2, _ := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if got := contents(t, zr2); !equalContents(got, want) {
			t.Errorf("flipping byte %d changed the bundle's contents unnoticed", at)
		}
		unnoticed++
	}
	t.Logf("%d of %d flips harmless", unnoticed, len(orig))
	if unnoticed > len(orig)/4 {
		t.Errorf("%d of %d flips were harmless: the test is not reaching the contents", unnoticed, len(orig))
	}

	// A manifest edited and re-zipped (so the zip itself is sound) fails its
	// signature.
	var mj []byte
	for _, f := range zr.File {
		if f.Name == ManifestJSON {
			mj, _ = readAll(f)
		}
	}
	for i := range []int{0, 1, 2} {
		at := len(mj) * (i + 1) / 4
		edited := bytes.Clone(mj)
		edited[at] ^= 0x01
		r, err := verifyBytes(rezip(t, zr, ManifestJSON, edited))
		if err == nil && r.OK() {
			t.Errorf("manifest byte %d changed and re-zipped went unnoticed", at)
		}
	}
	// A custody line altered and re-zipped: its hash no longer matches the
	// manifest's, and the entry's own hash and signature fail.
	var cust []byte
	for _, f := range zr.File {
		if f.Name == Custody {
			cust, _ = readAll(f)
		}
	}
	edited := bytes.Replace(cust, []byte(`"actor":"tester"`), []byte(`"actor":"Tester"`), 1)
	r, err := verifyBytes(rezip(t, zr, Custody, edited))
	if err != nil || r.OK() {
		t.Fatalf("edited custody entry went unnoticed: %v", err)
	}
}

func contents(t *testing.T, zr *zip.Reader) map[string]string {
	out := map[string]string{}
	for _, f := range zr.File {
		b, err := readAll(f)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = string(b)
	}
	return out
}

func equalContents(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func verifyBytes(b []byte) (*Result, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	return verify(zr)
}

func rezip(t *testing.T, zr *zip.Reader, name string, data []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		b := data
		if f.Name != name {
			b, _ = readAll(f)
		}
		w.Write(b)
	}
	zw.Close()
	return out.Bytes()
}

// TestOpenSSLChecks runs the README's commands when openssl and sha256sum
// are installed.
func TestOpenSSLChecks(t *testing.T) {
	openssl, err := tools.Find("openssl")
	if err != nil {
		t.Skip(err)
	}
	src, signer := fixture(t)
	p := export(t, src, signer)
	dir := t.TempDir()
	zr, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		b, err := readAll(f)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.FromSlash(f.Name))
		os.MkdirAll(filepath.Dir(dst), 0o755)
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	out, err := run(openssl, "pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin", "-in", "manifest.json", "-sigfile", "manifest.sig")
	if err != nil || !strings.Contains(out, "Signature Verified Successfully") {
		t.Fatalf("openssl verify: %v: %s", err, out)
	}
	out, err = run("sh", "-c", "openssl pkey -pubin -in public-key.pem -outform DER | tail -c 32 | sha256sum")
	if err != nil || !strings.HasPrefix("SHA256:"+strings.Fields(out)[0], custody.Fingerprint(signer.PublicKey())) {
		t.Fatalf("fingerprint command gave %q (%v), want %s", out, err, custody.Fingerprint(signer.PublicKey()))
	}
	if out, err := run("sha256sum", "-c", "SHA256SUMS"); err != nil {
		t.Fatalf("sha256sum -c: %v: %s", err, out)
	}
	var m Manifest
	mj, _ := os.ReadFile(filepath.Join(dir, ManifestJSON))
	json.Unmarshal(mj, &m)
	for name, sum := range m.Parts {
		out, err := run("sha256sum", name)
		if err != nil || strings.Fields(out)[0] != sum {
			t.Errorf("sha256sum %s = %q, manifest says %s", name, out, sum)
		}
	}
	// A changed manifest fails openssl too.
	mj[10] ^= 1
	os.WriteFile(filepath.Join(dir, ManifestJSON), mj, 0o644)
	if out, err := run(openssl, "pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin", "-in", "manifest.json", "-sigfile", "manifest.sig"); err == nil {
		t.Fatalf("openssl accepted a changed manifest: %s", out)
	}
}

// FuzzVerify feeds arbitrary bytes (starting from a real bundle) to the
// verifier: it must never panic, and nothing without a signed manifest may
// pass.
func FuzzVerify(f *testing.F) {
	src, signer := fixture(f)
	seed, err := os.ReadFile(export(f, src, signer))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := verifyBytes(b)
		if err == nil && r.OK() && r.Manifest == nil {
			t.Fatal("a bundle without a manifest passed")
		}
	})
}

// TestManifestCSVNeutralisesFormulas: an original name or a collector that
// a spreadsheet would run is written as text in manifest.csv.
func TestManifestCSVNeutralisesFormulas(t *testing.T) {
	src, signer := fixture(t)
	src.Items[0].OriginalName = `=HYPERLINK("http://evil.example","x").jpg`
	src.Items[1].CollectedBy = "@SUM(1+1)"
	zr, err := zip.OpenReader(export(t, src, signer))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	f, err := zr.Open(ManifestCSV)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, row := range rows[1:] {
		for j, cell := range row {
			if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) {
				t.Errorf("column %s: formula cell %q", rows[0][j], cell)
			}
			if strings.HasPrefix(cell, "'=HYPERLINK") || cell == "'@SUM(1+1)" {
				found++
			}
		}
	}
	if found != 2 {
		t.Errorf("%d neutralised cells, want 2: %q", found, rows)
	}
}
