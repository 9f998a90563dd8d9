// Package gazetteer holds Peru's administrative places — departments,
// provinces and districts with their INEI UBIGEO codes, capitals,
// coordinates, altitude and poverty rates, and the department and province
// boundaries — embedded from the reference data in data/ (UBIGEO tables, MIT,
// J. M. Castagnetto; boundaries, MPL-2.0, J. Eladio: see the licence files
// there). It resolves place names as they appear in text to candidates,
// keeping ambiguity ranked rather than settling it silently.
package gazetteer

import (
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/rastro-project/rastro/internal/fold"

	"github.com/rastro-project/rastro"
)

//go:embed data/*.csv data/*.geojson data/*.tsv data/LICENSE*
var dataFS embed.FS

// Level is a place's administrative level.
type Level int

const (
	LevelCountry Level = iota
	LevelDepartment
	LevelProvince
	LevelDistrict
)

func (l Level) String() string {
	switch l {
	case LevelCountry:
		return "country"
	case LevelDepartment:
		return "department"
	case LevelProvince:
		return "province"
	case LevelDistrict:
		return "district"
	}
	return "level(" + strconv.Itoa(int(l)) + ")"
}

// MarshalText writes the level's name, so JSON shows "district", not 3.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText reads a level's name.
func (l *Level) UnmarshalText(b []byte) error {
	for _, c := range []Level{LevelCountry, LevelDepartment, LevelProvince, LevelDistrict} {
		if string(b) == c.String() {
			*l = c
			return nil
		}
	}
	return fmt.Errorf("gazetteer: unknown level %q", b)
}

// Place is one entry of the gazetteer. Ubigeo is the six-digit INEI code
// ("" for the country); Department, Province and District are the display
// names of the place and the levels above it.
type Place struct {
	Ubigeo     string  `json:"ubigeo,omitempty"`
	Level      Level   `json:"level"`
	Name       string  `json:"name"`
	Department string  `json:"department,omitempty"`
	Province   string  `json:"province,omitempty"`
	District   string  `json:"district,omitempty"`
	ISO3166_2  string  `json:"iso_3166_2,omitempty"`
	Capital    string  `json:"capital,omitempty"`
	Latitude   float64 `json:"latitude"`
	Longitude  float64 `json:"longitude"`
	// CoordinatesOfParent is set for the few new districts the table has no
	// coordinates for: they carry their province's.
	CoordinatesOfParent bool     `json:"coordinates_of_parent,omitempty"`
	Altitude            *float64 `json:"altitude,omitempty"` // metres, of the capital
	AreaKm2             *float64 `json:"area_km2,omitempty"`
	// Population is estimated from the 2020 density and the area.
	Population *float64 `json:"population,omitempty"`
	// Poverty rates in percent (pct_pobreza_total, pct_pobreza_extrema).
	PovertyTotal   *float64 `json:"poverty_total_pct,omitempty"`
	PovertyExtreme *float64 `json:"poverty_extreme_pct,omitempty"`
}

// ParentCode returns the UBIGEO code of the level above: the province of a
// district, the department of a province, "" for a department or the country.
func (p *Place) ParentCode() string {
	switch p.Level {
	case LevelDistrict:
		return p.Ubigeo[:4] + "00"
	case LevelProvince:
		return p.Ubigeo[:2] + "0000"
	}
	return ""
}

// Rastro returns the place as the domain's Place (without ID or assertion).
func (p *Place) Rastro() rastro.Place {
	lat, lon := p.Latitude, p.Longitude
	r := rastro.Place{
		Name: p.Name, Ubigeo: p.Ubigeo, Country: "PE",
		Admin1: p.Department, Admin2: p.Province, Admin3: p.District,
		Latitude: &lat, Longitude: &lon,
	}
	switch p.Level {
	case LevelDistrict:
		r.GeoPrecision = 1
	case LevelProvince:
		r.GeoPrecision = 2
	default:
		r.GeoPrecision = 3
	}
	return r
}

// Candidate is one place a name may refer to. Rank 1 is the most likely
// reading; Ambiguous says other candidates remain.
type Candidate struct {
	Place     *Place `json:"place"`
	Rank      int    `json:"rank"`
	Ambiguous bool   `json:"ambiguous"`
}

// Gazetteer is the loaded reference data; it is read-only and safe for
// concurrent use.
type Gazetteer struct {
	byCode map[string]*Place
	// world and water are the places beyond Peru (world.go).
	world      map[string][]*WorldPlace
	worldFirst map[string]bool
	water      map[string]*WorldPlace
	maxWorld   int
	byName     map[string][]*Place // folded name → places, unranked
	country    *Place
	maxName    int // the most words in any indexed name
}

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Load parses the embedded data the first time it is called and returns the
// same Gazetteer afterwards.
func Load() (*Gazetteer, error) {
	loadOnce.Do(func() { loaded, loadErr = load() })
	return loaded, loadErr
}

// Default returns the loaded gazetteer and panics if the embedded data
// cannot be parsed, which the package's tests rule out.
func Default() *Gazetteer {
	g, err := Load()
	if err != nil {
		panic(err)
	}
	return g
}

// Lookup returns the place with the UBIGEO code.
func (g *Gazetteer) Lookup(code string) (*Place, bool) {
	p, ok := g.byCode[code]
	return p, ok
}

// PovertyRate returns the share of the population in poverty
// (pct_pobreza_total, in percent) of a district, province or department.
func (g *Gazetteer) PovertyRate(code string) (float64, bool) {
	p, ok := g.Lookup(code)
	if !ok || p.PovertyTotal == nil {
		return 0, false
	}
	return *p.PovertyTotal, true
}

// Country returns Peru itself.
func (g *Gazetteer) Country() *Place { return g.country }

// Hierarchy returns the place with the code and the levels above it, from
// the place itself up to its department: district, province, department.
func (g *Gazetteer) Hierarchy(code string) []*Place {
	var out []*Place
	for p, ok := g.byCode[code]; ok; p, ok = g.byCode[p.ParentCode()] {
		out = append(out, p)
	}
	return out
}

// Children returns the places one level below the code (the provinces of a
// department, the districts of a province), ordered by code.
func (g *Gazetteer) Children(code string) []*Place {
	var out []*Place
	for _, p := range g.byCode {
		if p.ParentCode() == code {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Ubigeo < out[j].Ubigeo })
	return out
}

// Known reports whether the folded name (see fold.Words) names any place.
func (g *Gazetteer) Known(folded string) bool {
	_, ok := g.byName[folded]
	return ok
}

// MaxNameWords is the number of words in the longest indexed name, the
// widest window a scanner of text needs to try.
func (g *Gazetteer) MaxNameWords() int { return g.maxName }

// Resolve returns the places a name may refer to, most likely first. The
// name is folded (case, accents, punctuation); "Peru" and "Perú" give the
// country. Larger units rank first (a department before the province and the
// district of the same name); districts of one name rank by whether they
// are their province's seat and then by population. Nothing is dropped: when
// more than one candidate remains every candidate is marked Ambiguous.
func (g *Gazetteer) Resolve(name string) []Candidate {
	places := g.byName[fold.Words(name)]
	if len(places) == 0 {
		return nil
	}
	ranked := append([]*Place(nil), places...)
	sort.SliceStable(ranked, func(i, j int) bool { return before(ranked[i], ranked[j]) })
	out := make([]Candidate, len(ranked))
	for i, p := range ranked {
		out[i] = Candidate{Place: p, Rank: i + 1, Ambiguous: len(ranked) > 1}
	}
	return out
}

// Within keeps the candidates inside the place with the code (a department
// or province code, or a district's own code), for when the text names the
// larger unit too ("Santa Rosa, Puno"). Ranks are renumbered; the result is
// ambiguous only if more than one candidate survives.
func Within(cands []Candidate, code string) []Candidate {
	prefix := code
	switch {
	case len(code) != 6: // not a UBIGEO code: taken whole, as a prefix
	case strings.HasSuffix(code, "0000"):
		prefix = code[:2]
	case strings.HasSuffix(code, "00"):
		prefix = code[:4]
	}
	var out []Candidate
	for _, c := range cands {
		if c.Place.Ubigeo != "" && strings.HasPrefix(c.Place.Ubigeo, prefix) {
			out = append(out, c)
		}
	}
	for i := range out {
		out[i].Rank = i + 1
		out[i].Ambiguous = len(out) > 1
	}
	return out
}

func before(a, b *Place) bool {
	if a.Level != b.Level {
		return a.Level < b.Level
	}
	if a.Level == LevelDistrict {
		as, bs := strings.HasSuffix(a.Ubigeo, "01"), strings.HasSuffix(b.Ubigeo, "01")
		if as != bs {
			return as
		}
	}
	ap, bp := 0.0, 0.0
	if a.Population != nil {
		ap = *a.Population
	}
	if b.Population != nil {
		bp = *b.Population
	}
	if ap != bp {
		return ap > bp
	}
	return a.Ubigeo < b.Ubigeo
}

// DepartmentsGeoJSON returns the department boundaries as a GeoJSON
// FeatureCollection (properties NOMBDEP, FIRST_IDDP = the department's
// two-digit code). The bytes are a copy the caller may keep.
func DepartmentsGeoJSON() []byte { return readCopy("data/peru_departamental_simple.geojson") }

// ProvincesGeoJSON returns the province boundaries (NOMBPROV, FIRST_IDPR =
// the province's four-digit code prefix).
func ProvincesGeoJSON() []byte { return readCopy("data/peru_provincial_simple.geojson") }

// Licenses returns the licence texts of the embedded data by file name.
func Licenses() map[string]string {
	out := map[string]string{}
	for _, n := range []string{"LICENSE.ubigeo-MIT.txt", "LICENSE.geojson-MPL-2.0.txt", "LICENSE.world-CC-BY-4.0.txt"} {
		out[n] = string(readCopy("data/" + n))
	}
	return out
}

func readCopy(name string) []byte {
	b, err := dataFS.ReadFile(name)
	if err != nil { // the files are embedded at build time
		panic(err)
	}
	return bytes.Clone(b)
}

// accented gives the usual spelling of table names that the upper-case,
// accent-less tables lose and that no capital's spelling restores.
var accented = map[string]string{
	"ANCASH": "Áncash", "APURIMAC": "Apurímac", "HUANUCO": "Huánuco",
	"JUNIN": "Junín", "SAN MARTIN": "San Martín", "SAN ROMAN": "San Román",
	"PERU": "Perú", "HUANCANE": "Huancané", "RIMAC": "Rímac",
	"CAÑETE": "Cañete", "DATEM DEL MARAÑON": "Datem del Marañón",
}

// aliases are other spellings in common use, folded, → the table's name folded:
// "Pichanaki" is the town's own spelling (its municipality and health
// network write it so), the tables' "Pichanaqui" the older one; "Machu
// Picchu", in two words, is how the press writes the district the tables
// spell "Machupicchu".
var aliases = map[string]string{
	"cuzco": "cusco", "nasca": "nazca", "pichanaki": "pichanaqui", "machu picchu": "machupicchu",
	"region lima": "lima",
}

// codeAliases are names in common use of one place: the district of Lima
// is "Cercado de Lima", word for word "Cercado of Lima" in machine
// translation (and not Bolivia's Cercado); "Lima Metropolitana",
// "Metropolitan Lima" is the province of Lima, its 43 districts.
var codeAliases = map[string]string{"cercado de lima": "150101", "cercado of lima": "150101", "lima metropolitana": "150100", "metropolitan lima": "150100"}

func displayName(table, capital string) string {
	if a, ok := accented[table]; ok {
		return a
	}
	if capital != "" && fold.Words(capital) == fold.Words(table) {
		return capital
	}
	return titleCase(table)
}

func load() (*Gazetteer, error) {
	g := &Gazetteer{byCode: map[string]*Place{}, byName: map[string][]*Place{}}
	if err := g.readTable("data/ubigeo_departamento.csv", LevelDepartment); err != nil {
		return nil, err
	}
	if err := g.readTable("data/ubigeo_provincia.csv", LevelProvince); err != nil {
		return nil, err
	}
	if err := g.readTable("data/ubigeo_distrito.csv", LevelDistrict); err != nil {
		return nil, err
	}
	// Fill the names of the levels above from the codes.
	for _, p := range g.byCode {
		if p.Level >= LevelProvince {
			d, ok := g.byCode[p.Ubigeo[:2]+"0000"]
			if !ok {
				return nil, fmt.Errorf("gazetteer: %s %s has no department", p.Level, p.Ubigeo)
			}
			p.Department = d.Name
		}
		if p.Level == LevelDistrict {
			pr, ok := g.byCode[p.Ubigeo[:4]+"00"]
			if !ok {
				return nil, fmt.Errorf("gazetteer: district %s has no province", p.Ubigeo)
			}
			p.Province = pr.Name
		}
	}
	g.country = &Place{Level: LevelCountry, Name: "Perú", Capital: "Lima", Latitude: -9.19, Longitude: -75.0152}
	g.index("peru", g.country)
	for alias, code := range codeAliases {
		g.index(alias, g.byCode[code])
	}
	for alias, name := range aliases {
		for _, p := range g.byName[name] {
			if p.Level <= LevelProvince || len(g.byName[name]) == 1 {
				g.index(alias, p)
			}
		}
	}
	// A province's seat is known by its town's name too when no other
	// place has it: "Puerto Maldonado" is the district of Tambopata.
	seats := map[string][]*Place{}
	for _, p := range g.byCode {
		if p.Level == LevelDistrict && strings.HasSuffix(p.Ubigeo, "01") && p.Capital != "" {
			if c := fold.Words(p.Capital); c != fold.Words(p.Name) && len(g.byName[c]) == 0 {
				seats[c] = append(seats[c], p)
			}
		}
	}
	for c, ps := range seats {
		if len(ps) == 1 {
			g.index(c, ps[0])
		}
	}
	if err := g.loadWorld(); err != nil {
		return nil, err
	}
	return g, nil
}

func (g *Gazetteer) index(folded string, p *Place) {
	for _, q := range g.byName[folded] {
		if q == p {
			return
		}
	}
	g.byName[folded] = append(g.byName[folded], p)
	if n := len(strings.Fields(folded)); n > g.maxName {
		g.maxName = n
	}
}

func (g *Gazetteer) readTable(name string, level Level) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	nameCol := map[Level]string{LevelDepartment: "departamento", LevelProvince: "provincia", LevelDistrict: "distrito"}[level]
	for _, need := range []string{"inei", nameCol, "capital", "latitude", "longitude", "altitude", "pct_pobreza_total", "pct_pobreza_extrema", "superficie", "pob_densidad_2020", "iso_3166_2"} {
		if _, ok := col[need]; !ok {
			return fmt.Errorf("gazetteer: %s: no column %q", name, need)
		}
	}
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("gazetteer: %s: %w", name, err)
		}
		code := rec[col["inei"]]
		if code == "NA" { // a row with only a RENIEC code: nothing to key it by
			continue
		}
		if len(code) != 6 {
			return fmt.Errorf("gazetteer: %s line %d: UBIGEO %q is not six digits", name, line, code)
		}
		table := strings.Join(strings.Fields(rec[col[nameCol]]), " ")
		capital := strings.Join(strings.Fields(rec[col["capital"]]), " ")
		if capital == "NA" {
			capital = ""
		}
		lat, lon, inherited, err := g.coordinates(rec[col["latitude"]], rec[col["longitude"]], code, level)
		if err != nil {
			return fmt.Errorf("gazetteer: %s line %d: %w", name, line, err)
		}
		p := &Place{
			Ubigeo: code, Level: level, Name: displayName(table, capital),
			ISO3166_2: rec[col["iso_3166_2"]], Capital: capital,
			Latitude: lat, Longitude: lon, CoordinatesOfParent: inherited,
			Altitude:       optFloat(rec[col["altitude"]]),
			AreaKm2:        optFloat(rec[col["superficie"]]),
			PovertyTotal:   optFloat(rec[col["pct_pobreza_total"]]),
			PovertyExtreme: optFloat(rec[col["pct_pobreza_extrema"]]),
		}
		if d := optFloat(rec[col["pob_densidad_2020"]]); d != nil && p.AreaKm2 != nil {
			pop := *d * *p.AreaKm2
			p.Population = &pop
		}
		switch level {
		case LevelDepartment:
			p.Department = p.Name
		case LevelProvince:
			p.Province = p.Name
		case LevelDistrict:
			p.District = p.Name
		}
		if _, dup := g.byCode[code]; dup {
			return fmt.Errorf("gazetteer: %s line %d: UBIGEO %s twice", name, line, code)
		}
		g.byCode[code] = p
		g.index(fold.Words(table), p)
	}
}

// coordinates parses a row's latitude and longitude; a district without
// them ("NA") takes its province's, which is loaded before the districts.
func (g *Gazetteer) coordinates(latS, lonS, code string, level Level) (lat, lon float64, inherited bool, err error) {
	lat, err1 := strconv.ParseFloat(latS, 64)
	lon, err2 := strconv.ParseFloat(lonS, 64)
	if err1 == nil && err2 == nil {
		return lat, lon, false, nil
	}
	if level == LevelDistrict && latS == "NA" && lonS == "NA" {
		if p, ok := g.byCode[code[:4]+"00"]; ok {
			return p.Latitude, p.Longitude, true, nil
		}
	}
	return 0, 0, false, fmt.Errorf("bad coordinates %q, %q", latS, lonS)
}

func optFloat(s string) *float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return nil
	}
	return &f
}
