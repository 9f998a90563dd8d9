// Anaphors and pointers ("there", "the city", "esta provincia") and the
// levels, nesting and zones of the places they point back to.

package extract

import (
	"regexp"
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
)

// siteWords are the places in a town where people gather or are held.
var siteWords = map[string]bool{"airport": true, "square": true, "plaza": true, "bridge": true, "terminal": true,
	"station": true, "market": true, "stadium": true, "university": true, "campus": true, "plant": true}

// siteOf reports whether the possessive place p names where a site stands,
// after "at", "in", "near" or "outside": "at Juliaca's airport", "in
// Sicuani's bus terminal" (one word may qualify the site), not "Peru's
// police".
func siteOf(s []token, p sentPlace) bool {
	if p.i == 0 || !s[p.i-1].is("at", "in", "near", "outside") {
		return false
	}
	for k := p.end; k < len(s) && k <= p.end+1; k++ {
		if siteWords[s[k].Norm] {
			return true
		}
	}
	return false
}

// anaphorAt reads "there", "allí", "the city", "esta provincia", "la
// capital", "the same city" at s[k] when no name follows; it returns the
// token after it.
func anaphorAt(s []token, k int) (int, bool) {
	if s[k].is("there", "alli", "ahi", "alla", "here", "aqui") {
		// "there are 5 women among them": "there" before a form of "to
		// be" points nowhere. "killed here on Tuesday": the dateline's town.
		if s[k].is("there", "here") && k+1 < len(s) && s[k+1].is("is", "are", "was", "were", "have", "has", "had", "will", "remain", "remains") {
			return 0, false
		}
		return k + 1, true
	}
	// "el" only before a unit: "en el departamento", "en todo el
	// municipio" (not "el sector", a trade as often as a place).
	elUnit := s[k].is("el") && k+1 < len(s) && s[k+1].is("departamento", "municipio", "canton", "distrito")
	if !elUnit && !s[k].is("this", "the", "that", "esta", "este", "esa", "ese", "la", "dicha", "dicho", "aquella", "aquel") &&
		!(s[k].is("said") && k > 0 && s[k-1].is("in", "of", "from", "at")) { // MT "In said province", of "En dicha provincia"
		return 0, false
	}
	e := k + 1
	if e+2 < len(s) && s[k].is("this", "that") && s[e].Kind == tokWord && !s[e].Cap && s[e+1].Kind == tokWord && !s[e+1].is("and", "or") && s[e+2].is("city", "town") {
		e += 2 // "this southern Andean town", "this small mining town": two adjectives
	} else if e < len(s) && s[e].is("same", "misma", "mismo", "southern", "northern", "sureña", "surena") {
		e++
	} else if e+1 < len(s) && s[k].is("this", "that") && s[e].Kind == tokWord && s[e+1].is("city", "town") {
		e++ // "this Andean town", "this lakeside city": a demonstrative's one adjective
	} else if e+3 < len(s) && s[k].is("this", "that") && s[e].Kind == tokWord && s[e+1].Text == "-" && s[e+2].Kind == tokWord && s[e+3].is("city", "town") {
		e += 3 // "this agro-export town": a hyphenated adjective
	} else if e+3 < len(s) && s[k].is("this", "that") && s[e].Kind == tokWord && !s[e].Cap && s[e+1].is("and", "or") &&
		s[e+2].Kind == tokWord && !s[e+2].Cap && s[e+3].is("city", "town") {
		e += 3 // "this fishing and mining town": two adjectives joined
	} else if e+1 < len(s) && (demonyms[s[e].Norm] != "" || s[e].is("peruvian")) && s[e+1].is("capital") {
		e++ // "the Chilean capital": the English order of "la capital chilena"
	}
	if e < len(s) && possessive(s[e]) && s[k].is("the", "this", "that") {
		// "in the city's main square": the city's, whatever follows.
		switch strings.ToLower(possessiveBase(s[e].Text)) {
		case "city", "town", "capital", "province", "region":
			if e+1 < len(s) && s[e+1].is("government", "mayor", "authorities", "officials", "administration", "council") {
				return 0, false // "the city's government said": whose body spoke, not where
			}
			if namedPartAfter(s, e+1) {
				return 0, false // "in the capital's San Juan de Lurigancho district": the part is the place
			}
			return e + 1, true
		}
		return 0, false
	}
	// "en ese barrio", "this neighbourhood": a demonstrative's zone (not
	// "the sector", a trade as often as a place).
	zone := s[e-1].is("this", "that", "esta", "este", "esa", "ese", "dicho", "aquel") && e < len(s) && s[e].is("barrio", "neighbourhood", "neighborhood", "sector")
	if e >= len(s) || !zone && !s[e].is("city", "town", "ciudad", "capital", "province", "provincia", "zona", "zone", "area", "localidad") && !townUnits[s[e].Norm] && !regionUnits[s[e].Norm] {
		return 0, false
	}
	e++
	// "la capital ayacuchana", "esta provincia apurimeña": an adjective may follow.
	if e < len(s) && s[e].Kind == tokWord && !s[e].Cap && (strings.HasSuffix(s[e].Norm, "ana") || strings.HasSuffix(s[e].Norm, "ena") || strings.HasSuffix(s[e].Norm, "ino") || strings.HasSuffix(s[e].Norm, "ina")) {
		e++
	}
	// (but "esta ciudad del Valle del Cauca": a demonstrative points back,
	// the region after it locates the town)
	if e < len(s) && (s[e].Cap || s[e].is("de", "del", "of") && e+1 < len(s) && s[e+1].Cap) &&
		!(s[k].is("esta", "este", "esa", "ese", "dicha", "dicho", "aquella", "aquel") && s[e].is("del")) &&
		!(s[e-1].is("capital") && s[e].is("de", "del", "of")) { // (but "en la capital de Pastaza" points to the city, as MT "the capital of the Cauca" below)
		return 0, false // "la ciudad de Puno", "la provincia del Azuay": the name is the place
	}
	if e+2 < len(s) && s[e].is("of", "de") && s[e+1].is("the", "la", "el") && s[e+2].Cap && !s[k].is("esta", "este", "this") && !s[e-1].is("capital") {
		// (but MT "in the capital of the Cauca" points to the city)
		return 0, false // MT "in the region of the Biobío", "the province of the Guayas": the name is the place
	}
	return e, true
}

// regionAbroad returns the first-level region of a town abroad an anaphor
// naming that region's unit points to ("CONCEPCIÓN. … 146 resulted
// wounded in the region": Biobío; "PUYO. … in the province 1 person has
// died": Pastaza, Ecuador's provinces being first-level): a count tied to
// the region takes the region (round 43), as raise lifts a Peruvian
// district to its province or department.
func (d *doc) regionAbroad(pd PlaceData, ana []token) (PlaceData, bool) {
	if pd.Country == "" || pd.Country == "PE" || pd.Level != "city" || pd.Department == "" || anaphorNamesCity(ana) {
		return pd, false
	}
	if lv := anaphorLevels(ana); lv == nil || !lv["admin1"] && !lv[pd.Country+":admin1"] {
		return pd, false
	}
	for _, w := range d.gaz.World(fold.Words(pd.Department)) {
		if w.Country == pd.Country && w.Level == "admin1" {
			return PlaceData{Name: w.Name, Level: w.Level, Country: w.Country}, true
		}
	}
	return pd, false
}

// regionUsualName returns the name a region abroad is known by when the
// tables name it after its capital (GeoNames' "Santiago" for Chile's
// Región Metropolitana): "the region" after a commune of Santiago is the
// region, not a key it shares with the city. Other regions keep the
// tables' name.
func (d *doc) regionUsualName(cc, admin1 string) string {
	if u, ok := regionsNamedAfterCapital[[2]string{cc, admin1}]; ok {
		for _, w := range d.gaz.World(fold.Words(u)) {
			if w.Country == cc && w.Level == "admin1" {
				return u
			}
		}
	}
	return admin1
}

// regionByUsualName returns a region abroad the tables name after its
// capital under its own name: "la región" after "Santiago, con 512" is the
// Región Metropolitana, whose key the city's must not take.
func (d *doc) regionByUsualName(pd PlaceData) PlaceData {
	if pd.Level != "admin1" || pd.Country == "" || pd.Country == "PE" {
		return pd
	}
	u := d.regionUsualName(pd.Country, pd.Name)
	if u == pd.Name {
		return pd
	}
	for _, w := range d.gaz.World(fold.Words(u)) {
		if w.Country == pd.Country && w.Level == "admin1" {
			return PlaceData{Name: w.Name, Level: w.Level, Country: w.Country}
		}
	}
	return pd
}

// regionsNamedAfterCapital are the first-level regions the world tables
// name after their capital, by country and that name, → their own name.
var regionsNamedAfterCapital = map[[2]string]string{{"CL", "Santiago"}: "Región Metropolitana"}

// raise lifts a Peruvian district an anaphor points to up to the level the
// anaphor names: "ANDAHUAYLAS. … en esta provincia" is the province.
func (d *doc) raise(pd PlaceData, ana []token, facility bool) PlaceData {
	if town := d.townHolding(pd); town.Key() != pd.Key() && (anaphorNamesCity(ana) || anyIs(ana, "capital")) {
		return town // "of the 10 deceased in the city" after "Verbenal, Suba and Engativá": Bogotá; "detained in the capital" after Kennedy
	}
	if pd.Country == "PE" && len(pd.Ubigeo) == 6 && (pd.Level == "department" || pd.Level == "province") && !facility {
		return d.lower(pd, ana)
	}
	if r, ok := d.regionAbroad(pd, ana); ok && !facility {
		return r
	}
	if pd.Country != "PE" || pd.Level != "district" || len(pd.Ubigeo) != 6 {
		return pd
	}
	code := ""
	for _, t := range ana {
		switch {
		case t.is("province", "provincia"):
			code = pd.Ubigeo[:4] + "00"
		case regionUnits[t.Norm]:
			code = pd.Ubigeo[:2] + "0000"
		}
	}
	if p, ok := d.gaz.Lookup(code); ok && code != "" {
		return PlaceData{Name: p.Name, Ubigeo: p.Ubigeo, Level: p.Level.String(), Country: "PE"}
	}
	return pd
}

// namedPartAfter reports whether s[i:] is a name and a word for a town's
// part: "San Juan de Lurigancho district", "Senkata neighbourhood".
func namedPartAfter(s []token, i int) bool {
	if i >= len(s) || !s[i].Cap {
		return false
	}
	for k := i + 1; k < len(s) && k <= i+6; k++ {
		switch {
		case s[k].Cap || s[k].is("de", "del", "la", "los", "las"):
		case !s[k].Cap && (s[k].is("district", "neighbourhood", "neighborhood", "locality", "zone", "sector", "borough")):
			return true
		default:
			return false
		}
	}
	return false
}

// bothTowns returns the last two places named before a plural anaphor in
// s[a:b] that counts them ("en los dos municipios", "in the two towns",
// "in both cities", "en ambas ciudades").
func (d *doc) bothTowns(pi int, s []token, a, b int) ([]PlaceData, bool) {
	for t := a; t+2 < b && t+2 < len(s); t++ {
		if !s[t].is("in", "en") {
			continue
		}
		e := t + 1
		if s[e].is("the", "los", "las") && s[e+1].is("two", "dos") {
			e += 2
		} else if s[e].is("both", "ambos", "ambas") {
			e++
		} else {
			continue
		}
		if e >= len(s) || !s[e].is("towns", "cities", "municipalities", "municipios", "ciudades", "localidades", "communes", "comunas", "cantons", "cantones") {
			continue
		}
		var towns []PlaceData
		for k := len(d.places) - 1; k >= 0 && len(towns) < 2; k-- {
			m := d.places[k]
			if m.start >= s[t].Start || m.start < d.paras[pi].Start && !m.dateline || m.data.Key() == "" {
				continue
			}
			if lv := m.data.Level; lv == "country" || lv == "water" {
				continue
			}
			if len(towns) == 1 && towns[0].Key() == m.data.Key() {
				continue
			}
			towns = append(towns, m.data)
		}
		return towns, len(towns) == 2
	}
	return nil, false
}

// sceneAfter reports whether a clash or protest is placed after s[e]
// before bound ("were attended in hospitals of the capital by the
// confrontations registered the Thursday in the centre of Lima"): the
// scene, not the hospitals' town, is the count's place.
func sceneAfter(s []token, places []sentPlace, e, bound int) bool {
	scene := false
	for t := e; t < bound && t < len(s); t++ {
		if s[t].is(".", ";") {
			return false
		}
		scene = scene || s[t].is("confrontations", "clashes", "enfrentamientos", "choques", "disturbios", "protests", "protestas", "riots")
		for _, p := range places {
			if p.i == t && scene && !p.moved && !p.qualifier && p.m.data.Level != "country" {
				return true
			}
		}
	}
	return false
}

// anaphorNamesCity reports whether an anaphor names a city or town.
func anaphorNamesCity(ana []token) bool {
	return anyIs(ana, "city", "ciudad", "town")
}

// anaphorNamesZone reports whether an anaphor names a part of a town.
func anaphorNamesZone(ana []token) bool {
	return anyIs(ana, "zone", "zona", "barrio", "neighbourhood", "neighborhood", "sector")
}

// townHolding returns the town abroad a neighbourhood or borough lies in
// (Siloé in Cali, Engativá in Bogotá), or the place itself.
func (d *doc) townHolding(pd PlaceData) PlaceData {
	if pd.Country == "" || pd.Country == "PE" || pd.Level == "country" || pd.Level == "admin1" {
		return pd
	}
	if t := d.townAbroad(pd); t.Key() != pd.Key() {
		return t
	}
	if pd.Department == "" {
		return pd
	}
	if c := d.capitalCity(PlaceData{Name: pd.Department, Level: "admin1", Country: pd.Country}); c.Level == "city" {
		return c
	}
	return pd
}

// facilityOf reports whether the anaphor at s[t] only says whose a
// hospital or clinic is ("internados en el hospital de la ciudad"): where
// people lie, not where they were hurt.
func facilityOf(s []token, t int) bool {
	return t >= 2 && s[t-1].is("de", "of", "in") && (hospitalWords[s[t-2].Norm] || s[t-2].is("clinics"))
}

// listedDatelineTown reads "the city"/"la ciudad" (an article, not a
// demonstrative), or a part of it by its bearing ("la zona sur de la
// ciudad"), right after two towns joined by "and"/"y", one of them
// the dateline's, as the dateline's town: "La Paz, 13 de noviembre. … en La
// Paz y El Alto … en la zona sur de la ciudad", MT "TEMUCO. … in Temuco
// and Padre Las Casas. … in the center of the city": the story's city, not
// the last of the two.
func (d *doc) listedDatelineTown(pi int, s []token, t, e int) (PlaceData, bool) {
	if e-t != 2 || !s[t].is("the", "la") || !s[t+1].is("city", "ciudad") && !cityPartAhead(s, t+1) {
		return PlaceData{}, false
	}
	dl, ok := d.lastPlaceWhere(pi, s[t].Start, func(m *placeMention) bool { return m.dateline })
	if !ok {
		return PlaceData{}, false
	}
	ms := d.placesIn(span{d.paras[pi].Start, s[t].Start})
	if len(ms) < 2 {
		return PlaceData{}, false
	}
	a, b := ms[len(ms)-2], ms[len(ms)-1]
	if j := strings.TrimSpace(d.text[a.end:b.start]); j != "y" && j != "and" {
		return PlaceData{}, false
	}
	for _, m := range []placeMention{a, b} {
		if m.data.Level != "country" && norm(m.data.Name) == norm(dl.Name) {
			return m.data, true
		}
	}
	return PlaceData{}, false
}

// cityPartAhead reports whether s[k] opens a part of "the city" named by
// its bearing: "zona sur de la ciudad", "the south zone of the city".
func cityPartAhead(s []token, k int) bool {
	for j := k; j < len(s) && j < k+5; j++ {
		switch {
		case s[j].is("city", "ciudad"):
			return j > k && s[j-1].is("the", "la")
		case !s[j].is("zona", "zone", "sur", "norte", "este", "oeste", "south", "north", "east", "west", "southern", "northern",
			"de", "of", "the", "la", "centro", "center", "centre", "parte", "part"):
			return false
		}
	}
	return false
}

// lower brings a Peruvian department or province a town's anaphor points
// to down to its capital district of the same name when that is the
// dateline's city: "CUSCO — … clashes near the Cusco airport … 18 officers
// were hurt in the city" is the city the story was filed from, as "in the
// city" under a dateline is.
func (d *doc) lower(pd PlaceData, ana []token) PlaceData {
	town := false
	for _, t := range ana {
		town = town || t.is("city", "town", "ciudad")
	}
	if !town {
		return pd
	}
	code := pd.Ubigeo[:4] + "01"
	if pd.Level == "department" {
		code = pd.Ubigeo[:2] + "0101"
	}
	for _, m := range d.places {
		if m.dateline && m.data.Ubigeo == code && fold.Words(m.data.Name) == fold.Words(pd.Name) {
			return m.data
		}
	}
	return pd
}

// anaphorPlace returns the place the anaphor s[t:e] points to. "This
// city", "esta capital", "esta provincia" under a dateline name the town
// the story is filed from (raise lifts it to the province), past the
// places named since ("CONCEPCIÓN.- … En
// Talcahuano, un joven murió … ha atendido a 38 heridos en esta ciudad";
// "POPAYÁN.- … dos en Santander de Quilichao. En esta capital, el Esmad …
// detuvo a 18 jóvenes"); not where people lie ("remain at the Viedma
// hospital in this city", "hospitalized in this city": the scene told
// before, lastPlaceBefore) nor a yardstick ("a town east of this city",
// "a 30 kilómetros de esta capital").
func (d *doc) anaphorPlace(pi int, s []token, t, e int) (PlaceData, bool) {
	if pd, ok := d.listedDatelineTown(pi, s, t, e); ok {
		return pd, true
	}
	if e-t == 2 && s[t].is("this", "esta", "este") && s[t+1].is("capital", "city", "ciudad", "province", "provincia") && !facilityOf(s, t) && !stayIn(s, t) && !yardstickBefore(s, t) {
		if pd, ok := d.lastPlaceWhere(pi, s[t].Start, func(m *placeMention) bool { return m.dateline }); ok && pd.Level != "country" {
			return pd, true
		}
	}
	return d.lastPlaceBefore(pi, s[t].Start, s[t:e])
}

// yardstickBefore reports whether the words before s[t] measure another
// place from it: "east of", "al norte de", "a 30 kilómetros de", "miles
// from".
func yardstickBefore(s []token, t int) bool {
	return t >= 2 && s[t-1].is("of", "de", "from") && s[t-2].is("east", "west", "north", "south", "este", "oeste", "norte", "sur",
		"km", "kilometros", "kilometers", "kilometres", "miles", "millas", "outside", "afueras", "cerca", "near")
}

// lastPlaceBefore returns the last place named before pos in the
// paragraph, the dateline included. An anaphor that names a town's unit
// ("este municipio", "the district") points to the last town, past a
// region that located it ("YUMBO (Valle del Cauca).- … en la entrada a
// este municipio").
// Likewise "the department", "la región" point to the last region named,
// past the town inside it ("killed in the town of Tuluá, in the Valle del
// Cauca department, … the number of people killed in the department"), and
// "the province" to the last province ("in Latacunga, in the province of
// Cotopaxi, … 78 injured in the province").
func (d *doc) lastPlaceBefore(pi, pos int, ana []token) (PlaceData, bool) {
	if len(ana) == 1 && ana[0].is("here", "aqui") {
		// "soldiers shot dead ten people here" under "AYACUCHO, Peru -":
		// where the reporter files from, past the places named since.
		if pd, ok := d.lastPlaceWhere(pi, pos, func(m *placeMention) bool { return m.dateline }); ok {
			return pd, true
		}
	}
	if pd, ok := d.capitalDateline(pi, pos, ana); ok {
		return pd, true
	}
	if levels := anaphorLevels(ana); levels != nil {
		// (not a road's far end: "in the road to Cali, at the exit of this
		// municipality" under JAMUNDÍ is the dateline's town, as for "the
		// city" below)
		if pd, ok := d.lastPlaceWhere(pi, pos, func(m *placeMention) bool {
			return (levels[m.data.Level] || levels[m.data.Country+":"+m.data.Level]) && !d.roadEndAt(m) && !d.zoneForMunicipality(ana, m) && !d.hospitalTown(m)
		}); ok {
			return d.regionByUsualName(pd), true
		}
	}
	if anaphorNamesZone(ana) {
		// "were counted 6 deceased in the zone" after "The neighbors of
		// Senkata … toward La Paz": the zone named before, past the towns.
		if pd, ok := d.lastPlaceWhere(pi, pos, func(m *placeMention) bool {
			return m.data.Level == "locality" || d.townAbroad(m.data).Key() != m.data.Key()
		}); ok {
			return pd, true
		}
	}
	if anaphorNamesCity(ana) {
		// "the city" points past a region the text names as one ("in the
		// province of Yauli … in the exit of the city": La Oroya).
		// Nor a neighbourhood the text names as one ("en el barrio
		// Meléndez, en el sur de la ciudad": Cali, the town it lies in).
		// Nor a road's far end ("en la vía a Buenaventura, a la salida de
		// esta ciudad": the dateline's Buga).
		// Nor a town the text names as the neighbour of the one the story
		// is about ("En el vecino municipio de Palmira, … 41 personas han
		// muerto en la ciudad", "in the neighbouring commune of Padre Las
		// Casas … in this city"): a neighbour is not "the city".
		// Nor where people came from ("comuneros de Pacucha y Chincheros
		// llegó … a la plaza de armas de la ciudad" under ANDAHUAYLAS).
		if pd, ok := d.lastPlaceWhere(pi, pos, func(m *placeMention) bool {
			return !d.namedAsRegion(m) && !d.namedAsZone(m) && !d.roadEndAt(m) && !d.neighbourTown(m) && !d.cameFromAt(pi, m)
		}); ok {
			return pd, true
		}
	}
	// "el bloqueo de la carretera que une Potosí con Sucre … en la zona":
	// the ends of a road are where it leads, not where the thing happened.
	levels := anaphorLevels(ana) != nil
	if pd, ok := d.lastPlaceWhere(pi, pos, func(m *placeMention) bool { return !d.roadEndAt(m) && !(levels && d.hospitalTown(m)) }); ok {
		return pd, true
	}
	return d.lastPlaceWhere(pi, pos, func(*placeMention) bool { return true })
}

// neighbourRe matches the words that name a place the neighbour of the
// one the story is about, right before it: "el vecino municipio de", "la
// vecina localidad de", "the neighbouring commune of", "nearby".
var neighbourRe = regexp.MustCompile(`\b(vecin[oa]s?|neighbou?ring|nearby)( (municipio|municipality|localidad|comuna|commune|canton|ciudad|city|town|distrito|district|parroquia|parish|poblacion))?( (de|del|of))?$`)

// neighbourTown reports whether the text names the place at m as the
// neighbour of another ("en el vecino municipio de Palmira", "in nearby
// Caloto").
func (d *doc) neighbourTown(m *placeMention) bool {
	if m.dateline {
		return false
	}
	return neighbourRe.MatchString(fold.Words(d.text[max(0, m.start-40):m.start]))
}

// capitalDateline returns the dateline's town for "la capital caucana",
// "la capital regional", "the regional capital" when the paragraph names
// before it a region that holds that town ("POPAYÁN.- … en el
// departamento del Cauca … en Santander de Quilichao, al norte del
// departamento … en la capital caucana": Popayán, not the town named
// last): the capital a reporter writes of is the one he files from.
func (d *doc) capitalDateline(pi, pos int, ana []token) (PlaceData, bool) {
	if !anyIs(ana, "capital") || anaphorNamesCity(ana) || !d.datelineIn(d.paras[pi]) {
		return PlaceData{}, false
	}
	// a region's capital, not a country's ("la capital peruana", "the
	// capital"): a level word or a region's adjective after "capital"
	regional := anyIs(ana, "regional", "provincial", "departamental", "departmental")
	for k, t := range ana {
		regional = regional || k > 0 && ana[k-1].is("capital") && t.Kind == tokWord && !t.Cap && demonyms[t.Norm] == "" && !t.is("peruana", "peruano")
	}
	if !regional {
		return PlaceData{}, false
	}
	var town *placeMention
	for k := range d.places {
		if m := &d.places[k]; m.dateline && m.data.Level != "country" {
			town = m
			break
		}
	}
	if town == nil {
		return PlaceData{}, false
	}
	for k := range d.places {
		m := &d.places[k]
		if !m.dateline && m.start >= d.paras[pi].Start && m.end <= pos && placeContains(m.data, town.data) {
			return town.data, true
		}
	}
	return PlaceData{}, false
}

// namedAsRegion reports whether a mention follows a unit larger than a
// town and "of" ("the province of Yauli", "la región de Puno") or comes
// before one in the English order ("the southern Puno region").
func (d *doc) namedAsRegion(m *placeMention) bool {
	before := strings.Fields(fold.Words(d.text[max(0, m.start-24):m.start]))
	after := strings.Fields(fold.Words(d.text[m.end:min(len(d.text), m.end+16)]))
	n := len(before)
	if n >= 3 && (before[n-1] == "the" || before[n-1] == "la" || before[n-1] == "el") {
		n-- // MT "the region of the Biobío", "the province of the Guayas"
	}
	return n >= 2 && (before[n-1] == "of" || before[n-1] == "de" || before[n-1] == "del") && regionUnitWord(before[n-2]) ||
		len(after) > 0 && (regionUnitWord(after[0]) || regionAdjective(after[0]))
}

// regionAdjective reports whether a folded word after a name makes it a
// region's: "the Pastaza provincial government building", "la sede
// departamental".
func regionAdjective(w string) bool {
	return w == "provincial" || w == "departmental" || w == "departamental"
}

// originAt reports whether the text names the place at m as where
// someone came from ("un dirigente campesino de Anta").
func (d *doc) originAt(pi int, m *placeMention) bool {
	for _, sb := range d.paras[pi].sentences {
		if sp := sentenceSpan(sb); m.start >= sp.Start && m.start < sp.End {
			return cameFrom(sb, tokenIndex(sb, m.start))
		}
	}
	return false
}

// namedAsZone reports whether the text names the place at m as a part of
// a town: "el barrio Meléndez", "the neighbourhood of Ovejuyo", "the
// Siloé neighbourhood" (not a Chilean "comuna", a town of its own).
func (d *doc) namedAsZone(m *placeMention) bool {
	before := strings.Fields(fold.Words(d.text[max(0, m.start-40):m.start]))
	after := strings.Fields(fold.Words(d.text[m.end:min(len(d.text), m.end+16)]))
	zone := func(w string) bool { return localityBefore[w] && w != "comuna" && w != "comunas" }
	n := len(before)
	// (the second of two: "the southern zones of Ovejuyo and Chasquipampa")
	second := n >= 4 && (before[n-1] == "and" || before[n-1] == "y") && (before[n-3] == "of" || before[n-3] == "de") && zone(before[n-4])
	return n >= 1 && zone(before[n-1]) || n >= 2 && (before[n-1] == "of" || before[n-1] == "de" || before[n-1] == "del") && zone(before[n-2]) ||
		second || len(after) > 0 && zone(after[0]) || d.zoneInApposition(m)
}

// zoneInApposition reports whether an aside after a mention names it a
// zone: "in Ovejuyo, a hillside neighbourhood on the southern edge of La
// Paz".
func (d *doc) zoneInApposition(m *placeMention) bool {
	rest := d.text[m.end:min(len(d.text), m.end+40)]
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	w := strings.Fields(fold.Words(rest))
	if len(w) < 2 || !(w[0] == "a" || w[0] == "an" || w[0] == "un" || w[0] == "una") {
		return false
	}
	return localityBefore[w[1]] || len(w) > 2 && localityBefore[w[2]]
}

// regionUnitWord reports whether a folded word names a unit larger than a
// town.
func regionUnitWord(w string) bool {
	return regionUnits[w] || w == "province" || w == "provincia"
}

// townUnits name a town's own unit in an anaphor, regionUnits a region's.
var townUnits = map[string]bool{"municipio": true, "municipality": true, "comuna": true, "commune": true, "distrito": true,
	"district": true, "canton": true, "town": true}

var regionUnits = map[string]bool{"department": true, "departamento": true, "region": true}

var (
	townLevels   = map[string]bool{"district": true, "city": true, "locality": true}
	regionLevels = map[string]bool{"department": true, "admin1": true}
	// Ecuador's provinces are its first-level divisions; Bolivia's and
	// Chile's are second-level ones, as Peru's are.
	provinceLevels = map[string]bool{"province": true, "admin2": true, "EC:admin1": true}
)

// zoneForMunicipality reports whether an anaphor naming a municipality
// ("ese municipio", "this municipality") would point to a zone the
// gazetteer lists inside its town: "en el puente Huayllani, en Sacaba; …
// en la plaza principal de ese municipio" is Sacaba, not its village.
func (d *doc) zoneForMunicipality(ana []token, m *placeMention) bool {
	if m.data.Country == "" || m.data.Country == "PE" || !d.gaz.IsPartOfTown(m.name, m.data.Country) {
		return false
	}
	for _, t := range ana {
		if t.is("municipio", "municipality") {
			return true
		}
	}
	return false
}

// anaphorLevels returns the levels of place the unit an anaphor names can
// point to, or nil for any.
func anaphorLevels(ana []token) map[string]bool {
	for _, t := range ana {
		n := t.Norm
		if possessive(t) {
			n = strings.ToLower(possessiveBase(t.Text)) // "the town's hospital"
		}
		switch {
		case townUnits[n]:
			return townLevels
		case regionUnits[n]:
			return regionLevels
		case n == "province" || n == "provincia":
			return provinceLevels
		}
	}
	return nil
}

func (d *doc) lastPlaceWhere(pi, pos int, keep func(*placeMention) bool) (PlaceData, bool) {
	p := d.paras[pi]
	var best *placeMention
	for k := range d.places {
		m := &d.places[k]
		if m.end > pos || m.start < p.Start && !m.dateline || m.data.Key() == "" || !keep(m) {
			continue
		}
		if !m.dateline && m.data.Level != "country" && d.seatAt(pi, m) {
			// "Puno's regional health director … said 68 wounded people
			// had been brought to the city's hospitals": the city is not
			// the region a body serves.
			continue
		}
		if !m.dateline && m.data.Level != "locality" && d.townAbroad(m.data).Key() == m.data.Key() && d.originAt(pi, m) {
			// "A comunero leader of Anta lost the life … the airport of
			// the city", "El dirigente …, de la provincia de Anta, murió
			// … los fallecidos en la región": where someone came from is
			// no scene an anaphor points back to. (But "Los vecinos de
			// Senkata … en esa misma zona": a zone's residents are at home.)
			continue
		}
		if (m.data.Level == "country" || m.data.Level == "water") && best != nil {
			continue
		}
		if best != nil && !best.dateline && m.start-best.end < 40 && strings.HasPrefix(strings.TrimSpace(d.text[best.end:m.start]), ",") &&
			placeContains(m.data, best.data) {
			// "in Macusani, the capital of Carabaya province, … there": the
			// province only locates the town "there" points to.
			continue
		}
		if best != nil && !best.dateline && (nestedIn(d.text[best.end:m.start]) || siteIn(d.text[best.end:m.start])) &&
			(placeContains(m.data, best.data) || d.townHolding(best.data).Key() == m.data.Key()) {
			// "in the zone of Senkata of the city of El Alto … the zone",
			// "the Senkata fuel plant in El Alto … the men killed there":
			// the town only locates the zone or site named first.
			continue
		}
		if best != nil && !best.dateline && m.data.Country != "PE" && m.data.Country == best.data.Country && m.start-best.end < 60 &&
			partAppositionRe.MatchString(fold.Words(d.text[best.end:m.start])) {
			// "in Senkata, a neighbourhood on the southern edge of El Alto
			// … wounded there": the town only locates the zone named first.
			continue
		}
		if best != nil && placeContains(m.data, best.data) && townLocated(d.text[max(p.Start, m.start-40):m.start]) {
			// "BUGA (AP) - … this town in Valle del Cauca province … there":
			// the region locates the town the story is about.
			continue
		}
		best = m
	}
	if best == nil {
		return PlaceData{}, false
	}
	return best.data, true
}

// nestedInRe matches what joins a place to the town or unit that holds it
// right after it: "of the city of", "de la ciudad de", "en el municipio de".
var nestedInRe = regexp.MustCompile(`^(of|de|del|in|en)( the| la| el)?( city| ciudad| town| municipality| municipio| commune| comuna| district| distrito)?( of| de| del)?$`)

// partAppositionRe matches an aside that names the place before it a part
// of the town after it: ", a neighbourhood on the southern edge of", ",
// un barrio del sur de".
var partAppositionRe = regexp.MustCompile(`^(an?|un|una) (\w+ )?(neighbou?rhood|district|zone|zona|barrio|sector|locality|localidad|suburb|township)\b.*\b(of|in|de|del|en)( the| la| el)?$`)

// nestedIn reports whether the text between two places only nests the
// first in the second.
func nestedIn(gap string) bool {
	return nestedInRe.MatchString(fold.Words(gap))
}

// siteIn reports whether the text between two places is a site's word,
// with at most one word before it, and "in": "fuel plant in", "bridge in",
// as siteBetween reads it within a sentence.
func siteIn(gap string) bool {
	w := strings.Fields(fold.Words(gap))
	return len(w) >= 2 && len(w) <= 3 && (w[len(w)-1] == "in" || w[len(w)-1] == "en") && siteWords[w[len(w)-2]]
}

// townLocatedRe matches the end of a demonstrative's town before a larger
// unit that locates it: "this Andean town in", "esta ciudad del".
var townLocatedRe = regexp.MustCompile(`\b(this|that|esta|este|dicha|dicho|aquella)( \w+)? (town|city|village|ciudad|localidad|municipio|pueblo|comuna|distrito|district|municipality|commune) (in|of|de|del|en)( the| la| el)? $`)

// townLocated reports whether the text before a place ends in a
// demonstrative's town and a preposition: the place only locates that town.
func townLocated(before string) bool {
	return townLocatedRe.MatchString(fold.Words(before) + " ")
}

// listFrom extends the place at places[k] over the places coordinated with
// it: "in Puno, Cusco and Apurímac".
func listFrom(s []token, places []sentPlace, k int) []int {
	out := []int{k}
	for n := k + 1; n < len(places); n++ {
		prev, p := places[out[len(out)-1]], places[n]
		if p.qualifier {
			continue
		}
		ok := p.i > prev.end
		for t := prev.end; t < p.i && ok; t++ {
			// "la carretera Juliaca-Puno": a hyphen joins the two ends.
			ok = s[t].is(",", "y", "and", "e", "en", "in") || (s[t].Text == "-" || s[t].Text == "–") && p.i == t+1 && t == prev.end
		}
		// "in Cali and the nearby town of Jamundí": a list too.
		ok = ok || p.i > prev.end && townJoin(s, prev.end, p.i) || zoneJoin(s, prev.end, p.i)
		if !ok || possessive(s[p.end-1]) || ownsNumber(s, p) {
			break
		}
		out = append(out, n)
	}
	return out
}

// siteBetween reports whether s[a:b] is a site's word, with at most one
// word before it, and "in": "fuel plant in", "bridge in".
func siteBetween(s []token, a, b int) bool {
	if b-a >= 3 && s[b-1].is("neighboring", "neighbouring", "nearby") {
		b-- // "the Senkata fuel plant in neighboring El Alto"
	}
	if b-a < 2 || b-a > 3 || !s[b-1].is("in", "en") || !siteWords[s[b-2].Norm] {
		return false
	}
	for t := a; t < b-1; t++ {
		if s[t].Kind != tokWord || s[t].Cap {
			return false
		}
	}
	return true
}

// zoneAfterTown reports whether s[a:b] is ", in the zone of" or ", en el
// barrio": a comma, a preposition, an article and a zone's word.
func zoneAfterTown(s []token, a, b int) bool {
	if b-a < 3 || s[a].Text != "," || !s[a+1].is("in", "en") {
		return false
	}
	zone := false
	for t := a + 2; t < b; t++ {
		switch {
		case localityBefore[s[t].Norm] && !s[t].Cap:
			zone = true
		case !s[t].is("the", "la", "el", "of", "de", "del"):
			return false
		}
	}
	return zone
}

// largePartWord reports whether s[a:b] names a town's large part
// ("locality", "comuna"), which holds a sector and is no part of one: "in
// the sector of Portal Américas, in the locality of Kennedy" keeps the
// sector.
func largePartWord(s []token, a, b int) bool {
	for t := a; t < b; t++ {
		if s[t].is("locality", "localidad", "comuna", "commune", "district", "distrito", "municipality", "municipio") {
			return true
		}
	}
	return false
}

// partWordOf reports whether s[a:b] is a word for a part of a town and
// "of", perhaps with a compass word: "locality of", "district of
// southwest".
func partWordOf(s []token, a, b int) bool {
	if b-a < 2 || b-a > 3 || s[a].Cap || !(localityAfter[s[a].Norm] || s[a].is("district", "borough")) || !s[a+1].is("of") {
		return false
	}
	return b-a == 2 || areaWords[s[a+2].Norm] || strings.HasPrefix(s[a+2].Norm, "south") || strings.HasPrefix(s[a+2].Norm, "north")
}

// zoneJoin reports whether s[a:b] joins two zones each with its own word:
// "in the sector of La Luna and in the point of Puerto Resistencia", "en el
// barrio Siloé y en el sector de Meléndez".
func zoneJoin(s []token, a, b int) bool {
	joined, zone := false, false
	for t := a; t < b; t++ {
		switch {
		case s[t].is("and", "y", "e"):
			joined = joined || t == a
		case localityBefore[s[t].Norm] || s[t].is("point", "punto") && !s[t].Cap:
			zone = true
		case !s[t].is("in", "en", "the", "la", "el", "los", "las", "of", "de", "del"):
			return false
		}
	}
	return joined && zone
}

// ownsNumber reports whether a number follows the place in brackets or
// after "with"/"con": "Puno (18)", "Apurímac con 8".
func ownsNumber(s []token, p sentPlace) bool {
	e := p.end
	return e+1 < len(s) && (s[e].Text == "(" || s[e].Text == ":" || s[e].is("with", "con")) && isNumberStart(s, e+1)
}

// anaphorEndingAt returns the place an anaphor ending right before s[t]
// points to ("the town", "esta ciudad").
func (d *doc) anaphorEndingAt(pi int, s []token, t int) (PlaceData, bool) {
	for a := t - 1; a >= 0 && a >= t-3; a-- {
		if e, ok := anaphorAt(s, a); ok && e == t {
			if pd, ok := d.anaphorPlace(pi, s, a, e); ok {
				return d.raise(pd, s[a:e], false), true
			}
		}
	}
	return PlaceData{}, false
}

// anaphorIn reports whether s points back to a place ("this city", "la
// zona", "there") other than a hospital's ("in the hospitals of the
// region", "en el hospital de la ciudad").
func anaphorIn(s []token) bool {
	for t := range s {
		if _, ok := anaphorAt(s, t); ok && !hospitalTown(s, t) && !(t > 0 && hospitalTown(s, t+1) && s[t].is("the", "la", "el")) {
			return true
		}
	}
	return false
}
