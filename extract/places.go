package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro/internal/fold"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
)

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

type placeMention struct {
	start, end int
	name       string
	dateline   bool
	data       PlaceData
}

// foreign are countries outside Peru that reports about it name, folded →
// ISO code; they are places too, without a UBIGEO.
var foreign = map[string]string{
	"bolivia": "BO", "chile": "CL", "ecuador": "EC", "colombia": "CO", "brasil": "BR", "brazil": "BR",
	"argentina": "AR", "venezuela": "VE", "mexico": "MX", "estados unidos": "US", "united states": "US",
	"espana": "ES", "spain": "ES", "indonesia": "ID", "china": "CN", "paraguay": "PY", "uruguay": "UY",
}

func foreignPlace(name string) string { return foreign[fold.Words(name)] }

// levelHints are words around a name that say which level it is.
var levelHints = map[string]gazetteer.Level{
	"region": gazetteer.LevelDepartment, "department": gazetteer.LevelDepartment, "departamento": gazetteer.LevelDepartment,
	"province": gazetteer.LevelProvince, "provincia": gazetteer.LevelProvince,
	"district": gazetteer.LevelDistrict, "distrito": gazetteer.LevelDistrict, "city": gazetteer.LevelDistrict,
	"ciudad": gazetteer.LevelDistrict, "town": gazetteer.LevelDistrict, "localidad": gazetteer.LevelDistrict,
}

// personTitles before a capitalised name make it a person's ("President
// Santa Rosa", "señor Lima").
var personTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "senor": true, "senora": true, "don": true, "dona": true,
	"president": true, "presidente": true, "presidenta": true, "general": true, "minister": true, "ministro": true,
	"ministra": true, "journalist": true, "periodista": true, "writer": true, "escritor": true, "escritora": true,
	"poet": true, "poeta": true, "victim": true, "victima": true, "joven": true, "student": true, "estudiante": true,
}

var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "dijo": true, "declaro": true, "afirmo": true, "senalo": true, "explained": true}

func (d *doc) findPlaces() {
	maxWords := d.gaz.MaxNameWords()
	for _, p := range d.paras {
		for _, s := range p.sentences {
			for i := 0; i < len(s); i++ {
				t := s[i]
				if t.Kind != tokWord || !t.Cap || d.insideActor(t.Start) || d.insideDatelinePlace(t.Start) {
					continue
				}
				end, name := d.longestPlace(s, i, maxWords)
				if end < 0 {
					continue
				}
				if d.personName(s, i, end) {
					i = end - 1
					continue
				}
				if institutionBefore(s, i) || end < len(s) && institutionWords[s[end].Norm] || inForeignCountry(s, end) {
					i = end - 1
					continue
				}
				m := placeMention{start: s[i].Start, end: s[i].Start + len(name), name: name}
				if !d.resolvePlace(&m, s, i, end) {
					continue
				}
				d.places = append(d.places, m)
				i = end - 1
			}
		}
	}
	for k := range d.places {
		m := &d.places[k]
		if m.dateline {
			m.data.Role = "dateline"
			if !d.resolvePlace(m, nil, 0, 0) {
				continue
			}
		}
		summary := "place " + m.data.Name
		if m.data.Ubigeo != "" {
			summary += " (" + m.data.Level + " " + m.data.Ubigeo + ")"
		} else {
			summary += " (" + m.data.Level + ", " + m.data.Country + ")"
		}
		if m.data.Ambiguous {
			summary += ", ambiguous: " + strconv.Itoa(len(m.data.Candidates)) + " candidates"
		}
		if m.dateline {
			summary += ", dateline"
		}
		d.add(rastro.ClaimPlace, m.start, m.end, summary, m.data)
	}
}

func (d *doc) insideDatelinePlace(pos int) bool {
	return len(d.places) > 0 && d.places[0].dateline && pos >= d.places[0].start && pos < d.places[0].end
}

// longestPlace returns the end of the longest run of words from s[i] that
// names a place, and the run's text. Inner words may be lower-case
// particles ("San Juan de Lurigancho") or hyphens; the last must be
// capitalised.
func (d *doc) longestPlace(s []token, i, maxWords int) (int, string) {
	best, bestName := -1, ""
	var words []string
	for j := i; j < len(s) && len(words) < maxWords; j++ {
		t := s[j]
		if t.Text == "-" && j > i {
			continue
		}
		if t.Kind != tokWord {
			break
		}
		if !t.Cap && !particles[t.Norm] {
			break
		}
		w, tEnd := t.Norm, t.End
		// A possessive names the place too: "Bolivia's foreign ministry".
		for _, suffix := range []string{"'s", "’s"} {
			if t.Cap && strings.HasSuffix(t.Text, suffix) {
				w, tEnd = fold.Words(strings.TrimSuffix(t.Text, suffix)), t.End-len(suffix)
			}
		}
		words = append(words, w)
		if !t.Cap {
			continue
		}
		folded := fold.Words(strings.Join(words, " "))
		if d.gaz.Known(folded) || foreign[folded] != "" {
			best, bestName = j+1, d.text[s[i].Start:tEnd]
		}
		if tEnd != t.End {
			break
		}
	}
	return best, bestName
}

var particles = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "y": true, "el": true}

// personName reports whether the capitalised run s[i:end] is part of a
// person's name rather than a place: a title or a capitalised word right
// before it (not at the start of the sentence), or a speech verb right after.
func (d *doc) personName(s []token, i, end int) bool {
	if i > 0 {
		prev := s[i-1]
		if prev.Kind == tokWord && personTitles[prev.Norm] {
			return true
		}
		if prev.Kind == tokWord && prev.Cap && i-1 > 0 && !strings.EqualFold(prev.Text, "san") && !strings.EqualFold(prev.Text, "santa") {
			return true
		}
	}
	if end < len(s) && s[end].Kind == tokWord && speechVerbs[s[end].Norm] && !(i > 0 && s[i-1].is("in", "en", "of", "de", "from", "desde", "near", "at", "to", "a")) {
		return true
	}
	// A capitalised word after a multi-word name ending in a given name
	// ("Ricardo Palma Soriano")? Only when the run is followed directly by
	// another capitalised word that no place shares.
	if end < len(s) && s[end].Kind == tokWord && s[end].Cap && !d.gaz.Known(s[end].Norm) && !levelWord(s[end].Norm) {
		return true
	}
	return false
}

// institutionWords name things that carry a place's name without being
// there: "Universidad de San Marcos", "Hospital Carrión", "Colegio Grau".
var institutionWords = map[string]bool{"universidad": true, "university": true, "hospital": true, "colegio": true,
	"college": true, "school": true, "escuela": true, "institute": true, "instituto": true, "club": true, "estadio": true,
	"stadium": true, "avenida": true, "avenue": true, "calle": true, "street": true, "jiron": true, "plaza": true, "puente": true,
	"bridge": true, "coliseo": true, "mercado": true, "market": true, "rio": true, "river": true, "lago": true, "lake": true,
	"laguna": true, "parque": true, "park": true, "plazuela": true, "ovalo": true, "pasaje": true, "square": true, "av": true,
	"jr": true, "road": true}

// institutionBefore reports whether a street, bridge, river or building
// word names the thing s[i] starts: "Universidad de San Marcos", and in
// lower case right before the name, "avenida Abancay", "puente Bolognesi",
// "río Ilave" (but "el puente de Ilave" is in Ilave).
func institutionBefore(s []token, i int) bool {
	k := i - 1
	if k >= 0 && institutionWords[s[k].Norm] {
		return true
	}
	if k >= 0 && particles[s[k].Norm] {
		k--
	}
	return k >= 0 && institutionWords[s[k].Norm] && s[k].Cap
}

// inForeignCountry reports whether the name ending before s[end] is placed
// in another country right after it: "Santiago, Chile", "Cochabamba
// (Bolivia)".
func inForeignCountry(s []token, end int) bool {
	return end+1 < len(s) && s[end].is(",", "(") && s[end+1].Cap && foreignPlace(s[end+1].Text) != ""
}

func levelWord(w string) bool { _, ok := levelHints[w]; return ok }

// resolvePlace fills m.data from the gazetteer, narrowing by the level the
// words around it name and by a larger unit written right after it
// ("Santa Rosa, Puno"; "Santa Rosa (Puno)").
func (d *doc) resolvePlace(m *placeMention, s []token, i, end int) bool {
	if iso := foreignPlace(m.name); iso != "" {
		m.data = PlaceData{Name: m.name, Level: "country", Country: iso, Role: "mention"}
		return true
	}
	cands := d.gaz.Resolve(m.name)
	if len(cands) == 0 {
		return false
	}
	if s != nil {
		if lvl, ok := levelHint(s, i, end); ok {
			var keep []gazetteer.Candidate
			for _, c := range cands {
				if c.Place.Level == lvl {
					keep = append(keep, c)
				}
			}
			if len(keep) > 0 {
				cands = renumber(keep)
			}
		}
		// ", Puno" or "(Puno)" after the name.
		if len(cands) > 1 && end+1 < len(s) && (s[end].Text == "," || s[end].Text == "(") && s[end+1].Cap {
			if outer := d.gaz.Resolve(s[end+1].Text); len(outer) > 0 && outer[0].Place.Ubigeo != "" {
				if in := gazetteer.Within(cands, outer[0].Place.Ubigeo); len(in) > 0 {
					cands = in
				}
			}
		}
	}
	if m.dateline && len(cands) > 1 {
		// A dateline names the city the story was filed from: districts
		// (the seats first, as ranked) before the province and department.
		sort.SliceStable(cands, func(i, j int) bool {
			return cands[i].Place.Level == gazetteer.LevelDistrict && cands[j].Place.Level != gazetteer.LevelDistrict
		})
		cands = renumber(cands)
	}
	best := cands[0].Place
	role := m.data.Role
	if role == "" {
		role = "mention"
	}
	lat, lon := best.Latitude, best.Longitude
	m.data = PlaceData{Name: best.Name, Ubigeo: best.Ubigeo, Level: best.Level.String(), Country: "PE",
		Department: best.Department, Province: best.Province, District: best.District,
		Latitude: &lat, Longitude: &lon, Ambiguous: len(cands) > 1, Role: role}
	if len(cands) > 1 {
		for _, c := range cands {
			m.data.Candidates = append(m.data.Candidates, PlaceCandidate{Rank: c.Rank, Ubigeo: c.Place.Ubigeo,
				Name: c.Place.Name, Level: c.Place.Level.String(), Department: c.Place.Department, Province: c.Place.Province})
		}
	}
	return true
}

func renumber(c []gazetteer.Candidate) []gazetteer.Candidate {
	for i := range c {
		c[i].Rank = i + 1
		c[i].Ambiguous = len(c) > 1
	}
	return c
}

// levelHint finds "province of X", "provincia de X", "X region", "city of X".
func levelHint(s []token, i, end int) (gazetteer.Level, bool) {
	if i >= 2 && (s[i-1].is("of", "de", "del")) {
		if l, ok := levelHints[s[i-2].Norm]; ok {
			return l, true
		}
	}
	if i >= 1 {
		if l, ok := levelHints[s[i-1].Norm]; ok && l != gazetteer.LevelDistrict {
			return l, true // "región Puno"
		}
	}
	if end < len(s) {
		if l, ok := levelHints[s[end].Norm]; ok && l != gazetteer.LevelDistrict {
			return l, true // "Puno region"
		}
	}
	return 0, false
}

// placesIn returns the place mentions inside s (not the dateline).
func (d *doc) placesIn(s span) []placeMention {
	var out []placeMention
	i := sort.Search(len(d.places), func(i int) bool { return d.places[i].start >= s.Start })
	for ; i < len(d.places) && d.places[i].start < s.End; i++ {
		if m := d.places[i]; !m.dateline && m.end <= s.End {
			out = append(out, m)
		}
	}
	return out
}
