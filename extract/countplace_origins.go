// Origins, destinations, routes, seats and hospitals: the places people
// came from, were taken to or lie in, which are not where a count happened.

package extract

import (
	"regexp"
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
)

// bodyOverDateline reports whether every body's seat holds the city of
// the dateline opening paragraph pi ("JULIACA, Peru — … Puno's regional
// health director … said 68 wounded people had been brought to the
// city's hospitals"): the story's town, not the region its body serves.
func (d *doc) bodyOverDateline(pi int, bodies []PlaceData) bool {
	city, ok := d.datelineCity(pi)
	if !ok || len(bodies) == 0 {
		return false
	}
	for _, b := range bodies {
		if b.Key() == city.Key() || !placeContains(b, city) {
			return false
		}
	}
	return true
}

// bodySeat reports whether the place at s[i:e] only says where a body
// that reports sits: a region in the possessive before it ("Puno's
// regional health director … said 68 wounded people had been brought to
// the city's hospitals") or after its officials ("Health officials in the
// Puno region raised the death toll … near this city's airport"). Like
// "the Police of Puno", a count's place only when the sentence names no
// other.
func bodySeat(s []token, i, e int) bool {
	if seatInBodyName(s, i, e) {
		return true
	}
	if e < len(s) && possessive(s[e-1]) {
		for k := e; k < len(s) && k < e+3; k++ {
			if s[k].is("director", "directorate", "officials", "authorities", "governor", "prosecutor", "prosecutors", "ombudsman", "police") {
				return true
			}
		}
		return false
	}
	if i >= 2 && s[i-1].is("the") {
		i--
	}
	return i >= 2 && s[i-1].is("in") && s[i-2].is("officials", "authorities") && e < len(s) && s[e].is("region", "department", "province") && !(e+1 < len(s) && s[e+1].is("said", "say", "says", "reported"))
}

// townAnaphorBefore reports whether a demonstrative's town ("this Amazon
// city", "this remote Andean town", "esta localidad") stands before s[i],
// with only locator words, names and possessives between ("capital of",
// "in Cusco's").
func townAnaphorBefore(s []token, i int) bool {
	k := i - 1
	for ; k >= 0 && k > i-8; k-- {
		if s[k].is("city", "town", "ciudad", "localidad", "pueblo", "villa") {
			break
		}
		if !(s[k].Cap || possessive(s[k]) || locatorWords(s, k, k+1)) {
			return false
		}
	}
	if k < 0 || k <= i-8 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s[j].is("this", "that", "esta", "este", "aquella") {
			return true
		}
		if s[j].Kind != tokWord {
			return false
		}
	}
	return false
}

// exiledIn reports whether the place at s[i] is where someone went into
// exile or was given asylum ("flew to exile in Mexico", "asilo en
// México"): nothing counted happened there.
func exiledIn(s []token, i int) bool {
	return i >= 2 && s[i-1].is("in", "en") && s[i-2].is("exile", "exilio", "asylum", "asilo")
}

// seatedIn reports whether the place at s[i] is where a body that reports
// has its seat ("La Coordinadora …, con sede en Lima", "elaborado por su
// sede central en Lima", MT "that has its headquarters in La Paz", "a
// Quito-based group", "headquartered in Bogotá"): nothing counted
// happened there. Not a building named as a scene ("frente a la sede de
// la Fiscalía en Juliaca"): only the seat a body has.
func seatedIn(s []token, i int) bool {
	if i < 2 || !s[i-1].is("in", "en") {
		return false
	}
	k := i - 2
	if k >= 1 && s[k].is("central", "principal", "main") {
		k--
	}
	if s[k].is("headquartered", "based") {
		return true
	}
	return k >= 1 && s[k].is("sede", "headquarters", "seat") && s[k-1].is("con", "su", "its", "with", "their", "sus")
}

// visitedIn reports whether the place at s[i] is one of the towns a body
// that reports visited ("Its mission, which visited Santiago, Valparaíso,
// Concepción and Temuco …, documented 113 cases of torture", "la
// delegación, que visitó Lima y Puno"): the places of a visit are not its
// count's place (README, round 25). The visit word stands before the
// list, with only names, commas and "and" between. Not a country visited
// ("The IACHR visited Colombia … 51 people had died"): it names the
// country a national count is of. Not a march's route ("que recorrió el
// Centro de Lima").
func visitedIn(s []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		switch {
		case s[k].is("visited", "visiting", "visito", "visitaron", "visitara", "visitando"):
			return true
		case s[k].Text == "," || s[k].Cap && s[k].Kind == tokWord || s[k].is("and", "y", "e", "the", "la", "el", "de", "del", "of", "cities", "ciudades", "towns", "regions", "regiones", "city", "ciudad"):
		default:
			return false
		}
	}
	return false
}

// relocateWords move a thing, not people: "moved its seat to", "the
// transfer of the seat of government to", "trasladó la sede a".
var relocateWords = map[string]bool{"moved": true, "moves": true, "transfer": true, "transferred": true, "relocated": true,
	"traslado": true, "traslada": true, "trasladar": true, "mudo": true}

// presentedIn reports whether the place at s[i] is where a report or
// figures were presented: "presented in Quito its final report",
// "presentó en Lima su informe", "released in Santiago".
func presentedIn(s []token, i int) bool {
	return i >= 2 && s[i-1].is("in", "en") && s[i-2].is("presented", "presento", "released", "launched", "published", "publico", "divulgo", "unveiled")
}

// peopleMoved reports whether the words moved are people or their
// bodies ("el traslado de los heridos a Lima"): takenTo's, not a seat.
func peopleMoved(ws []token) bool {
	return anyIs(ws, "people", "personas", "detainees", "detenidos", "wounded", "heridos", "injured", "victims", "victimas", "bodies", "cuerpos", "restos", "patients", "pacientes")
}

// relocatedTo reports whether the place at s[i] is where a thing was moved:
// a word of moving with a determiner after it, then "to"/"a" before the
// place within a few words ("moved its seat to the port city of
// Guayaquil"); "moved in to clear the road" names no thing moved.
func relocatedTo(s []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if s[k].Kind != tokWord {
			return false
		}
		if !s[k].is("to", "a", "hacia") {
			continue
		}
		for v := k - 2; v >= 0 && v >= k-7; v-- {
			if s[v].Kind != tokWord {
				break
			}
			if relocateWords[s[v].Norm] && s[v+1].is("its", "the", "la", "el", "su", "of", "de") && !peopleMoved(s[v+1:k]) {
				return true
			}
		}
		return false
	}
	return false
}

// bearings name a direction from a landmark: "al norte de Quito", "south
// of Santiago".
var bearings = map[string]bool{"norte": true, "sur": true, "este": true, "oeste": true, "north": true, "south": true,
	"east": true, "west": true, "noreste": true, "noroeste": true, "sureste": true, "suroeste": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "oriente": true, "occidente": true}

// bearingBefore reports whether the place at s[i] is a landmark a
// direction is taken from, after a comma: "En Otavalo, al norte de Quito",
// "in Puente Alto, south of Santiago".
func bearingBefore(s []token, i int) bool {
	if i >= 4 && s[i-1].is("de", "of", "del", "from") && s[i-2].is("kilometers", "kilometres", "kilómetros", "kilometros", "km", "miles") && s[i-3].Kind == tokNumber {
		// "Montero, a 50 kilómetros de Santa Cruz", "50 km from Cochabamba":
		// a distance from a landmark.
		k := i - 4
		if s[k].is("a", "to", "some", "about", "unos") && k > 0 {
			k--
		}
		return landmarkLead(s, k)
	}
	if k := nearLead(s, i); k > 0 {
		return s[k-1].Text == "," // "in Sacaba, near the city of Cochabamba", "en Sacaba, cerca de Cochabamba"
	}
	if i < 3 || !s[i-1].is("de", "of", "del") || !bearings[s[i-2].Norm] {
		return false
	}
	k := i - 3
	if s[k].is("al", "the", "el") && k > 0 {
		k--
	}
	if s[k].is("just", "immediately", "directly", "due", "justo") && k > 0 {
		k-- // "this industrial town just north of Cali"
	}
	if s[k].is("to") && k > 0 {
		k-- // "in the parish of Amaguaña, to the south of Quito"
	}
	if k >= 2 && s[k].is("kilometers", "kilometres", "kilómetros", "kilometros", "km", "miles") && s[k-1].Kind == tokNumber {
		k -= 2 // "a town some 55 km south of Puno": a distance before the bearing
		if k > 0 && s[k].is("a", "to", "some", "about", "unos") {
			k--
		}
	}
	return landmarkLead(s, k)
}

// nearLead returns the index of "near"/"cerca" before the place at s[i],
// past "the city of"/"la ciudad de", or -1.
func nearLead(s []token, i int) int {
	k := i - 1
	if k >= 3 && s[k].is("of", "de") && s[k-1].is("city", "town", "ciudad") && s[k-2].is("the", "la") {
		k -= 3
	}
	switch {
	case k >= 0 && s[k].is("near"):
		return k
	case k >= 1 && s[k].is("de") && s[k-1].is("cerca"):
		return k - 1
	}
	return -1
}

// landmarkLead reports whether s[k], before a bearing or a distance, sets
// it off as a landmark: a comma ("En Otavalo, al norte de Quito") or a
// town's noun ("this Andean city south of Quito", "a town 40 km from
// Puno"): the place described lies elsewhere.
func landmarkLead(s []token, k int) bool {
	return s[k].Text == "," || s[k].is("city", "town", "village", "ciudad", "localidad", "pueblo", "poblado", "comunidad", "community")
}

// arrivalWords say where people came from or live: "llegados de Puno",
// "procedentes de Cusco", "who travelled from Puno".
var arrivalWords = map[string]bool{"llegados": true, "llegadas": true, "llegado": true, "llegada": true, "llegaron": true,
	"venido": true, "vinieron": true, "procedentes": true, "provenientes": true, "proceeding": true,
	"venidos": true, "venidas": true, "oriundos": true, "oriundas": true, "arrived": true, "came": true, "travelled": true,
	"traveled": true, "coming": true, "marching": true, "marched": true, "marchaban": true, "marcharon": true,
	"bajo": true, "bajaron": true, "bajaban": true, "descended": true, // "la marcha fúnebre que bajó desde El Alto"
	// where people live: "dijo Gloria Mina, habitante de Puerto Resistencia"
	"habitante": true, "habitantes": true, "inhabitant": true, "inhabitants": true, "residente": true, "residentes": true}

// cameFrom reports whether the place at s[i] is where people came from,
// not where the count happened: "protesters from southern Peru marched
// through Lima", "49 manifestantes llegados de Puno", "pobladores de la
// provincia de Melgar". Between the word and the place only lower-case
// words stand ("southern", "la provincia de").
func cameFrom(s []token, i int) bool {
	if routeFrom(s, i) {
		return true
	}
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if s[k].Kind != tokWord || s[k].Cap {
			return false
		}
		if !s[k].is("from", "de", "desde", "of") {
			continue
		}
		if arrivalWords[s[k-1].Norm] && !s[k].is("of") {
			return true
		}
		// (MT "8 comuneros of the districts of Checacupe", "a comunero of
		// Pujilí", "6 are residents of El Alto": "of" after the people
		// counted, word for word from "de"; not "Residents of Siloé said")
		for b := max(0, k-3); b < k; b++ {
			if _, e, ok := whoLex.match(s, b); ok && e == k && (!s[k].is("of") || b > 0 && (s[b-1].Kind == tokNumber || s[b-1].is("a", "an", "of") || s[b-1].is("are", "were") && s[b].is("residents", "inhabitants", "neighbours", "neighbors"))) {
				return true
			}
			// "Un dirigente comunal de Anta", "un dirigente campesino de la
			// provincia de Chumbivilcas", MT "A comunero leader of Anta":
			// one person, a word of his trade between, is from there too.
			if _, e, ok := whoLex.match(s, b); ok && e+1 == k && b > 0 && s[b-1].is("un", "una", "el", "la", "a", "an") && s[e].Kind == tokWord && !s[e].Cap && s[k].is("de", "del", "of") &&
				!levelWord(s[e].Norm) && !adminUnits[s[e].Norm] && !townUnits[s[e].Norm] { // (not "el vecino municipio de Jamundí")
				return true
			}
			// "comuneros aimaras de Ilave", "campesinos quechuas de Anta":
			// many people, a plural adjective between, are from there too.
			if _, e, ok := whoLex.match(s, b); ok && e+1 == k && e > b && s[e].Kind == tokWord && !s[e].Cap && strings.HasSuffix(s[e].Norm, "s") && s[k].is("de", "del") &&
				strings.HasSuffix(s[e-1].Norm, "s") && !levelWord(s[e].Norm) && !adminUnits[s[e].Norm] && !townUnits[s[e].Norm] {
				return true
			}
		}
		// "El dirigente campesino Aurelio Ccama Huillca, de la provincia de
		// Anta": a named person's origin set off by a comma after his
		// name, his trade before it.
		if k >= 3 && s[k].is("de", "del") && s[k-1].Text == "," && s[k-2].Cap && personTitled(s, k-2) {
			return true
		}
		// "de la provincia de Melgar": read on to the people before.
	}
	return false
}

// routeFrom reports whether the place at s[i] is where a march or a
// column set out for another place: "the funeral march … from El Alto
// until the center of this city", "desde El Alto hasta la plaza Murillo",
// "marched on Thursday from El Alto to the center of La Paz".
func routeFrom(s []token, i int) bool {
	if i < 1 || !s[i-1].is("from", "desde") {
		return false
	}
	e := i
	for e < len(s) && s[e].Kind == tokWord && s[e].Cap {
		e++
	}
	return e > i && e+1 < len(s) && s[e].is("to", "until", "into", "hasta", "hacia")
}

// personTitled reports whether s[e] ends a person's name (one to four
// capitalised words) after the words of his trade ("El dirigente
// campesino Aurelio Ccama Huillca").
func personTitled(s []token, e int) bool {
	b := e
	for b > 0 && e-b < 4 && s[b-1].Cap && s[b-1].Kind == tokWord {
		b--
	}
	if b == 0 || !s[b].Cap {
		return false
	}
	for a := max(0, b-3); a < b; a++ {
		if _, end, ok := whoLex.match(s, a); ok && (end == b || end+1 == b && !s[end].Cap && s[end].Kind == tokWord) {
			return true
		}
	}
	return false
}

// marchWord reports whether t moves people on foot or in a column: "marching", "se
// dirigían", "avanzaban".
func marchWord(t token) bool {
	return strings.HasPrefix(t.Norm, "march") || strings.HasPrefix(t.Norm, "walk") || strings.HasPrefix(t.Norm, "head") ||
		strings.HasPrefix(t.Norm, "dirig") || strings.HasPrefix(t.Norm, "avanz") || strings.HasPrefix(t.Norm, "advanc") ||
		strings.HasPrefix(t.Norm, "camin")
}

// headedTo reports whether the place at s[i] is where people on the move
// were headed ("coca growers marching toward Cochabamba", "marchaban
// hacia La Paz", "se dirigían rumbo a Lima"): not where they were stopped.
func headedTo(s []token, i int) bool {
	k := i - 1
	for k >= 0 && s[k].Kind == tokWord && !s[k].Cap && (s[k].is("the", "la", "el", "this", "esta", "city", "ciudad") ||
		k >= 1 && s[k].is("of", "de") && s[k-1].is("city", "ciudad")) { // "to reach the city of Cochabamba"
		k--
	}
	switch {
	case k >= 0 && s[k].is("toward", "towards", "hacia"):
	case k >= 1 && s[k].is("a") && s[k-1].is("rumbo", "camino"):
		k--
	case k >= 1 && s[k].is("for", "to") && s[k-1].is("heading", "headed", "bound"):
		return true // "marchers heading for Quito", "a march headed to La Paz"
	case reachTried(s, k):
		return true
	default:
		return false
	}
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		if marchWord(s[b]) {
			return true
		}
	}
	return false
}

// reachTried reports whether the words ending at s[k] say people tried
// to reach a place ("as the marchers tried to reach", "trying to reach",
// "que intentaban llegar a", "buscaban ingresar a"): where they were
// headed, not where they were stopped.
func reachTried(s []token, k int) bool {
	switch {
	case k >= 2 && s[k].is("reach") && s[k-1].is("to") && s[k-2].is("tried", "trying", "attempted", "attempting", "sought", "seeking"):
		return true
	case k >= 2 && s[k].is("a", "al") && s[k-1].is("llegar", "ingresar", "entrar") && s[k-2].is("intentaban", "intentaron", "buscaban", "pretendian", "querian"):
		return true
	}
	return false
}

// roadToward reports whether the place at s[i] names where a road or a
// way out leads ("la vía a Buenaventura", "the road toward Buenaventura",
// "la salida hacia Oruro", "the highway to Puno"): the road's far end, not
// where a count on it happened.
func roadToward(s []token, i int) bool {
	k := i - 1
	// "the bridge to the neighbouring town of Durán": past the town's unit
	if k >= 3 && s[k].is("of", "de") && s[k-1].is("town", "city", "municipality", "canton") && s[k-2].is("neighbouring", "neighboring", "nearby") {
		k -= 3
	}
	for k >= 0 && s[k].Kind == tokWord && !s[k].Cap && s[k].is("the", "la", "el") {
		k--
	}
	if k < 1 || !s[k].is("a", "al", "to", "toward", "towards", "hacia") {
		return false
	}
	return roadWord(s[k-1]) || s[k-1].is("salida", "exit", "bridge", "puente") // (a bridge's far end: "the bridge to Durán")
}

// routeBetween reports whether the places at a and b are the ends of a
// road ("the road between Juliaca and Puno", "la carretera entre Cusco y
// Abancay", "the Arequipa-Puno highway", "la vía Abancay-Andahuaylas"), not
// where a count happened.
func routeBetween(s []token, a, b sentPlace) bool {
	if b.i == a.end+1 && (s[a.end].Text == "-" || s[a.end].Text == "–") {
		return a.i > 0 && roadWord(s[a.i-1]) || b.end < len(s) && roadWord(s[b.end])
	}
	if b.i != a.end+1 || !s[a.end].is("and", "y") || a.i < 2 || !s[a.i-1].is("between", "entre") {
		return false
	}
	for k := a.i - 2; k >= 0 && k >= a.i-4; k-- {
		if roadWord(s[k]) {
			return true
		}
	}
	return false
}

// bareCrossing reports whether a sentence names a bridge or river by its
// noun alone ("en el puente", "on the bridge"): one named before.
func bareCrossing(s []token) bool {
	for k := 1; k < len(s); k++ {
		if s[k-1].is("el", "the") && s[k].is("puente", "bridge", "rio", "river") &&
			(k+1 >= len(s) || !s[k+1].Cap && !s[k+1].is("de", "del", "of", "sobre", "over")) {
			return true
		}
	}
	return false
}

// serviceEnd reports whether the place at s[i] is an end of a road or
// service cut between two places ("halting trains between Cusco and the
// Sacred Valley", "el tránsito entre Puno y Juliaca"), where its traffic
// goes, not where the thing happened.
func serviceEnd(s []token, i int) bool {
	if i < 2 || !s[i-1].is("between", "entre") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if roadWord(s[k]) || s[k].is("trains", "train", "trenes", "tren", "traffic", "trafico", "transito", "flights", "vuelos", "railway", "ferrocarril", "buses") {
			return true
		}
	}
	return false
}

func roadWord(t token) bool {
	return t.is("road", "highway", "route", "carretera", "via", "tramo", "camino", "ruta", "variante", "bypass", "autopista")
}

// movedVerbs take people somewhere: "trasladados a Lircay", "transferred
// to Juliaca".
var movedVerbs = map[string]bool{"taken": true, "transferred": true, "moved": true, "flown": true, "evacuated": true, "sent": true,
	"derived": true, "airlifted": true, // MT "12 were derived to the city of Cochabamba"
	"trasladados": true, "trasladadas": true, "trasladado": true, "trasladada": true, "llevados": true, "llevadas": true,
	"evacuados": true, "evacuadas": true, "conducidos": true, "conducidas": true, "derivados": true, "derivadas": true, "enviados": true,
	"referred": true, "referidos": true, "referidas": true, // MT "were referred to the city of Lima"
	// the singular participles of the active perfect: "los heridos que la
	// Red de Salud ha derivado a Lima"
	"derivado": true, "derivada": true, "llevado": true, "llevada": true, "enviado": true, "enviada": true, "enviadas": true,
	"evacuado": true, "evacuada": true}

// onlyTakenTo reports whether every place of the sentence that is no
// qualifier is where people were taken ("derivado a Lima", "flown to
// Lima"), beside where others lie now ("21 remain in hospital in Juliaca
// and four were flown to Lima"), not where they came from, a road's end,
// or where someone went in ("moved into the neighbourhood of Siloé").
func (d *doc) onlyTakenTo(s []token, places []sentPlace) bool {
	some := false
	for _, p := range places {
		if p.qualifier || p.datelined {
			continue
		}
		if !takenTo(s, p.i) && !stayIn(s, p.i) || anyIs(s[max(0, p.i-7):p.i], "into") {
			return false
		}
		// (where they lie alone is a state's place: "20 remained interned
		// in hospitals of El Alto")
		some = some || !stayIn(s, p.i)
	}
	return some
}

// stayWords, after a verb of remaining, say where people lie in hospital
// after the harm: "siguen internados en Puno", "remain hospitalised in
// Lima"; "were hospitalised in Cusco" is where they were counted.
var stayWords = map[string]bool{"internados": true, "internadas": true, "hospitalizados": true, "hospitalizadas": true,
	"hospitalized": true, "hospitalised": true, "interned": true}

// stayIn reports whether the place at s[i] is where people stay after a
// verb of staying: "remain hospitalized in Juliaca", "siguen internados en
// Puno".
func stayIn(s []token, i int) bool {
	// "permanecen hospitalizados en el hospital Carlos Monge Medrano de
	// Juliaca": a hospital's name may stand between.
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if s[k].Kind != tokWord {
			return false
		}
		if s[k].is("en", "in") && (stayWords[s[k-1].Norm] || remainWords[s[k-1].Norm]) {
			return true
		}
	}
	return false
}

// remainWords say people are still where they lie: "remain in hospitals
// in Quito", "permanecen en el hospital de Puno".
var remainWords = map[string]bool{"remain": true, "remains": true, "remained": true, "stay": true, "stayed": true,
	"permanecen": true, "permanece": true, "permanecian": true, "siguen": true, "sigue": true, "continuan": true, "continua": true}

// takenTo reports whether the place at s[i] is where people were taken:
// a verb of moving, "to"/"a", then at most a few words ("a la comisaría
// de Juliaca"), or where they are in hospital.
func takenTo(s []token, i int) bool {
	// (up to seven words back: "trasladadas a celdas de la ciudad de Oruro")
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if s[k].Kind != tokWord {
			// "trasladados al Hospital Viedma, en la ciudad de Cochabamba":
			// the town after a comma locates the place they were taken to.
			return s[k].Text == "," && s[k+1].is("en", "in") && takenTo(s, k)
		}
		if s[k].is("en", "in") && stayWords[s[k-1].Norm] && k >= 2 && s[k-2].is("siguen", "permanecen", "continuan", "remain", "remained", "still") {
			return true // "siguen internados en la ciudad de Puno": where they lie now, not where they were hurt
		}
		if s[k].is("to", "a", "al", "hacia", "into") {
			if movedVerbs[s[k-1].Norm] || k >= 2 && s[k-1].is("later", "luego", "then", "despues") && movedVerbs[s[k-2].Norm] || movedAhead(s, k) || gappedMove(s, k) {
				return true
			}
			if k == i-1 && (roadWord(s[k-1]) || k >= 2 && s[k-1].Kind == tokWord && !s[k-1].Cap && roadWord(s[k-2])) {
				return true // "cleared the road to Desaguadero", "la carretera antigua a Santa Cruz": where the road leads
			}
			if marchToward(s, k) {
				return true
			}
		}
	}
	return false
}

// marchToward reports whether s[k] is "hacia"/"toward" after a march
// ("una marcha hacia la ciudad", "a march towards Cochabamba"): where the
// marchers were headed, not where they were stopped.
func marchToward(s []token, k int) bool {
	return k >= 1 && s[k].is("hacia", "toward", "towards") && s[k-1].is("marcha", "march", "caravana", "caravan", "marchaban", "marched", "marching")
}

// gappedMove reports whether the "to"/"a" at s[k] ends a gapped clause of
// moving: a number after "and"/"y" right before it, and a verb of moving
// before that in the sentence ("14 were transferred to hospitals of
// Huancayo and 2 to Lima", "12 fueron trasladados a Arequipa y tres a
// Lima").
func gappedMove(s []token, k int) bool {
	if k < 3 || s[k-1].Kind != tokNumber || !s[k-2].is("and", "y", "e") {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-12; j-- {
		if s[j].Text == ";" || s[j].Text == "." {
			return false
		}
		if movedVerbs[s[j].Norm] {
			return true
		}
	}
	return false
}

// movedAhead reports whether a verb of moving stands a few words before
// the "to"/"a" at s[k], past a day or a means of transport that reporters
// put between ("trasladados ayer a Arequipa", "evacuados hoy en un avión
// de la Fuerza Aérea hacia Lima", MT "Were transferred the day of
// yesterday to Lima"); a conjunction or a relative ends the search, so
// another clause's verb is not taken.
func movedAhead(s []token, k int) bool {
	for j := k - 2; j >= 0 && j >= k-10; j-- {
		if s[j].Kind != tokWord && s[j].Kind != tokNumber || s[j].is("y", "and", "e", "que", "who", "which") || takenSomewhere(s, j) {
			return false
		}
		if movedVerbs[s[j].Norm] {
			// (English "a" is the article: "soldiers moved on a blockade")
			return !s[k].is("a") || !s[j].is("taken", "transferred", "moved", "flown", "evacuated", "sent", "referred")
		}
	}
	return false
}

// coordinated reports whether a conjunction stands in s[a:b].
func coordinated(s []token, a, b int) bool {
	for k := a; k < b && k < len(s); k++ {
		if s[k].is("y", "and", "e", "or", "o", "ni") {
			return true
		}
	}
	return false
}

// placeContains reports whether outer holds inner (and is not it).
func placeContains(outer, inner PlaceData) bool {
	if outer.Key() == inner.Key() {
		return false
	}
	switch {
	case outer.Level == "country":
		return inner.Country == outer.Country && inner.Level != "water"
	case outer.Ubigeo != "" && inner.Ubigeo != "":
		if strings.HasSuffix(outer.Ubigeo, "0000") {
			return outer.Ubigeo[:2] == inner.Ubigeo[:2]
		}
		if strings.HasSuffix(outer.Ubigeo, "00") {
			return outer.Ubigeo[:4] == inner.Ubigeo[:4]
		}
	case outer.Level == "admin1" && outer.Country == inner.Country:
		return sameRegionName(inner.Department, outer.Name)
	}
	return false
}

// sameRegionName compares two names of a region abroad, an article before
// one of them aside: GeoNames' "Araucania" is "La Araucanía".
func sameRegionName(a, b string) bool {
	bare := func(n string) string {
		n = fold.Words(n)
		for _, art := range []string{"la ", "el ", "los ", "las "} {
			n = strings.TrimPrefix(n, art)
		}
		return n
	}
	return bare(a) == bare(b)
}

// hospitalTownRe matches the words that name the town of a hospital right
// before it: "in a hospital of", "en el hospital Carlos Monge Medrano de".
var hospitalTownRe = regexp.MustCompile(`\b(hospital|hospitals|hospitales|clinica|clinic|clinics)( \S+){0,5} (de|del|of|in|en)$`)

// hospitalTown reports whether the text names the place at m only as the
// town of a hospital ("after the death of a minor … in a hospital of
// Abancay, ascend to 3 the deceased ones in the province"): where someone
// was treated or died, not the unit a later anaphor points to.
func (d *doc) hospitalTown(m *placeMention) bool {
	before := d.text[max(0, m.start-48):m.start]
	if k := strings.LastIndexAny(before, ".,;:"); k >= 0 {
		before = before[k+1:] // "remain in hospital, two of them in Lima": the clause before the place only
	}
	return !m.dateline && hospitalTownRe.MatchString(fold.Words(before))
}

// roadSpotRe matches the words before the spot on a road where a thing
// happened: "a la altura de", "a la altura del distrito de", MT "at the
// height of the district of".
var roadSpotRe = regexp.MustCompile(`\b(altura|height) (de|del|of)( the| la| el)?( (district|distrito|municipality|municipio|canton|parish|parroquia|town|localidad) (of|de))? $`)

// roadSpot returns the index of the place of the clause between tokens a
// and b written as the spot on a road ("en la provincia de Cotopaxi
// durante el bloqueo de la Panamericana Sur, a la altura de Lasso"),
// where the clause's count happened, finer than the region it names, or
// -1.
func (d *doc) roadSpot(places []sentPlace, a, b int) int {
	for k, p := range places {
		if p.i >= a && p.end <= b && !p.moved && roadSpotRe.MatchString(fold.Words(d.text[max(0, p.m.start-40):p.m.start])+" ") {
			return k
		}
	}
	return -1
}

// roadEndRe matches the words before an end of a road: "que une", "that
// links", "que une Potosí con", "linking Arequipa with", MT "that unites
// Juliaca with".
var roadEndRe = regexp.MustCompile(`\b(une|unen|unia|conecta|comunica|links|linking|link|connects|connecting|joins|joining|unites|unite|uniting)( a)?( \w+){0,3}( con| y| a| with| and| to)? $`)

// roadEndAt reports whether a mention is an end of a road the text names
// by the towns it joins.
func (d *doc) roadEndAt(m *placeMention) bool {
	if m.dateline {
		return false
	}
	before := fold.Words(d.text[max(0, m.start-40):m.start]) + " "
	return roadEndRe.MatchString(before) || roadTowardRe.MatchString(before)
}

// roadTowardRe matches the words before the town a road or a way out
// leads to ("la vía a", "the road toward", "la salida hacia"), as
// roadToward reads tokens: "a la salida de esta ciudad" after "la vía a
// Buenaventura" points back to the dateline's town, not to the road's end.
var roadTowardRe = regexp.MustCompile(`\b(road|highway|route|carretera|via|tramo|ruta|variante|autopista|salida|exit|bridge|puente) (a|al|to|toward|towards|hacia)( the| la| el)?( (neighbouring|neighboring|nearby|vecino|vecina) (town|city|municipality|canton) of| (ciudad|localidad|canton|municipio) (vecina|vecino) de)? $`)

// cameFromAt reports whether the text names the place at m as where
// people came from, alone or in a list after such a place ("comuneros de
// Pacucha y Chincheros").
func (d *doc) cameFromAt(pi int, m *placeMention) bool {
	for _, sb := range d.paras[pi].sentences {
		if sp := sentenceSpan(sb); m.start >= sp.Start && m.start < sp.End {
			places := d.sentencePlaces(sb)
			for k, p := range places {
				if p.m.start != m.start {
					continue
				}
				came := cameFrom(sb, p.i)
				for j := k; !came && j > 0 && places[j].i-places[j-1].end <= 2 && onlyListWords(sb, places[j-1].end, places[j].i); j-- {
					came = cameFrom(sb, places[j-1].i)
				}
				return came
			}
		}
	}
	return false
}

// arrivedListAt reports whether the place at m is listed after a place
// people travelled from ("los comuneros, llegados desde Colta, Guamote y
// Alausí", "protesters who came from Puno and Juliaca"): a verb of
// arrival, not only people "de" a place ("lesiones sufridas por comuneros
// de Ilave, Juli y Azángaro" keeps its region), stands before the list.
func (d *doc) arrivedListAt(pi int, m *placeMention) bool {
	if !d.cameFromAt(pi, m) {
		return false
	}
	for _, sb := range d.paras[pi].sentences {
		if sp := sentenceSpan(sb); m.start >= sp.Start && m.start < sp.End {
			return arrivalBefore(sb, tokenIndex(sb, m.start))
		}
	}
	return false
}

// arrivalBefore reports whether a verb of arrival stands within ten
// tokens before s[i], with no clause break between ("llegados desde
// Colta, Guamote y"): not where people live ("habitantes de").
func arrivalBefore(s []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if s[k].Kind != tokWord && s[k].Text != "," {
			return false
		}
		if arrivalWords[s[k].Norm] && !s[k].is("habitante", "habitantes", "inhabitant", "inhabitants", "residente", "residentes") {
			return true
		}
	}
	return false
}

// residentsBefore reports whether the place at s[i] is where the people
// named just before it live ("Vecinos de Senkata", "cientos de
// pobladores de San Román", "residents of the Ovejuyo zone").
func residentsBefore(s []token, i int) bool {
	return wordWithin(s, i, 5, "vecinos", "vecinas", "pobladores", "habitantes", "moradores", "residents", "residentes", "neighbors", "neighbours", "inhabitants")
}

// seatAt reports whether the text names the place at m as the seat of a
// body that reports (bodySeat).
func (d *doc) seatAt(pi int, m *placeMention) bool {
	for _, sb := range d.paras[pi].sentences {
		if sp := sentenceSpan(sb); m.start >= sp.Start && m.start < sp.End {
			return bodySeat(sb, tokenIndex(sb, m.start), tokenIndex(sb, m.end-1)+1)
		}
	}
	return false
}

// hospitalStateIn reports whether the sentence tells that people are or
// were still in hospital: "were still hospitalised", "siguen internados",
// "remain in intensive care".
func hospitalStateIn(s []token) bool {
	for _, t := range s {
		if t.is("still", "remain", "remained", "remains", "hospitalised", "hospitalized", "hospitalizados", "hospitalizadas",
			"internados", "internadas", "siguen", "permanecen", "permanecian", "seguian", "aun", "todavia") {
			return true
		}
	}
	return false
}

// hospitalTown reports whether the place at s[i] only says where a
// hospital stands: "in hospitals in El Alto and La Paz", "at the Holy
// Spirit hospital in El Alto", "en hospitales de la ciudad de Cochabamba",
// "y La Paz" after such a town.
func hospitalTown(s []token, i int) bool {
	k := i - 1
	for k >= 1 && s[k].is("the", "la", "el", "city", "ciudad") || k >= 2 && s[k].is("of", "de") && s[k-1].is("city", "ciudad") {
		k--
	}
	if k < 1 || !s[k].is("in", "en", "of", "de", "at") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if hospitalWords[s[j].Norm] || s[j].is("clinics", "clinicas") {
			return true
		}
		if s[j].Kind != tokWord || !s[j].Cap && !s[j].is("del", "de", "of") {
			return false // only a hospital's name between: "the Holy Spirit hospital in", "the Hospital del Norte in"
		}
	}
	return false
}

// lyingIn reports whether the place p only says in which town's hospitals
// people lie: "of which 31 continue hospitalized in the hospitals of the
// city of Cochabamba", "la mayoría atendidas en hospitales de Sacaba y de
// la ciudad de Cochabamba". The harm happened where the story says.
func lyingIn(s []token, p sentPlace) bool {
	if hospitalTown(s, p.i) {
		return p.held || treatedIn(s, p.i)
	}
	// "… en hospitales de Sacaba y de la ciudad de Cochabamba": a second
	// town of the same hospitals.
	k := p.i - 1
	for k >= 1 && s[k].is("the", "la", "el", "city", "ciudad") || k >= 2 && s[k].is("of", "de") && s[k-1].is("city", "ciudad") {
		k--
	}
	return k >= 2 && s[k].is("of", "de", "in", "en") && s[k-1].is("and", "y") && k-2 < len(s) && s[k-2].Cap && hospitalTown(s, firstOfName(s, k-2))
}

// firstOfName returns the first token of the capitalised name ending at
// s[e].
func firstOfName(s []token, e int) int {
	for e > 0 && s[e-1].Cap && s[e-1].Kind == tokWord {
		e--
	}
	return e
}

// treatedIn reports whether the words before s[i] say people were treated
// there: "atendidas en hospitales de", "attended in the hospitals of".
func treatedIn(s []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s[k].is("atendidas", "atendidos", "attended", "treated", "hospitalized", "hospitalizados", "hospitalizadas", "internados", "internadas", "interned") {
			return true
		}
	}
	return false
}

// hospitalTowns returns the places below the country of s when every one
// of them only says where people lie, were taken or were treated (moved,
// held, a hospital's town, or one joined to such a town: "in hospitals in
// El Alto and La Paz"); ok is false when the sentence names another. With
// treated, only where people were taken or treated counts, not where they
// lie now or came from.
func (d *doc) hospitalTowns(s []token, treated bool) (keys map[string]bool, ok bool) {
	keys = map[string]bool{}
	places := d.sentencePlaces(s)
	for k, p := range places {
		linked := k > 0 && p.i-places[k-1].end == 1 && s[places[k-1].end].is("and", "y", ",") && len(keys) > 0
		switch {
		case p.m.data.Level == "country" || p.datelined || p.qualifier:
		case treated && (hospitalTown(s, p.i) && !stayIn(s, p.i) || takenTo(s, p.i) && !stayIn(s, p.i) || linked):
			keys[p.m.data.Key()] = true
		case !treated && (p.moved || p.held || hospitalTown(s, p.i) || linked):
			keys[p.m.data.Key()] = true
		default:
			return nil, false
		}
	}
	return keys, len(keys) > 0
}

// hospitalAnaphorOnly reports whether a sentence names no place below the
// country and says where its people lie only by a hospital of the town an
// anaphor points to ("27 of the wounded ones were interned in the hospital
// Viedma of this city", "en el hospital de esta ciudad"): a part there
// keeps its whole's place as one in a named town's hospital does.
func (d *doc) hospitalAnaphorOnly(s []token) bool {
	for _, p := range d.sentencePlaces(s) {
		if p.m.data.Level != "country" {
			return false
		}
	}
	for t := 1; t+1 < len(s); t++ {
		if !s[t].is("this", "esta", "este") || !s[t+1].is("city", "town", "ciudad", "capital") || !s[t-1].is("of", "in", "de", "en") {
			continue
		}
		for j := t - 2; j >= 0 && j >= t-5; j-- {
			if hospitalWords[s[j].Norm] {
				return true
			}
		}
	}
	return false
}

// seatInBodyName reports whether the region at s[i:e] is part of the name
// of a body or of the building it sits in: "la Gobernación de Chimborazo",
// "the Governorship of Nariño", "la Universidad de Nariño", "the Santa
// Cruz civic committee". The body's seat, like bodySeat's, is a count's
// place only when the sentence names no other (round 50, scenes50).
func seatInBodyName(s []token, i, e int) bool {
	k := i - 1
	if k >= 0 && s[k].is("the", "la", "el") {
		k--
	}
	// (a university by its name only: "una universidad del Cercado de
	// Lima" is where it happened)
	if k >= 1 && s[k].is("de", "del", "of") && (s[k-1].is("gobernacion", "governorship", "prefectura") || s[k-1].Cap && s[k-1].is("universidad", "university")) {
		return true
	}
	return e+1 < len(s) && s[e].is("civic", "civico") && s[e+1].is("committee", "comite")
}
