package extract

import (
	"sort"
	"strings"
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
