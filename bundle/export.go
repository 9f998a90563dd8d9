package bundle

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/blob"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/internal/sheet"
)

// Signer signs the manifest.
type Signer interface {
	Sign(msg []byte) []byte
	PublicKey() ed25519.PublicKey
}

// Source is what an export reads.
type Source struct {
	Blobs   rastro.BlobStore
	Items   []*rastro.EvidenceItem
	Custody []*rastro.CustodyEntry // the entries of Items, in log order
	Head    string                 // hash of the locker's last custody entry
	Scope   string
}

// Export writes a bundle to w and returns its manifest. Every file is
// re-hashed as it is copied; a blob that no longer matches its record stops
// the export.
func Export(ctx context.Context, w io.Writer, src Source, signer Signer, now time.Time) (*Manifest, error) {
	zw := zip.NewWriter(w)
	m := &Manifest{Format: Format, Version: FormatVersion, CreatedAt: now.UTC().Truncate(time.Second), Scope: src.Scope,
		KeyID: custody.Fingerprint(signer.PublicKey()), Parts: map[string]string{}, CustodyHead: src.Head}
	items := append([]*rastro.EvidenceItem(nil), src.Items...)
	sort.Slice(items, func(i, j int) bool { return items[i].ID < items[j].ID })
	var sums bytes.Buffer
	for _, it := range items {
		bi := Item{ID: it.ID, Path: FilesDir + fileName(it), OriginalName: it.OriginalName, Size: it.Size, SHA256: it.SHA256,
			MediaType: it.MediaType, Metadata: it.Metadata, Labels: it.Labels, PersonID: it.PersonID, DerivedFrom: it.DerivedFrom,
			CollectedBy: it.CollectedBy, CollectedAt: it.CollectedAt, SourceURL: it.SourceURL, Note: it.Note}
		if it.IncidentID > 0 {
			bi.Incidents = []int64{it.IncidentID}
		}
		if it.ActID > 0 {
			bi.Acts = []int64{it.ActID}
		}
		if err := copyBlob(ctx, zw, src.Blobs, bi); err != nil {
			return nil, err
		}
		fmt.Fprintf(&sums, "%s  %s\n", it.SHA256, bi.Path)
		m.Items = append(m.Items, bi)
	}
	var cust bytes.Buffer
	enc := json.NewEncoder(&cust)
	enc.SetEscapeHTML(false)
	for _, e := range src.Custody {
		if err := enc.Encode(e); err != nil {
			return nil, err
		}
	}
	csvBytes, err := manifestCSV(m.Items)
	if err != nil {
		return nil, err
	}
	parts := []struct {
		name string
		data []byte
	}{
		{SHA256Sums, sums.Bytes()},
		{Custody, cust.Bytes()},
		{ManifestCSV, csvBytes},
		{PublicKey, custody.PublicKeyPEM(signer.PublicKey())},
		{Readme, []byte(readme(m))},
	}
	for _, p := range parts {
		if err := writeFile(zw, p.name, p.data, now); err != nil {
			return nil, err
		}
		m.Parts[p.name] = hexSum(p.data)
	}
	mj, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	mj = append(mj, '\n')
	if err := writeFile(zw, ManifestJSON, mj, now); err != nil {
		return nil, err
	}
	if err := writeFile(zw, ManifestSig, signer.Sign(mj), now); err != nil {
		return nil, err
	}
	return m, zw.Close()
}

// fileName is ID-prefixed so two items with the same original name stay
// apart, and reduced to safe characters.
func fileName(it *rastro.EvidenceItem) string {
	name := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, path.Base(strings.ReplaceAll(it.OriginalName, "\\", "/")))
	if name == "" || name == "." || name == ".." {
		name = "file"
	}
	return fmt.Sprintf("%d-%s", it.ID, name)
}

func copyBlob(ctx context.Context, zw *zip.Writer, blobs rastro.BlobStore, it Item) error {
	rc, err := blobs.Get(ctx, it.SHA256)
	if err != nil {
		return fmt.Errorf("evidence item %d: %w", it.ID, err)
	}
	defer rc.Close()
	// Media files are compressed already; storing them keeps export fast
	// and lets anyone read the bytes straight out of the zip.
	fw, err := zw.CreateHeader(&zip.FileHeader{Name: it.Path, Method: zip.Store, Modified: time.Now().UTC()})
	if err != nil {
		return err
	}
	h := sha256.New()
	n, err := blob.CopyHashing(ctx, fw, h, rc)
	if err != nil {
		return fmt.Errorf("evidence item %d: %w", it.ID, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != it.SHA256 || n != it.Size {
		return rastro.Errorf(rastro.ECONFLICT, "evidence item %d: changed blob: it hashes to %s, recorded %s; run `rastro verify`", it.ID, got, it.SHA256)
	}
	return nil
}

func writeFile(zw *zip.Writer, name string, data []byte, now time.Time) error {
	fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: now.UTC()})
	if err != nil {
		return err
	}
	_, err = fw.Write(data)
	return err
}

func manifestCSV(items []Item) ([]byte, error) {
	var b bytes.Buffer
	w := sheet.NewWriter(&b)
	w.Write([]string{"id", "path", "original_name", "size", "sha256", "media_type", "captured_at", "latitude", "longitude",
		"camera", "duration", "labels", "incidents", "acts", "person_id", "derived_from", "collected_by", "collected_at", "source_url", "metadata_json"})
	for _, it := range items {
		md, err := json.Marshal(it.Metadata)
		if err != nil {
			return nil, err
		}
		var labels []string
		for _, l := range it.Labels {
			labels = append(labels, string(l))
		}
		w.Write([]string{strconv.FormatInt(it.ID, 10), it.Path, it.OriginalName, strconv.FormatInt(it.Size, 10), it.SHA256, it.MediaType,
			timeCell(it.Metadata.CapturedAt), floatCell(it.Metadata.Latitude), floatCell(it.Metadata.Longitude),
			strings.TrimSpace(it.Metadata.CameraMake + " " + it.Metadata.CameraModel), durationCell(it.Metadata.Duration),
			strings.Join(labels, ";"), idsCell(it.Incidents), idsCell(it.Acts), idCell(it.PersonID), idCell(it.DerivedFrom),
			it.CollectedBy, timeCell(it.CollectedAt), it.SourceURL, string(md)})
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func timeCell(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func floatCell(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func durationCell(d float64) string {
	if d == 0 {
		return ""
	}
	return strconv.FormatFloat(d, 'f', 3, 64)
}

func idCell(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

func idsCell(ids []int64) string {
	var s []string
	for _, id := range ids {
		s = append(s, strconv.FormatInt(id, 10))
	}
	return strings.Join(s, ";")
}

func hexSum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
