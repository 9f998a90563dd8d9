// Levels, regions and neighbours: the smallest place holding others, towns
// and regions abroad, capitals and country names.

package extract

import (
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
)

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
