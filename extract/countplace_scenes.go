// Scenes and sites: water, clashes, site nouns and the passes that place a
// sentence's counts at the scene told before.

package extract

import (
	"strings"

	"github.com/rastro-project/rastro/gazetteer"
)

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
