package intake

import (
	"context"

	"github.com/rastro-project/rastro"
)

// Pipeline stores cleaned documents and their claims. With Batch set the
// source and its claims are stored in one transaction; otherwise through
// the two services, deleting the source again if a claim fails.
type Pipeline struct {
	Sources rastro.SourceService
	Claims  rastro.ClaimService
	Batch   BatchStore
}

// BatchStore stores a source, its original bytes and its claims at once;
// the same bytes again return the stored source and claims, created=false.
type BatchStore interface {
	CreateSourceWithClaims(ctx context.Context, src *rastro.Source, original []byte, claims []*rastro.Claim) (created bool, stored []*rastro.Claim, err error)
}

// Result is the outcome of ingesting one document.
type Result struct {
	Source   *rastro.Source  `json:"source"`
	Created  bool            `json:"created"` // false: the same bytes were already stored
	Claims   []*rastro.Claim `json:"claims"`
	Method   string          `json:"method,omitempty"`
	Warnings []string        `json:"warnings,omitempty"`
	Removed  []string        `json:"removed,omitempty"`
}

// Ingest cleans original, mines it for claims and stores the source with
// its bytes and the claims as pending. The same bytes a second time return
// the stored source and its claims and create nothing. If a claim cannot
// be stored the new source is deleted again, so that a retry starts clean.
func (p *Pipeline) Ingest(ctx context.Context, original []byte, meta Meta) (*Result, error) {
	doc, err := Clean(ctx, original, meta)
	if err != nil {
		return nil, err
	}
	ex := doc.Extract()
	src := doc.Source
	if p.Batch != nil {
		claims := make([]*rastro.Claim, 0, len(ex.Claims))
		for _, c := range ex.Claims {
			rc, err := c.Rastro(0)
			if err != nil {
				return nil, err
			}
			claims = append(claims, rc)
		}
		created, stored, err := p.Batch.CreateSourceWithClaims(ctx, &src, original, claims)
		if err != nil {
			return nil, err
		}
		res := &Result{Source: &src, Created: created, Claims: stored, Method: doc.Method, Warnings: doc.Warnings, Removed: doc.Removed}
		if !created {
			res.Warnings, res.Removed = nil, nil
		}
		return res, nil
	}
	created, err := p.Sources.CreateWithContent(ctx, &src, original)
	if err != nil {
		return nil, err
	}
	res := &Result{Source: &src, Created: created, Method: doc.Method, Warnings: doc.Warnings, Removed: doc.Removed}
	if !created {
		// What this cleaning noticed is not about the stored source.
		res.Warnings, res.Removed = nil, nil
		claims, _, err := p.Claims.List(ctx, rastro.ClaimFilter{SourceID: &src.ID})
		if err != nil {
			return nil, err
		}
		res.Claims = claims
		return res, nil
	}
	for _, c := range ex.Claims {
		rc, err := c.Rastro(src.ID)
		if err == nil {
			err = p.Claims.Create(ctx, rc)
		}
		if err != nil {
			p.undo(ctx, &src, res.Claims)
			return nil, err
		}
		res.Claims = append(res.Claims, rc)
	}
	return res, nil
}

// undo deletes what a failed ingest created; failures here leave the
// source for an investigator to delete and are not reported over the
// original error.
func (p *Pipeline) undo(ctx context.Context, src *rastro.Source, claims []*rastro.Claim) {
	for _, c := range claims {
		_ = p.Claims.Delete(ctx, c.ID, c.Version)
	}
	_ = p.Sources.Delete(ctx, src.ID, src.Version)
}
