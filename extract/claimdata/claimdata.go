// Package claimdata holds the values of extracted claims (the JSON in a
// claim's data), apart from the rules of package extract that produce
// them: the programs that only read claims (rastro, its web pages) then
// do not link the extractor, whose lexicons every start of rastro built.
package claimdata

import (
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/fold"
)

// ActorData is the value of an actor claim.
type ActorData struct {
	Name    string `json:"name"` // canonical: the institution's Spanish name, or the person's name
	English string `json:"english,omitempty"`
	Acronym string `json:"acronym,omitempty"`
	// Type: person, police, military, unit (a security-force unit),
	// state (a state body), ngo, international, security_forces (unnamed).
	Type         string `json:"type"`
	Title        string `json:"title,omitempty"`        // a person's title as written
	Organization string `json:"organization,omitempty"` // a person's organisation, when given
	Parent       string `json:"parent,omitempty"`       // a unit's parent institution
	// Mentions are every place the source names the actor, in text order;
	// the claim's own span is the first. One claim per actor and source
	// keeps the review queue short.
	Mentions []Mention `json:"mentions,omitempty"`
}

// Mention is one span of the text that names an actor.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// CountData is the value of a casualty-count claim.
type CountData struct {
	// Figure is the number as the text gives it (the lower bound of a vague
	// quantity); Min and Max are what it means.
	Figure int `json:"figure"`
	// Min and Max bound the number: equal for "49", a range for a vague
	// quantity ("dozens": 24–99); Max 0 means open-ended.
	Min   int  `json:"min"`
	Max   int  `json:"max"`
	Vague bool `json:"vague,omitempty"`
	// Qualifier: exact, at_least, more_than, about, up_to, less_than.
	Qualifier string `json:"qualifier"`
	// Category: killed, injured, killed_or_injured, detained, disappeared,
	// tortured, extrajudicial_executions, victims, affected.
	Category string `json:"category"`
	Possible bool   `json:"possible,omitempty"` // "may constitute", "presuntas"
	Unit     string `json:"unit,omitempty"`     // "cases" when the text counts cases
	Who      string `json:"who,omitempty"`      // protesters, people, police officers, minors, …
	Cause    string `json:"cause,omitempty"`    // as written: "lethal ammunition", "firearms"
	Places   []Ref  `json:"places,omitempty"`
	Date     string `json:"date,omitempty"`
	Since    bool   `json:"since,omitempty"` // the date starts a period ("since December")
	// DatePrecision is the date's: day, week, month, year, range.
	DatePrecision string `json:"date_precision,omitempty"`
	// PartOf points at the larger count this one is a part of ("25 deaths,
	// of which 20 …").
	PartOf       *CountRef `json:"part_of,omitempty"`
	Additional   bool      `json:"additional,omitempty"`    // "dozens more"
	RunningTotal bool      `json:"running_total,omitempty"` // "the death toll rose to 49"
}

// Ref names a place a count or discharge happened at.
type Ref struct {
	Name   string `json:"name"`
	Ubigeo string `json:"ubigeo,omitempty"`
	// ID is the place's key (PlaceData.Key): the UBIGEO in Peru, the ISO
	// code of a country, "CC:name" elsewhere, "water:name" for a lake or river.
	ID string `json:"id,omitempty"`
}

// CountRef identifies another count claim by its span.
type CountRef struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Min      int    `json:"min"`
	Category string `json:"category"`
}

// Value is the count's best single figure: the number itself, or the lower
// bound of a range.
func (c CountData) Value() int { return c.Min }

// DischargeData is the value of a discharge-report claim: agents of a unit
// reporting rounds fired.
type DischargeData struct {
	Agents      int    `json:"agents,omitempty"`
	AgentLabel  string `json:"agent_label,omitempty"` // "two agents", "un suboficial"
	Unit        string `json:"unit,omitempty"`
	UnitAcronym string `json:"unit_acronym,omitempty"`
	Rounds      int    `json:"rounds"`
	Calibre     string `json:"calibre,omitempty"`
	Weapon      string `json:"weapon,omitempty"`
	Date        string `json:"date,omitempty"`
	Places      []Ref  `json:"places,omitempty"`
	Reported    bool   `json:"reported,omitempty"` // the agents or their unit reported it
}

// PlaceData is the value of a place claim: the best reading and, when the
// name is ambiguous, every candidate in rank order.
type PlaceData struct {
	Name       string           `json:"name"` // as resolved
	Ubigeo     string           `json:"ubigeo,omitempty"`
	Level      string           `json:"level"`   // country, department, province, district
	Country    string           `json:"country"` // ISO 3166-1 alpha-2
	Department string           `json:"department,omitempty"`
	Province   string           `json:"province,omitempty"`
	District   string           `json:"district,omitempty"`
	Latitude   *float64         `json:"latitude,omitempty"`
	Longitude  *float64         `json:"longitude,omitempty"`
	Ambiguous  bool             `json:"ambiguous,omitempty"`
	Candidates []PlaceCandidate `json:"candidates,omitempty"`
	Role       string           `json:"role"` // mention, dateline
}

// PlaceCandidate is one reading of an ambiguous place name.
type PlaceCandidate struct {
	Rank       int    `json:"rank"`
	Ubigeo     string `json:"ubigeo"`
	Name       string `json:"name"`
	Level      string `json:"level"`
	Department string `json:"department,omitempty"`
	Province   string `json:"province,omitempty"`
}

// Key identifies the place across sources: the UBIGEO in Peru, the ISO
// code of a country, "CC:name" for a region or city of another country and
// "water:name" for a lake or river (names folded).
func (p PlaceData) Key() string {
	switch {
	case p.Ubigeo != "":
		return p.Ubigeo
	case p.Level == "country":
		return p.Country
	case p.Level == "water":
		return "water:" + fold.Words(p.Name)
	}
	return p.Country + ":" + fold.Words(p.Name)
}

// Place returns the domain place of the best reading.
func (p PlaceData) Place() rastro.Place {
	r := rastro.Place{Name: p.Name, Ubigeo: p.Ubigeo, Country: p.Country, Admin1: p.Department,
		Admin2: p.Province, Admin3: p.District, Latitude: p.Latitude, Longitude: p.Longitude}
	switch p.Level {
	case "district":
		r.GeoPrecision = 1
	case "province":
		r.GeoPrecision = 2
	default:
		r.GeoPrecision = 3
	}
	return r
}

// WeaponData is the value of a weapon claim: a weapon or its ammunition.
type WeaponData struct {
	Name    string `json:"name"`              // canonical English name
	Type    string `json:"type"`              // firearm, ammunition, less_lethal, other
	Model   string `json:"model,omitempty"`   // "AKM", "AK-47"
	Calibre string `json:"calibre,omitempty"` // "7.62"
	Lethal  bool   `json:"lethal"`
	// Munition is the domain's classification of ammunition (rastro.Munition).
	Munition string `json:"munition,omitempty"`
}

// WoundData is the value of a wound claim: the body region hit.
type WoundData struct {
	Region string `json:"region"` // canonical English: head, neck, chest, abdomen, …
	Term   string `json:"term"`   // as written
	// BodyRegion is the domain's coarser region (rastro.BodyRegion).
	BodyRegion string `json:"body_region"`
}
