package rastro

import "regexp"

// Place is a named location. In Peru, Ubigeo is the six-digit INEI code of
// the district (or of the province or department, ending in 00 or 0000).
type Place struct {
	Record
	Assertion
	Name      string   `json:"name"`
	Ubigeo    string   `json:"ubigeo,omitempty"`
	Country   string   `json:"country,omitempty"` // ISO 3166-1 alpha-2, "PE"
	Admin1    string   `json:"admin1,omitempty"`  // department (región)
	Admin2    string   `json:"admin2,omitempty"`  // province
	Admin3    string   `json:"admin3,omitempty"`  // district
	Latitude  *float64 `json:"latitude,omitempty"`
	Longitude *float64 `json:"longitude,omitempty"`
	// GeoPrecision as ACLED codes it: 1 the town itself, 2 a part of a
	// region near the town, 3 only the region; 0 unknown.
	GeoPrecision int `json:"geo_precision,omitempty"`
}

var ubigeoCode = regexp.MustCompile(`^[0-9]{6}$`)

func (p *Place) Validate() error {
	switch {
	case p.Name == "":
		return Errorf(EINVALID, "place needs a name")
	case p.Ubigeo != "" && !ubigeoCode.MatchString(p.Ubigeo):
		return Errorf(EINVALID, "invalid UBIGEO code %q: want six digits", p.Ubigeo)
	case (p.Latitude == nil) != (p.Longitude == nil):
		return Errorf(EINVALID, "place %q needs both latitude and longitude, or neither", p.Name)
	case p.Latitude != nil && (*p.Latitude < -90 || *p.Latitude > 90):
		return Errorf(EINVALID, "invalid latitude %v", *p.Latitude)
	case p.Longitude != nil && (*p.Longitude < -180 || *p.Longitude > 180):
		return Errorf(EINVALID, "invalid longitude %v", *p.Longitude)
	case p.GeoPrecision < 0 || p.GeoPrecision > 3:
		return Errorf(EINVALID, "invalid geo precision %d: want 1, 2 or 3", p.GeoPrecision)
	}
	return p.Assertion.Validate()
}

// PlaceFilter selects places; nil fields do not filter.
type PlaceFilter struct {
	ID     *int64
	Name   *string
	Ubigeo *string // a prefix selects everything inside a department or province
	Offset int
	Limit  int
}
