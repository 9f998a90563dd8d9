// Parts and wholes: counts listed as parts of a whole, and the places a
// part takes from its whole.

package extract

import (
	"strings"
)

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
