package extract

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/internal/fold"
)

// The place of a count is the place the sentence ties to it, not every
// place the sentence names: "Puno (18), Apurímac (8)", "18 in Juliaca and
// 10 in Ayacucho", "In Cusco, 30 were injured". A sentence that ties none
// lends its other places (the smallest place holding them all), then the
// previous sentence of the paragraph does; "there", "the city", "la
// capital" point back to the last place named, the dateline included.

// sentPlace is a place mention of a sentence with its token range.
type sentPlace struct {
	m         placeMention
	i, end    int
	qualifier bool // a larger unit written after a place to locate it: "Chala, provincia de Caravelí"
	claimed   bool // tied to a count of the sentence
	// moved: an end of a route or where people were taken ("from Cusco to
	// Lima", "trasladados a Lircay"), not where the count happened.
	moved bool
	// datelined: the country of a dateline ("SICUANI, Peru (Reuters) -"),
	// a count's place only when the story names no other.
	datelined bool
	held      bool // where detainees are held or the hurt lie: "en la comisaría de Tambobamba", "siguen internados en Juliaca"
	// body: the town of a local body that reports ("informed the Police
	// of Puno", "según la policía de Ilave"), a count's place only when
	// the sentence names no other.
	body bool
	// offstage: where a seat or office was moved ("moved its seat to
	// Guayaquil") or a report presented ("presented in Quito its final
	// report"), no count's place, nor carried to the next sentence.
	offstage bool
}

// linkedCountry reports whether the country at s[i] is where a bridge
// leads ("the international bridge to Bolivia", "el puente hacia
// Bolivia") or one of the two a border bridge lies between ("the border
// bridge between Peru and Bolivia"): as a border is (neighbourBefore) and
// the ends of a road are (roadEndAt: "el puente internacional que une al
// Perú con Bolivia"), it names no place where the count happened, which
// a border town, a dateline or a sentence before names instead.
func linkedCountry(s []token, i int) bool {
	country := func(k int) bool {
		return k >= 0 && k < len(s) && s[k].Cap && (s[k].Norm == "peru" || foreign[s[k].Norm] != "")
	}
	if i >= 1 && s[i-1].is("between", "entre") && i+2 < len(s) && s[i+1].is("and", "y") && country(i+2) ||
		i >= 3 && s[i-1].is("and", "y") && country(i-2) && s[i-3].is("between", "entre") {
		return true
	}
	if i < 2 || !s[i-1].is("to", "a", "al", "hacia", "toward", "towards") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if s[k].is("bridge", "puente") {
			return true
		}
	}
	return false
}

// countSpot is where a count's number stands in its sentence.
type countSpot struct {
	claim int // index into d.claims
	i, j  int // the number's tokens
}

func (d *doc) sentencePlaces(s []token) []sentPlace {
	var out []sentPlace
	for _, m := range d.placesIn(sentenceSpan(s)) {
		i := tokenIndex(s, m.start)
		if m.data.Level == "country" && (neighbourBefore(s, i) || linkedCountry(s, i) || d.roadEndAt(&m)) {
			continue // "blocked the border crossing with Chile": not where it happened
		}
		if bearingBefore(s, i) || m.data.Level != "country" && appositiveLandmark(s, i) {
			continue // "En Otavalo, al norte de Quito, …": a landmark to find the place by
		}
		out = append(out, sentPlace{m: m, i: i, end: tokenIndex(s, m.end-1) + 1, datelined: d.inDateline(m.start), held: heldAt(s, i) || stayIn(s, i),
			body: i >= 2 && s[i-1].is("de", "del", "of") && s[i-2].is("policia", "police") || m.data.Level != "country" && bodySeat(s, i, tokenIndex(s, m.end-1)+1)})
		// "in Ecuador's largest city", "Chile's second city": the country
		// only locates the town it describes (the dateline's, as a
		// demonstrative's town is), and names no national count.
		if e := out[len(out)-1].end; m.data.Level == "country" && possessive(s[e-1]) && e+1 < len(s) &&
			s[e].is("largest", "biggest", "second", "second-largest", "main", "chief") && s[e+1].is("city", "town", "port") {
			out[len(out)-1].qualifier = true
		}
		// "in this Valle del Cauca town": the region only locates the town
		// the demonstrative points to.
		if e := out[len(out)-1].end; i > 0 && s[i-1].is("this", "that") && e < len(s) && s[e].is("town", "city") {
			out[len(out)-1].qualifier = true
		}
		// "in this Amazon city, capital of Pastaza province", "en esta
		// localidad de Sucumbíos", "in this remote Andean town in Cusco's
		// Chumbivilcas province": a region after a demonstrative's town
		// only locates the town it points to.
		if lv := m.data.Level; lv != "country" && lv != "water" && lv != "city" && lv != "district" && lv != "locality" && townAnaphorBefore(s, i) {
			out[len(out)-1].qualifier = true
		}
		if capitalOfRegion(s, i, m.data) {
			out[len(out)-1].qualifier = true
		}
	}
	for k := 1; k < len(out); k++ {
		a, b := out[k-1], out[k]
		if b.i-a.end <= 8 && placeContains(b.m.data, a.m.data) && !coordinated(s, a.end, b.i) && locatorWords(s, a.end, b.i) {
			out[k].qualifier = true
		}
		// "the Ilave River in Peru's southern Puno region", "el río Ramis,
		// en la provincia de Azángaro": a region or province after a river
		// only locates it; the river is the smaller place (a district
		// after it is the town the count is tied to, townAfterWater).
		if regionAfterWater(s, out, k) {
			out[k].qualifier = true
			if out[k-1].m.data.Level == "country" {
				out[k-1].qualifier = true // "Peru's" locates the region
			}
		}
		// "the plant of Senkata, in the city of El Alto", "the Senkata fuel
		// plant in El Alto": the town a listed zone lies in locates it (not
		// a list's last zone: "los barrios Siloé y Puerto Resistencia de
		// Cali" take the town).
		if a.m.data.Country != "PE" && a.m.data.Key() != b.m.data.Key() && d.townAbroad(a.m.data).Key() == b.m.data.Key() &&
			!(a.i > 0 && s[a.i-1].is("y", "and", "e", ",")) &&
			!coordinated(s, a.end, b.i) && (b.i-a.end <= 8 && locatorWords(s, a.end, b.i) || siteBetween(s, a.end, b.i)) {
			out[k].qualifier = true
		}
		// "Tanicuchí, of the canton Latacunga", "Huayllani, en el municipio
		// de Sacaba": a town abroad, whose units no gazetteer here holds, is
		// located by a unit word before the place after it.
		if b.i-a.end <= 6 && a.m.data.Ubigeo == "" && a.m.data.Country != "PE" && a.m.data.Level == "city" && !a.moved &&
			b.m.data.Country == a.m.data.Country && b.m.data.Level != "country" && b.m.data.Level != "locality" &&
			!coordinated(s, a.end, b.i) && locatorWords(s, a.end, b.i) && unitBetween(s, a.end, b.i) {
			out[k].qualifier = true
		}
		// "10 in Senkata, in El Alto, on November 19": a place abroad set
		// off by a comma and "in" before another town of its country is
		// located by it, the smaller one first, unless a list goes on,
		// also past a bearing: "In Engativá, in northwestern Bogotá".
		if (b.i == a.end+2 || b.i == a.end+3 && s[a.end+2].is("northern", "southern", "eastern", "western", "northwestern", "northeastern", "southwestern", "southeastern")) &&
			s[a.end].Text == "," && s[a.end+1].is("in", "en") && a.m.data.Ubigeo == "" && b.m.data.Ubigeo == "" &&
			a.m.data.Level == "city" && b.m.data.Level == "city" && a.m.data.Country == b.m.data.Country && !a.moved && !a.qualifier &&
			!(b.end < len(s) && s[b.end].is("y", "and", "e", "or", "o")) && !(k+1 < len(out) && out[k+1].i == b.end+1) {
			out[k].qualifier = true
		}
		// "near Sacaba, outside the central city of Cochabamba", "a las
		// afueras de": the town outside which the place lies locates it.
		if b.i-a.end <= 8 && a.m.data.Country == b.m.data.Country && b.m.data.Level != "country" && !a.moved &&
			anyIs(s[a.end:b.i], "outside", "outskirts", "afueras") && locatorWords(s, a.end, b.i) {
			out[k].qualifier = true
		}
		// "in the locality of Fontibón, in the west of Bogotá": a part of
		// a town no gazetteer lists is located by the town after it, which
		// is the count's place; the part is set aside as a qualifier is.
		if b.i-a.end <= 6 && (a.m.data.Level == "locality" || d.unlistedAbroad(a.m.data)) && b.m.data.Country == a.m.data.Country && b.m.data.Level != "locality" &&
			b.m.data.Level != "country" && !coordinated(s, a.end, b.i) && locatorWords(s, a.end, b.i) && !unitBetween(s, a.end, b.i) {
			// (but "el sector de Shell, cantón Mera": a unit holds the part)
			// "las comunas de Robledo y Aranjuez, en Medellín": the whole list.
			j := k - 2
			for ; j >= 0 && out[j].m.data.Level == "locality" && onlyListWords(s, out[j].end, out[j+1].i); j-- {
				out[j].qualifier = true
			}
			if j == k-2 {
				// One part: it is the smaller place, the town locates it,
				// also when a bridge is named after it ("el puente
				// Huayllani, en Sacaba"): nested names are one site.
				out[k].qualifier = true
			} else {
				out[k-1].qualifier = true
			}
		}
		// "in Bogota's Usme district", "Bogota's southern Usme": the town
		// in the possessive locates its part; so with the part's word
		// before it ("in Bogotá's locality of Suba").
		if possessive(s[a.end-1]) && (b.i-a.end <= 1 || partWordOf(s, a.end, b.i)) && a.m.data.Country != "PE" && a.m.data.Key() != b.m.data.Key() &&
			d.townHolding(b.m.data).Key() == a.m.data.Key() {
			out[k-1].qualifier = true
		}
		// "the El Alto neighborhood of Ventilla": the town names the part
		// after it, which is the smaller place.
		if b.i == a.end+2 && b.m.data.Level == "locality" && a.m.data.Level != "country" && a.m.data.Country == b.m.data.Country &&
			localityBefore[s[a.end].Norm] && !s[a.end].Cap && s[a.end+1].is("of", "de") {
			out[k-1].qualifier = true
		}
		// "the Kennedy locality of Bogotá", "the Siloé neighbourhood of
		// Cali", "the Kennedy district of southwest Bogota": the part named
		// before its town is the smaller place; the town locates it, also
		// before a relative "where".
		if a.m.data.Country != "PE" && a.m.data.Country == b.m.data.Country && b.m.data.Level == "city" &&
			(a.m.data.Level == "locality" || d.townHolding(a.m.data).Key() == b.m.data.Key()) && partWordOf(s, a.end, b.i) && !possessive(s[a.end-1]) {
			out[k].qualifier = true
		}
		// "in Sacaba, in the zone of Huayllani", "en Cali, en el sector de
		// La Luna": the zone after its town is the smaller place; the town
		// locates it; so does a locality before a sector of it ("In the
		// locality of Kennedy, in the sector of Portal Américas").
		if b.m.data.Level == "locality" && a.m.data.Country == b.m.data.Country && a.m.data.Country != "PE" && (a.m.data.Level == "city" || a.m.data.Level == "locality" && !largePartWord(s, a.end, b.i)) &&
			zoneAfterTown(s, a.end, b.i) {
			out[k-1].qualifier = true
		}
		// "Pampachiri, in Apurímac's Andahuaylas province": a second
		// qualifier locates the town before the first.
		if k >= 2 && a.qualifier && !b.qualifier && b.i-out[k-2].end <= 10 && placeContains(b.m.data, out[k-2].m.data) && locatorWords(s, a.end, b.i) {
			out[k].qualifier = true
		}
		// "from Ilave to Juliaca", "de Sicuani a Cusco": a route.
		if b.i == a.end+1 && s[a.end].is("to", "a", "hasta", "hacia") && a.i > 0 && s[a.i-1].is("from", "de", "desde") || routeBetween(s, a, b) {
			out[k-1].moved, out[k].moved = true, true
			if a.i >= 2 && s[a.i-2].is("salida", "entrada", "exit", "entrance") {
				out[k-1].moved = false // "a la salida de Buga hacia Cali": at the way out of Buga
			}
		}
	}
	for k := range out {
		// (not a bridge people were cleared from: "removed protesters from
		// the Ilave bridge" is where it happened)
		came := cameFrom(s, out[k].i) && !out[k].m.bridge || k > 0 && out[k-1].moved && out[k].i-out[k-1].end == 1 && s[out[k-1].end].is("y", "and", ",", "e")
		out[k].moved = out[k].moved || takenTo(s, out[k].i) || came || headedTo(s, out[k].i) || roadToward(s, out[k].i) || serviceEnd(s, out[k].i) // "llegados de Puno y Cusco": both
		out[k].offstage = relocatedTo(s, out[k].i) || presentedIn(s, out[k].i) || exiledIn(s, out[k].i) || seatedIn(s, out[k].i) ||
			out[k].m.data.Level != "country" && visitedIn(s, out[k].i)
		out[k].moved = out[k].moved || out[k].offstage
	}
	return out
}

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

// takenTo reports whether the place at s[i] is where people were taken:
// a verb of moving, "to"/"a", then at most a few words ("a la comisaría
// de Juliaca"), or where they are in hospital.
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
	return t >= 2 && s[t-1].is("de", "of", "in") && s[t-2].is("hospital", "hospitals", "hospitales", "clinic", "clinica", "clinics")
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

// regionUnitWord reports whether a folded word names a unit larger than a
// town.
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

// tieCount returns the places of the sentence tied to the count at spot
// (indexes into places) and the place an anaphor points to.
func (d *doc) tieCount(pi int, s []token, places []sentPlace, asides [][2]int, c countSpot, prevEnd, bound int) (ks []int, ana *PlaceData, forward bool) {
	// "Puno (18)", "Puno con 21", "Cochabamba, con 11", "Cali, with 35":
	// the place right before; not where people were taken, which MT puts
	// before its subject ("Were transferred to Arequipa 3 of the 14
	// wounded ones").
	if k := subjectPlace(s, places, c.i); k >= 0 {
		return []int{k}, nil, false
	}
	if k := gappedShare(s, places, c.i); k >= 0 {
		return []int{k}, nil, false
	}
	for k := len(places) - 1; k >= 0; k-- {
		p := places[k]
		if p.qualifier || p.moved || p.end > c.i || c.i-p.end > 2 {
			continue
		}
		ok := true
		for t := p.end; t < c.i; t++ {
			ok = ok && (s[t].Text == "(" || s[t].Text == ":" || s[t].is("with", "con") || s[t].Text == "," && s[t+1].is("with", "con"))
		}
		if ok && c.i == p.end {
			// "tramitan en Puno, Ayacucho, …, Junín y La Libertad 128
			// carpetas": a list's last name before the number, the whole list.
			return listEnding(s, places, k), nil, false
		}
		if ok {
			return []int{k}, nil, false
		}
	}
	// Forward, up to the next count: "18 killed in Juliaca". A running
	// total stops at the clause of the event that raised it, as its date
	// does: "the toll in Puno has risen to 21 after a man died in Ilave".
	running := d.claims[c.claim].Data.(CountData).RunningTotal || risesTo(s, c.i)
	relative := whereBefore(s, prevEnd, c.i)
	// "Police in the southern Araucanía region detained 41 people … after
	// protesters set fire to a building in Temuco": a place in the count's
	// own clause before it outweighs one in a clause of what came before.
	placedBefore := false
	for _, p := range places {
		placedBefore = placedBefore || p.i >= prevEnd && p.end <= c.i && !p.qualifier && !p.moved && !p.body && !p.datelined && p.m.data.Level != "country" &&
			!markBetween(s, p.end, c.i, ",") && !markBetween(s, p.end, c.i, ";")
	}
	for t := c.j; t < bound && t < len(s); t++ {
		if placedBefore && s[t].is("after", "tras") {
			break
		}
		if relative && s[t].Text == "," {
			break // "in Sacaba, where 10 people were killed, and of 19 November in Senkata": the relative clause ends
		}
		if s[t].Text == ";" || s[t].is("while", "mientras", "whereas", "but", "pero") || partFollows(s, t) ||
			running && s[t].is("after", "tras", "luego", "when", "cuando") {
			break
		}
		if t > c.j && s[t-1].Text == "," && s[t].is("as") && t+1 < len(s) && !s[t+1].is("well", "of") && saidBefore(s, c.i, c.i) {
			// "The institute said … 1,420 detained since Friday, as soldiers
			// patrolled the capital": the scene beside a reported figure is a
			// clause of its own, as one "while" opens (but "40 people were
			// hurt … as police broke up a march … in Chala": the harm's scene).
			break
		}
		if t > c.j && s[t-1].Text == "," && s[t].is("and", "y") && t+1 < len(s) && s[t+1].is("in", "en") {
			break // "In Ayacucho, …, soldiers killed 10 people, and in Juliaca, …, police killed 17": the next clause's place
		}
		if s[t].is("followed", "seguida", "seguido", "seguidas", "seguidos") && t+1 < len(s) && s[t+1].is("by", "de", "por") {
			break // "Puno concentra la mayor cifra, con 18 muertos, seguida de Ayacucho, con 10": the next ranked place's
		}
		if t > c.j && s[t].is("and", "y") && t+1 < len(s) && s[t+1].is("that", "que") {
			break // "informó que 25 …, de las cuales 19 …, y que en la provincia …": a second reported statement, with its own place
		}
		if e, ok := anaphorAt(s, t); ok {
			if takenTo(s, t) || insideAny(asides, t) || facilityOf(s, t) && sceneAfter(s, places, e, bound) {
				// "…, informed the hospital of support of the province":
				// whose hospital reported, not where it happened.
				// "trasladados a dependencias policiales de la ciudad": where
				// they were taken, not where it happened.
				t = e - 1
				continue
			}
			if pd, ok := d.anaphorPlace(pi, s, t, e); ok {
				pd = d.raise(pd, s[t:e], facilityOf(s, t))
				return nil, &pd, true
			}
			t = e - 1
			continue
		}
		for k, p := range places {
			if p.i == t && headsNextCount(s, p, bound) {
				break // "Popayán suma 20 de ellos, Santander de Quilichao ocho": the next item's place
			}
			if p.i == t && !p.qualifier && !p.moved && !p.body && !ownsNumber(s, p) && !(possessive(s[p.end-1]) && t > c.j && !siteOf(s, p)) && !townAfterWater(s, places, k, bound) {
				if k+1 < len(places) && unitOfTown(s, p.end, places[k+1].i) && d.holds(p.m.data, places[k+1].m.data) {
					k++ // "in the southern Bogota district of Usme": the town's district
				}
				ks := listFrom(s, places, k)
				if y := othersOf(s, places, places[ks[len(ks)-1]].end); y >= 0 {
					return []int{y}, nil, true
				}
				return ks, nil, true
			}
		}
	}
	// Backward, within the clause: "In Cusco, 30 were injured", "Chile's
	// institute said 3,162 …".
	comma := false
	for t := c.i - 1; t >= prevEnd && t >= 0; t-- {
		if s[t].Text == ";" || s[t].Text == ":" && t < c.i-1 {
			break
		}
		if s[t].Text == "," {
			if t+1 < c.i && s[t+1].is("where", "donde") && !comma {
				// "in Lima on Thursday, where police detained 22": the
				// place the relative clause hangs from, when the count is
				// in that clause ("in Arequipa, where hundreds tried to
				// storm the airport, bringing the number killed since
				// Dec. 7 to 45" is not).
				for k := len(places) - 1; k >= 0; k-- {
					if p := places[k]; p.end <= t && t-p.end <= 3 && !p.qualifier {
						return listEnding(s, places, k), nil, false // "en las regiones de Ica y La Libertad, donde …": the whole list
					}
				}
				for k := len(places) - 1; k >= 0; k-- {
					// "at Paso del Comercio, in the north of the city, where …":
					// the place an aside of location describes.
					if p := places[k]; p.end < t && t-p.end <= 10 && s[p.end].Text == "," && !p.qualifier && locatorWords(s, p.end, t) {
						return []int{k}, nil, false
					}
				}
				if pd, ok := d.anaphorEndingAt(pi, s, t); ok {
					return nil, &pd, false // "near the town, where Bolivia's ombudsman said nine people were killed"
				}
			}
			comma = true
			continue
		}
		if e, ok := anaphorAt(s, t); ok && e <= c.i && (!comma || fronted(s, t) || frontedAside(s, places, t, e)) {
			if pd, ok := d.anaphorPlace(pi, s, t, e); ok {
				pd = d.raise(pd, s[t:e], facilityOf(s, t))
				if k := d.zoneBeforeAnaphor(s, places, t, pd); k >= 0 {
					return []int{k}, nil, false
				}
				return nil, &pd, false
			}
		}
		for k := len(places) - 1; k >= 0; k-- {
			p := places[k]
			if p.end-1 != t || p.qualifier || p.moved || p.datelined || p.body || ownsNumber(s, p) {
				continue
			}
			if possessive(s[t]) && p.m.data.Level == "country" && p.i >= 2 && s[p.i-1].is("where", "donde") && s[p.i-2].Text == "," {
				continue // "near the town, where Bolivia's ombudsman said …": whose body spoke; the clause hangs from the town
			}
			if comma && !fronted(s, p.i) {
				return nil, nil, false
			}
			if s[c.i-1].is("y", "and") && p.end == c.i-1 && ownCircumstance(s, places, c.j, bound) {
				return nil, nil, false // "…, un policía quemado en Juliaca y 11 personas en accidentes de tránsito": the item before's place
			}
			if prevEnd > 0 && p.i >= prevEnd && p.end < c.i && s[p.end].is("and", "y") && !markBetween(s, p.end, c.i, ",") {
				// "killed ten people at the Huayllani bridge in Sacaba and
				// wounded at least 120": the places close the count before;
				// the count its verb joins shares that count's place.
				return nil, nil, false
			}
			// "Lima y Callao, 155 …": the list it closes.
			return listEnding(s, places, k), nil, false
		}
	}
	return nil, nil, false
}

// zoneBeforeAnaphor returns the index of a zone of the town an anaphor
// at s[t] points to when the anaphor only locates it ("the Senkata fuel
// plant in this city", MT "In the neighborhood Siloé of this city"): nested
// names are one site, the smaller place (round 27); or -1.
func (d *doc) zoneBeforeAnaphor(s []token, places []sentPlace, t int, town PlaceData) int {
	for k := len(places) - 1; k >= 0; k-- {
		p := places[k]
		if p.end > t || t-p.end > 3 || p.qualifier || p.moved || p.datelined {
			continue
		}
		// "in the Senkata district of this city": a locality the word for
		// a town's part ties to the town the anaphor names, even where the
		// gazetteer does not say which town holds it.
		part := (p.m.data.Level == "locality" || p.m.data.Level == "city") && town.Country != "PE" && p.m.data.Country == town.Country && p.m.data.Key() != town.Key() && partWordOf(s, p.end, t)
		if !part && (d.townHolding(p.m.data).Key() != town.Key() || p.m.data.Key() == town.Key()) {
			return -1
		}
		if part || nestedIn(d.text[s[p.end-1].End:s[t].Start]) || siteBetween(s, p.end, t) {
			return k
		}
		return -1
	}
	return -1
}

// othersOf returns the index of the place that closes "and other towns
// of Y" right after a list ending at token e ("in Cali and other
// municipalities of the Valle del Cauca department", "en Juliaca y otros
// distritos de Puno"): the unit holds the whole list, or -1.
func othersOf(s []token, places []sentPlace, e int) int {
	if e+3 >= len(s) || !s[e].is("and", "y", "e") || !s[e+1].is("other", "otros", "otras") || !townPlurals[s[e+2].Norm] {
		return -1
	}
	t := e + 3
	if t < len(s) && s[t].is("of", "de", "del", "in", "en") {
		t++
	}
	if t < len(s) && s[t].is("the", "la", "el") {
		t++
	}
	for k, p := range places {
		if p.i == t || p.i == t+1 && regionUnitWord(s[t].Norm) {
			return k
		}
	}
	return -1
}

// townPlurals name several towns or regions after "and other".
var townPlurals = map[string]bool{"municipalities": true, "municipios": true, "towns": true, "cities": true, "ciudades": true,
	"districts": true, "distritos": true, "provinces": true, "provincias": true, "regions": true, "regiones": true,
	"departments": true, "departamentos": true, "communes": true, "comunas": true, "cantons": true, "cantones": true, "localidades": true}

// whereBefore reports whether the count at s[i] stands in a relative
// clause opened by ", where"/", donde" after s[a], with no other mark
// between: the clause's place is the one it hangs from, unless the
// clause names its own.
func whereBefore(s []token, a, i int) bool {
	for t := i - 1; t > a && t > 0; t-- {
		if s[t].Kind != tokWord && s[t].Text != "," {
			return false
		}
		if s[t].is("where", "donde") {
			return s[t-1].Text == ","
		}
		if s[t].Text == "," {
			return false
		}
	}
	return false
}

// headsNextCount reports whether the place p, after a comma, stands right
// before the next count, which ends the forward search at bound: in a list
// by place written "PLACE N, PLACE N y PLACE N" each place heads its own
// number ("Popayán suma 20 de ellos, Santander de Quilichao ocho y Puerto
// Tejada siete").
func headsNextCount(s []token, p sentPlace, bound int) bool {
	return p.end == bound && bound < len(s) && p.i > 0 && s[p.i-1].Text == "," && isNumberStart(s, bound)
}

// unitOfTown reports whether s[a:b] is a unit of a town named before it
// and "of": "Bogota district of Usme", "Cali neighbourhood of Siloé".
func unitOfTown(s []token, a, b int) bool {
	return b == a+2 && s[a+1].is("of") && (townUnits[s[a].Norm] || s[a].is("neighbourhood", "neighborhood", "locality", "borough", "suburb"))
}

// holds reports whether the place outer holds inner: a unit of it, or the
// town abroad a neighbourhood lies in.
func (d *doc) holds(outer, inner PlaceData) bool {
	return placeContains(outer, inner) || d.townHolding(inner).Key() == outer.Key() && inner.Key() != outer.Key()
}

// anaphorAfter returns the token of the first anaphor in s[from:bound],
// or from when there is none.
func anaphorAfter(s []token, from, bound int) int {
	for t := from; t < bound && t < len(s); t++ {
		if _, ok := anaphorAt(s, t); ok {
			return t
		}
	}
	return from
}

// listEnding returns the places of the list that places[k] closes.
func listEnding(s []token, places []sentPlace, k int) []int {
	first := k
	for first > 0 && !places[first-1].qualifier && places[first-1].end < places[first].i &&
		(onlyListWords(s, places[first-1].end, places[first].i) || townJoin(s, places[first-1].end, places[first].i)) { // "in Barranquilla and the municipality of Soledad, 19 …", as listFrom reads it
		first--
	}
	return listFrom(s, places, first)
}

// partFollows reports whether a part of the count opens at s[t]: "11 de
// ellas en Cali", "three of them in Bogotá", "la mayoría en Cali".
func partFollows(s []token, t int) bool {
	if t+2 < len(s) && (s[t].Kind == tokNumber || unitWords[s[t].Norm] > 0) && s[t+1].is("de", "of") && s[t+2].is("ellos", "ellas", "them", "whom", "los", "las") {
		return true
	}
	if t+1 < len(s) && s[t].is("among", "entre") && s[t+1].is("them", "ellos", "ellas", "whom") {
		return true // "16 deaths, among them a 17-year-old shot … in the Siloé neighbourhood"
	}
	return t+1 < len(s) && s[t].is("la", "most") && s[t+1].is("mayoria", "of")
}

// listedAfter reports whether the count at c and the one whose number
// opens at b are listed together, close by: the words joining them are
// read past c's own words, so that a capitalised word among them does not
// part the two ("Two Indigenous guards were shot dead and four others
// wounded … in Toribío").
func (d *doc) listedAfter(s []token, c countSpot, b int) bool {
	a := d.pastAside(s, c, b)
	la := a
	if ce := d.countEnd(s, c); ce > a && ce < b {
		la = ce
	}
	if c.i < len(s) && s[c.i].is("a", "an", "un", "una") {
		a = la // a lone person: the gap from its own words ("A 16-year-old boy was killed and four officers were hurt … in Virú")
	}
	return b-a <= 8 && listedCounts(s, la, b)
}

// qualifiedStart returns where the qualifier before the number at b opens
// ("7 muertos, más de 200 heridos": at "más"), or b; not before a.
func qualifiedStart(s []token, a, b int) int {
	for k := b - 1; k >= a && k >= b-4; k-- {
		if _, end, ok := qualifierLex.match(s, k); ok && end == b {
			return k
		}
	}
	return b
}

// listNational reports whether spots[n] opens a list of counts whose last
// one is said to cover the whole country: "left seven people dead, 1,340
// injured and 1,152 arrested across the country" holds for all three.
func listNational(s []token, spots []countSpot, n int) bool {
	m := n
	for m+1 < len(spots) && listedCounts(s, spots[m].j, spots[m+1].i) {
		m++
	}
	if m == n {
		return false
	}
	end := len(s)
	if m+1 < len(spots) {
		end = spots[m+1].i
	}
	return nationalAfter(s, spots[m].j, end)
}

// listedCounts reports whether only a conjunction, a comma and the words
// of a count stand between two counts: "27 heridos y 12 detenidos".
func listedCounts(s []token, a, b int) bool {
	for t := a; t < b; t++ {
		if s[t].Text == ";" || s[t].Text == "." || s[t].Kind == tokWord && (s[t].is("while", "mientras", "but", "pero", "whereas") || s[t].Cap) {
			return false
		}
	}
	return coordinated(s, a, b) || b > a && s[b-1].Text == ","
}

// listedByPlace reports whether two counts are listed by place, "11
// muertos en Apurímac, 17 en Puno y 10 en Ayacucho": they share a date.
// The later count, ending at e, is bare but for its place.
func listedByPlace(s []token, a, b, e int) bool {
	if e+1 >= len(s) || !s[e].is("en", "in") || !s[e+1].Cap {
		return false
	}
	seen := false
	for t := a; t < b; t++ {
		if s[t].is("en", "in") {
			// "en Iquique", "en la ciudad de Cochabamba".
			n := t + 1
			if n < b && s[n].is("la", "el", "the") {
				n++
			}
			if n+1 < b && levelWord(s[n].Norm) && s[n+1].is("de", "of") {
				n += 2
			}
			if n < b && s[n].Cap {
				for t = n; t+1 < b && (s[t+1].Cap || s[t+1].is("de", "del")); t++ {
				}
				seen = true
				continue
			}
		}
		personalA := s[t].is("a") && t == b-1 && t > a && s[t-1].is(",", "y", "e") // "y a 12 en Arica"
		if !personalA && !s[t].is(",", "y", "e", "and", "another", "otros", "otras", "other", "others", "more", "mas") && (seen || s[t].Kind == tokWord && s[t].Cap || s[t].Kind != tokWord) {
			return false
		}
	}
	if b > a+1 && s[b-1].is("a") && s[b-2].is(",", "y", "e") {
		b--
	}
	return seen && b > a && (s[b-1].Text == "," || s[b-1].is("y", "e", "and", "another", "otros", "otras"))
}

func samePlaces(a, b []PlaceData) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k].Key() != b[k].Key() {
			return false
		}
	}
	return true
}

// townJoin reports whether s[a:b] joins a second town to a list by
// naming its kind or nearness: "and the nearby town of", "y el municipio
// vecino de", "and neighbouring", or the unit holding the first: "in
// Barranquilla and the surrounding department of Atlántico". A number among the words starts another
// count's place ("uno en Virú y uno en la ciudad de Ica").
func townJoin(s []token, a, b int) bool {
	if b-a == 2 && s[a].is("and", "y", "e") && s[a+1].is("neighbouring", "neighboring", "nearby", "neighbour", "neighbor") {
		return true // "in Talcahuano and neighbouring Concepción"
	}
	// "en el sur de Guayaquil y en el vecino cantón Durán": a kind of
	// town right before the name, as Ecuador's "cantón Durán" and Chile's
	// "comuna Ercilla" write it.
	named := b-1 > a+1 && (townWords[s[b-1].Norm] || adminUnits[s[b-1].Norm]) && s[a+1].is("en", "in")
	if b-a < 3 || b-a > 8 || !s[a].is("and", "y", "e") || !s[b-1].is("of", "de") && !named {
		return false
	}
	kind := false
	for t := a + 1; t < b-1; t++ {
		if s[t].Kind != tokWord || s[t].Cap || unitWords[s[t].Norm] > 0 {
			return false // "10 in Ayacucho and six in the province of Andahuaylas": another count's place
		}
		kind = kind || townWords[s[t].Norm] || adminUnits[s[t].Norm] || s[t].is("city", "ciudad")
	}
	return kind || named
}

// shareVerbs say a place holds a share of a whole: "La Región
// Metropolitana concentra 1.012 de las querellas", "The Santiago
// Metropolitan Region accounted for 4,937 of the investigations".
var shareVerbs = map[string]bool{"concentra": true, "concentro": true, "concentrates": true, "concentrated": true,
	"accounted": true, "accounts": true, "account": true}

// subjectPlace returns the place that is the subject of a verb of share
// right before the count at s[i] ("La Región Metropolitana concentra 1.012
// de las querellas, y la región de Valparaíso, 288"), or -1: the subject's
// place, not one named after the count ("…, with the communes of Santiago,
// Puente Alto and Maipú at the top of the list").
func subjectPlace(s []token, places []sentPlace, i int) int {
	v := i - 1
	if v >= 1 && s[v].is("for") {
		v--
	}
	if v < 1 || !shareVerbs[s[v].Norm] || s[v].is("accounted", "accounts", "account") && !s[v+1].is("for") {
		return -1
	}
	for k, p := range places {
		if p.end == v && !p.qualifier && !p.moved && !p.body {
			return k
		}
	}
	return -1
}

// gappedShare returns the place of a count whose verb of share a list
// leaves out ("La región Ayacucho concentra 10 de los fallecidos y
// Apurímac, seis", "El departamento de Cochabamba concentra 14 …, y La Paz,
// 12"), or -1: the place right before the count and its comma, joined by
// "and" after the verb.
func gappedShare(s []token, places []sentPlace, i int) int {
	if i < 2 || s[i-1].Text != "," {
		return -1
	}
	verb := false
	for t := 0; t < i; t++ {
		verb = verb || shareVerbs[s[t].Norm]
	}
	if !verb {
		return -1
	}
	for k, p := range places {
		if p.end != i-1 || p.qualifier || p.moved || p.body {
			continue
		}
		a := p.i - 1
		for a > 0 && s[a].Kind == tokWord && !s[a].Cap && !s[a].is("y", "and", "e") && a > p.i-4 {
			a-- // "y la región de Valparaíso, 288"
		}
		if a >= 0 && s[a].is("y", "and", "e") {
			return k
		}
	}
	return -1
}

// partsOfLateWholes gives an untied part the place of its whole when the
// whole was tied only by the count joined before it: "En la provincia,
// desde el lunes, 21 personas han sido detenidas y 34 resultaron heridas,
// entre ellas 12 policías" (the 34 share the 21's province, and so do
// their 12).
func (d *doc) partsOfLateWholes(spots []countSpot, ties [][]PlaceData, tied []bool) {
	for n, c := range spots {
		po := d.claims[c.claim].Data.(CountData).PartOf
		if tied[n] || po == nil {
			continue
		}
		for m, o := range spots {
			if m < n && tied[m] && d.claims[o.claim].Start == po.Start {
				ties[n], tied[n] = ties[m], true
			}
		}
	}
}

// anaphorTownJoin reports whether s[a:b] joins a town to the anaphor
// before it by "and in" alone, or with a word of nearness: "en esta ciudad
// y en Salcedo", MT "in this city and in Pelileo", "in this city and in
// nearby Quillacollo", "y en la vecina Huanta". The anaphor's town and the
// town named share the count, which takes the smallest place holding both.
func anaphorTownJoin(s []token, a, b int) bool {
	if b-a < 2 || b-a > 4 || !s[a].is("and", "y", "e") || !s[a+1].is("in", "en") {
		return false
	}
	for t := a + 2; t < b; t++ {
		if !s[t].is("la", "el", "the", "nearby", "neighboring", "neighbouring", "vecina", "vecino") {
			return false
		}
	}
	return true
}

// townThenAnaphor returns the place of an anaphor joined to the town list
// ending at s[e] by "and in", perhaps through a part of the town ("en
// Vinto y en el centro de esta ciudad", "in Quillacollo, and in the centre
// of this city"): the anaphor's town shares the count, as a town joined
// after an anaphor does (anaphorTownJoin).
func (d *doc) townThenAnaphor(pi int, s []token, last sentPlace, bound int) (PlaceData, bool) {
	t := last.end
	if t < bound && s[t].Text == "," {
		t++
	}
	if t+1 >= bound || !s[t].is("and", "y", "e") || !s[t+1].is("in", "en") {
		return PlaceData{}, false
	}
	t += 2
	if t+2 < bound && s[t].is("the", "el") && s[t+1].is("centre", "center", "centro", "north", "south", "norte", "sur") && s[t+2].is("of", "de") {
		t += 3
	}
	if t >= bound {
		return PlaceData{}, false
	}
	a, ok := anaphorAt(s, t)
	if !ok || a > bound || !s[t].is("this", "the", "esta", "la") || !s[a-1].is("city", "ciudad", "capital") || facilityOf(s, t) {
		return PlaceData{}, false
	}
	pd, ok := d.anaphorPlace(pi, s, t, a)
	if ok && pd.Key() == last.m.data.Key() {
		// "la ciudad" right after the town it is joined to points past
		// it, to the dateline's town.
		pd, ok = d.datelineCity(pi)
	}
	if !ok || pd.Key() == last.m.data.Key() {
		return PlaceData{}, false
	}
	return d.raise(pd, s[t:a], false), true
}

func onlyListWords(s []token, a, b int) bool {
	for t := a; t < b; t++ {
		if !s[t].is(",", "y", "and", "e") {
			return false
		}
	}
	return b > a
}

// fronted reports whether s[k] stands in an opening phrase of place: "En
// Tacna, …", "In Cali alone, …".
// The phrase may open a clause after a semicolon: "…; en Miraflores, la
// policía detuvo a 13".
func fronted(s []token, k int) bool {
	start := 0
	for t := min(k, len(s)) - 1; t >= 0; t-- {
		if s[t].Text == ";" || t > 0 && t+1 < len(s) && s[t-1].Text == "," && s[t].is("and", "y") && s[t+1].is("in", "en") ||
			t+1 < len(s) && s[t].is("que", "that") && s[t+1].is("in", "en") {
			// or a clause of its own after ", and": "…, and in Juliaca,
			// on January 9, police killed 17"; or a reported one: "concluyó
			// que en Sacaba, el 15 de noviembre, murieron diez personas"
			start = t + 1
			break
		}
	}
	if start+1 < len(s) && s[start].is("solo", "only", "solamente", "just") {
		start++ // "Solo en la Región Metropolitana, el INDH contabiliza …": the place alone
	}
	return (k-start <= 6 || longFronted(s, start, k)) && start < len(s) && s[start].is("in", "en", "at", "desde", "from", "inside", "within", "dentro")
}

// longFronted reports whether s[start:k] is one long opening phrase of
// place and time with no comma in it: MT "In the confrontations of this
// Thursday in the south of the city, resulted wounded 2 policemen", whose
// anaphor is the count's place as a short one's is.
func longFronted(s []token, start, k int) bool {
	if k-start > 12 {
		return false
	}
	for t := start; t < k; t++ {
		if s[t].Text == "," || s[t].Kind == tokNumber {
			return false
		}
	}
	return true
}

// frontedAside reports whether the anaphor s[k:e] closes an aside of
// location set off by commas after an opening phrase of place and time,
// just before the clause it places: "Solo en los enfrentamientos del
// jueves en los exteriores de la Asamblea Nacional, en el norte de la
// capital, hubo 41 heridos". The opening phrase has no comma or figure of
// its own, as a long fronted one (longFronted), and names no place: the
// aside then locates the scene, not a zone named before it ("En Puerto
// Resistencia, en el oriente de la ciudad, …" keeps the zone).
func frontedAside(s []token, places []sentPlace, k, e int) bool {
	if e >= len(s) || s[e].Text != "," {
		return false
	}
	a := k - 1
	for a >= 0 && s[a].Text != "," {
		a--
	}
	if a < 1 || k-a > 6 || !s[a+1].is("in", "en") {
		return false
	}
	start := 0
	if s[start].is("solo", "only", "solamente", "just") {
		start++
	}
	if !s[start].is("in", "en") || a-start > 16 {
		return false
	}
	for _, p := range places {
		if p.i < a {
			return false
		}
	}
	for t := start; t < a; t++ {
		if s[t].Text == "," || s[t].Text == ";" || s[t].Kind == tokNumber {
			return false
		}
	}
	return true
}

// setCountPlaces fills the places of the counts of one sentence.
func (d *doc) setCountPlaces(pi, si int, s []token, spots []countSpot) {
	if len(spots) == 0 {
		return
	}
	sort.Slice(spots, func(a, b int) bool { return spots[a].i < spots[b].i })
	places := d.sentencePlaces(s)
	asides := d.reporterAsides(s, spots)
	var kept []sentPlace
	for k, p := range places {
		if !insideAny(asides, p.i) && !mostlyIn(s, places, k) && !worstHit(s, p) && !d.mostOfThemIn(s, places, k) {
			kept = append(kept, p)
		}
	}
	places = kept
	ties := make([][]PlaceData, len(spots))
	tied := make([]bool, len(spots))
	ahead := make([]bool, len(spots)) // tied to a place written after it
	at := make([]int, len(spots))     // the token of the first place tied
	for n, c := range spots {
		prevEnd, bound := 0, len(s)
		if n > 0 {
			prevEnd = spots[n-1].j
		}
		if n+1 < len(spots) {
			bound = conjunctStart(s, c.j, spots[n+1].i)
		}
		ks, ana, fwd := d.tieCount(pi, s, places, asides, c, prevEnd, bound)
		ks = drownedWaters(s, places, ks)
		ahead[n] = fwd
		if ana != nil {
			ties[n], tied[n] = []PlaceData{*ana}, true
			if fwd {
				at[n] = anaphorAfter(s, c.j, bound) // "…, near this jungle town": where the tie is written
				if e, ok := anaphorAt(s, at[n]); ok {
					for k := range places {
						if places[k].i > e && (townJoin(s, e, places[k].i) || anaphorTownJoin(s, e, places[k].i)) {
							// "in this city and in the canton Durán": a list too
							places[k].claimed = true
							ties[n] = append(ties[n], places[k].m.data)
						}
					}
				}
			}
			continue
		}
		for _, k := range ks {
			places[k].claimed = true
			ties[n] = append(ties[n], places[k].m.data)
		}
		if len(ks) > 0 && fwd {
			if pd, ok := d.townThenAnaphor(pi, s, places[ks[len(ks)-1]], bound); ok {
				ties[n] = append(ties[n], pd) // "en Vinto y en el centro de esta ciudad": a list too
			}
		}
		tied[n] = len(ks) > 0
		if tied[n] {
			at[n] = places[ks[0]].i
		}
		if city, ok := d.datelineCity(pi); ok && len(ks) == 1 && places[ks[0]].m.data.Level == "water" && waterInTown(s, places[ks[0]:ks[0]+1]) {
			ties[n] = []PlaceData{city} // "En el puente sobre el río Cutuchi, a la entrada de esta ciudad, … retuvieron a 12": the town (waterInTown)
		}
	}
	for n := range spots {
		prevEnd, bound := 0, len(s)
		if n > 0 {
			prevEnd = spots[n-1].j
		}
		if n+1 < len(spots) {
			bound = spots[n+1].i
		}
		if k := d.roadSpot(places, prevEnd, bound); k >= 0 && (!tied[n] || len(ties[n]) == 1 && placeContains(ties[n][0], places[k].m.data)) {
			ties[n], tied[n] = []PlaceData{places[k].m.data}, true
		}
	}
	for n, c := range spots {
		bound := len(s)
		if n+1 < len(spots) {
			bound = spots[n+1].i
		}
		if tied[n] {
			continue
		}
		if towns, ok := d.bothTowns(pi, s, c.j, bound); ok {
			// "La Policía aprehendió a 27 personas en los dos municipios",
			// "31 people had been detained in the two towns": the smallest
			// place holding the last two towns named.
			if r, ok := d.smallestHolding(towns); ok {
				if pd, ok := d.held[r.ID]; ok {
					ties[n], tied[n] = []PlaceData{pd}, true
				}
			}
		}
	}
	d.respectively(s, spots, places, ties, tied)
	// A whole takes the place its part's aside is followed by: "31 people,
	// nine of them minors, in Taraco" (but "24 muertes, 11 de ellas en
	// Cali" keeps Cali for the part alone). First, so that a count joined
	// before the whole shares it: "six people died and at least 335 others
	// were injured, including 19 children, during the strike in Ecuador".
	for n := 0; n+1 < len(spots); n++ {
		p := spots[n+1]
		po := d.claims[p.claim].Data.(CountData).PartOf
		if tied[n] || !tied[n+1] || !ahead[n+1] || po == nil || po.Start != d.claims[spots[n].claim].Start {
			continue
		}
		whole := d.claims[spots[n].claim]
		inside := d.claims[p.claim].Start < whole.End // "Once personas, entre ellas dos periodistas, resultaron heridas"
		if (inside || asideOpens(s, tokenIndex(s, whole.End-1)+1, p.i)) && markBetween(s, p.j, at[n+1], ",") {
			ties[n], tied[n], ahead[n], at[n] = ties[n+1], true, true, at[n+1]
		}
	}
	// Counts joined by "and" or a comma share a place written after the last
	// of them ("Two people were killed and five wounded in Andahuaylas") or
	// before the first ("In Popayán, 27 injured and 12 detained").
	for n := len(spots) - 2; n >= 0; n-- {
		// A larger place before the first ("Colombia's police said 14
		// officers were injured and 27 people detained in Popayán") gives
		// way to the smaller one inside it after the last.
		// Not a place fronted in the later count's own clause ("In
		// Colombia, … 87 disappeared …, and in the city of Popayán the
		// Police detained 35").
		loose := !tied[n] || !ahead[n] && ahead[n+1] && len(ties[n]) == 1 && len(ties[n+1]) == 1 && ties[n][0].Key() != ties[n+1][0].Key() &&
			placeContains(ties[n][0], ties[n+1][0])
		// A part listed by place after its whole ("De los 45 detenidos …, 20
		// fueron capturados en Juliaca, 15 en Cusco …") has a place of its
		// own, not the whole's.
		po := d.claims[spots[n+1].claim].Data.(CountData).PartOf
		ownPart := po != nil && po.Start == d.claims[spots[n].claim].Start && wholeBefore(s, spots[n].i)
		// A place in a relative clause of the later count is its own: "47
		// in clashes, 10 in road accidents and one police officer who was
		// burned to death in Juliaca".
		own := tied[n+1] && ahead[n+1] && relativeBefore(s, spots[n+1].j, at[n+1])
		if loose && !ownPart && !own && !ownCircumstance(s, places, spots[n].j, spots[n+1].i) && tied[n+1] && d.listedAfter(s, spots[n], qualifiedStart(s, spots[n].j, spots[n+1].i)) && !partFollows(s, spots[n+1].i) {
			ties[n], tied[n] = ties[n+1], true
		}
		// "19 comuneros fueron detenidos por Carabineros y otros seis
		// resultaron lesionados … en la comuna de Ercilla": a count that goes
		// on from the one before in a clause joined by "and" tells of the
		// same event, and its place is the earlier count's too.
		// Not a later state ("and another 35 were hospitalised in Cusco":
		// where they lie, not where they were harmed).
		if !tied[n] && tied[n+1] && ahead[n+1] && !ownPart && !own && continuesCount(s, spots[n+1]) &&
			d.claims[spots[n+1].claim].Data.(CountData).Category != "other" &&
			coordinated(s, spots[n].j, spots[n+1].i) && !clauseBreak(s, spots[n].j, spots[n+1].i) && !markBetween(s, spots[n].j, spots[n+1].i, ".") {
			ties[n], tied[n] = ties[n+1], true
		}
	}
	// A part takes the place of its whole: "23 injured in Lima, 13 of them police".
	for n, c := range spots {
		if tied[n] {
			continue
		}
		if po := d.claims[c.claim].Data.(CountData).PartOf; po != nil {
			for m, o := range spots {
				if tied[m] && d.claims[o.claim].Start == po.Start {
					ties[n], tied[n] = ties[m], true
				}
			}
		}
	}
	for n := 1; n < len(spots); n++ {
		// "… in Macusani, and 14 remained hospitalised": "and" joins a count
		// to the place of the one before.
		near := spots[n].i-spots[n-1].j <= 8 && listedCounts(s, spots[n-1].j, qualifiedStart(s, spots[n-1].j, spots[n].i)) ||
			spots[n].i-spots[n-1].j <= 14 && coordinated(s, spots[n-1].j, spots[n].i) && !clauseBreak(s, spots[n-1].j, spots[n].i)
		if !tied[n] && tied[n-1] && near && !(ahead[n-1] && ownCircumstance(s, places, spots[n].j, len(s))) {
			ties[n], tied[n] = ties[n-1], true
			// "36 deaths …, including 10 in Senkata and 10 in Sacaba, and
			// more than 800 people injured": a count joined after the last
			// part of a breakdown goes on from the whole, not that part.
			if w := d.wholeSpot(spots, n-1); w >= 0 && w != d.wholeSpot(spots, n) {
				ties[n], tied[n] = ties[w], tied[w]
			}
		}
	}
	d.partsOfLateWholes(spots, ties, tied)
	// When every tied count of the sentence has one place, the others share
	// it: "Ecuador's government said 2 officers had died …, while 80
	// civilians were hurt".
	var only []PlaceData
	same := true
	lastAhead := -1 // the last count tied to a place written after it
	for n, c := range spots {
		if tied[n] && partFollows(s, c.i) {
			continue // "24 muertes, 11 de ellas en Cali": a part's place is not its whole's
		}
		if tied[n] {
			if only != nil && !samePlaces(only, ties[n]) {
				same = false
			}
			if ahead[n] {
				lastAhead = n
			}
			only = ties[n]
		}
	}
	var free, moved, owners, bodies, waters []PlaceData
	var movedAt []int // where the moved places stand
	var all []int
	for k := range places {
		all = append(all, k)
	}
	drowned := len(drownedWaters(s, places, all)) < len(all) // a place only locates the water people drowned in
	for _, p := range places {
		if p.claimed || p.qualifier || p.offstage && (seatedIn(s, p.i) || p.m.data.Level != "country" && visitedIn(s, p.i)) {
			// (a body's seat or the towns it visited are no fallback of a moved place either)
			continue
		}
		if drowned && nearBefore(s, p.i) {
			continue // "crossing the Ilave River near the town of Ilave", "… near Lake Titicaca": the river
		}
		if p.m.data.Level == "water" {
			waters = append(waters, p.m.data)
			continue
		}
		switch {
		case p.datelined:
			// The dateline's country: its city is the place (datelineCounts).
		case p.moved && (cameFrom(s, p.i) || d.arrivedListAt(pi, &p.m) || headedTo(s, p.i) || roadToward(s, p.i)) && d.datelineIn(d.paras[pi]):
			// (and where a road or bridge leads: "GUAYAQUIL - … tried to
			// seize a toll booth on the bridge to the neighbouring town of
			// Durán")
			// "SACABA, Bolivia — … coca growers marching toward Cochabamba":
			// where the march was headed, not where it was stopped.
			// "CUSCO.- Un comunero de la provincia de Chumbivilcas murió":
			// where he came from; the dateline's city is where it happened.
			// So are the towns listed after such a place ("los comuneros,
			// llegados desde Colta, Guamote y Alausí, retuvieron a ocho
			// uniformados" under RIOBAMBA.-): not their province either.
		case p.moved || lyingIn(s, p):
			moved = append(moved, p.m.data)
			movedAt = append(movedAt, p.i)
		case p.body:
			bodies = append(bodies, p.m.data)
		case possessive(s[p.end-1]) && p.m.data.Level == "country" && protestTarget(s, p.i):
			// "the march against Peru's interim government": what the
			// protest was against, not where it was.
		case possessive(s[p.end-1]) && p.m.data.Level == "country":
			owners = append(owners, p.m.data)
		default:
			free = append(free, p.m.data)
		}
	}
	free = withinCountry(free)
	named := len(free) > 0 // a place the sentence names for its own sake, not a fallback below
	others := 0            // the sentence's places beside the dateline's country ("TENA, Ecuador (Reuters) -")
	for _, p := range places {
		if !p.datelined {
			others++
		}
	}
	if len(free) == 0 && (!d.datelineIn(d.paras[pi]) || others > len(owners)) {
		// "Bolivia's government said": whose body spoke, a place only
		// when the sentence names no other. Under a dateline the
		// dateline decides (datelineCounts): "LIMA — Two young men were
		// killed … on Saturday night …, Peru's ombudsman office said".
		free = owners
	}
	fromMoved := len(free) == 0 && len(moved) > 0
	if len(free) == 0 {
		free = moved // "were taken to hospital in Ilave": better than no place
	}
	if len(free) == 0 && !d.bodyOverDateline(pi, bodies) {
		free = bodies
	}
	if len(free) == 0 || len(waters) > 0 && onlyCountries(free) && harmOnWater(s) {
		// "cleared a blockade on the bridge over the Ramis River, arresting
		// 14 people": a river or lake when the sentence names no town; so
		// when it names only the country the people drowned in ("Six
		// soldiers drowned … while trying to cross the Ilave River in
		// southern Peru").
		free = waters
		if city, ok := d.datelineCity(pi); ok && len(waters) > 0 && waterInTown(s, places) {
			// "En el puente sobre el río Cutuchi, a la entrada de esta
			// ciudad", "the bridge across the Perené River in this jungle
			// town": the phrase names the town the river runs through, the
			// dateline's, as "over the Ilave River in Ilave" does (round 38).
			free = []PlaceData{city}
		}
	}
	// A sentence without places carries the places of the last sentence of
	// the paragraph that has some.
	var carried []PlaceData
	// So does a sentence whose only places are where people were taken
	// ("Otros tres … fueron detenidos y trasladados a la ciudad del Cusco"):
	// they were harmed where the sentence before says.
	// Not where people came from ("the fourth person from El Collao
	// province"), nor where they lie now ("remain hospitalized in Juliaca").
	onlyMoved := len(places) > 0
	for _, p := range places {
		onlyMoved = onlyMoved && (p.moved && !cameFrom(s, p.i) && !stayIn(s, p.i) || lyingIn(s, p))
	}
	// A sentence whose only places are where people come from or live
	// ("dijo Gloria Mina, habitante de Puerto Resistencia") tells who spoke,
	// not where: the sentence before it is read, and the origin only when
	// no sentence before names a place.
	var origins []PlaceData
	homes := false // the origins are where residents live ("Vecinos de Senkata", "pobladores de San Román")
	// "… la Alianza contabiliza cinco fallecidos desde el inicio del paro
	// nacional, el 13 de junio. El Ministerio de Gobierno sostiene … que
	// 101 policías y 43 militares han resultado heridos en ese lapso": the
	// period's total, and its place (the country, or none), not the day's
	// scene told between them.
	periodDone := false
	for back := si - 1; len(places) == 0 && back >= 0 && !periodDone; back-- {
		carried, periodDone = d.periodOwnerPlaces(d.paras[pi].sentences[back], s)
	}
	for back := si - 1; (len(places) == 0 || onlyMoved) && back >= 0 && carried == nil && !periodDone && !nationwide(s); back-- {
		if d.visitOnly(d.paras[pi].sentences[back]) {
			break
		}
		var came, from []PlaceData
		sb := d.paras[pi].sentences[back]
		fromEnd := -1 // the end of the last place people came from: "arrived from Puno, Cusco and Apurímac" lists them all
		for _, p := range d.sentencePlaces(sb) {
			if p.m.data.Level == "country" && possessive(sb[p.end-1]) && d.dateline != nil {
				continue // "in this city in Peru's southern Andes": whose land, the dateline's city is nearer
			}
			if insideQuote(d.text, d.paras[pi].Start, p.m.start) {
				continue // '"I went to support my brothers of Puno"': someone's words, not the scene told
			}
			if p.offstage {
				continue // "moved the seat … to Guayaquil": nothing happened there
			}
			if deadOf(sb, p.i) && d.lastCountIn(sentenceSpan(sb)) < 0 {
				continue // "la marcha fúnebre … con los féretros de los fallecidos en Senkata": where the mourned died, not the scene
			}
			switch {
			case !p.qualifier && p.m.data.Level != "water" && !p.moved && !p.datelined && !p.body:
				carried = append(carried, p.m.data)
			case !p.qualifier && !p.datelined && p.moved && (cameFrom(sb, p.i) || fromEnd >= 0 && onlyListWords(sb, fromEnd, p.i)) && d.lastCountIn(sentenceSpan(sb)) < 0:
				from = append(from, p.m.data)
				fromEnd = p.end
				// (a zone's residents or a Peruvian unit's, not a town's
				// abroad: "una marcha fúnebre de vecinos de El Alto" under
				// LA PAZ is the dateline's scene)
				homes = homes || residentsBefore(sb, p.i) && (p.m.data.Country == "PE" || p.m.data.Level == "locality" || d.townAbroad(p.m.data).Key() != p.m.data.Key())
			case !p.qualifier && !p.datelined:
				came = append(came, p.m.data) // or a river or lake; the dateline's region gives way to its city
			}
		}
		if city, ok := d.datelineCity(pi); ok && onlyCountries(carried) {
			// "PEREIRA, Colombia (AP) — A university student shot … in this
			// western city … two more demonstrators were wounded in the same
			// attack": the dateline's town a demonstrative points to, not the
			// country beside it.
			for t := range sb {
				if e, ok := anaphorAt(sb, t); ok && sb[t].is("this", "esta", "este") && anaphorNamesCity(sb[t:e]) && !insideQuote(d.text, d.paras[pi].Start, sb[t].Start) {
					carried = []PlaceData{city}
					break
				}
			}
		}
		if carried == nil && came == nil && from != nil {
			if origins == nil {
				origins = from
			}
			continue
		}
		came = append(came, from...)
		waterOfCount := false
		if k := d.lastCountIn(sentenceSpan(d.paras[pi].sentences[back])); k >= 0 {
			// "… bloqueaban el puente sobre el río Pachachaca, en la provincia
			// de Abancay. Seis de ellos …": the river the count before took.
			if refs := d.claims[k].Data.(CountData).Places; len(refs) == 1 && strings.HasPrefix(refs[0].ID, "water:") {
				for _, p := range came {
					waterOfCount = waterOfCount || p.Key() == refs[0].ID
				}
			}
		}
		if carried == nil || waterOfCount {
			carried = append(carried, came...) // where people were taken or came from, a river: better than no place
		}
		if bareCrossing(s) {
			// "… el puente sobre el río Ramis, en la vía a Juliaca. … un
			// enfrentamiento con la policía en el puente dejó un comunero
			// muerto": the bridge named by the river it crosses.
			for _, p := range came {
				if p.Level == "water" {
					carried = []PlaceData{p}
					break
				}
			}
		}
		if city, ok := d.datelineCity(pi); ok && len(carried) > 1 && !d.countsApart(sentenceSpan(sb)) && !d.nationalIn(sb) {
			// "PUYO — … in the city of Puyo, … the first death reported in
			// Pastaza province. Police said 18 officers were injured": the
			// dateline's city among the places carried is where it was.
			for _, p := range carried {
				if p.Key() == city.Key() {
					carried = []PlaceData{p}
					break
				}
			}
		}
		if city, ok := d.datelineCity(pi); (ok && (seatsOfGovernment[city.Key()] || countryOwned(s)) || d.nationalReporter(s)) && (sinceIn(s) || soFar(s) || d.spanFromIn(s) && !onlyCountries(carried)) && d.sceneOnly(sentenceSpan(sb), sentenceSpan(s)) {
			// "QUITO, Ecuador — … streamed into Quito on Tuesday. The
			// government said 477 people had been arrested since the
			// protests began": a total since a start, under the capital's
			// dateline or owned by "the country's" body ("PEREIRA, Colombia
			// — … The country's ombudsman says 42 people have died … since
			// April 28"), is not where the scene before it was set.
			carried = nil
			break
		}
		if carried == nil && came == nil && opensWithSubset(s) && d.lastCountIn(sentenceSpan(sb)) >= 0 {
			// "The institute said 1,554 people had been arrested since
			// Friday. Among those arrested were 210 minors": the part's
			// whole stands in the sentence before, and so does its place;
			// a town named further back is not the part's.
			break
		}
		if carried != nil && d.partsOfPlaceless(sentenceSpan(sb)) {
			// "… 1.574 heridos en hospitales de todo el país … La Región
			// Metropolitana concentra 713 de esos heridos, seguida de
			// Valparaíso … El organismo ha presentado además 181 querellas":
			// the regions before are the places of a national whole's
			// parts, not a scene a later count goes on from.
			carried = nil
			break
		}
		if w := d.partsWhole(sentenceSpan(sb)); carried != nil && w >= 0 && d.wholeCarry(w) != nil && !d.partsIn(sentenceSpan(s), sentenceSpan(sb)) {
			// "… at least six protesters died in Ecuador between June 13
			// and June 30 … Two of the deaths occurred in Puyo … and one
			// in Quito. Police said 335 officers had been injured": the
			// towns are the places of the whole's parts; the story goes on
			// from the whole, and from its place (not "Entre ellos hay
			// 14 …", a part of the last part).
			carried = d.wholeCarry(w)
			break
		}
		if k := d.lastCountWhere(sentenceSpan(sb), d.kept); carried == nil && k >= 0 && d.national[k] {
			// "… en Shushufindi … Con él, suman seis los fallecidos en los
			// 16 días de paro … La entidad registraba además 335 heridos": the
			// story went on from the country's total, which took no place,
			// not from the town before it.
			break
		}
		had := carried != nil
		if carried = d.countPlaceAmong(d.paras[pi].sentences[back], carried, sinceIn(s), samePeriod(s, 0, len(s))); had && carried == nil {
			break
		}
	}
	if carried == nil && (homes || !d.datelineIn(d.paras[pi])) {
		// (Under a dateline its town is where, not where people came
		// from: "LIMA. Around of 2,000 persons arrived from Puno, Cusco
		// and Apurímac … 6 policemen and 3 civilians resulted with
		// contusions in the surroundings of the Congress"; but residents
		// are at home: "Vecinos de Senkata bloquean la planta".)
		carried = origins
	}
	for n, c := range spots {
		if whole, ok := d.heldPart(spots, places, ties, tied, n); ok {
			// "27 comuneros fueron intervenidos … en la provincia de
			// Cotabambas. Siete de ellos continúan detenidos en la comisaría
			// de Tambobamba": held there, harmed where the whole was.
			cd := d.claims[c.claim].Data.(CountData)
			cd.Places = whole
			d.claims[c.claim].Data = cd
			continue
		}
		set := ties[n]
		next := len(s)
		if n+1 < len(spots) {
			next = spots[n+1].i
		}
		// "Con él son ya tres los fallecidos en el paro nacional": a total.
		already := c.i >= 2 && s[c.i-1].is("ya", "already") && s[c.i-2].is("son", "van", "are")
		from := c.i // "The quantity of detained ones in all the country … ascends to 143", "since … on Dec. 7 to 46"
		for from > 0 && from > c.i-14 && (!s[from-1].is(",", ";", ".", ":") || abbrevMonth(s, from-1)) && (n == 0 || from > spots[n-1].j) {
			from--
		}
		if nationalAfter(s, c.j, next) || listNational(s, spots, n) || !tied[n] && (nationalAfter(s, from, c.i) || spanToll(s, places, from, next)) || countryToll(s, places, from, c.i) || (d.claims[c.claim].Data.(CountData).RunningTotal || risesTo(s, c.i) || already) && (nationalEvent(s, c.j, next) || !tied[n] && strikeEvent(s, c.j, next)) {
			// "… and 48 people had died nationwide", "310 los detenidos a
			// nivel nacional": the country, when the text names it.
			set = nil
			for _, p := range places {
				if p.m.data.Level == "country" { // "SANTIAGO, Chile — … across the country": Chile
					set = append(set, p.m.data)
				}
			}
			// "In Ecuador, the Ministry … informed that in Puyo … The
			// quantity of detained ones in all the country … ascends to 143":
			// the country an earlier sentence of the paragraph names.
			for back := si - 1; set == nil && back >= 0; back-- {
				for _, p := range d.sentencePlaces(d.paras[pi].sentences[back]) {
					if p.m.data.Level == "country" {
						set = append(set, p.m.data)
					}
				}
			}
			cd := d.claims[c.claim].Data.(CountData)
			cd.Places = nil
			if r, ok := d.smallestHolding(set); ok {
				cd.Places = []Ref{r}
			} else {
				if d.national == nil {
					d.national = map[int]bool{}
				}
				d.national[c.claim] = true
			}
			d.claims[c.claim].Data = cd
			continue
		}
		if !tied[n] {
			set = free
			// "8 killed in Ayacucho, …, 50 were injured" is the place of
			// both, and so of a total the count raised ("with which rises to
			// 58", "bringing the toll … to 19"), unless the total is the
			// country's ("raising the national toll to 44").
			if !named && same && only != nil && lastAhead < n && !ownCircumstance(s, places, c.j, next) && !(n > 0 && tollLink(s, spots[n-1].j, c.i) && nationalWord(s, spots[n-1].j, c.i)) {
				set = only
			}
			if len(places) == 0 || onlyMoved && carried != nil && d.claims[c.claim].Data.(CountData).Category != "other" {
				set = carried
			}
			if fromMoved && len(set) > 0 && set[0].Key() == free[0].Key() && d.datelineIn(d.paras[pi]) && d.onlyTakenTo(s, places) {
				// "Pichanaqui, 17 de diciembre. Son ya siete los heridos …
				// que la Red de Salud ha derivado a Lima": where they were
				// sent from is the dateline's town (datelineCounts).
				set = nil
			}
			if fromMoved && len(set) > 0 && set[0].Key() == free[0].Key() && d.movedByOther(s, spots, n, movedAt) {
				// "Nineteen people were injured …; two of them were later
				// transferred to a hospital in Valparaíso": where a later
				// count was taken, not where this one was hurt (the
				// dateline's, or none); the part keeps its whole's place.
				set = nil
			}
		}
		cd := d.claims[c.claim].Data.(CountData)
		cd.Places = nil
		if r, ok := d.smallestHolding(d.townsOf(set)); ok {
			cd.Places = []Ref{r}
		}
		if w := d.wholeClaim(cd); !tied[n] && len(places) == 0 && w >= 0 && d.claims[w].Start < sentenceSpan(s).Start &&
			d.claims[w].Start >= d.paras[pi].Start && len(d.claims[w].Data.(CountData).Places) == 0 && d.unplacedAt(pi, d.claims[w].Start) && !d.datelineIn(d.paras[pi]) {
			// "De los heridos, 435 eran miembros de la Policía Nacional"
			// after a sentence on Pichincha: a part in a sentence of its own
			// takes its whole's place, here none (its sentence names none
			// and no dateline gives one), not the last one named.
			cd.Places = nil
		} else if w >= 0 && !tied[n] && len(places) == 0 && opensWithSubset(s) && d.claims[w].Start < sentenceSpan(s).Start && d.claims[w].Start >= d.paras[pi].Start {
			// "… left seven people dead, including two soldiers killed
			// near … Shushufindi, and at least 412 injured. Of the injured,
			// 166 were police officers": the part opening its sentence
			// takes its whole's place, not the last part's before it.
			cd.Places = append([]Ref(nil), d.claims[w].Data.(CountData).Places...)
		}
		d.claims[c.claim].Data = cd
	}
}

// deadOf reports whether the place at s[i] tells where people already
// dead were killed ("los féretros de los fallecidos en Senkata", MT "the
// coffins of the deceased ones of Senkata", "the coffins of victims of
// Senkata"): who they were, not where a
// later scene is set.
func deadOf(s []token, i int) bool {
	k := i - 1
	if k >= 0 && s[k].is("the", "la", "el") {
		k-- // "los fallecidos de la Senkata"
	}
	if k < 1 || !s[k].is("de", "del", "en", "of", "in", "from") {
		return false
	}
	k--
	if k >= 1 && s[k].is("ones") {
		k--
	}
	if s[k].is("victims", "victimas") && k >= 1 && s[k-1].is("las", "the", "sus", "their", "of", "de") {
		return true // MT "the coffins of victims of Senkata"
	}
	return s[k].is("fallecidos", "muertos", "deceased", "dead", "asesinados", "killed") && k >= 1 && s[k-1].is("los", "the", "sus", "their")
}

// nightSpan reports whether a count's period is two days in a row ("In
// the night of this Tuesday and the dawn of the Wednesday"): one night's
// scene, which the capital's dateline places as it places a day's.
func nightSpan(cd CountData) bool {
	if cd.DatePrecision != "range" || cd.Since {
		return false
	}
	from, to, ok := strings.Cut(cd.Date, "/")
	if !ok {
		return false
	}
	a, err1 := time.Parse("2006-01-02", from)
	b, err2 := time.Parse("2006-01-02", to)
	return err1 == nil && err2 == nil && b.Sub(a) == 24*time.Hour
}

// untilThisDay reports whether a sentence counts up to a weekday of this
// week ("deja hasta este domingo el paro", MT "From the 3 of October until
// this Wednesday are counted"): a running toll's day, which under the
// capital's dateline is the country's, not the capital's.
// asOfDayIn reports whether a sentence counts up to a day it names
// (asOfDay: "había presentado hasta ayer 1.080 querellas", "hasta la
// tarde de este martes, 376 personas han sido heridas"): a running toll's
// day, as untilThisDay's.
func (d *doc) asOfDayIn(s []token) bool {
	for _, dm := range d.datesIn(sentenceSpan(s)) {
		if asOfDay(s, tokenIndex(s, dm.start)) {
			return true
		}
	}
	return false
}

func untilThisDay(s []token) bool {
	for k := 0; k+2 < len(s); k++ {
		if s[k].is("until", "hasta") && s[k+1].is("this", "este", "esta") && isWeekday(s[k+2]) {
			return true
		}
	}
	return false
}

// isWeekday reports whether t names a day of the week.
func isWeekday(t token) bool {
	_, ok := weekdays[t.Norm]
	return ok
}

// onlyCountries reports whether every place of ps is a country.
func onlyCountries(ps []PlaceData) bool {
	for _, p := range ps {
		if p.Level != "country" {
			return false
		}
	}
	return len(ps) > 0
}

// unplacedAt reports whether the sentence of paragraph pi holding the
// offset pos names no place.
func (d *doc) unplacedAt(pi, pos int) bool {
	for _, sb := range d.paras[pi].sentences {
		if sp := sentenceSpan(sb); pos >= sp.Start && pos < sp.End {
			return len(d.placesIn(sp)) == 0
		}
	}
	return false
}

// movedByOther reports whether the places people were taken to (at movedAt)
// belong to another count than spots[n], in a clause of its own: one that
// stands between it and them ("Nineteen people were injured …; two of them
// were later transferred to a hospital in Valparaíso"), or, for spots[n]
// itself, after the whole it is a part of. Not a part in apposition:
// "Eleven people, two of them journalists, were taken to hospital in Ilave".
func (d *doc) movedByOther(s []token, spots []countSpot, n int, movedAt []int) bool {
	part := false
	if pd := d.claims[spots[n].claim].Data.(CountData).PartOf; pd != nil && n > 0 {
		for _, w := range spots[:n] {
			part = part || d.claims[w.claim].Start == pd.Start && clauseBreak(s, w.j, spots[n].i)
		}
	}
	later := n+1 < len(spots) && clauseBreak(s, spots[n].j, spots[n+1].i)
	for _, at := range movedAt {
		if at < spots[n].i || !part && !(later && spots[n+1].i < at) {
			return false
		}
	}
	return len(movedAt) > 0
}

// sceneOnly reports whether the sentence at sp counts nothing, or only
// the harm of one day ("Indigenous protesters held eight police officers
// inside Quito's Casa de la Cultura on Thursday"): a scene a total since
// a start, told after it in the sentence at total, does not take its place
// from ("The government said 766 people had been arrested since the unrest
// began on Oct. 3"). A start the day before the scene's ("Forty-one people
// remained missing on Sunday … Of the 79 people reported missing since
// Saturday night") makes the total the scene's own.
func (d *doc) sceneOnly(sp, total span) bool {
	var from time.Time
	for _, dm := range d.datesIn(total) {
		if dm.data.Since && dm.data.From != "" {
			from, _ = time.Parse("2006-01-02", dm.data.From)
		}
	}
	for k := range d.claims {
		cd, ok := d.claims[k].Data.(CountData)
		if !ok || !d.kept(k, cd) || d.claims[k].Start < sp.Start || d.claims[k].Start >= sp.End {
			continue
		}
		if cd.PartOf != nil && cd.Date == "" {
			continue // "Between the wounded ones there are 9 policemen": a part of the day's count, undated as parts are
		}
		if cd.DatePrecision != "day" || cd.Since {
			return false
		}
		if day, err := time.Parse("2006-01-02", cd.Date); err == nil && !from.IsZero() && !day.After(from.AddDate(0, 0, 1)) {
			return false
		}
	}
	return true
}

// datelineCity returns the place of the dateline that opens paragraph pi.
func (d *doc) datelineCity(pi int) (PlaceData, bool) {
	if !d.datelineIn(d.paras[pi]) {
		return PlaceData{}, false
	}
	for k := range d.places {
		if d.places[k].dateline && d.places[k].data.Key() != "" {
			return d.places[k].data, true
		}
	}
	return PlaceData{}, false
}

// waterInTown reports whether a demonstrative's town follows a river or
// lake of the sentence within its phrase: "el río Cutuchi, a la entrada de
// esta ciudad", MT "the river Tomebamba, in the center of this city".
func waterInTown(s []token, places []sentPlace) bool {
	for _, p := range places {
		if p.m.data.Level != "water" {
			continue
		}
		for t := p.end; t < len(s) && t < p.end+8; t++ {
			if s[t].is(";", ".") || s[t].Kind == tokNumber ||
				// "San Pablo Lake, a few kilometres south of this town", "just
				// outside this town": placed beside the town, not in it.
				s[t].is("outside", "near", "cerca", "fuera", "afueras", "outskirts", "south", "north", "east", "west", "sur", "norte", "oeste",
					"kilometres", "kilometers", "kilometros", "km") {
				break
			}
			if e, ok := anaphorAt(s, t); ok && s[t].is("this", "esta", "este") && anaphorNamesCity(s[t:e]) {
				return true
			}
		}
	}
	return false
}

// strikeWide reports whether the sentence counts a national strike's
// harm ("seis fallecidos, 166 heridos y 150 detenidos en el paro
// nacional"): the country's, not the capital's it was filed from.
func strikeWide(s []token) bool {
	for k := range s {
		if nationalEvent(s, k, k+2) {
			return true
		}
	}
	return false
}

// totalBetween reports whether a count of spots starts within s[a:b]: the
// nationwide words after it belong to that later count ("left 1 deceased
// one and more of 120 wounded ones, informed the Ombudsman's Office, that
// elevated to 7 the number of deceased ones in all the country"), not to
// one written right before them ("detained 570 people on Tuesday across
// the country").
func totalBetween(spots []countSpot, a, b int) bool {
	for _, c := range spots {
		if c.i >= a && c.i < b {
			return true
		}
	}
	return false
}

// nationalIn reports whether the last count of a sentence took a whole
// country ("Ecuador's ombudsman said seven people had died …, most of them
// in Quito and in the highland provinces …"): the story goes on from the
// country's toll, not from the dateline's city among its places.
func (d *doc) nationalIn(s []token) bool {
	k := d.lastCountWhere(sentenceSpan(s), d.kept)
	if k < 0 {
		return false
	}
	refs := d.claims[k].Data.(CountData).Places
	return len(refs) == 1 && len(refs[0].ID) == 2
}

// withinCountry leaves out of places a country that places inside it
// stand beside: "soldiers in Peru shot at demonstrators in Huamanga …,
// when ten people were killed" happened in Huamanga.
func withinCountry(ps []PlaceData) []PlaceData {
	var out []PlaceData
	for _, p := range ps {
		inside := false
		for _, q := range ps {
			inside = inside || p.Level == "country" && q.Level != "country" && q.Level != "water" && q.Country == p.Country
		}
		if !inside {
			out = append(out, p)
		}
	}
	return out
}

// townsOf leaves out of a count's places the parts of a town no gazetteer
// lists when the town is named beside them ("en los barrios de Villa Adela
// y Senkata, en El Alto"): their country is all that is known to hold
// them. Several such parts alone are left to the dateline's city ("CALI.-
// … en los barrios de Siloé y Puerto Resistencia").
func (d *doc) townsOf(set []PlaceData) []PlaceData {
	var towns, parts, held []PlaceData
	for _, p := range set {
		if p.Level == "locality" {
			parts = append(parts, p)
		} else {
			towns = append(towns, p)
			if t := d.townAbroad(p); t.Key() != p.Key() {
				held = append(held, t)
			}
		}
	}
	switch {
	case len(parts) == 0:
		return set
	case len(held) > 0 && len(held) == len(towns) && samePlaces(held[:1], held[len(held)-1:]):
		// "in the sector of La Luna and in the point of Puerto Resistencia":
		// two zones of a town take the town (Cali), the listed one names it.
		return held[:1]
	case len(parts) == 1:
		return parts
	case len(towns) > 0:
		return towns
	}
	for _, p := range parts {
		if p.Department == "" {
			return nil
		}
	}
	return parts // parts a gazetteer knows ("the localities of Usme, Kennedy and Suba"): their town or region holds them
}

// datelineCounts gives the counts of a sentence that the paragraph gives
// no place the city of the dateline opening it, where the story was filed
// from ("JULIACA.- Diecisiete personas fallecieron el lunes …", "BOGOTA
// (Reuters) - … detained 19 students … on Thursday"). A country's capital
// heads national stories too ("LIMA (AP) — The death toll now stands at
// 58"), so its dateline is given only to counts of one day.
func (d *doc) datelineCounts(pi int, s []token, spots []countSpot) {
	d.partWholePlaces(spots, len(d.datesIn(sentenceSpan(s))) == 0)
	if d.dateline == nil || d.dateline.Start < d.paras[pi].Start || d.dateline.Start >= d.paras[pi].End {
		return
	}
	if nw := nationwideAt(s); nw >= 0 {
		// "LA SERENA, Chile, Oct 22 (Reuters) - … Nationwide, the death
		// toll from five days of unrest has reached 15": the country the
		// text names, not the dateline's town; none when it names none.
		city, ok := d.datelineCity(pi)
		var scene []countSpot
		for _, c := range spots {
			cd := d.claims[c.claim].Data.(CountData)
			if ok && seatsOfGovernment[city.Key()] && totalBetween(spots, c.j, nw) && cd.DatePrecision == "day" && !cd.Since && len(cd.Places) == 0 && !d.national[c.claim] {
				// "QUITO. The confrontations of this Saturday … left 1
				// deceased one and more of 120 wounded ones, informed the
				// Ombudsman's Office, that elevated to 7 the number of
				// deceased ones in all the country from the 3 of October":
				// a day's scene before the national total is the capital's.
				scene = append(scene, c)
				continue
			}
			if ok && d.countryNamed(city.Country) && len(cd.Places) == 0 {
				if r := d.countryRef(city.Country); r != nil {
					cd.Places = []Ref{*r}
					d.claims[c.claim].Data = cd
				}
			}
		}
		if len(scene) == 0 {
			return
		}
		spots = scene
	}
	var city *placeMention
	for k := range d.places {
		if d.places[k].dateline && d.places[k].data.Key() != "" {
			city = &d.places[k]
			break
		}
	}
	if city == nil {
		return
	}
	if other, abroad := d.storyAbroad(pi, city.data.Country); abroad {
		// "WASHINGTON, July 7 (Reuters) - The Inter-American Commission …
		// accused Colombia's security forces …, citing reports of 84
		// deaths": a city abroad where a body sits or a hearing is held is
		// not where the harm was; a count with no place of its own takes
		// the one country the story is about, or none.
		for _, c := range spots {
			if cd := d.claims[c.claim].Data.(CountData); len(cd.Places) == 0 && other != nil && !d.national[c.claim] {
				cd.Places = []Ref{*other}
				d.claims[c.claim].Data = cd
			}
		}
		return
	}
	r, ok := d.smallestHolding([]PlaceData{city.data})
	if !ok {
		return
	}
	capital := seatsOfGovernment[r.ID]
	if capital {
		// "… leaving nine people injured on Monday. A police spokesman said
		// 22 people had been detained": a count of the day there before
		// makes the story a local one.
		if k := d.lastCountWhere(span{d.paras[pi].Start, sentenceSpan(s).Start}, d.kept); k >= 0 {
			// Not for a total since a start well before that day ("… held
			// eight police officers inside Quito's Casa de la Cultura on
			// Thursday … The government said 766 people had been arrested
			// since the unrest began on Oct. 3"): the wider toll.
			if cd := d.claims[k].Data.(CountData); len(cd.Places) == 1 && cd.Places[0].ID == r.ID && cd.DatePrecision == "day" &&
				!((sinceIn(s) || d.spanFromIn(s)) && d.sceneOnly(span{d.paras[pi].Start, sentenceSpan(s).Start}, sentenceSpan(s))) {
				capital = false
			}
		}
	}
	// "LIMA, Peru (AP) — The death toll now stands at 58": the country the
	// dateline names, where its capital is not the place.
	var country *Ref
	for _, m := range d.places {
		if m.data.Level == "country" && d.inDateline(m.start) {
			if cr, ok := d.smallestHolding([]PlaceData{m.data}); ok && cr.ID == city.data.Country {
				country = &cr
			}
		}
	}
	// "JULIACA, Peru — Peru's health ministry said 47 people have died
	// since Dec. 7": a country's body owning a count over more than a day
	// gives the country, whatever the dateline.
	var owner *Ref
	for _, p := range d.sentencePlaces(s) {
		if p.m.data.Level == "country" && possessive(s[p.end-1]) && p.m.data.Country == city.data.Country {
			if cr, ok := d.smallestHolding([]PlaceData{p.m.data}); ok {
				owner = &cr
			}
		}
	}
	if iso := d.lastCountryBefore(sentenceSpan(s).Start); owner == nil && countryOwned(s) && iso != "" && iso != city.data.Country {
		// "MEXICO CITY — Evo Morales … said that 24 people had been killed
		// in Bolivia … The country's ombudsman's office put the toll … at
		// 23": "the country" points back to the country last named, not
		// to the one the story was filed from.
		owner = d.countryRef(iso)
	}
	if owner == nil && countryOwned(s) && d.countryNamed(city.data.Country) {
		// "PEREIRA, Colombia — … The country's ombudsman says 42 people
		// have died in the protests since April 28": the country named.
		owner = d.countryRef(city.data.Country)
	}
	if country == nil {
		country = owner
	}
	if k := d.lastCountWhere(span{d.paras[pi].Start, sentenceSpan(s).Start}, d.kept); country == nil && k >= 0 {
		// "BOGOTA, May 6 (Reuters) - Colombia's defense ministry said 849
		// police officers had been injured … Human rights groups say at
		// least 31 protesters have been killed": the country's toll goes on.
		if refs := d.claims[k].Data.(CountData).Places; len(refs) == 1 && len(refs[0].ID) == 2 {
			country = &refs[0]
		}
	}
	if country == nil && capital && d.countryNamed(city.data.Country) {
		// "QUITO, June 28 (Reuters) - … near Shushufindi, in Ecuador's
		// Amazon province … Police say five civilians have died in the
		// protests since June 13": the country the text names.
		country = d.countryRef(city.data.Country)
	}
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if len(cd.Places) > 0 || d.national[c.claim] {
			continue // "JULIACA.- … en todo el territorio nacional ya son 48": not the city's
		}
		if w := d.wholeClaim(cd); capital && w >= 0 && d.claims[w].Start >= sentenceSpan(s).Start && len(d.claims[w].Data.(CountData).Places) == 0 && d.claims[w].Data.(CountData).Since {
			continue // "LIMA.- Ascends to 56 … from the 7 of December …, of which 46 in confrontations": the part of a national total
		}
		if owner != nil && (cd.DatePrecision != "day" || cd.Since) {
			cd.Places = []Ref{*owner}
			d.claims[c.claim].Data = cd
			continue
		}
		if capital && (cd.DatePrecision != "day" && !nightSpan(cd) || cd.Since || soFar(s) || untilThisDay(s) || d.asOfDayIn(s) || strikeWide(s) || d.unplacedBefore(pi, s)) {
			if country != nil {
				cd.Places = []Ref{*country}
				d.claims[c.claim].Data = cd
			}
			continue
		}
		if strikeWide(s) && !cd.Since && cd.DatePrecision != "day" && len(d.sentencePlaces(s)) == 0 && !namesTown(s, city.data) {
			// "POPAYÁN. The Ombudsman's Office informed that of the 379
			// persons reported as disappeared in the frame of the national
			// strike, 290 have already been located": a count of the
			// national strike whose sentence names no place is the
			// country's the text names, not the town it was filed from;
			// none when the text names no country. Not a count of one
			// day ("In the framework of the National Strike of this
			// Thursday, the Police … reported 19 captured ones"), nor one
			// by the town's own body ("La Personería de Cali elevó a 17 …
			// desde el inicio del paro nacional").
			if country != nil {
				cd.Places = []Ref{*country}
				d.claims[c.claim].Data = cd
			}
			continue
		}
		if cd.Since && d.nationalReporter(s) && len(d.sentencePlaces(s)) == 0 && country == nil {
			// "PUENTE ALTO. … With this case, the INDH counts 352 persons
			// with ocular injuries since the 18 of October": a national
			// body's total since a start is the country's, none when the
			// text never names it, not the town it was filed from.
			continue
		}
		if cd.Since && (strikeWide(s) || nationalBody(s) && len(d.sentencePlaces(s)) == 0) && country != nil {
			// "PUYO, Ecuador (Reuters) - Five people have died … since an
			// indigenous-led national strike began on June 13": a total
			// over a national strike is the country's the dateline names,
			// whatever town it was filed from.
			cd.Places = []Ref{*country}
			d.claims[c.claim].Data = cd
			continue
		}
		cd.Places = []Ref{r}
		d.claims[c.claim].Data = cd
	}
}

// nationalReporter reports whether the sentence names a national body
// other than a force ("the INDH counts 352 persons with ocular injuries",
// "el INDH contabiliza 241 casos", "The National Human Rights
// Institute"), by its words or its acronym: its total since a start is
// the country's toll, not the scene of the sentence before.
func (d *doc) nationalReporter(s []token) bool {
	if anyIs(s, "regional", "regionales", "local", "locales") {
		return false // "La sede regional del INDH ha presentado 64 querellas": the region's office
	}
	first := len(s)
	for k := range s {
		if s[k].Kind == tokNumber {
			first = k
			break
		}
	}
	if nationalBody(s[:first]) {
		return true // (not "… 19 de ellas por agresiones … en la Universidad Nacional": a site's name after the count)
	}
	for _, a := range d.actorsIn(sentenceSpan(s)) {
		if a.data.Type != "police" && a.data.Type != "military" && a.data.Type != "unit" && a.data.Type != "security_forces" &&
			strings.Contains(a.data.Name, "Nacional") {
			return true
		}
	}
	return false
}

// nationalBody reports whether the sentence names a national body other
// than the police ("The National Human Rights Institute has filed 384
// legal complaints against police since Oct. 18", "el Instituto Nacional
// de Derechos Humanos"): its total since a start is the country's.
func nationalBody(s []token) bool {
	for k := 1; k+1 < len(s); k++ {
		if !s[k].Cap || !s[k].is("national", "nacional") || s[k-1].is("police", "policia", "paro", "huelga") || s[k+1].is("police", "strike", "army", "guard") {
			continue
		}
		if s[k-1].Cap && !s[k-1].is("the", "la", "el") || s[k].is("national") && s[k+1].Cap {
			return true // "Instituto Nacional", "National Human Rights Institute"
		}
	}
	return false
}

// namesTown reports whether the sentence names the town, also inside a
// body's name ("La Personería de Neiva").
func namesTown(s []token, town PlaceData) bool {
	name := strings.Fields(fold.Words(town.Name))
	for k := 0; k+len(name) <= len(s); k++ {
		ok := len(name) > 0
		for n, w := range name {
			ok = ok && s[k+n].Norm == w
		}
		if ok {
			return true
		}
	}
	return false
}

// storyAbroad reports whether the paragraph pi, filed from a city of the
// country iso, is about another country: it names a country but never iso
// (nor a demonym of it). The one other country it names is returned, nil
// when it names several ("in Bolivia … flew to exile in Mexico").
func (d *doc) storyAbroad(pi int, iso string) (*Ref, bool) {
	if iso == "" || d.countryNamed(iso) {
		return nil, false
	}
	var other string
	several := false
	for _, m := range d.places {
		if m.data.Level != "country" || m.start < d.paras[pi].Start || m.start >= d.paras[pi].End || d.inDateline(m.start) {
			continue
		}
		if other != "" && other != m.data.Country {
			several = true
		}
		other = m.data.Country
	}
	if other == "" {
		// "NEW YORK (AP) — … Peruvian security forces …": a city far from
		// the stories' countries, the story naming only a people of one.
		return nil, !neighbourOrPeru(iso) && d.paraPeopleNamed(pi)
	}
	if several {
		return nil, true
	}
	return d.countryRef(other), true
}

// paraPeopleNamed reports whether paragraph pi names a people of Peru or
// of a neighbour ("Peruvian", "bolivianos").
func (d *doc) paraPeopleNamed(pi int) bool {
	for _, t := range d.paras[pi].toks {
		if t.Kind == tokWord && (demonyms[t.Norm] != "" && t.Norm != "argentina" || strings.HasPrefix(t.Norm, "peruvian") || strings.HasPrefix(t.Norm, "peruan")) {
			return true
		}
	}
	return false
}

// countryOwned reports whether a sentence gives a body to "the country"
// or "the nation" ("the country's ombudsman").
func countryOwned(s []token) bool {
	for k := 1; k < len(s); k++ {
		if s[k-1].is("the") && possessive(s[k]) && (strings.HasPrefix(s[k].Norm, "country") || strings.HasPrefix(s[k].Norm, "nation")) {
			return true
		}
	}
	return false
}

// lastCountryBefore returns the code of the last country the text names
// before pos outside its dateline, or "".
func (d *doc) lastCountryBefore(pos int) string {
	iso, at := "", -1
	for _, m := range d.places {
		if m.data.Level == "country" && m.start < pos && m.start > at && !d.inDateline(m.start) {
			iso, at = m.data.Country, m.start
		}
	}
	return iso
}

// countryRef is the place reference of the country iso.
func (d *doc) countryRef(iso string) *Ref {
	if r, ok := d.smallestHolding([]PlaceData{{Name: countryName(iso), Level: "country", Country: iso}}); ok {
		return &r
	}
	return nil
}

// unplacedBefore reports whether the last count before s in its paragraph
// was left with no place: under a capital's dateline, a national toll the
// story goes on from ("QUITO.- … la muerte de cinco personas desde el
// inicio del paro nacional. Además, hasta el miércoles 9 de octubre, 554
// personas habían resultado heridas"), which the capital did not hold.
// A sentence set in a street, square, park or sector of the city ("Only in
// the sector of the Casa de la Cultura and the park El Arbolito resulted
// wounded 148 persons the day Thursday") is the capital's own scene.
func (d *doc) unplacedBefore(pi int, s []token) bool {
	k := d.lastCountWhere(span{d.paras[pi].Start, sentenceSpan(s).Start}, d.kept)
	return k >= 0 && len(d.claims[k].Data.(CountData).Places) == 0 && !citySite(s)
}

// citySite reports whether the sentence names a street, square, park or a
// sector of a town ("en la plaza San Martín", "in the sector of").
func citySite(s []token) bool {
	for k, t := range s {
		// (plurals too: "in the health points of the parks El Arbolito
		// and El Ejido")
		if thoroughfares[t.Norm] || thoroughfares[strings.TrimSuffix(t.Norm, "s")] || t.is("sector") && k+1 < len(s) && s[k+1].is("of", "de", "del") {
			return true
		}
		// "Solo en la jornada de ayer, cuando rigió el toque de queda en
		// la capital, 52 personas fueron atendidas": the city's own word.
		if e, ok := anaphorAt(s, k); ok && (anaphorNamesCity(s[k:e]) || s[e-1].is("capital")) {
			return true
		}
	}
	return false
}

// partWholePlaces settles places that hang on parts linked after places
// were set (linkParts). It gives a count with no place of its own the smallest place
// holding its parts' places ("19 comuneros detenidos …, 12 en Juli y 7 en
// Pomata": the province), before a dateline would give it its city.
func (d *doc) partWholePlaces(spots []countSpot, undated bool) {
	// A part linked after places were set takes its whole's place, as one
	// linked before does (setCountPlaces): "143 detained ones and 27
	// wounded ones …, of which 9 by pellets".
	for _, p := range spots {
		pd := d.claims[p.claim].Data.(CountData)
		if len(pd.Places) > 0 || pd.PartOf == nil {
			continue
		}
		for _, w := range spots {
			if wd := d.claims[w.claim].Data.(CountData); d.claims[w.claim].Start == pd.PartOf.Start && len(wd.Places) > 0 {
				pd.Places = wd.Places
				d.claims[p.claim].Data = pd
			}
		}
		// "QUITO, Oct 14 (Reuters) - Ecuador's ombudsman said … 1,340 had
		// been injured … Police said 435 of the injured were officers": a
		// part whose whole stands in an earlier sentence takes the whole's
		// place too, not the dateline's city; one whose sentence names a day
		// of its own ("Police detained 98 of them on Tuesday alone") is a
		// scene of its own, the dateline's.
		if w := d.wholeClaim(pd); undated && len(pd.Places) == 0 && w >= 0 && d.claims[w].Start < d.claims[spots[0].claim].Start {
			if wd := d.claims[w].Data.(CountData); len(wd.Places) > 0 {
				pd.Places = wd.Places
				d.claims[p.claim].Data = pd
			}
		}
	}
	for _, w := range spots {
		wd := d.claims[w.claim].Data.(CountData)
		if len(wd.Places) > 0 || d.national[w.claim] {
			continue // "60 fallecidos en el país: …, un policía quemado en Juliaca y …": the country's, unnamed
		}
		var held []PlaceData
		parts := 0
		for _, p := range spots {
			pd := d.claims[p.claim].Data.(CountData)
			if pd.PartOf == nil || pd.PartOf.Start != d.claims[w.claim].Start {
				continue
			}
			parts++
			for _, r := range pd.Places {
				for _, m := range d.places {
					if m.data.Key() == r.ID {
						held = append(held, m.data)
						break
					}
				}
			}
		}
		if parts < 2 || len(held) < parts {
			continue // one part, or a part without a place, does not span the whole
		}
		r, ok := d.smallestHolding(held)
		if !ok || len(r.ID) == 2 && !d.countryNamed(r.ID) {
			continue // a count over a whole country takes it only when the text names it
		}
		wd.Places = []Ref{r}
		d.claims[w.claim].Data = wd
	}
}

// soFar reports whether the sentence counts up to now ("registers until
// today 232 persons", "hasta la fecha", "so far", "to date", "as of
// Thursday"): a total, not
// a day's count in the capital the story was filed from.
func soFar(s []token) bool {
	for k := 0; k+1 < len(s); k++ {
		if s[k].is("until", "hasta") && s[k+1].is("today", "now", "hoy", "ahora") ||
			s[k].is("hasta", "a") && k+2 < len(s) && s[k+1].is("la", "el") && s[k+2].is("fecha", "momento") ||
			s[k].is("so") && s[k+1].is("far") || s[k].is("to") && s[k+1].is("date") || s[k].is("as") && s[k+1].is("of") {
			return true
		}
	}
	return false
}

// kept reports whether the count claim ref stays a count: a lone victim
// dropped as none ("after the death of a demonstrator … the night of the
// Friday") gives no later count its place.
func (d *doc) kept(ref int, _ CountData) bool { return !d.dropped[ref] }

// countryNamed reports whether the text names the country iso.
func (d *doc) countryNamed(iso string) bool {
	for _, m := range d.places {
		if m.data.Level == "country" && m.data.Country == iso {
			return true
		}
	}
	return false
}

// seatsOfGovernment are the capitals of the countries the stories are
// from, by the key a place resolves to.
var seatsOfGovernment = map[string]bool{"150101": true, "BO:la paz": true, "CL:santiago": true, "EC:quito": true, "CO:bogota": true}

// custodyWords name where detainees are held.
var custodyWords = map[string]bool{"comisaria": true, "comisarias": true, "station": true, "stations": true,
	"carceleta": true, "penal": true, "prison": true, "jail": true, "celda": true, "dependencias": true, "cell": true}

// heldAt reports whether the place at s[i] is where people are held: "en la
// comisaría de Caracoto", "at the police station in Combapata".
func heldAt(s []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if custodyWords[s[k].Norm] {
			return true
		}
		if !s[k].is("de", "del", "of", "in", "en", "at") {
			return false
		}
	}
	return false
}

// heldPart returns the places of the whole of spots[n] when spots[n] is a
// part tied only to where it is held, or untied in a sentence that names
// only where people were taken.
func (d *doc) heldPart(spots []countSpot, places []sentPlace, ties [][]PlaceData, tied []bool, n int) ([]Ref, bool) {
	po := d.claims[spots[n].claim].Data.(CountData).PartOf
	if po == nil {
		return nil, false
	}
	if !tied[n] {
		// "Tres de ellos siguen internados en la ciudad de Puno", "Two of
		// the wounded were flown to Lima": the sentence names only where
		// the part was taken.
		only := false
		for _, p := range places {
			if !p.qualifier && !p.moved {
				return nil, false
			}
			only = only || p.moved
		}
		if !only {
			return nil, false
		}
	}
	// A breakdown of the whole by where its parts were treated ("De ellos,
	// 41 fueron atendidos en el hospital de Ilave y 33 en el centro de
	// salud de Juli") gives each part its own place.
	breakdown := false
	for m, o := range spots {
		if op := d.claims[o.claim].Data.(CountData).PartOf; m != n && op != nil && op.Start == po.Start && tied[m] && !samePlaces(ties[m], ties[n]) {
			breakdown = true
		}
	}
	for _, t := range ties[n] {
		held := false
		for _, p := range places {
			// (or treated in a town's hospitals: "De los heridos, 11 fueron
			// atendidos en hospitales de Latacunga", round 26)
			if (p.held || d.hospitalTown(&p.m) && !breakdown) && p.m.data.Key() == t.Key() {
				held = true
			}
		}
		if !held {
			return nil, false
		}
	}
	for _, k := range d.countRefs {
		if c := d.claims[k]; c.Start == po.Start {
			if whole := c.Data.(CountData).Places; len(whole) > 0 {
				return whole, true
			}
		}
	}
	return nil, false
}

// countPlaceAmong narrows the places carried from sentence s to the place
// of its last count, when it has one among them: after "Police in Bolivia
// arrested 19 people in the city of Santa Cruz", "Nine officers were
// treated for injuries" were hurt in Santa Cruz, not anywhere in Bolivia.
//
// Not for a toll since a start ("… the 10 people killed in Senkata on 19
// November. … the Commission recorded 36 deaths … since the electoral
// crisis began"), cumulative, when the count before is of one day: the
// toll spans more than that day's place.
//
// A count over the same period as the one before ("The office counted 554
// injured and 929 detained over the same period", "en el mismo lapso"),
// samePeriod, goes on from that count's tally: its country too, when that
// count took the country alone.
func (d *doc) countPlaceAmong(s []token, carried []PlaceData, cumulative, samePeriod bool) []PlaceData {
	sp := sentenceSpan(s)
	k := d.lastCountWhere(sp, d.kept)
	if k < 0 {
		return carried
	}
	// "49 people died … in Peru, 21 of them in the department of Puno.
	// … at least 20 of these victims": a breakdown's last part is not what
	// the story goes on from; its whole in the same sentence is.
	walked := false
	for hops := 0; hops < 4; hops++ {
		w := d.wholeClaim(d.claims[k].Data.(CountData))
		if w < 0 || d.claims[w].Start < sp.Start && !samePeriod {
			// "… detained across the country between December 7 and
			// February 10. Of those detained, 418 were held in the Lima
			// region … and 97 in Cusco. The office also recorded 1,301
			// injured … over the same period": the same period is the
			// whole's, and so is its place, wherever the whole stood.
			break
		}
		k, walked = w, true
	}
	refs := d.claims[k].Data.(CountData).Places
	if (walked || samePeriod) && len(refs) == 1 && len(refs[0].ID) == 2 {
		// "CALI, Colombia — Colombia's ombudsman said 19 people had been
		// killed …, 11 of them in the city of Cali. It also listed 89
		// people as missing": the whole's country, which a possessive
		// under the dateline does not carry.
		return []PlaceData{{Name: countryName(refs[0].ID), Level: "country", Country: refs[0].ID}}
	}
	if d.countsApart(sp) {
		return carried
	}
	if len(refs) == 1 {
		// "PASTO — Police detained 23 people … in this southern city,
		// Nariño's government said. … four of the detainees had bruises":
		// the count before took its place from a word pointing back, which
		// carries no name; its place is still where the story goes on.
		found := false
		for _, p := range carried {
			found = found || p.Key() == refs[0].ID
		}
		if !found {
			for _, m := range d.places {
				if m.data.Key() == refs[0].ID && m.data.Level != "country" {
					return []PlaceData{m.data}
				}
			}
			// "elevó a 18 el número de fallecidos en la región … Según su
			// último reporte, 93 heridos siguen hospitalizados": a region an
			// anaphor raised the count before to, which no mention names.
			// So for a province ("subió a cuatro en esta provincia … Otros
			// 27 heridos permanecen internados").
			if p, ok := d.gaz.Lookup(refs[0].ID); ok && peruAboveDistrict(refs[0].ID) {
				return []PlaceData{{Name: p.Name, Ubigeo: p.Ubigeo, Level: p.Level.String(), Country: "PE"}}
			}
			// "… apprehended 94 persons … in this city and in the canton
			// Durán. Of the apprehended ones, 31 …": the region holding
			// the towns the count before took.
			if p, ok := d.held[refs[0].ID]; ok && p.Level != "country" {
				return []PlaceData{p}
			}
		}
	}
	if len(refs) == 0 && d.claims[k].Data.(CountData).PartOf == nil {
		// "The Commission, which visited Lima, Ica, Cusco and Puno …,
		// found that 49 …": places the count before did not take are
		// not the next one's either.
		return nil
	}
	if len(refs) != 1 || cumulative && d.claims[k].Data.(CountData).DatePrecision == "day" {
		return carried
	}
	for _, p := range carried {
		if p.Key() == refs[0].ID {
			return []PlaceData{p}
		}
	}
	return carried
}

// peruAboveDistrict reports whether a UBIGEO is a Peruvian department
// ("080000") or province ("030200"), not a district.
func peruAboveDistrict(id string) bool {
	return len(id) == 6 && strings.HasSuffix(id, "00")
}

// spanFromIn reports whether the sentence names a span of several days
// from a start it writes ("from the 3 of October until this Thursday",
// "entre el 13 y el 25 de junio"): a total over it, as one "since" a
// start, is no day's scene (MT "from" where wire copy writes "since").
func (d *doc) spanFromIn(s []token) bool {
	for _, dm := range d.datesIn(sentenceSpan(s)) {
		from, err1 := time.Parse("2006-01-02", dm.data.From)
		to, err2 := time.Parse("2006-01-02", dm.data.To)
		if err1 == nil && err2 == nil && to.Sub(from) >= 72*time.Hour {
			return true
		}
	}
	return false
}

// anySpanOfDays reports whether any of the dates runs over several days
// (spanOfDays).
func anySpanOfDays(dms []dateMention) bool {
	for _, dm := range dms {
		if spanOfDays(dm) {
			return true
		}
	}
	return false
}

// spanOfDaysBefore reports whether a sentence of paragraph pi before the
// one at index back names a period from a start ("since Dec. 7", "between
// December 2022 and February 2023"): a period a later "same period" may
// point to (not a bare year: "las reparaciones prometidas en 2023").
func (d *doc) spanOfDaysBefore(pi, back int) bool {
	for b := back - 1; b >= 0; b-- {
		for _, dm := range d.eventDatesIn(sentenceSpan(d.paras[pi].sentences[b])) {
			if dm.data.Since || dm.data.From != "" && dm.data.From != dm.data.To && dm.data.Precision != "year" {
				return true
			}
		}
	}
	return false
}

// periodOwnerPlaces returns the places of the total a sentence s points
// back to by "the same period", "ese lapso", "that period" (samePeriod),
// when sb holds it: the last count of sb over a span (since a start, a
// range or a month) that took no place or a whole country. ok is false
// when sb holds no such count, or s does not point back.
func (d *doc) periodOwnerPlaces(sb, s []token) ([]PlaceData, bool) {
	if !samePeriod(s, 0, len(s)) {
		return nil, false
	}
	k := d.lastCountWhere(sentenceSpan(sb), func(ref int, cd CountData) bool {
		return d.kept(ref, cd) && cd.PartOf == nil && (cd.Since || cd.DatePrecision == "range" || cd.DatePrecision == "month")
	})
	if k < 0 {
		return nil, false
	}
	refs := d.claims[k].Data.(CountData).Places
	switch {
	case len(refs) == 0:
		return nil, true
	case len(refs) == 1 && len(refs[0].ID) == 2:
		return []PlaceData{{Name: countryName(refs[0].ID), Level: "country", Country: refs[0].ID}}, true
	}
	return nil, false
}

// sinceIn reports whether a sentence counts from a start on: "since",
// "desde".
func sinceIn(s []token) bool {
	return anyIs(s, "since", "desde")
}

// wholeSpot is the index into spots of the count spots[n] is a part of, or
// -1.
func (d *doc) wholeSpot(spots []countSpot, n int) int {
	po := d.claims[spots[n].claim].Data.(CountData).PartOf
	if po == nil {
		return -1
	}
	for m, o := range spots {
		if d.claims[o.claim].Start == po.Start {
			return m
		}
	}
	return -1
}

// countsApart reports whether the counts of a sentence that are no parts
// took different places: "arrested 41 people in Quito and nine more in
// Cuenca. Seven officers were hurt" were hurt in neither alone.
// A single victim the extractor dropped is not apart from a count the
// sentence tied to a Peruvian province or department, wherever he died:
// "Con la muerte de un joven … en el hospital Hugo Pesce, ya son cuatro
// los fallecidos en la provincia", "… en el hospital Carlos Monge Medrano
// de Juliaca, son ya dos los fallecidos en esta provincia" keep one place,
// the province's (but "the death of a youth in the Añashuayco bridge, in
// the district of Cerro Colorado", beside a count of the dateline's city,
// stays apart).
func (d *doc) countsApart(sp span) bool {
	first := ""
	var single []string // the places of dropped single victims
	for _, k := range d.countRefs {
		c := d.claims[k]
		cd := c.Data.(CountData)
		if c.Start < sp.Start || c.End > sp.End || cd.PartOf != nil || len(cd.Places) != 1 {
			continue
		}
		if d.dropped[k] {
			single = append(single, cd.Places[0].ID)
			continue
		}
		if first != "" && cd.Places[0].ID != first {
			return true
		}
		first = cd.Places[0].ID
	}
	for _, id := range single {
		if first != "" && id != first && !peruAboveDistrict(first) {
			return true
		}
		if first == "" {
			first = id
		}
	}
	return false
}

// partsOfPlaceless reports whether every count of sp is a part of a whole
// from before sp that has no place (a national toll whose country the text
// leaves unnamed), and sp has one.
func (d *doc) partsOfPlaceless(sp span) bool {
	n := 0
	for _, ref := range d.countRefs {
		c := d.claims[ref]
		if c.Start < sp.Start || c.End > sp.End {
			continue
		}
		cd := c.Data.(CountData)
		w := d.wholeClaim(cd)
		if w < 0 && len(cd.Places) == 1 && len(cd.Places[0].ID) != 2 && cd.Date == "" {
			// "La Paz fue el departamento más afectado, con 14 fallecidos,
			// seguido de Cochabamba, con 12": the first of a ranking whose
			// others are parts, left unlinked.
			continue
		}
		for hops := 0; hops < 4 && w >= 0 && d.claims[w].Start >= sp.Start; hops++ {
			// "El Valle del Cauca concentra 46 de esos homicidios, 35 de
			// ellos en Cali": a part of a part, the national whole above.
			w = d.wholeClaim(d.claims[w].Data.(CountData))
		}
		if w < 0 || d.claims[w].Start >= sp.Start || len(d.claims[w].Data.(CountData).Places) > 0 {
			return false
		}
		n++
	}
	return n > 0
}

// partsWhole returns the claim of the one whole, in an earlier sentence
// and with a place, that every count of sp is a part of, or -1: a
// sentence that only breaks that whole down by place.
func (d *doc) partsWhole(sp span) int {
	whole := -1
	for _, ref := range d.countRefs {
		c := d.claims[ref]
		if c.Start < sp.Start || c.End > sp.End {
			continue
		}
		w := d.wholeClaim(c.Data.(CountData))
		if w < 0 || d.claims[w].Start >= sp.Start || len(d.claims[w].Data.(CountData).Places) != 1 || whole >= 0 && w != whole {
			return -1
		}
		whole = w
	}
	return whole
}

// partsIn reports whether a count of sp is a part of a count of sb.
func (d *doc) partsIn(sp, sb span) bool {
	for _, ref := range d.countRefs {
		if c := d.claims[ref]; c.Start >= sp.Start && c.End <= sp.End {
			if w := d.wholeClaim(c.Data.(CountData)); w >= 0 && d.claims[w].Start >= sb.Start && d.claims[w].End <= sb.End {
				return true
			}
		}
	}
	return false
}

// wholePlaces returns the place of a whole as a carried place.
func wholePlaces(cd CountData) []PlaceData {
	ref := cd.Places[0]
	if len(ref.ID) == 2 {
		return []PlaceData{{Name: countryName(ref.ID), Level: "country", Country: ref.ID}}
	}
	return nil
}

// wholeCarry returns the place a later count goes on from after a sentence
// that only breaks the whole w down by place: the whole's country
// (wholePlaces), or its region ("documentó en el departamento del Cauca …
// 17 homicidios … En Popayán se registraron 3 …; en Santander de
// Quilichao, 4 homicidios. La organización presentó … 48 denuncias": the
// department, not the last part's town). A town's whole keeps the old
// carry.
func (d *doc) wholeCarry(w int) []PlaceData {
	cd := d.claims[w].Data.(CountData)
	if ps := wholePlaces(cd); ps != nil {
		return ps
	}
	id := cd.Places[0].ID
	if peruAboveDistrict(id) {
		if p, ok := d.gaz.Lookup(id); ok {
			return []PlaceData{{Name: p.Name, Ubigeo: p.Ubigeo, Level: p.Level.String(), Country: "PE"}}
		}
	}
	for _, m := range d.places {
		if m.data.Key() == id && m.data.Level == "admin1" {
			return []PlaceData{m.data}
		}
	}
	if p, ok := d.held[id]; ok && p.Level == "admin1" {
		return []PlaceData{p}
	}
	return nil
}

// wholeClaim is the claim of the count cd is a part of, or -1.
func (d *doc) wholeClaim(cd CountData) int {
	if cd.PartOf == nil {
		return -1
	}
	for k, cl := range d.claims {
		if _, ok := cl.Data.(CountData); ok && cl.Start == cd.PartOf.Start {
			return k
		}
	}
	return -1
}

// countryToll reports whether a country in the possessive owns the toll
// that s[a:b] leads to the count with: "Chile's death toll from four days of
// rioting rose to 15", "Peru's death toll … stood at 58": the country's
// whole, whatever town the clause or the dateline names.
func countryToll(s []token, places []sentPlace, a, b int) bool {
	for _, p := range places {
		if p.i < a || p.end >= b || p.m.data.Level != "country" || !possessive(s[p.end-1]) {
			continue
		}
		for k := p.end; k < p.end+3 && k < b; k++ {
			if s[k].is("toll", "tally") {
				return true
			}
		}
	}
	return false
}

// smallestHolding returns the smallest place that holds all the places: the
// place itself, their province or department, their region abroad, or
// their country.
func (d *doc) smallestHolding(ps []PlaceData) (Ref, bool) {
	if len(ps) == 0 {
		return Ref{}, false
	}
	// A river or lake beside towns holds none of them: the towns' unit.
	var land []PlaceData
	for _, p := range ps {
		if p.Level != "water" {
			land = append(land, p)
		}
	}
	if len(land) > 0 && len(land) < len(ps) {
		ps = land
	}
	best := ps[0]
	for _, p := range ps[1:] {
		switch {
		case p.Key() == best.Key() || placeContains(best, p):
		case placeContains(p, best):
			best = p
		case best.Country != p.Country && best.Level != "water" && p.Level != "water":
			return Ref{}, false
		case best.Ubigeo != "" && p.Ubigeo != "":
			best = d.peruvianAncestor(best.Ubigeo, p.Ubigeo)
		case d.sameTownAbroad(best, p):
			best = d.townAbroad(best)
		case best.Country != "" && best.Country != "PE" && best.Department != "" && sameRegionName(best.Department, p.Department):
			best = d.capitalCity(PlaceData{Name: best.Department, Level: "admin1", Country: best.Country})
		default:
			best = PlaceData{Name: countryName(best.Country), Level: "country", Country: best.Country}
		}
	}
	if len(ps) > 1 {
		if d.held == nil {
			d.held = map[string]PlaceData{}
		}
		d.held[best.Key()] = best
	}
	return Ref{Name: best.Name, Ubigeo: best.Ubigeo, ID: best.Key()}, true
}

// unlistedAbroad reports whether p is a name abroad no gazetteer lists,
// read as a place from its context ("el puente Huayllani de Sacaba"): a
// site or part of the town named after it, not a town of its own.
func (d *doc) unlistedAbroad(p PlaceData) bool {
	return p.Country != "" && p.Country != "PE" && p.Ubigeo == "" && p.Level == "city" && len(d.gaz.World(fold.Words(p.Name))) == 0
}

// townAbroad returns the town a neighbourhood abroad is in ("Siloé" is in
// Cali), or the place itself.
func (d *doc) townAbroad(p PlaceData) PlaceData {
	if p.Country == "" || p.Country == "PE" || p.Level != "city" && p.Level != "locality" {
		return p
	}
	for _, w := range d.gaz.World(fold.Words(p.Name)) {
		if w.Country != p.Country || w.Town == "" {
			continue
		}
		for _, t := range d.gaz.World(fold.Words(w.Town)) {
			if t.Country == p.Country && t.Level == "city" {
				return PlaceData{Name: t.Name, Level: t.Level, Country: t.Country, Department: t.Admin1}
			}
		}
	}
	return p
}

// sameTownAbroad reports whether two places abroad are one town or its
// neighbourhoods: "en Siloé y Puerto Resistencia" are both in Cali, which
// holds them, not their region.
func (d *doc) sameTownAbroad(a, b PlaceData) bool {
	ta, tb := d.townAbroad(a), d.townAbroad(b)
	return ta.Country != "PE" && ta.Level == "city" && ta.Key() == tb.Key() && (ta.Key() != a.Key() || tb.Key() != b.Key())
}

// capitalCity returns for a capital district abroad, a region that is one
// city ("Bogota D.C."), that city: its boroughs (Usme, Kennedy) are in
// Bogotá, as reporters write, not in a region.
func (d *doc) capitalCity(region PlaceData) PlaceData {
	name, ok := strings.CutSuffix(fold.Words(region.Name), " d c")
	if !ok {
		return region
	}
	for _, w := range d.gaz.World(name) {
		if w.Level == "city" && w.Country == region.Country && w.Admin1 == region.Name {
			return PlaceData{Name: w.Name, Level: w.Level, Country: w.Country, Department: w.Admin1}
		}
	}
	return region
}

// peruvianAncestor returns the smallest unit holding two UBIGEO codes.
func (d *doc) peruvianAncestor(a, b string) PlaceData {
	var code string
	switch {
	case a[:4] == b[:4]:
		code = a[:4] + "00"
	case a[:2] == b[:2]:
		code = a[:2] + "0000"
	default:
		return PlaceData{Name: "Perú", Level: "country", Country: "PE"}
	}
	if p, ok := d.gaz.Lookup(code); ok {
		return PlaceData{Name: p.Name, Ubigeo: p.Ubigeo, Level: p.Level.String(), Country: "PE"}
	}
	return PlaceData{Name: "Perú", Level: "country", Country: "PE"}
}

var countryNames = map[string]string{"PE": "Perú", "BO": "Bolivia", "CL": "Chile", "EC": "Ecuador", "CO": "Colombia",
	"BR": "Brasil", "AR": "Argentina", "VE": "Venezuela", "PY": "Paraguay", "UY": "Uruguay"}

func countryName(iso string) string {
	if n, ok := countryNames[iso]; ok {
		return n
	}
	return iso
}

// mostOfThemIn reports whether the one place p follows "most of them",
// "many of them", "most of the injured", "la mayoría (de ellos)" after a
// count ("1,192 people had been arrested, most of them in Quito", "1,382
// arrests, many of them in Quito", "1.192 personas fueron detenidas, la
// mayoría en Quito") in a story that names the place's country outside
// its dateline: where most of the count was, not the count's own place,
// which is the country's (as mostlyIn reads a list after "most"). With the
// country unnamed ("The injured … numbered about 60, most of them in
// Juliaca") the place is all the text gives, and stays.
func (d *doc) mostOfThemIn(s []token, places []sentPlace, k int) bool {
	p := places[k]
	if k > 0 && onlyListWords(s, places[k-1].end, p.i) {
		return d.mostOfThemIn(s, places, k-1) // "many of them in Sacaba and El Alto": the whole list
	}
	if p.m.data.Level == "country" || p.m.data.Country == "" || !d.countryNamedInText(p.m.data.Country) {
		return false
	}
	nouns := 0
	for b := p.i - 1; b >= 0 && b >= p.i-7; b-- {
		switch {
		case s[b].is("most", "many", "mayoria", "mostly"):
			return b > 0 && (s[b-1].Text == "," || s[b-1].is("la") && b > 1 && s[b-2].Text == ",")
		case s[b].is("of", "them", "de", "ellos", "ellas", "in", "en", "the", "los", "las", "southern", "northern"):
		case !s[b].Cap && nouns == 0 && b+1 < len(s) && s[b+1].is("in", "en"):
			nouns++ // "most of the injured in Quito"
		default:
			return false
		}
	}
	return false
}

// countryNamedInText reports whether the text names the country iso
// outside its dateline.
func (d *doc) countryNamedInText(iso string) bool {
	for _, m := range d.places {
		if m.data.Level == "country" && m.data.Country == iso && !d.inDateline(m.start) {
			return true
		}
	}
	return false
}

// linkParts makes the counts listed after a whole its parts: "49 civilians
// have died …, 18 in Puno, 8 in Apurímac and 10 in Ayacucho", "son 22 los
// fallecidos en Puno (8), Apurímac (6) …"; and the counts before "in total
// N" parts of it. spots are sorted; places are set.
func (d *doc) linkParts(s []token, spots []countSpot, totals []int) {
	data := func(n int) CountData { return d.claims[spots[n].claim].Data.(CountData) }
	ofClaim := func(n int, whole Claim) {
		cd := data(n)
		setPartOf(&cd, whole)
		d.claims[spots[n].claim].Data = cd
	}
	setParent := func(n, w int) {
		cd := data(n)
		wc := d.claims[spots[w].claim]
		cd.PartOf = &CountRef{Start: wc.Start, End: wc.End, Min: data(w).Min, Category: data(w).Category}
		d.claims[spots[n].claim].Data = cd
	}
	for w := range spots {
		whole := data(w)
		if whole.PartOf != nil || whole.Vague {
			continue
		}
		var parts []int
		sum := 0
		for n := w + 1; n < len(spots); n++ {
			c := data(n)
			if c.Category != whole.Category {
				break
			}
			if c.PartOf != nil {
				continue
			}
			if c.Min >= whole.Min || !d.placesWithin(whole, c) {
				parts = nil
				break
			}
			parts = append(parts, n)
			sum += c.Min
		}
		if len(parts) >= 2 && sum <= whole.Min {
			for _, n := range parts {
				setParent(n, w)
			}
		}
	}
	// "detained 45 people in Quito and 12 in Cuenca, … three of those held
	// in Quito were minors": a part named by its place belongs to the
	// whole of that place, not to the nearest.
	for n := range spots {
		c := data(n)
		// "seis de los heridos de Andahuaylas": a part not linked yet.
		ofThe := c.PartOf == nil && spots[n].j+1 < len(s) && s[spots[n].j].is("of", "de") && s[spots[n].j+1].is("the", "los", "las", "those")
		if c.PartOf == nil && !ofThe || len(c.Places) != 1 {
			continue
		}
		if c.PartOf != nil && d.wholeHoldsPart(spots[:n], c) {
			// "at least 20 of the victims were killed by police, 16 of
			// them with live ammunition": its own whole holds its place.
			continue
		}
		for w := 0; w < n; w++ {
			wd := data(w)
			if c.PartOf != nil && d.claims[spots[w].claim].Start == c.PartOf.Start {
				if d.placesWithin(wd, c) {
					break
				}
				continue
			}
			category := c.Category
			if c.PartOf != nil {
				category = c.PartOf.Category
			}
			if wd.PartOf == nil && wd.Category == category && wd.Min > c.Min && len(wd.Places) == 1 && wd.Places[0].ID == c.Places[0].ID {
				setParent(n, w)
				break
			}
		}
	}
	for n := 1; n < len(spots); n++ {
		// "17 de ellas presentaban lesiones … y cuatro fueron trasladadas
		// al hospital": the next item of a part, joined to it, is a part
		// of the same whole; after a comma ("21 civilians, 3 of them by
		// pellets, and 7 police") it goes on with the whole's list.
		c, prev := data(n), data(n-1)
		if c.PartOf != nil || prev.PartOf == nil || !partKindOf(prev.PartOf.Category, c.Category) || c.Vague || c.Min >= prev.PartOf.Min || spots[n].i == 0 ||
			!s[spots[n].i-1].is("and", "y") || spots[n].i > 1 && s[spots[n].i-2].Text == "," || spots[n-1].j > spots[n].i || clauseBreak(s, spots[n-1].j, spots[n].i-1) {
			continue
		}
		cd := c
		ref := *prev.PartOf
		cd.PartOf = &ref
		d.claims[spots[n].claim].Data = cd
	}
	d.breakdownOfBefore(spots, data, ofClaim)
	if w := wholeAfterColon(s, spots); w > 0 {
		// "Tres muertos en Quito, dos en Cotopaxi, uno en Azuay: así se
		// distribuyen las siete víctimas": a breakdown before its colon,
		// the whole it breaks down right after.
		whole, sum := data(w), 0
		for n := 0; n < w; n++ {
			if c := data(n); c.Category == whole.Category && c.PartOf == nil && c.Min < whole.Min {
				sum += c.Min
			} else {
				sum = whole.Min + 1
			}
		}
		if w >= 2 && sum <= whole.Min && !whole.Vague && whole.PartOf == nil {
			for n := 0; n < w; n++ {
				setParent(n, w)
			}
		}
	}
	for _, t := range totals {
		for w := range spots {
			if spots[w].i != t {
				continue
			}
			total := data(w)
			sum := 0
			var parts []int
			for n := 0; n < w; n++ {
				if c := data(n); c.Category == total.Category && c.PartOf == nil {
					sum += c.Min
					parts = append(parts, n)
				}
			}
			if sum == total.Min && len(parts) >= 2 {
				for _, n := range parts {
					setParent(n, w)
				}
			}
		}
	}
}

// wholeAfterColon returns the first count after the only colon of a
// sentence whose other counts all stand before it, or -1.
func wholeAfterColon(s []token, spots []countSpot) int {
	colon := -1
	for k := range s {
		if s[k].Text == ":" {
			if colon >= 0 {
				return -1
			}
			colon = k
		}
	}
	for w := range spots {
		if spots[w].i > colon && colon >= 0 {
			return w
		}
	}
	return -1
}

// partKindOf reports whether a part of a whole of kind whole may be of
// kind part: its own kind, what then befell some of them (`other`), and the
// beaten or tortured among detainees ("of which 6 were minors and 4
// presented injuries of blows"), read `injured` of the detained by convention.
func partKindOf(whole, part string) bool {
	return part == whole || part == "other" || whole == "detained" && (part == "injured" || part == "tortured")
}

// wholeHoldsPart reports whether the part c's own whole is among spots and
// holds c's place.
func (d *doc) wholeHoldsPart(spots []countSpot, c CountData) bool {
	for _, sp := range spots {
		if w := d.claims[sp.claim]; w.Start == c.PartOf.Start {
			return d.placesWithin(w.Data.(CountData), c)
		}
	}
	return false
}

// breakdownOfBefore makes parts of the counts of one kind in a sentence
// that add up exactly to a count of that kind before it in the paragraph: "… suman 26: …. Por regiones, Ayacucho concentra diez
// muertes, Apurímac seis, Junín cuatro, …".
func (d *doc) breakdownOfBefore(spots []countSpot, data func(int) CountData, setPartOf func(n int, whole Claim)) {
	if len(spots) < 3 {
		return
	}
	first := d.claims[spots[0].claim]
	cat := data(0).Category
	sum := 0
	for n := range spots {
		c := data(n)
		if c.Category != cat || c.PartOf != nil || c.Vague || c.RunningTotal {
			return
		}
		sum += c.Min
	}
	para := -1
	for p, sp := range d.paras {
		if first.Start >= sp.Start && first.Start < sp.End {
			para = p
		}
	}
	if para < 0 {
		return
	}
	k := d.lastCountWhere(span{d.paras[para].Start, first.Start - 1}, func(_ int, cd CountData) bool { return cd.Category == cat && cd.Min == sum })
	if k >= 0 {
		for n := range spots {
			setPartOf(n, d.claims[k])
		}
	}
}

// placesWithin reports whether a part's place lies inside its whole's (or
// the whole has none): "19 en la región Puno: 18 en Juliaca …".
func (d *doc) placesWithin(whole, part CountData) bool {
	if len(whole.Places) == 0 {
		return true
	}
	if len(part.Places) == 0 {
		return false
	}
	w, p := whole.Places[0], part.Places[0]
	if w.ID == p.ID {
		return true
	}
	if len(w.ID) == 2 {
		return strings.HasPrefix(p.ID, w.ID+":") || w.ID == "PE" && p.Ubigeo != ""
	}
	switch {
	case w.Ubigeo != "" && p.Ubigeo != "" && strings.HasSuffix(w.Ubigeo, "0000"):
		return w.Ubigeo[:2] == p.Ubigeo[:2]
	case w.Ubigeo != "" && p.Ubigeo != "" && strings.HasSuffix(w.Ubigeo, "00"):
		return w.Ubigeo[:4] == p.Ubigeo[:4]
	}
	return false
}

// dropSingles drops a lone victim introduced by a word ("a second man
// later died", "un militar falleció"): one person is a count only as part
// of a total or beside other counts ("17 civiles y un policía").
func (d *doc) dropSingles(s []token, spots []countSpot) {
	for n, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if cd.Min != 1 || cd.Max != 1 || s[c.i].Kind == tokNumber || cd.PartOf != nil {
			continue
		}
		if n > 0 && (nearCount(s, spots[n-1].j, c.i) || nearCount(s, d.countEnd(s, spots[n-1]), c.i)) || n+1 < len(spots) && nearCount(s, c.j, spots[n+1].i) {
			continue
		}
		// A clause of its own joined by ", and" to the count before: "Two
		// teenagers were shot dead …, and a third person died on Monday",
		// "six soldiers drowned …, and one civilian died in Juli". Deaths
		// are told one by one so; a lone case or missing person is not.
		if n > 0 && s[c.i].is("a", "an", "un", "una", "one", "uno") && (c.j < len(s) && s[c.j].is(ordinals...) || cd.Category == "killed") && clauseJoined(s, d.countEnd(s, spots[n-1]), c.i) {
			continue
		}
		// The next count's words may open before its number: "the death of
		// a young man and the injuries of other 12 persons".
		if n+1 < len(spots) && nearCount(s, d.countEnd(s, c), tokenIndex(s, d.claims[spots[n+1].claim].Start)) {
			continue
		}
		// A clause of its own joined by "and"/"y" to the next count of the
		// sentence ("A protester died on Wednesday after being shot, and 22
		// more were injured"): the convention's lone person joined by a
		// conjunction to a count. A running total after it holds it instead
		// ("The dead included a boy …, and the toll now stands at 47").
		// A death inside a phrase of what came before ("tras la muerte de
		// una joven detenida, la estación fue incendiada y 17 …") is the
		// cause of the clause, not a count joined to the next.
		if n+1 < len(spots) && !d.claims[spots[n+1].claim].Data.(CountData).RunningTotal && !afterPhrase(s, tokenIndex(s, d.claims[c.claim].Start)) && clauseJoined(s, d.countEnd(s, c), tokenIndex(s, d.claims[spots[n+1].claim].Start)) {
			continue
		}
		if d.dropped == nil {
			d.dropped = map[int]bool{}
		}
		d.dropped[c.claim] = true
	}
}

// afterPhrase reports whether the words of a count starting at s[k] open
// right after "tras", "after", "following" and an article.
func afterPhrase(s []token, k int) bool {
	for b := k - 1; b >= max(0, k-3); b-- {
		if s[b].is("tras", "after", "following", "despues", "luego") {
			return true
		}
		if !s[b].is("la", "el", "the", "de", "del", "of") {
			return false
		}
	}
	return false
}

// countEnd is the index of the token after the words of the count at c.
func (d *doc) countEnd(s []token, c countSpot) int {
	return max(c.j, tokenIndex(s, d.claims[c.claim].End-1)+1)
}

// nearCount reports whether two counts stand in one list: only a comma or
// a conjunction, a place and the words of a count between them.
func nearCount(s []token, a, b int) bool {
	if b-a > 6 {
		return false
	}
	for t := a; t < b; t++ {
		if s[t].Text == ";" || s[t].Text == "." || s[t].is("while", "mientras", "but", "pero") {
			return false
		}
	}
	return coordinated(s, a, b) || b > a && s[b-1].Text == ","
}

// setCountDates ties each count of a sentence to a date as its place is
// tied: the event date after it up to the next count, else the one before
// it in its clause, else a date no other count of the sentence took; a part
// takes its whole's, coordinated counts share one, and a sentence without
// dates carries the last one of the sentence before.
func (d *doc) setCountDates(pi, si int, s []token, spots []countSpot) {
	if len(spots) == 0 {
		return
	}
	dates := d.eventDatesIn(sentenceSpan(s))
	if asides := d.reporterAsides(s, spots); len(asides) > 0 {
		kept := dates[:0:0]
		for _, dm := range dates {
			if !insideAny(asides, tokenIndex(s, dm.start)) {
				kept = append(kept, dm)
			}
		}
		dates = kept
	}
	kept := dates[:0:0]
	for _, dm := range dates {
		if !visitDate(s, spots, tokenIndex(s, dm.start)) {
			kept = append(kept, dm)
		}
	}
	dates = kept
	idx := make([]int, len(dates))
	for k, dm := range dates {
		idx[k] = tokenIndex(s, dm.start)
	}
	pick := make([]int, len(spots))     // index into dates, or -1
	running := make([]bool, len(spots)) // a running total: "rose to 44"
	sums := make([]bool, len(spots))    // a total of the counts before it: "…, con lo que suman 49"
	claimed := make([]bool, len(dates))
	mourned := make([]bool, len(spots))
	released := make([]bool, len(spots))
	for n, c := range spots {
		mourned[n] = mournedCount(s, c)
		released[n] = releasedCount(s, c)
	}
	for n, c := range spots {
		pick[n] = -1
		prevEnd, bound := 0, len(s)
		if n > 0 {
			prevEnd = spots[n-1].j
			if d.readTwice(s, spots[n-1], c) {
				prevEnd = 0 // the words before the first reading are this count's
				if n > 1 {
					prevEnd = spots[n-2].j
				}
			}
		}
		if n+1 < len(spots) {
			bound = spots[n+1].i
		}
		sums[n] = n > 0 && tollLink(s, spots[n-1].j, c.i)
		running[n] = d.claims[c.claim].Data.(CountData).RunningTotal || risesTo(s, c.i) || sums[n]
		if rel := eventRelative(s, c.i); rel >= 0 {
			// ", en los que murieron cuatro jóvenes", ", durante la cual
			// murieron 18 personas": the day of the event the clause hangs
			// from, not a later day after it.
			for k := len(dates) - 1; k >= 0 && pick[n] < 0; k-- {
				if idx[k] < rel && idx[k] >= prevEnd {
					pick[n] = k
				}
			}
		}
		if pick[n] < 0 {
			// "informó que, al 19 de marzo, suman 67 las personas
			// fallecidas", "hasta la noche del domingo seguían sin ser
			// ubicadas 41 personas que participaron en la marcha del
			// sábado": a count as of a day takes that day, past the comma
			// that closes the day's words and before a day after it.
			for k := len(dates) - 1; k >= 0 && pick[n] < 0; k-- {
				// Not the as-of day of the count before, in that count's own
				// clause ("At least 26 people had been killed … as of
				// Thursday, the office said, up from 24 in its tally on
				// Monday"): the figure it supersedes is another day's.
				prevsDay := n > 0 && !markBetween(s, spots[n-1].j, idx[k], ",") && markBetween(s, idx[k], c.i, ",")
				if idx[k] < c.i && idx[k] >= prevEnd && dates[k].data.Precision == "day" && !dates[k].data.Since && asOfDay(s, idx[k]) &&
					!semicolonBetween(s, idx[k], c.i) && !markBetween(s, idx[k], c.i, ".") && !andThatBetween(s, idx[k], c.i) && !prevsDay {
					pick[n] = k
				}
			}
		}
		dayBefore := false // a date between the count before and this one
		for k := range dates {
			dayBefore = dayBefore || idx[k] >= prevEnd && idx[k] < c.i
		}
		for k := range dates {
			if pick[n] >= 0 {
				break
			}
			if dayBefore && commaAndBetween(s, c.j, idx[k]) || andThatBetween(s, c.j, idx[k]) {
				// "In Ayacucho, on December 15, 2022, soldiers killed 10
				// people, and in Juliaca, on January 9, 2023, police killed
				// 17": past ", and" the next conjunct's day, not this one's;
				// so past "and that", another reported clause ("said it had
				// received 52 wounded, …, and that nine remained in intensive
				// care on Friday morning").
				break
			}
			if idx[k] >= c.j && dayBefore && !released[n] && releaseBetween(s, c.j, idx[k]) {
				// "retuvieron el lunes a 12 militares … y los liberaron ayer",
				// "detained 30 people on Friday and released them on Sunday":
				// the day past the release is the release's; the count's is
				// the one before it.
				break
			}
			if idx[k] >= c.j && idx[k] < bound && !clauseBreak(s, c.j, idx[k]) && !relativeWhere(s, c.j, idx[k]) && !(mourned[n] && !ownWordsDay(s, d.countEnd(s, c), idx[k])) {
				if running[n] && eventsDay(s, c.j, idx[k]) {
					// "elevó a nueve el número de fallecidos por los
					// enfrentamientos del jueves 15", "Suman ya seis los
					// fallecidos … tras los enfrentamientos del domingo y el
					// lunes": the days of the one event the total counts.
					pick[n] = k
					break
				}
				if running[n] && afterClause(s, c.j, idx[k]) {
					break // "the toll climbed to 10 after a student died on Thursday": the day of the death, not of the total
				}
				if running[n] && !spanOfDays(dates[k]) && (tallyDay(s, idx[k]) || stoodAt(s, c.i) && idx[k]-c.j <= 2) {
					// "had risen to 15 by Tuesday", "stood at six as of
					// Monday night": the day the total stood so, as a tally's.
					pick[n] = k
					break
				}
				if running[n] && !spanOfDays(dates[k]) {
					claimed[k] = true // the running total's, no other count's to share
					break             // "rose to 60 on Wednesday": the day it rose, not a day of the deaths it sums
				}
				pick[n] = k
				break
			}
		}
		from := prevEnd
		if running[n] {
			// A running total ("…on Thursday, raising the toll to 44") is
			// no count of the day named before it, only of a date inside
			// its own words ("the number detained this week to 71").
			for t := c.i - 1; t >= from; t-- {
				if s[t].Text == "," {
					from = t + 1
					break
				}
			}
		}
		if pick[n] < 0 && running[n] {
			// "La cifra de fallecidos por los enfrentamientos del viernes
			// en Huayllani, …, subió a nueve": the day of the one event
			// the total's subject counts, as after the total.
			for k := len(dates) - 1; k >= 0 && pick[n] < 0; k-- {
				if idx[k] < c.i && idx[k] >= prevEnd && !spanOfDays(dates[k]) && !semicolonBetween(s, idx[k], c.i) &&
					!markBetween(s, idx[k], c.i, ".") && tollSubjectDay(s, prevEnd, idx[k]) {
					pick[n] = k
				}
			}
		}
		// Nor a count in a present state ("y otros 14 heridos permanecen
		// internados", "of the 124 people wounded in Senkata on Nov. 19, at
		// least 30 still need medical care"): a day before it is the harm's.
		if pick[n] < 0 && !d.heldNow(s, c) && !stateNow(s, c.i, c.j) {
			for k := len(dates) - 1; k >= 0; k-- {
				if n > 0 && running[n-1] && idx[k] >= spots[n-1].j && idx[k] < c.i && idx[k]-spots[n-1].j <= 3 {
					// "raised the death toll … to 18 on Wednesday, and the
					// ministry said 2,410 people had been detained": the day
					// right after a running total is the day it rose.
					continue
				}
				// "Ascends already to 14 the figure of deceased ones … from
				// the past 28 of April, …, while the wounded ones are 211":
				// a running total's own period, past "while", is not the
				// next clause's count's.
				ownPeriod := n > 0 && running[n-1] && idx[k] >= spots[n-1].j && contrastBetween(s, idx[k], c.i)
				ownPeriod = ownPeriod || d.missingReported(s, spots, n, idx[k])
				if idx[k] < c.i && idx[k] >= from && !semicolonBetween(s, idx[k], c.i) && !ownPeriod {
					if twoDaysBefore(s, dates, idx, k, from) {
						break // "on 15 November in Sacaba and on 19 November in Senkata, security forces killed at least 20": both days, no one's
					}
					pick[n] = k
					break
				}
				// "El balance del paro, desde su inicio el 20 de febrero, es
				// de un muerto": a running total's own period of days.
				if running[n] && !sums[n] && dates[k].data.Since && idx[k] < c.i && idx[k] >= prevEnd && !clauseBreak(s, idx[k], c.i) {
					pick[n] = k
					break
				}
			}
		}
		if pick[n] >= 0 {
			claimed[pick[n]] = true
		}
	}
	for n, c := range spots {
		// "were buried yesterday 6 of the 10 deceased ones in the
		// repression of the Thursday 15", "Relatives on Saturday buried
		// six of the 10 people killed in Thursday's clashes": the burial's
		// day before the dead is no day of theirs; a part of them shares
		// its whole's, as a part in its own words does.
		if pick[n] >= 0 && idx[pick[n]] < c.i && buriedCount(s, c) && d.claims[c.claim].Data.(CountData).PartOf != nil {
			pick[n] = -1
		}
	}
	for n := 1; n < len(spots); n++ {
		// "the figure of deceased ones by the confrontations of this
		// Thursday … ascends to eight, while the wounded ones are 61": the
		// second total of the same event, in the same clause, shares the
		// day of the event the first counts.
		p, c := spots[n-1], spots[n]
		if pick[n] < 0 && pick[n-1] >= 0 && running[n-1] && idx[pick[n-1]] < c.i && c.i-p.j <= 12 &&
			(contrastBetween(s, p.j, c.i) || coordinated(s, p.j, c.i)) && !markBetween(s, p.j, c.i, ".") && !semicolonBetween(s, p.j, c.i) &&
			!stateNow(s, c.i, c.j) && d.claims[c.claim].Data.(CountData).PartOf == nil {
			pick[n] = pick[n-1]
		}
	}
	d.placesDaysAhead(s, spots, dates, idx, pick)
	for n, c := range spots {
		// "By Monday evening, officials had recorded 18 deaths and 329
		// injured since Jan. 4", "contabilizó este martes 87 heridos … desde
		// el inicio del paro, el pasado 13 de junio": a day before a count
		// whose own clause then gives the period since a start is the day
		// of the tally, not of the harm.
		if pick[n] < 0 || dates[pick[n]].data.Since || idx[pick[n]] > c.i || spanOfDays(dates[pick[n]]) {
			continue // a span before the count is its period already, no tally's day ("entre el 20 y el 24 de junio … 25 personas fueron detenidas …, y … desde el 21 de junio")
		}
		for k := range dates {
			// Not a place's own period in a relative "where" ("detained this
			// Wednesday 14 persons in the bridge …, where the comuneros
			// maintain a blockade since two weeks ago").
			if dates[k].data.Since && idx[k] >= c.j && idx[k]-c.j <= 24 && !clauseBreak(s, c.j, idx[k]) && !markBetween(s, c.j, idx[k], ".") && !relativeWhere(s, c.j, idx[k]) {
				pick[n] = k
				claimed[k] = true
				break
			}
		}
	}
	share := func(n, m int) bool {
		// A total of the counts before it shares none of their days: it
		// sums more than that day. Nor does a count in a present state
		// ("and 17 persons continue without being located", "2 of them
		// remain in state of gravity"): how things stand now, no day's.
		// Nor does a count take the day of a later state after it ("Another
		// 68 were injured, …, and 12 of the injured were flown to the
		// capital on Tuesday"): the day they were moved, not hurt.
		later := m > n && laterState(d.claims[spots[n].claim].Data.(CountData).Category, d.claims[spots[m].claim].Data.(CountData).Category, s, spots[m].j)
		if pick[n] < 0 && pick[m] >= 0 && !sums[n] && !later && !stateNow(s, spots[n].i, spots[n].j) && !d.heldNow(s, spots[n]) {
			pick[n] = pick[m]
			return true
		}
		return false
	}
	asideToWhole := func() {
		for n, c := range spots {
			// "Veintiocho heridos, entre ellos nueve menores, dejó el
			// enfrentamiento del sábado": the date after an aside's part is
			// the whole's too. Run before the counts listed with the whole
			// share it ("Dos reos murieron y nueve personas resultaron
			// heridas, entre ellas dos guías, en un motín registrado ayer")
			// and again after the part took one from a count after it.
			// A day in the part's own words ("21 were killed in Puno, 18 of
			// them on January 9 alone") is the part's only.
			// Nor a day inside a relative part's own clause ("41 persons
			// not located, of which 38 were found until the night of this
			// Sunday"), unlike one after the aside closes ("…, of those
			// which 19 by impact of bullet, in the confrontations … the
			// past Thursday"). Nor the day of a part's later state ("…, and
			// 12 of the injured were flown to the capital on Tuesday").
			if po := d.claims[c.claim].Data.(CountData).PartOf; po != nil && pick[n] >= 0 && idx[pick[n]] > c.j && !ownWordsDay(s, d.countEnd(s, c), idx[pick[n]]) &&
				!(relativePart(s, c.i) && !markBetween(s, c.j, idx[pick[n]], ",")) {
				// A part set off by commas inside its whole's clause ("37
				// people, 14 of them police officers, were treated … after
				// Saturday's clashes") tells no later state of its own: the
				// verb past the aside is the whole's.
				aside := c.i > 0 && s[c.i-1].Text == "," && markBetween(s, c.j, idx[pick[n]], ",")
				for m, o := range spots {
					if m < n && d.claims[o.claim].Start == po.Start && pick[m] < 0 && !d.claims[o.claim].Data.(CountData).RunningTotal &&
						(aside || !laterState(d.claims[o.claim].Data.(CountData).Category, d.claims[c.claim].Data.(CountData).Category, s, c.j)) {
						pick[m] = pick[n]
					}
				}
			}
		}
	}
	asideToWhole()
	// A qualifier after the list's comma is the next count's own ("dejó un
	// fallecido, al menos 30 heridos y …"): the list is read to where it
	// opens.
	listed := func(p, o countSpot) bool {
		return d.listedAfter(s, p, o.i) || d.listedAfter(s, p, qualifiedStart(s, p.j, o.i))
	}
	for n := len(spots) - 2; n >= 0; n-- {
		a := d.pastAside(s, spots[n], spots[n+1].i)
		if listed(spots[n], spots[n+1]) || spots[n+1].i-a <= 12 && listedByPlace(s, spots[n].j, spots[n+1].i, spots[n+1].j) {
			share(n, n+1)
		}
	}
	for n := 1; n < len(spots); n++ {
		a := d.pastAside(s, spots[n-1], spots[n].i)
		if listed(spots[n-1], spots[n]) || spots[n].i-a <= 12 && listedByPlace(s, spots[n-1].j, spots[n].i, spots[n].j) {
			share(n, n-1)
		}
	}
	for n := len(spots) - 2; n >= 0; n-- {
		// "detuvo a 16 en Santo Tomás y a otros 9 en Colquemarca durante la
		// jornada del jueves": a count left out by ellipsis shares its
		// first member's event, so a date after it is the first's too.
		if elliptic(s, spots[n].j, spots[n+1].i, spots[n+1].j) && !share(n, n+1) && pick[n] >= 0 && pick[n+1] >= 0 &&
			idx[pick[n]] < spots[n].i && idx[pick[n+1]] >= spots[n+1].j && !running[n] && ownWordsDay(s, d.countEnd(s, spots[n+1]), idx[pick[n+1]]) {
			// "charged … on Monday over the killing of 10 people in
			// Senkata and 10 in Sacaba in November 2019": the day in the
			// list's own words is its members', the one before is the act's.
			pick[n] = pick[n+1]
		}
	}
	for n := 1; n < len(spots); n++ {
		// "Anteayer murieron dos comuneros en Ilave y otros 15 resultaron
		// heridos": "and" joins a count to the date of the one before, past
		// its place, as it does for places, and past the names of its
		// people ("killed two young men, Inti Sotelo and Bryan Pintado,
		// with pellets, and injured at least 78").
		// Not missing people past "and that", whose clause is reported
		// apart ("…, and that it was still trying to locate 168 people").
		if spots[n].i-pastNames(s, d.countEnd(s, spots[n-1]), spots[n].i, spots[n-1].j) <= 14 && coordinated(s, spots[n-1].j, spots[n].i) && !clauseBreak(s, spots[n-1].j, spots[n].i) && !d.missingReported(s, spots, n, spots[n-1].j-1) && !share(n, n-1) {
			// "left 8 wounded, among them 3 agents, and 11 detained": past
			// an aside's undated part, "and" joins its whole.
			// Not a later state ("…, of which 21 are agents, and that 9
			// remain hospitalized").
			if po := d.claims[spots[n-1].claim].Data.(CountData).PartOf; po != nil && d.claims[spots[n].claim].Data.(CountData).PartOf == nil && !stateNow(s, spots[n].i, spots[n].j) {
				for m := n - 2; m >= 0; m-- {
					if d.claims[spots[m].claim].Start == po.Start {
						share(n, m)
					}
				}
			}
		}
	}
	var placesAt []sentPlace
	for n := len(spots) - 1; n > 0; n-- {
		// "Tres jóvenes murieron por disparos y al menos 42 personas
		// resultaron lesionadas en la noche del martes": the place and day
		// after the second of two counts joined by "and" are the first's
		// too, when the first's own words name no place ("75 policías
		// resultaron heridos en Juliaca y uno murió … el martes" keeps
		// them apart) and tell no state or complaint. So for a list of
		// counts ("seis personas fallecidas, 335 heridas y 208 detenidas
		// entre el 13 y el 30 de junio"), not a part after its whole.
		p, o := spots[n-1], spots[n]
		if pick[n] < 0 || idx[pick[n]] < o.i || o.i-p.j > 14 || !coordinated(s, p.j, o.i) && !(listedCounts(s, p.j, o.i) && d.claims[o.claim].Data.(CountData).PartOf == nil) || clauseBreak(s, p.j, o.i) || running[n-1] ||
			stateNow(s, p.i, p.j) || d.claims[p.claim].Data.(CountData).Category == "cases" ||
			laterState(d.claims[p.claim].Data.(CountData).Category, d.claims[o.claim].Data.(CountData).Category, s, o.j) {
			// "Five of them were hit by rubber bullets, and two remained in
			// hospital on Saturday": the later state's day, not the harm's.
			continue
		}
		if placesAt == nil {
			placesAt = d.sentencePlaces(s)
		}
		between := false
		for _, sp := range placesAt {
			between = between || sp.i >= p.j && sp.i < o.i && !originPhrase(s, p.j, sp.i)
		}
		// "Un joven murió … en Talcahuano y otras 38 personas resultaron
		// lesionadas durante la jornada de ayer": "otras" makes the second
		// more of the same event, so its day is the first's past a place.
		if !between || continuesCount(s, o) && d.claims[o.claim].Data.(CountData).PartOf == nil {
			if pick[n-1] >= 0 && idx[pick[n-1]] < p.i && markBetween(s, idx[pick[n-1]], p.i, ",") && spanOfDays(dates[pick[n]]) && !between {
				// "A dos años del paro nacional de octubre de 2019, …,
				// que documenta 11 muertes y 1.430 personas heridas entre el
				// 3 y el 13 de octubre de aquel año": the span after both
				// frames both, not a date of another clause before them.
				pick[n-1] = pick[n]
			}
			share(n-1, n)
		}
	}
	for n := 1; n < len(spots); n++ {
		// "… had reached 402, and the number detained in the same period
		// stood at 519": the period of the count before.
		// So does "also": "…, que contabilizó además 24 detenidos",
		// "reportó además 47 heridos".
		// So does "another"/"otros" ("… rose to eight, …, adding that
		// another 30 people were being treated"), as it does from the
		// sentence before.
		// So does a clause that "also" opens past a semicolon (MT "…
		// the past Saturday 25 of June, according to …; also were
		// apprehended 6 persons"): the word carries it on, as "otros" does
		// ("la Policía detuvo a 12 dirigentes el viernes; en Riobamba, …,
		// otros cuatro manifestantes quedaron heridos"), as round 25 reads
		// it across a full stop.
		alsoOpens := false
		for k := spots[n].i - 1; k >= 1 && k >= spots[n].i-3; k-- {
			alsoOpens = alsoOpens || s[k].is("ademas", "also", "asimismo", "tambien") && s[k-1].Text == ";"
		}
		if pick[n] < 0 && (samePeriod(s, spots[n-1].j, spots[n].i) || (alsoBefore(s, spots[n].i) || continuesCount(s, spots[n])) && (!semicolonBetween(s, spots[n-1].j, spots[n].i) || alsoOpens || continuesCount(s, spots[n])) &&
			!stateNow(s, spots[n].i, spots[n].j)) {
			for m := n - 1; m >= 0 && pick[n] < 0; m-- {
				pick[n] = pick[m]
			}
		}
	}
	for n, c := range spots {
		if po := d.claims[c.claim].Data.(CountData).PartOf; po != nil && pick[n] < 0 && !d.heldNow(s, c) {
			for m, o := range spots {
				if d.claims[o.claim].Start == po.Start && !d.undatedPastSemicolon(s, o, c) {
					share(n, m)
				}
			}
		}
	}
	asideToWhole()
	for n, c := range spots {
		// "41 police officers were among more than 100 injured": a whole
		// named after its part shares the part's day.
		if po := d.claims[c.claim].Data.(CountData).PartOf; po != nil && pick[n] >= 0 {
			for m := n + 1; m < len(spots); m++ {
				if d.claims[spots[m].claim].Start == po.Start && pick[m] < 0 && !running[m] {
					pick[m] = pick[n]
				}
			}
		}
	}
	freeFor := func(n int, c countSpot) []int {
		var free []int
		for k := range dates {
			if !claimed[k] && !semicolonBetween(s, min(idx[k], c.i), max(idx[k], c.i)) && !relativeWhere(s, c.j, idx[k]) &&
				!(mourned[n] && idx[k] >= c.j && !ownWordsDay(s, d.countEnd(s, c), idx[k])) {
				free = append(free, k)
			}
		}
		return free
	}
	var carried *dateMention
	var carriedFrom []token       // the sentence the carried day is from
	var carriedDays []dateMention // its days
	prevCounted := false          // the sentence before has counts of its own
	// A sentence pointing back to a period looks for it even when it names
	// a day of its own ("Three people died in Cusco during that period,
	// including Remo Candia, … who was shot on 11 January"): its counts
	// that take no day of the sentence take the period.
	// So does one whose only day is the statement's, which dates the
	// saying, not the harm ("Police detained 17 people during the march,
	// the ombudsman's office said on Sunday", "At least 20 others were
	// wounded, …, the office said on Monday").
	// So does one that opens by going on from the count before ("Another
	// 68 were injured, …, and 12 of the injured were flown to the capital
	// on Tuesday") when no day of its own is that count's.
	goesOn := pick[0] < 0 && continuesCount(s, spots[0])
	// A toll of an event told before ("This Thursday the entity raised to
	// 10 the number of deceased in that operative") looks back for that
	// event's day past a day of its own, the day it rose.
	tollBack := -1
	for n, c := range spots {
		if tollBack < 0 && (running[n] || tollBefore(s, c.i)) && tollOfEventBefore(s) && (pick[n] < 0 || idx[pick[n]] < c.i) {
			tollBack = n
		}
	}
	// So does one opening by pointing back to an event ("En esa jornada,
	// Carabineros detuvo a 21 personas …, de las cuales 17 quedaron en
	// libertad al día siguiente") whose first count takes no day of the
	// sentence: a later day there is a part's.
	backToEvent := pick[0] < 0 && pointsToEvent(s[:min(len(s), spots[0].i)])
	if (len(d.eventDatesIn(sentenceSpan(s))) == 0 || samePeriod(s, 0, len(s)) || pointsToDate(s) || goesOn || tollBack >= 0 || backToEvent) && si > 0 && !(len(s) > 1 && s[0].is("in", "en") && s[1].is("total", "all", "conjunto")) {
		// "In total, … are 193": a sum over more than the day before.
		// The day is the last one named before, past sentences that only
		// set the scene, with no date, count or shot of their own
		// ("… blocked the road on Tuesday. Police moved in with tear gas.
		// In the clashes, 11 were injured").
		for back := si - 1; back >= 0 && !ownSpan(s); back-- {
			ps := d.paras[pi].sentences[back]
			prevSpan := sentenceSpan(ps)
			if back == 0 && d.bareDateLine(ps) {
				break // "Montero, 12 de noviembre. Los enfrentamientos … dejaron dos fallecidos": the day the story was filed
			}
			// A day inside a relative "where" is the place's past, not the
			// scene's day: "The Thursday 26 … evicted …, where the night
			// before they had burned tires. In the operation …", "set fire to
			// the URI, where the night before a minor had been detained".
			prev := d.eventDatesIn(prevSpan)
			kept := prev[:0:0]
			for _, dm := range prev {
				// Unless a count of that sentence took it: MT "in the city
				// of Tena, where 9 policemen resulted wounded the night of
				// the Monday during an attempt of unblocking. In that same
				// unblocking, …" counts its own victims on the day.
				if !insideWhere(ps, tokenIndex(ps, dm.start)) || d.lastCountWhere(prevSpan, func(_ int, cd CountData) bool { return cd.Date == dm.data.Value }) >= 0 {
					kept = append(kept, dm)
				}
			}
			if len(kept) == 0 && len(prev) > 0 && len(d.datesIn(prevSpan)) == len(prev) && d.lastCountIn(prevSpan) < 0 && !d.dischargeIn(prevSpan) {
				continue // only the place's past there: the scene is further back
			}
			if echoesOnly(kept) && d.lastCountIn(prevSpan) < 0 && !d.dischargeIn(prevSpan) {
				// "… of the 27 people admitted … on 19 November 2019, 11 were
				// hit in the back. "…," said one of the surgeons on duty
				// that afternoon. In Senkata, 10 people died": a sentence
				// that only points back to a day counts nothing on it; the
				// scene is the sentence that named it.
				continue
			}
			if samePeriod(s, 0, len(s)) && !anySpanOfDays(kept) && d.spanOfDaysBefore(pi, back) {
				// "… 49 deaths … between December 2022 and February 2023. In
				// Juliaca on January 9, police killed 17 protesters. More
				// than 1,200 people were injured over the same period": the
				// period named before, past a day's scene within it.
				continue
			}
			if prev := kept; len(prev) > 0 {
				if !d.visitOnly(ps) {
					carried = &prev[len(prev)-1]
					if k := occasionDayIn(ps, prev, s); k >= 0 {
						carried = &prev[k]
					}
					carriedFrom, carriedDays = ps, prev
					if samePeriod(s, 0, len(s)) {
						// "Of the 50 people killed in that period": the period
						// named before, past a later day ("said in a report on
						// Monday").
						for k := len(prev) - 1; k >= 0; k-- {
							if spanOfDays(prev[k]) {
								carried = &prev[k]
								break
							}
						}
					}
					// The day the sentence before gave its own count, past a
					// later date of its that no count took ("17 were killed on
					// Monday, the deadliest day since protests began in
					// December. Another 71 were wounded").
					if ref := d.lastCountWhere(prevSpan, func(_ int, cd CountData) bool { return cd.Date != "" && !actedAgainst(cd) }); ref >= 0 {
						for k := len(prev) - 1; k >= 0; k-- {
							if prev[k].data.Value == d.claims[ref].Data.(CountData).Date && prev[k].start < carried.start {
								carried = &prev[k]
								break
							}
						}
					}
					if pointsToDate(s) {
						// "… en su reporte del 9 de febrero, … desde el 7 de
						// diciembre. A esa fecha, 22 personas permanecían
						// hospitalizadas": the day named, not the period.
						for k := len(prev) - 1; k >= 0; k-- {
							if prev[k].data.Precision == "day" && !prev[k].data.Since && !spanOfDays(prev[k]) {
								carried = &prev[k]
								break
							}
						}
					}
					// Shots counted there ("efectuaron 46 disparos … el pasado
					// jueves 2 de febrero. Cinco comuneros resultaron heridos")
					// are a count of that day's own, as victims are.
					prevCounted = d.lastCountIn(prevSpan) >= 0 || d.dischargeIn(prevSpan) || d.loneVictimOpens(ps)
				}
				break
			}
			if (d.lastCountIn(prevSpan) >= 0 || d.dischargeIn(prevSpan)) && samePeriod(s, 0, len(s)) && len(d.datesIn(prevSpan)) == 0 && !quoted(ps) {
				// "… entre el 7 de diciembre y el 28 de febrero murieron 60
				// personas. Puno concentra 22 de las muertes. En el mismo
				// periodo, 1 301 personas resultaron heridas": the period
				// pointed back to, past a sentence counting within it.
				continue
			}
			if quoted(ps) && len(d.datesIn(prevSpan)) == 0 && d.lastCountIn(prevSpan) < 0 && harmedAgain(s, spots) {
				// "… police arrested 14 people at the blockade. "We are not
				// against tourists," said NAME. She said two of those
				// arrested had been beaten": the harmed named again, past
				// the quotation.
				continue
			}
			if quoted(ps) && samePeriod(s, 0, len(s)) && len(d.datesIn(prevSpan)) == 0 && d.lastCountIn(prevSpan) < 0 {
				// "… since Oct. 18. "We have never seen anything like
				// this," said Dr. Meza. The Carabineros said 1,100 … in the
				// same period": the period pointed back to, past the quotation.
				continue
			}
			if len(d.datesIn(prevSpan)) == 0 && !d.dischargeIn(prevSpan) && !quoted(ps) && (pointsToEvent(s) && !relativeEvent(s) || continuesCount(s, spots[0])) &&
				d.lastCountIn(prevSpan) >= 0 && d.lastCountWhere(prevSpan, func(_ int, cd CountData) bool { return cd.PartOf == nil }) < 0 {
				// "… murieron ayer en el puente de Huayllani. Seis de los
				// fallecidos tenían heridas de bala … Otras 120 personas
				// fueron detenidas", MT "… this Saturday … Between the
				// wounded ones there are 7 police … Other 12 protesters were
				// detained in the operation": a sentence of parts only tells
				// more of the whole; the event pointed back to, or the count
				// gone on from, is the whole's, a sentence further back.
				continue
			}
			if d.wentOnFromDay(ps, s, continuesCount(s, spots[0])) {
				continue
			}
			if len(d.datesIn(prevSpan)) == 0 && !d.dischargeIn(prevSpan) && !quoted(ps) && pointsToEvent(s) && !relativeEvent(s) && pointsToEvent(ps) && !relativeEvent(ps) {
				// MT "… during the confrontations … this Wednesday. In the
				// same confrontations resulted wounded more of 90 persons. The
				// Police informed that 37 persons were detained in the same
				// confrontations": a sentence with no day that pointed back to
				// the event stands for it; the next one pointing back to it
				// looks further back for its day.
				continue
			}
			if len(d.datesIn(prevSpan)) == 0 && !d.dischargeIn(prevSpan) && !quoted(ps) && spots[0].i < len(s) && d.claims[spots[0].claim].Data.(CountData).PartOf != nil &&
				d.lastCountIn(prevSpan) >= 0 && d.lastCountWhere(prevSpan, func(_ int, cd CountData) bool { return cd.Date == "" && cd.PartOf == nil }) < 0 {
				// "… desde el 7 de diciembre. Según su último reporte, 48
				// murieron en enfrentamientos … Puno concentra 27 de los
				// fallecidos", "…, de las cuales 49 murieron … De estas
				// últimas, 39 … Puno concentra 20 de esas 49 muertes": a
				// sentence with no day whose counts all took the day before
				// or are parts goes on in that day; a part after it looks
				// further back for it.
				continue
			}
			if len(d.datesIn(prevSpan)) > 0 || d.lastCountIn(prevSpan) >= 0 || d.dischargeIn(prevSpan) || quoted(ps) {
				break // a quotation between is someone's words, not the scene
			}
		}
	}
	tookCarried := make([]bool, len(spots))
	lastWhole := -1 // the last count before that is no part of another
	for n, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		var dm *dateMention
		var fromWhole *CountData // a part's whole's date, when it is not a mention here
		free := freeFor(n, c)
		switch {
		case n == tollBack && carried != nil:
			// "The operative of the Tuesday … left 8 deceased … This
			// Thursday the entity raised to 10 the number of deceased in
			// that operative", "… wounded in Tuesday's operation … The
			// ombudsman's office put the toll from the operation at eight
			// dead": the toll counts that event, on its day, as a toll
			// whose subject names its clash does.
			dm = carried
		case released[n]:
			// "Police released on Thursday the 27 people arrested at the
			// Ilave bridge": the release's day, not the arrests'.
			if pick[n] >= 0 && idx[pick[n]] >= c.j && ownWordsDay(s, d.countEnd(s, c), idx[pick[n]]) {
				dm = &dates[pick[n]]
			}
		case pick[n] >= 0:
			dm = &dates[pick[n]]
		case running[n]:
		case len(free) == 1 && !d.heldNow(s, c) && !(stateNow(s, c.i, c.j) && idx[free[0]] < c.i && markBetween(s, idx[free[0]], c.i, ",") && !dates[free[0]].data.Since && !tallyDay(s, idx[free[0]])):
			// "A una semana de la masacre del 9 de enero, 14 heridos siguen
			// internados": a present state in a clause after the only day,
			// the event's, takes no day, unless that day is the state's
			// own ("Desde el martes, 21 policías permanecen retenidos").
			dm = &dates[free[0]]
		case len(dates) == 1 && (spanOfDays(dates[0]) || openingDay(s, spots, idx[0])) && !mourned[n] &&
			(!semicolonBetween(s, min(idx[0], c.i), max(idx[0], c.i)) && (!contrastBetween(s, min(idx[0], c.i), max(idx[0], c.i)) || openingDay(s, spots, idx[0]) || reportedOpening(s, spots, idx[0])) || idx[0] < c.i && continuesCount(s, c)) &&
			!relativeWhere(s, c.j, idx[0]) && !stateNow(s, c.i, c.j) && !d.heldNow(s, c) && !totalAfter(sums, spots, n, idx[0]) && !nextReport(s, c.j, idx[0]) &&
			!d.missingReported(s, spots, n, idx[0]):
			// "entre el 18 de octubre y el 6 de diciembre, 345 personas … y
			// 1 180 denuncias", "…, todos entre el 11 y el 13 de diciembre":
			// a sentence's one period frames all its counts, past a
			// semicolon a count that goes on ("…; another 11 deaths
			// occurred …"). A day opening the sentence frames the clause
			// past "while" too ("During the Taking of Lima of this
			// Thursday, the Police intervened 22 …, while the Ombudsman's
			// Office counted 16 wounded").
			dm = &dates[0]
		case sceneClause(s, spots, idx, c) >= 0 && !stateNow(s, c.i, c.j):
			// "… marched toward Congress on Wednesday; police said they
			// detained 16 people": a clause before a semicolon that counts
			// nothing sets the scene of the counts after it, as a sentence
			// before does.
			dm = &dates[sceneClause(s, spots, idx, c)]
		// A sentence's first count opening "Of them, 38 were transferred …"
		// is a part though its whole went unread: no day, as the part's
		// convention reads it (README, round 24).
		case carried != nil && (cd.PartOf == nil && !(n == 0 && opensWithSubset(s)) || !opensWithSubset(s) && !d.attributedPart(s, cd) && !(subsetClause(s, c.i) && !d.wholeIn(spots, cd)) && !foundOfMissing(cd)) && (!stateNow(s, c.i, c.j) && !d.heldNow(s, c) || pointsToDate(s) || partOfHarmedNow(s, c, cd)) &&
			(pointsToDate(s) || !prevCounted || cd.PartOf != nil || cd.Category != "other" && amongTheHarmed(s, c) || continuesCount(s, c) && (n == 0 || tookCarried[n-1] || otherHarmPastPart(d.claims[spots[n-1].claim].Data.(CountData), cd)) || samePeriod(s, 0, len(s)) || pointsBack(s) || pointsToEvent(s) || cd.Category != "other" && namesItsEvent(s, c)):
			// The day of a sentence that counted its own victims is theirs:
			// "… arrested 19 people on Thursday. Nine officers were treated
			// for injuries" gives the nine no day; a sentence that only set
			// the scene ("Clashes broke out on Monday. By nightfall, 17 had
			// died"), a part of its count, or "Otros seis" take it.
			// A part opening the next sentence ("Of them, 19 were minors",
			// "De ellas, siete …") takes the whole's place but no date, as
			// the labels' convention has it; a ranked breakdown there
			// ("Puno accounts for 18 of the dead, followed by Ayacucho
			// with 10") is a part in its own words and takes the whole's
			// date, as 15 paragraphs read it against 6 (nr-03's "la región
			// Puno (512), seguida de Lima" among the 6). A sentence that points back
			// to the period ("Over the same span, 310 …", "Durante ese
			// lapso, …") or to the event ("en esa jornada", "during the
			// march") takes it even after counts of their own. "Others"
			// after an undated count of its own sentence go on from that
			// one ("said 43 officers had been injured and that
			// demonstrators had held several others"), not the day before;
			// past a part of the whole before ("Del total de heridos, 14 …,
			// quien añadió que otras 21 personas fueron capturadas") they go
			// on from that whole, unless they are more of the part ("De
			// ellas, 11 permanecen hospitalizadas y otras dos …").
			dm = carried
			// A part in its own words whose whole, in a sentence before,
			// took no day ("… bringing to seven the number killed there
			// since protests erupted … Four of the deaths occurred in the
			// province of Andahuaylas"): the whole's date, none, not the day
			// of another count there.
			// Nor when the whole took a day of its own ("Entre el 28 de
			// abril y el 31 de mayo, la Personería recibió 212 quejas … un
			// joven perdió un ojo el 10 de mayo … Treinta y cinco de las
			// quejas …"): the whole's date.
			if w := d.wholeClaim(cd); cd.PartOf != nil && w >= 0 && d.claims[w].Start < sentenceSpan(s).Start {
				dm = nil
				if wd := d.claims[w].Data.(CountData); wd.Date != "" {
					fromWhole = &wd
				}
			}
			// A sentence that only set the scene of several places, each
			// on its day, dates each count that names its place by that
			// place's day; not a part, nor a count going on from one
			// before or pointing back to an event ("In those protests").
			if own := d.placesDay(carriedFrom, carriedDays, cd); own != nil && !prevCounted && cd.PartOf == nil && d.namesPlace(s, cd) &&
				!samePeriod(s, 0, len(s)) && !pointsToDate(s) && !pointsBack(s) && !pointsToEvent(s) {
				dm = own
			}
			if carried.data.Since && pointsToEvent(s) {
				// "desde el pasado 3 de mayo, cuando el Esmad dispersó un
				// plantón … Durante ese operativo, 21 …": the event that
				// opened the period, on its first day.
				dm = firstDayOf(*carried)
				if own := eventDayBesideSince(carriedFrom, carriedDays, *carried); own != nil {
					// MT "arrived the Tuesday 7 … to unblock the
					// international bridge, closed from the 4 of January.
					// In the operation …": the period is the bridge's
					// state; the event pointed back to is the day's.
					dm = own
				}
			}
		case carried != nil && lastWhole >= 0 && tookCarried[lastWhole] && cd.PartOf == nil && c.i-spots[lastWhole].j <= 14 &&
			coordinated(s, spots[lastWhole].j, c.i) && !clauseBreak(s, spots[lastWhole].j, c.i) && !stateNow(s, c.i, c.j) && !d.heldNow(s, c):
			// "Otras 122 personas resultaron heridas, la mayoría por impactos
			// de bala, y 35 fueron aprehendidas": a count joined by "and" to
			// one that went on from the day before goes on from it too.
			dm = carried
		}
		if asOf := d.asOfPointedBack(pi, si, s); asOf != nil {
			dm = asOf
		}
		if act := actionDayOverHarm(s, c, cd, dates, idx, dm); act != nil {
			dm = act
		}
		tookCarried[n] = dm != nil && dm == carried
		if dm != nil && dm != carried && dm.data.Since && whenClause(s, tokenIndex(s, dm.end-1)+1, c.i) {
			// "permanecen detenidos desde el viernes, cuando la policía
			// intervino a 22 jóvenes": the event that opened the period,
			// on its first day.
			dm = firstDayOf(*dm)
		}
		if cd.PartOf == nil && !amongTheHarmed(s, c) { // "Seventeen of the dead were civilians" is a part, unlinked
			lastWhole = n
		}
		prevEnd := -1 // where the count before ends
		if n > 0 {
			prevEnd = spots[n-1].j
		}
		if dm != nil && cd.Category == "cases" && (!complaintsOwnDate(s, c, prevEnd, tokenIndex(s, dm.start), *dm, dm == carried) || d.undatedWhole(cd)) {
			dm = d.filingBefore(s, spots, n)
			if d.undatedWhole(cd) {
				dm = nil
			}
		}
		cd.Date, cd.Since, cd.DatePrecision = "", false, ""
		if dm != nil {
			cd.Date, cd.Since, cd.DatePrecision = dm.data.Value, dm.data.Since, dm.data.Precision
		}
		if fromWhole != nil {
			cd.Date, cd.Since, cd.DatePrecision = fromWhole.Date, fromWhole.Since, fromWhole.DatePrecision
		}
		if dm != nil && cd.DatePrecision == "day" && !cd.Since && cd.Date != d.opt.Published.Format(time.DateOnly) && d.anniversaryBefore(pi, si, c.i, true) {
			// "A un año de la represión del 15 de diciembre de 2022, que
			// dejó diez muertos, … marcharon ayer": the day of the march
			// is the anniversary; the deaths fell on the day the paragraph
			// named with that month and day in an earlier year.
			if ev, ok := d.sameDayBefore(pi, cd.Date); ok {
				cd.Date = ev
			}
		}
		if day := d.opt.Published.Format(time.DateOnly); dm != nil && cd.Date == day && cd.DatePrecision == "day" && !cd.Since {
			// "A un año de la masacre, … de los 18 fallecidos de aquel
			// día", "To one year of the massacre …, the day of today …
			// for the 18 dead": the day the story marks is the anniversary;
			// the deaths fell on that day a year before.
			n := 0
			if d.anniversaryBefore(pi, si, c.i, false) {
				n = 1
			} else if dm.end <= s[c.i].Start {
				// "marched on Friday to mark a year since the Dec. 15
				// killings of 10 people": the years named between the
				// story's day and the count; a day after the count is its
				// own ("580 people were arrested … by dawn on Monday").
				n = anniversaryYears(s[:c.i])
			}
			if n > 0 {
				cd.Date = d.opt.Published.AddDate(-n, 0, 0).Format(time.DateOnly)
			}
		}
		d.anniversaryHarmDate(pi, si, s[c.i].Start, &cd, mourned[n])
		d.claims[c.claim].Data = cd
	}
	wholesHere := func() {
		for n, c := range spots {
			// A part of a count of the same sentence that names no day of its
			// own has its whole's date, or none when the whole has none:
			// "Police said they arrested 63 people, 11 of them for looting",
			// "It also counted 67 deaths, 49 of them in clashes".
			cd := d.claims[c.claim].Data.(CountData)
			if cd.PartOf == nil || d.heldNow(s, c) {
				continue
			}
			// "carried the coffins of five of the 10 people killed on
			// Tuesday", MT "veiled … the bodies of 6 of the 8 persons who
			// died in the operation … of the Tuesday": the mourned part is
			// of its whole right after it; the day of the funeral is
			// neither's, so the part takes its whole's date.
			mournedOfNext := mourned[n] && n+1 < len(spots) && d.claims[spots[n+1].claim].Start == cd.PartOf.Start
			if pick[n] >= 0 && !mournedOfNext && !(cd.Category == "cases" && (cd.Date == "" || n > 0 && idx[pick[n]] >= spots[n-1].j && idx[pick[n]] < c.i)) {
				// "presentó ayer 31 querellas por apremios … desde el 18 de
				// octubre, 12 de ellas …": a span between a complaints' whole
				// and its part is the harm's, so the part takes its whole's
				// filing date, as does one whose day is the harm's ("52 de
				// ellas vinculadas a los hechos del 9 de enero"); other parts
				// keep a day of their own.
				continue
			}
			for _, o := range spots {
				if od := d.claims[o.claim].Data.(CountData); d.claims[o.claim].Start == cd.PartOf.Start && o.claim != c.claim && !d.undatedPastSemicolon(s, o, c) && !(cd.Category == "other" && namesItsEvent(s, o)) {
					cd.Date, cd.Since, cd.DatePrecision = od.Date, od.Since, od.DatePrecision
					d.claims[c.claim].Data = cd
				}
			}
		}
	}
	wholesHere()
	for n, c := range spots {
		// "Eighteen of the deaths occurred in the Puno region, 17 of them in
		// Juliaca on January 9": a part opening a later sentence with its
		// number and "of the" its whole of an earlier sentence takes that
		// whole's date (round 36), though a day of a later count stands in
		// its sentence.
		// So does a part in its own words in a sentence with no day at all,
		// past a sentence of other parts ("De ellos, 48 murieron … La
		// región más afectada es Puno, con 21 víctimas mortales"), not one
		// opening on its whole ("Of them", "De los heridos, …").
		cd := d.claims[c.claim].Data.(CountData)
		if cd.PartOf == nil || cd.Date != "" || pick[n] >= 0 {
			continue
		}
		ofThe := c.i+2 < len(s) && s[c.i+1].is("of", "de") && s[c.i+2].is("the", "los", "las")
		later := n+1 < len(spots) && len(dates) > 0 && ofThe
		for k := range idx {
			later = later && idx[k] >= spots[n+1].i
		}
		ownWords := len(dates) == 0 && !opensWithSubset(s) && !d.attributedPart(s, cd) && !subsetClause(s, c.i) && !foundOfMissing(cd) && !d.heldNow(s, c) && !stateNow(s, c.i, c.j) && !ofThemUpTo(s, c.j+3)
		if !later && !ownWords {
			continue
		}
		for _, r := range d.countRefs {
			w := d.claims[r]
			if wd, ok := w.Data.(CountData); ok && w.Start == cd.PartOf.Start && w.Start >= d.paras[pi].Start && w.End <= sentenceSpan(s).Start && wd.Date != "" {
				cd.Date, cd.Since, cd.DatePrecision = wd.Date, wd.Since, wd.DatePrecision
				d.claims[c.claim].Data = cd
			}
		}
	}
	// A whole that took its date from one of an earlier sentence just now
	// gives it to its own parts here: "El departamento más afectado fue el
	// Valle del Cauca, con 46 homicidios, 35 de ellos en Cali".
	wholesHere()
}

// ofThemUpTo reports whether "of them"/"de ellos" stands in s[:e]
// ("Cincuenta y una de ellas fueron halladas con vida y tres sin vida",
// "donde 11 de ellos denunciaron …"): "N of them" and the parts joined to
// it take no date of their whole, as round 24 settled.
func ofThemUpTo(s []token, e int) bool {
	for t := 1; t < e && t < len(s); t++ {
		if s[t-1].is("of", "de") && s[t].is("them", "ellos", "ellas", "these", "those", "estos", "estas", "esos", "esas") {
			return true
		}
	}
	return false
}

// amongTheHarmed reports whether a count's own words make it a part of
// the people harmed told before ("Police said 13 officers were among the
// injured", "Two teenagers were among the dead", "con 21 de los
// fallecidos"): a part in its own words, which takes its whole's day as
// the conventions have it, even when no count links it to that whole.
func amongTheHarmed(s []token, c countSpot) bool {
	for t := c.j; t+2 < len(s) && t <= c.j+4; t++ {
		if s[t].Text == "," || s[t].Text == "." {
			return false
		}
		// "two of those arrested", "tres de esos heridos": a demonstrative
		// points back to the harmed as the article does.
		if s[t].is("among", "of", "de", "entre") && s[t+1].is("the", "los", "las", "those", "these", "esos", "esas", "estos", "estas", "aquellos", "aquellas") {
			if _, _, ok := categoryLex.match(s, t+2); ok {
				return true
			}
			if s[t+2].is("bodies", "corpses", "cuerpos", "cadaveres") {
				return true // "ocho de los cuerpos presentaban impactos de bala": the dead told by their bodies
			}
		}
	}
	return false
}

// eventDayBesideSince returns the last plain day of the sentence ps when
// its "since" period dm opens no event clause of its own (", cuando …",
// ", when …"): "llegaron el martes 7 … a desbloquear el puente, cerrado
// desde el 4 de enero": a count that points back to "the operation" is
// that day's, the period being only how long the place stood so.
func eventDayBesideSince(ps []token, days []dateMention, dm dateMention) *dateMention {
	e := tokenIndex(ps, dm.end-1) + 1
	if e+1 < len(ps) && ps[e].Text == "," && ps[e+1].is("when", "cuando") {
		return nil
	}
	for k := len(days) - 1; k >= 0; k-- {
		if days[k].data.Precision == "day" && !days[k].data.Since && !spanOfDays(days[k]) && days[k].start < dm.start {
			return &days[k]
		}
	}
	return nil
}

// firstDayOf returns the first day of a "since" period as a day of its
// own.
func firstDayOf(dm dateMention) *dateMention {
	dm.data.Since, dm.data.From, dm.data.To = false, "", ""
	first := dm.set(rastro.DateOf(dm.date.First()), "day", false)
	return &first
}

// whenClause reports whether s[e:i] opens a clause with ", when"/",
// cuando" that runs on to s[i] with no other break.
func whenClause(s []token, e, i int) bool {
	if e+1 >= i || s[e].Text != "," || !s[e+1].is("when", "cuando") {
		return false
	}
	for t := e + 2; t < i; t++ {
		if s[t].Text == "," || s[t].Text == ";" {
			return false
		}
	}
	return true
}

// harmedAgain reports whether a count of s is among the harmed told
// before ("two of those arrested").
func harmedAgain(s []token, spots []countSpot) bool {
	for _, c := range spots {
		if amongTheHarmed(s, c) {
			return true
		}
	}
	return false
}

// placesDay finds the day the sentence ps, which names several days, ties
// to the count's one place: "… in Sacaba on Nov. 15 and … in El Alto on
// Nov. 19. Nine people died in Sacaba; in Senkata, 10 more": each count
// takes the day written beside its own place, in the same conjunct (after
// it, else before it), not the last day named.
func (d *doc) placesDay(ps []token, days []dateMention, cd CountData) *dateMention {
	if len(cd.Places) != 1 || len(days) < 2 {
		return nil
	}
	distinct := false
	for _, dm := range days {
		distinct = distinct || dm.data.Value != days[0].data.Value
	}
	if !distinct {
		return nil
	}
	sp := sentenceSpan(ps)
	var found *dateMention
	for _, m := range d.places {
		if m.start < sp.Start || m.end > sp.End || m.dateline || m.data.Key() != cd.Places[0].ID {
			continue
		}
		at := tokenIndex(ps, m.start)
		var day *dateMention
		for k := range days {
			if di := tokenIndex(ps, days[k].start); di > at && !conjunctBetween(ps, at, di) {
				day = &days[k]
				break
			}
		}
		for k := len(days) - 1; k >= 0 && day == nil; k-- {
			if di := tokenIndex(ps, days[k].start); di < at && !conjunctBetween(ps, di, at) {
				day = &days[k]
			}
		}
		if day == nil || found != nil && found.data.Value != day.data.Value {
			return nil
		}
		found = day
	}
	return found
}

// placesDaysAhead gives each count the day its sentence wrote beside the
// count's own place before the first count, when the sentence opens with
// several places each on its day: "the events in Sacaba on 15 November
// 2019 and in Senkata on 19 November 2019 constitute massacres: 10 people
// were killed in Sacaba and 10 in Senkata". A count that names its place
// in its own words takes that place's day, not the last day named nor
// none for two days.
func (d *doc) placesDaysAhead(s []token, spots []countSpot, dates []dateMention, idx []int, pick []int) {
	head := 0 // the dates before the first count
	for head < len(dates) && idx[head] < spots[0].i {
		head++
	}
	if head < 2 {
		return
	}
	for n, c := range spots {
		if pick[n] >= head {
			continue // a day of its own after the opening
		}
		bound := len(s)
		if n+1 < len(spots) {
			bound = spots[n+1].i
		}
		cd := d.claims[c.claim].Data.(CountData)
		if !d.namesPlace(s[c.i:bound], cd) {
			continue
		}
		own := d.placesDay(s[:tokenIndex(s, dates[head-1].end-1)+1], dates[:head], cd)
		for k := range dates[:head] {
			if &dates[k] == own {
				pick[n] = k
			}
		}
	}
}

// echoesOnly reports whether every date of a sentence only points back to
// a day named before ("that afternoon", "ese día").
func echoesOnly(dates []dateMention) bool {
	for _, dm := range dates {
		if dm.kind != echoKind {
			return false
		}
	}
	return len(dates) > 0
}

// namesPlace reports whether the sentence s names the count's one place
// itself ("Nine people died in Sacaba"), rather than carrying it.
func (d *doc) namesPlace(s []token, cd CountData) bool {
	sp := sentenceSpan(s)
	for _, m := range d.places {
		if m.start >= sp.Start && m.end <= sp.End && len(cd.Places) == 1 && m.data.Key() == cd.Places[0].ID {
			return true
		}
	}
	return false
}

// conjunctBetween reports whether "and", "y" or a semicolon stands between
// s[a] and s[b]: the words there belong to two conjuncts.
func conjunctBetween(s []token, a, b int) bool {
	for t := a + 1; t < b && t < len(s); t++ {
		if s[t].is("and", "y", "e") || s[t].Text == ";" {
			return true
		}
	}
	return false
}

// missingReported reports whether the missing people counted at spots[n]
// stand in a reported clause of their own, opened by "and that" after a
// count and the day at s[at] before it ("…said that 24 people had died
// since … April 28, and that 89 people were listed as missing"): how many
// are missing as the source speaks, not within the period of the deaths.
func (d *doc) missingReported(s []token, spots []countSpot, n, at int) bool {
	c := spots[n]
	return n > 0 && at < c.i && andThatBetween(s, at, c.i) && andThatBetween(s, spots[n-1].j, c.i) &&
		d.claims[c.claim].Data.(CountData).Category == "disappeared"
}

// readTwice reports whether the lone person at o is read again by the count
// c right after it, as machine-translated English writes one victim ("the
// day of yesterday a dead one and 46 wounded ones": "a dead" and "one"):
// a date before the first is the second's too, since the first will drop.
func (d *doc) readTwice(s []token, o, c countSpot) bool {
	od, cd := d.claims[o.claim].Data.(CountData), d.claims[c.claim].Data.(CountData)
	return c.i-o.j == 1 && od.Min == 1 && od.Max == 1 && cd.Min == 1 && cd.Max == 1 && od.Category == cd.Category &&
		s[o.i].is("a", "an", "un", "una") && s[c.i].is("one", "uno", "una")
}

// bareDateLine reports whether the sentence s only names a place and a day,
// as a story's opening line does ("Montero, 12 de noviembre.", MT
// "Santiago, 29 of October."): the day it was filed, which dates no count
// after it, as a dateline's day does not.
func (d *doc) bareDateLine(s []token) bool {
	dates := d.datesIn(sentenceSpan(s))
	if len(dates) != 1 || len(s) > 10 || len(s) == 0 || !s[0].Cap {
		return false
	}
	for _, t := range s {
		inDate := t.Start >= dates[0].start && t.End <= dates[0].end
		if !inDate && !t.Cap && t.Text != "," && t.Text != "." && !t.is("de", "of", "del") && !(t.Kind == tokNumber && t.Start >= dates[0].start-3) {
			return false
		}
	}
	return true
}

// undatedPastSemicolon reports whether the part at c, after a semicolon
// that follows its whole at o, takes no date from it: told "in N cases"
// ("…; in 74 cases the victims suffered eye injuries", as the README's
// convention reads it), or telling a later fate of the whole's people,
// the wounded taken to hospital or the missing found ("…; de ellas, 84 ya
// fueron localizadas", "…; two of them were later transferred"), which is
// not the harm's day. A part of the harm itself ("…; 38 de ellas sufrieron
// lesiones en los ojos") keeps it, as the sets label it.
func (d *doc) undatedPastSemicolon(s []token, o, c countSpot) bool {
	if o.j > c.i || !semicolonBetween(s, o.j, c.i) {
		return false
	}
	semi := c.i - 1
	for s[semi].Text != ";" {
		semi--
	}
	whole, part := d.claims[o.claim].Data.(CountData).Category, d.claims[c.claim].Data.(CountData).Category
	return casesPart(s[semi+1:]) || laterState(whole, part, s, c.j) || whole == "disappeared" && part == "other"
}

// foundOfMissing reports whether a part counts missing people later found
// ("36 of those had since been found alive"): their finding is not the
// day the whole went missing, so a later sentence's part takes none, as
// one past a semicolon does.
func foundOfMissing(cd CountData) bool {
	return cd.PartOf != nil && cd.PartOf.Category == "disappeared" && cd.Category == "other"
}

// complaintsOwnDate reports whether a date the count's sentence (or the
// sentence before, carried) gives a count of complaints, case files or
// lawsuits is the date of the complaints themselves ("filed in August",
// "this Tuesday it was presented 15 denunciations") rather than of the harm
// they are over: a span ("entre el 18 de octubre y el 31 de diciembre
// interpuso 214 querellas", "since the protests began"), a date after the
// words naming the harm ("over beatings … between October and December",
// "por las lesiones … durante el paro de enero") and the day of the events
// told in the sentence before are the harm's, and give the complaints no
// date (the convention settled in round 21).
func complaintsOwnDate(s []token, c countSpot, prevEnd, at int, dm dateMention, carried bool) bool {
	if carried && !samePeriod(s, 0, len(s)) {
		// "…los familiares del dirigente fallecido el 11 de enero exigieron
		// justicia. La Fiscalía ha abierto 12 carpetas … por las lesiones":
		// the day before is the harm's, as a span after "por" would be.
		// "En el mismo período, presentó 2.520 querellas por …" files them
		// in the period pointed back to.
		at = len(s)
	}
	if !carried && !dm.data.Since && !incidentCases(s, c) && eventsTime(s, at, tokenIndex(s, dm.end-1)+1) {
		return false // "Tras la crisis postelectoral de 2019, la Fiscalía abrió 1.495 causas", "complaints lodged after the 2019 unrest"
	}
	if at < c.j {
		// "charges in 132 cases of abuse committed during the 2019
		// protests, out of more than 8,500 complaints", "over the 2019
		// unrest, out of 8,581 complaints": a date right after a harm's
		// words before the complaints is the harm's span too.
		for t := at - 1; t >= 0 && t >= at-3; t-- {
			if s[t].is("over", "committed", "cometidos", "cometidas", "occurred", "ocurridos", "ocurridas") {
				return false
			}
		}
		// "have detained more than 15,000 people since October 18, …, and
		// the Institute has filed 442 complaints": the span in the clause
		// of a count before, past ", and", dates no filing; one opening
		// the sentence frames both ("Al 30 de diciembre, … había constatado
		// 3.583 heridos … y había presentado 1.080 acciones").
		if !(prevEnd >= 0 && prevEnd <= at && commaAndBetween(s, at, c.i)) {
			return true
		}
	}
	if incidentCases(s, c) {
		return true // "28 casos de violencia policial … durante la jornada del 15 de febrero": incidents, not complaints
	}
	if at < c.j {
		return false
	}
	harm := false
	for t := c.j; t < at && t < len(s); t++ {
		switch {
		case s[t].is("over") && (t+1 == at || t+2 == at && s[t+1].is("the")):
			// "over the first five months of the year": a span of time, not a harm
		case s[t].is("into", "for", "por", "behalf") && dm.data.Since:
			// "has opened 26 investigations into deaths … since December 7",
			// "received 23 complaints for abuse of authority since the 28 of
			// April", "filed 1,080 legal complaints on behalf of protesters
			// since Oct. 17": the openings run since then; "into deaths … during
			// the protests of January" dates the deaths, and so does
			// "por las muertes ocurridas desde" (the harm's own verb, below).
		case s[t].is("por", "for", "over", "about", "concerning", "involving", "sobre", "committed", "cometidos", "cometidas",
			"into", "behalf", "victims", "victimas", "caused", "causadas", "causados", "inflicted", "atribuidos", "atribuidas",
			"occurred", "ocurridas", "ocurridos", "ocurrida", "ocurrido", "linked", "related", "vinculadas", "vinculados", "relacionadas", "relacionados"):
			// "investigations into deaths … during the protests of January",
			// "on behalf of victims of the October 2019 unrest", "52 de
			// ellas vinculadas a los hechos del 9 de enero"
			harm = true
		case filingWord(s[t]):
			harm = false // "23 denunciations for torture were presented … in the month of January"
		}
	}
	return !harm
}

// originPhrase reports whether the place at s[at] is where the people
// counted before it came from, in the words right after their figure: "Un
// comunero de la provincia de Chumbivilcas murió", "A farmer from Ilave
// was killed"; not where the harm happened ("heridos en Juliaca").
func originPhrase(s []token, j, at int) bool {
	if at-j > 6 || at <= j {
		return false
	}
	from := false
	for t := j; t < at && t <= j+2; t++ {
		from = from || s[t].is("de", "from")
	}
	for t := j; t < at; t++ {
		if s[t].is("en", "in", "at", "near", "cerca") {
			return false
		}
	}
	return from
}

// filingBefore returns the last date in the clause of complaints before
// their number, after the count before them, when the date after them was
// the harm's and a verb of filing stands next to it: "presentó ayer 31
// querellas por apremios … desde el 18 de octubre", "El INDH presentó en
// diciembre 22 querellas por lesiones … durante las manifestaciones de
// octubre" are dated by their filing. The filing verb makes such a day
// look like a report's, so all the sentence's dates are looked at.
func (d *doc) filingBefore(s []token, spots []countSpot, n int) *dateMention {
	c, from := spots[n], 0
	if n > 0 {
		from = spots[n-1].j
	}
	all := d.datesIn(sentenceSpan(s))
	for k := len(all) - 1; k >= 0; k-- {
		at, end := tokenIndex(s, all[k].start), tokenIndex(s, all[k].end)
		if at >= c.i || at < from || all[k].data.Since || clauseBreak(s, at, c.i) || semicolonBetween(s, at, c.i) {
			continue
		}
		// The verb right before the day ("presentó ayer", "presentó en
		// diciembre"), with only the day between it and the number: "said
		// on Thursday it had filed 2,520 complaints" is the day of the
		// statement.
		if end != c.i && !(end < len(s) && end+1 == c.i) {
			continue
		}
		for t := max(from, at-2); t < at; t++ {
			if filingWord(s[t]) {
				return &all[k]
			}
		}
	}
	return nil
}

// filingWord reports whether t is a verb of filing or receiving
// complaints: "filed", "presentadas", "recibió", "interpuso"; "abrió"
// as "opened" ("abrió hasta este sábado 48 investigaciones").
func filingWord(t token) bool {
	return t.is("filed", "presented", "lodged", "submitted", "received", "registered", "opened", "abrio", "abrieron") ||
		strings.HasPrefix(t.Norm, "presentad") || t.is("presento", "presentaron") || strings.HasPrefix(t.Norm, "interpu") ||
		strings.HasPrefix(t.Norm, "recibi") || strings.HasPrefix(t.Norm, "registrad")
}

// undatedWhole reports whether a part of complaints belongs to a count of
// complaints that has no date ("46 complaints over beatings … between
// October and December. Eleven of the complaints involve minors"): the part
// is over the same harm, so the harm's span is not its date either.
func (d *doc) undatedWhole(cd CountData) bool {
	if cd.PartOf == nil || cd.PartOf.Category != "cases" {
		return false
	}
	for _, cl := range d.claims {
		if wd, ok := cl.Data.(CountData); ok && cl.Start == cd.PartOf.Start {
			return wd.Date == ""
		}
	}
	return false
}

// sceneClause returns the index into idx of the last date in the clause
// right before the semicolon that opens the count's clause, when that
// clause counts nothing and the count's own clause names no date; else -1.
func sceneClause(s []token, spots []countSpot, idx []int, c countSpot) int {
	semi := -1
	for t := c.i - 1; t >= 0; t-- {
		if s[t].Text == ";" {
			semi = t
			break
		}
	}
	if semi < 0 {
		return -1
	}
	end := len(s)
	for t := c.j; t < len(s); t++ {
		if s[t].Text == ";" {
			end = t
			break
		}
	}
	start := 0
	for t := semi - 1; t >= 0; t-- {
		if s[t].Text == ";" {
			start = t + 1
			break
		}
	}
	for _, o := range spots {
		if o.i >= start && o.j <= semi {
			return -1
		}
	}
	for t := semi + 1; t < c.i; t++ {
		// "…; the protests that followed left 50 dead": a later event.
		if s[t].is("followed", "siguieron", "siguio", "posteriores", "subsequent", "later", "despues") {
			return -1
		}
	}
	pick := -1
	for k, i := range idx {
		if i > semi && i < end {
			return -1
		}
		if i >= start && i < semi {
			pick = k
		}
	}
	return pick
}

// ownSpan reports whether a sentence names its own span of time in
// words ("during the 11 days of protests", "durante los 18 días del
// paro", "in the three weeks of the strike"), so it takes no day of the
// sentences before.
func ownSpan(s []token) bool {
	for t := 0; t+2 < len(s); t++ {
		if !s[t].is("during", "durante", "in", "en", "over", "throughout", "tras") {
			continue
		}
		k := t + 1
		if s[k].is("the", "los", "las", "its", "sus") {
			k++
		}
		if k+1 < len(s) && (s[k].Kind == tokNumber || isNumberStart(s, k)) {
			for n := k + 1; n < len(s) && n <= k+3; n++ {
				if s[n].is("days", "dias", "weeks", "semanas", "months", "meses", "day", "week", "month") {
					return true
				}
			}
		}
	}
	return false
}

// quoted reports whether a sentence holds a quotation mark.
func quoted(s []token) bool {
	for _, t := range s {
		if _, ok := quotePairs[t.Text]; ok {
			return true
		}
	}
	return false
}

// loneVictimOpens reports whether a sentence opens with one victim and
// the harm done to them ("A 17-year-old boy died in hospital on Sunday",
// "Un comunero murió el lunes"): its day is that person's, as a count's
// is, not the scene of the counts after it.
func (d *doc) loneVictimOpens(s []token) bool {
	k := 0
	for k < len(s) && (d.inDateline(s[k].Start) || s[k].Kind != tokWord) {
		k++ // "PUYO, Ecuador (Reuters) - A 23-year-old …"
	}
	// "Another man died on Tuesday in Puyo", "Otro comunero murió": one
	// more victim is still one victim with his own day.
	if !(k+2 < len(s) && s[k].is("a", "an", "un", "una", "another", "otro", "otra")) {
		return false
	}
	if singleVictim(s, k+1) {
		return true
	}
	// "A seventh man, a 22-year-old bricklayer, died of his wounds": past
	// an apposition set off by commas after the person.
	for p := k + 2; p < len(s) && p <= k+4; p++ {
		if s[p].Text != "," {
			continue
		}
		for q := p + 1; q < len(s) && q <= p+10; q++ {
			if s[q].Text == "," {
				rest := append(append([]token{}, s[:p]...), s[q+1:]...)
				return singleVictim(rest, k+1)
			}
		}
		break
	}
	return false
}

// pointsBack reports whether a sentence places what it tells at the scene
// of the sentence before ("Two Indigenous men were wounded there"), so it
// shares that sentence's day even after shots counted there.
func pointsBack(s []token) bool {
	for t, k := range s {
		if k.is("alli", "ahi", "alla") || k.is("there") && !(t+1 < len(s) && s[t+1].is("were", "was", "are", "is", "have", "has", "had")) {
			return true
		}
	}
	return false
}

// attributedPart reports whether the sentence opens with "N of them", "N
// de ellos" past an attribution ("Según la Coordinadora …, 17 de ellos
// murieron por impactos de bala", "According to the forensic reports, 9 of
// them died …"), a part of the whole before that takes no date, as one
// opening the sentence bare does. Not a part of detainees: the sets date
// those by the arrest (r27a-16, rg-16, mze-16 against rf-05, nl-04), while
// parts of the dead, the hurt or the held read no date (rzzzb-01, rzzzc-05,
// rzzzf-01, mzzt-14, rzt-03, rzzk-11, none against).
func (d *doc) attributedPart(s []token, cd CountData) bool {
	if len(s) < 3 || !(s[0].is("segun") || s[0].is("according") && s[1].is("to") || s[0].is("de") && s[1].is("acuerdo")) {
		return false
	}
	if w := d.wholeClaim(cd); w < 0 || d.claims[w].Data.(CountData).Category == "detained" {
		return false
	}
	for k := 2; k < len(s)-1 && k <= 20; k++ {
		if s[k].Text != "," {
			continue
		}
		r := s[k+1:]
		if _, o, ok := qualifierLex.match(r, 0); ok {
			r = r[o:]
		}
		// "17 de ellos", "9 of them", "en siete casos"; not "23 of the
		// wounded ones", a part in its own words, which takes its whole's
		// date.
		if casesPart(r) {
			return true
		}
		if len(r) > 3 && (r[0].Kind == tokNumber || numberValue(r[0].Norm) > 0) {
			return r[1].is("of", "de") && r[2].is("them", "ellos", "ellas") // the first count past the attribution
		}
	}
	return false
}

// relativePart reports whether the part at s[i] opens a relative clause of
// its own: ", of which 38 were found", ", de los cuales 10 murieron", ",
// of whom 76 were minors".
func relativePart(s []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s[k].is("which", "whom", "cuales", "quienes") {
			return true
		}
		if s[k].Text == "," {
			break
		}
	}
	return false
}

// occasionNouns name one event of a day, pointed back to by "esa
// jornada", "the march", "ese operativo".
var occasionNouns = map[string]bool{"jornada": true, "operativo": true, "operation": true, "operative": true, "march": true,
	"marcha": true, "protest": true, "protesta": true, "clash": true, "clashes": true, "enfrentamiento": true,
	"enfrentamientos": true, "choques": true, "disturbios": true, "desalojo": true, "eviction": true, "intervencion": true,
	"represion": true, "crackdown": true, "raid": true, "allanamiento": true, "movilizacion": true, "mobilization": true,
	"planton": true, "confrontation": true, "confrontations": true, "confrontacion": true, "confrontaciones": true,
	"procedimiento": true, "procedure": true, "disturbances": true, "riots": true, "fighting": true, "dispersion": true, "dispersal": true,
	"desbloqueo": true, "unblocking": true, "incidentes": true, "incidents": true, "shooting": true, "journey": true, "vigilia": true, "vigil": true, "hechos": true}

// pointsToEvent reports whether the sentence ties what it counts to an
// event told before by a demonstrative or definite noun: "El organismo
// reportó además 23 heridos en esa jornada", "Durante ese operativo, 21
// personas fueron capturadas", "Police detained 17 people during the
// march"; so do "for injuries from the clashes" and "detained after the
// clashes", "desaparecidos tras el enfrentamiento" (round 50: five
// paragraphs read the clash's day there against one, 12z's wz-09).
func pointsToEvent(s []token) bool {
	// "El operativo dejó además 61 heridos", "The operation left 30
	// wounded": the occasion as the sentence's subject.
	if len(s) > 2 && s[0].is("el", "la", "the", "ese", "esa", "that") && occasionNouns[s[1].Norm] && !s[2].is("de", "del", "of", "in", "en") {
		return true
	}
	for k := 0; k+2 < len(s); k++ {
		if !s[k].is("en", "durante", "in", "during", "at", "from", "after", "tras") || !s[k+1].is("esa", "ese", "aquella", "aquel", "dicha", "dicho", "the", "that", "el", "la") && !pluralPointer(s[k+1]) {
			continue
		}
		n := k + 2
		if n+1 < len(s) && s[n].is("misma", "mismo", "same", "very", "mismas", "mismos") {
			n++ // "en la misma jornada", "during the same march"
		}
		if occasionNouns[s[n].Norm] && !(n+1 < len(s) && s[n+1].is("de", "del", "of", "in", "en")) {
			return true
		}
	}
	return false
}

// asOfPointedBack returns the day a sentence's "A esa fecha", "Hasta esa
// fecha", "by that date" points back to, when the sentence names no date
// of its own: the last date named before in the paragraph, past a "since"
// period ("al 13 de febrero se contabilizan 60 … heridas desde el 7 de
// diciembre … A esa fecha, 26 heridos continuaban hospitalizados"), and
// the last day of a period ("entre el 7 de diciembre y el 9 de marzo … A
// esa fecha, 11 personas permanecían hospitalizadas": 9 March). A state
// as of that date takes it, as a state with a day of its own does (README,
// round 38).
func (d *doc) asOfPointedBack(pi, si int, s []token) *dateMention {
	if !pointsToDate(s) || len(d.datesIn(sentenceSpan(s))) > 0 {
		return nil
	}
	for back := si - 1; back >= 0; back-- {
		prev := d.datesIn(sentenceSpan(d.paras[pi].sentences[back]))
		for k := len(prev) - 1; k >= 0; k-- {
			m := prev[k]
			if !m.data.Resolved || m.data.Since || m.kind == echoKind {
				continue
			}
			if m.data.To != "" && m.data.To != m.data.Value {
				m.data.Value, m.data.Precision, m.data.From = m.data.To, "day", ""
			}
			return &m
		}
	}
	return nil
}

// occasionDayIn returns the index in prev, the dates of the sentence ps,
// of the day nearest the occasion that s points back to where ps names it
// by the same noun ("The relatives … carried out this Friday a march in
// Sacaba, three years after the 15 of November of 2019 … The Police
// informed that 4 marchers were apprehended during the march": this
// Friday), or -1 when ps does not name it or has one date only.
func occasionDayIn(ps []token, prev []dateMention, s []token) int {
	if len(prev) < 2 {
		return -1
	}
	noun := ""
	for k := 0; k+2 < len(s) && noun == ""; k++ {
		if s[k].is("en", "durante", "in", "during", "at") && s[k+1].is("esa", "ese", "aquella", "aquel", "dicha", "dicho", "the", "that", "el", "la") && occasionNouns[s[k+2].Norm] {
			noun = s[k+2].Norm
		}
	}
	if noun == "" {
		return -1
	}
	best, bestDist := -1, 0
	for _, tk := range ps {
		if tk.Norm != noun {
			continue
		}
		for k, m := range prev {
			dist := tk.Start - m.end
			if m.start > tk.Start {
				dist = m.start - tk.Start
			}
			if best < 0 || dist < bestDist {
				best, bestDist = k, dist
			}
		}
	}
	return best
}

// actionDayOverHarm returns the day written before an `other` count in
// its sentence when the day the count took stands after it in the
// harm's words ("The Prosecutor's Office expanded this Tuesday the
// investigation against 11 military … for the deaths occurred the 15 of
// December of 2022"): officers acted against are dated by the action
// (README, round 41), the deaths' day is the harm's. Nil otherwise.
func actionDayOverHarm(s []token, c countSpot, cd CountData, dates []dateMention, idx []int, dm *dateMention) *dateMention {
	if cd.Category != "other" || dm == nil {
		return nil
	}
	at := -1
	for k := range dates {
		if dates[k].start == dm.start {
			at = idx[k]
		}
	}
	if at < c.j {
		return nil
	}
	harm := false
	for k := c.j; k+1 < at; k++ {
		if s[k].is("for", "por", "over", "by") && wordWithin(s, k+4, 3, "death", "deaths", "muerte", "muertes", "killing", "killings", "asesinato", "asesinatos", "homicidio", "homicidios") {
			harm = true
		}
	}
	if !harm {
		return nil
	}
	var before *dateMention
	for k := range dates {
		if idx[k] < c.i && !dates[k].data.Since {
			before = &dates[k]
		}
	}
	return before
}

// actedAgainst reports whether cd is an `other` count: people an action
// was taken against, dated by the action ("amplió este miércoles la
// investigación contra cuatro oficiales por las muertes ocurridas el 9 de
// enero"), or people held or in hospital, dated by their state; not the
// harm a later sentence points back to ("En esa jornada murieron 17
// civiles").
func actedAgainst(cd CountData) bool { return cd.Category == "other" }

// wentOnFromDay reports whether ps, the sentence before s, names no date
// and only counts that went on in a day carried from further back, while s
// points back to the event: "Dos personas murieron el lunes … durante los
// enfrentamientos … Otras 31 personas resultaron heridas, 14 de ellas con
// heridas de bala. Efectivos policiales aprehendieron a 19 personas
// durante los enfrentamientos": the clash pointed back to is the day's,
// past the sentence that went on from it. So does one going on from the
// counts before (goesOn: "En la misma jornada, Carabineros detuvo a 63
// personas … El seremi indicó que otras nueve personas fueron atendidas
// por heridas de perdigones").
func (d *doc) wentOnFromDay(ps, s []token, goesOn bool) bool {
	prevSpan := sentenceSpan(ps)
	if len(d.datesIn(prevSpan)) > 0 || d.dischargeIn(prevSpan) || quoted(ps) || !(pointsToEvent(s) && !relativeEvent(s) || goesOn) {
		return false
	}
	return d.lastCountIn(prevSpan) >= 0 && d.lastCountWhere(prevSpan, func(_ int, cd CountData) bool { return cd.Date == "" }) < 0
}

// pluralPointer reports whether t is a plural article or demonstrative
// before an occasion pointed back to: "en los disturbios", "durante los
// choques", "En los mismos incidentes", "in those clashes".
func pluralPointer(t token) bool {
	return t.is("los", "las", "esos", "esas", "aquellos", "aquellas", "dichos", "dichas", "those")
}

// relativeEvent reports whether the event pointed back to ("in the
// operation") sits in a relative clause that describes the people counted
// ("summoned 9 military that participated in the operation"), not the
// count's own occasion.
func relativeEvent(s []token) bool {
	for k := 0; k+2 < len(s); k++ {
		if s[k].is("in", "en", "during", "durante", "at") && occasionNouns[s[k+2].Norm] {
			for t := max(0, k-3); t < k; t++ {
				if s[t].is("that", "who", "which", "que", "quienes") {
					return true
				}
			}
		}
	}
	return false
}

// namesItsEvent reports whether the count's own words point back to the
// event told before: "De los más de 100 heridos de esa jornada, 23 …",
// "the 40 wounded of that day". Only that count is the event's: those
// still in hospital, a part after it or a count of their own ("Siete
// heridos de esa jornada siguen hospitalizados"), tell how things stand
// now.
func namesItsEvent(s []token, c countSpot) bool {
	for k := c.j; k+2 < len(s) && k <= c.j+2; k++ {
		if s[k].is("de", "of") && s[k+1].is("esa", "ese", "aquella", "aquel", "dicha", "dicho", "that") &&
			(occasionNouns[s[k+2].Norm] || s[k+2].is("day", "dia")) {
			return true
		}
	}
	// The count as the predicate of such a subject: MT "the wounded ones of
	// that operation are more of 30", "los heridos de esa jornada son 40".
	for k := max(0, c.i-6); k+3 < c.i; k++ {
		if s[k].is("de", "of") && s[k+1].is("esa", "ese", "aquella", "aquel", "dicha", "dicho", "that") &&
			(occasionNouns[s[k+2].Norm] || s[k+2].is("day", "dia")) && s[k+3].is("are", "were", "son", "fueron", "eran") {
			return true
		}
	}
	return false
}

// heldNow reports whether the count at c is of detainees still held
// ("…; nine remain in custody", "13 siguen detenidos"): how things stand
// now, so the part takes no day of its whole. Parts still in hospital
// keep it, as the labelled sets have them.
// The missing still not found are so too ("89 continue without being
// located", "otras dos personas no han sido ubicadas"), the state words
// often standing inside the count's own words.
func (d *doc) heldNow(s []token, c countSpot) bool {
	switch d.claims[c.claim].Data.(CountData).Category {
	case "detained":
		return stateNow(s, c.i, c.j)
	case "disappeared":
		if stateNow(s, c.i, c.j) {
			return true
		}
		for k := c.i; k < c.j+4 && k < len(s); k++ {
			if s[k].is("continue", "continues", "continuan", "siguen", "permanecen", "remain", "still", "aun", "todavia") ||
				s[k].is("no") && k+1 < len(s) && s[k+1].is("han", "ha") {
				return true
			}
		}
	}
	return false
}

// visitOnly reports whether a sentence without counts tells where and
// when a body went ("A delegation of the UN Human Rights Office visited
// Juliaca and Puno on January 30 and 31", "Una comisión del Congreso
// visitó los hospitales de Ayacucho …"): the people it then counts were
// met there, not harmed there and then, so the next sentence's counts
// take neither its places nor its dates.
func (d *doc) visitOnly(s []token) bool {
	if len(s) == 0 || d.lastCountIn(sentenceSpan(s)) >= 0 {
		return false
	}
	for v, t := range s {
		if !visitWord(t) || t.is("visit", "visita") {
			continue
		}
		for k := 0; k < v; k++ {
			if d.insideActor(s[k].Start) || s[k].is("delegation", "mission", "commission", "delegacion", "mision", "comision", "comitiva") {
				return true
			}
		}
	}
	return false
}

// mournedWords name what is left of the dead or done for them, and people
// who mourn them, besides kinWords: a count after them and "of the"/"de
// los" names the victims of an earlier event.
var mournedWords = map[string]bool{"families": true, "familias": true, "deudos": true, "bodies": true, "cuerpos": true,
	"remains": true, "restos": true, "coffins": true, "ataudes": true, "feretros": true, "funeral": true, "funerals": true,
	"funerales": true, "wake": true, "velorio": true, "burial": true, "entierro": true, "sepelio": true, "memory": true, "memoria": true}

// mournedCount reports whether the count at c is named as the dead whose
// relatives, bodies or funeral a sentence is about ("los familiares de
// los seis fallecidos en la provincia marcharon ayer", "Los cuerpos de los
// seis soldados que murieron … fueron trasladados ayer"): that day is the
// march's or the transfer's, the deaths' only when written in the count's
// own words ("de los 17 fallecidos el lunes", "for the 18 people killed
// in Juliaca on Jan. 9").
func mournedCount(s []token, c countSpot) bool {
	k := c.i - 1
	if k >= 0 && s[k].is("the", "los", "las") {
		k--
	}
	if k < 1 || !s[k].is("of", "de") {
		return false
	}
	return kinWords[s[k-1].Norm] || mournedWords[s[k-1].Norm]
}

// releasedCount reports whether the count at c is the object of a verb of
// release ("Were liberated yesterday the 19 detained during the eviction",
// "Police released on Thursday the 27 people arrested", "liberaron a los 12
// detenidos"): people harmed before, named at a later event.
func releasedCount(s []token, c countSpot) bool {
	for b := c.i - 1; b >= 0 && b >= c.i-6; b-- {
		if s[b].is("released", "liberated", "freed", "liberaron", "libero", "liberados", "liberadas", "excarcelados", "excarcelo", "excarcelaron") {
			return true
		}
		// Only the verb's day and the object's article between: "released
		// on Thursday the 27", "liberated yesterday the 19", "liberaron
		// ayer a los 12"; not "31 fueron liberados y 17 …".
		if _, wd := weekdays[s[b].Norm]; !wd && !s[b].is("the", "los", "las", "a", "on", "el", "ayer", "yesterday", "hoy", "today") {
			return false
		}
	}
	return false
}

// releaseBetween reports whether a verb of release or handing over, with
// the count as its pronoun object, stands between the count's end and a
// later day: "… y los liberaron ayer", "y los entregaron ayer a la
// Defensoría", "and freed them on Sunday".
func releaseBetween(s []token, e, at int) bool {
	for t := e; t < at && t < len(s); t++ {
		// The count the object of the release by a pronoun ("los
		// liberaron", "released them"), not its subject ("40 of them had
		// been freed by Thursday": the part released, on its day).
		if s[t].is("released", "liberated", "freed", "liberaron", "libero", "excarcelaron", "entregaron", "handed") &&
			(t > 0 && s[t-1].is("los", "las", "les") || t+1 < len(s) && s[t+1].is("them")) {
			return true
		}
	}
	return false
}

// buriedCount reports whether the count at c is the object of a verb of
// burial or wake, only its day and the object's article between ("were
// buried yesterday 6 of the 10", "buried on Saturday six of the", "fueron
// sepultados ayer seis de los"), as releasedCount does for a release.
func buriedCount(s []token, c countSpot) bool {
	for b := c.i - 1; b >= 0 && b >= c.i-6; b-- {
		if s[b].is("buried", "sepultados", "sepultadas", "sepultaron", "enterrados", "enterradas", "enterraron", "velaron", "velados", "veladas", "veiled", "mourned") {
			return true
		}
		if _, wd := weekdays[s[b].Norm]; !wd && !s[b].is("the", "los", "las", "a", "on", "el", "ayer", "yesterday", "hoy", "today", "este", "this") {
			return false
		}
	}
	return false
}

// ownWordsDay reports whether the date at s[at] stands in the count's own
// words after it, past only the harm, where and in what event it befell
// them: "17 fallecidos el lunes", "18 people killed in Juliaca on Jan. 9",
// "asesinadas en Huamanga el 15 de diciembre", "killed in last week's
// protests", not "… en la provincia marcharon ayer", "que murieron … en el
// río Ilave fueron trasladados ayer".
func ownWordsDay(s []token, j, at int) bool {
	for k := j; k < at; k++ {
		if _, e, ok := categoryLex.match(s, k); ok {
			k = e - 1
			continue
		}
		if _, e, ok := weaponLex.match(s, k); ok {
			k = e - 1 // "killed by bullets in Senkata on 19 November"
			continue
		}
		w := s[k].Norm
		if _, e, ok := whoLex.match(s, k); ok {
			k = e - 1 // "las diez personas que murieron … el 15 de diciembre"
			continue
		}
		if s[k].is("ones") {
			continue // MT "the 10 deceased ones of the 19 of November"
		}
		if s[k].is("when", "cuando") && !markBetween(s, k, at, ",") && !markBetween(s, k, at, ";") {
			// "the 10 people killed when soldiers opened fire on protesters
			// in Ayacucho on Dec. 15, 2022": a clause telling how the harm
			// befell them, whose day is the harm's.
			return true
		}
		if agentNouns[w] || s[k].is("police", "policia", "army", "ejercito", "troops", "tropas") || agentAdjective(s[k]) {
			continue // "shot dead by soldiers … on Dec. 15, 2022": who did it is of the harm too
		}
		if s[k].is("southern", "northern", "eastern", "western", "central", "southeastern", "southwestern", "northeastern", "northwestern", "nearby", "neighboring", "neighbouring") {
			continue // "Relatives of the 18 people killed in the southern city of Juliaca on Jan. 9, 2023": where, told with its bearing
		}
		if occasionNouns[w] && !s[k].is("march", "protest", "clash", "raid") || s[k].is("masacre", "matanza", "killings", "asesinatos") {
			// MT "The relatives of the 10 deceased in the operative of the
			// Tuesday 19 of November", "los deudos de los seis fallecidos en
			// el desalojo del lunes", "Los deudos de las diez víctimas de la
			// matanza del 15 de diciembre": the one event that harmed them,
			// named as a noun (not "march", "protest", "clash" or "raid",
			// which can be the mourners' verb).
			continue
		}
		if !s[k].Cap && !eventNouns[w] && !spanEvents[w] && !desdeTimeWords[w] && !placeNouns[w] && !s[k].is("in", "en", "at", "on", "the", "el", "la", "los", "las", "this", "esta", "este",
			"of", "de", "del", "near", "cerca", "and", "y", "who", "que", "during", "durante", "por", "by", "them", "ellos", "ellas", "whom", "cuales",
			"here", "there", "aqui", "alli", "past", "pasado", "pasada", "with", "con", "airport", "aeropuerto") { // "the 17 civilians killed here on Monday", MT "the 10 deceased ones in the bridge Huayllani the past 15 of November", "killed in clashes with police in this city on Jan. 9", "killed near Juliaca's airport on Jan. 9"
			return false
		}
	}
	return true
}

// agentAdjective reports whether t tells who led an operation, as an
// adjective ("los 10 fallecidos en el operativo militar y policial del 19
// de noviembre de 2019"): who did it is of the harm, as agentNouns are.
func agentAdjective(t token) bool {
	return t.is("militar", "policial", "militares", "policiales", "military", "militar-policial", "conjunto")
}

// placeNouns name a kind of place before its name: "en la provincia de",
// "in the district of".
var placeNouns = map[string]bool{"province": true, "provincia": true, "region": true, "district": true, "distrito": true,
	"city": true, "ciudad": true, "town": true, "river": true, "rio": true, "bridge": true, "puente": true}

// visitWord is a word of a body's visit: the verb or the noun.
func visitWord(t token) bool {
	return t.is("visited", "toured", "visito", "recorrio", "visitaron", "recorrieron", "visit", "visita")
}

// visitDate reports whether the date at s[at] is the days of a visit
// written just before it ("During its on-site visit to Chile from January
// 25 to 31", "the delegation, which visited Lima, Ica and Puno between 11
// and 13 January, said it had received reports of 20 people tortured"):
// the days the harm was heard of, no count's date.
func visitDate(s []token, spots []countSpot, at int) bool {
	for k := at - 1; k >= 0 && k >= at-12; k-- {
		if s[k].Text == "." || s[k].Text == ";" {
			return false
		}
		for _, c := range spots {
			if k >= c.i && k < c.j {
				return false
			}
		}
		if visitWord(s[k]) || stayOfBody(s, k) {
			return true
		}
	}
	return false
}

// stayOfBody reports whether s[k] tells where a visiting body was: "The UN
// … mission, which was in Chile from 30 October to 22 November", "la
// delegación, que estuvo en Puno del 11 al 13 de enero": a visit told by
// its stay.
func stayOfBody(s []token, k int) bool {
	if k < 3 || !s[k].is("was", "stayed", "estuvo", "permanecio") || !s[k-1].is("which", "that", "que", "la", "cual") {
		return false
	}
	for t := k - 2; t >= 0 && t >= k-4; t-- {
		if s[t].is("mission", "delegation", "team", "commission", "mision", "delegacion", "comision", "equipo") {
			return true
		}
	}
	return false
}

// pointsToDate reports whether the sentence dates what it counts by a
// pointer back to a date named before ("A esa fecha, 22 personas
// permanecían hospitalizadas", "As of that date", "Hasta dicha fecha"):
// even a state, how things stood then, takes that day.
func pointsToDate(s []token) bool {
	for k := 0; k+2 < len(s); k++ {
		if s[k].is("a", "hasta", "para", "of", "by", "until", "on") && s[k+1].is("esa", "dicha", "aquella", "that", "this") && s[k+2].is("fecha", "date") {
			return true
		}
		// "had been brought in by nightfall", "al anochecer": the close of
		// the day last named, as a tally's time.
		if s[k].is("by", "al") && s[k+1].is("nightfall", "anochecer") {
			return true
		}
	}
	return false
}

// samePeriod reports whether s[a:b] points back to a period named before:
// a word of reference before a noun of a stretch of time ("over the same
// period", "during that span", "en ese lapso", "en dicho periodo", MT "in
// the same lapse").
func samePeriod(s []token, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if s[k].is("same", "that", "this", "mismo", "ese", "este", "dicho", "aquel") && s[k+1].is("period", "periodo", "lapso", "lapse", "timeframe", "span") {
			return true
		}
		// "over the period", when nothing after names it ("the period
		// of the strike", "the period from …").
		if s[k].is("the") && s[k+1].is("period", "span") && (k+2 >= b || !s[k+2].is("of", "from", "between", "when", "in", "since")) {
			return true
		}
		// "en esas mismas jornadas", "during those same days", "in the
		// same weeks", MT "in the same nights": several days pointed back to (one day, "that day",
		// is left unsettled by the conventions).
		// A number may stand between ("en esos dos días", "over those
		// three weeks"): the same days, counted.
		u := k + 1
		if u+1 < b && (s[u].Kind == tokNumber || numberValue(s[u].Norm) > 1) {
			u++
		}
		if s[k].is("same", "those", "these", "mismos", "mismas", "esos", "esas", "dichos", "dichas", "aquellos", "aquellas") &&
			s[u].is("days", "weeks", "months", "nights", "dias", "jornadas", "semanas", "meses", "noches") {
			return true
		}
	}
	return false
}

// nationalAfter reports whether the words after a count, up to the next
// count or the end of its clause, say it covers the whole country:
// "48 people had died nationwide", "310 los detenidos a nivel nacional",
// MT "530 injured ones in all the country".
func nationalAfter(s []token, a, b int) bool {
	for k := a; k < b && k < a+14; k++ {
		if s[k].Text == ";" || s[k].Text == "." || s[k].Text == "," {
			return false
		}
		if s[k].is("nationwide", "nationally") || k+1 < len(s) && s[k].is("nivel", "level") && s[k+1].is("nacional", "national") ||
			k+1 < len(s) && s[k].is("national") && s[k+1].is("level") ||
			k+2 < len(s) && s[k].is("all", "todo", "across", "throughout") && s[k+1].is("the", "el") && s[k+2].is("country", "pais", "territorio", "territory") ||
			// MT "in the whole country", "in the entire country"
			k+2 < len(s) && s[k].is("the") && s[k+1].is("whole", "entire") && s[k+2].is("country", "territory") ||
			// "ya son 46 las personas fallecidas en el país", MT "166
			// resulted wounded in the country": a bare "in the country" is
			// the whole country's too, not the dateline's town.
			k+2 < len(s) && s[k].is("in", "en") && s[k+1].is("the", "el") && s[k+2].is("country", "pais") {
			return true
		}
	}
	return false
}

// nationalEvent reports whether a national strike follows a running total
// ("raises to 6 the deceased in the national strike", "son ya tres los
// fallecidos en el paro nacional"): it sums the country's, not the town's
// where the last one died.
func nationalEvent(s []token, a, b int) bool {
	for k := a; k+1 < b && k < a+8; k++ {
		if s[k].Text == "," || s[k].Text == ";" {
			return false
		}
		if s[k].is("paro", "huelga") && s[k+1].is("nacional") || s[k].is("national") && s[k+1].is("strike") {
			return true
		}
	}
	return false
}

// strikeEvent reports whether the strike the story follows, unqualified,
// stands after a running total ("suman seis los fallecidos en los 16 días
// de paro", MT "ascend to 6 the deceased from the beginning of the
// strike"): with no place of its own the total is the strike's, not the
// town's where the last one died, as nationalEvent reads "paro nacional";
// not "del paro regional", "the strike in Puno".
func strikeEvent(s []token, a, b int) bool {
	for k := a + 1; k+1 < b && k < a+10; k++ {
		if s[k].Text == ";" || s[k].Text == "." {
			return false
		}
		if s[k].is("paro", "huelga", "strike") && s[k-1].is("de", "del", "the") && !s[k+1].Cap &&
			!s[k+1].is("regional", "departamental", "provincial", "local", "in", "en", "de", "del", "of") {
			return true
		}
	}
	return false
}

// nationwide reports whether a sentence says its counts cover the whole
// country ("across the country", "en todo el país"): no town of the
// sentence before is theirs.
func nationwide(s []token) bool {
	return nationwideAt(s) >= 0
}

// nationwideAt returns the token where a sentence's words making its
// counts national start (nationwide), or -1.
func nationwideAt(s []token) int {
	for k := 0; k+1 < len(s); k++ {
		if s[k].is("nationwide", "nationally") ||
			s[k].is("the", "el") && s[k+1].is("country", "pais") && k > 0 && s[k-1].is("across", "throughout", "todo", "all", "around") ||
			// "A nivel nacional, el Ministerio … reportó 580 detenidos", "At
			// the national level", MT "in the whole country": as
			// nationalAfter reads the words after a count.
			s[k].is("nivel", "level") && s[k+1].is("nacional", "national") && k > 0 && s[k-1].is("a", "at", "the") ||
			s[k].is("whole", "entire") && s[k+1].is("country") && k > 0 && s[k-1].is("the") {
			return k
		}
	}
	return -1
}

// tollLink reports whether a toll is tied to the count before it in
// s[a:b]: "…en Juli, con lo que suman 49", "…, bringing the total to 71".
func tollLink(s []token, a, b int) bool {
	for t := a; t < b && t < len(s); t++ {
		if s[t].is("bringing", "raising", "taking", "elevando", "llevando", "sumando") || t+2 < len(s) && s[t].is("con") && s[t+1].is("lo") && s[t+2].is("que", "cual") ||
			t+1 < len(s) && s[t].is("with") && s[t+1].is("which") { // "with which", word for word from "con lo que"
			return true
		}
	}
	return false
}

// spanToll reports whether the clause s[a:b] raises a toll over a span of
// its own, or the country's, and names no place of its own ("bringing to
// 23 the number of deaths since the disputed election", "lifting the toll
// from a month of unrest to 29", "bringing the national toll to six"): the
// country's total, not the scene's that raised it; "bringing the toll from
// that day to two" and "the death toll in the city since April 28" keep
// theirs, as does a toll that rises by itself ("la cifra de fallecidos
// desde el 4 de enero se elevó a 21" after "en Ilave").
func spanToll(s []token, places []sentPlace, a, b int) bool {
	raised, span := false, false
	for t := a; t < b && t < len(s); t++ {
		if _, ok := anaphorAt(s, t); ok {
			return false
		}
		raised = raised || s[t].is("bringing", "raising", "lifting", "taking", "pushing", "brought", "raised", "lifted", "pushed", "elevando", "llevando")
		span = span || s[t].is("since", "desde", "month", "months", "weeks", "meses", "semanas", "national", "nacional")
	}
	for _, p := range places {
		if p.i >= a && p.i < b {
			return false
		}
	}
	return raised && span
}

// nationalWord reports whether s[a:b] calls what follows the country's:
// "raising the national toll to 44", "el saldo nacional".
func nationalWord(s []token, a, b int) bool {
	for t := a; t < b && t < len(s); t++ {
		if s[t].is("national", "nacional", "nationwide", "country's", "country’s", "pais") {
			return true
		}
	}
	return false
}

// clauseBreak reports whether a semicolon or a contrast ("while",
// "mientras") stands in s[a:b].
// commaAndBetween reports whether ", and"/", y" stands between a and b.
func commaAndBetween(s []token, a, b int) bool {
	for t := max(a, 1); t < b && t < len(s); t++ {
		if s[t].is("and", "y", "e") && s[t-1].Text == "," {
			return true
		}
	}
	return false
}

// andThatBetween reports whether "and that"/"y que" opens another
// reported clause between a and b.
func andThatBetween(s []token, a, b int) bool {
	for t := a; t+1 < b && t+1 < len(s); t++ {
		if !s[t].is("and", "y", "e") {
			continue
		}
		// "and indicated that", "y señaló que": a second report too.
		if s[t+1].is("that", "que") || saidVerbs[s[t+1].Norm] && t+2 < b && s[t+2].is("that", "que") {
			return true
		}
	}
	return false
}

// contrastBetween reports whether a clause of its own, set against the
// one before by "while"/"mientras"/"but", stands in s[a:b] ("…since the
// past Friday 18 ascends already to 15, …, while the detained ones are
// 2,643"), so the period of one is not the other's; not "while covering"
// (a time of the same clause) nor one that points back to the period
// ("mientras que … en el mismo lapso").
func contrastBetween(s []token, a, b int) bool {
	for t := a; t < b && t < len(s); t++ {
		if s[t].is("while", "mientras", "whereas", "but", "pero") {
			if t+1 < len(s) && (strings.HasSuffix(s[t+1].Norm, "ing") || strings.HasSuffix(s[t+1].Norm, "ndo")) || samePeriod(s, t, len(s)) {
				continue
			}
			return true
		}
	}
	return false
}

func clauseBreak(s []token, a, b int) bool {
	for t := a; t < b && t < len(s); t++ {
		if s[t].Text == ";" || s[t].is("while", "mientras", "whereas", "but", "pero") {
			return true
		}
	}
	return false
}

// continuesCount reports whether the count c goes on from one before it:
// "Otros seis fueron detenidos", "Another 12 were hurt", "12 more".
func continuesCount(s []token, c countSpot) bool {
	for t := max(0, c.i-2); t < len(s) && t <= c.j; t++ {
		if s[t].is("more", "mas") && t+1 < len(s) && s[t+1].is("than", "que", "de", "of") {
			continue // "more than 100 wounded", "más de 100 heridos", MT "more of 60": a bound, not more people
		}
		if s[t].is("otros", "otras", "other", "others", "another", "more", "mas", "further") {
			return true // "A further 1,152 people were detained"
		}
	}
	// "y que 8 personas más fueron atendidas": "más" after the count's noun.
	if e := c.j + 1; e < len(s) && s[e].is("mas") && s[c.j].Kind == tokWord && !(e+1 < len(s) && s[e+1].is("que", "de")) {
		return true
	}
	return false
}

// reporterAsides returns the token spans of relative clauses set off by
// commas after an institution or person that hold no count of the
// sentence: "The Commission, which visited Lima, Ica, Cusco and Puno in
// January, said it had received information on 57 deaths" names where and
// when the body went, not where or when the 57 died ("La marcha, que
// recorrió Puno, …" is about the event, and stays).
func (d *doc) reporterAsides(s []token, spots []countSpot) [][2]int {
	var out [][2]int
	for t := 1; t+1 < len(s); t++ {
		if s[t].Text != "," || !s[t+1].is("which", "who", "whose", "that", "que", "quien", "quienes", "cual", "cuya", "cuyo") || !d.actorEndsAt(s, t) {
			continue
		}
		end := t + 2
		// The clause runs past the commas of a list ("visited Lima, Ica,
		// Cusco and Puno in January, said") to a comma before a word in
		// lower case.
		for end < len(s) && s[end].Text != ";" && !(s[end].Text == "," && end+1 < len(s) && !s[end+1].Cap && s[end+1].Kind == tokWord && !s[end+1].is("and", "y")) {
			end++
		}
		if end >= len(s) || s[end].Text != "," {
			continue
		}
		counted := false
		for _, c := range spots {
			counted = counted || c.i > t && c.i < end
		}
		if !counted {
			out = append(out, [2]int{t, end})
		}
		t = end - 1
	}
	if a, ok := attributionTail(s, spots); ok {
		out = append(out, [2]int{a, len(s)})
	}
	if a, b, ok := speakersWhere(s, spots); ok {
		out = append(out, [2]int{a, b})
	}
	return out
}

// officialNouns name people who speak for a service or a town.
var officialNouns = map[string]bool{"officials": true, "authorities": true, "doctors": true, "autoridades": true,
	"funcionarios": true, "medicos": true}

// speakersWhere finds where the speakers of a sentence are placed before
// its verb of saying, when the count after that verb goes on from one
// before it ("Health officials in the Puno region said 68 others were
// wounded", "Las autoridades en Puno informaron que otros 12 …"): where
// the officials work, not where the others were hurt, who share the
// earlier count's place.
func speakersWhere(s []token, spots []countSpot) (int, int, bool) {
	if len(spots) == 0 || !continuesCount(s, spots[0]) {
		return 0, 0, false
	}
	for o := 0; o+2 < spots[0].i; o++ {
		if !officialNouns[s[o].Norm] || !s[o+1].is("in", "en") {
			continue
		}
		for v := o + 2; v < spots[0].i && v < o+9; v++ {
			if s[v].Text == "," || s[v].Text == ";" {
				break
			}
			if saidVerbs[s[v].Norm] {
				return o, v, true
			}
		}
	}
	return 0, 0, false
}

// attributionTail finds where a sentence's closing attribution opens
// after its last count ("…, según su informe presentado el martes",
// "…, according to its report of the Monday"): a day inside it is the
// day the source spoke, not the day of the counts before it.
func attributionTail(s []token, spots []countSpot) (int, bool) {
	if len(spots) == 0 {
		return 0, false
	}
	last := spots[len(spots)-1].j
	for t := len(s) - 1; t > last; t-- {
		if s[t].Text == ";" {
			return 0, false
		}
		if t > 0 && s[t-1].Text == "," && (s[t].is("segun") || t+1 < len(s) && (s[t].is("according") && s[t+1].is("to") || s[t].is("de") && s[t+1].is("acuerdo"))) {
			return t, !tallyAsOf(s[t:])
		}
		if t > 0 && s[t-1].Text == "," && saidWithin(s, t, 6) {
			// "…, four of them seriously, the force said in a statement on
			// Saturday": the day the source spoke.
			return t, true
		}
	}
	return 0, false
}

// eventsDay reports whether the day at s[at], after a running total at
// s[:j], is the day of an event named as the cause of what it counts: "el
// número de fallecidos por los enfrentamientos del jueves 15", "deaths in
// the clashes of Thursday".
func eventsDay(s []token, j, at int) bool {
	if at < len(s) && s[at].is("del", "de", "of", "on") {
		at++ // the date's words may take the "del" in: "del jueves 15"
	}
	if at > 1 && s[at-1].is("of", "de") && s[at-2].is("day", "dia") {
		at -= 2 // "los enfrentamientos del día de ayer", MT "of the day of yesterday"
	}
	if at > 1 && s[at-1].is("day", "dia") && s[at-2].is("the", "del", "el") {
		at-- // "los enfrentamientos del día lunes", MT "of the day Monday"
	}
	if at > 1 && s[at-1].is("past", "pasado", "pasada") && s[at-2].is("the", "del", "de", "of") {
		at-- // "por los hechos del pasado jueves", MT "by the events of the past Thursday 15 of December"
	}
	if at > 0 && s[at-1].is("the") {
		at-- // MT "by the confrontations of the Thursday 15 of December"
	}
	if at > 4 && s[at-1].is("del", "de", "of") && s[at-2].is("noche", "madrugada", "tarde", "manana", "night", "morning", "afternoon", "evening", "dawn") &&
		s[at-3].is("la", "the") && s[at-4].is("de", "of") {
		at -= 3 // "tras la represión de la noche del sábado": the event's part of the day
	}
	if at < j+3 || !s[at-1].is("del", "de", "of", "on") {
		return false
	}
	eventNoun := func(t token) bool {
		return t.is("enfrentamientos", "enfrentamiento", "clashes", "clash",
			"confrontations", "confrontation", "confrontaciones", "protestas", "protesta", "protests", "marcha", "marchas", "march",
			"choques", "disturbios", "represion", "repression", "operativo", "operative", "operation", "intervencion", "intervention", "desalojo", "masacre", "massacre",
			"events", "hechos", "sucesos", "incidents", "incidentes")
	}
	// The noun may take a short complement before its day: "el operativo
	// de militares y policías del martes", "el operativo militar y
	// policial del 19 de noviembre".
	m := at - 2
	for m > j && m > at-7 && !eventNoun(s[m]) && s[m].Kind == tokWord && !s[m].is("que", "which", "who", "that", "cuando", "when", "en", "in", "tras", "after") {
		m--
	}
	if !eventNoun(s[m]) {
		return false
	}
	for t := j; t < m; t++ {
		if s[t].Kind != tokWord {
			return false
		}
		// "tras la represión del jueves 15", "after Thursday's clashes":
		// the event the total counts, named as a noun, not a clause
		// ("after a student died on Thursday").
		if s[t].is("por", "for", "from", "in", "en", "during", "durante", "by", "tras", "after", "following") {
			return true
		}
	}
	return false
}

// tollSubjectDay reports whether the day at s[at] closes the subject of a
// running total that names what it counts and the one event it counts:
// "La cifra de fallecidos por los enfrentamientos del viernes", "the
// number of deaths in the clashes of Tuesday".
func tollSubjectDay(s []token, from, at int) bool {
	for k := at - 1; k >= from && k >= at-10; k-- { // MT "The number of dead ones by the operative of the past Tuesday"
		if s[k].is("cifra", "numero", "balance", "saldo", "toll", "number", "cantidad", "quantity", "figure") { // MT "The figure of wounded ones in the confrontations of the Thursday"
			return eventsDay(s, k+1, at)
		}
	}
	return false
}

// tollOfEventBefore reports whether a sentence ties a toll to an event told
// before by a demonstrative ("el número de fallecidos en ese operativo",
// "the number of deceased in that operative") or by "from the" ("the toll
// from the operation").
func tollOfEventBefore(s []token) bool {
	for k := 0; k+2 < len(s); k++ {
		if s[k].is("in", "en", "during", "durante", "from", "por", "of", "de") && s[k+1].is("that", "ese", "esa", "aquel", "aquella", "dicho", "dicha") && occasionNouns[s[k+2].Norm] ||
			s[k].is("from") && s[k+1].is("the") && occasionNouns[s[k+2].Norm] && k > 0 && s[k-1].is("toll") {
			return !(k+3 < len(s) && s[k+3].is("de", "del", "of", "in", "en"))
		}
	}
	return false
}

// tollBefore reports whether a toll's noun stands in the words before the
// count at s[i] ("put the toll from the operation at eight dead").
func tollBefore(s []token, i int) bool {
	return wordWithin(s, i, 8, "toll", "cifra", "balance", "saldo")
}

// tallyDay reports whether the day at s[at] is the day a tally stood as
// it did, after "as of", "until", "hasta" or "by" ("by Tuesday", "by the
// night of Monday"), not a day something happened on.
func tallyDay(s []token, at int) bool {
	if asOfDay(s, at) || s[at].is("by") {
		return true // the mention may open with its "by"
	}
	u := dayPartBefore(s, at) - 1
	if u >= 0 && s[u].is("the", "this") {
		u--
	}
	return u >= 0 && s[u].is("by")
}

// stoodAt reports whether the count at s[i] is a toll's state, not its
// rise: "Chile's death toll stood at 11 on Monday", "the toll stands at 15
// on Tuesday": the day right after is the day the total stood so, as an
// as-of day is.
func stoodAt(s []token, i int) bool {
	return i >= 2 && s[i-1].is("at") && s[i-2].is("stood", "stands", "stand")
}

// tallyAsOf reports whether an attribution names its tally's time, not the
// day the source spoke: "según el balance de la Defensoría del Pueblo al
// mediodía de ayer", "according to a tally as of Monday night". The
// counts are as of that time.
func tallyAsOf(s []token) bool {
	for k, t := range s {
		if !t.is("balance", "reporte", "corte", "conteo", "tally", "count", "report") {
			continue
		}
		for u := k + 1; u < len(s) && u <= k+8; u++ {
			if s[u].is("al", "hasta") || s[u].is("of") && s[u-1].is("as") {
				return true
			}
		}
	}
	return false
}

// saidWithin reports whether a speech verb closes the few words from s[t]
// on, with no mark between: "the force said", "said the ministry".
func saidWithin(s []token, t, n int) bool {
	for k := t; k < len(s) && k < t+n; k++ {
		if s[k].Kind != tokWord {
			return false
		}
		if saidVerbs[s[k].Norm] {
			return true
		}
	}
	return false
}

// actorEndsAt reports whether an institution or person is named right
// before s[t], its name perhaps run on in words the lexicon leaves out
// ("the Ombudsman of the People").
func (d *doc) actorEndsAt(s []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if d.insideActor(s[k].Start) {
			return true
		}
		if s[k].Kind != tokWord || !s[k].Cap && !s[k].is("of", "the", "de", "del", "la", "los") {
			return false
		}
	}
	return false
}

// mostlyIn reports whether the place at s[i] opens a list of places where
// most of a count happened: "95 injured across the south, most of them in
// Puno and Cusco", "70 detenidos, la mayoría de ellos en Lima y
// Arequipa". Several such places hold the count only in part, so no
// country is made of them; one ("about 60, most of them in Juliaca") is
// the count's place.
func mostlyIn(s []token, places []sentPlace, k int) bool {
	i := places[k].i
	if k+1 >= len(places) || !onlyListWords(s, places[k].end, places[k+1].i) {
		if k == 0 || !onlyListWords(s, places[k-1].end, i) {
			return false
		}
		return mostlyIn(s, places, k-1)
	}
	for b := i - 1; b >= 0 && b >= i-8; b-- {
		if s[b].is("most", "mostly", "mayoria", "mayormente") {
			return true
		}
		if !s[b].is("of", "them", "de", "ellos", "ellas", "in", "en", "the", "la", "los", "las", "regions", "regiones", "region") {
			return false
		}
	}
	return false
}

// worstHit reports whether the place p is named as the worst hit part of
// a wider count, in a clause of its own opened by "with", "con" or
// "siendo" ("49 people had died … since Dec. 7, with the southern Puno
// region hardest hit", "con Puno como la región más afectada"): a part of
// the count's ground, not its place.
func worstHit(s []token, p sentPlace) bool {
	opened := false
	for b := p.i - 1; b >= 0 && b >= p.i-6; b-- {
		if s[b].is("with", "con", "siendo") {
			opened = b > 0 && s[b-1].Text == ","
			break
		}
		if s[b].Text == "," || s[b].Text == ";" {
			break
		}
	}
	if !opened {
		return false
	}
	for t := p.end; t < len(s) && t < p.end+5; t++ {
		if s[t].Text == "," || s[t].Text == ";" || s[t].Text == "." {
			return false
		}
		if strings.HasPrefix(s[t].Norm, "hardest") || strings.HasPrefix(s[t].Norm, "worst") ||
			s[t].is("most", "mas") && t+1 < len(s) && s[t+1].is("affected", "afectada", "afectado", "golpeada", "golpeado", "castigada", "castigado") {
			// "with Valle del Cauca the worst-hit department: 49 deaths":
			// a breakdown after a colon gives the place a count of its own.
			for u := t + 1; u < len(s) && u < t+7 && s[u].Text != ","; u++ {
				if s[u].Text == ":" {
					return false
				}
			}
			return true
		}
	}
	return false
}

func insideAny(spans [][2]int, i int) bool {
	for _, sp := range spans {
		if i > sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

// nextReport reports whether a second reported clause ("and that",
// "y que") opens in s[a:b]: "said that 23 were still in hospital, and that
// 214 had been discharged since the start of the year" dates the 214 only.
func nextReport(s []token, a, b int) bool {
	for t := a + 1; t < b && t < len(s); t++ {
		if s[t].is("that", "que") && s[t-1].is("and", "y") {
			return true
		}
	}
	return false
}

// relativeWhere reports whether a relative "where"/"donde" opens in
// s[a:b]: "31 detained … in Arequipa, where the past Friday there were
// clashes" dates the clashes, not the count.
func relativeWhere(s []token, a, b int) bool {
	named := false // a person named after the count: "…, including Remo Candia, a community leader who was shot on 11 January"
	for t := a; t < b && t < len(s); t++ {
		if s[t].is("where", "donde") && t > 0 && s[t-1].Text == "," || named && s[t].is("who", "quien") {
			return true
		}
		// "…, according to a tally by Temblores, which also counted 1,617
		// victims … since April 28": the relative clause's own count.
		if s[t].is("which", "who", "que", "quien", "cual") && t > 0 && s[t-1].Text == "," && t+1 < len(s) && s[t+1].is("also", "ademas", "tambien") {
			return true
		}
		named = named || t > a && s[t].Cap && s[t].Kind == tokWord && s[t-1].Cap && s[t-1].Kind == tokWord
	}
	return false
}

// alsoBefore reports whether "also"/"además" stands within three words
// before the number at s[i]: the count adds to the ones before.
func alsoBefore(s []token, i int) bool {
	return wordWithin(s, i, 3, "ademas", "also", "asimismo", "tambien")
}

// insideWhere reports whether s[at] stands inside a relative clause opened
// by ", where"/", donde" and not yet closed by a comma.
func insideWhere(s []token, at int) bool {
	for t := at - 1; t > 0; t-- {
		if s[t].Text == "," || s[t].Text == ";" {
			return false
		}
		if s[t].is("where", "donde") && s[t-1].Text == "," {
			return true
		}
	}
	return false
}

// relativeBefore reports whether a relative pronoun opens a clause in
// s[a:b], right after a count's words: "one soldier who died in Juli".
func relativeBefore(s []token, a, b int) bool {
	for t := a; t < b && t < len(s) && t < a+3; t++ {
		if s[t].is("who", "quien", "quienes", "que") {
			return true
		}
	}
	return false
}

// ownCircumstance reports whether a count's own words in s[a:b] go on
// with "en"/"in" and a plural common noun, no place ("48 civiles en
// enfrentamientos", "11 personas en accidentes de tránsito", "47 in
// clashes", "8 en otros municipios"): a breakdown's item says how or
// where else, in the slot where a place would stand, and takes no place
// from the items beside it.
func ownCircumstance(s []token, places []sentPlace, a, b int) bool {
	for t := a; t+1 < b && t+1 < len(s) && t < a+2; t++ {
		if s[t].Text == "," || s[t].Text == ";" {
			return false
		}
		if !s[t].is("en", "in") {
			continue
		}
		w := s[t+1]
		if w.Kind == tokNumber || w.Text == "" || w.is("el", "la", "los", "las", "the", "a", "an", "un", "una", "su", "sus", "their", "its", "this", "that", "esta", "este", "esa", "ese") {
			return false
		}
		if r := []rune(w.Text)[0]; !unicode.IsLower(r) || !strings.HasSuffix(w.Norm, "s") && !w.is("other") {
			return false // "remain in state grave", "died in hospital": a state or a site, not a breakdown's item
		}
		for _, p := range places {
			if p.i <= t+1 && t+1 < p.end {
				return false
			}
		}
		return true
	}
	return false
}

func semicolonBetween(s []token, a, b int) bool { return markBetween(s, a, b, ";") }

// markBetween reports whether the punctuation mark stands in s[a:b].
func markBetween(s []token, a, b int, mark string) bool {
	for t := a; t < b && t < len(s); t++ {
		if s[t].Text == mark {
			return true
		}
	}
	return false
}

// datesIn returns every date mention inside s, whatever its role.
func (d *doc) datesIn(s span) []dateMention {
	var out []dateMention
	i := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].start >= s.Start })
	for ; i < len(d.dates) && d.dates[i].start < s.End; i++ {
		if d.dates[i].end <= s.End {
			out = append(out, d.dates[i])
		}
	}
	return out
}

// inDateline reports whether pos falls inside the dateline.
func (d *doc) inDateline(pos int) bool {
	return d.dateline != nil && pos >= d.dateline.Start && pos < d.dateline.End
}

// asideOpens reports whether only a comma and "among them"-like words
// stand in s[a:b], before a part's number: "31 people, nine of them".
func asideOpens(s []token, a, b int) bool {
	if a >= b || s[a].Text != "," {
		return false
	}
	for k := a + 1; k < b; k++ {
		// "between them": MT of "entre ellos"; "of whom", "de los cuales",
		// MT "of those which": a relative aside.
		if !s[k].is("among", "between", "entre", "them", "ellos", "ellas", "including", "incluidos", "incluidas",
			"of", "whom", "which", "those", "de", "los", "las", "cuales", "quienes") {
			return false
		}
	}
	return true
}

// respectively ties "N and M … in A and B respectively" (or "in A and B …
// N and M respectively") one by one, in order.
func (d *doc) respectively(s []token, spots []countSpot, places []sentPlace, ties [][]PlaceData, tied []bool) {
	resp := -1
	for k, t := range s {
		if t.is("respectively", "respectivamente") {
			resp = k
		}
	}
	if resp < 0 || len(spots) < 2 {
		return
	}
	// The run of counts joined by commas and "and" only.
	first, last := -1, -1
	for n := 0; n+1 < len(spots); n++ {
		if onlyListWords(s, spots[n].j, spots[n+1].i) {
			if first < 0 {
				first = n
			}
			last = n + 1
		} else if first >= 0 {
			break
		}
	}
	if first < 0 {
		return
	}
	m := last - first + 1
	for k := 0; k+m <= len(places); k++ {
		ok := true
		for n := k; n < k+m && ok; n++ {
			ok = !places[n].qualifier && (n == k || onlyListWords(s, places[n-1].end, places[n].i))
		}
		if !ok || k+m < len(places) && !places[k+m].qualifier && onlyListWords(s, places[k+m-1].end, places[k+m].i) {
			continue // not the whole list
		}
		for n := 0; n < m; n++ {
			ties[first+n], tied[first+n] = []PlaceData{places[k+n].m.data}, true
			places[k+n].claimed = true
		}
		return
	}
}

// afterClause reports whether "after", "tras", "luego de" opens a clause in
// s[a:b].
func afterClause(s []token, a, b int) bool {
	for k := a; k < b && k < len(s); k++ {
		if s[k].is("after", "following", "tras", "luego", "despues") {
			return true
		}
	}
	return false
}

// opensWithSubset reports whether the sentence opens with "Of them", "De
// ellas", "Entre ellos", "Among them".
func opensWithSubset(s []token) bool {
	if len(s) > 3 && (s[0].Kind == tokNumber || numberValue(s[0].Norm) > 0) && s[1].is("of", "de") && s[2].is("them", "ellos", "ellas", "those", "these") &&
		!namesWhole(s, 3) {
		return true // "Fourteen of them were minors", "Cuatro de ellos son menores": the sentence opens with the part
	}
	// A qualifier may stand before the part's number and its pronoun ("Some
	// 210 of them were hit in the face", "Al menos tres de ellos …"): the
	// sentence opens with the part all the same. "Of those injured" names
	// its whole's kind, and a part in a state in hospital ("Some 40 of them
	// were still hospitalised") takes its whole's day (round 38).
	if _, o, ok := qualifierLex.match(s, 0); ok && len(s) > o+3 && (s[o].Kind == tokNumber || numberValue(s[o].Norm) > 0) &&
		s[o+1].is("of", "de") && s[o+2].is("them", "ellos", "ellas") && !hospitalStateIn(s) {
		return true
	}
	if casesPart(s) {
		return true
	}
	if len(s) < 3 || !s[0].is("of", "de", "among", "entre", "between", "del") {
		return false
	}
	if s[1].is("them", "these", "those", "ellos", "ellas", "estos", "estas", "total") {
		return true
	}
	if s[1].is("ese", "este", "dicho", "that", "this") && s[2].is("total", "grupo", "numero", "group", "number", "figure", "cifra") {
		return true // "De ese total, 47 denunciaron …", "Of that number, 12 …"
	}
	// "Entre los detenidos hay…", "Among the injured were…": the whole by
	// its kind; "De los civiles, 41 …", "Among the protesters …": by its
	// people.
	if !s[1].is("the", "los", "las") {
		return false
	}
	v, _, ok := categoryLex.match(s, 2)
	_, _, who := whoLex.match(s, 2)
	return ok && v != caseUnit && v != woundNoun && v != treatedCategory || who
}

// subsetClause reports whether a part "N of them"/"N de ellos" opens a
// clause of a later sentence at s[i], after a semicolon or "and" ("…
// serán investigados por disturbios; dos de ellos son menores", "Los
// heridos fueron llevados al centro de salud y cuatro de ellos …"): as a
// part opening the sentence, it takes no day carried from before, when
// its whole is in a sentence before (a whole of its own sentence dates it).
func subsetClause(s []token, i int) bool {
	return i > 0 && i+2 < len(s) && (s[i-1].Text == ";" || s[i-1].is("and", "y")) && s[i+1].is("of", "de") &&
		s[i+2].is("them", "ellos", "ellas", "those", "these")
}

// wholeIn reports whether the count the part cd belongs to is one of the
// sentence's own counts.
func (d *doc) wholeIn(spots []countSpot, cd CountData) bool {
	for _, o := range spots {
		if cd.PartOf != nil && d.claims[o.claim].Start == cd.PartOf.Start {
			return true
		}
	}
	return false
}

// casesPart reports a sentence opening "In N (of these) cases", "En N (de
// estos) casos": "N of them" told as cases, a part of the whole before
// (settled in round 26).
func casesPart(s []token) bool {
	if len(s) < 4 || !s[0].is("in", "en") {
		return false
	}
	k := 1
	if _, end, ok := qualifierLex.match(s, k); ok {
		k = end // "En al menos 15 casos", "In more than 20 cases"
	}
	if k >= len(s) || s[k].Kind != tokNumber && numberValue(s[k].Norm) == 0 {
		return false
	}
	k++
	if k+1 < len(s) && s[k].is("of", "de") && s[k+1].is("them", "these", "those", "ellos", "ellas", "estos", "estas", "esos", "esas") {
		k += 2
	}
	if k+1 < len(s) && s[k].is("of", "de") && s[k+1].is("the", "los", "las") {
		// "In 28 of the torture cases", "En 30 de los casos registrados".
		for e := k + 2; e < len(s) && e <= k+4; e++ {
			if s[e].is("cases", "casos") {
				return true
			}
		}
	}
	return k < len(s) && s[k].is("cases", "casos")
}

// stateNow reports whether the count at s[i:j] says how things stand now
// ("otros tres siguen detenidos", "three others remain missing", "nine are
// still in hospital", "hay seis estudiantes"): such a count is no count of
// the day the sentence before names.
func stateNow(s []token, i, j int) bool {
	now := false
	for k := max(0, i-3); k < len(s) && k < j+4; k++ {
		if k >= i && k < j {
			continue
		}
		if s[k].is("were", "was", "had", "estaban", "estaba", "seguian", "permanecian", "continuaban", "quedaban", "habia") {
			return false // "40 of them were still in hospital": how things stood then
		}
		if s[k].is("queda") && k >= 2 && s[k-2].is("toque") {
			continue // "por infringir el toque de queda": the curfew, no state
		}
		if s[k].is("siguen", "sigue") && k >= 1 && s[k-1].is("le", "les") {
			continue // "le siguen Imbabura con 14": a ranking's next item, no state
		}
		if s[k].is("siguen", "sigue", "continuan", "continua", "continue", "continues", "permanecen", "permanece",
			"remain", "remains", "still", "aun", "todavia", "hay", "quedan", "queda") {
			now = true
		}
		if s[k].is("remained") && i > 0 && s[i-1].is("another", "other") {
			// "the whereabouts of another 87 remained unknown": "Otros 9
			// permanecen hospitalizados" told in the past, a state with
			// no day of its own (round 25).
			now = true
		}
	}
	return now
}

// partOfHarmedNow reports whether the sentence opens with a part of the
// harmed in its own words in a present state ("Twelve of the wounded
// remain in intensive care", "Cuatro de los heridos siguen internados"):
// how part of that day's harmed stand now, which takes its whole's date
// as a part in its own words does (README, round 24), not the no-day of a
// bare state ("Otros 9 permanecen hospitalizados"). The sets read it so in
// 10 paragraphs against 1 (wzw-14). Not "N of them", which takes none.
func partOfHarmedNow(s []token, c countSpot, cd CountData) bool {
	if cd.PartOf == nil || cd.Category != "other" || c.i > 1 || c.j+2 >= len(s) {
		return false
	}
	return s[c.j].is("of", "de") && s[c.j+1].is("the", "los", "las") &&
		s[c.j+2].is("wounded", "injured", "hurt", "heridos", "heridas", "lesionados", "lesionadas")
}

// eventRelative returns where a relative clause of an event opens when
// the count at s[i] stands at its start, after a comma: "…, en los que
// murieron cuatro jóvenes", "…, durante la cual murieron", "…, in which
// ten people were killed", "…, during which 12 were hurt"; else -1.
func eventRelative(s []token, i int) int {
	for k := i - 1; k >= 2 && k >= i-4; k-- {
		if !s[k].is("que", "cual", "cuales", "which") {
			continue
		}
		start := k - 1
		if s[start].is("los", "las", "el", "la") {
			start--
		}
		if start < 1 || !s[start].is("en", "durante", "in", "during") || s[start-1].Text != "," {
			return -1
		}
		return start
	}
	return -1
}

// totalAfter reports whether a total of the counts before it follows the
// count spots[n] and stands before the date at token t: "the death of 3
// more, with which the total … rises to 9 since December 15" dates the
// total, not the 3.
func totalAfter(sums []bool, spots []countSpot, n, t int) bool {
	for m := n + 1; m < len(spots); m++ {
		if sums[m] && t > spots[n].j {
			return true
		}
	}
	return false
}

// openingDay reports whether the date at s[at] stands in a phrase that
// opens the sentence before its first count and closes with a comma
// ("During the mobilization of this Thursday 19 of January in the center
// of Lima, the Police intervened to 18 citizens, …, and 7 agents resulted
// with contusions"): it frames every count of the sentence, as one period
// does.
func openingDay(s []token, spots []countSpot, at int) bool {
	if at > 12 || len(spots) == 0 || at >= spots[0].i {
		return false
	}
	for k := at; k < spots[0].i; k++ {
		if s[k].Text == "," {
			return true
		}
	}
	return false
}

// reportedOpening reports whether the date at s[at] opens the reported
// clause that holds the sentence's counts, set off by a comma before the
// first ("the Alliance … said that between June 13 and June 30, 2022, six
// people died …, while 335 were injured and 155 detained"): it frames
// the clause past "while", as a day opening the sentence does.
func reportedOpening(s []token, spots []countSpot, at int) bool {
	if at < 1 || len(spots) == 0 || at >= spots[0].i || !s[at-1].is("that", "que") && !(at > 1 && s[at-1].is("between", "entre") && s[at-2].is("that", "que")) {
		return false
	}
	for k := at; k < spots[0].i; k++ {
		if s[k].Text == "," {
			return true
		}
	}
	return false
}

// spanOfDays reports whether a date covers more than one day: a range, a
// month or week, or a "since".
func spanOfDays(dm dateMention) bool {
	return dm.data.Since || dm.data.Precision != "day" || dm.data.From != dm.data.To && dm.data.From != ""
}

// locatorWords reports whether only the words that locate a place in a
// larger one stand in s[a:b]: ", provincia de", " (", ", in the region of";
// not a verb ("Desaguadero crashed outside Chucuito").
func locatorWords(s []token, a, b int) bool {
	for k := a; k < b; k++ {
		if s[k].Text == "-" {
			return false // "Juliaca-Puno": the two ends of a road, not one place in the other
		}
		if !(s[k].Kind != tokWord || levelWord(s[k].Norm) || adminUnits[s[k].Norm] || pluralLevels[s[k].Norm] != 0 ||
			s[k].is("de", "del", "of", "in", "en", "la", "el", "the", "a", "its", "su", "capital", "north", "south", "east", "west", "norte", "sur", "este", "oeste",
				"northern", "southern", "eastern", "western", "central", "sureno", "surena", "oriental", "occidental",
				"on", "outskirts", "suburbs", "afueras", "alrededores", "las", "los", "outside", // "near Sacaba, outside the central city of Cochabamba"
				"vecina", "vecino", "neighbouring", "neighboring", // "En Latacunga, capital de la vecina provincia de Cotopaxi": where the region lies, not another place
				"centro", "center", "centre", "highland", "andean", "andina", "andino", "amazonian", "amazonica", "amazonico")) { // "En Tuluá, en el centro del Valle del Cauca", "in the highland province of Cotopaxi"
			return false
		}
	}
	return true
}

// pastAside returns where the words after the count at c go on once an
// aside about one of its people is passed: "2 dead, one of them a minor of
// 16 years, and more than 30 injured" goes on at ", and"; so it does past
// a phrase of origin (pastModifier). Without either it is the end of the
// count's number.
func (d *doc) pastAside(s []token, c countSpot, bound int) int {
	e := tokenIndex(s, d.claims[c.claim].End-1) + 1
	if m := pastModifier(s, e, bound); m > e {
		return m // "Ocho comuneros de la provincia de Chucuito y …"
	}
	if e+3 < bound && s[e].Text == "," && s[e+1].is("one", "uno", "una") && s[e+2].is("of", "de") && s[e+3].is("them", "ellos", "ellas") {
		if n := nextComma(s, e+1, 14); n > 0 && n < bound {
			return n
		}
	}
	return c.j
}

// townAfterWater reports whether the river or lake at places[k] is followed,
// in the same clause, by a town that locates it: "near the bridge over the
// Ilave River in Ilave", "pulled from the Vilcanota River near Urubamba",
// "en el puente Ramis, en el distrito de Taraco", "the bridge Ramis,
// between the districts of Taraco and Huancané".
//
// Not when the harm befell people on the water ("drowned when a raft
// capsized on the Apurímac River near Pichari", "murieron ahogados en el
// río Ene"): the river or lake is where it happened, the town only near it.
func townAfterWater(s []token, places []sentPlace, k, bound int) bool {
	if places[k].m.data.Level != "water" || harmOnWater(s) {
		return false
	}
	// "en el puente sobre el río Granobles, a la entrada de esta ciudad",
	// "across the Perené River in this jungle town": the town the
	// demonstrative points to.
	for t := places[k].end; t < len(s) && t < bound && t <= places[k].end+6 && (k+1 >= len(places) || t < places[k+1].i); t++ {
		if e, ok := anaphorAt(s, t); ok && s[t].is("this", "that", "esta", "este") && anaphorNamesCity(s[t:e]) {
			return true
		}
		if !locatorWords(s, t, t+1) && !s[t].is("entrada", "salida", "entrance", "exit", "near", "cerca") && !(t+1 < len(s) && s[t+1].is("city", "town")) {
			break
		}
	}
	if k+1 >= len(places) {
		return false
	}
	n := places[k+1]
	if n.i >= bound || n.i-places[k].end > 6 || n.m.data.Level == "water" || n.moved {
		return false
	}
	if lvl, ok := levelHint(s, n.i, n.end); ok && lvl != gazetteer.LevelDistrict {
		return false // "the Ramis River in the Puno region", "en la provincia de Abancay": the river is the smaller
	}
	for t := places[k].end; t < n.i; t++ {
		if !s[t].is("in", "en", "near", "cerca", "de", "del", "at", "outside", "of", "river", "rio", "lake", "lago",
			",", "el", "la", "the", "between", "entre", "los", "las") && !levelWord(strings.TrimSuffix(s[t].Norm, "s")) {
			return false
		}
	}
	return true
}

// regionAfterWater reports whether out[k] is a department, province or
// region written after the river or lake before it, past locating words
// and a country in the possessive ("in Peru's southern Puno region").
func regionAfterWater(s []token, out []sentPlace, k int) bool {
	b := out[k]
	lvl, ok := levelHint(s, b.i, b.end)
	if !ok || lvl == gazetteer.LevelDistrict || b.m.data.Level == "water" || b.m.data.Level == "country" {
		return false
	}
	j := k - 1
	if j >= 1 && out[j].m.data.Level == "country" && possessive(s[out[j].end-1]) {
		j-- // "Peru's"
	}
	a := out[j]
	if a.m.data.Level != "water" || b.i-a.end > 8 || coordinated(s, a.end, b.i) {
		return false
	}
	for t := a.end; t < b.i; t++ {
		if t >= out[k-1].i && t < out[k-1].end {
			continue
		}
		if !locatorWords(s, t, t+1) && !s[t].is("river", "rio", "lake", "lago") {
			return false
		}
	}
	return true
}

// waterHarmWords say the harm befell people on the water itself.
var waterHarmWords = map[string]bool{"drowned": true, "drowning": true, "capsized": true, "capsizing": true, "sank": true,
	"ahogados": true, "ahogadas": true, "ahogado": true, "ahogada": true, "ahogaron": true, "naufrago": true, "naufragio": true,
	"zozobro": true, "hundio": true}

// drownedWaters narrows the places ks (indexes into places) of a sentence
// telling of people drowned to the river or lake they drowned in: a town
// or a second water written after "near", "close to", "cerca de" only
// locates it ("Five soldiers drowned … while crossing the Ilave River near
// the town of Ilave", "crossing the Ilave River near Lake Titicaca"), as
// round 39 settled for bodies pulled from a river near a town. Other
// sentences keep their places.
func drownedWaters(s []token, places []sentPlace, ks []int) []int {
	if !harmOnWater(s) {
		return ks
	}
	water := false
	for _, k := range ks {
		water = water || places[k].m.data.Level == "water" && !nearBefore(s, places[k].i)
	}
	if !water {
		return ks
	}
	var out []int
	for _, k := range ks {
		if !nearBefore(s, places[k].i) {
			out = append(out, k)
		}
	}
	return out
}

// nearBefore reports whether the place at s[i] follows "near", "close
// to", "cerca de", "junto a" within a few words ("near the town of",
// "close to Lake").
func nearBefore(s []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s[k].Kind != tokWord {
			return false
		}
		if s[k].is("near", "nearby", "close", "cerca", "junto", "beside") {
			return true
		}
	}
	return false
}

// harmOnWater reports whether the sentence tells of people drowned or a
// boat capsized.
func harmOnWater(s []token) bool {
	for _, t := range s {
		if waterHarmWords[t.Norm] {
			return true
		}
	}
	return false
}

// conjunctStart returns where the member of a coordination that holds the
// number at b begins, when a place or "other" stands between its
// coordinator and the number ("…, and in the province of Cotopaxi other
// 11", "y en Sicuani otros 2"): that place is the later count's, not the
// earlier one's. Else it returns b.
func conjunctStart(s []token, a, b int) int {
	for k := b - 1; k >= a && k >= b-8; k-- {
		if s[k].is("and", "y", "e", "while", "mientras", "whereas") {
			if k+1 < b && s[k+1].is("in", "en", "at") {
				return k
			}
			return b
		}
		if !(s[k].Cap && s[k].Kind == tokWord || s[k].Text == "," || s[k].is(conjunctWords...)) {
			return b
		}
	}
	return b
}

// protestTarget reports whether the place at s[i] opens the object of
// "against" or "contra", up to two words before it ("against Peru's new
// government", "contra el gobierno de …").
func protestTarget(s []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s[k].is("against", "contra") {
			return true
		}
		if s[k].Kind != tokWord || s[k].Cap && !s[k].is("the") {
			return false
		}
	}
	return false
}

// twoDaysBefore reports whether the day dates[k], the last before a count,
// is the second of two single days joined by "and" in one clause after
// from: the count that follows sums both days' harm, so neither is its
// date.
func twoDaysBefore(s []token, dates []dateMention, idx []int, k, from int) bool {
	if k == 0 || idx[k-1] < from || spanOfDays(dates[k]) || spanOfDays(dates[k-1]) || dates[k].data.Since || dates[k-1].data.Since {
		return false
	}
	// Close and with no comma between: "on March 24, and asked … two days
	// later" joins two events, each on its day.
	return dates[k].data.Value != dates[k-1].data.Value && idx[k]-idx[k-1] <= 8 && coordinated(s, idx[k-1], idx[k]) &&
		!clauseBreak(s, idx[k-1], idx[k]) && !markBetween(s, idx[k-1], idx[k], ",")
}

// otherHarmPastPart reports whether the count before is a part and the
// count after it tells another harm: "Del total de heridos, 14 …, y otras
// 21 personas fueron capturadas" adds to the whole's story, not the part.
func otherHarmPastPart(prev, cd CountData) bool {
	return prev.PartOf != nil && prev.Category != cd.Category
}

// anniversaryBefore reports whether the paragraph pi, before the token at
// of its sentence si, marks a year since an event ("A un año de la
// masacre", "To one year of the massacre", "Al cumplirse un año de los
// enfrentamientos"): its own day is the anniversary, not the event's.
//
// With months, "A un mes de", MT "At one month of" count too: the day of
// the month is marked, not the year.
func (d *doc) anniversaryBefore(pi, si, at int, months bool) bool {
	for k := 0; k <= si && k < len(d.paras[pi].sentences); k++ {
		ps := d.paras[pi].sentences[k]
		end := len(ps)
		if k == si {
			end = min(at, len(ps))
		}
		for t := 1; t+2 < end; t++ {
			if s := ps; s[t].is("un", "one") && (s[t+1].is("ano", "year") || months && s[t+1].is("mes", "month")) && s[t+2].is("de", "del", "of") && s[t-1].is("a", "to", "at", "cumplirse", "cumplir", "cumple") {
				return true
			}
		}
		// "One year after the May 28 killings in Siloé, …", "Un año después
		// de la masacre": the same mark, opening the sentence or the text
		// after its dateline.
		for t := 0; t+3 < end; t++ {
			opens := t == 0 || ps[t-1].Text == "-" || ps[t-1].Text == "—" || ps[t-1].Text == "–"
			if opens && ps[t].is("un", "one") && ps[t+1].is("ano", "year") && (ps[t+2].is("after", "since") || ps[t+2].is("despues") && ps[t+3].is("de", "del")) {
				return true
			}
		}
	}
	return false
}

// sameDayBefore returns the day a date mention of paragraph pi gives
// with the day of the month of day (YYYY-MM-DD), earlier: the event an
// anniversary story marks, a year or a month before ("A un año de la
// represión del 15 de diciembre de 2022", MT "At one month of the
// massacre of the 9 of January"). Only a day in the week before
// publication is the story's own.
func (d *doc) sameDayBefore(pi int, day string) (string, bool) {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil || d.opt.Published.IsZero() || t.After(d.opt.Published) || d.opt.Published.Sub(t) > 7*24*time.Hour {
		return "", false
	}
	for _, m := range d.datesIn(span{d.paras[pi].Start, d.paras[pi].End}) {
		v := m.data.Value
		if m.data.Precision == "day" && !m.data.Since && len(v) == len(day) && v[8:] == day[8:] && v < day {
			return v, true
		}
	}
	return "", false
}

// anniversaryHarmDate gives a harm counted in an anniversary story the
// date of the event it marks, where the count took the story's own day:
// "recordaron este lunes los dos años de la masacre de Sacaba, en la que
// murieron 10 personas … el 15 de noviembre de 2019", "Two years after the
// protests of the 11 and 12 of December of 2022, in which 6 persons died
// …, marched this Wednesday", "Another 78 were wounded that day" after
// "on Nov. 19, 2019 … gathered there on Thursday". The event is the date
// of the paragraph a year or more before that day nearest the count, in its
// sentence or before it. Not the detained or `other`, often the
// commemoration's own ("Durante la vigilia, la Policía detuvo a dos
// jóvenes").
func (d *doc) anniversaryHarmDate(pi, si, at int, cd *CountData, mourned bool) {
	if cd.Unit == "cases" || d.opt.Published.IsZero() || cd.Date != "" && (cd.DatePrecision != "day" || cd.Since) {
		return
	}
	switch cd.Category {
	case "killed", "injured", "disappeared", "tortured", "extrajudicial_executions", "killed_or_injured":
	default:
		return
	}
	day, err := time.Parse(time.DateOnly, cd.Date)
	if cd.Date == "" && mourned {
		// "Relatives of the 10 persons killed in Senkata commemorated this
		// Thursday one year of the massacre, occurred the 19 of November
		// of 2019": the dead mourned are the marked event's.
		day, err = d.opt.Published, nil
	}
	if err != nil || day.After(d.opt.Published) || d.opt.Published.Sub(day) > 7*24*time.Hour {
		return
	}
	p := d.paras[pi]
	var toks []token
	for k := 0; k <= si && k < len(p.sentences); k++ {
		toks = append(toks, p.sentences[k]...)
	}
	if anniversaryYears(toks) == 0 && !d.anniversaryBefore(pi, si, len(p.sentences[si]), false) && !hasAnniversary(toks) {
		return
	}
	sp := sentenceSpan(p.sentences[si])
	dist := func(m dateMention) int {
		if m.end <= at {
			return at - m.end
		}
		return m.start - at
	}
	best, bestDist, ownDist := dateMention{}, -1, -1
	for _, m := range d.datesIn(span{p.Start, sp.End}) {
		if !m.data.Resolved || m.data.Since || m.data.Precision != "day" && m.data.Precision != "range" {
			continue
		}
		if m.start >= sp.Start && m.kind != echoKind && m.data.Value == cd.Date && !commaBetween(p.sentences[si], at, m) && (ownDist < 0 || dist(m) < ownDist) {
			ownDist = dist(m) // the day written in the count's clause
		}
		first, err := time.Parse(time.DateOnly, firstDay(m.data))
		if err != nil || day.Sub(first) < 300*24*time.Hour {
			continue
		}
		if bestDist < 0 || dist(m) < bestDist {
			best, bestDist = m, dist(m)
		}
	}
	// "nueve resultaron heridas anoche …, durante la marcha que recordó el
	// primer aniversario de la muerte de … el 14 de noviembre de 2018": the
	// story's day stands nearer the count than the event's, and is its own.
	if bestDist >= 0 && cd.Date == "" && whoBetween(p.sentences[si], at, best) {
		// "the families of the 10 fatal victims demanded … that it be
		// denounced to the general …, who was the one that ordered the
		// deployment of the troop the 15 of December of 2022": a person's
		// deed, not the deaths' day.
		return
	}
	if bestDist >= 0 && (ownDist < 0 || bestDist < ownDist) {
		cd.Date, cd.DatePrecision = best.data.Value, best.data.Precision
	}
}

// commaBetween reports whether a comma of s stands between the position
// at and the date mention m: "the third anniversary of the massacre, in
// which 10 persons died" parts the count from the story's day.
func commaBetween(s []token, at int, m dateMention) bool {
	lo, hi := at, m.start
	if m.end <= at {
		lo, hi = m.end, at
	}
	for _, t := range s {
		if t.Text == "," && t.Start >= lo && t.Start < hi {
			return true
		}
	}
	return false
}

// whoBetween reports whether a relative "who"/"quien" stands between the
// position at and the date mention m in s.
func whoBetween(s []token, at int, m dateMention) bool {
	lo, hi := at, m.start
	if m.end <= at {
		lo, hi = m.end, at
	}
	for _, t := range s {
		if t.Start >= lo && t.Start < hi && t.is("who", "quien", "quienes") {
			return true
		}
	}
	return false
}

// hasAnniversary reports whether the words name an anniversary
// ("aniversario", "anniversary", "commemorated") or years gone by ("two years after",
// "A dos años de", "tres años después").
func hasAnniversary(toks []token) bool {
	for t, tk := range toks {
		if tk.is("anniversary", "aniversario", "commemorated", "commemorate", "commemoration", "conmemoraron", "conmemoro", "conmemorar", "conmemoracion") {
			return true // "commemorated this Thursday one year of the massacre"
		}
		if t > 0 && t+1 < len(toks) && tk.is("years", "anos") && toks[t+1].is("after", "later", "despues", "de", "of") && numberValue(toks[t-1].Norm) > 1 {
			return true
		}
	}
	return false
}

// pastNames returns the index past a list of names set off by commas at
// e, the end of a count's words ("two young men, Inti Sotelo and Bryan
// Pintado, …"), or j when none is there: the names lengthen the clause,
// they do not part it.
func pastNames(s []token, e, bound, j int) int {
	if e >= bound || s[e].Text != "," {
		return j
	}
	k := e + 1
	for k < bound && (s[k].Cap && s[k].Kind == tokWord || s[k].is("and", "y")) {
		k++
	}
	if k > e+2 && k < bound && s[k].Text == "," {
		return k + 1
	}
	return j
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

// namesWhole reports whether s[k], after "N of those"/"N of these", names
// the whole by its number or its kind ("Ten of those 28 were attributed
// to …", "Nine of those deaths …"): the part then opens by its whole, as
// "Four of the wounded" does, and takes its whole's date (round 36), where
// "Ten of those were …" is "N of them".
func namesWhole(s []token, k int) bool {
	if k >= len(s) || !s[k-1].is("those", "these") {
		return false
	}
	if s[k].Kind == tokNumber {
		return true
	}
	v, _, ok := categoryLex.match(s, k)
	_, _, who := whoLex.match(s, k)
	return ok && v != caseUnit && v != woundNoun && v != treatedCategory || who
}

// incidentCases reports whether the count at c is told as "cases"
// ("28 casos de violencia policial"): incidents, dated as they happened,
// not complaints.
func incidentCases(s []token, c countSpot) bool {
	for t := max(c.i, c.j-2); t < c.j+2 && t < len(s); t++ {
		if s[t].is("casos", "cases") {
			return true
		}
	}
	return false
}

// eventsTime reports whether the date at s[at:e] tells when the unrest
// a text follows happened, not when anything was filed: a date the few
// words after "after"/"tras" lead to ("Tras la crisis postelectoral de
// 2019", "A year after the October 2019 uprising") or one that an unrest
// noun follows ("after the 2019 unrest"). Complaints over that unrest take
// no date from it (round 21).
func eventsTime(s []token, at, e int) bool {
	if e < len(s) && s[e].is("unrest", "uprising", "crisis", "protests", "strike", "estallido", "paro", "revuelta") {
		return true
	}
	for t := at - 1; t >= 0 && t >= at-5; t-- {
		if s[t].Kind != tokWord || filingWord(s[t]) {
			return false
		}
		if s[t].is("after", "tras", "despues", "following") {
			return true
		}
	}
	return false
}

// clashTollPlace places a toll a body gives for "the clash" or "the
// operation" the paragraph told before at that event's place, the place of
// the last count before it in the paragraph: "… opened fire on coca growers
// as they tried to cross a bridge at Huayllani … Bolivia's ombudsman said 75
// people had been wounded in the clash" is Huayllani's toll, not the
// country's that owns the body. Only when the count's own sentence names
// no place but countries (the possessive before the body, a dateline's).
// A count without a date takes that count's date as well.
func (d *doc) clashTollPlace(pi int, s []token, spots []countSpot) {
	sp := sentenceSpan(s)
	aside, ok := d.tollAsides(s)
	if !ok {
		return // (nor "1,003 officers had been injured across Colombia during the unrest")
	}
	defer d.partsFollowWholes(spots, d.spotPlaces(spots))
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if len(cd.Places) != 1 || len(cd.Places[0].ID) != 2 && !aside[cd.Places[0].ID] || !theEventAfter(s, c.j) && !dayClashAfter(s, c.j) {
			continue
		}
		k := d.lastCountWhere(span{d.paras[pi].Start, sp.Start}, func(ref int, w CountData) bool {
			return d.kept(ref, w) && len(w.Places) == 1 && len(w.Places[0].ID) != 2 // (not a lone victim dropped: "The victim, Jorge Mora, 37, was struck")
		})
		if k < 0 || d.claims[k].End > sp.Start {
			if r, ok := d.eventSentencePlace(pi, s); ok {
				cd.Places = []Ref{r}
				d.claims[c.claim].Data = cd
			}
			continue
		}
		w := d.claims[k].Data.(CountData)
		cd.Places = w.Places
		if cd.Date == "" && !w.Since {
			// "… at the Senkata fuel plant in El Alto on Tuesday. … at least
			// 30 people were injured in the operation": its day too.
			cd.Date, cd.DatePrecision = w.Date, w.DatePrecision
		}
		d.claims[c.claim].Data = cd
	}
}

// sinceTotalPlace gives a total since a written start, told in a sentence
// that names no place after the paragraph set a day's scene, the country
// the text names, or none: "JULIACA, Peru (Reuters) - … 14 people were
// injured … on Saturday. At least 51 people have died in clashes since the
// unrest began on Dec. 7", "POPAYÁN.- Un manifestante murió … anoche …
// Con esta muerte, son 47 los fallecidos desde el 28 de abril". The total
// is the unrest's toll, not the scene's town carried to it nor the
// dateline's (round 43: a national count takes the country only where
// the text names it). Not a sentence with an anaphor ("ya son 96 los
// heridos en la región desde el 4 de enero": the region's).
func (d *doc) sinceTotalPlace(pi int, s []token, spots []countSpot) {
	sp := sentenceSpan(s)
	if !d.placeless(s) {
		return
	}
	if anyIs(s, localTotalWords...) {
		// "La Personería de Popayán recibió desde el 28 de abril 46
		// quejas", "En todo el departamento, la Policía reporta 47
		// aprehendidos desde …", "115 people were wounded in the same
		// incident": a local body's or unit's total, or the scene's own.
		return
	}
	before := span{d.paras[pi].Start, sp.Start}
	k := d.lastCountWhere(before, d.kept)
	if k < 0 || !d.sceneOnly(before, sp) {
		return
	}
	scene := d.claims[k].Data.(CountData)
	if len(scene.Places) != 1 || len(scene.Places[0].ID) == 2 {
		return
	}
	iso := refCountry(scene.Places[0].ID)
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if !cd.Since || len(cd.Places) != 1 || len(cd.Places[0].ID) == 2 {
			continue
		}
		cd.Places = nil
		if r := d.countryRef(iso); r != nil && d.countryNamedInText(iso) {
			cd.Places = []Ref{*r}
		}
		d.claims[c.claim].Data = cd
	}
}

// placeless reports whether a sentence names no place of its own: none
// but a dateline's, or a country only in the possessive of the body that
// reports ("according to Peru's ombudsman's office": whose body, the
// country), and no word pointing back to one ("en la región", "this
// city").
func (d *doc) placeless(s []token) bool {
	for _, p := range d.sentencePlaces(s) {
		if !p.datelined && !(p.m.data.Level == "country" && possessive(s[p.end-1])) {
			return false
		}
	}
	for t := range s {
		if _, ok := anaphorAt(s, t); ok {
			return false
		}
	}
	return true
}

// alsoTotalPlace gives the counts of a sentence that adds to a body's
// report ("The Commission also recorded 1,512 arrests", "El informe
// documenta además 1.507 heridos", "Además, registró 335 heridos") and
// names no place of its own the place of the report's headline total, the
// paragraph's first whole over a span that took no place or a country:
// the report goes on, not the scene of Sacaba or Senkata told between.
func (d *doc) alsoTotalPlace(pi int, s []token, spots []countSpot) {
	if !anyIs(s, "also", "además", "ademas", "asimismo", "besides") {
		return
	}
	if !d.placeless(s) {
		return
	}
	sp := sentenceSpan(s)
	head := -1
	for _, ref := range d.countRefs {
		c := d.claims[ref]
		if c.Start < d.paras[pi].Start || c.Start >= sp.Start {
			continue
		}
		if cd := c.Data.(CountData); d.kept(ref, cd) && cd.PartOf == nil {
			head = ref
			break
		}
	}
	if head < 0 {
		return
	}
	hd := d.claims[head].Data.(CountData)
	if hd.DatePrecision == "day" && !hd.Since || len(hd.Places) > 1 || len(hd.Places) == 1 && len(hd.Places[0].ID) != 2 {
		return // the paragraph opens on a day's scene, or a town's total
	}
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if cd.PartOf != nil || cd.DatePrecision == "day" && !cd.Since {
			continue
		}
		cd.Places = append([]Ref(nil), hd.Places...)
		d.claims[c.claim].Data = cd
	}
}

// localTotalWords mark a total as a local body's or unit's, or as the
// scene's own (sinceTotalPlace).
var localTotalWords = []string{"regional", "departmental", "departamental", "municipal", "local", "provincial",
	"personeria", "municipio", "municipality", "departamento", "department", "same", "mismo", "misma"}

// refCountry returns the ISO code of the country holding a place key: "PE"
// for a UBIGEO, the prefix of "CC:name", a country's own code.
func refCountry(id string) string {
	if cc, _, ok := strings.Cut(id, ":"); ok {
		return cc
	}
	if len(id) == 2 {
		return id
	}
	return "PE"
}

// theEventAfter reports whether the count ending at j is said to have
// happened in an event named only by an article and its noun, ending the
// clause ("wounded in the clash", "injured in the operation", "heridos en
// el enfrentamiento"): the event the sentences before told.
func theEventAfter(s []token, j int) bool {
	for k := j; k+2 < len(s) && !s[k].is(".", ";", ","); k++ {
		if !s[k].is("in", "during", "en", "durante", "from") || !s[k+1].is("the", "that", "those", "el", "ese", "este", "aquel", "los", "esos", "estos") && !dayPossessive(s[k+1]) {
			continue
		}
		// (and the plural, or the unrest: "11 police officers were injured
		// in the unrest", "18 officers were injured in the clashes")
		if !s[k+2].is("clash", "operation", "confrontation", "incident", "enfrentamiento", "operativo", "incidente",
			"clashes", "confrontations", "incidents", "unrest", "riots", "enfrentamientos", "incidentes", "disturbios") {
			continue
		}
		// ("28 people with gunshot wounds from the operation were being
		// treated …": the hurt of the event, wherever the clause goes on)
		return k+3 >= len(s) || s[k+3].is(".", ",", ";", "and", "y") || s[k].is("from")
	}
	return false
}

// tollAsides returns the places of a toll's sentence that only say where
// the hurt were taken or lie ("most of the wounded had been taken to
// hospitals in Cochabamba", "were being treated at clinics in La Paz"),
// which a toll for the clash told before passes over as it passes over the
// dateline's country and the reporting body's possessive one; ok is false
// when the sentence names another place.
func (d *doc) tollAsides(s []token) (aside map[string]bool, ok bool) {
	below := false
	for _, p := range d.sentencePlaces(s) {
		if p.m.data.Level != "country" {
			below = true
		} else if !p.datelined && !possessive(s[p.end-1]) {
			return nil, false
		}
	}
	if !below {
		return map[string]bool{}, true
	}
	return d.hospitalTowns(s, false)
}

// coordinatedScene gives two counts of one clause joined by "and"/"y",
// with no place, anaphor or comma between them, the smaller of the two
// places they took when one holds the other: "In Sacaba, … ten people were
// killed and at least 120 wounded when security forces fired on a march …
// at the Huayllani bridge", "en Huayllani, donde 10 cocaleros murieron y al
// menos 120 personas resultaron heridas cuando … una marcha hacia la
// ciudad": one scene, its zone, not the town that locates it.
func (d *doc) coordinatedScene(s []token, spots []countSpot) {
	places := d.sentencePlaces(s)
	byKey := map[string]PlaceData{}
	for _, p := range places {
		byKey[p.m.data.Key()] = p.m.data
	}
	for k := 1; k < len(spots); k++ {
		a, b := spots[k-1], spots[k]
		if b.i <= a.j || markBetween(s, a.j, b.i, ",") || markBetween(s, a.j, b.i, ";") || !anyIs(s[a.j:b.i], "and", "y") {
			continue
		}
		between := false
		for _, p := range places {
			between = between || p.i >= a.j && p.i < b.i
		}
		for t := a.j; t < b.i; t++ {
			_, ana := anaphorAt(s, t)
			between = between || ana
		}
		ca, cb := d.claims[a.claim].Data.(CountData), d.claims[b.claim].Data.(CountData)
		if between || len(ca.Places) != 1 || len(cb.Places) != 1 || ca.Places[0].ID == cb.Places[0].ID || ca.PartOf != nil || cb.PartOf != nil {
			continue
		}
		pa, oka := byKey[ca.Places[0].ID]
		pb, okb := byKey[cb.Places[0].ID]
		// (only a zone and the town abroad it lies in, not a region and
		// its town: "22 killed, … in Puno" is a total and its part)
		switch {
		case !oka || !okb:
		case d.townHolding(pb).Key() == pa.Key() && pa.Key() != pb.Key():
			ca.Places = cb.Places
			d.claims[a.claim].Data = ca
		case d.townHolding(pa).Key() == pb.Key() && pa.Key() != pb.Key():
			cb.Places = ca.Places
			d.claims[b.claim].Data = cb
		}
	}
}

// siteNouns name a site a paragraph's scene is told at, which a later
// count points back to by the bare noun: "at the plant", "in the clashes at
// the airport", "en el puente".
var siteNouns = []string{"plant", "airport", "bridge", "refinery", "planta", "aeropuerto", "puente", "refineria"}

// siteEvents name an event a paragraph places once ("the operation to
// clear a blockade of the Senkata fuel plant", "el operativo en la planta
// de Senkata") and a later count points back to by the bare noun ("in the
// operation", "por el operativo del martes", "de ese operativo").
var siteEvents = []string{"operation", "operativo", "operacion", "massacre", "masacre", "confrontations", "enfrentamientos"}

// sitePlace gives the counts of a sentence that names no place of its own
// (but the hurt's hospitals, a dateline's or the reporting body's country)
// and ties them, in their clause, to a site by its bare noun ("Eight
// people were killed and 27 wounded at the plant on Tuesday", "About 30
// police officers were hurt in the clashes at the airport", "the death
// toll from Tuesday's operation at the plant had risen to eight") the
// place the paragraph named that site with before: "the Senkata fuel
// plant" is Senkata, "the airport in this Andean town" the dateline's
// town, not the dateline's capital or the country.
func (d *doc) sitePlace(pi int, s []token, spots []countSpot) {
	if _, ok := d.tollAsides(s); !ok {
		return
	}
	defer d.partsFollowWholes(spots, d.spotPlaces(spots))
	var site []Ref // the last site's place given in the sentence
	for _, c := range spots {
		k, pd, ok := -1, PlaceData{}, false
		for _, t := range bareSitesNear(s, c) {
			if pd, ok = d.namedSite(pi, s[t].Norm, s[t].Start); ok {
				k = t
				break
			}
		}
		if k < 0 {
			if cd := d.claims[c.claim].Data.(CountData); site != nil && theEventAfter(s, c.j) {
				// "… the death toll from Tuesday's operation at the plant
				// had risen to eight, and that 22 people had been detained
				// during the operation": the same operation's.
				cd.Places = site
				d.claims[c.claim].Data = cd
			}
			continue
		}
		r, ok := d.smallestHolding([]PlaceData{pd})
		cd := d.claims[c.claim].Data.(CountData)
		if !ok || len(cd.Places) == 1 && cd.Places[0].ID == r.ID {
			continue
		}
		cd.Places = []Ref{r}
		site = cd.Places
		d.claims[c.claim].Data = cd
	}
}

// bareSitesNear returns the indices of the site nouns after an article
// (or event nouns after an article, a demonstrative or a weekday's
// possessive), with no name or place of their own after them, in the
// clause of the count at c (before it or after it, no comma or semicolon
// between).
func bareSitesNear(s []token, c countSpot) []int {
	var got []int
	for k := 1; k < len(s); k++ {
		switch {
		case s[k].is(siteNouns...) && s[k-1].is("the", "el", "la"):
			if k+1 < len(s) && (s[k+1].Kind == tokWord && s[k+1].Cap || s[k+1].is("of", "in", "de", "del", "en") ||
				possessive(s[k])) {
				continue // "the bridge Huayllani", "the airport of Juliaca": named here
			}
		case s[k].is(siteEvents...) && (s[k-1].is("the", "el", "la", "ese", "esa", "este", "esta", "that", "this", "aquel") || dayPossessive(s[k-1])):
			if k+1 < len(s) && s[k+1].Kind == tokWord && s[k+1].Cap || k+2 < len(s) && s[k+1].is("of", "in", "de", "del", "en", "at") && s[k+2].Cap {
				continue // "the operation at the Senkata plant", "el operativo en Senkata": placed here
			}
		default:
			continue
		}
		from, to := k, c.i
		if k > c.j {
			from, to = c.j, k
		}
		if to-from > 14 || k > c.j && k-c.j > 14 {
			continue
		}
		broken := false
		for t := from; t < to; t++ {
			// (nor another count between the site and this one: "… at the
			// plant had risen to 10 and that 31 people remained in hospital")
			broken = broken || s[t].is(",", ";", ".", ":") || k < c.i && s[t].Kind == tokNumber
		}
		if !broken {
			got = append(got, k)
		}
	}
	return got
}

// placeAfterEvent returns the first place a few words after the event
// noun at s[k] in its clause ("the operation to clear a blockade of the
// Senkata fuel plant", "las víctimas del operativo en la planta de
// Senkata"), not a larger unit that locates it, a route's end or where
// people lie.
func placeAfterEvent(s []token, places []sentPlace, k int) (PlaceData, bool) {
	if !s[k].is(siteEvents...) {
		return PlaceData{}, false
	}
	for _, p := range places {
		if p.i <= k || p.i-k > 8 {
			continue
		}
		if markBetween(s, k, p.i, ",") || markBetween(s, k, p.i, ";") || markBetween(s, k, p.i, ".") {
			break
		}
		if p.m.data.Level != "country" && !p.qualifier && !p.moved && !p.held && !p.datelined {
			return p.m.data, true
		}
	}
	return PlaceData{}, false
}

// namedSite returns the place the paragraph named a site with before pos:
// a place right before the noun ("the Senkata fuel plant", "the Huayllani
// bridge") or after it by "in"/"of" ("the airport in this Andean town",
// "el aeropuerto de Andahuaylas"), the last such mention.
func (d *doc) namedSite(pi int, noun string, pos int) (PlaceData, bool) {
	var got PlaceData
	found := false
	for _, ss := range d.paras[pi].sentences {
		if len(ss) == 0 || ss[0].Start >= pos {
			break
		}
		places := d.sentencePlaces(ss)
		for k := range ss {
			if ss[k].Norm != noun || ss[k].Start >= pos || k >= 1 && ss[k-1].is("similar", "another", "otro", "otra") || k >= 2 && ss[k-2].is("similar", "another", "otro", "otra") {
				continue // "nine coca growers died in a similar operation at the Huayllani bridge": another event
			}
			for _, p := range places {
				if p.m.data.Level == "country" || p.moved || p.held {
					continue
				}
				before := p.end <= k && k-p.end <= 2 && !p.datelined
				after := p.i > k+1 && p.i <= k+3 && ss[k+1].is("in", "of", "de", "en")
				if before || after {
					got, found = p.m.data, true
					break
				}
			}
			if pd, ok := placeAfterEvent(ss, places, k); ok {
				got, found = pd, true
			}
			if e, ok := anaphorAt(ss, min(k+2, len(ss)-1)); ok && k+2 < len(ss) && ss[k+1].is("in", "of", "de", "en") {
				if pd, ok := d.anaphorPlace(pi, ss, k+2, e); ok && pd.Level != "country" {
					got, found = pd, true
				}
			}
		}
	}
	return got, found
}

// spotPlaces returns the place key of each count of the sentence, by its
// claim ("" for none or several).
func (d *doc) spotPlaces(spots []countSpot) map[int]string {
	m := map[int]string{}
	for _, c := range spots {
		if cd := d.claims[c.claim].Data.(CountData); len(cd.Places) == 1 {
			m[c.claim] = cd.Places[0].ID
		}
	}
	return m
}

// partsFollowWholes gives a part of the sentence ("122 people were injured
// in Friday's clash, 36 of them by bullets") the new place of its whole
// when the whole was moved from the place the part shared with it (before:
// the places as spotPlaces read them before the move).
func (d *doc) partsFollowWholes(spots []countSpot, before map[int]string) {
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if cd.PartOf == nil || len(cd.Places) != 1 {
			continue
		}
		for _, o := range spots {
			wd := d.claims[o.claim].Data.(CountData)
			if o.claim == c.claim || d.claims[o.claim].Start != cd.PartOf.Start || len(wd.Places) != 1 {
				continue
			}
			if old := before[o.claim]; old != wd.Places[0].ID && old == cd.Places[0].ID {
				cd.Places = wd.Places
				d.claims[c.claim].Data = cd
			}
		}
	}
}

// innermostScene narrows the places of an event's sentence to its scene:
// a river beside a town is the bridge's or bank's town (round 38: "the
// bridge over the Cutuchi River in Latacunga"), and a town that holds
// another place named there only locates it ("the Huayllani bridge on the
// edge of Sacaba", "the Senkata plant in El Alto").
func (d *doc) innermostScene(ps []PlaceData) []PlaceData {
	var land []PlaceData
	for _, p := range ps {
		if p.Level != "water" {
			land = append(land, p)
		}
	}
	if len(land) == 0 {
		return ps
	}
	var inner []PlaceData
	for i, p := range land {
		holdsOther := false
		for j, q := range land {
			if i != j && d.holds(p, q) {
				holdsOther = true
			}
		}
		if !holdsOther {
			inner = append(inner, p)
		}
	}
	return inner
}

// dayPossessive reports whether t is a weekday in the possessive, which
// stands for the article before an event: "in Friday's clash".
func dayPossessive(t token) bool {
	w := unPossessive(t.Norm)
	return possessive(t) && (weekdays[w] != 0 || w == "sunday")
}

// eventSentencePlace is the place of the event the sentence before s told
// when no count came before ("… opened fire on coca growers at the
// Huayllani bridge in Sacaba, in central Bolivia, on Friday. Bolivia's
// ombudsman said eight people were killed … in the clash"): its one place
// below the country that no other locates.
func (d *doc) eventSentencePlace(pi int, s []token) (Ref, bool) {
	ss := d.paras[pi].sentences
	for si := range ss {
		if si == 0 || sentenceSpan(ss[si]).Start != sentenceSpan(s).Start {
			continue
		}
		var got []PlaceData
		for _, p := range d.sentencePlaces(ss[si-1]) {
			if p.m.data.Level != "country" && !p.qualifier && !p.moved && !p.datelined && !p.body {
				got = append(got, p.m.data)
			}
		}
		if got = d.innermostScene(got); len(got) == 1 {
			return d.smallestHolding(got)
		}
	}
	return Ref{}, false
}

// heldOnlyToll places the counts of a sentence whose only places below the
// country are where the hurt lie ("De los 78 heridos de esa jornada, siete
// siguen internados en hospitales de El Alto", "of the 122 wounded ones of
// that day, 28 continue interned in hospitals of the city of Cochabamba",
// "Fourteen of the wounded were in hospitals in El Alto and La Paz") where
// the scene of the paragraph's last count before it was, not at the
// hospitals' town: they lie there, they were hurt at the scene told before.
// Only when the sentence points back to that day ("de esa jornada", "of
// that day"): without it a hospital's town is often the scene's own.
func (d *doc) heldOnlyToll(pi int, s []token, spots []countSpot) {
	sp := sentenceSpan(s)
	heldKeys := map[string]bool{}
	for _, p := range d.sentencePlaces(s) {
		switch {
		case p.m.data.Level == "country" || p.datelined:
		case p.held:
			heldKeys[p.m.data.Key()] = true
		default:
			return
		}
	}
	if len(heldKeys) == 0 || !thatDayIn(s) {
		return
	}
	scene, ok := d.sceneBefore(pi, sp, heldKeys)
	if !ok {
		return
	}
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if len(cd.Places) == 1 && len(cd.Places[0].ID) != 2 && cd.Places[0].ID != scene[0].ID {
			cd.Places = scene
			d.claims[c.claim].Data = cd
		}
	}
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

// sceneBefore returns the one place below the country of the paragraph's
// last count before sp, the scene told before, unless it is one of the
// places in keys (where the hurt lie or were taken).
func (d *doc) sceneBefore(pi int, sp span, keys map[string]bool) ([]Ref, bool) {
	k := d.lastCountWhere(span{d.paras[pi].Start, sp.Start}, func(_ int, w CountData) bool {
		return len(w.Places) == 1 && len(w.Places[0].ID) != 2
	})
	if k < 0 || d.claims[k].End > sp.Start {
		return nil, false
	}
	scene := d.claims[k].Data.(CountData).Places
	return scene, !keys[scene[0].ID]
}

// thatDayIn reports whether s points back to a day told before: "de esa
// jornada", "de aquella jornada", "ese día", "of that day", or to its
// event: "of that operation", "de ese operativo".
func thatDayIn(s []token) bool {
	for k := 0; k+1 < len(s); k++ {
		if s[k].is("esa", "aquella", "that") && s[k+1].is("jornada", "day") || s[k].is("ese", "aquel") && s[k+1].is("día", "dia") {
			return true
		}
		// the event told before: "of that operation", "de ese operativo",
		// "de esos enfrentamientos"
		if k > 0 && s[k-1].is("of", "de") && s[k].is("that", "those", "ese", "esos", "esa", "aquel") &&
			s[k+1].is("operation", "clash", "clashes", "confrontation", "confrontations", "operativo", "enfrentamiento", "enfrentamientos", "operacion", "represion", "repression") {
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
		if s[j].is("hospital", "hospitals", "hospitales", "clinic", "clinics", "clinica", "clinicas") {
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
			if s[j].is("hospital", "hospitals", "hospitales", "clinic", "clinica") {
				return true
			}
		}
	}
	return false
}

// heldPartPlace gives a part of a whole told in an earlier sentence the
// whole's place when its own sentence names only where its people lie or
// were taken ("Fourteen of the wounded were in hospitals in El Alto and La
// Paz" after the Senkata toll): a part kept or treated elsewhere keeps its
// whole's place, where the harm was done (rounds 26, 29 and 38), as does
// one whose sentence names no place nor anaphor at all ("De los heridos,
// 14 permanecen internados en el Hospital Viedma" after a scene of no
// count in the neighbouring town: round 24's "Of them" parts). So does a
// count that goes on from the paragraph's last count before ("Otros 122
// heridos fueron atendidos en el hospital de Sacaba" keeps Huayllani,
// round 25), and the parts it has in its sentence.
func (d *doc) heldPartPlace(pi int, s []token, spots []countSpot) {
	sp := sentenceSpan(s)
	if keys, ok := d.hospitalTowns(s, false); !ok && !d.hospitalAnaphorOnly(s) && (keys == nil || len(d.sentencePlaces(s)) > 0 || anaphorIn(s)) {
		return // (a sentence with no place nor anaphor: "De los heridos, 14 permanecen internados en el Hospital Viedma")
	}
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		w := d.wholeClaim(cd)
		if w < 0 || d.claims[w].End > sp.Start {
			continue
		}
		if wd := d.claims[w].Data.(CountData); len(wd.Places) == 1 && len(wd.Places[0].ID) != 2 {
			cd.Places = wd.Places
			d.claims[c.claim].Data = cd
		}
	}
	keys, ok := d.hospitalTowns(s, true)
	if !ok {
		return
	}
	scene, ok := d.sceneBefore(pi, sp, keys)
	if !ok {
		return
	}
	goesOn := map[int]bool{}
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if cd.PartOf == nil && continuesCount(s, c) || cd.PartOf != nil && goesOn[cd.PartOf.Start] {
			goesOn[d.claims[c.claim].Start] = true
			if len(cd.Places) == 1 && keys[cd.Places[0].ID] {
				cd.Places = scene
				d.claims[c.claim].Data = cd
			}
		}
	}
}

// nationalPartPlace gives a part of a national whole told in a later
// sentence that names no place of its own its whole's place, the country
// or none, not the town of a day's scene carried to it: "AYACUCHO, Peru
// (Reuters) - … killing six people … Peru's ombudsman's office said 20
// people had died nationwide since … Five of the 20 were under 18", MT
// "… the deceased in the country ascend to 7 … Three of the deceased were
// minors of age". The part is of the country's toll, and its place is
// its whole's (README, parts).
func (d *doc) nationalPartPlace(s []token, spots []countSpot) {
	sp := sentenceSpan(s)
	if !d.placeless(s) {
		return
	}
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		w := d.wholeClaim(cd)
		if w < 0 || d.claims[w].Start >= sp.Start {
			continue
		}
		if cd.DatePrecision == "day" && !cd.Since && !d.asOfDayIn(s) && !untilThisDay(s) {
			// "Police detained 98 of them on Tuesday alone" under QUITO: a
			// day's harm is the scene's, as datelineCounts reads it.
			continue
		}
		whole := d.claims[w].Data.(CountData).Places
		if len(whole) > 1 || len(whole) == 1 && len(whole[0].ID) != 2 {
			continue
		}
		cd.Places = append([]Ref(nil), whole...)
		d.claims[c.claim].Data = cd
	}
}

// townBodies name a town's own body that reports: "la Personería de
// Bogotá", "the Mayoralty of Bogotá", "la Alcaldía de Cali".
var townBodies = []string{"personeria", "alcaldia", "mayoralty", "mayor's", "personería", "concejo"}

// townBodyTotal gives a count with no place, in a sentence whose reporter
// is a town's own body ("BOGOTÁ.- La Personería de Bogotá … ha recibido 34
// denuncias por abuso policial desde el 28 de abril", "CALI.- La
// Personería de Cali informó que desde el 28 de abril suman 35 los muertos
// en la ciudad durante el paro nacional"), that town: a town's body counts
// its town's toll, not the country's, though the town is named only in
// the body's name (no place mention of its own). Only where the story ties
// itself to that town, by its dateline or an anaphor.
func (d *doc) townBodyTotal(pi int, s []token, spots []countSpot) {
	at, town := -1, PlaceData{}
	for k := 0; k+2 < len(s) && at < 0; k++ {
		if !anyIs(s[k:k+1], townBodies...) || !s[k+1].is("de", "of") || !s[k].Cap {
			continue
		}
		var words []string
		for n := k + 2; n < len(s) && n < k+5 && s[n].Cap; n++ {
			words = append(words, s[n].Norm)
			for _, w := range d.gaz.World(strings.Join(words, " ")) {
				if w.Level == "city" {
					at, town = k, PlaceData{Name: w.Name, Level: w.Level, Country: w.Country, Department: w.Admin1}
				}
			}
		}
	}
	if at < 0 || nationwide(s) {
		return
	}
	tied := false // the story ties itself to the town: its dateline, or "en la ciudad", "este municipio"
	if city, ok := d.datelineCity(pi); ok && city.Key() == town.Key() {
		tied = true
	}
	for t := range s {
		if _, ok := anaphorAt(s, t); ok {
			tied = true
		}
	}
	if !tied {
		// "La Personería de Bogotá contabilizó 95 heridos y 51 detenidos el
		// pasado fin de semana" alone: the sets leave it unplaced.
		return
	}
	r, ok := d.smallestHolding([]PlaceData{town})
	if !ok {
		return
	}
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if len(cd.Places) > 0 || c.i < at {
			continue
		}
		cd.Places = []Ref{r}
		d.claims[c.claim].Data = cd
	}
}

// tollNouns name a running toll or tally: "the national death toll",
// "el balance nacional", "the national figure".
var tollNouns = []string{"toll", "tally", "figure", "count", "balance", "total", "saldo", "cifra", "conteo", "registro", "recuento"}

// nationalTollPlace gives a count that a national toll's words lead to in
// its clause ("…, as the national death toll from five days of unrest rose
// to 15", "while the national figure rose to 17", "El balance nacional del
// Ministerio del Interior suma 11 fallecidos y 1.462 detenidos") the
// country where the text names it outside its dateline, else none, not
// the town of the scene the clause follows: the toll is the country's
// (round 43).
func (d *doc) nationalTollPlace(s []token, spots []countSpot) {
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if len(cd.Places) != 1 || len(cd.Places[0].ID) == 2 || cd.PartOf != nil {
			continue
		}
		national := false
		for k := c.i - 1; k >= 0 && k >= c.i-14; k-- {
			if s[k].Text == "," || s[k].Text == ";" || s[k].Text == "." || s[k].Text == ":" {
				break
			}
			if d.placeMentionAt(s, k) {
				national = false
				break
			}
			if s[k].is("national", "nacional") && (k+1 < len(s) && anyIs(s[k+1:k+2], tollNouns...) || k+2 < len(s) && s[k+1].is("death") && anyIs(s[k+2:k+3], tollNouns...) ||
				k > 0 && anyIs(s[k-1:k], tollNouns...)) {
				national = true
			}
		}
		if !national {
			continue
		}
		cd.Places = d.countryOrNone(cd.Places[0].ID)
		d.claims[c.claim].Data = cd
	}
}

// placeMentionAt reports whether a place mention of the text, outside its
// dateline, starts at s[k].
func (d *doc) placeMentionAt(s []token, k int) bool {
	for _, m := range d.placesIn(sentenceSpan(s)) {
		if m.start == s[k].Start && !d.inDateline(m.start) {
			return true
		}
	}
	return false
}

// dayClashAfter reports whether the words after a count, in its clause,
// tie it to a clash by its weekday ("122 people were injured in Friday's
// clash", "four police officers were also hurt in Sunday's clashes"): the
// clash the paragraph told, as theEventAfter reads "in the clash".
func dayClashAfter(s []token, j int) bool {
	for k := j; k+2 < len(s) && !s[k].is(".", ";", ","); k++ {
		if !s[k].is("in", "during") || !possessive(s[k+1]) || !weekdayNames[possessiveBase(s[k+1].Norm)] {
			continue
		}
		return s[k+2].is("clash", "clashes", "confrontation", "confrontations", "operation", "crackdown", "violence", "unrest", "riots")
	}
	return false
}

// weekdayNames are the English weekdays, folded.
var weekdayNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// strikeDaysPlace gives the counts of a sentence that names no place and
// sums the days of a strike or of the protests ("Guatatuca was one of six
// people who died during the 18-day strike, according to the Alliance",
// MT "11 persons died and 1,340 resulted wounded in the 11 days of the
// strike of October"), not dated by a day of their own, the country where
// the text names it, else none, not the town of the scene carried to them:
// a strike's days are the country's toll, as "since the strike began" is
// (sinceTotalPlace).
func (d *doc) strikeDaysPlace(s []token, spots []countSpot) {
	if !strikeDaysIn(s) || !d.placeless(s) || anyIs(s, localTotalWords...) {
		return
	}
	for _, c := range spots {
		cd := d.claims[c.claim].Data.(CountData)
		if len(cd.Places) != 1 || len(cd.Places[0].ID) == 2 || cd.DatePrecision == "day" && !cd.Since {
			continue
		}
		cd.Places = d.countryOrNone(cd.Places[0].ID)
		d.claims[c.claim].Data = cd
	}
}

// strikeDaysIn reports whether a sentence sums a strike's or the
// protests' days: "during the 18-day strike", "in nine days of protests",
// "in the 11 days of the strike", "durante los 18 días de paro", "en los
// 11 días de protestas".
func strikeDaysIn(s []token) bool {
	event := func(t token) bool {
		return t.is("strike", "strikes", "protests", "protest", "unrest", "paro", "huelga", "protestas", "movilizaciones", "levantamiento", "uprising")
	}
	for k := 0; k+1 < len(s); k++ {
		if !(s[k].Kind == tokNumber || numberValue(s[k].Norm) > 1) {
			continue
		}
		d := k + 1
		if s[d].Text == "-" && d+1 < len(s) && s[d+1].is("day") {
			d++ // "the 18-day strike"
		}
		if !s[d].is("days", "dias", "jornadas") && !(s[d].is("day") && d > k+1) {
			continue
		}
		n := d + 1
		if n < len(s) && s[n].is("national", "nacional") {
			n++ // "the 18-day national strike"
		}
		if n < len(s) && s[n].is("of", "de", "del") {
			n++
		}
		if n < len(s) && s[n].is("the", "el", "la", "las", "los") {
			n++
		}
		if n < len(s) && event(s[n]) {
			return true
		}
	}
	return false
}

// countryOrNone returns the place of a national count whose scene's place
// was id: the country holding it where the text names that country
// outside its dateline, else none (round 43).
func (d *doc) countryOrNone(id string) []Ref {
	iso := refCountry(id)
	if r := d.countryRef(iso); r != nil && d.countryNamedInText(iso) {
		return []Ref{*r}
	}
	return nil
}

// capitalOfRegion reports whether the region at s[i] only names the town
// whose capital it is: "were registered in the capital of the Cauca 3
// deceased ones", "en la capital del Huila": the anaphor "the capital" is
// the count's place (anaphorAt), the region locates it.
func capitalOfRegion(s []token, i int, pd PlaceData) bool {
	if pd.Level == "country" || pd.Level == "water" || pd.Level == "city" || pd.Level == "district" || pd.Level == "locality" || i < 2 {
		return false
	}
	k := i - 1
	if s[k].is("the", "la", "el") {
		k--
	}
	return k >= 1 && s[k].is("of", "de", "del") && s[k-1].is("capital") && !s[k-1].Cap
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
