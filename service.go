package rastro

import "context"

// Records is the contract every record type's service shares.
//
// Find returns ENOTFOUND when no record has the ID. List returns one page of
// the records the filter selects (ordered by ID; Limit 0 means all) and the
// total count that the filter selects. Create validates (EINVALID), assigns
// the ID, sets Version to 1 and the timestamps. Update replaces the stored
// record with r when r.Version is the stored version, and then increments
// r.Version; a stale version gives ECONFLICT and changes nothing. Delete needs
// the current version too (ECONFLICT when stale, or when other records still
// refer to the record).
type Records[T any, F any] interface {
	Find(ctx context.Context, id int64) (*T, error)
	List(ctx context.Context, f F) ([]*T, int, error)
	Create(ctx context.Context, r *T) error
	Update(ctx context.Context, r *T) error
	Delete(ctx context.Context, id int64, version int) error
}

// SourceService stores sources and their original bytes.
type SourceService interface {
	Records[Source, SourceFilter]
	// CreateWithContent stores a source with its original bytes; when a
	// source with the same SHA-256 exists it returns that one and
	// created=false, storing nothing.
	CreateWithContent(ctx context.Context, s *Source, original []byte) (created bool, err error)
	// Content returns the original bytes (ENOTFOUND when none were kept).
	Content(ctx context.Context, id int64) ([]byte, error)
}

type ClaimService interface {
	Records[Claim, ClaimFilter]
}

type PlaceService interface {
	Records[Place, PlaceFilter]
}

type IncidentService interface {
	Records[Incident, IncidentFilter]
}

type ActService interface {
	Records[Act, ActFilter]
}

type PersonService interface {
	Records[Person, PersonFilter]
}

type InvolvementService interface {
	Records[Involvement, InvolvementFilter]
}

type UnitService interface {
	Records[Unit, UnitFilter]
}

type UnitRelationService interface {
	Records[UnitRelation, UnitRelationFilter]
}

type PostingService interface {
	Records[Posting, PostingFilter]
}

type DeploymentService interface {
	Records[Deployment, DeploymentFilter]
}

type DischargeService interface {
	Records[DischargeRecord, DischargeFilter]
}

// BundleFormat names Rastro's JSON bundle; BundleVersion is bumped on any
// change that an older reader could not load. Version 2 added assessment
// reviews, person merges, link reviews, evidence items and custody entries;
// a version 1 bundle simply lacks them and still loads.
const (
	BundleFormat  = "rastro-bundle"
	BundleVersion = 2
)

// Bundle is a complete copy of a database's case records: every record
// with its ID, version and timestamps, so that importing it into an empty
// database and exporting again gives the same bytes. Records are ordered by
// ID, custody entries by Seq.
//
// Evidence items and custody entries are copied exactly (hashes,
// signatures and the previous-hash links), but not the files themselves:
// those stay in the blob store, which is copied alongside (the evidence
// bundle zip is the way to hand files over). Users, sessions, API tokens
// and the audit log are left out on purpose: they are the installation's
// secrets and its own history, not case records.
type Bundle struct {
	Format            string              `json:"format"`
	Version           int                 `json:"version"`
	Meta              map[string]string   `json:"meta,omitempty"` // "name", "synthetic": "true", "description"
	Sources           []*Source           `json:"sources"`
	SourceContent     map[int64][]byte    `json:"source_content,omitempty"` // original bytes by source ID
	Claims            []*Claim            `json:"claims"`
	Places            []*Place            `json:"places"`
	Persons           []*Person           `json:"persons"`
	Units             []*Unit             `json:"units"`
	UnitRelations     []*UnitRelation     `json:"unit_relations"`
	Postings          []*Posting          `json:"postings"`
	Incidents         []*Incident         `json:"incidents"`
	Acts              []*Act              `json:"acts"`
	Involvements      []*Involvement      `json:"involvements"`
	Deployments       []*Deployment       `json:"deployments"`
	Discharges        []*DischargeRecord  `json:"discharges"`
	AssessmentReviews []*AssessmentReview `json:"assessment_reviews"`
	PersonMerges      []*PersonMerge      `json:"person_merges"`
	LinkReviews       []*LinkReview       `json:"link_reviews"`
	EvidenceItems     []*EvidenceItem     `json:"evidence_items"`
	CustodyEntries    []*CustodyEntry     `json:"custody_entries"`
}
