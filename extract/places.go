package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro/internal/fold"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
)

type placeMention struct {
	start, end int
	name       string
	dateline   bool
	bridge     bool // a town named by its bridge: "el puente Ilave"
	peruPeople bool // Peru's people named beside it chose Peru's town (peruPeopleNearer)
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

// demonyms name a foreign country's people or things; with the country's
// name they are evidence that a name shared with a Peruvian place means
// the foreign one ("la policía boliviana … El Alto").
var demonyms = func() map[string]string {
	m := map[string]string{}
	for iso, words := range map[string]string{
		"BO": "boliviano boliviana bolivianos bolivianas bolivian bolivians",
		"CL": "chileno chilena chilenos chilenas chilean chileans",
		"EC": "ecuatoriano ecuatoriana ecuatorianos ecuatorianas ecuadorian ecuadorians ecuadorean",
		"CO": "colombiano colombiana colombianos colombianas colombian colombians",
		"BR": "brasileno brasilena brasilenos brasilenas brazilian brazilians",
		"AR": "argentino argentina argentinos argentinas argentine argentinian argentinians",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = iso
		}
	}
	return m
}()

// findCountries notes every foreign country the text names or whose people
// it names.
func (d *doc) findCountries() {
	d.countries = map[string]bool{}
	for _, p := range d.paras {
		for k, t := range p.toks {
			if t.Kind != tokWord {
				continue
			}
			w := strings.TrimSuffix(strings.TrimSuffix(t.Norm, "'s"), "’s")
			if siteNamedAfter(p.toks, k) {
				continue
			}
			if iso := foreign[w]; iso != "" && t.Cap {
				d.countries[iso] = true
			} else if iso := demonyms[w]; iso != "" && !(w == "argentina" && t.Cap) {
				d.countries[iso] = true
			}
		}
	}
}

// waterWords before or after a capitalised name make it a lake or river.
var waterWords = map[string]bool{"rio": true, "river": true, "lago": true, "lake": true, "laguna": true, "lagoon": true}

// waterAt reads "río Ilave", "Lake Titicaca", "the Ilave river", "el lago
// Titicaca" and a lake or river the gazetteer knows by its name alone
// ("Titicaca"); it returns the name's end token and the name.
func (d *doc) waterAt(s []token, i int) (int, string, bool) {
	// Cheap tests first: a water word before, or a lake the gazetteer knows.
	if particles[s[i].Norm] || s[i].is("the") {
		return 0, "", false // "El río Desaguadero": the article, not a name
	}
	if i >= 2 && waterWords[s[i-1].Norm] && s[i-1].Cap && namedAfterRiver(s, i) {
		return 0, "", false
	}
	if !(i > 0 && waterWords[s[i-1].Norm]) && d.gaz.Water(s[i].Norm) == nil {
		k := i + 1
		for k < len(s) && k < i+4 && s[k].Kind == tokWord && (s[k].Cap || particles[s[k].Norm]) && !waterWords[s[k].Norm] {
			k++
		}
		if k >= len(s) || !waterWords[s[k].Norm] {
			return 0, "", false
		}
	}
	run := i
	for run < len(s) && run < i+4 && s[run].Kind == tokWord && !(run > i && waterWords[s[run].Norm]) &&
		(s[run].Cap || run > i && particles[s[run].Norm] && run+1 < len(s) && s[run+1].Cap) {
		run++
	}
	if run == i {
		return 0, "", false
	}
	name := d.text[s[i].Start:s[run-1].End]
	if i > 0 && waterWords[s[i-1].Norm] {
		return run, name, true
	}
	if run < len(s) && s[run].Cap && particles[s[run-1].Norm] {
		// "the parish of San Pablo del Lago": a capitalised water word
		// after "del"/"de" ends a town's name, as in "Puerto de la
		// Laguna"; a water body's name does not end in a particle.
		return 0, "", false
	}
	if run < len(s) && trailingWaterWord(s, run) {
		return run + 1, name, true // the water word is read with the name
	}
	if w := d.gaz.Water(fold.Words(name)); w != nil {
		return run, name, true
	}
	return 0, "", false
}

// namedAfterRiver reports whether a capitalised "Río"/"Rio" before s[i],
// inside a sentence, opens the name of something else: a bridge ("el
// puente Río Seco") or a part of a town ("the Rio Seco area of El Alto",
// "la zona Río Seco"); the words after it are no river's name.
func namedAfterRiver(s []token, i int) bool {
	if s[i-2].is("puente", "bridge") || localityBefore[s[i-2].Norm] {
		return true
	}
	if s[i-2].is("en", "in") && i+1 < len(s) && s[i].Cap && quarterOfCity(s, i+1) {
		return true // "en Río Seco, en el norte de la ciudad"
	}
	k := i
	for k < len(s) && k < i+3 && s[k].Kind == tokWord && s[k].Cap {
		k++
	}
	return k < len(s) && (localityAfter[s[k].Norm] || partWords[s[k].Norm])
}

// quarterOfCity reports whether s[k] opens ", in the north of the city"
// or ", en el norte de la ciudad": the name before it is a part of the
// city the story speaks from.
func quarterOfCity(s []token, k int) bool {
	if k+6 >= len(s) || s[k].Text != "," || !s[k+1].is("in", "en") || !s[k+2].is("the", "el") || !bearings[s[k+3].Norm] ||
		!s[k+4].is("of", "de") || !s[k+5].is("the", "la") || !s[k+6].is("city", "ciudad") {
		return false
	}
	return k+7 == len(s) || !s[k+7].is("of", "de")
}

// partWords after a name make it a part of the town named next: "the Rio
// Seco area of El Alto", "the Senkata district of El Alto".
var partWords = map[string]bool{"area": true, "zone": true, "district": true, "sector": true}

// trailingWaterWord reports whether s[k], right after a name, makes it a
// river or lake: "the Ilave river", and "the Ramis River" with a capital
// unless a name goes on after it ("Lago Agrio").
func trailingWaterWord(s []token, k int) bool {
	if !waterWords[s[k].Norm] {
		return false
	}
	return !s[k].Cap || k+1 >= len(s) || !(s[k+1].Kind == tokWord && s[k+1].Cap)
}

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

// speechVerbs are the commonest verbs of saying: read by personName (a
// name before "said" is a speaker, not a place) and saidBetween in
// daterange.go. reportVerbs in dates.go holds them all.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "dijo": true, "declaro": true, "afirmo": true, "senalo": true, "explained": true}

func (d *doc) findPlaces() {
	maxWords := max(d.gaz.MaxNameWords(), d.gaz.MaxWorldWords())
	for _, p := range d.paras {
		// The countries of the paragraph and the sentence are worked out
		// only when a name beyond Peru needs them.
		d.paraCountry, d.sentCountries, d.curPara, d.evidenceReady = "", nil, p, false
		for _, s := range p.sentences {
			d.sentCountries, d.curSent, d.sentReady = nil, s, false
			for i := 0; i < len(s); i++ {
				t := s[i]
				if t.Kind != tokWord || !t.Cap || d.insideActor(t.Start) && !residentsOf(s, i) || d.insideDatelinePlace(t.Start) {
					continue
				}
				if end, name, ok := d.waterAt(s, i); ok {
					d.places = append(d.places, placeMention{start: s[i].Start, end: s[i].Start + len(name), name: name,
						data: PlaceData{Name: name, Level: "water", Role: "mention"}})
					i = end - 1
					continue
				}
				end, name := d.longestPlace(s, i, maxWords)
				if end < 0 {
					if e, n, iso, level, ok := d.localityAt(s, i); ok {
						// "el sector de Siloé", "the Senkata neighbourhood":
						// a part of a town the gazetteer does not list; "the
						// town of Ivirgarzama": a town it does not list.
						d.places = append(d.places, placeMention{start: s[i].Start, end: s[i].Start + len(n), name: n,
							data: PlaceData{Name: n, Level: level, Country: iso, Role: "mention"}})
						i = e - 1
					}
					continue
				}
				if !possessive(s[end-1]) && d.personName(s, i, end) {
					i = end - 1
					continue
				}
				if pluralRange(s, i, end) && !d.regionAbroadNamed(name) {
					i = end - 1
					continue
				}
				if compoundHead(s, end) {
					// "the Vice-ministry of Justice", "el Vice-ministerio":
					// a name joined by a hyphen to a word in lower case is
					// the head of a compound word, no place ("the
					// Cusco-Puno road" joins two names).
					i = end
					continue
				}
				bridge := bridgeAround(s, i, end)
				// "Cusco's Plaza de Armas": a town in the possessive is where
				// the square stands, not a word of its name.
				// "the Ilave road", "the Huancané road": a road named after
				// the town it leads to runs there, as a bridge stands in its.
				roadTo := end < len(s) && s[end].is("road", "highway") && !s[end].Cap
				// "at a wake in a Senkata church", "a Cali hospital": after an
				// indefinite article the building is no name of its own but
				// one in the town named before it.
				inTown := i > 0 && s[i-1].is("a", "an") && end < len(s) && !s[end].Cap
				if !bridge && (institutionBefore(s, i) && !roadEnds(s, i, end) || end < len(s) && institutionWords[s[end].Norm] && !possessive(s[end-1]) && !roadTo && !inTown) {
					i = end - 1
					continue
				}
				if campusOf(s, i, name) || institutionList(s, i) {
					i = end - 1
					continue
				}
				if i > 0 && d.afterInstitution(s, i) {
					// "Defensoría del Pueblo de Bolivia": the country names whose
					// institution it is, not where something happened.
					i = end - 1
					continue
				}
				m := placeMention{start: s[i].Start, end: s[i].Start + len(name), name: name, bridge: bridge}
				if !d.resolvePlace(&m, s, i, end) || bridge && !d.bridgeTown(&m) || d.outletInDateline(m) {
					i = end - 1
					continue
				}
				if m.data.Country == "PE" && i >= 1 && localityBefore[s[i-1].Norm] && !s[i-1].Cap && end+1 < len(s) && s[end].is("de", "del") && s[end+1].Cap {
					// "la urbanización San Antonio de Puno": a part of the
					// town after it, named like a district elsewhere.
					i = end - 1
					continue
				}
				if m.data.Level == "city" && m.data.Country != "PE" && d.partOfTownAt(s, i, end) && !chileanCommune(s, i, m.data.Country) {
					m.data.Level = "locality" // "los barrios de … y Senkata": GeoNames has it as a town
					if cc := d.listedPartCountry(s, i); cc != "" && cc != m.data.Country && !worldIn(d.gaz.World(fold.Words(name)), cc) {
						// "in the neighbourhoods of San Roque and La Tola" under
						// QUITO: a part of a town listed with another part is
						// in that part's country, not a homonymous town abroad.
						m.data = PlaceData{Name: m.name, Level: "locality", Country: cc, Role: m.data.Role}
					}
				}
				d.places = append(d.places, m)
				i = end - 1
			}
		}
	}
	d.dropStrayBridges()
	d.pickByNeighbours()
	resolved := make([]bool, len(d.places))
	for k := range d.places {
		m := &d.places[k]
		resolved[k] = true
		if m.dateline {
			// The dateline is read with the evidence of the paragraph it opens.
			for _, p := range d.paras {
				if m.start >= p.Start && m.start < p.End && len(p.sentences) > 0 {
					d.curPara, d.curSent, d.sentReady, d.evidenceReady = p, p.sentences[0], false, false
				}
			}
			m.data.Role = "dateline"
			resolved[k] = d.resolvePlace(m, nil, 0, 0)
		}
	}
	resolved = d.minorDistrictsAbroad(resolved)
	for k := range d.places {
		m := &d.places[k]
		if !resolved[k] {
			continue
		}
		if d.ownerNamedElsewhere(k) {
			continue
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

// minorDistrictsAbroad rereads a name read as a small Peruvian district
// (one that seats no province) in a paragraph whose other places are all
// of one country abroad, its dateline included: "Two persons lost the life
// … in Montero … The commander of Santa Cruz" is Bolivia's Montero, not
// Piura's; a name that country has no place of, after a word for a part
// of a town ("the sector of the Florida" under GUAYAQUIL), is a
// neighbourhood there, and no place for counts either. A Peruvian place
// or a second country abroad in the paragraph leaves the reading as it
// is. It returns resolved for the mentions it keeps.
func (d *doc) minorDistrictsAbroad(resolved []bool) []bool {
	drop := map[int]bool{}
	for k := range d.places {
		m := &d.places[k]
		if !resolved[k] || m.dateline || m.peruPeople || m.data.Country != "PE" || !smallDistrict(m.data) {
			continue
		}
		cc := d.paragraphAbroad(k, resolved)
		if cc == "" {
			continue
		}
		var there *gazetteer.WorldPlace
		for _, w := range d.gaz.World(fold.Words(m.name)) {
			if w.Country == cc && w.Level != "water" {
				there = w
				break
			}
		}
		if there != nil {
			m.data = PlaceData{Name: there.Name, Level: there.Level, Country: there.Country, Department: there.Admin1,
				Latitude: there.Latitude, Longitude: there.Longitude, Role: m.data.Role}
		} else if d.afterLocalityWord(m.start) {
			drop[k] = true
		}
	}
	if len(drop) == 0 {
		return resolved
	}
	var places []placeMention
	var keep []bool
	for k, m := range d.places {
		if !drop[k] {
			places, keep = append(places, m), append(keep, resolved[k])
		}
	}
	d.places = places
	return keep
}

// smallDistrict reports whether every Peruvian reading of a place is a
// district that seats no province.
func smallDistrict(p PlaceData) bool {
	if len(p.Candidates) > 0 {
		for _, c := range p.Candidates {
			if c.Level != "district" || strings.HasSuffix(c.Ubigeo, "01") {
				return false
			}
		}
		return true
	}
	return p.Level == "district" && !strings.HasSuffix(p.Ubigeo, "01")
}

// paragraphAbroad returns the one country abroad of every other place
// below country level in the paragraph of mention k, when there is at
// least one and none is Peru's.
func (d *doc) paragraphAbroad(k int, resolved []bool) string {
	pi := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].End > d.places[k].start })
	if pi == len(d.paras) {
		return ""
	}
	p := d.paras[pi]
	cc, filed := "", ""
	for j, o := range d.places {
		if j == k || !resolved[j] || o.start < p.Start || o.start >= p.End {
			continue
		}
		if o.dateline && o.data.Country != "PE" && o.data.Level != "country" {
			// "MEXICO CITY (Reuters) - … in El Alto and in Cochabamba": a
			// dateline abroad says where the story was filed; the places
			// in its text say where it happened, and only with none does
			// the dateline's country stand for them.
			filed = o.data.Country
			continue
		}
		var ok bool
		if cc, ok = oneAbroad(cc, o); !ok {
			return ""
		}
	}
	if cc == "" {
		return filed
	}
	return cc
}

// oneAbroad adds a place mention to cc, the one country abroad of the
// mentions so far, and reports false when the mention is Peru's or of
// another country; countries and waters are not counted.
func oneAbroad(cc string, m placeMention) (string, bool) {
	switch {
	case m.data.Level == "country" || m.data.Level == "water":
		return cc, true
	case m.data.Country == "PE" || cc != "" && m.data.Country != cc:
		return "", false
	}
	return m.data.Country, true
}

// afterLocalityWord reports whether a word for a part of a town ("sector",
// "barrio", "zone"), perhaps with "of the"/"de la", stands right before
// the byte offset pos.
func (d *doc) afterLocalityWord(pos int) bool {
	words := strings.Fields(strings.ToLower(d.text[max(0, pos-30):pos]))
	for n := len(words) - 1; n >= 0 && n >= len(words)-3; n-- {
		w := fold.Words(words[n])
		if localityBefore[w] {
			return true
		}
		if w != "of" && w != "the" && w != "de" && w != "la" && w != "el" && w != "del" {
			return false
		}
	}
	return false
}

// ownerNamedElsewhere reports whether the place mention k is a country in
// the possessive ("Ecuador's police", "Chile's human rights institute")
// that the text also names plainly, its dateline included: the possessive
// says whose body spoke, and the country is a place claim once. The
// mention stays a place for the counts beside it.
func (d *doc) ownerNamedElsewhere(k int) bool {
	m := d.places[k]
	if m.data.Level != "country" || !strings.HasPrefix(d.text[m.end:], "'s") && !strings.HasPrefix(d.text[m.end:], "’s") {
		return false
	}
	for j, o := range d.places {
		if j != k && o.data.Level == "country" && o.data.Country == m.data.Country &&
			!strings.HasPrefix(d.text[o.end:], "'s") && !strings.HasPrefix(d.text[o.end:], "’s") {
			return true
		}
	}
	return false
}

// pickByNeighbours reads a name Peru has in several provinces as the one
// of the same level in the province, or else the department, of another
// place the paragraph names, the dateline included: "ANDAHUAYLAS.- Comuneros de San
// Jerónimo y Pacucha" is Andahuaylas's San Jerónimo, not Cusco's.
func (d *doc) pickByNeighbours() {
	// Every reading a mention may have: its candidates, or its one place;
	// and the mentions of each paragraph, the dateline's with them.
	readings := make([][]string, len(d.places))
	groups := map[int][]int{}
	for k, m := range d.places {
		if m.data.Country != "PE" || len(m.data.Ubigeo) != 6 {
			continue
		}
		readings[k] = []string{m.data.Ubigeo}
		for _, c := range m.data.Candidates {
			if len(c.Ubigeo) == 6 {
				readings[k] = append(readings[k], c.Ubigeo)
			}
		}
		pi := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].End > m.start })
		groups[pi] = append(groups[pi], k)
	}
	dl := -1
	for k, m := range d.places {
		if m.dateline && readings[k] != nil {
			dl = k
		}
	}
	picks := make([]string, len(d.places))
	for _, group := range groups {
		near := group
		if dl >= 0 {
			near = append(append([]int(nil), group...), dl)
		}
		for _, k := range group {
			picks[k] = d.pickAmong(k, near, readings)
		}
	}
	for k, pick := range picks {
		m := &d.places[k]
		if pick == "" || pick == m.data.Ubigeo {
			continue
		}
		if p, ok := d.gaz.Lookup(pick); ok {
			lat, lon := p.Latitude, p.Longitude
			m.data.Name, m.data.Ubigeo, m.data.Level = p.Name, p.Ubigeo, p.Level.String()
			m.data.Department, m.data.Province, m.data.District = p.Department, p.Province, p.District
			m.data.Latitude, m.data.Longitude = &lat, &lon
		}
	}
}

// pickAmong returns the reading pickByNeighbours gives the mention k among
// the mentions near it, or "" to keep its first.
func (d *doc) pickAmong(k int, near []int, readings [][]string) string {
	m := d.places[k]
	if !m.data.Ambiguous || len(m.data.Candidates) < 2 {
		return ""
	}
	// The first reading stands when it shares a department with the first
	// reading of another place ("In Azángaro … and in Ayaviri").
	for _, j := range near {
		if j != k && d.places[j].data.Name != m.data.Name && readings[j][0][:2] == m.data.Ubigeo[:2] {
			return ""
		}
	}
	// A province shared with any reading of another place, else a
	// department shared with a place named without doubt.
	for _, width := range []int{4, 2} {
		for _, c := range m.data.Candidates {
			if c.Level != m.data.Level || len(c.Ubigeo) != 6 {
				continue
			}
			for _, j := range near {
				o := d.places[j]
				if j == k || o.data.Name == m.data.Name || width == 2 && o.data.Ambiguous {
					continue
				}
				rs := readings[j]
				if width == 2 {
					rs = rs[:1]
				}
				for _, u := range rs {
					if c.Ubigeo[:width] == u[:width] && !strings.HasSuffix(u[:width], "00") {
						return c.Ubigeo
					}
				}
			}
		}
	}
	return ""
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
		if !t.Cap && !particles[t.Norm] && !(t.Norm == "the" && j > i && s[j-1].Norm == "of") {
			break // "of the" only inside a name: MT "Valle of the Cauca"
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
		if len(words) == 1 && functionWords[folded] {
			continue // "Para el dirigente …" opens a sentence; it is not Pará
		}
		if d.gaz.Known(folded) || foreign[folded] != "" || d.gaz.World(folded) != nil {
			best, bestName = j+1, d.text[s[i].Start:tEnd]
		}
		if tEnd != t.End {
			break
		}
	}
	if best > i && best+1 < len(s) && s[best].Kind == tokWord && !s[best].Cap && s[best+1].Kind == tokWord && !s[best+1].Cap {
		// "the Santiago metropolitan region": wire copy writes the common
		// words of a region's name in lower case; a name abroad the
		// gazetteer holds with them is read whole.
		if full := fold.Words(d.text[s[i].Start:s[best+1].End]); d.gaz.World(full) != nil && !d.gaz.Known(full) {
			return best + 2, d.text[s[i].Start:s[best+1].End]
		}
	}
	return best, bestName
}

// functionWords are Spanish words a sentence may open with, capitalised,
// that the world's gazetteer also holds as places ("Para", "Como").
var functionWords = map[string]bool{"para": true, "como": true, "entre": true, "desde": true, "segun": true, "sobre": true,
	"hasta": true, "tras": true, "ante": true, "bajo": true, "contra": true, "durante": true, "pero": true, "aunque": true,
	"cuando": true, "donde": true, "con": true, "sin": true, "por": true, "asi": true, "mientras": true, "luego": true}

var particles = map[string]bool{"de": true, "of": true, "del": true, "la": true, "las": true, "los": true, "y": true, "el": true}

// personName reports whether the capitalised run s[i:end] is part of a
// person's name rather than a place: a title or a capitalised word right
// before it (not at the start of the sentence), or a speech verb right after.
func (d *doc) personName(s []token, i, end int) bool {
	if i > 0 {
		prev := s[i-1]
		if prev.Kind == tokWord && personTitles[prev.Norm] {
			return true
		}
		// (A capitalised preposition opens a sentence after a dateline's
		// dash, "PUNO.- En Juliaca, …": no given name.)
		// (Bogotá's bus terminals are named after the locality they
		// stand in: "el Portal Usme", "Portal Suba".)
		if prev.Kind == tokWord && prev.Cap && !possessive(prev) && i-1 > 0 && !prev.is("san", "santa", "portal") &&
			!prev.is("en", "in", "at", "desde", "from", "near", "cerca", "hacia", "toward", "towards") {
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
		// Unless a preposition of place opens the run and a full name
		// follows it, as when Spanish puts the subject after the verb:
		// "afirmó en Andahuaylas Gloria Cutipa".
		fullName := end+1 < len(s) && s[end+1].Kind == tokWord && s[end+1].Cap && !d.gaz.Known(s[end+1].Norm)
		// So too a title's "of" after the verb: MT "declared the leader
		// of Pastaza Nelson Santi" (not "The mother of Marco Antonio …").
		return !(fullName && end-i == 1 && i > 0 && (s[i-1].is("en", "in", "at", "desde", "from") || s[i-1].is("of", "de") && saidBefore(s, i-1, 4)))
	}
	return false
}

// saidBefore reports whether a verb of speech stands among the n words
// before s[k].
func saidBefore(s []token, k, n int) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if saidVerbs[s[j].Norm] {
			return true
		}
	}
	return false
}

// institutionWords name things that carry a place's name without being
// there: "Universidad de San Marcos", "Hospital Carrión", "Colegio Grau".
// Its prisons and thoroughfares are written in those sets below.
var institutionWords = unionSets(prisons, thoroughfares, map[string]bool{"universidad": true, "university": true,
	"hospital": true, "colegio": true, "college": true, "school": true, "escuela": true, "institute": true,
	"instituto": true, "club": true, "estadio": true, "stadium": true, "puente": true, "bridge": true, "coliseo": true,
	"mercado": true, "market": true, "rio": true, "river": true, "lago": true, "lake": true, "laguna": true,
	"road": true, "palace": true, "palacio": true})

// churches, named after saints ("la iglesia San Francisco de Asís", "the
// San Antonio church"), are institutionWords too, but a capitalised one
// may open a neighbourhood's name: "la urbanización La Capilla de Juliaca"
// is in Juliaca.
var churches = map[string]bool{"iglesia": true, "church": true, "templo": true, "capilla": true, "chapel": true,
	"catedral": true, "cathedral": true, "basilica": true}

func init() {
	for w := range churches {
		institutionWords[w] = true
	}
}

// pluralRange reports whether the one-word name at s[i:end] is a plural
// after a plural or English article in lower case: "the Andes", "los
// Andes", "las Yungas" name a mountain range or a region, no town of that
// name ("Los Andes", with its article capitalised, is the Chilean town).
func pluralRange(s []token, i, end int) bool {
	if end != i+1 || i == 0 {
		return false
	}
	k := i - 1
	if k > 0 && s[k].Kind == tokWord && !s[k].Cap && !s[k].is("the", "los", "las", "de", "of", "in", "en") {
		k-- // "the high Andes", "Peru's southern Andes"
	}
	if !(s[k].is("the", "los", "las") && !s[k].Cap || possessive(s[k]) && k < i-1) {
		return false
	}
	n := s[i].Norm
	if end < len(s) && s[end].Kind == tokWord && !s[end].Cap && (placeKinds[s[end].Norm] || adminUnits[s[end].Norm] ||
		townWords[s[end].Norm] || levelWord(s[end].Norm) || institutionWords[s[end].Norm] || s[end].is("road", "highway")) {
		return false // "the Urcos bridge", "the Quillacollo municipality": the town
	}
	return len(n) > 3 && strings.HasSuffix(n, "s")
}

// compoundHead reports whether the name ending before s[end] is joined,
// with no space, by a hyphen to a word in lower case, other than a
// participle the place qualifies ("the Medellín-based group", "a
// Lima-born activist", "Puno-bound trucks" are still places).
func compoundHead(s []token, end int) bool {
	if !(end > 0 && end+1 < len(s) && s[end].Text == "-" && s[end].Start == s[end-1].End &&
		s[end+1].Start == s[end].End && s[end+1].Kind == tokWord && !s[end+1].Cap) {
		return false
	}
	w := s[end+1].Norm
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "born") && !strings.HasSuffix(w, "bound")
}

// regionAbroadNamed reports whether name is first of all a first-level
// division abroad: "the Guayas", "the province of the Guayas", "el
// Guayas" name Ecuador's province, however plural they look.
func (d *doc) regionAbroadNamed(name string) bool {
	w := d.gaz.World(fold.Words(name))
	return len(w) > 0 && w[0].Level == "admin1"
}

// prisons are the buildings among institutionWords whose name is a town's
// even after "de" in lower case: "la cárcel de San Pedro", "el penal de
// Challapalca" name a prison, not where people were detained.
var prisons = map[string]bool{"prison": true, "jail": true, "carcel": true, "penal": true, "penitentiary": true, "penitenciaria": true}

// thoroughfares are the streets and squares among institutionWords: a
// town after their name ("Plaza de Armas de Yauri") is where they are.
var thoroughfares = map[string]bool{"plaza": true, "plazuela": true, "avenida": true, "avenue": true, "av": true, "calle": true,
	"street": true, "jiron": true, "jr": true, "square": true, "parque": true, "park": true, "ovalo": true, "pasaje": true}

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
	// "la capilla de San Francisco de Asís": a church after "de" is named
	// after a saint, not located in a town.
	saint := s[i].is("san", "santa", "santo", "nuestra", "virgen")
	return k >= 0 && institutionWords[s[k].Norm] && (s[k].Cap && !churches[s[k].Norm] || prisons[s[k].Norm] || churches[s[k].Norm] && saint)
}

// campusOf reports whether the name at s[i] is a university's, after
// "the university city of", "la ciudad universitaria de" or "the campus
// of": "la ciudad universitaria de San Marcos" is Lima's campus, not the
// province of Cajamarca nor a town abroad, while "la ciudad universitaria
// de Puno" is the campus in Puno.
func campusOf(s []token, i int, name string) bool {
	if !universityNames[fold.Words(name)] || i < 2 || !s[i-1].is("of", "de") {
		return false
	}
	k := i - 2
	return s[k].is("campus") || k >= 1 && (s[k].is("city") && s[k-1].is("university") || s[k].is("universitaria") && s[k-1].is("ciudad"))
}

// institutionList reports whether the name at s[i] is in a list of
// buildings a plural word opens: "the hospitals Loayza and Dos de Mayo",
// "los hospitales Carrión y Honorio Delgado", "las avenidas Abancay y
// Nicolás de Piérola".
func institutionList(s []token, i int) bool {
	if i > 0 && s[i-1].is("de", "del", "of") {
		return false // "el hospital Carlos Monge Medrano de Juliaca": where it stands
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch {
		case institutionPlurals[s[k].Norm] && !s[k].Cap:
			return true
		case s[k].Kind == tokWord && s[k].Cap || listJoiner(s[k]) || particles[s[k].Norm] && k > 0 && s[k-1].Cap:
			// a particle only inside a name ("Dos de Mayo"), not "los
			// hospitales de Ayacucho", which is in Ayacucho
		default:
			return false
		}
	}
	return false
}

// institutionPlurals open lists of buildings and streets named as such.
var institutionPlurals = map[string]bool{"hospitals": true, "hospitales": true, "universities": true, "universidades": true,
	"colegios": true, "schools": true, "avenidas": true, "avenues": true, "calles": true, "streets": true,
	"puentes": true, "bridges": true, "plazas": true, "squares": true, "mercados": true, "markets": true, "clinicas": true, "clinics": true}

// universityNames are the universities of the protest regions known by a
// saint's or a place's name that a district or a town abroad also has.
var universityNames = map[string]bool{"san marcos": true, "san agustin": true, "san antonio abad": true,
	"san cristobal de huamanga": true, "la cantuta": true, "san simon": true, "san andres": true,
	"san francisco xavier": true, "del valle": true}

// roadEnds reports whether the name s[i:end], right after a road word, is
// the first of the two towns a dash joins: "the road Juliaca–Puno", "la
// carretera Puno-Moquegua" name where the road runs, not the road.
func roadEnds(s []token, i, end int) bool {
	return i > 0 && s[i-1].is("road", "highway", "carretera", "via", "ruta", "route") && end+1 < len(s) &&
		(s[end].Text == "-" || s[end].Text == "–") && s[end+1].Cap
}

// bridgeAround reports whether the name s[i:end] names a bridge right
// before or after it: "el puente Ilave", "the bridge Ramis", "the Urcos
// bridge" (not "el Puente de Piedra", a name of its own).
func bridgeAround(s []token, i, end int) bool {
	return i > 0 && s[i-1].is("puente", "bridge") && !s[i-1].Cap || end < len(s) && s[end].is("bridge", "bridges")
}

// bridgeTown keeps a bridge's name as a place when it is the name of one
// district of Peru, read as that district: bridges are named after the
// town they stand in, or after a person ("el puente Bolognesi", "the Grau
// bridge"), whom a province of the same name does not make a place.
func (d *doc) bridgeTown(m *placeMention) bool {
	if m.data.Country != "PE" && m.data.Country != "" && d.gaz.IsPartOfTown(m.name, m.data.Country) {
		// A zone abroad the gazetteer lists inside its town ("the Huayllani
		// bridge" of Sacaba): a bridge there is named after the zone it
		// spans, as a Peruvian one after its district, and is read as
		// that locality, as the text's own cue reads an unlisted zone.
		m.data.Level = "locality"
		return true
	}
	if m.data.Country != "PE" || m.data.Ubigeo == "" {
		return false
	}
	if m.data.Level == "district" && !m.data.Ambiguous {
		return true
	}
	// Of a name many districts share ("el puente Santa Rosa") no one
	// district can be told: a person's name as likely as a town's.
	var only *PlaceCandidate
	for k, c := range m.data.Candidates {
		if c.Level == "district" {
			if only != nil {
				return false
			}
			only = &m.data.Candidates[k]
		}
	}
	if only == nil {
		return false
	}
	m.data = d.districtReading(m.data, *only)
	return true
}

// districtReading is a place read as its district candidate c.
func (d *doc) districtReading(pd PlaceData, c PlaceCandidate) PlaceData {
	for _, g := range d.gaz.Resolve(c.Name) {
		if g.Place.Ubigeo == c.Ubigeo {
			lat, lon := g.Place.Latitude, g.Place.Longitude
			return PlaceData{Name: g.Place.Name, Ubigeo: g.Place.Ubigeo, Level: g.Place.Level.String(), Country: "PE",
				Department: g.Place.Department, Province: g.Place.Province, District: g.Place.District,
				Latitude: &lat, Longitude: &lon, Role: pd.Role}
		}
	}
	return pd
}

// dropStrayBridges drops a bridge read as a town of another department
// than all the paragraph's other places of Peru: "el puente Bolognesi" in
// Arequipa is no bridge of Bolognesi, in Áncash.
func (d *doc) dropStrayBridges() {
	kept := d.places[:0]
	for _, m := range d.places {
		if m.bridge && m.data.Country == "PE" && d.strayBridge(m) { // a zone's bridge abroad (bridgeTown) is no district
			continue
		}
		kept = append(kept, m)
	}
	d.places = kept
}

func (d *doc) strayBridge(b placeMention) bool {
	// Stray when no other place of Peru in the paragraph lies in its
	// department: one road's far end ("the road Cusco-Puno, at the bridge
	// Checacupe") does not make it stray.
	other, same := false, false
	for _, p := range d.paras {
		if b.start < p.Start || b.start >= p.End {
			continue
		}
		for _, m := range d.places {
			if m.bridge || m.start < p.Start || m.start >= p.End {
				continue
			}
			u := m.data.Ubigeo
			if m.dateline {
				if cands := d.gaz.Resolve(m.name); len(cands) > 0 {
					u = cands[0].Place.Ubigeo
				}
			}
			if len(u) >= 2 {
				other = true
				same = same || u[:2] == b.data.Ubigeo[:2]
			}
		}
	}
	return other && !same
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
	if m.data.Level == "water" {
		return true
	}
	cands := d.gaz.Resolve(m.name)
	if w := d.worldReading(m, s, i, end, cands); w != nil {
		role := m.data.Role
		if role == "" {
			role = "mention"
		}
		name := m.name
		if fold.Words(name) != fold.Words(w.Name) {
			name = w.Name // an alias ("the Metropolitan Region") reads as the table's name
		}
		m.data = PlaceData{Name: name, Level: w.Level, Country: w.Country, Department: w.Admin1,
			Latitude: w.Latitude, Longitude: w.Longitude, Role: role}
		return true
	}
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

// worldReading returns the reading beyond Peru of a name, when there is
// one and the text supports it: the country written right after it
// ("Santiago, Chile"), or, for a name Peru shares, the country named
// elsewhere in the text; a name only known abroad needs no more, unless it
// opens a sentence (where any word is capitalised).
func (d *doc) worldReading(m *placeMention, s []token, i, end int, cands []gazetteer.Candidate) *gazetteer.WorldPlace {
	world := d.gaz.World(fold.Words(m.name))
	if len(world) == 0 {
		return nil
	}
	peruvian := len(cands) > 0
	forced := ""
	if s != nil && inForeignCountry(s, end) {
		forced = foreignPlace(s[end+1].Text)
	}
	for _, w := range world {
		if w.Country == forced {
			return w
		}
	}
	datelinePeru := d.dateline != nil && d.dateline.peru && (m.dateline || fold.Words(m.name) == fold.Words(d.dateline.Place))
	if peruvian && (datelinePeru || s != nil && end+1 < len(s) && s[end].is(",", "(") && peruWord(s[end+1].Text)) {
		// "DESAGUADERO, Peru (Reuters) -", "Desaguadero, Perú": the country
		// written after a name Peru shares with a town abroad chooses it,
		// as "Santiago, Chile" chooses Chile's, whatever else the story names;
		// the dateline's name said again in the text ("blocked the
		// Desaguadero bridge to Bolivia") means what the dateline means.
		return nil
	}
	if s != nil && peruvian && d.noPeruvianCity(cands) && cityWordBefore(s, i) {
		// "In the city of Cochabamba", "the municipality of Montero": Peru
		// has only small districts of the name, which no one calls so.
		for _, w := range world {
			if w.Level == "city" {
				return w
			}
		}
		return world[0]
	}
	if !d.sentReady {
		d.sentCountries, d.sentReady = d.sentenceCountries(d.curSent, max(d.gaz.MaxNameWords(), d.gaz.MaxWorldWords())), true
	}
	if !d.evidenceReady {
		d.paraCountry, d.evidenceReady = d.paragraphCountry(d.curPara), true
	}
	if s != nil && peruvian && d.peruPeopleNearer(s, i, world) {
		m.peruPeople = true
		// "at the Desaguadero border crossing, which Peruvian protesters
		// have blocked" under "LA PAZ, Bolivia": Peru's people named
		// nearer a name Peru shares than any sign of the country abroad
		// choose Peru's town, whatever the dateline.
		return nil
	}
	// A name Peru shares needs its foreign country in the same sentence
	// (named, its people, or another place only it has, within a few words)
	// or in the dateline:
	// a border town is Peru's even in a story that names Bolivia.
	for _, w := range world {
		if d.datelineCountry == w.Country {
			return w
		}
		for _, k := range d.sentCountries[w.Country] {
			if k != i && abs(k-i) <= 8 {
				return w
			}
		}
	}
	if prev, ok := d.namedBefore(m); ok {
		// "in the districts of Santiago and Wanchaq, 30 of them in
		// Santiago": a name said again means what it meant.
		if prev.Country == "PE" {
			return nil
		}
		for _, w := range world {
			if w.Country == prev.Country {
				return w
			}
		}
	}
	if peruvian && d.paraCountry != "" {
		for _, w := range world {
			if w.Country == d.paraCountry {
				return w
			}
		}
	}
	if cc := d.abroadAfter(m.start); peruvian && m.dateline && cc != "" {
		// "SANTA CRUZ.- … entre Montero y Warnes": a dateline Peru shares
		// opens a story whose places are all of one country abroad.
		for _, w := range world {
			if w.Country == cc {
				return w
			}
		}
	}
	if s != nil && peruvian && unitAbroad(s, i, end, cands, gazetteer.LevelDepartment) {
		// "el departamento de Santa Cruz", "the department of Cochabamba":
		// Peru has no department of the name, the country abroad has. The
		// word fits the countries whose first units are so called: Bolivia's
		// department of Santa Cruz, not Argentina's province.
		var first *gazetteer.WorldPlace
		for _, w := range world {
			if w.Level != "admin1" {
				continue
			}
			if first == nil {
				first = w
			}
			if k := levelWordAt(s, i, end); k < len(s) && unitFits(w.Country, s[k].Norm) || d.countries[w.Country] {
				return w
			}
		}
		if first != nil {
			return first
		}
	}
	if s != nil && peruvian && unitAbroad(s, i, end, cands, gazetteer.LevelProvince) && !unitAbroad(s, i, end, cands, gazetteer.LevelDepartment) {
		// "the province of Pastaza": Peru has only a district of the name;
		// Ecuador's provinces are its first units, Bolivia's and Chile's
		// its second.
		for _, w := range world {
			if w.Level == "admin1" && w.Country == "EC" || w.Level == "admin2" && (w.Country == "BO" || w.Country == "CL") {
				return w
			}
		}
	}
	if cc := d.abroadSoFar(m.start); peruvian && cc != "" {
		// "La Paz registró … en la ciudad de El Alto": the places read so
		// far in the paragraph are all in one country abroad.
		for _, w := range world {
			if w.Country == cc {
				return w
			}
		}
	}
	// A region abroad outweighs Peruvian districts and provinces of its
	// name ("Santiago", "Cochabamba", "the unrest in Santa Cruz") unless
	// the text calls it a district or province or names its Peruvian
	// region after it; a neighbour's region before another's.
	peruvianAfter := s != nil && end+1 < len(s) && (s[end].Text == "," || s[end].Text == "(") && d.gaz.Known(s[end+1].Norm) && d.gaz.World(s[end+1].Norm) == nil
	if peruvian && regionAbroad(world, cands) && !(s != nil && hasLevelHint(s, i, end)) && !peruvianAfter {
		var regions []*gazetteer.WorldPlace
		for _, w := range world {
			if w.Level == "admin1" {
				regions = append(regions, w)
			}
		}
		return d.neighbourFirst(regions, d.curPara.toks)
	}
	// A sentence's first word is capitalised whatever it is: only a name
	// one country has, of five letters or more, is read as a place there.
	// A town of a region the paragraph names is a place there all the
	// same ("… en el Valle del Cauca. Cali concentra la mayoría").
	opening := s != nil && i == 0 && !m.dateline && world[0].Level != "admin1" &&
		(len(d.gaz.WorldCountries(fold.Words(m.name))) > 1 || len([]rune(m.name)) < 5) &&
		!inNamedRegion(world, d.curPara.toks)
	if opening && !peruvian && forced == "" && d.paraCountry != "" {
		// "Cali concentra el mayor número de homicidios" in a paragraph
		// whose bodies or places are Colombia's: that country's town.
		for _, w := range world {
			if w.Country == d.paraCountry && w.Level == "city" {
				return w
			}
		}
	}
	if peruvian || forced != "" || opening {
		return nil
	}
	for _, w := range world {
		if d.countries[w.Country] {
			return w
		}
	}
	return regionNamed(world, d.curPara.toks)
}

// namedBefore returns the reading of the same name read earlier in the
// paragraph (not the dateline, which is read last).
func (d *doc) namedBefore(m *placeMention) (PlaceData, bool) {
	name := fold.Words(m.name)
	for k := len(d.places) - 1; k >= 0; k-- {
		o := d.places[k]
		if o.start < d.curPara.Start || o.start >= m.start {
			break
		}
		if !o.dateline && o.data.Country != "" && fold.Words(o.name) == name {
			return o.data, true
		}
	}
	return PlaceData{}, false
}

// regionNamed returns the reading of a name several countries have whose
// region the paragraph names, else the first: "TENA.- … la vía Tena-Puyo,
// en la provincia de Napo" is Ecuador's Tena, not Colombia's.
func regionNamed(world []*gazetteer.WorldPlace, toks []token) *gazetteer.WorldPlace {
	for _, w := range world {
		if w.Country != world[0].Country && w.Admin1 != "" && fold.Words(w.Admin1) != fold.Words(w.Name) && namedIn(toks, fold.Words(w.Admin1)) {
			return w
		}
	}
	return world[0]
}

// inNamedRegion reports whether one reading of a town abroad lies in a
// region that toks name.
func inNamedRegion(world []*gazetteer.WorldPlace, toks []token) bool {
	for _, w := range world {
		if w.Level == "city" && w.Admin1 != "" && fold.Words(w.Admin1) != fold.Words(w.Name) && namedIn(toks, fold.Words(w.Admin1)) {
			return true
		}
	}
	return false
}

// namedIn reports whether the folded words of name stand in toks.
func namedIn(toks []token, name string) bool {
	words := strings.Fields(name)
	for i := 0; i+len(words) <= len(toks); i++ {
		k := 0
		for k < len(words) && toks[i+k].Norm == words[k] {
			k++
		}
		if k == len(words) {
			return true
		}
	}
	return false
}

// abroadSoFar returns the country of the places below country level read
// before pos in the current paragraph, when they are all of one country
// abroad.
func (d *doc) abroadSoFar(pos int) string {
	cc := ""
	for k := len(d.places) - 1; k >= 0; k-- {
		m := d.places[k]
		if m.start < d.curPara.Start {
			break
		}
		if m.start >= pos || m.dateline && !neighbourOrPeru(m.data.Country) {
			// "WASHINGTON (Reuters) - … visited La Paz, El Alto and
			// Cochabamba": a dateline far from the five countries is
			// where a body's statement was filed, not a place of the story.
			continue
		}
		var ok bool
		if cc, ok = oneAbroad(cc, m); !ok {
			return ""
		}
	}
	return cc
}

// neighbourOrPeru reports whether cc is Peru or a neighbour whose towns the
// gazetteer lists, where the stories happen.
func neighbourOrPeru(cc string) bool {
	switch cc {
	case "PE", "BO", "CL", "EC", "CO":
		return true
	}
	return false
}

// abroadAfter returns the country of the places below country level read
// after pos in the current paragraph, when they are all of one country
// abroad.
func (d *doc) abroadAfter(pos int) string {
	cc := ""
	for _, m := range d.places {
		if m.start <= pos || m.start < d.curPara.Start || m.start >= d.curPara.End {
			continue
		}
		var ok bool
		if cc, ok = oneAbroad(cc, m); !ok {
			return ""
		}
	}
	return cc
}

// unitFits reports whether a country abroad calls its first-level units
// by the level word w: departments in Bolivia, Colombia, Paraguay and
// Uruguay, regions in Chile.
func unitFits(cc, w string) bool {
	switch cc {
	case "BO", "CO", "PY", "UY":
		return w == "department" || w == "departamento"
	case "CL":
		return w == "region"
	}
	return false
}

// levelWordAt returns where the level word of the name s[i:end] stands:
// before it ("departamento de", "region") or after it ("Cochabamba
// department").
func levelWordAt(s []token, i, end int) int {
	switch {
	case i >= 2 && s[i-1].is("of", "de", "del") && levelWord(s[i-2].Norm):
		return i - 2
	case i >= 1 && levelWord(s[i-1].Norm):
		return i - 1
	}
	return end
}

// unitAbroad reports whether the name s[i:end] is called a unit of level
// want ("el departamento de Santa Cruz", "Cochabamba department", "the
// province of Pastaza") while Peru has no unit of that name at that level
// or above.
func unitAbroad(s []token, i, end int, cands []gazetteer.Candidate, want gazetteer.Level) bool {
	if lvl, ok := levelHint(s, i, end); !ok || lvl != want {
		return false
	}
	for _, c := range cands {
		if c.Place.Level == want || c.Place.Level == gazetteer.LevelDepartment {
			return false
		}
	}
	return true
}

// nameTail reports whether s[i] follows a capitalised word that is not a
// preposition: the surname of "Marcelo Quiroga", not a town named alone.
func nameTail(s []token, i int) bool {
	return i > 0 && s[i-1].Kind == tokWord && s[i-1].Cap && !s[i-1].is("in", "en", "at", "from", "de", "desde", "a", "to", "near", "cerca")
}

// nameHead reports whether s[i] opens a run of capitalised words that
// names no place: the given name of "César Cervantes", not Colombia's Cesar.
func (d *doc) nameHead(s []token, i int) bool {
	return i+1 < len(s) && s[i+1].Kind == tokWord && s[i+1].Cap && !d.worldNameAt(s, i+1) &&
		d.gaz.World(s[i].Norm+" "+s[i+1].Norm) == nil && !d.gaz.Known(s[i+1].Norm)
}

// paragraphCountry returns the one foreign country a paragraph names (not
// as a neighbour: "frontera con Bolivia") when it names no place only Peru
// has; names Peru shares are then read as that country's.
func (d *doc) paragraphCountry(p paragraph) string {
	country := ""
	// Bodies of one country name it too: "Carabineros", "the INDH".
	for _, a := range d.actorsIn(p.span) {
		if iso := actorCountry[a.data.Name]; iso != "" {
			if country != "" && country != iso {
				return ""
			}
			country = iso
		}
	}
	for _, s := range p.sentences {
		for i, t := range s {
			if iso := countryWordAt(s, i); iso != "" {
				if country != "" && country != iso {
					return ""
				}
				country = iso
				continue
			}
			if t.Kind != tokWord || !t.Cap {
				continue
			}
			w := t.Norm
			if possessive(t) {
				w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			}
			if iso := foreign[w]; iso != "" && !neighbourBefore(s, i) && !siteNamedAfter(s, i) {
				if country != "" && country != iso {
					return ""
				}
				country = iso
			} else if d.peruOnlyAt(s, i, w) || w == "peru" && !neighbourBefore(s, i) {
				// A place only Peru has, or Peru itself ("the bridge that
				// unites Peru and Bolivia"): no one country abroad.
				return ""
			} else if cc, ok := d.gaz.OneCountry(w); ok && country == "" && !d.gaz.Known(w) && !nameTail(s, i) && !d.nameHead(s, i) {
				country = cc // "In Quito, …": a place only Ecuador has
			}
		}
	}
	return country
}

// peruOnlyAt reports whether the capitalised word s[i], folded as w, is a
// place only Peru has ("Pichanaqui"), not the first word of a sentence
// nor a word opening a name abroad ("Santa" of "Santa Cruz").
func (d *doc) peruOnlyAt(s []token, i int, w string) bool {
	return d.gaz.Known(w) && d.gaz.World(w) == nil && w != "peru" && i > 0 && !d.worldNameAt(s, i)
}

// namesPeruOnly reports whether paragraph p names, after the offset from
// and after "in"/"en", a place only Peru has ("in Pichanaqui"; not "padre
// Walter Marca", a surname Peru has a district of).
func (d *doc) namesPeruOnly(p paragraph, from int) bool {
	for _, s := range p.sentences {
		for i, t := range s {
			if t.Kind == tokWord && t.Cap && t.Start >= from && i > 0 && s[i-1].is("in", "en") && d.peruOnlyAt(s, i, t.Norm) {
				return true
			}
		}
	}
	return false
}

// countryWordAt returns the country a word at s[i] belongs to, for words
// that are no place: Concepción's demonym "penquista" and the name of
// Chile's regional health services, "Servicio de Salud Concepción", MT
// "the Service of Health Concepción" (Peru's are Redes de Salud, Bolivia's
// "Servicio Departamental de Salud").
func countryWordAt(s []token, i int) string {
	if s[i].is("penquista", "penquistas") {
		return "CL"
	}
	if i+3 < len(s) && s[i].is("servicio", "service") && s[i].Cap && s[i+1].is("de", "of") && s[i+2].is("salud", "health") && s[i+3].Cap {
		return "CL"
	}
	return ""
}

// actorCountry are the bodies that belong to one foreign country.
var actorCountry = map[string]string{"Instituto Nacional de Derechos Humanos": "CL", "Carabineros de Chile": "CL", "Defensoría de la Niñez": "CL",
	"Policía Boliviana": "BO", "Policía Nacional del Ecuador": "EC", "Policía Nacional de Colombia": "CO", "Esmad": "CO", "Indepaz": "CO", "Temblores": "CO", "Conaie": "EC"}

// borderWords before a country name make it a neighbour, not where the
// sentence is: "on the border with Bolivia", "frontera con Chile".
var borderWords = map[string]bool{"border": true, "frontera": true, "limite": true, "borders": true, "limita": true}

// neighbourBefore reports whether a border word stands two or three words
// before s[i]: "the border with Bolivia", "the border crossing with Chile".
func neighbourBefore(s []token, i int) bool {
	return i >= 2 && (borderWords[s[i-2].Norm] || i >= 3 && borderWords[s[i-3].Norm])
}

// pairedWithPeru reports whether the country at s[i] is joined to Peru
// ("unites Peru with Bolivia", "entre Perú y Bolivia", "Bolivia and
// Peru"): the two name a link or a border, not where the sentence is.
func pairedWithPeru(s []token, i int) bool {
	joined := func(t token) bool { return t.is("and", "y", "with", "con", "-", "–") }
	return i >= 2 && joined(s[i-1]) && s[i-2].Norm == "peru" || i+2 < len(s) && joined(s[i+1]) && s[i+2].Norm == "peru"
}

// siteNamedAfter reports whether the word s[i] follows a site or building
// word, as a country's name does in "el Parque Ecuador" of Concepción or
// "el hospital México" of Cochabamba: the site stands elsewhere, so the
// country is no evidence of where the story is.
func siteNamedAfter(s []token, i int) bool {
	return i > 0 && institutionWords[s[i-1].Norm]
}

// sentenceCountries returns the foreign countries a sentence names, its
// people ("boliviano") and the countries of the places in it that only
// one foreign country has.
func (d *doc) sentenceCountries(s []token, maxWords int) map[string][]int {
	out := map[string][]int{}
	for i, t := range s {
		if t.Kind != tokWord {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.Norm, "'s"), "’s")
		if iso := foreign[w]; iso != "" && t.Cap && !neighbourBefore(s, i) && !siteNamedAfter(s, i) && !pairedWithPeru(s, i) {
			out[iso] = append(out[iso], i)
		} else if iso := demonyms[w]; iso != "" && (!t.Cap || englishDemonym(w)) {
			out[iso] = append(out[iso], i)
		}
		if t.Cap && i > 0 && d.gaz.WorldFirstWord(t.Norm) && !d.personName(s, i, i+1) {
			// (A surname is no place: "said expert Patricia Tappatá Valdez
			// in La Paz" names no Ecuadorian town.)
			f := ""
			for j := i; j < len(s) && j < i+maxWords && s[j].Kind == tokWord; j++ {
				if j > i {
					f += " "
				}
				f += s[j].Norm
				if w := d.gaz.World(f); len(w) > 0 && !d.gaz.Known(f) && (w[0].Level == "admin1" || len(d.gaz.WorldCountries(f)) == 1) {
					out[w[0].Country] = append(out[w[0].Country], i)
				}
			}
		}
	}
	return out
}

// peruPeopleNearer reports whether Peru's people ("Peruvian protesters",
// "manifestantes peruanos") are named within a few words of s[i], nearer
// than any sign in the sentence of the countries abroad that share its name.
func (d *doc) peruPeopleNearer(s []token, i int, world []*gazetteer.WorldPlace) bool {
	near := -1
	for k := max(0, i-8); k < len(s) && k <= i+8; k++ {
		// (The adjective only: "200 Peruvians crossed the lake" to Kasani
		// and Desaguadero names people who went abroad.)
		if s[k].is("peruvian") || !s[k].Cap && s[k].is("peruano", "peruana", "peruanos", "peruanas") {
			if near < 0 || abs(k-i) < near {
				near = abs(k - i)
			}
		}
	}
	if near < 0 {
		return false
	}
	if !d.sentReady {
		d.sentCountries, d.sentReady = d.sentenceCountries(d.curSent, max(d.gaz.MaxNameWords(), d.gaz.MaxWorldWords())), true
	}
	for _, w := range world {
		for _, k := range d.sentCountries[w.Country] {
			if k != i && abs(k-i) <= near {
				return false
			}
		}
	}
	return true
}

// englishDemonym reports whether a people's word is English ("Bolivian"),
// which is written capitalised; a capitalised Spanish one ("Boliviana")
// is more often part of a name.
func englishDemonym(w string) bool {
	return !strings.HasSuffix(w, "o") && !strings.HasSuffix(w, "a") && !strings.HasSuffix(w, "os") && !strings.HasSuffix(w, "as")
}

// regionAbroad reports whether a name is a first-level region abroad and
// no region of Peru: "Santa Cruz", "Cochabamba", not "Cajamarca".
func regionAbroad(world []*gazetteer.WorldPlace, cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Place.Level == gazetteer.LevelDepartment {
			return false
		}
	}
	for _, w := range world {
		if w.Level == "admin1" {
			return true
		}
	}
	return false
}

// neighbourFirst is the reading of a name abroad in a country the text
// names ("SUCRE.- … la Defensoría del Pueblo de Bolivia"), else
// regionNamed's among those of the neighbours whose towns the gazetteer
// lists (Bolivia, Chile, Ecuador, Colombia) when it has one: "SANTA
// CRUZ.-" is Bolivia's before Argentina's province.
func (d *doc) neighbourFirst(world []*gazetteer.WorldPlace, toks []token) *gazetteer.WorldPlace {
	for _, w := range world {
		if d.countries[w.Country] {
			return w
		}
	}
	var near []*gazetteer.WorldPlace
	for _, w := range world {
		switch w.Country {
		case "BO", "CL", "EC", "CO":
			near = append(near, w)
		}
	}
	if len(near) == 0 {
		return regionNamed(world, toks)
	}
	return regionNamed(near, toks)
}

// minorDistricts reports whether every Peruvian reading of a name is a
// district that seats no province.
func minorDistricts(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Place.Level != gazetteer.LevelDistrict || strings.HasSuffix(c.Place.Ubigeo, "01") {
			return false
		}
	}
	return true
}

// noPeruvianCity reports whether no Peruvian reading of a name is a town:
// each is a district that seats no province, or a province or department
// whose seat bears another name ("the city of Sucre": Peru's Sucre
// province is seated at Querobamba).
func (d *doc) noPeruvianCity(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		seat := ""
		switch c.Place.Level {
		case gazetteer.LevelDistrict:
			if strings.HasSuffix(c.Place.Ubigeo, "01") {
				return false
			}
			continue
		case gazetteer.LevelProvince:
			seat = c.Place.Ubigeo[:4] + "01"
		default:
			seat = c.Place.Ubigeo[:2] + "0101"
		}
		if p, ok := d.gaz.Lookup(seat); !ok || fold.Words(p.Name) == fold.Words(c.Place.Name) {
			return false
		}
	}
	return true
}

func hasLevelHint(s []token, i, end int) bool {
	_, ok := levelHint(s, i, end)
	return ok || i >= 2 && s[i-1].is("de", "of") && levelWord(s[i-2].Norm)
}

// localityWords name a part of a town before its name ("sector de",
// "barrio", "zone of") or after it ("neighbourhood").
// localityBefore holds all of localityAfter ("neighbourhood", "locality").
var localityBefore = unionSets(localityAfter, map[string]bool{"sector": true, "barrio": true, "zona": true,
	"comuna": true, "zone": true, "urbanizacion": true, "asentamiento": true,
	"sectores": true, "barrios": true, "zonas": true, "comunas": true, "sectors": true, "zones": true,
	"urbanizaciones": true, "asentamientos": true,
	"localidad": true, "localidades": true, // Bogotá's boroughs
	"corregimiento": true, "corregimientos": true, // Colombia's rural parts of a municipality
	"resistencia": true, "resistance": true, // Colombia 2021's "punto de resistencia de Puerto Rellena": a blockade named by its place
	"bloqueo": true}) // "los puntos de bloqueo de Calipso y Meléndez", as a point of resistance
// areaWords before a locality word make it an area of the town named
// after it, not a part named so: "the rural zone of Tumaco".
var areaWords = map[string]bool{"rural": true, "urban": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "industrial": true, "outlying": true}

var localityAfter = map[string]bool{"neighbourhood": true, "neighborhood": true, "neighbourhoods": true, "neighborhoods": true,
	"locality": true, "localities": true} // "the Suba and Engativá localities of Bogotá"

// townWords before "of"/"de" name a town: "near the town of Ivirgarzama",
// "el municipio de Colomi".
var townWords = map[string]bool{"town": true, "village": true, "municipality": true, "municipio": true, "pueblo": true,
	"poblado": true, "township": true, "parroquia": true, "parish": true, // Ecuador's parishes are its small towns
	"commune": true} // Chile's communes are its municipalities: "in the commune of Pudahuel"

// adminUnits name a country's units abroad, larger than a town: a place
// after one ("en el municipio de Sacaba", "of the canton Latacunga", "in
// the region of La Araucanía") holds the town named before it.
var adminUnits = map[string]bool{"municipality": true, "municipio": true, "canton": true, "comuna": true, "commune": true,
	"province": true, "provincia": true, "region": true, "department": true, "departamento": true, "state": true, "estado": true}

// unitBetween reports whether a unit word stands in s[a:b]: "Tanicuchí, of
// the canton Latacunga".
func unitBetween(s []token, a, b int) bool {
	for k := a; k < b && k < len(s); k++ {
		if adminUnits[s[k].Norm] && !s[k].Cap {
			return true
		}
	}
	return false
}

// cityWordBefore reports whether "the city of", "la ciudad de", "the
// municipality of" or "el municipio de" stands before s[i].
func cityWordBefore(s []token, i int) bool {
	return i >= 2 && s[i-1].is("of", "de") && s[i-2].is("city", "ciudad", "municipality", "municipio") && !s[i-2].Cap
}

// unitCountry returns the country abroad whose first-level unit is named
// after "in the department of", "en la región de" at s[k]: "Parotani, in
// the department of Cochabamba" is in Bolivia, whose departments are so
// called, even where Peru has a district of the name.
func (d *doc) unitCountry(s []token, k int) string {
	n := unitAt(s, k)
	if n < 0 {
		return ""
	}
	word := s[n-1].Norm
	if s[n-1].is("de", "del", "of") {
		word = s[n-2].Norm
	}
	for e := n + 1; e <= len(s) && e <= n+3 && s[e-1].Cap; e++ {
		for _, w := range d.gaz.World(fold.Words(d.text[s[n].Start:s[e-1].End])) {
			if w.Level == "admin1" && unitFits(w.Country, word) {
				return w.Country
			}
		}
	}
	return ""
}

// unitAt returns the token after "en el municipio de", "in the canton",
// "in the province of" starting at s[k] (the preposition), or -1.
func unitAt(s []token, k int) int {
	if k >= len(s) || !s[k].is("en", "in", "of", "de", "del") {
		return -1
	}
	k++
	if k < len(s) && s[k].is("el", "la", "the") {
		k++
	}
	if k >= len(s) || !adminUnits[s[k].Norm] || s[k].Cap {
		return -1
	}
	k++
	if k < len(s) && s[k].is("de", "del", "of") {
		k++
	}
	return k
}

// localityAt reads a name the gazetteers lack as a part of a town of the
// country the text is about abroad; in Peru such parts have no UBIGEO of
// their own and are left to the town.
func (d *doc) localityAt(s []token, i int) (end int, name, iso, level string, ok bool) {
	if dateTriggers[possessiveBase(s[i].Norm)] || bearings[s[i].Norm] || s[i].is("the") {
		// "From the 3 of October, in the province of Cotopaxi", "la zona
		// Sur de La Paz": a month or a bearing is no part of a town; the
		// town after it is the place, as after "Wednesday's clashes in
		// Montero". Nor is a sentence's opening "The" ("The Cali
		// neighbourhood of Siloé"): the name starts after it.
		return 0, "", "", "", false
	}
	run := i
	for run < len(s) && run < i+3 && s[run].Kind == tokWord && s[run].Cap {
		run++
	}
	if i >= 1 && s[i-1].is("poblacion") && run+1 < len(s) && s[run].is("de") && s[run+1].Kind == tokWord && s[run+1].Cap {
		run += 2 // "la población Bajos de Mena": one name
	}
	for k := i; k < run; k++ {
		if roadWord(s[k]) {
			return 0, "", "", "", false // "el sector de La Variante": a road, not a place
		}
	}
	if s[i].is("plaza", "parque") {
		return 0, "", "", "", false // "en Plaza Italia": a square is no place mention (round 31)
	}
	// MT "the parish Juan Montalvo", "la parroquia Tumbaco": Ecuador's
	// parishes are its small towns (in Peru a parroquia is a church).
	parish := i >= 1 && s[i-1].is("parish", "parroquia") && !s[i-1].Cap
	town := i >= 2 && s[i-1].is("of", "de") && townWords[s[i-2].Norm] && !s[i-2].Cap || parish
	if e, again, ok := d.localityBefore(s, i, run); ok {
		// "the neighborhoods of Siloé … Residents of Siloé said": a part
		// of a town read once is read so again in its paragraph.
		return e, again.name, again.data.Country, again.data.Level, true
	}
	if !town && !d.partOfTownAt(s, i, run) && !d.besideTownAbroad(s, i, run) {
		return 0, "", "", "", false
	}
	if !d.sentReady {
		d.sentCountries, d.sentReady = d.sentenceCountries(d.curSent, max(d.gaz.MaxNameWords(), d.gaz.MaxWorldWords())), true
	}
	if !d.evidenceReady {
		d.paraCountry, d.evidenceReady = d.paragraphCountry(d.curPara), true
	}
	iso = d.paraCountry
	if iso == "" {
		iso = d.datelineCountry
	}
	if iso == "" {
		iso = d.abroadSoFar(s[i].Start)
	}
	if iso == "" && run+1 < len(s) && s[run].Text == "," {
		iso = d.unitCountry(s, run+1)
	}
	if iso == "" {
		// "in Ovejuyo and Chasquipampa, in the south of La Paz": the
		// country of the town the text places them in.
		e := run
		if e+1 < len(s) && s[e].is("and", "y") {
			e++
			for e < len(s) && e < run+4 && s[e].Kind == tokWord && s[e].Cap {
				e++
			}
		}
		if k := d.townAfterCommaAt(s, e); k >= 0 {
			if end, name := d.longestPlace(s, k, d.gaz.MaxWorldWords()); end > 0 {
				if w := d.gaz.World(fold.Words(name)); len(w) > 0 {
					iso = d.neighbourFirst(w, d.curPara.toks).Country
				}
			}
		}
	}
	if iso == "" || parish && iso == "PE" {
		return 0, "", "", "", false
	}
	level = "locality"
	if kind, ok := appositiveKind(s, run); ok && townWords[kind] {
		town = true // "Sapahaqui, a farming town south of La Paz"
	}
	if town || run+1 < len(s) && s[run].Text == "," && unitAt(s, run+1) > 0 {
		level = "city" // a town in a unit, not a part of a town
	}
	return run, d.text[s[i].Start:s[run-1].End], iso, level, true
}

// localityBefore returns where a run of capitalised words opening at s[i]
// (up to run) ends and the place it was read as earlier in the paragraph,
// when that was a town or part of a town abroad that no gazetteer lists.
func (d *doc) localityBefore(s []token, i, run int) (int, placeMention, bool) {
	for e := run; e > i; e-- {
		name := d.text[s[i].Start:s[e-1].End]
		for k := len(d.places) - 1; k >= 0; k-- {
			o := d.places[k]
			if o.start < d.curPara.Start {
				break
			}
			if o.data.Ubigeo == "" && o.data.Country != "" && o.data.Country != "PE" && (o.data.Level == "locality" || o.data.Level == "city") &&
				o.name == name && d.gaz.World(fold.Words(name)) == nil {
				return e, o, true
			}
		}
	}
	return 0, placeMention{}, false
}

// chileanCommune reports whether a town of Chile is named after "comuna
// de": Chile's communes are its municipalities, not parts of a town as
// Medellín's are ("la comuna de Ercilla, en la región de La Araucanía").
func chileanCommune(s []token, i int, cc string) bool {
	return cc == "CL" && i >= 2 && s[i-1].is("de") && s[i-2].is("comuna")
}

// partOfTownAt reports whether a word says the name s[i:run] is a part of
// a town: "el sector de Siloé", "the Senkata neighbourhood", and in lists,
// "los barrios de Villa Adela y Senkata" (the second), "the Bosa and
// Kennedy neighbourhoods" (the first).
func (d *doc) partOfTownAt(s []token, i, run int) bool {
	townBefore := false // "the El Alto neighborhood of Ventilla": the town, then its part
	if n := len(d.places); i >= 3 && n > 0 && d.places[n-1].end == s[i-3].End && d.places[n-1].data.Country != "" && d.places[n-1].data.Country != "PE" {
		townBefore = d.gaz.World(fold.Words(d.text[s[i].Start:s[run-1].End])) == nil // (not "the Meléndez neighbourhood of Cali")
	}
	if i >= 1 && (localityBefore[s[i-1].Norm] || s[i-1].is("poblacion")) && !s[i-1].Cap || // Chile's "la población Bonilla" (not "la población de Puno", its people)
		i >= 2 && s[i-1].is("de", "of") && localityBefore[s[i-2].Norm] && !s[i-2].Cap && (!(i >= 3 && s[i-3].Cap) || townBefore) && // not "the Kennedy neighbourhood of Bogotá"
			!(i >= 3 && areaWords[s[i-3].Norm] && !s[i-2].is("neighbourhood", "neighborhood", "barrio")) || // nor "the rural zone of Tumaco", the town itself (but "the southern neighbourhood of Meléndez" is a part)
		run < len(s) && localityAfter[s[run].Norm] {
		return true
	}
	if run+2 < len(s) && partWords[s[run].Norm] && s[run+1].is("of", "de") && s[run+2].Cap {
		// "the Rio Seco area of El Alto": a part of a town abroad.
		if e, name := d.longestPlace(s, run+2, d.gaz.MaxWorldWords()); e > 0 && d.gaz.World(fold.Words(name)) != nil {
			return true
		}
	}
	if n := len(d.places); i >= 2 && s[i-1].is("y", "and", ",") && n > 0 && d.places[n-1].data.Level == "locality" && d.places[n-1].end == s[i-2].End &&
		!(s[i-1].Text == "," && d.holdingTown(s, i, run)) {
		return true
	}
	if n := len(d.places); i >= 2 && s[i-1].is("y", "and", ",") && n > 0 && d.places[n-1].end == s[i-2].End && d.gaz.IsPartOfTown(d.places[n-1].name, d.places[n-1].data.Country) &&
		d.gaz.World(fold.Words(d.text[s[i].Start:s[run-1].End])) == nil && (s[i-1].is("y", "and") || run < len(s) && s[run].is(",", "y", "and")) {
		// "en Puerto Resistencia, Siloé, La Luna y Ciudad Jardín": a name
		// the gazetteer lacks in a list after a listed part of a town is
		// another part of it (the list goes on or closes: not "in Senkata,
		// Defense Minister Fernando López said").
		return true
	}
	if run+1 < len(s) && s[run].is("y", "and") && s[run+1].Kind == tokWord && s[run+1].Cap {
		e := run + 1
		for e < len(s) && e < run+4 && s[e].Kind == tokWord && (s[e].Cap || particles[s[e].Norm] && e+1 < len(s) && s[e+1].Cap) {
			e++
		}
		// "the Ciudad Jardín and Paso del Comercio areas of Cali"
		return e < len(s) && (localityAfter[s[e].Norm] || e+2 < len(s) && partWords[strings.TrimSuffix(s[e].Norm, "s")] && s[e+1].is("of", "de") && d.worldNameAt(s, e+2))
	}
	return false
}

// holdingTown reports whether the town abroad at s[i:run], after a part
// of a town and a comma, is the town that holds it rather than the next
// item of a list: "en Huayllani, Sacaba, y reportó", MT "in Huayllani,
// Sacaba, where" (no list goes on after it), against "en Siloé, Meléndez
// y Puerto Resistencia".
func (d *doc) holdingTown(s []token, i, run int) bool {
	if d.gaz.World(fold.Words(d.text[s[i].Start:s[run-1].End])) == nil {
		return false
	}
	if run+1 < len(s) && s[run].is(",", "y", "and") && s[run+1].Kind == tokWord && s[run+1].Cap {
		return false
	}
	return true
}

// besideTownAbroad reports whether the unknown name s[i:run] is written
// as a part of a town abroad without a word saying so: after a preposition
// and before ", in TOWN" ("vecinos de Senkata, en El Alto", "from Siloé,
// in Cali"), or listed with a place abroad ("en Sacaba y Senkata", "in
// Kasani and Desaguadero").
func (d *doc) besideTownAbroad(s []token, i, run int) bool {
	if i == 0 {
		return false
	}
	if s[i-1].is("de", "from", "in", "en", "desde") && d.townAfterComma(s, run) {
		// "vecinos de Senkata, en El Alto", "de Villa Ingenio, en el
		// distrito 5 de El Alto", "in Ovejuyo, in the south of La Paz"
		return true
	}
	if s[i-1].is("de", "from", "in", "en", "desde", "of") && run+1 < len(s) && s[run].Text == "," {
		// "el puente de Huayllani, en el municipio de Sacaba": a place in
		// a unit abroad the text names after it.
		if k := unitAt(s, run+1); k > 0 && d.worldNameAt(s, k) {
			return true
		}
	}
	if s[i-1].is("in", "en") && run+2 < len(s) && s[run].is("and", "y") && s[run+1].Cap && !mediaNames[s[i].Norm] {
		// "in Ovejuyo and Chasquipampa, in the south of La Paz": two names
		// the text places in one town abroad.
		e := run + 1
		for e < len(s) && e < run+4 && s[e].Kind == tokWord && s[e].Cap {
			e++
		}
		if d.townAfterComma(s, e) || pairAppositive(s, e) {
			return true
		}
	}
	if s[i-1].is("in", "en", "at") && d.townAfterComma(s, run) && !mediaNames[s[i].Norm] {
		return true // "en Ovejuyo, en la zona sur de La Paz", "ten at Huayllani, in Sacaba"
	}
	if s[i-1].is("in", "en") && quarterOfCity(s, run) && !mediaNames[s[i].Norm] && d.datelineCountry != "" && d.datelineCountry != "PE" {
		return true // "en Río Seco, en el norte de la ciudad" under EL ALTO: a part of the dateline's city
	}
	if s[i-1].is("in", "en", "at") && run+1 < len(s) && s[run].Text == "," && d.worldNameAt(s, run+1) && !mediaNames[s[i].Norm] {
		// "los enfrentamientos del viernes en Huayllani, Sacaba", MT "in
		// Huayllani, Sacaba": a place written with the town abroad it is
		// in, as "Santiago, Chile" is with its country.
		return true
	}
	if s[i-1].is("in", "en", "at") && run+1 < len(s) && s[run].Text == "(" && d.worldNameAt(s, run+1) && !mediaNames[s[i].Norm] {
		// "en Huayllani (Sacaba, Cochabamba)", "in Ovejuyo (La Paz)": a
		// place written with the town abroad it is in between brackets,
		// as with a comma.
		return true
	}
	if s[i-1].is("de", "in", "en", "at") && run+2 < len(s) && s[run].Text == "," && d.worldNameAt(s, nearTown(s, run+1)) {
		// "a bridge in Huayllani, near the town of Sacaba", "en Huayllani,
		// cerca de Sacaba": a place the text locates by a town abroad.
		return true
	}
	if i >= 2 && s[i-1].is("de", "of") && !s[i-2].Cap && s[i-2].is("heridos", "victimas", "fallecidos", "muertos", "wounded", "victims", "dead") &&
		run == i+1 && !(run < len(s) && s[run].Kind == tokWord && s[run].Cap) && !mediaNames[s[i].Norm] &&
		!s[i].is("estado", "state", "gobierno", "government", "policia", "police", "ejercito", "army") { // not "victims of State violence"
		// "Los heridos de Huayllani", "las víctimas de Huayllani", MT "the
		// wounded of Huayllani": the harmed are named after where the
		// harm was done, as "the Sacaba victims" are.
		return true
	}
	if i >= 2 && s[i-1].is("de", "of") && !s[i-2].Cap && clashNouns[s[i-2].Norm] && run == i+1 && !mediaNames[s[i].Norm] {
		// MT "after the confrontations of Huayllani", "los enfrentamientos
		// de Huayllani": a clash is named after where it happened.
		return true
	}
	if i >= 3 && s[i-1].is("de", "of", "in", "en") && s[i-2].is("casa", "vivienda", "house", "home") && s[i-3].is("una", "a", "an") &&
		run == i+1 && !(run < len(s) && s[run].Kind == tokWord && s[run].Cap) && !mediaNames[s[i].Norm] {
		// "En una casa de Ovejuyo", "at a house in Ovejuyo": a house
		// no name sets apart stands in the place named after it, as "a
		// Lima hospital" does.
		return true
	}
	if i >= 2 && s[i-1].is("de", "of") && s[i-2].is("masacre", "massacre", "matanza") && !mediaNames[s[i].Norm] {
		// "la masacre de Huayllani", MT "the massacre of Huayllani": a
		// massacre is named after where it happened, as "the Sacaba
		// massacre" is.
		return true
	}
	if run < len(s) && s[run].is("bridge") && !s[run].Cap || s[i-1].is("puente", "bridge") && !s[i-1].Cap ||
		i >= 2 && s[i-1].is("de", "of") && s[i-2].is("puente", "bridge") && !s[i-2].Cap {
		// "the Huayllani bridge", "el puente (de) Huayllani", MT "the
		// bridge (of) Huayllani": a bridge abroad is named after the town
		// it stands in, as Peru's are.
		return run == i+1
	}
	if s[i-1].is("in", "en", "at", "near", "de", "of") && distanceAfter(s, run) && !mediaNames[s[i].Norm] {
		// "en Yotala, a 15 kilómetros de la capital", "in Montero, about
		// 50 km north of this eastern city", MT "of Mairana, to 130
		// kilometers of Santa Cruz": a place the text locates by its
		// distance from a town.
		return true
	}
	if _, ok := appositiveKind(s, run); ok && !mediaNames[s[i].Norm] {
		// "in Pudahuel, a working-class commune on the western edge of
		// Santiago", "at Sapahaqui, a farming town south of La Paz": a
		// name the text itself calls a place.
		return true
	}
	if run < len(s) && s[run].is("park", "square", "bridge", "street", "avenue", "stadium", "market") {
		return false // "El Arbolito park": a site, not a part of town
	}
	if s[i-1].is("en", "in") && i >= 2 && !mediaNames[s[i].Norm] {
		p := d.pastDate(s, i-2)
		// "los nueve fallecidos del viernes en Huayllani presentaban …":
		// the harmed named as a noun are a harm as the verbs are.
		harm := s[p].is("murieron", "died", "killed", "heridos", "injured", "fallecidos", "muertos")
		if !harm && p >= 2 && s[p].is("personas", "people", "persons") && s[p-1].Kind == tokNumber && s[p-2].is("murieron", "killed", "killing") {
			// "murieron 10 personas en Huayllani y …", "killing 10 people in
			// Huayllani": the harm's count between it and its place.
			harm = true
		}
		if (harm || s[p].is(",", ":", ";", "y", "and")) && run < len(s) && (s[run].Kind == tokWord && !s[run].Cap || s[run].is("y", "and")) {
			// "CALI. …: en Siloé y Puerto Resistencia murieron": a clause
			// opening on a name no gazetteer has, in a story from abroad.
			return true
		}
		if harm && p < i-2 && (run == len(s) || s[run].is(",", ".")) {
			// "murieron el viernes 15 de noviembre en Huayllani, según …":
			// a harm, its day, then where, in a story from abroad.
			return true
		}
	}
	if s[i-1].is("en", "in", "at") && i >= 2 && eventBefore[s[d.pastDate(s, i-2)].Norm] && !mediaNames[s[i].Norm] && !dateTriggers[s[i].Norm] {
		// "the blockade in Caracollo", "los enfrentamientos en Bulo Bulo",
		// "a highway blockade at Parotani", "el enfrentamiento del viernes
		// en Huayllani" (a day between the event and its place):
		// where an event happened, in a story from abroad.
		return true
	}
	if s[i-1].is("y", "and") && i >= 2 {
		if n := len(d.places); n > 0 && d.places[n-1].end == s[i-2].End && d.places[n-1].data.Country != "" && d.places[n-1].data.Country != "PE" {
			return true
		}
	}
	if run+1 < len(s) && s[run].is("y", "and") && s[i-1].is("in", "en") && d.worldNameAt(s, run+1) {
		return true
	}
	return false
}

// listedPartCountry returns the country of the part of a town abroad
// listed right before s[i] ("San Roque y La Tola"), or "".
func (d *doc) listedPartCountry(s []token, i int) string {
	n := len(d.places)
	if i < 2 || n == 0 || !s[i-1].is("y", "and", ",") || d.places[n-1].end != s[i-2].End {
		return ""
	}
	if p := d.places[n-1].data; p.Level == "locality" && p.Country != "PE" {
		return p.Country
	}
	return ""
}

// worldIn reports whether one of the readings is in country cc.
func worldIn(world []*gazetteer.WorldPlace, cc string) bool {
	for _, w := range world {
		if w.Country == cc {
			return true
		}
	}
	return false
}

// residentsOf reports whether s[i] follows "Vecinos de", "Residents of":
// read as a group that speaks, its place is still named.
func residentsOf(s []token, i int) bool {
	return i >= 2 && s[i-1].is("de", "of") && s[i-2].is("vecinos", "pobladores", "residentes", "residents", "habitantes", "inhabitants")
}

// pairAppositive reports whether s[k] opens an appositive that calls the
// two names before it parts of a town: "in Ovejuyo and Chasquipampa, two
// neighbourhoods in the south of the city", "en Calipso y Meléndez, dos
// barrios del oriente".
func pairAppositive(s []token, k int) bool {
	if k+2 >= len(s) || s[k].Text != "," || !s[k+1].is("two", "dos", "both", "ambos", "ambas") {
		return false
	}
	for j := k + 2; j < len(s) && j <= k+4; j++ {
		if s[j].Kind != tokWord || s[j].Cap {
			return false
		}
		if localityBefore[s[j].Norm] {
			return true
		}
	}
	return false
}

// townAfterComma reports whether s[k] opens ", in (the south of) TOWN"
// ("…, in the south of La Paz", "…, en la zona sur de La Paz", "…, en El
// Alto") with a town abroad.
func (d *doc) townAfterComma(s []token, k int) bool { return d.townAfterCommaAt(s, k) >= 0 }

// townAfterCommaAt returns where the town of townAfterComma starts, or -1.
func (d *doc) townAfterCommaAt(s []token, k int) int {
	if k+2 >= len(s) || s[k].Text != "," {
		return -1
	}
	switch {
	case s[k+1].is("in", "en"):
		k += 2
	case k+4 < len(s) && s[k+1].is("to") && s[k+2].is("the") && bearings[s[k+3].Norm] && s[k+4].is("of"):
		k += 5 // MT "…, to the south of the city of La Paz"
	case k+3 < len(s) && s[k+1].is("al") && bearings[s[k+2].Norm] && s[k+3].is("de"):
		k += 4 // "…, al sur de la ciudad de La Paz"
	default:
		return -1
	}
	if k+2 < len(s) && s[k].is("the", "el", "la") {
		j := k + 1
		if (localityBefore[s[j].Norm] || s[j].is("distrito", "district")) && j+2 < len(s) {
			j++ // "la zona sur de La Paz", "el distrito 5 de El Alto"
			if s[j].Kind == tokNumber {
				j++
			}
			if j+1 < len(s) && bearings[s[j].Norm] {
				j++
			}
		} else if bearings[s[j].Norm] {
			j++ // "the south of La Paz"
		}
		if j > k+1 && j+1 < len(s) && s[j].is("of", "de", "del") {
			k = j + 1
		}
	}
	if k+3 < len(s) && s[k].is("the", "la") && s[k+1].is("city", "ciudad") && s[k+2].is("of", "de") {
		k += 3 // "in the south of the city of La Paz"
	}
	if k < len(s) && s[k].Cap && d.worldNameAt(s, k) {
		return k
	}
	return -1
}

// nearTown returns where the town starts after "near"/"cerca de" at s[k]
// and an optional "the town of"/"la localidad de" ("near the town of
// Sacaba"), or len(s) when s[k] does not open such words.
func nearTown(s []token, k int) int {
	switch {
	case k < len(s) && s[k].is("near"):
		k++
	case k+1 < len(s) && s[k].is("cerca") && s[k+1].is("de", "del"):
		k += 2
	case k < len(s) && s[k].is("outside"):
		k++ // "a bridge in Huayllani, outside the city of Sacaba"
	case k+3 < len(s) && s[k].is("on", "a", "en", "at") && s[k+1].is("the", "las") && s[k+2].is("outskirts", "afueras", "edge") && s[k+3].is("of", "de"):
		k += 4 // "on the outskirts of", "a las afueras de", "on the edge of"
	default:
		return len(s)
	}
	if k+2 < len(s) && s[k].is("the", "la", "el") && s[k+1].is("town", "city", "localidad", "ciudad", "pueblo", "municipality", "municipio") && s[k+2].is("of", "de") {
		k += 3
	}
	return k
}

// pastDate returns the index of the word before the day that ends at
// s[j] and its article ("murieron el viernes 15 de noviembre en
// Huayllani", "died on Friday in Sacaba"): a day between a harm and its
// place does not part them. Without such a day it returns j.
func (d *doc) pastDate(s []token, j int) int {
	for _, m := range d.dates {
		if m.end != s[j].End {
			continue
		}
		k := j
		for k > 0 && s[k].Start > m.start {
			k--
		}
		if k > 0 && s[k].Start == m.start {
			k--
			if k > 0 && s[k].is("el", "on", "the", "este", "this", "last") {
				k--
			}
			if k > 0 && s[k].is("del", "de", "of") {
				k-- // "la masacre del 15 de noviembre en", MT "the confrontations of the Friday in"
			}
			return k
		}
	}
	return j
}

// eventBefore are events and roads that a town's name follows after
// "in"/"en" ("los choques del lunes en Yotala", under a dateline abroad).
var eventBefore = unionSets(clashNouns, map[string]bool{"blockade": true, "blockades": true, "roadblock": true,
	"roadblocks": true, "protest": true, "protests": true, "march": true, "strike": true,
	"bloqueo": true, "bloqueos": true, "desbloqueo": true, "protesta": true, "protestas": true, "marcha": true,
	"paro": true, "carretera": true, "road": true, "highway": true,
	"disturbios": true, "disturbances": true, "riots": true, "masacre": true, "massacre": true, "matanza": true,
	"represion": true, "repression": true})

// mediaNames are where things are said, not places: "en Twitter".
var mediaNames = map[string]bool{"twitter": true, "facebook": true, "instagram": true, "tiktok": true, "youtube": true,
	"whatsapp": true, "telegram": true, "x": true, "internet": true, "google": true}

// worldNameAt reports whether a place abroad of up to three capitalised
// words starts at s[k].
func (d *doc) worldNameAt(s []token, k int) bool {
	for e := k + 1; e <= len(s) && e <= k+3 && s[e-1].Cap; e++ {
		if d.gaz.World(fold.Words(d.text[s[k].Start:s[e-1].End])) != nil {
			return true
		}
	}
	return false
}

// possessive reports whether a token ends in "'s": "Chile's".
func possessive(t token) bool {
	return strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(t.Text, "’s")
}

// facilities are a company's works in lower case before its owner and the
// town: "la planta de YPFB de Senkata", "the plant of YPFB of Senkata"
// stand in that town, which is no part of the company's name.
var facilities = map[string]bool{"planta": true, "plant": true, "refineria": true, "refinery": true, "fabrica": true,
	"factory": true, "terminal": true, "yacimiento": true, "mina": true, "mine": true,
	"aeropuerto": true, "airport": true} // "el aeropuerto Inca Manco Cápac de Juliaca": named, and where it stands

// governingTitles name an official by the place they govern; capitalised
// as a title, the name after "of"/"de" is still that place (round 29).
var governingTitles = map[string]bool{"governor": true, "gobernador": true, "gobernadora": true, "prefect": true,
	"prefecto": true, "prefecta": true, "subprefect": true, "subprefecto": true, "subprefecta": true, "mayor": true,
	"alcalde": true, "alcaldesa": true, "intendente": true, "intendenta": true, "intendant": true} // MT "the Intendant of the Metropolitan Region"

// governingTitleAt reports whether s[k] ends an official's title, an
// adjective of level aside: "Governor", "Regional Prefect", "Alcalde Provincial".
func governingTitleAt(s []token, k int) bool {
	if k >= 1 && s[k].is("regional", "provincial", "municipal", "departamental", "distrital") {
		return governingTitles[s[k-1].Norm]
	}
	if k >= 0 && s[k].is("mayor") {
		return k+1 < len(s) && s[k+1].is("of") // not "Universidad Nacional Mayor de San Marcos"
	}
	if k >= 2 && s[k-1].is("de", "of") && (s[k-2].is("secretario", "secretary") || !s[k-2].Cap && s[k-2].is("secretaria")) {
		// "el secretario de Gobierno del Cauca", MT "the Secretary of
		// Government of the Cauca": an official of the place's government
		// (the capitalised "Secretaría de Salud de Cali", folded like the
		// woman's title, is the body, whose place stays unlabelled).
		return true
	}
	return k >= 0 && governingTitles[s[k].Norm]
}

// afterInstitution reports whether the name at s[i] follows an institution
// and "de"/"of": "Defensoría del Pueblo de Bolivia", "Ombudsman of Bolivia".
func (d *doc) afterInstitution(s []token, i int) bool {
	if i >= 3 && s[i-1].is("the") && !s[i-1].Cap && s[i-2].is("of") {
		i-- // MT "the Regional Prosecution of the Biobío" for "Fiscalía Regional del Biobío"
	}
	if !s[i-1].is("de", "del", "of") {
		return false
	}
	if _, ok := d.actorEndingAt(s, i-1); ok {
		// "la policía de Azángaro", "the army in …": a body named by a
		// common noun in lower case is its local unit, and the name says where.
		// So is "the Police of Juliaca" in machine translation, capitals
		// and all, unless the name is a country's: "Policía de Bolivia".
		local := i >= 2 && s[i-2].Kind == tokWord && s[i-2].is("policia", "police", "ejercito", "army")
		return !(local && (!s[i-2].Cap || foreign[s[i].Norm] == "" && !s[i].is("peru")))
	}
	// A capitalised name before "de" that is no place and no level word:
	// "Fiscalía de Derechos Humanos de Puno", "INDH de Chile".
	k := i - 2
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		if (institutionWords[s[b].Norm] || institutionPlurals[s[b].Norm]) && (!s[b].Cap || thoroughfares[s[b].Norm]) || (localityBefore[s[b].Norm] || facilities[s[b].Norm]) && !s[b].Cap {
			// "hospital Carlos Monge Medrano de Juliaca", "the Plaza of
			// Arms of Ilave", "la Plaza 28 de Julio de Cusco": where it is.
			return false
		}
	}
	for b := k - 1; b >= 0 && b >= k-12 && (s[b].Cap || particles[s[b].Norm] || listJoiner(s[b])); b-- {
		if b > 0 && institutionPlurals[s[b-1].Norm] && !s[b-1].Cap {
			// "los hospitales Carlos Monge Medrano de Juliaca y Manuel
			// Núñez Butrón de Puno": each where its building stands.
			return false
		}
	}
	if governingTitleAt(s, k) {
		return false // "the Governor of Cotopaxi", "The Regional Prefect of Puno": the place it governs
	}
	if who, e, ok := whoLex.match(s, k); ok && e == k+1 && who != "police officers" && !s[k].is("policia", "police", "soldado", "soldier") &&
		(k == 0 || s[k-1].Kind == tokPunct) {
		return false // "Comuneros de San Jerónimo" opening a sentence: people, not a body
	}
	return k > 0 && s[k].Kind == tokWord && s[k].Cap && !levelWord(s[k].Norm) && !s[k].is("region", "rio", "lago", "lake", "river") &&
		!s[k].is("center", "centre", "centro", "historico", "historic") && // "the Historic Center of Lima": a part of the town
		!s[k].is("cai") && // Bogotá's police posts stand where they are named: "el CAI de Verbenal"
		!d.gaz.Known(s[k].Norm) && foreign[s[k].Norm] == "" && d.gaz.World(s[k].Norm) == nil
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
	if capitalBefore(s, i) {
		return gazetteer.LevelDistrict, true // "the regional capital, Puno, where …": the city
	}
	if i >= 1 {
		if l, ok := levelHints[s[i-1].Norm]; ok && (l != gazetteer.LevelDistrict || i >= 2 && s[i-2].is("the", "la")) {
			return l, true // "región Puno", "the city Lima"
		}
	}
	if end < len(s) {
		if l, ok := levelHints[s[end].Norm]; ok && (l != gazetteer.LevelDistrict || s[end].is("city") && !s[end].Cap) {
			return l, true // "Puno region", "Puno city"
		}
	}
	return listLevel(s, i, end)
}

// capitalBefore reports whether a name is set off after "capital" and a
// comma, with the one adjective either language puts beside it: "the
// regional capital, Puno", "la capital regional, Puno".
func capitalBefore(s []token, i int) bool {
	if i < 3 || s[i-1].Text != "," {
		return false
	}
	k := i - 2
	if s[k].is("regional", "departmental", "departamental", "provincial") {
		k--
	}
	return s[k].is("capital") && !s[k].Cap && (k != i-2 || k >= 1 && s[k-1].is("regional", "departmental", "departamental", "provincial"))
}

// pluralLevels name the level of every name of a list: "las provincias de
// Puno, Chucuito y El Collao", "Ica, Pisco and Nasca, the three provinces".
var pluralLevels = map[string]gazetteer.Level{
	"provinces": gazetteer.LevelProvince, "provincias": gazetteer.LevelProvince,
	"districts": gazetteer.LevelDistrict, "distritos": gazetteer.LevelDistrict,
	"regions": gazetteer.LevelDepartment, "regiones": gazetteer.LevelDepartment,
	"departments": gazetteer.LevelDepartment, "departamentos": gazetteer.LevelDepartment,
}

// listJoiners stand between the names of a list.
func listJoiner(t token) bool { return t.Text == "," || t.is("and", "y", "e") }

// listLevel finds the level a plural names for the list s[i:end] is in,
// before the list ("the districts of A and B") or after it ("A, B and C,
// the three provinces", "A and B, provinces where …").
func listLevel(s []token, i, end int) (gazetteer.Level, bool) {
	inName := func(k int) bool {
		return s[k].Kind == tokWord && (s[k].Cap || particles[s[k].Norm] && !s[k].is("y") && k+1 < len(s) && s[k+1].Cap)
	}
	// items counts the names: one more than the joiners, ", and" being one.
	items := 1
	join := func(k int) {
		if listJoiner(s[k]) && !(s[k].Text == "," && k+1 < len(s) && listJoiner(s[k+1])) {
			items++
		}
	}
	b := i
	for b > 0 && b > i-16 && (inName(b-1) || listJoiner(s[b-1]) && b >= 2 && (inName(b-2) || listJoiner(s[b-2]))) {
		join(b - 1)
		b--
	}
	e := end
	for e < len(s) && e < end+16 && (inName(e) || listJoiner(s[e]) && e+1 < len(s) && (s[e+1].Cap || listJoiner(s[e+1]))) {
		join(e)
		e++
	}
	if items < 2 {
		return 0, false
	}
	if b >= 2 && s[b-1].is("of", "de", "del") {
		if l, ok := pluralLevels[s[b-2].Norm]; ok {
			return l, true
		}
	}
	if b >= 1 {
		if l, ok := pluralLevels[s[b-1].Norm]; ok {
			return l, true
		}
	}
	k := e
	if k < len(s) && s[k].Text == "," {
		k++
	}
	if k < len(s) && s[k].is("the", "las", "los", "all", "todas", "todos") {
		k++
	}
	if k < len(s) && (s[k].Kind == tokNumber || s[k].is("two", "three", "four", "five", "dos", "tres", "cuatro", "cinco")) {
		k++
	}
	if k < len(s) {
		if l, ok := pluralLevels[s[k].Norm]; ok {
			return l, true
		}
	}
	// Further on, the plural must give the list's length: "A, B and C on
	// Wednesday, and police said … across the three provinces".
	for k := e; k+1 < len(s) && k < e+30; k++ {
		if l, ok := pluralLevels[s[k+1].Norm]; ok && countWord(s[k]) == items {
			return l, true
		}
	}
	return 0, false
}

// countWord is the small number a word or figure gives, or 0.
func countWord(t token) int {
	if t.Kind == tokNumber {
		n, _ := strconv.Atoi(t.Text)
		return n
	}
	switch t.Norm {
	case "two", "dos", "both", "ambas", "ambos":
		return 2
	case "three", "tres":
		return 3
	case "four", "cuatro":
		return 4
	case "five", "cinco":
		return 5
	}
	return 0
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

// placeKinds are the nouns an appositive description of a place heads:
// "Siloé, a hillside neighborhood of Cali", "Lasso, a town north of
// Latacunga", "Pudahuel, una comuna del poniente de Santiago".
var placeKinds = map[string]bool{"district": true, "commune": true, "suburb": true, "community": true, "hamlet": true,
	"settlement": true, "distrito": true, "comunidad": true, "localidad": true, "caserio": true, "area": true}

// appositiveKind reads the description set after a place's name between
// commas ("Siloé, a hillside neighborhood of Cali"): an article, at most
// four lower-case words and a noun naming a kind of place, which it
// returns; a noun of a person after it heads the description instead ("a
// community leader"). The place the description names after the noun only
// locates the first (appositiveLandmark).
// distanceAfter reports whether a comma and a distance follow the name
// ending at run: ", a 15 kilómetros de", ", about 50 km north of", ", some
// 20 kilometres from", MT ", to 130 kilometers of".
func distanceAfter(s []token, run int) bool {
	if run+2 >= len(s) || s[run].Text != "," {
		return false
	}
	k := run + 1
	if s[k].is("a", "to", "about", "some", "unos", "around", "just", "apenas", "solo") {
		k++
	}
	return k+1 < len(s) && s[k].Kind == tokNumber && s[k+1].is("km", "kilometros", "kilometers", "kilometres", "miles", "millas")
}

func appositiveKind(s []token, run int) (string, bool) {
	if run+2 >= len(s) || s[run].Text != "," || !s[run+1].is("a", "an", "un", "una") || s[run+2].is("la", "el", "los", "las") {
		return "", false // not "…, a la altura del municipio de Cajibío": a preposition
	}
	for k := run + 2; k < len(s) && k <= run+6; k++ {
		if s[k].Kind == tokWord && s[k].Cap {
			return "", false
		}
		if s[k].Kind != tokWord && s[k].Text != "-" {
			return "", false
		}
		if n := s[k].Norm; townWords[n] || localityBefore[n] || localityAfter[n] || placeKinds[n] || adminUnits[n] {
			if k+1 < len(s) && (roleNouns[s[k+1].Norm] || generalRoles[s[k+1].Norm]) {
				return "", false // "Yolanda Caicedo, a community leader", "a district official": a person
			}
			return n, true
		}
	}
	return "", false
}

// appositiveLandmark reports whether the place at s[i] stands inside an
// appositive description of the place before it, which it only locates:
// "in Siloé, a hillside neighborhood of Cali", "at Sapahaqui, a farming
// town south of La Paz". The count is the described place's.
func appositiveLandmark(s []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		if s[k].Text == "," {
			_, ok := appositiveKind(s, k)
			return ok && s[k-1].Kind == tokWord && s[k-1].Cap
		}
		if s[k].Kind != tokWord && s[k].Text != "-" {
			return false // "Caracollo, a town on the highway between La Paz and Oruro": past other names
		}
	}
	return false
}
