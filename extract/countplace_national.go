// National totals and datelines: counts that cover the whole country, the
// dateline's town, stories filed from abroad and strike-day totals.

package extract

import (
	"strings"
	"time"

	"github.com/rastro-project/rastro/internal/fold"
)

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
