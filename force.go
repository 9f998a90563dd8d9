package rastro

// Force is the branch a unit belongs to.
type Force string

const (
	ForcePolice   Force = "police"
	ForceArmy     Force = "army"
	ForceNavy     Force = "navy"
	ForceAirForce Force = "air_force"
	ForceOther    Force = "other" // ministries, joint commands
)

// Unit is a security-force unit or a body above it (a ministry).
type Unit struct {
	Record
	Assertion
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"` // acronyms and other-language names
	Force   Force    `json:"force"`
	Country string   `json:"country,omitempty"`
}

func (u *Unit) Validate() error {
	if u.Name == "" {
		return Errorf(EINVALID, "unit needs a name")
	}
	if err := oneOf("force", u.Force, Forces...); err != nil {
		return err
	}
	return u.Assertion.Validate()
}

// UnitFilter selects units; nil fields do not filter.
type UnitFilter struct {
	ID     *int64
	Name   *string // matches the name or an alias, case-insensitive
	Force  *Force
	Offset int
	Limit  int
}

// RelationKind is how a unit relates to another.
type RelationKind string

const (
	ChildOf  RelationKind = "child_of"  // under the other's command
	MemberOf RelationKind = "member_of" // part of a task force or joint command
)

// UnitRelation says that UnitID is the child or member of ParentID over a
// period.
type UnitRelation struct {
	Record
	Assertion
	UnitID   int64        `json:"unit_id"`
	ParentID int64        `json:"parent_id"`
	Kind     RelationKind `json:"kind"`
	Period   DateRange    `json:"period"`
}

func (r *UnitRelation) Validate() error {
	switch {
	case r.UnitID <= 0 || r.ParentID <= 0:
		return Errorf(EINVALID, "unit relation needs a unit and a parent")
	case r.UnitID == r.ParentID:
		return Errorf(EINVALID, "a unit cannot be its own parent")
	}
	if err := oneOf("relation kind", r.Kind, RelationKinds...); err != nil {
		return err
	}
	if err := r.Period.Validate(); err != nil {
		return err
	}
	return r.Assertion.Validate()
}

// UnitRelationFilter selects relations; nil fields do not filter.
type UnitRelationFilter struct {
	ID       *int64
	UnitID   *int64
	ParentID *int64
	Kind     *RelationKind
	Offset   int
	Limit    int
}

// PostingRole is a person's role in a unit.
type PostingRole string

const (
	PostCommander       PostingRole = "commander"
	PostDeputyCommander PostingRole = "deputy_commander"
	PostChiefOfStaff    PostingRole = "chief_of_staff"
	PostMember          PostingRole = "member"
)

// Commands reports whether the role carries command responsibility.
func (r PostingRole) Commands() bool {
	return r == PostCommander || r == PostDeputyCommander || r == PostChiefOfStaff
}

// Posting places a person in a unit with a role, rank and title over a period.
type Posting struct {
	Record
	Assertion
	PersonID int64       `json:"person_id"`
	UnitID   int64       `json:"unit_id"`
	Role     PostingRole `json:"role"`
	Rank     string      `json:"rank,omitempty"`  // "General PNP"
	Title    string      `json:"title,omitempty"` // "Director"
	Period   DateRange   `json:"period"`
}

func (p *Posting) Validate() error {
	if p.PersonID <= 0 || p.UnitID <= 0 {
		return Errorf(EINVALID, "posting needs a person and a unit")
	}
	if err := oneOf("posting role", p.Role, PostingRoles...); err != nil {
		return err
	}
	if err := p.Period.Validate(); err != nil {
		return err
	}
	return p.Assertion.Validate()
}

// PostingFilter selects postings; nil fields do not filter.
type PostingFilter struct {
	ID       *int64
	PersonID *int64
	UnitID   *int64
	Role     *PostingRole
	Offset   int
	Limit    int
}

// Deployment puts a unit at a place (or a wider area) over a period.
type Deployment struct {
	Record
	Assertion
	UnitID     int64     `json:"unit_id"`
	PlaceID    int64     `json:"place_id,omitempty"`
	Area       string    `json:"area,omitempty"` // when no single place: "southern Puno"
	IncidentID int64     `json:"incident_id,omitempty"`
	Period     DateRange `json:"period"`
}

func (d *Deployment) Validate() error {
	if d.UnitID <= 0 {
		return Errorf(EINVALID, "deployment needs a unit")
	}
	if d.PlaceID <= 0 && d.Area == "" {
		return Errorf(EINVALID, "deployment needs a place or an area")
	}
	if err := d.Period.Validate(); err != nil {
		return err
	}
	return d.Assertion.Validate()
}

// DeploymentFilter selects deployments; nil fields do not filter.
type DeploymentFilter struct {
	ID         *int64
	UnitID     *int64
	PlaceID    *int64
	IncidentID *int64
	Offset     int
	Limit      int
}

// DischargeRecord is an official report of weapons fired: by which agent of
// which unit, with what weapon and calibre, how many rounds, when and where.
type DischargeRecord struct {
	Record
	Assertion
	UnitID     int64  `json:"unit_id,omitempty"`
	AgentID    int64  `json:"agent_id,omitempty"`    // the person, when identified
	AgentLabel string `json:"agent_label,omitempty"` // as the record names the agent, when not
	Weapon     string `json:"weapon,omitempty"`
	Calibre    string `json:"calibre,omitempty"`
	Rounds     int    `json:"rounds"`
	Date       Date   `json:"date"`
	PlaceID    int64  `json:"place_id,omitempty"`
	IncidentID int64  `json:"incident_id,omitempty"`
	SourceID   int64  `json:"source_id,omitempty"` // the official record itself
}

func (d *DischargeRecord) Validate() error {
	if d.Rounds < 0 {
		return Errorf(EINVALID, "rounds cannot be negative")
	}
	if d.Date.IsZero() {
		return Errorf(EINVALID, "discharge record needs a date")
	}
	return d.Assertion.Validate()
}

// DischargeFilter selects discharge records; nil fields do not filter.
type DischargeFilter struct {
	ID         *int64
	UnitID     *int64
	IncidentID *int64
	PlaceID    *int64
	Offset     int
	Limit      int
}
