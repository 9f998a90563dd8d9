package bundle

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/evidence"
)

// Result is what Verify found.
type Result struct {
	Manifest *Manifest
	KeyID    string
	Problems []string
}

// OK reports whether the bundle checked out.
func (r *Result) OK() bool { return len(r.Problems) == 0 }

// maxPart bounds the size of the manifest and other text parts read into memory.
const maxPart = 256 << 20

// Verify checks the bundle at path: the manifest's signature, the hash of
// every part and file, and the custody entries' hashes, signatures and
// per-file chains. It reports each problem it finds; an error means the file
// could not be read as a bundle at all.
func Verify(path string) (*Result, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s is not a readable zip: %v", path, err)
	}
	defer zr.Close()
	return verify(&zr.Reader)
}

// VerifyReader checks a bundle of size bytes read from ra (an upload), as
// Verify does; name says what it is in errors.
func VerifyReader(ra io.ReaderAt, size int64, name string) (*Result, error) {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s is not a readable zip: %v", name, err)
	}
	return verify(zr)
}

func verify(zr *zip.Reader) (*Result, error) {
	r := &Result{}
	problem := func(format string, args ...any) { r.Problems = append(r.Problems, fmt.Sprintf(format, args...)) }
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		if _, dup := files[f.Name]; dup {
			problem("%s appears twice in the zip", f.Name)
		}
		files[f.Name] = f
	}
	read := func(name string) []byte {
		f, ok := files[name]
		if !ok {
			problem("%s is missing", name)
			return nil
		}
		b, err := readAll(f)
		if err != nil {
			problem("%s cannot be read: %v", name, err)
			return nil
		}
		return b
	}
	mj, sig, pemKey := read(ManifestJSON), read(ManifestSig), read(PublicKey)
	if mj == nil || sig == nil || pemKey == nil {
		return r, nil
	}
	pub, err := custody.ParsePublicKeyPEM(pemKey)
	if err != nil {
		problem("%s: %s", PublicKey, rastro.ErrorMessage(err))
		return r, nil
	}
	r.KeyID = custody.Fingerprint(pub)
	if !ed25519.Verify(pub, mj, sig) {
		problem("bad signature: %s does not verify against %s", ManifestSig, ManifestJSON)
	}
	var m Manifest
	if err := json.Unmarshal(mj, &m); err != nil {
		problem("%s is not valid JSON: %v", ManifestJSON, err)
		return r, nil
	}
	r.Manifest = &m
	if m.Format != Format || m.Version != FormatVersion {
		problem("%s is format %q version %d, want %q version %d", ManifestJSON, m.Format, m.Version, Format, FormatVersion)
	}
	if m.KeyID != r.KeyID {
		problem("the manifest names key %s but the bundle holds key %s", m.KeyID, r.KeyID)
	}
	known := map[string]bool{ManifestJSON: true, ManifestSig: true}
	for _, name := range []string{SHA256Sums, Custody, ManifestCSV, PublicKey, Readme} {
		known[name] = true
		want, ok := m.Parts[name]
		if !ok {
			problem("the manifest gives no hash for %s", name)
			continue
		}
		if b := read(name); b != nil && hexSum(b) != want {
			problem("changed file: %s hashes to %s, the manifest says %s", name, hexSum(b), want)
		}
	}
	for _, it := range m.Items {
		known[it.Path] = true
		f, ok := files[it.Path]
		if !ok {
			problem("missing file: %s (item %d)", it.Path, it.ID)
			continue
		}
		sum, n, err := hashFile(f)
		if err != nil {
			problem("changed file: %s (item %d) cannot be read: %v", it.Path, it.ID, err)
		} else if sum != it.SHA256 || n != it.Size {
			problem("changed file: %s (item %d) hashes to %s (%d bytes), the manifest says %s (%d bytes)", it.Path, it.ID, sum, n, it.SHA256, it.Size)
		}
	}
	for name := range files {
		if !known[name] && !strings.HasSuffix(name, "/") {
			problem("%s is in the zip but not in the manifest", name)
		}
	}
	r.Problems = append(r.Problems, checkCustody(read(Custody), m.Items, pub)...)
	return r, nil
}

// checkCustody checks the entries and that every item has a complete chain
// naming its hash.
func checkCustody(data []byte, items []Item, pub ed25519.PublicKey) []string {
	var out []string
	var entries []*rastro.CustodyEntry
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), maxPart)
	for line := 1; sc.Scan(); line++ {
		var e rastro.CustodyEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			out = append(out, fmt.Sprintf("%s line %d: %v", Custody, line, err))
			continue
		}
		entries = append(entries, &e)
	}
	for _, p := range custody.Chain(entries, pub, false) {
		out = append(out, p.String())
	}
	byItem := map[int64][]*rastro.CustodyEntry{}
	for _, e := range entries {
		byItem[e.ItemID] = append(byItem[e.ItemID], e)
	}
	for _, it := range items {
		rec := &rastro.EvidenceItem{SHA256: it.SHA256}
		rec.ID = it.ID
		for _, p := range evidence.CheckItem(rec, byItem[it.ID]) {
			out = append(out, p.String())
		}
	}
	return out
}

func readAll(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > maxPart {
		return nil, fmt.Errorf("%d bytes is too large", f.UncompressedSize64)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, maxPart))
}

func hashFile(f *zip.File) (string, int64, error) {
	rc, err := f.Open()
	if err != nil {
		return "", 0, err
	}
	defer rc.Close()
	h := sha256.New()
	n, err := io.Copy(h, rc) // the zip reader also checks the CRC-32 at the end
	return hex.EncodeToString(h.Sum(nil)), n, err
}
