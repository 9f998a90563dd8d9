package extract

import (
	"regexp"
	"strings"

	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/internal/fold"
)

// Dateline is the opening of a wire or newspaper story: "Lima (BLAZETRENDS).-",
// "LIMA.-", "Lima, 12 ene (EFE).-", "LIMA, Peru (AP) —".
type Dateline struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Place  string `json:"place"`
	Agency string `json:"agency,omitempty"` // the news agency or publisher in brackets
	Date   string `json:"date,omitempty"`   // as written, "12 ene"

	agencyStart, agencyEnd int // where the brackets' text stands in the text
	// peru is set when the dateline names Peru after its place ("DESAGUADERO,
	// Peru (Reuters) -"): the place is Peru's, whatever homonym abroad the
	// story's other countries would suggest.
	peru bool
}

var datelineRe = regexp.MustCompile(`^(?P<place>\p{Lu}[\p{L}'’.]*(?:[ \-]\p{Lu}[\p{L}'’.]*|[ ](?:de|del|la|las|los|of)){0,4})` +
	`(?:,\s*(?P<region>\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?))?` +
	`(?:,\s*(?P<date>\d{1,2}(?:\s+(?:de|of))?\s+\p{L}{3,10}\.?(?:\s+(?:de\s+)?\d{4})?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?))?` +
	`\s*(?:\((?P<agency>[^()\n]{1,40})\))?` +
	`\s*(?P<dash>\.?\s?[-–—]{1,2}|:|\.\s)\s*`)

// findDateline looks at the start of the first paragraphs (a headline may
// come first) for a dateline.
func (d *doc) findDateline() {
	for pi, p := range d.paras {
		if pi > 2 {
			return
		}
		line := d.text[p.Start:p.End]
		m := datelineRe.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		group := func(name string) (string, int, int) {
			k := datelineRe.SubexpIndex(name)
			if m[2*k] < 0 {
				return "", -1, -1
			}
			return line[m[2*k]:m[2*k+1]], p.Start + m[2*k], p.Start + m[2*k+1]
		}
		place, ps, pe := group("place")
		agency, as, ae := group("agency")
		date, ds, de := group("date")
		dash, _, _ := group("dash")
		if strings.HasSuffix(place, ".") && strings.HasPrefix(strings.TrimSpace(dash), "-") {
			// "Ayacucho.-": the place's letters took the dash's dot.
			place, pe, dash = strings.TrimSuffix(place, "."), pe-1, "."+dash
		}
		if strings.HasSuffix(date, ".") && strings.HasPrefix(strings.TrimSpace(dash), "-") {
			// "Azángaro, 16 de enero.-": the date's letters took the dash's dot.
			date, de, dash = strings.TrimSuffix(date, "."), de-1, "."+dash
		}
		// "Santiago de Chile.-", MT "Santiago of Chile.-": the country is
		// part of the city's name, no second place; the mention keeps its
		// span so that the country is not read again.
		cityCountry := ""
		if k := strings.LastIndex(place, " "); k > 0 && foreignPlace(place[k+1:]) != "" {
			for _, of := range []string{" de", " of"} {
				if before, ok := strings.CutSuffix(place[:k], of); ok {
					cityCountry, place = foreignPlace(place[k+1:]), before
				}
			}
		}
		// A colon only makes a dateline after an upper-case place ("LIMA:"),
		// a full stop after one or after a date ("Puno, 24 de enero.");
		// a bare dash needs an agency or an upper-case place, so that an
		// ordinary sentence with a dash is not taken for one.
		upper := place == strings.ToUpper(place)
		if (dash == ":" || strings.TrimSpace(dash) == "." && date == "") && !upper || len([]rune(place)) < 3 || (agency == "" && !upper && !strings.HasPrefix(strings.TrimSpace(dash), ".")) {
			continue
		}
		cands := d.gaz.Resolve(place)
		if len(cands) == 0 && foreignPlace(place) == "" && d.gaz.World(fold.Words(place)) == nil {
			continue
		}
		if cityCountry != "" {
			d.countries[cityCountry] = true
			d.datelineCountry = cityCountry
		} else if region, _, _ := group("region"); foreignPlace(region) != "" {
			d.countries[foreignPlace(region)] = true
			d.datelineCountry = foreignPlace(region)
		} else if cc := regionHoldsAbroad(d.gaz.World(fold.Words(place)), region, cands); cc != "" {
			// "Montero, Santa Cruz.-": the region after the town holds it
			// abroad, not in Peru.
			d.datelineCountry = cc
		} else if w := d.gaz.World(fold.Words(place)); len(w) > 0 && (len(cands) == 0 || region == "" && (minorDistricts(cands) && !d.namesPeruOnly(p, p.Start+m[1]) && !peruNamedIn(p) || regionAbroad(w, cands))) {
			// ("LA MERCED.- … in Pichanaqui": a town only Peru has keeps
			// a small district's name in Peru; so does Peru named in the
			// paragraph, MT "DESAGUADERO.- … the bridge binational that
			// unites Peru and Bolivia")
			// "EL ALTO.-", "CUENCA.-", "SANTIAGO.-": a dateline names a town
			// with a newsroom; a Peruvian district that seats no province
			// is less likely to be it than the town abroad ("EL ALTO,
			// Piura." names its region); so is a province of Peru beside a
			// region abroad whose capital bears the name ("SANTA CRUZ.-").
			d.datelineCountry = d.neighbourFirst(w, p.toks).Country
			if cc := oneTownAbroad(w); cc != "" && !d.countries[d.datelineCountry] {
				// "SUCRE.-": a dateline names a town its readers know by
				// the name alone, so a neighbour where the name means one
				// place (Bolivia's capital) outweighs one where it means a
				// region and towns elsewhere (Colombia's department of
				// Sucre and its namesakes in Cauca and Santander).
				d.datelineCountry = cc
			}
		}
		region, _, _ := group("region")
		d.dateline = &Dateline{Start: p.Start + m[0], End: p.Start + m[1], Place: place, Agency: strings.TrimSpace(agency), Date: date, agencyStart: as, agencyEnd: ae,
			peru: len(cands) > 0 && peruWord(region)}
		d.places = append(d.places, placeMention{start: ps, end: pe, name: place, dateline: true})
		if date != "" {
			d.dates = append(d.dates, d.resolveDateline(date, ds, de))
		}
		return
	}
}

// oneTownAbroad returns the one neighbour country (Bolivia, Chile, Ecuador,
// Colombia) whose readings of a name, with the namesakes the gazetteer
// keeps no reading of, all lie in one first-level unit, when every other
// neighbour's lie in two or more: the name is unambiguous only there. A region counts as the unit it is, so that "La
// Paz" (Bolivia's department and its city) is one place.
func oneTownAbroad(world []*gazetteer.WorldPlace) string {
	units := map[string]map[string]bool{}
	for _, w := range world {
		switch w.Country {
		case "BO", "CL", "EC", "CO":
		default:
			continue
		}
		unit := w.Admin1
		if w.Level == "admin1" {
			unit = w.Name
		}
		if units[w.Country] == nil {
			units[w.Country] = map[string]bool{}
		}
		units[w.Country][fold.Words(unit)] = true
		for _, u := range w.Elsewhere {
			units[w.Country][fold.Words(u)] = true
		}
	}
	one := ""
	for cc, u := range units {
		if len(u) == 1 {
			if one != "" {
				return ""
			}
			one = cc
		}
	}
	return one
}

// regionHoldsAbroad returns the country of a town abroad whose first unit
// is named region, when no Peruvian place of the town's name lies in a
// Peruvian unit so named.
func regionHoldsAbroad(world []*gazetteer.WorldPlace, region string, cands []gazetteer.Candidate) string {
	r := fold.Words(region)
	if r == "" {
		return ""
	}
	for _, c := range cands {
		if fold.Words(c.Place.Department) == r || fold.Words(c.Place.Province) == r {
			return ""
		}
	}
	for _, w := range world {
		if fold.Words(w.Admin1) == r {
			return w.Country
		}
	}
	return ""
}

// outletInDateline reports whether the place m stands in the brackets of
// the dateline but lies in another country than the dateline's city:
// "JULIACA (Los Andes).-" names the newspaper, while "YUMBO (Valle del
// Cauca).-" names the city's region.
func (d *doc) outletInDateline(m placeMention) bool {
	dl := d.dateline
	if dl == nil || dl.agencyStart < 0 || m.start < dl.agencyStart || m.start >= dl.agencyEnd {
		return false
	}
	cc := d.datelineCountry
	if cc == "" && len(d.gaz.Resolve(dl.Place)) > 0 {
		cc = "PE"
	}
	return cc != "" && m.data.Country != cc
}

// peruWord reports whether w names Peru ("Peru", "Perú", "PERU").
func peruWord(w string) bool { return fold.Words(w) == "peru" }

// peruNamedIn reports whether paragraph p names Peru itself, not as the far
// side of a border ("la frontera con Perú") or where someone went or came
// from ("fled to Peru", "llegó desde Perú").
func peruNamedIn(p paragraph) bool {
	for _, s := range p.sentences {
		for i, t := range s {
			w := strings.TrimSuffix(strings.TrimSuffix(t.Norm, "'s"), "’s")
			if t.Kind == tokWord && t.Cap && w == "peru" && !neighbourBefore(s, i) && !(i > 0 && s[i-1].is("to", "a", "hacia", "from", "desde", "al", "del")) {
				return true
			}
		}
	}
	return false
}
