package intake

import (
	"context"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/ingest"
)

// Miner cleans and mines documents in this process.
var Miner ingest.Miner = ingest.MinerFunc(Mine)

// Mine cleans original and mines its text for claims, ready to be stored.
func Mine(ctx context.Context, original []byte, meta Meta) (*ingest.Mined, error) {
	doc, err := Clean(ctx, original, meta)
	if err != nil {
		return nil, err
	}
	ex := doc.Extract()
	claims := make([]*rastro.Claim, 0, len(ex.Claims))
	for _, c := range ex.Claims {
		rc, err := c.Rastro(0)
		if err != nil {
			return nil, err
		}
		claims = append(claims, rc)
	}
	return &ingest.Mined{Source: doc.Source, Claims: claims, Method: doc.Method, Warnings: doc.Warnings, Removed: doc.Removed}, nil
}
