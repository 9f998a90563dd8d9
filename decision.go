package rastro

import (
	"encoding/base64"
	"time"
)

// AssessmentReview is a reviewer's decision on the use-of-force conclusion
// of one act (package assess computes the conclusion; only the decision is
// stored). Decision is "sign_off" or "override"; an override needs a Reason.
// Reviews are append-only: a later one supersedes.
type AssessmentReview struct {
	ID           int64     `json:"id"`
	ActID        int64     `json:"act_id"`
	Decision     string    `json:"decision"`
	Conclusion   string    `json:"conclusion"`
	Reviewer     string    `json:"reviewer"`
	Reason       string    `json:"reason,omitempty"`
	RulesVersion string    `json:"rules_version,omitempty"`
	CreatedAt    time.Time `json:"created_at"`
}

func (r *AssessmentReview) Validate() error {
	switch {
	case r.ActID <= 0:
		return Errorf(EINVALID, "review needs an act")
	case r.Decision != "sign_off" && r.Decision != "override":
		return Errorf(EINVALID, "review decision %q: want sign_off or override", r.Decision)
	case r.Conclusion == "":
		return Errorf(EINVALID, "review of act %d needs a conclusion", r.ActID)
	case r.Reviewer == "":
		return Errorf(EINVALID, "review of act %d needs a reviewer", r.ActID)
	case r.Decision == "override" && r.Reason == "":
		return Errorf(EINVALID, "override of act %d needs a reason", r.ActID)
	}
	return nil
}

// PersonMerge says two person records are the same person (record
// linkage). Merges never change the records: a person is the set of records
// its active merges connect, and undoing a merge restores them as they were.
type PersonMerge struct {
	ID        int64     `json:"id"`
	PersonA   int64     `json:"person_a"` // the smaller ID
	PersonB   int64     `json:"person_b"`
	Weight    float64   `json:"weight"` // match weight for automatic merges
	Reason    string    `json:"reason,omitempty"`
	By        string    `json:"merged_by"` // "linkage" or the reviewer
	CreatedAt time.Time `json:"created_at"`
	UndoneAt  time.Time `json:"undone_at,omitzero"` // zero while active
	UndoneBy  string    `json:"undone_by,omitempty"`
}

// Active reports whether the merge still holds.
func (m *PersonMerge) Active() bool { return m.UndoneAt.IsZero() }

// Validate checks a stored merge: two distinct persons, smaller ID first,
// and who made it (and who undid it, when undone).
func (m *PersonMerge) Validate() error {
	switch {
	case m.PersonA <= 0 || m.PersonB <= m.PersonA:
		return Errorf(EINVALID, "a merge joins two persons, the smaller ID as person_a (got %d and %d)", m.PersonA, m.PersonB)
	case m.By == "":
		return Errorf(EINVALID, "a merge needs who made it (merged_by)")
	case !m.Active() && m.UndoneBy == "":
		return Errorf(EINVALID, "an undone merge needs who undid it (undone_by)")
	}
	return nil
}

// LinkReview is a pair of person records the linkage model could not
// decide: pending, then merged (MergeID names the merge the decision made)
// or distinct (never merged automatically).
type LinkReview struct {
	ID          int64     `json:"id"`
	PersonA     int64     `json:"person_a"` // the smaller ID
	PersonB     int64     `json:"person_b"`
	Weight      float64   `json:"weight"`
	Probability float64   `json:"probability"`
	Levels      string    `json:"levels,omitempty"` // agreement per field: "given=close surname=exact …"
	Reason      string    `json:"reason,omitempty"`
	Status      string    `json:"status"` // pending, merged or distinct
	MergeID     int64     `json:"merge_id,omitempty"`
	DecidedBy   string    `json:"decided_by,omitempty"`
	DecidedAt   time.Time `json:"decided_at,omitzero"`
	CreatedAt   time.Time `json:"created_at"`
}

func (r *LinkReview) Validate() error {
	switch {
	case r.PersonA <= 0 || r.PersonB <= r.PersonA:
		return Errorf(EINVALID, "a review pairs two persons, the smaller ID as person_a (got %d and %d)", r.PersonA, r.PersonB)
	case r.Status != "pending" && r.Status != "merged" && r.Status != "distinct":
		return Errorf(EINVALID, "review status %q: want pending, merged or distinct", r.Status)
	case r.Probability < 0 || r.Probability > 1:
		return Errorf(EINVALID, "probability %v is not between 0 and 1", r.Probability)
	case r.MergeID < 0:
		return Errorf(EINVALID, "merge_id cannot be negative")
	}
	return nil
}

// Validate checks a sealed entry as stored: the caller's fields, its
// position, hex hashes and a base64 signature. Whether the hashes and
// signature are right is for verification (package custody).
func (c *CustodyEntry) Validate() error {
	if err := c.ValidateFields(); err != nil {
		return err
	}
	switch {
	case c.Seq <= 0:
		return Errorf(EINVALID, "custody entry seq must be positive, got %d", c.Seq)
	case c.Time.IsZero():
		return Errorf(EINVALID, "custody entry %d has no time", c.Seq)
	}
	for _, h := range []struct{ name, v string }{{"item_sha256", c.ItemSHA256}, {"prev", c.Prev}, {"item_prev", c.ItemPrev}, {"hash", c.Hash}} {
		if !ValidSHA256(h.v) {
			return Errorf(EINVALID, "custody entry %d: %s %q is not 64 lowercase hex digits", c.Seq, h.name, h.v)
		}
	}
	if sig, err := base64.StdEncoding.DecodeString(c.Signature); err != nil || len(sig) == 0 {
		return Errorf(EINVALID, "custody entry %d: signature is not base64", c.Seq)
	}
	return nil
}
