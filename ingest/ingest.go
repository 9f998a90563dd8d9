// Package ingest stores documents that intake has cleaned and mined for
// claims. It imports no text-processing library: the mining may run in
// another process (see Process), so that commands which never ingest do not
// load intake's dependencies, whose package initialisation alone costs more
// than a whole start of the program.
package ingest

import (
	"context"

	"github.com/rastro-project/rastro"
)

// Meta is what the caller knows about a document; set fields override what
// the document says about itself.
type Meta struct {
	Name      string            `json:"name,omitempty"`      // file name, for messages and as a last-resort title
	Published string            `json:"published,omitempty"` // "2023-05-25", "2023-05", "2023" or RFC 3339
	Publisher string            `json:"publisher,omitempty"`
	URL       string            `json:"url,omitempty"`
	Language  string            `json:"language,omitempty"` // ISO 639-1
	Title     string            `json:"title,omitempty"`
	Kind      rastro.SourceKind `json:"kind,omitempty"` // default: news for HTML and text, other for PDF
}

// Mined is a cleaned document with the claims found in it, not yet stored:
// the claims have no source ID.
type Mined struct {
	Source   rastro.Source   `json:"source"`
	Claims   []*rastro.Claim `json:"claims"`
	Method   string          `json:"method,omitempty"`
	Warnings []string        `json:"warnings,omitempty"`
	Removed  []string        `json:"removed,omitempty"`
}

// Miner cleans a document and mines it for claims.
type Miner interface {
	Mine(ctx context.Context, original []byte, meta Meta) (*Mined, error)
}

// MinerFunc adapts a function to Miner.
type MinerFunc func(ctx context.Context, original []byte, meta Meta) (*Mined, error)

func (f MinerFunc) Mine(ctx context.Context, original []byte, meta Meta) (*Mined, error) {
	return f(ctx, original, meta)
}

// Pipeline stores mined documents and their claims. With Batch set the
// source and its claims are stored in one transaction; otherwise through
// the two services, deleting the source again if a claim fails.
type Pipeline struct {
	Miner   Miner
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
	doc, err := p.Miner.Mine(ctx, original, meta)
	if err != nil {
		return nil, err
	}
	src := doc.Source
	res := &Result{Source: &src, Method: doc.Method, Warnings: doc.Warnings, Removed: doc.Removed}
	if p.Batch != nil {
		created, stored, err := p.Batch.CreateSourceWithClaims(ctx, &src, original, doc.Claims)
		if err != nil {
			return nil, err
		}
		res.Created, res.Claims = created, stored
		if !created {
			// What this cleaning noticed is not about the stored source.
			res.Warnings, res.Removed = nil, nil
		}
		return res, nil
	}
	if res.Created, err = p.Sources.CreateWithContent(ctx, &src, original); err != nil {
		return nil, err
	}
	if !res.Created {
		res.Warnings, res.Removed = nil, nil
		claims, _, err := p.Claims.List(ctx, rastro.ClaimFilter{SourceID: &src.ID})
		if err != nil {
			return nil, err
		}
		res.Claims = claims
		return res, nil
	}
	for _, c := range doc.Claims {
		c.SourceID = src.ID
		if err := p.Claims.Create(ctx, c); err != nil {
			p.undo(ctx, &src, res.Claims)
			return nil, err
		}
		res.Claims = append(res.Claims, c)
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
