package rastro

import "time"

// Confidence in an assertion, as Security Force Monitor grades it.
type Confidence string

const (
	ConfidenceUnknown Confidence = ""
	ConfidenceLow     Confidence = "low"
	ConfidenceMedium  Confidence = "medium"
	ConfidenceHigh    Confidence = "high"
)

// Status of an assertion in the research workflow.
type Status string

const (
	StatusUnknown    Status = ""
	StatusAccepted   Status = "accepted"
	StatusConflict   Status = "conflict"    // sources disagree
	StatusWorkNeeded Status = "work_needed" // needs more research
)

// Tri is a three-valued answer: what the records say, including that they
// say nothing.
type Tri string

const (
	Unknown Tri = ""
	Yes     Tri = "yes"
	No      Tri = "no"
)

// Citation ties an assertion to the place in a source that supports it.
// Field names the field of the record it supports ("" for the whole record),
// so a single record can cite different sources for different facts.
type Citation struct {
	ID        int64  `json:"id"`
	SourceID  int64  `json:"source_id"`
	Field     string `json:"field,omitempty"`
	Page      int    `json:"page,omitempty"`      // 1-based page of a paged document
	Paragraph int    `json:"paragraph,omitempty"` // 1-based paragraph
	Start     int    `json:"start,omitempty"`     // byte offset of the cited span in the source text
	End       int    `json:"end,omitempty"`       // byte offset just past the span
	Quote     string `json:"quote,omitempty"`     // the cited words
	Note      string `json:"note,omitempty"`
}

// Validate checks a citation on its own (the source's existence is the
// store's to check).
func (c Citation) Validate() error {
	switch {
	case c.SourceID <= 0:
		return Errorf(EINVALID, "citation needs a source")
	case c.Start < 0 || c.End < c.Start:
		return Errorf(EINVALID, "citation span %d-%d is not a span", c.Start, c.End)
	case c.Page < 0 || c.Paragraph < 0:
		return Errorf(EINVALID, "citation page and paragraph must be positive")
	}
	return nil
}

// Assertion is what every research record carries: how sure we are, where it
// stands in review, and the sources behind it.
type Assertion struct {
	Confidence Confidence `json:"confidence,omitempty"`
	Status     Status     `json:"status,omitempty"`
	Citations  []Citation `json:"citations,omitempty"`
}

// Validate checks the enumerations and the citations.
func (a Assertion) Validate() error {
	if err := oneOf("confidence", a.Confidence, Confidences...); err != nil {
		return err
	}
	if err := oneOf("status", a.Status, Statuses...); err != nil {
		return err
	}
	for _, c := range a.Citations {
		if err := c.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Record is the bookkeeping every stored record shares. Version starts at 1
// and grows by one with each update; an update must name the version it was
// based on, so a stale edit is refused instead of overwriting a newer one.
type Record struct {
	ID        int64     `json:"id"`
	Version   int       `json:"version"`
	CreatedAt time.Time `json:"created_at"` // UTC, set by the store
	UpdatedAt time.Time `json:"updated_at"`
}

// oneOf validates an enumerated value against its allowed values.
func oneOf[T ~string](field string, v T, allowed ...T) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return Errorf(EINVALID, "invalid %s %q: want one of %s", field, string(v), joinNames(names(allowed)))
}

func joinNames(s []string) string {
	out := ""
	for i, n := range s {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out
}
