// Package bundle writes and checks evidence export bundles: a zip holding the
// files, a manifest (JSON and CSV), the custody entries of the files, the
// installation's public key, an Ed25519 signature over the manifest and a
// README saying how to check all of it with sha256sum and openssl. Checking
// needs nothing but the zip.
package bundle

import (
	"time"

	"github.com/rastro-project/rastro"
)

// Names of the bundle's parts.
const (
	ManifestJSON = "manifest.json"
	ManifestCSV  = "manifest.csv"
	ManifestSig  = "manifest.sig"
	PublicKey    = "public-key.pem"
	Custody      = "custody.jsonl"
	SHA256Sums   = "SHA256SUMS"
	Readme       = "README.txt"
	FilesDir     = "files/"
)

// Format and FormatVersion identify the manifest.
const (
	Format        = "rastro-evidence-bundle"
	FormatVersion = 1
)

// Manifest describes a bundle. Its signature covers, through Parts, every
// other file in the bundle.
type Manifest struct {
	Format      string            `json:"format"`
	Version     int               `json:"version"`
	CreatedAt   time.Time         `json:"created_at"`
	Scope       string            `json:"scope"` // "incident 3", "act 7", "all"
	KeyID       string            `json:"key_fingerprint"`
	Items       []Item            `json:"items"`
	Parts       map[string]string `json:"parts"`        // name → hex SHA-256 of custody.jsonl, manifest.csv, SHA256SUMS, README.txt, public-key.pem
	CustodyHead string            `json:"custody_head"` // hash of the last custody entry in the locker at export
}

// Item is one file in the bundle.
type Item struct {
	ID           int64                `json:"id"`
	Path         string               `json:"path"` // inside the zip
	OriginalName string               `json:"original_name"`
	Size         int64                `json:"size"`
	SHA256       string               `json:"sha256"`
	MediaType    string               `json:"media_type"`
	Metadata     rastro.MediaMetadata `json:"metadata"`
	Labels       []rastro.Label       `json:"labels,omitempty"`
	Incidents    []int64              `json:"incidents,omitempty"` // incidents the item supports
	Acts         []int64              `json:"acts,omitempty"`      // acts the item supports
	PersonID     int64                `json:"person_id,omitempty"`
	DerivedFrom  int64                `json:"derived_from,omitempty"`
	CollectedBy  string               `json:"collected_by,omitempty"`
	CollectedAt  *time.Time           `json:"collected_at,omitempty"`
	SourceURL    string               `json:"source_url,omitempty"`
	Note         string               `json:"note,omitempty"`
}
