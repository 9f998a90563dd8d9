package rastro

import (
	"context"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Label marks what an evidence item shows, so that later redaction and access
// rules can act on it.
type Label string

const (
	LabelGraphicViolence    Label = "graphic_violence"
	LabelIdentifiablePerson Label = "identifiable_person"
	LabelMinor              Label = "minor"
	LabelProtectedWitness   Label = "protected_witness"
)

// ParseLabel accepts a label name, with dashes or underscores.
func ParseLabel(s string) (Label, error) {
	l := Label(strings.ReplaceAll(strings.TrimSpace(s), "-", "_"))
	if err := oneOf("sensitivity label", l, Labels...); err != nil {
		return "", err
	}
	return l, nil
}

// ParseLabels reads labels given one by one or as lists separated by
// commas or spaces, once each.
func ParseLabels(vals []string) ([]Label, error) {
	var out []Label
	for _, v := range vals {
		for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
			l, err := ParseLabel(f)
			if err != nil {
				return nil, err
			}
			if !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
	}
	return out, nil
}

// MediaMetadata is what the file itself says about its capture. Pointers and
// zero values mean the file did not say.
type MediaMetadata struct {
	CapturedAt  *time.Time `json:"captured_at,omitempty"`  // EXIF DateTimeOriginal or the container's creation time
	Latitude    *float64   `json:"latitude,omitempty"`     // WGS84 decimal degrees
	Longitude   *float64   `json:"longitude,omitempty"`    // WGS84 decimal degrees
	Altitude    *float64   `json:"altitude,omitempty"`     // metres
	CameraMake  string     `json:"camera_make,omitempty"`  // EXIF Make
	CameraModel string     `json:"camera_model,omitempty"` // EXIF Model, or the recording device a container names
	Software    string     `json:"software,omitempty"`
	Width       int        `json:"width,omitempty"`
	Height      int        `json:"height,omitempty"`
	Duration    float64    `json:"duration,omitempty"` // seconds, for video and audio
	// PHashes are 64-bit perceptual hashes (16 hex digits): one for an
	// image, one per sampled frame for a video.
	PHashes []string `json:"phashes,omitempty"`
	// Problems lists extraction steps that failed or could not run (for
	// example "ffprobe not installed"); the item is stored regardless.
	Problems []string `json:"problems,omitempty"`
}

// Withheld is the original name of an evidence item the store withholds
// from a reader who may not read protected data: an item labelled
// protected_witness or linked to a protected person. Such a reader sees
// that the item exists, its labels and its incident, nothing else.
const Withheld = "[protected]"

// IsWithheld reports whether the store withheld the item from the reader.
func (e *EvidenceItem) IsWithheld() bool { return e.OriginalName == Withheld }

// EvidenceItem is one file in the evidence locker. The bytes live in a
// BlobStore under SHA256 and are never altered; a redacted or transcoded
// working copy is a new item whose DerivedFrom names the original.
type EvidenceItem struct {
	Record
	SHA256       string        `json:"sha256"`
	Size         int64         `json:"size"`
	OriginalName string        `json:"original_name"` // base name of the file as received
	MediaType    string        `json:"media_type"`    // sniffed from the content
	Metadata     MediaMetadata `json:"metadata"`
	Labels       []Label       `json:"labels,omitempty"`
	IncidentID   int64         `json:"incident_id,omitempty"`
	ActID        int64         `json:"act_id,omitempty"`
	PersonID     int64         `json:"person_id,omitempty"`
	DerivedFrom  int64         `json:"derived_from,omitempty"`
	CollectedBy  string        `json:"collected_by,omitempty"`
	CollectedAt  *time.Time    `json:"collected_at,omitempty"`
	SourceURL    string        `json:"source_url,omitempty"`
	Note         string        `json:"note,omitempty"`
}

func (e *EvidenceItem) Validate() error {
	if !sha256Hex.MatchString(e.SHA256) {
		return Errorf(EINVALID, "evidence sha256 %q is not 64 lowercase hex digits", e.SHA256)
	}
	if e.Size < 0 {
		return Errorf(EINVALID, "evidence size cannot be negative")
	}
	if e.OriginalName == "" {
		return Errorf(EINVALID, "evidence needs its original file name")
	}
	if e.MediaType == "" {
		return Errorf(EINVALID, "evidence %q needs a media type", e.OriginalName)
	}
	for _, l := range e.Labels {
		if err := oneOf("sensitivity label", l, Labels...); err != nil {
			return err
		}
	}
	if e.IncidentID < 0 || e.ActID < 0 || e.PersonID < 0 || e.DerivedFrom < 0 {
		return Errorf(EINVALID, "evidence %q has a negative link ID", e.OriginalName)
	}
	return nil
}

// HasLabel reports whether the item carries the label.
func (e *EvidenceItem) HasLabel(l Label) bool {
	for _, x := range e.Labels {
		if x == l {
			return true
		}
	}
	return false
}

// EvidenceFilter selects evidence items; nil fields do not filter.
type EvidenceFilter struct {
	ID         *int64
	SHA256     *string
	IncidentID *int64 // items linked to the incident directly or through one of its acts
	ActID      *int64
	PersonID   *int64
	Offset     int
	Limit      int
}

// CustodyAction is what happened to an item.
type CustodyAction string

const (
	CustodyAcquired    CustodyAction = "acquired"
	CustodyHashed      CustodyAction = "hashed"
	CustodyViewed      CustodyAction = "viewed"
	CustodyExported    CustodyAction = "exported"
	CustodyDerived     CustodyAction = "derived"
	CustodyTransferred CustodyAction = "transferred"
	CustodyAnnotated   CustodyAction = "annotated"
)

// CustodyEntry is one line of the append-only custody log. Entries form one
// chain across the whole locker (Prev is the hash of entry Seq-1) and one
// chain per item (ItemPrev is the hash of the item's previous entry), so a
// removed entry breaks a link and an export of some items still carries
// complete chains for them. Hash is the SHA-256 of the entry's canonical
// encoding, which Signature signs with the installation's Ed25519 key.
type CustodyEntry struct {
	Seq        int64         `json:"seq"`
	ItemID     int64         `json:"item_id"`
	ItemSHA256 string        `json:"item_sha256"`
	Action     CustodyAction `json:"action"`
	Actor      string        `json:"actor"`
	Time       time.Time     `json:"time"` // UTC
	Note       string        `json:"note,omitempty"`
	Prev       string        `json:"prev"`      // hex SHA-256 of the previous entry; 64 zeros for the first
	ItemPrev   string        `json:"item_prev"` // hex SHA-256 of the item's previous entry; 64 zeros for its first
	Hash       string        `json:"hash"`
	Signature  string        `json:"signature"` // base64 Ed25519 signature of the canonical encoding
}

// ValidateFields checks the parts of an entry a caller supplies.
func (c *CustodyEntry) ValidateFields() error {
	if err := oneOf("custody action", c.Action, CustodyActions...); err != nil {
		return err
	}
	if c.Actor == "" {
		return Errorf(EINVALID, "custody entry needs an actor")
	}
	if c.ItemID <= 0 {
		return Errorf(EINVALID, "custody entry needs an item")
	}
	return nil
}

// CustodyFilter selects custody entries, always in chain order.
type CustodyFilter struct {
	ItemID   *int64
	AfterSeq int64 // entries with Seq > AfterSeq
	Limit    int
}

// Sealer hashes and signs a custody entry once its links are set; the
// store calls it inside the transaction that appends the entry.
type Sealer interface {
	Seal(e *CustodyEntry) error
}

// EvidenceService keeps evidence records and their custody log. Blobs are
// stored first (in a BlobStore); a record names a blob that exists.
//
// FindEvidence returns ENOTFOUND for an unknown ID. CreateEvidence validates
// the item (EINVALID), rejects a second item with the same SHA-256
// (ECONFLICT, naming the held item) and, in one transaction, stores the item
// and appends the given entries for it, sealing each with the store's
// Sealer; an error stores nothing. AppendCustody appends one sealed entry
// (ENOTFOUND for an unknown item). SetLabels replaces an item's labels and
// appends an "annotated" entry in the same transaction. Nothing updates or
// deletes a custody entry.
type EvidenceService interface {
	FindEvidence(ctx context.Context, id int64) (*EvidenceItem, error)
	ListEvidence(ctx context.Context, f EvidenceFilter) ([]*EvidenceItem, int, error)
	CreateEvidence(ctx context.Context, item *EvidenceItem, entries []*CustodyEntry) error
	SetLabels(ctx context.Context, id int64, labels []Label, entry *CustodyEntry) error
	AppendCustody(ctx context.Context, e *CustodyEntry) error
	ListCustody(ctx context.Context, f CustodyFilter) ([]*CustodyEntry, error)
}

// BlobInfo describes a stored blob.
type BlobInfo struct {
	SHA256  string
	Size    int64
	ModTime time.Time
}

// BlobStore keeps file contents under their SHA-256, never altering them.
//
// Put streams r into the store without holding it in memory and returns its
// hex SHA-256 and size; storing bytes already held changes nothing. A Put
// that fails or is interrupted leaves nothing under any SHA-256. Get and Stat
// return ENOTFOUND for an unknown hash. Delete exists only to clean up blobs
// that an interrupted ingest left without a record. List calls fn for every
// blob, in no particular order, stopping at fn's first error.
type BlobStore interface {
	Put(ctx context.Context, r io.Reader) (sha256 string, size int64, err error)
	Get(ctx context.Context, sha256 string) (io.ReadCloser, error)
	Stat(ctx context.Context, sha256 string) (BlobInfo, error)
	Delete(ctx context.Context, sha256 string) error
	List(ctx context.Context, fn func(BlobInfo) error) error
}

// ValidSHA256 reports whether s is 64 lowercase hex digits.
func ValidSHA256(s string) bool { return sha256Hex.MatchString(s) }
