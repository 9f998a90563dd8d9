package rastro

import (
	"encoding/json"
	"regexp"
)

// SourceKind says what kind of document a source is.
type SourceKind string

const (
	SourceNews             SourceKind = "news"
	SourceNGOReport        SourceKind = "ngo_report"
	SourceOfficialRecord   SourceKind = "official_record"
	SourceAutopsy          SourceKind = "autopsy"
	SourceWitnessStatement SourceKind = "witness_statement"
	SourceMedia            SourceKind = "media" // video, photograph, audio
	SourceDataset          SourceKind = "dataset"
	SourceOther            SourceKind = "other"
)

// Source is a document others published or handed over. Its original bytes
// are kept exactly as received (SHA256 is their hex digest); Text is the
// cleaned text that claims and citations point into.
type Source struct {
	Record
	Kind      SourceKind `json:"kind"`
	Title     string     `json:"title"`
	Publisher string     `json:"publisher,omitempty"`
	URL       string     `json:"url,omitempty"`
	Published Date       `json:"published"`
	Language  string     `json:"language,omitempty"` // ISO 639-1: "en", "es"
	MediaType string     `json:"media_type,omitempty"`
	Size      int64      `json:"size,omitempty"`   // bytes of the original
	SHA256    string     `json:"sha256,omitempty"` // of the original bytes
	Text      string     `json:"text,omitempty"`
	Summary   string     `json:"summary,omitempty"` // an investigator's own summary
	// Pages holds the byte offset in Text where each page starts, for paged
	// documents (PDF), so a span can be cited by page.
	Pages []int `json:"pages,omitempty"`
	Tags  Tags  `json:"tags,omitempty"`
}

var sha256Hex = regexp.MustCompile(`^[0-9a-f]{64}$`)

func (s *Source) Validate() error {
	if err := normalizeTags(&s.Tags); err != nil {
		return err
	}
	if s.Title == "" {
		return Errorf(EINVALID, "source needs a title")
	}
	if err := oneOf("source kind", s.Kind, SourceKinds...); err != nil {
		return err
	}
	if s.SHA256 != "" && !sha256Hex.MatchString(s.SHA256) {
		return Errorf(EINVALID, "source sha256 %q is not 64 lowercase hex digits", s.SHA256)
	}
	return nil
}

// SourceFilter selects sources; nil fields do not filter.
type SourceFilter struct {
	ID     *int64
	Kind   *SourceKind
	SHA256 *string
	Query  *string // full-text search over title and text
	Tag    *string
	Offset int
	Limit  int
}

// ClaimKind says what a claim asserts.
type ClaimKind string

const (
	ClaimCount     ClaimKind = "count"     // a casualty count
	ClaimDischarge ClaimKind = "discharge" // an official report of rounds fired
	ClaimDate      ClaimKind = "date"
	ClaimPlace     ClaimKind = "place"
	ClaimActor     ClaimKind = "actor" // an organisation, unit or person
	ClaimQuotation ClaimKind = "quotation"
	ClaimWeapon    ClaimKind = "weapon" // weapons and ammunition
	ClaimWound     ClaimKind = "wound"  // wound body regions
)

// ClaimStatus is where a claim stands in the review queue.
type ClaimStatus string

const (
	ClaimPending  ClaimStatus = "pending"
	ClaimAccepted ClaimStatus = "accepted" // turned into a record, with a citation
	ClaimLinked   ClaimStatus = "linked"   // cited from an existing record
	ClaimRejected ClaimStatus = "rejected"
)

// Claim is a lead mined from a source: what the text says, at which bytes,
// not yet a fact. Data holds the kind's structured value (see package
// extract); accepting a claim into a record creates the citation.
type Claim struct {
	Record
	SourceID   int64           `json:"source_id"`
	Kind       ClaimKind       `json:"kind"`
	Start      int             `json:"start"` // byte span in the source's Text
	End        int             `json:"end"`
	Text       string          `json:"text"`    // the exact words of the span
	Summary    string          `json:"summary"` // one line for the review queue
	Data       json.RawMessage `json:"data,omitempty"`
	Status     ClaimStatus     `json:"status"`
	RecordType string          `json:"record_type,omitempty"` // what it was accepted into or linked to
	RecordID   int64           `json:"record_id,omitempty"`
	Note       string          `json:"note,omitempty"` // the reviewer's reason
}

func (c *Claim) Validate() error {
	if c.SourceID <= 0 {
		return Errorf(EINVALID, "claim needs a source")
	}
	if c.Start < 0 || c.End < c.Start {
		return Errorf(EINVALID, "claim span %d-%d is not a span", c.Start, c.End)
	}
	if err := oneOf("claim kind", c.Kind, ClaimKinds...); err != nil {
		return err
	}
	return oneOf("claim status", c.Status, ClaimStatuses...)
}

// ClaimFilter selects claims; nil fields do not filter.
type ClaimFilter struct {
	ID       *int64
	SourceID *int64
	Kind     *ClaimKind
	Status   *ClaimStatus
	Offset   int
	Limit    int
}
