package rastro

// Incident is one event: when, where and what happened. Its acts say what
// happened to each person.
type Incident struct {
	Record
	Assertion
	Title       string    `json:"title"`
	Description string    `json:"description,omitempty"`
	When        DateRange `json:"when"`
	PlaceID     int64     `json:"place_id,omitempty"`
	// ACLED's classification, e.g. "Protests" / "Excessive force against protesters".
	DisorderType string `json:"disorder_type,omitempty"`
	EventType    string `json:"event_type,omitempty"`
	SubEventType string `json:"sub_event_type,omitempty"`
	// What the records say the security forces did before using force.
	WarningGiven    Tri `json:"warning_given,omitempty"`
	LessLethalFirst Tri `json:"less_lethal_first,omitempty"`
	// ReportedFatalities is a count a source gave for the whole incident,
	// kept apart from the acts actually recorded (ACLED's fatalities).
	ReportedFatalities int `json:"reported_fatalities,omitempty"`
	// External keeps attributes from imported datasets that have no field of
	// their own (ACLED's event_id_cnty, actors, tags…), so exports can give
	// them back.
	External map[string]string `json:"external,omitempty"`
	Tags     Tags              `json:"tags,omitempty"`
}

func (i *Incident) Validate() error {
	if i.Title == "" {
		return Errorf(EINVALID, "incident needs a title")
	}
	if i.When.Start.IsZero() {
		return Errorf(EINVALID, "incident %q needs a start date", i.Title)
	}
	if err := i.When.Validate(); err != nil {
		return err
	}
	if err := oneOf("warning_given", i.WarningGiven, Tris...); err != nil {
		return err
	}
	if err := oneOf("less_lethal_first", i.LessLethalFirst, Tris...); err != nil {
		return err
	}
	if i.ReportedFatalities < 0 {
		return Errorf(EINVALID, "reported fatalities cannot be negative")
	}
	if err := normalizeTags(&i.Tags); err != nil {
		return err
	}
	return i.Assertion.Validate()
}

// IncidentFilter selects incidents; nil fields do not filter.
type IncidentFilter struct {
	ID      *int64
	PlaceID *int64
	Ubigeo  *string // prefix of the place's UBIGEO code
	From    *Date   // incidents that may have happened on or after
	To      *Date   // incidents that may have happened on or before
	Query   *string // full-text search over title and description
	Tag     *string // incidents carrying the tag
	Offset  int
	Limit   int
}

// ActType is what happened to the victim.
type ActType string

const (
	ActKilled      ActType = "killed"
	ActInjured     ActType = "injured"
	ActDetained    ActType = "detained"
	ActTortured    ActType = "tortured"
	ActDisappeared ActType = "disappeared"
	ActThreatened  ActType = "threatened"
	ActOther       ActType = "other"
)

// BodyRegion is where a wound was.
type BodyRegion string

const (
	RegionHead      BodyRegion = "head"
	RegionNeck      BodyRegion = "neck"
	RegionChest     BodyRegion = "chest"
	RegionAbdomen   BodyRegion = "abdomen"
	RegionBack      BodyRegion = "back"
	RegionPelvis    BodyRegion = "pelvis"
	RegionUpperLimb BodyRegion = "upper_limb"
	RegionLowerLimb BodyRegion = "lower_limb"
)

// Vital reports whether a wound there is likely lethal: the head, neck, chest
// and abdomen that the use-of-force analysis singles out.
func (r BodyRegion) Vital() bool {
	return r == RegionHead || r == RegionNeck || r == RegionChest || r == RegionAbdomen
}

// Munition is what caused the harm.
type Munition string

const (
	MunitionLive    Munition = "live_ammunition"
	MunitionPellets Munition = "pellets"
	MunitionRubber  Munition = "rubber_bullets"
	MunitionTearGas Munition = "tear_gas_canister"
	MunitionBlunt   Munition = "blunt_force"
	MunitionOther   Munition = "other"
	MunitionUnknown Munition = ""
)

// EntrySide is the side of the body a projectile entered.
type EntrySide string

const (
	EntryFront   EntrySide = "front"
	EntryBack    EntrySide = "back"
	EntryLateral EntrySide = "side"
	EntryUnknown EntrySide = ""
)

// Distance is the class of shooting distance established (forensics, video).
type Distance string

const (
	DistanceContact Distance = "contact" // muzzle against the body
	DistanceClose   Distance = "close"   // within about 2 m
	DistanceMedium  Distance = "medium"  // about 2 to 50 m
	DistanceLong    Distance = "long"    // beyond about 50 m
	DistanceUnknown Distance = ""
)

// Activity is what the victim was doing.
type Activity string

const (
	ActivityProtesting Activity = "protesting"
	ActivityObserving  Activity = "observing"
	ActivityPassingBy  Activity = "passing_by"
	ActivityHelping    Activity = "helping_injured"
	ActivityFleeing    Activity = "fleeing"
	ActivityReporting  Activity = "reporting" // journalist at work
	ActivityMedical    Activity = "medical"   // medic at work
	ActivityUnknown    Activity = ""
)

// Act is what happened to one victim in an incident, with the details of the
// harm that a use-of-force assessment needs.
type Act struct {
	Record
	Assertion
	IncidentID   int64        `json:"incident_id"`
	VictimID     int64        `json:"victim_id,omitempty"`
	Type         ActType      `json:"type"`
	Date         Date         `json:"date"` // when it differs from the incident's start (died later, etc.)
	WoundRegions []BodyRegion `json:"wound_regions,omitempty"`
	WoundCount   int          `json:"wound_count,omitempty"`
	EntrySide    EntrySide    `json:"entry_side,omitempty"`
	Munition     Munition     `json:"munition,omitempty"`
	Weapon       string       `json:"weapon,omitempty"`  // "AKM rifle"
	Calibre      string       `json:"calibre,omitempty"` // "7.62 mm"
	Distance     Distance     `json:"distance,omitempty"`
	Activity     Activity     `json:"activity,omitempty"`
	VictimArmed  Tri          `json:"victim_armed,omitempty"`
	VictimThreat Tri          `json:"victim_threat,omitempty"` // posed an imminent threat to life
	AutopsyRef   string       `json:"autopsy_ref,omitempty"`
	Description  string       `json:"description,omitempty"`
	Tags         Tags         `json:"tags,omitempty"`
}

// VitalWound reports whether any recorded wound is in the head, neck, chest
// or abdomen.
func (a *Act) VitalWound() bool {
	for _, r := range a.WoundRegions {
		if r.Vital() {
			return true
		}
	}
	return false
}

func (a *Act) Validate() error {
	if a.IncidentID <= 0 {
		return Errorf(EINVALID, "act needs an incident")
	}
	checks := []error{
		oneOf("act type", a.Type, ActTypes...),
		oneOf("entry side", a.EntrySide, EntrySides...),
		oneOf("munition", a.Munition, Munitions...),
		oneOf("distance", a.Distance, Distances...),
		oneOf("activity", a.Activity, Activities...),
		oneOf("victim_armed", a.VictimArmed, Tris...),
		oneOf("victim_threat", a.VictimThreat, Tris...),
	}
	for _, r := range a.WoundRegions {
		checks = append(checks, oneOf("wound region", r, BodyRegions...))
	}
	for _, err := range checks {
		if err != nil {
			return err
		}
	}
	if a.WoundCount < 0 {
		return Errorf(EINVALID, "wound count cannot be negative")
	}
	if err := normalizeTags(&a.Tags); err != nil {
		return err
	}
	return a.Assertion.Validate()
}

// ActFilter selects acts; nil fields do not filter.
type ActFilter struct {
	ID         *int64
	IncidentID *int64
	VictimID   *int64
	Type       *ActType
	Munition   *Munition
	Tag        *string
	Offset     int
	Limit      int
}

// Role of a perpetrator in an act.
type Role string

const (
	RoleShooter   Role = "shooter"
	RoleCommander Role = "commander"
	RolePresent   Role = "present"
	RoleOrdered   Role = "ordered"
)

// Involvement links an act to a perpetrator: a person, a unit, or both (an
// officer of a unit).
type Involvement struct {
	Record
	Assertion
	ActID    int64 `json:"act_id"`
	PersonID int64 `json:"person_id,omitempty"`
	UnitID   int64 `json:"unit_id,omitempty"`
	Role     Role  `json:"role"`
}

func (v *Involvement) Validate() error {
	if v.ActID <= 0 {
		return Errorf(EINVALID, "involvement needs an act")
	}
	if v.PersonID <= 0 && v.UnitID <= 0 {
		return Errorf(EINVALID, "involvement needs a perpetrator person or unit")
	}
	if err := oneOf("role", v.Role, Roles...); err != nil {
		return err
	}
	return v.Assertion.Validate()
}

// InvolvementFilter selects involvements; nil fields do not filter.
type InvolvementFilter struct {
	ID       *int64
	ActID    *int64
	PersonID *int64
	UnitID   *int64
	Role     *Role
	Offset   int
	Limit    int
}
