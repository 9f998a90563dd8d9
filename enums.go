package rastro

// The values of the record enumerations. Each list is the one place its
// values are written: Validate checks records against it, package
// fieldset refuses a filter or field value outside it (on the command
// line, the web and the JSON API alike), the command line's help lists it,
// the web's forms offer it and package labels names it. A list holds the
// empty value first when a record may leave the field unknown.
var (
	Forces        = []Force{ForcePolice, ForceArmy, ForceNavy, ForceAirForce, ForceOther}
	ActTypes      = []ActType{ActKilled, ActInjured, ActDetained, ActTortured, ActDisappeared, ActThreatened, ActOther}
	Munitions     = []Munition{MunitionUnknown, MunitionLive, MunitionPellets, MunitionRubber, MunitionTearGas, MunitionBlunt, MunitionOther}
	SourceKinds   = []SourceKind{SourceNews, SourceNGOReport, SourceOfficialRecord, SourceAutopsy, SourceWitnessStatement, SourceMedia, SourceDataset, SourceOther}
	ClaimKinds    = []ClaimKind{ClaimCount, ClaimDischarge, ClaimDate, ClaimPlace, ClaimActor, ClaimQuotation, ClaimWeapon, ClaimWound}
	ClaimStatuses = []ClaimStatus{ClaimPending, ClaimAccepted, ClaimLinked, ClaimRejected}
	BodyRegions   = []BodyRegion{RegionHead, RegionNeck, RegionChest, RegionAbdomen, RegionBack, RegionPelvis, RegionUpperLimb, RegionLowerLimb}
	EntrySides    = []EntrySide{EntryUnknown, EntryFront, EntryBack, EntryLateral}
	Distances     = []Distance{DistanceUnknown, DistanceContact, DistanceClose, DistanceMedium, DistanceLong}
	Activities    = []Activity{ActivityUnknown, ActivityProtesting, ActivityObserving, ActivityPassingBy, ActivityHelping, ActivityFleeing, ActivityReporting, ActivityMedical}
	Sexes         = []Sex{SexUnknown, SexFemale, SexMale, SexOther}
	Tris          = []Tri{Unknown, Yes, No}
	Confidences   = []Confidence{ConfidenceUnknown, ConfidenceLow, ConfidenceMedium, ConfidenceHigh}
	Statuses      = []Status{StatusUnknown, StatusAccepted, StatusConflict, StatusWorkNeeded}
	Roles         = []Role{RoleShooter, RoleCommander, RolePresent, RoleOrdered}
	PostingRoles  = []PostingRole{PostCommander, PostDeputyCommander, PostChiefOfStaff, PostMember}
	RelationKinds = []RelationKind{ChildOf, MemberOf}
	// Labels lists every sensitivity label of evidence.
	Labels = []Label{LabelGraphicViolence, LabelIdentifiablePerson, LabelMinor, LabelProtectedWitness}
	// CustodyActions lists every custody action.
	CustodyActions = []CustodyAction{CustodyAcquired, CustodyHashed, CustodyViewed, CustodyExported, CustodyDerived, CustodyTransferred, CustodyAnnotated}
)

// Enum is a type whose values are a fixed set: Values lists them, the
// empty "unknown" left out.
type Enum interface{ Values() []string }

func (Force) Values() []string         { return names(Forces) }
func (ActType) Values() []string       { return names(ActTypes) }
func (Munition) Values() []string      { return names(Munitions) }
func (SourceKind) Values() []string    { return names(SourceKinds) }
func (ClaimKind) Values() []string     { return names(ClaimKinds) }
func (ClaimStatus) Values() []string   { return names(ClaimStatuses) }
func (BodyRegion) Values() []string    { return names(BodyRegions) }
func (EntrySide) Values() []string     { return names(EntrySides) }
func (Distance) Values() []string      { return names(Distances) }
func (Activity) Values() []string      { return names(Activities) }
func (Sex) Values() []string           { return names(Sexes) }
func (Tri) Values() []string           { return names(Tris) }
func (Confidence) Values() []string    { return names(Confidences) }
func (Status) Values() []string        { return names(Statuses) }
func (Role) Values() []string          { return names(Roles) }
func (PostingRole) Values() []string   { return names(PostingRoles) }
func (RelationKind) Values() []string  { return names(RelationKinds) }
func (Label) Values() []string         { return names(Labels) }
func (CustodyAction) Values() []string { return names(CustodyActions) }

// Strings are the values of a list as strings, the empty one kept where
// the list holds it: the choices of a form, in the list's order.
func Strings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

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
