package rastro

// Sex as recorded.
type Sex string

const (
	SexFemale  Sex = "female"
	SexMale    Sex = "male"
	SexOther   Sex = "other"
	SexUnknown Sex = ""
)

// Person is a victim, witness, perpetrator or commander. A protected person's
// identity (Name, Aliases, Contact) is encrypted at rest once the store is
// given a key, and every read of it is audited.
type Person struct {
	Record
	Assertion
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases,omitempty"`
	Sex         Sex      `json:"sex,omitempty"`
	Age         *int     `json:"age,omitempty"` // age at the time of the events
	BirthDate   Date     `json:"birth_date"`
	Minor       Tri      `json:"minor,omitempty"`
	Ethnicity   string   `json:"ethnicity,omitempty"`  // self-identified
	Indigenous  string   `json:"indigenous,omitempty"` // people, e.g. "Aymara", "Quechua"
	Occupation  string   `json:"occupation,omitempty"`
	HomePlaceID int64    `json:"home_place_id,omitempty"`
	Protected   bool     `json:"protected,omitempty"`
	Contact     string   `json:"contact,omitempty"` // contact details: protected
	Notes       string   `json:"notes,omitempty"`
	Tags        Tags     `json:"tags,omitempty"`
}

func (p *Person) Validate() error {
	if err := normalizeTags(&p.Tags); err != nil {
		return err
	}
	if p.Name == "" {
		return Errorf(EINVALID, "person needs a name (use a label such as \"unidentified agent 1\" when unknown)")
	}
	if err := oneOf("sex", p.Sex, Sexes...); err != nil {
		return err
	}
	if err := oneOf("minor", p.Minor, Tris...); err != nil {
		return err
	}
	if p.Age != nil && (*p.Age < 0 || *p.Age > 130) {
		return Errorf(EINVALID, "invalid age %d", *p.Age)
	}
	if p.Age != nil && p.Minor == No && *p.Age < 18 {
		return Errorf(EINVALID, "person aged %d cannot be marked not a minor", *p.Age)
	}
	return p.Assertion.Validate()
}

// IsMinor reports whether the records show the person was under 18.
func (p *Person) IsMinor() bool {
	return p.Minor == Yes || (p.Age != nil && *p.Age < 18)
}

// PersonFilter selects persons; nil fields do not filter.
type PersonFilter struct {
	ID     *int64
	Name   *string // substring, case-insensitive
	Sex    *Sex
	Tag    *string
	Offset int
	Limit  int
}
