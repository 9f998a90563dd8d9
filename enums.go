package rastro

// The values of the enumerations that lists filter on. Each list is the one
// place its values are written: Validate checks records against it, and
// package fieldset refuses a filter or field value outside it, on the
// command line and the web alike.
var (
	Forces        = []Force{ForcePolice, ForceArmy, ForceNavy, ForceAirForce, ForceOther}
	ActTypes      = []ActType{ActKilled, ActInjured, ActDetained, ActTortured, ActDisappeared, ActThreatened, ActOther}
	Munitions     = []Munition{MunitionUnknown, MunitionLive, MunitionPellets, MunitionRubber, MunitionTearGas, MunitionBlunt, MunitionOther}
	SourceKinds   = []SourceKind{SourceNews, SourceNGOReport, SourceOfficialRecord, SourceAutopsy, SourceWitnessStatement, SourceMedia, SourceDataset, SourceOther}
	ClaimKinds    = []ClaimKind{ClaimCount, ClaimDischarge, ClaimDate, ClaimPlace, ClaimActor, ClaimQuotation, ClaimWeapon, ClaimWound}
	ClaimStatuses = []ClaimStatus{ClaimPending, ClaimAccepted, ClaimLinked, ClaimRejected}
)

// Enum is a type whose values are a fixed set: Values lists them, the
// empty "unknown" left out.
type Enum interface{ Values() []string }

func (Force) Values() []string       { return names(Forces) }
func (ActType) Values() []string     { return names(ActTypes) }
func (Munition) Values() []string    { return names(Munitions) }
func (SourceKind) Values() []string  { return names(SourceKinds) }
func (ClaimKind) Values() []string   { return names(ClaimKinds) }
func (ClaimStatus) Values() []string { return names(ClaimStatuses) }

// names are the values as strings, without the empty one.
func names[T ~string](vs []T) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if v != "" {
			out = append(out, string(v))
		}
	}
	return out
}
