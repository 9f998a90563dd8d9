// Count dates: setCountDates and the rules that tie each count to its day,
// spans, periods, anniversaries and days pointed back to.

package extract

import (
	"strings"
	"time"

	"github.com/rastro-project/rastro"
)

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

// untilThisDay reports whether a sentence counts up to a weekday of this
// week ("deja hasta este domingo el paro", MT "From the 3 of October until
// this Wednesday are counted"): a running toll's day, which under the
// capital's dateline is the country's, not the capital's.
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

// sinceIn reports whether a sentence counts from a start on: "since",
// "desde".
func sinceIn(s []token) bool {
	return anyIs(s, "since", "desde")
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

// weekdayNames are the English weekdays, folded.
var weekdayNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}
