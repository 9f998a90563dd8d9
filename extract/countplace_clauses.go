// Clauses, speakers, tolls and tallies: how a count's clause, attribution
// and running toll are read when placing and dating it.

package extract

import (
	"sort"
	"strings"
	"unicode"
)

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

// clauseBreak reports whether a semicolon or a contrast ("while",
// "mientras") stands in s[a:b].
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
