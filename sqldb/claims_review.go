package sqldb

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// The review queue: an investigator accepts a claim into a record (a new
// one, or a field of an existing one), links it to an existing record as a
// further citation, or rejects it with a reason. Each decision is one
// transaction: the record and its citation are written together with the
// claim's new status, or nothing is.

// ClaimCitation returns the citation a claim gives its record: the source,
// the byte span and its words, the page (for paged sources) and the
// paragraph (1-based, counting non-empty lines as the extractor does).
func ClaimCitation(src *rastro.Source, c *rastro.Claim, field string) rastro.Citation {
	cit := rastro.Citation{SourceID: c.SourceID, Field: field, Start: c.Start, End: c.End, Quote: c.Text}
	if len(src.Pages) > 0 {
		cit.Page = sort.Search(len(src.Pages), func(i int) bool { return src.Pages[i] > c.Start })
	}
	if c.Start <= len(src.Text) {
		para := 0
		for _, line := range strings.Split(src.Text[:c.Start], "\n") {
			if strings.TrimSpace(line) != "" {
				para++
			}
		}
		// The claim's own line counts if the text before it on that line was empty.
		if i := strings.LastIndexByte(src.Text[:c.Start], '\n'); strings.TrimSpace(src.Text[i+1:c.Start]) == "" {
			para++
		}
		cit.Paragraph = para
	}
	return cit
}

// pendingClaim loads a claim and its source and refuses one already decided.
func pendingClaim(ctx context.Context, tx *Tx, id int64) (*rastro.Claim, *rastro.Source, error) {
	c, err := claimsTable.find(ctx, tx, id)
	if err != nil {
		return nil, nil, err
	}
	if c.Status != rastro.ClaimPending {
		what := string(c.Status)
		if c.RecordType != "" {
			what += " (" + c.RecordType + " " + strconv.FormatInt(c.RecordID, 10) + ")"
		}
		return nil, nil, rastro.Errorf(rastro.ECONFLICT, "claim %d is already %s", id, what)
	}
	src, err := sourcesTable.find(ctx, tx, c.SourceID)
	if err != nil {
		return nil, nil, err
	}
	return c, src, nil
}

// decide stores the claim's new status.
func decide(ctx context.Context, tx *Tx, c *rastro.Claim, status rastro.ClaimStatus, recordType string, recordID int64, note string) error {
	c.Status, c.RecordType, c.RecordID, c.Note = status, recordType, recordID, note
	return claimsTable.update(ctx, tx, c)
}

// NewRecord is a record a claim is accepted into: *rastro.Incident,
// *rastro.Place, *rastro.DischargeRecord, *rastro.Act, *rastro.Unit or
// *rastro.Person. Its citations may
// be empty; the claim's own citation is added.
type NewRecord any

// AcceptClaim creates rec with the claim's citation (for field, "" for
// the whole record) and marks the claim accepted into it. A claim already
// decided gives ECONFLICT; an invalid record EINVALID; nothing is written
// then. It returns the updated claim.
func (db *DB) AcceptClaim(ctx context.Context, claimID int64, field string, rec NewRecord) (*rastro.Claim, error) {
	var out *rastro.Claim
	err := db.Update(ctx, func(tx *Tx) error {
		c, src, err := pendingClaim(ctx, tx, claimID)
		if err != nil {
			return err
		}
		cit := ClaimCitation(src, c, field)
		var noun string
		var id int64
		switch r := rec.(type) {
		case *rastro.Incident:
			noun, id, err = createCited(ctx, tx, incidentsTable, r, cit)
		case *rastro.Place:
			noun, id, err = createCited(ctx, tx, placesTable, r, cit)
		case *rastro.DischargeRecord:
			noun, id, err = createCited(ctx, tx, dischargesTable, r, cit)
		case *rastro.Act:
			noun, id, err = createCited(ctx, tx, actsTable, r, cit)
		case *rastro.Unit:
			noun, id, err = createCited(ctx, tx, unitsTable, r, cit)
		case *rastro.Person:
			noun, id, err = createCited(ctx, tx, personsTable, r, cit)
		default:
			return rastro.Errorf(rastro.EINVALID, "a claim cannot be accepted into a %T", rec)
		}
		if err != nil {
			return err
		}
		if err := decide(ctx, tx, c, rastro.ClaimAccepted, noun, id, ""); err != nil {
			return err
		}
		out = c
		return nil
	})
	return out, err
}

// createCited creates r with the citation added and returns its noun and ID.
func createCited[T any](ctx context.Context, tx *Tx, tb *table[T], r *T, cit rastro.Citation) (string, int64, error) {
	a := tb.assertion(r)
	a.Citations = append(a.Citations, cit)
	if err := tb.create(ctx, tx, r); err != nil {
		return "", 0, err
	}
	return tb.noun, tb.record(r).ID, nil
}

// ClaimTarget names an existing record a claim is accepted into or linked
// to: "incident", "place", "discharge", "act", "unit" or "person".
type ClaimTarget struct {
	Type string
	ID   int64
	// Apply, when set, changes the record before it is saved with the new
	// citation (accepting a count sets an incident's ReportedFatalities);
	// it receives a *rastro.Incident, *rastro.Place… as Type says.
	Apply func(rec any) error
}

// AcceptClaimInto updates an existing record through t.Apply, cites the
// claim on it and marks the claim accepted.
func (db *DB) AcceptClaimInto(ctx context.Context, claimID int64, field string, t ClaimTarget) (*rastro.Claim, error) {
	return db.citeClaim(ctx, claimID, field, t, rastro.ClaimAccepted)
}

// LinkClaim cites the claim on an existing record, changing nothing else,
// and marks the claim linked.
func (db *DB) LinkClaim(ctx context.Context, claimID int64, field string, t ClaimTarget) (*rastro.Claim, error) {
	t.Apply = nil
	return db.citeClaim(ctx, claimID, field, t, rastro.ClaimLinked)
}

func (db *DB) citeClaim(ctx context.Context, claimID int64, field string, t ClaimTarget, status rastro.ClaimStatus) (*rastro.Claim, error) {
	var out *rastro.Claim
	err := db.Update(ctx, func(tx *Tx) error {
		c, src, err := pendingClaim(ctx, tx, claimID)
		if err != nil {
			return err
		}
		cit := ClaimCitation(src, c, field)
		switch t.Type {
		case "incident":
			err = citeOn(ctx, tx, incidentsTable, t, cit)
		case "place":
			err = citeOn(ctx, tx, placesTable, t, cit)
		case "discharge":
			err = citeOn(ctx, tx, dischargesTable, t, cit)
		case "act":
			err = citeOn(ctx, tx, actsTable, t, cit)
		case "unit":
			err = citeOn(ctx, tx, unitsTable, t, cit)
		case "person":
			err = citeOn(ctx, tx, personsTable, t, cit)
		default:
			return rastro.Errorf(rastro.EINVALID, "record type %q: want incident, place, discharge, act, unit or person", t.Type)
		}
		if err != nil {
			return err
		}
		if err := decide(ctx, tx, c, status, t.Type, t.ID, ""); err != nil {
			return err
		}
		out = c
		return nil
	})
	return out, err
}

// citeOn loads the record, applies the change, appends the citation and
// saves it (a new version).
func citeOn[T any](ctx context.Context, tx *Tx, tb *table[T], t ClaimTarget, cit rastro.Citation) error {
	r, err := tb.find(ctx, tx, t.ID)
	if err != nil {
		return err
	}
	if t.Apply != nil {
		if err := t.Apply(r); err != nil {
			return err
		}
	}
	if tb.assertion == nil {
		return rastro.Errorf(rastro.EINVALID, "%s records carry no citations", tb.noun)
	}
	a := tb.assertion(r)
	a.Citations = append(a.Citations, cit)
	return tb.update(ctx, tx, r)
}

// RejectClaim marks a pending claim rejected, keeping the reviewer's reason.
func (db *DB) RejectClaim(ctx context.Context, claimID int64, reason string) (*rastro.Claim, error) {
	if strings.TrimSpace(reason) == "" {
		return nil, rastro.Errorf(rastro.EINVALID, "rejecting claim %d needs a reason", claimID)
	}
	var out *rastro.Claim
	err := db.Update(ctx, func(tx *Tx) error {
		c, _, err := pendingClaim(ctx, tx, claimID)
		if err != nil {
			return err
		}
		if err := decide(ctx, tx, c, rastro.ClaimRejected, "", 0, reason); err != nil {
			return err
		}
		out = c
		return nil
	})
	return out, err
}

// CreateSourceWithClaims stores a source with its original bytes and its
// claims (as given, normally pending) in one transaction, so an ingest is
// all or nothing. A source with the same SHA-256 is returned instead with
// its stored claims, created=false, and nothing is written.
func (db *DB) CreateSourceWithClaims(ctx context.Context, src *rastro.Source, original []byte, claims []*rastro.Claim) (created bool, stored []*rastro.Claim, err error) {
	sum := sha256.Sum256(original)
	digest := hex.EncodeToString(sum[:])
	if src.SHA256 != "" && src.SHA256 != digest {
		return false, nil, rastro.Errorf(rastro.EINVALID, "source sha256 %s does not match its content (%s)", src.SHA256, digest)
	}
	s := *src
	s.SHA256, s.Size = digest, int64(len(original))
	err = db.Update(ctx, func(tx *Tx) error {
		existing, err := sourcesTable.query(ctx, tx, "WHERE sha256 = ?", digest)
		if err != nil {
			return err
		}
		if len(existing) > 0 {
			s = *existing[0]
			stored, err = claimsTable.query(ctx, tx, "WHERE source_id = ? ORDER BY id", s.ID)
			return err
		}
		if err := sourcesTable.create(ctx, tx, &s); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO source_content (source_id, data) VALUES (?, ?)", s.ID, original); err != nil {
			return err
		}
		for i, c := range claims {
			c.SourceID = s.ID
			if err := claimsTable.create(ctx, tx, c); err != nil {
				return rastro.Errorf(rastro.ErrorCode(err), "claim %d of %d: %s", i+1, len(claims), rastro.ErrorMessage(err))
			}
		}
		created, stored = true, claims
		return nil
	})
	if err != nil {
		return false, nil, err
	}
	*src = s
	return created, stored, nil
}
