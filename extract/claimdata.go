package extract

import "github.com/rastro-project/rastro/extract/claimdata"

// The claim values live in package claimdata, so that readers of claims
// need not link the extractor.
type (
	ActorData      = claimdata.ActorData
	Mention        = claimdata.Mention
	CountData      = claimdata.CountData
	Ref            = claimdata.Ref
	CountRef       = claimdata.CountRef
	DischargeData  = claimdata.DischargeData
	PlaceData      = claimdata.PlaceData
	PlaceCandidate = claimdata.PlaceCandidate
	WeaponData     = claimdata.WeaponData
	WoundData      = claimdata.WoundData
)
