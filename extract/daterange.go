package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
)

// Dates as reporters write them around the patterns of dates.go: ranges
// ("del 3 al 15 de marzo", "from December to February", "January 11 and
// 12"), periods relative to the publication ("the weekend", "a month ago",
// "the last two weeks", "en lo que va del año"), dates that take their
// month or year from the one before ("ese año", "that month", "a week
// later"), "since" a few words before a date, and relative dates inside a
// quotation, which are the speaker's and not the story's.

type relKind int

const (
	relWeekend relKind = iota + 1
	relMonthAgo
	relLastTwoWeeks
	relLastWeek
	relYearSoFar
	relThatMonth
	relThatYear
	relWeekLater
	relDayLater
	relWeekSince
	relEve
	relVispera
	relDayAfter
	relDayBefore
	relThatDay
	relYearStart
	relMonthSoFar
	relWeekStart
	relWeekSoFar
	relSinceThen
)

var relLex = func() *lexicon[relKind] {
	l := newLexicon[relKind]()
	l.add(relWeekend, "el fin de semana", "el pasado fin de semana", "el ultimo fin de semana", "este fin de semana",
		"del fin de semana", "del ultimo fin de semana", "del pasado fin de semana", "the weekend", "last weekend", "this weekend", "over the weekend", "the past weekend",
		// A weekend of events: "a weekend of clashes", "un fin de semana de protestas".
		"a weekend of", "un fin de semana de",
		// "were injured in weekend riots": the weekend as an event's epithet.
		"weekend riots", "weekend clashes", "weekend protests", "weekend violence", "weekend unrest", "weekend demonstrations")
	l.add(relMonthAgo, "a month ago", "one month ago", "hace un mes", "the month passed", "the past month", "el mes anterior")
	l.add(relLastTwoWeeks, "the last two weeks", "the past two weeks", "las ultimas dos semanas", "las dos ultimas semanas")
	l.add(relLastWeek, "the last week", "during the last week", "la ultima semana", "the past week")
	l.add(relYearSoFar, "en lo que va del ano", "so far this year", "en lo que va de este ano")
	// MT renders "en lo que va del mes" word for word: "in what goes of the month".
	l.add(relMonthSoFar, "en lo que va del mes", "en lo que va de este mes", "so far this month", "in what goes of the month",
		"in what goes of this month")
	// "since the start of the year": 1 January to publication.
	l.add(relYearStart, "since the start of the year", "since the beginning of the year", "since the start of this year",
		"since the beginning of this year", "desde inicios de ano", "desde inicios del ano", "desde inicio de ano",
		"desde comienzos de ano", "desde comienzos del ano", "desde principios de ano", "desde principios del ano",
		"desde el inicio del ano", "desde el comienzo del ano", "desde el principio del ano", "en lo que va de ano",
		"in what goes of the year", "in what goes of year") // MT of "en lo que va de(l) año"
	// "since the start of the week": its Monday to publication.
	l.add(relWeekStart, "since the start of the week", "since the beginning of the week", "since the start of this week",
		"since the beginning of this week", "desde el inicio de la semana", "desde el comienzo de la semana",
		"desde inicios de semana", "desde inicios de la semana", "desde el lunes de esta semana")
	// "en lo que va de la semana", like "en lo que va del mes": this week.
	l.add(relWeekSoFar, "en lo que va de la semana", "en lo que va de esta semana", "so far this week", "in what goes of the week")
	l.add(relThatMonth, "that month", "ese mes", "ese mismo mes", "that same month", "later that month", "the same month")
	l.add(relThatYear, "that year", "ese ano", "ese mismo ano", "the same year", "that same year", "el mismo ano")
	l.add(relWeekLater, "a week later", "one week later", "una semana despues", "una semana mas tarde")
	l.add(relDayLater, "the next day", "the following day", "a day later", "al dia siguiente", "un dia despues",
		"the following night", "the next night", "la noche siguiente") // the night of the day after
	l.add(relWeekSince, "desde hace una semana", "for a week now", "for the past week")
	// "Desde entonces, la Policía ha detenido a 27": from the day last
	// named to the story, as "since" before that day would be.
	l.add(relSinceThen, "desde entonces", "since then", "ever since then")
	// The night before publication: MT "the past night" (word for word "la
	// noche pasada", last night).
	l.add(relEve, "the past night", "the night passed", "la noche pasada")
	// "La víspera": the eve of the day last named, or of publication.
	l.add(relVispera, "la vispera")
	// "on Saturday, a day after 18 officers were hurt": the day before.
	l.add(relDayAfter, "a day after", "one day after", "the day after", "un dia despues de que")
	// "The day before, police had detained 30": the day before the last date.
	// "That day 10 persons died", "Ese día murieron…", "injured that
	// night": the day last named.
	l.add(relThatDay, "that day", "that same day", "the same day", "ese dia", "ese mismo dia", "aquel dia", "el mismo dia", "that very day",
		"that night", "that same night", "esa noche", "esa misma noche", "aquella noche", "aquella jornada",
		"the same night", "la misma noche", // MT "in the same night" is "en la misma noche"
		// Other parts of the day point back as the night does: "the
		// afternoon of the Wednesday … that afternoon were attended 16".
		"that afternoon", "that same afternoon", "esa tarde", "esa misma tarde", "aquella tarde", "la misma tarde",
		"that morning", "that same morning", "esa manana", "esa misma manana", "esa madrugada", "esa misma madrugada", "aquella madrugada",
		"that evening", "that same evening",
		"overnight") // only after a night named: "on Monday night … 14 people wounded overnight"
	l.add(relDayBefore, "the previous day", "the day before", "el dia anterior", "un dia antes", "a day earlier", "one day earlier",
		"the night before", "the previous night", "la noche anterior", "the evening before", "la tarde anterior")
	return l
}()

// eventAfter reports whether the word after an eve names the event it is
// the eve of ("la víspera del paro", "the day before the march"). MT
// "the past night" ends its phrase: an article after it opens a verb-first
// subject ("died the past night a manifestant").
func eventAfter(t token, kind relKind) bool {
	if kind == relEve {
		return t.is("de", "del")
	}
	return t.is("de", "del", "the", "a", "al") || kind == relDayBefore && t.is("la", "el")
}

// echoKind marks a date that only points back to the day named earlier in
// its sentence.
const echoKind = "echo"

// refineDates adds, merges and drops date mentions of a paragraph.
func (d *doc) refineDates(p paragraph, found []dateMention) []dateMention {
	if d.opt.Published.IsZero() {
		return found
	}
	pub := d.published()
	found = d.yearCarried(p.toks, found, pub)
	found = d.yearBack(p.toks, found)
	found = partOfMonth(p.toks, found, pub) // before "the last week" reads part of it
	found = firstMonths(p.toks, found, pub)
	found = d.addRelatives(p, found, pub)
	// A weekday takes its day number before ranges are joined: "del lunes 9
	// y el martes 10 de enero" links two days.
	found = weekdayDays(p.toks, found, pub)
	// A lone day of the month last named joins ranges too: "the night of
	// 9 September 2020 and the early hours of the 10th".
	found = dayOfMonthBefore(p.toks, found, pub)
	found = weekOfLoneDay(p.toks, found, pub)
	found = d.mergeRanges(p.toks, found)
	found = d.daysLater(p, found)
	found = spanThatBegan(p.toks, found)
	found = spanThatLasted(p.toks, found)
	found = agoThenDate(p.toks, found)
	found = sameDayApposed(p.toks, found)
	found = d.anniversaryDays(p.toks, found, pub)
	for k := range found {
		d.markSince(p.toks, &found[k], found)
	}
	found = d.earlierThanLast(found, pub) // after "since": a period's start is no day to count back from
	found = untilCloses(p.toks, found)
	found = untilThen(p.toks, found)
	kept := found[:0]
	today := pub.Format(time.DateOnly)
	for _, dm := range found {
		if dm.data.Relative && insideQuote(d.text, p.Start, dm.start) {
			continue // "Hoy volvemos a marchar": the speaker's today
		}
		if agoYardstick(p.toks, dm) {
			continue // "the deadliest day since the strike began a month ago"
		}
		if firstDay(dm.data) > today || dm.ahead && announcedAt(p.toks, dm) || weekdayToCome(p.toks, dm) {
			continue // nothing is dated after the story
		}
		if dm.data.Precision == "range" && dm.data.To > today {
			dm.data.To = today // "from December to February" ends with the story
			if a, b, ok := strings.Cut(dm.data.Value, "/"); ok && b > today[:len(b)] {
				dm.data.Value = a + "/" + today[:len(b)]
			}
		}
		kept = append(kept, dm)
	}
	return kept
}

func (d *doc) addRelatives(p paragraph, found []dateMention, pub time.Time) []dateMention {
	toks := p.toks
	for i := 0; i < len(toks); i++ {
		kind, e, ok := relLex.match(toks, i)
		if !ok {
			continue
		}
		if kind == relWeekend && toks[e-1].is("of", "de") {
			e-- // "a weekend of clashes": the mention ends with the weekend
		}
		if kind == relWeekend && e+1 < len(toks) && toks[e].is("of", "de", "del") && overlaps(found, toks[e+1].Start, toks[e+1].End) {
			continue // "over the weekend of Feb. 18-19": the days written after it name it
		}
		start, end := toks[i].Start, toks[e-1].End
		// "bloquearon la víspera el puente": an article after "la víspera"
		// opens the verb's object, not an event.
		// Right after "where"/"when" it is the clause's time, and an article
		// opens the clause's subject: "the URI, where the night before a
		// minor had been detained".
		adverbial := i > 0 && toks[i-1].is("where", "when", "donde", "cuando")
		if (kind == relEve || kind == relVispera || kind == relDayBefore) && e < len(toks) && !adverbial && eventAfter(toks[e], kind) {
			continue // "la víspera del paro", "the day before the march": an event named after it
		}
		if overlaps(found, start, end) {
			if !within(found, start, end) {
				i = e - 1
				continue
			}
			found = dropWithin(found, start, end) // "desde hace una semana" over "hace una semana"
		}
		dm := dateMention{start: start, end: end, kind: "rel2"}
		dm.data.Relative = true
		prev, hasPrev := lastDateBefore(found, start)
		// "the day after" closing its clause is an adverb, the next day
		// ("police detained 14 people in the city the day after."), as "the
		// day before" closing one is the day before; only before its event
		// ("a day after 18 officers were hurt") does it date a clause back.
		if kind == relDayAfter && (e >= len(toks) || toks[e].is(".", ",", ";")) {
			kind = relDayLater
		}
		switch kind {
		case relWeekend:
			// The last Saturday and Sunday before publication.
			sat := pub.AddDate(0, 0, -((int(pub.Weekday())+1)%7 + 0))
			if pub.Weekday() == time.Saturday || pub.Weekday() == time.Sunday {
				sat = pub.AddDate(0, 0, -7-((int(pub.Weekday())+1)%7))
			}
			if pub.Weekday() == time.Sunday {
				sat = pub.AddDate(0, 0, -8)
			}
			dm = dm.period(sat, sat.AddDate(0, 0, 1), "day")
			if i > 0 && toks[i-1].is("since", "desde") {
				dm = dm.since(sat, pub) // "arrested … since the weekend": from its Saturday to the story
			}
		case relMonthAgo:
			dm = dm.set(monthOf(time.Date(pub.Year(), pub.Month(), 1, 12, 0, 0, 0, time.UTC).AddDate(0, -1, 0)), "month", true) // the month before, from its first day (31 May is not "31 April")
		case relLastTwoWeeks:
			dm = dm.period(pub.AddDate(0, 0, -14), pub, "day")
		case relLastWeek:
			dm = dm.week(pub.AddDate(0, 0, -7))
		case relYearSoFar:
			dm = dm.set(rastro.Date{Year: pub.Year()}, "year", true)
		case relMonthSoFar:
			dm = dm.set(monthOf(pub), "month", true)
		case relYearStart:
			jan1 := time.Date(pub.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
			dm = dm.since(jan1, pub)
		case relThatMonth, relThatYear:
			if k, ok := ofDateBefore(found, toks, i); kind == relThatYear && ok {
				// "En 2021 … el 31 de diciembre de ese año": the year last
				// written before the day, and no year claim of its own.
				d.thatYear(toks, found, k, pub)
				continue
			}
			at := pub
			if hasPrev {
				at = prev
			}
			if kind == relThatMonth {
				dm = dm.set(monthOf(at), "month", true)
				// After a month it only points back to it, as "that day" does
				// ("durante el mes de mayo … En ese mismo mes"); after a day
				// it names the month anew ("on December 11 … later that month").
				if precisionBefore(found, start) == "month" {
					dm.kind = echoKind
				}
			} else {
				dm = dm.set(rastro.Date{Year: at.Year()}, "year", true)
			}
		case relDayAfter, relDayBefore:
			if said := norm(d.text[start:end]); !hasPrev && kind == relDayBefore && (strings.Contains(said, "night") || strings.Contains(said, "noche")) {
				// "dislodged the blockade the previous night", "la noche
				// anterior" with no date before it in the paragraph: the
				// night before the story, as "anoche" is.
				dm = dm.set(rastro.DateOf(d.storyDay(pub).AddDate(0, 0, -1)), "day", true)
				break
			}
			if !hasPrev || !dayBefore(found, start) {
				continue
			}
			// Not from the day a statement was made: "arrested 22 people
			// … on Saturday night …, the Interior Ministry said on Sunday.
			// … The day before": the Friday.
			if from, ok := d.dayCountedFrom(p, found, start); ok {
				prev = from
			}
			dm = dm.set(rastro.DateOf(prev.AddDate(0, 0, -1)), "day", true)
		case relThatDay:
			if !hasPrev || !dayBefore(found, start) {
				continue
			}
			if from, ok := d.dayCountedFrom(p, found, start); ok {
				prev = from // "47 since protests broke out on Dec. 7. … hurt in the city that night"
			}
			if earlier, ok := pastDayBefore(found, start, pub); ok && sameDay(prev, pub) {
				prev = earlier
			}
			if named, ok := partNamedBefore(toks, found, start, toks[e-1].Norm); ok {
				prev = named // "la noche del 5 de mayo … murió ayer … esa misma noche": that night
			} else if toks[i].is("overnight") {
				continue
			}
			if placed, ok := placeNamedBefore(toks, found, i); ok {
				prev = placed // "in Sacaba on 15 November … in Senkata on 19 November. At Huayllani bridge … At Huayllani that day": the 15th
			}
			dm = dm.set(rastro.DateOf(prev), "day", true)
			// The day is named where it is pointed back to; "that day" is
			// no claim of its own.
			dm.kind = echoKind
		case relWeekLater, relDayLater:
			if !hasPrev || !dayBefore(found, start) {
				continue // "En marzo … al día siguiente": no day to count from
			}
			days := 7
			if kind == relDayLater {
				days = 1
			}
			if from, ok := d.dayCountedFrom(p, found, start); ok {
				prev = from
			}
			dm = dm.set(rastro.DateOf(prev.AddDate(0, 0, days)), "day", true)
		case relEve:
			dm = dm.set(rastro.DateOf(pub.AddDate(0, 0, -1)), "day", true)
		case relVispera:
			// "Ilave, 4 de enero.- … la víspera", "este martes … La
			// víspera": the day before the day the story stands on.
			eve := pub
			if hasPrev && dayBefore(found, start) {
				eve = prev
			}
			dm = dm.set(rastro.DateOf(eve.AddDate(0, 0, -1)), "day", true)
		case relSinceThen:
			if !hasPrev || !prev.Before(pub.Truncate(24*time.Hour)) {
				continue // nothing named before the story's own day
			}
			dm = dm.since(prev, pub)
		case relWeekSince:
			dm = dm.since(pub.AddDate(0, 0, -7), pub)
		case relWeekSoFar:
			dm = dm.week(pub)
		case relWeekStart:
			dm = dm.since(pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)), pub)
		}
		if dm.data.Value == "" {
			continue
		}
		found = insertDate(found, dm)
		i = e - 1
	}
	return found
}

// since makes dm the period from day a to publication day pub.
func (dm dateMention) since(a, pub time.Time) dateMention {
	dm = dm.set(rastro.DateOf(a), "day", true)
	dm.data.Since = true
	dm.data.From, dm.data.To = a.Format(time.DateOnly), pub.Format(time.DateOnly)
	return dm
}

// period makes dm the range from a to b, each written at precision.
func (dm dateMention) period(a, b time.Time, precision string) dateMention {
	dm = dm.set(rastro.DateOf(a), "day", dm.data.Relative)
	dm.data.Value = a.Format(time.DateOnly) + "/" + b.Format(time.DateOnly)
	dm.data.Precision = "range"
	dm.data.From, dm.data.To = a.Format(time.DateOnly), b.Format(time.DateOnly)
	return dm
}

func overlaps(found []dateMention, start, end int) bool {
	for _, dm := range found {
		if dm.start < end && start < dm.end {
			return true
		}
	}
	return false
}

// within reports whether every mention overlapping start:end lies inside it.
func within(found []dateMention, start, end int) bool {
	for _, dm := range found {
		if dm.start < end && start < dm.end && (dm.start < start || dm.end > end) {
			return false
		}
	}
	return true
}

func dropWithin(found []dateMention, start, end int) []dateMention {
	out := found[:0]
	for _, dm := range found {
		if !(start <= dm.start && dm.end <= end) {
			out = append(out, dm)
		}
	}
	return out
}

func insertDate(found []dateMention, dm dateMention) []dateMention {
	k := len(found)
	for k > 0 && found[k-1].start > dm.start {
		k--
	}
	found = append(found, dateMention{})
	copy(found[k+1:], found[k:])
	found[k] = dm
	return found
}

// lastDateBefore returns the first day of the last resolved date before pos.
func lastDateBefore(found []dateMention, pos int) (time.Time, bool) {
	for k := len(found) - 1; k >= 0; k-- {
		if found[k].end <= pos && found[k].data.Resolved {
			if t, err := time.Parse(time.DateOnly, firstDay(found[k].data)); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// ofDateBefore reports whether toks[i] follows "de"/"of" right after a day
// or month mention, whose year it then only names ("entre el 7 y el 31 de
// diciembre de ese año", "on 19 November of that year").
func ofDateBefore(found []dateMention, toks []token, i int) (int, bool) {
	if i == 0 || !toks[i-1].is("de", "of", "del") {
		return 0, false
	}
	for k, m := range found {
		if m.end <= toks[i-1].Start && m.end >= toks[i-1].Start-1 && (m.data.Precision == "day" || m.data.Precision == "month") {
			return k, true
		}
	}
	return 0, false
}

// thatYear moves the day or month found[k] before "de ese año" to the year
// last written before it, with the days of its sentence before it that
// took its year ("entre el 7 y el 31 de diciembre de ese año").
func (d *doc) thatYear(toks []token, found []dateMention, k int, pub time.Time) {
	y, from := 0, 0
	for j := len(found) - 1; j >= 0; j-- {
		if m := found[j]; m.end <= found[k].start && m.data.Resolved && yearIn.MatchString(d.text[m.start:m.end]) {
			y, from = m.date.Year, m.end
			break
		}
	}
	if y == 0 {
		return
	}
	for t := tokenIndex(toks, found[k].start); t >= 0 && toks[t].Start >= from; t-- {
		if toks[t].Text == "." || toks[t].Text == ";" {
			from = toks[t].End
			break
		}
	}
	old := found[k].date.Year
	for j := range found {
		if m := found[j]; j == k || m.start >= from && m.end <= found[k].start && m.data.Resolved && !m.data.Relative && m.date.Year == old && !yearIn.MatchString(d.text[m.start:m.end]) {
			found[j] = withYear(m, y, pub)
		}
	}
}

// withYear moves a day or month to year y, unless that puts it after the
// story.
func withYear(dm dateMention, y int, pub time.Time) dateMention {
	date := dm.date
	date.Year = y
	if date.First().After(pub) {
		return dm
	}
	return dm.set(date, dm.data.Precision, dm.data.Relative)
}

// dayCountedFrom returns the last day before pos that a later day counts
// from, or "that day" points back to: not one that opens a "since" period
// ("killing six people on Tuesday, in the deadliest day since Morales
// resigned on Nov. 10. … A day later the toll had climbed": the day after
// Tuesday), nor the day a statement was made ("set on fire on May 14.
// … her aunt said on Friday. … 27 people were injured that night").
func (d *doc) dayCountedFrom(p paragraph, found []dateMention, pos int) (time.Time, bool) {
	for k := len(found) - 1; k >= 0; k-- {
		m := found[k]
		if m.end > pos || !m.data.Resolved {
			continue
		}
		// A day inside ", where …" is a place's past ("set fire to the URI,
		// where the night before a minor had been detained. In the same
		// night …"): not the day pointed back to.
		if d.markSince(p.toks, &m, found); m.data.Since || d.reportedBy(p, m.start) || insideWhere(p.toks, tokenIndex(p.toks, m.start)) {
			continue
		}
		t, err := time.Parse(time.DateOnly, firstDay(m.data))
		return t, err == nil
	}
	return time.Time{}, false
}

// pastDayBefore returns the last day before pos that is not the story's
// own: a reporter calls the day of the march or hearing he reports "on
// Friday", and "that day" after it points back to the dated event ("10
// people shot dead on Dec. 15, 2022 … marched on Friday … wounded that
// day").
func pastDayBefore(found []dateMention, pos int, pub time.Time) (time.Time, bool) {
	for k := len(found) - 1; k >= 0; k-- {
		dd := found[k].data
		if found[k].end > pos || !dd.Resolved || dd.Precision != "day" {
			continue
		}
		if t, err := time.Parse(time.DateOnly, firstDay(dd)); err == nil && !sameDay(t, pub) {
			return t, true
		}
	}
	return time.Time{}, false
}

func sameDay(a, b time.Time) bool { return a.Format(time.DateOnly) == b.Format(time.DateOnly) }

// dayBefore reports whether the last resolved date before pos is a day.
func dayBefore(found []dateMention, pos int) bool { return precisionBefore(found, pos) == "day" }

// precisionBefore returns the precision of the last resolved date before
// pos, or "" when there is none.
func precisionBefore(found []dateMention, pos int) string {
	for k := len(found) - 1; k >= 0; k-- {
		if found[k].end <= pos && found[k].data.Resolved {
			return found[k].data.Precision
		}
	}
	return ""
}

func firstDay(dd DateData) string {
	if dd.From != "" {
		return dd.From
	}
	return dd.Value
}

func lastDay(dd DateData) string {
	if dd.To != "" && !dd.Since {
		return dd.To
	}
	return dd.Value
}

// rangeOpeners and rangeLinks frame a range: "from … to", "entre … y",
// "del … al".
func rangeOpener(t token) bool {
	return t.is("from", "between", "del", "de", "of", "desde", "entre") // MT and wire "the strike of 13 to 30 June"
}

func rangeLink(t token) (strict bool, ok bool) {
	switch {
	// "into": "from Monday afternoon into the early hours of Tuesday".
	case t.is("to", "al", "a", "hasta", "through", "until", "till", "into") || t.Text == "-" || t.Text == "–":
		return true, true
	case t.is("and", "y", "e"):
		return false, true
	}
	return false, false
}

// mergeRanges joins "from A to B" into one range mention, and reads a bare
// day beside a date ("del 3 al 15 de marzo", "January 11 and 12").
func (d *doc) mergeRanges(toks []token, found []dateMention) []dateMention {
	for k := range found {
		found[k] = monthThenDay(toks, found[k])
	}
	var out []dateMention
	for k := 0; k < len(found); k++ {
		a := found[k]
		ai := tokenIndex(toks, a.start)
		if k+1 < len(found) {
			b := found[k+1]
			if dm, ok := d.joinDates(toks, a, b, ai); ok {
				out = append(out, dm)
				k++
				continue
			}
			if dm, ok := betweenAcross(toks, a, b, ai); ok {
				out = append(out, dm)
				k++
				continue
			}
		}
		if dm, ok := hyphenMonths(toks, a); ok {
			out = append(out, dm)
			continue
		}
		if dm, ok := monthPair(toks, a, found, k); ok {
			out = append(out, dm)
			continue
		}
		if dm, ok := d.bareDayBefore(toks, a, ai); ok {
			out = append(out, dm)
			continue
		}
		if dm, ok := d.bareDayAfter(toks, a); ok {
			out = append(out, dm)
			for k+1 < len(found) && found[k+1].start < dm.end {
				k++ // "12, 2022" of "Dec. 11 and 12, 2022" is the range's end
			}
			continue
		}
		out = append(out, weekOf(toks, a))
	}
	return out
}

// monthPair reads a month joined by "and"/"y" to a bare month name after
// it ("in February and March", "durante diciembre y enero", "en enero y
// febrero") as the months from the first to the second: a bare month is
// too weak alone ("… and May"), not beside another.
func monthPair(toks []token, a dateMention, found []dateMention, k int) (dateMention, bool) {
	if a.data.Precision != "month" || !a.data.Resolved || a.data.Since {
		return a, false
	}
	t := tokenIndex(toks, a.end-1) + 1
	if t+1 >= len(toks) || !toks[t].is("and", "y", "e") {
		return a, false
	}
	m := monthNames[toks[t+1].Norm]
	if m == 0 || toks[t+1].Norm == "may" && !toks[t+1].Cap || k+1 < len(found) && found[k+1].start < toks[t+1].End {
		return a, false
	}
	if t+2 < len(toks) && (toks[t+2].Kind == tokNumber || toks[t+2].is("de", "of") && t+3 < len(toks) && toks[t+3].Kind == tokNumber && len(toks[t+3].Text) < 4) {
		return a, false // "enero y febrero 3", "January and 3 of February": a day follows
	}
	from, err := time.Parse("2006-01", a.data.Value)
	if err != nil {
		return a, false
	}
	y := from.Year()
	if m <= from.Month() {
		y++ // "diciembre y enero"
	}
	to := time.Date(y, m, 1, 12, 0, 0, 0, time.UTC)
	dm := a.period(from, to.AddDate(0, 1, -1), "month")
	dm.data.Value = from.Format("2006-01") + "/" + to.Format("2006-01")
	dm.end = toks[t+1].End
	return dm, true
}

// hyphenMonths reads a month name joined by a hyphen to a month with its
// year ("the April-June 2021 national strike") as the months from the
// first to the second: the bare first month is no date of its own.
func hyphenMonths(toks []token, a dateMention) (dateMention, bool) {
	i := tokenIndex(toks, a.start)
	if a.data.Precision != "month" || !a.data.Resolved || a.data.Since || i < 2 || toks[i-1].Text != "-" && toks[i-1].Text != "–" {
		return a, false
	}
	m := monthNames[toks[i-2].Norm]
	if m == 0 || !toks[i-2].Cap && toks[i-2].is("may") {
		return a, false
	}
	to, err := time.Parse("2006-01", a.data.Value)
	if err != nil {
		return a, false
	}
	y := to.Year()
	if m > to.Month() {
		y-- // "December-February 2023"
	}
	from := time.Date(y, m, 1, 12, 0, 0, 0, time.UTC)
	dm := a.period(from, to.AddDate(0, 1, -1), "month")
	dm.data.Value = from.Format("2006-01") + "/" + to.Format("2006-01")
	dm.start = toks[i-2].Start
	return dm, true
}

// weekOf reads "the week of 6 February", "la semana del 23 de enero" as
// the Monday-to-Sunday week holding the day. Only "of"/"del" ties the day
// to the week: in "for a third week on Monday" the week is the running
// count of the protest and "on Monday" the day it is told of.
func weekOf(toks []token, a dateMention) dateMention {
	first := tokenIndex(toks, a.start)
	t := first - 1
	if t >= 0 && toks[t].is("the", "el") {
		t--
	}
	of := first < len(toks) && toks[first].is("of", "del", "de") // the date's own words may hold the "del"
	if t >= 0 && toks[t].is("of", "del", "de") {
		t--
		of = true
	}
	if t < 0 || !of || a.data.Precision != "day" || !a.data.Resolved || a.data.Since || !toks[t].is("week", "semana") {
		return a
	}
	day, err := time.Parse(time.DateOnly, a.data.Value)
	if err != nil {
		return a
	}
	dm := a.week(day)
	dm.start = toks[t].Start
	return dm
}

// dayPartBefore returns where a part of the day naming the date at toks[i]
// begins ("the night of", "the early hours of", "la madrugada del", MT
// "the dawn of the", MT "the day of yesterday"), or i when none does: a
// range may join two such parts, "entre la noche del lunes y la madrugada
// del martes".
func dayPartBefore(toks []token, i int) int {
	if i > 0 && toks[i-1].is("late", "early") {
		return i - 1 // "between Oct. 3 and late Sunday"
	}
	t := i - 1
	if t >= 0 && toks[t].is("the", "el", "la") {
		t--
	}
	linked := toks[i].is("of", "del", "de", "on") // the mention took its "del"
	if t >= 0 && toks[t].is("of", "del", "de") {
		t, linked = t-1, true
	}
	if c := clockStart(toks, t); linked && c >= 0 {
		return c // "hasta las 22 horas del martes", "until 10 p.m. on Saturday"
	}
	if t < 0 || !dayParts[toks[t].Norm] && !(toks[t].is("day", "dia") && t+1 < i) {
		return i
	}
	t--
	if t >= 0 && toks[t].is("early", "small", "first", "last", "late", "primeras", "ultimas") {
		t--
	}
	if t >= 0 && toks[t].is("the", "el", "la", "las") {
		t--
	}
	return t + 1
}

// clockStart returns where an hour ending at toks[t] begins ("las 22
// horas", "las 18:00", MT "the 20 hours"), or -1: a tally closed at an
// hour of a day names that day. A bare number is no hour ("the 20 of").
func clockStart(toks []token, t int) int {
	marked := false
	if t >= 0 && toks[t].is("horas", "hours", "hrs", "pm", "am") {
		t, marked = t-1, true
	}
	if t >= 3 && toks[t].Text == "." && toks[t-1].is("m") && toks[t-2].Text == "." && toks[t-3].is("a", "p") {
		t, marked = t-4, true // "10 p.m.", "las 6:00 a.m."
	}
	if t >= 2 && toks[t].Kind == tokNumber && toks[t-1].Text == ":" && toks[t-2].Kind == tokNumber {
		t, marked = t-2, true
	}
	if !marked || t < 0 || toks[t].Kind != tokNumber || len(toks[t].Text) > 2 {
		return -1
	}
	if t > 0 && toks[t-1].is("las", "la", "the") {
		t--
	}
	return t
}

// dayParts are the parts of a day a reporter names beside it; a tally
// closed "hasta la medianoche del domingo" ends on that Sunday.
var dayParts = map[string]bool{"night": true, "morning": true, "afternoon": true, "evening": true, "dawn": true, "hours": true, "midnight": true,
	"noche": true, "manana": true, "tarde": true, "madrugada": true, "amanecer": true, "horas": true, "medianoche": true,
	// "al cierre del miércoles", MT "until the closing of this Wednesday":
	// a tally closed at the day's end; so MT "until the cut of the Friday
	// 14 of May" ("hasta el corte del viernes").
	"closing": true, "cierre": true, "cut": true}

// placeNamedBefore returns the day written beside the place named right
// before "that day" at toks[i] ("At Huayllani that day", "En Senkata, ese
// día"), when the paragraph tied that place to a day of its own before:
// the pointer goes back to that place's day, not the last one named.
func placeNamedBefore(toks []token, found []dateMention, i int) (time.Time, bool) {
	w := i - 1
	if w >= 0 && toks[w].Text == "," {
		w--
	}
	if w < 1 || !toks[w].Cap || toks[w].Kind != tokWord || !toks[w-1].is("at", "in", "en") {
		return time.Time{}, false
	}
	for k := len(found) - 1; k >= 0; k-- {
		dm := found[k]
		if dm.end > toks[w-1].Start || !dm.data.Resolved || dm.data.Precision != "day" || dm.kind == echoKind {
			continue
		}
		a := tokenIndex(toks, dm.start)
		for t := a - 1; t >= 0 && t >= a-8 && toks[t].Text != "." && toks[t].Text != ";"; t-- {
			if toks[t].Norm == toks[w].Norm {
				day, err := time.Parse(time.DateOnly, dm.data.Value)
				return day, err == nil
			}
		}
	}
	return time.Time{}, false
}

// partFamilies pair the parts of a day in either language.
var partFamilies = map[string]string{"night": "night", "noche": "night", "afternoon": "afternoon", "tarde": "afternoon",
	"morning": "morning", "manana": "morning", "madrugada": "dawn", "evening": "evening", "overnight": "night"}

// partNamedBefore returns the last day before pos named with the part of
// the day that part names ("the night of 5 May", "el lunes por la noche"):
// "that same night" points back to it past a later day told without it.
func partNamedBefore(toks []token, found []dateMention, pos int, part string) (time.Time, bool) {
	fam := partFamilies[part]
	if fam == "" {
		return time.Time{}, false
	}
	for k := len(found) - 1; k >= 0; k-- {
		dm := found[k]
		if dm.end > pos || !dm.data.Resolved || dm.data.Precision != "day" || dm.kind == echoKind {
			continue
		}
		i, j := tokenIndex(toks, dm.start), tokenIndex(toks, dm.end-1)+1
		named := false
		for t := dayPartBefore(toks, i); t < i; t++ {
			named = named || partFamilies[toks[t].Norm] == fam
		}
		if a := dayPartAfter(toks, j); a > j {
			named = named || partFamilies[toks[a-1].Norm] == fam
		}
		if named {
			t, err := time.Parse(time.DateOnly, dm.data.Value)
			return t, err == nil
		}
	}
	return time.Time{}, false
}

// dayPartAfter returns where the words after a date at toks[:i] that name
// a part of its day end ("Friday night", "el viernes por la noche", "on
// Saturday in the evening"), or i when none do: "between Friday night and
// Monday morning" joins the two days.
func dayPartAfter(toks []token, i int) int {
	t := i
	if t+1 < len(toks) && toks[t].is("por", "in", "during", "en", "durante") && toks[t+1].is("la", "the") {
		t += 2
	}
	if t < len(toks) && dayParts[toks[t].Norm] {
		return t + 1
	}
	return i
}

// yearIn finds a year written out in a date's words.
var yearIn = regexp.MustCompile(`\b(?:19|20)\d{2}\b`)

func (d *doc) joinDates(toks []token, a, b dateMention, ai int) (dateMention, bool) {
	if !a.data.Resolved || !b.data.Resolved || b.data.Since || a.data.Precision == "range" || b.data.Precision == "range" {
		return a, false
	}
	ae, bi := tokenIndex(toks, a.end-1)+1, tokenIndex(toks, b.start)
	strict, linked := false, false
	if bi < len(toks) {
		// "of December and January", "del 7 de diciembre al 28 de
		// febrero": the second date's pattern took the link word.
		if st, ok := rangeLink(toks[bi]); ok && (b.data.Precision == "month" || st) {
			strict, linked = st, true
		}
	}
	for t := dayPartAfter(toks, ae); t < dayPartBefore(toks, bi); t++ {
		if s, ok := rangeLink(toks[t]); ok && !linked {
			strict, linked = s, true
			continue
		}
		if toks[t].is("se") && t+1 < len(toks) && lastingVerbs[toks[t+1].Norm] {
			continue // "y se extendieron hasta"
		}
		if lastingVerbs[toks[t].Norm] && t > 0 && (toks[t-1].is("and", "y") || toks[t-1].is("se") && t > 1 && toks[t-2].is("y")) && t+1 < len(toks) {
			if s, ok := rangeLink(toks[t+1]); ok && s {
				// "clashes that began late Tuesday and ran into early
				// Wednesday": the verb carries the span on to its end.
				strict, linked = true, true
				t++
				continue
			}
		}
		if toks[t].Text == "," && yearIn.MatchString(d.text[a.start:a.end]) {
			continue // "between December 7, 2022, and February 9, 2023"
		}
		if toks[t].Text == "," && t+1 < len(toks) && toks[t+1].is("hasta", "until") {
			continue // "desde el inicio del paro, el 3 de octubre, hasta …": the comma closes the start's apposition
		}
		// "del lunes 9 y el martes 10 de enero", "of Saturday 14 and
		// Sunday 15 January": the second day's weekday names it too.
		if _, wd := weekdays[toks[t].Norm]; !toks[t].is("el", "the", "la") && !(wd && linked) {
			return a, false
		}
	}
	if !linked || a.data.Since && !strict {
		return a, false // "desde X hasta Y" is a range; "since X and Y" is not
	}
	opened, between := false, false
	for t := ai; t >= 0 && t >= dayPartBefore(toks, ai)-3; t-- {
		if rangeOpener(toks[t]) {
			opened, between = true, toks[t].is("between", "entre")
			break
		}
	}
	if !strict && !between && a.data.Precision == "day" && b.data.Precision == "day" && farApart(a.data.Value, b.data.Value) {
		// "on the nights of May 3 and May 28", "el 9 de enero y el 15 de
		// febrero": two days weeks apart joined by "and" are two days; a
		// span of them needs "between"/"entre" or a link such as "to".
		return a, false
	}
	months := a.data.Precision == "month" && b.data.Precision == "month"
	sameMonth := a.data.Precision == "day" && b.data.Precision == "day" && a.data.Value[:7] == b.data.Value[:7]
	if !(opened || strict && a.data.Precision == b.data.Precision || months || sameMonth && !strict) {
		return a, false
	}
	if a.data.Precision == b.data.Precision && (months || a.data.Precision == "day") && !yearIn.MatchString(d.text[a.start:a.end]) && yearIn.MatchString(d.text[b.start:b.end]) {
		// "between April 28 and May 31, 2021", "entre enero y diciembre de
		// 2022": the year written once is the first date's too (the year
		// before when its month comes later).
		y, _ := strconv.Atoi(b.data.Value[:4])
		if a.data.Value[5:7] > b.data.Value[5:7] {
			y--
		}
		ys := strconv.Itoa(y)
		a.data.Value = ys + a.data.Value[4:]
		if a.data.From != "" {
			a.data.From = ys + a.data.From[4:]
		}
		if a.data.To != "" {
			a.data.To = ys + a.data.To[4:]
		}
	}
	if firstDay(a.data) >= lastDay(b.data) {
		return a, false // "hoy a hoy" is one day, not a range
	}
	return joinSpan(a, b), true
}

// joinSpan is the range from a's first day to b's last, one mention
// from a's start to b's end.
func joinSpan(a, b dateMention) dateMention {
	dm := a
	dm.end = b.end
	dm.data.Value = a.data.Value + "/" + b.data.Value
	dm.data.Precision = "range"
	dm.data.From, dm.data.To = firstDay(a.data), lastDay(b.data)
	dm.data.Relative = a.data.Relative || b.data.Relative
	dm.data.Since = false
	return dm
}

// betweenAcross joins two days that "between"/"entre" frames with words
// between its ends: "between the start of the protests on Dec. 7 and
// Wednesday", "entre el 13 de junio, cuando arrancó el paro nacional …, y
// este lunes" are one range. Nothing between "between" and the first day
// may hold an "and" ("between police and protesters on Dec. 7 and …"), and
// the second day follows the only "and" after the first.
func betweenAcross(toks []token, a, b dateMention, ai int) (dateMention, bool) {
	if !a.data.Resolved || !b.data.Resolved || a.data.Since || b.data.Since || a.data.Precision != "day" || b.data.Precision != "day" || firstDay(a.data) >= lastDay(b.data) {
		return a, false
	}
	opened := false
	for t := ai; t >= 0 && t >= ai-8; t-- {
		if toks[t].is("between", "entre") {
			opened = true
			break
		}
		if toks[t].is("and", "y", "e") || toks[t].is(".", ";") || toks[t].Start < a.start && toks[t].Kind == tokNumber {
			return a, false
		}
	}
	if !opened {
		return a, false
	}
	ae, bi := tokenIndex(toks, a.end-1)+1, tokenIndex(toks, b.start)
	if bi < len(toks) && toks[bi].is("and", "y", "e") && toks[bi].Start < b.end {
		bi++ // "y este lunes": the link opens b
	}
	if bi-1 < ae || bi-ae > 16 || !toks[bi-1].is("and", "y", "e") {
		return a, false
	}
	for t := ae; t < bi-1; t++ {
		if toks[t].is("and", "y", "e", ".", ";") {
			return a, false
		}
	}
	return joinSpan(a, b), true
}

// farApart reports whether two days are more than a week apart.
func farApart(a, b string) bool {
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	return errA == nil && errB == nil && tb.Sub(ta) > 7*24*time.Hour
}

// lastingVerbs carry an event begun on one day on to another: "began
// late Tuesday and ran into early Wednesday", "y se extendieron hasta el
// martes".
var lastingVerbs = map[string]bool{"ran": true, "lasted": true, "continued": true, "stretched": true, "extended": true,
	"duro": true, "duraron": true, "siguio": true, "siguieron": true, "continuo": true, "continuaron": true,
	"extendio": true, "extendieron": true, "prolongo": true, "prolongaron": true}

// bareDayBefore reads "del 3 al 15 de marzo", "entre el 3 y el 13 de
// octubre": a day number linked to the date a.
func (d *doc) bareDayBefore(toks []token, a dateMention, ai int) (dateMention, bool) {
	if a.data.Precision != "day" || !a.data.Resolved || a.data.Since {
		return a, false
	}
	t := dayPartBefore(toks, ai) - 1
	if t >= 0 && toks[t].is("el", "the") {
		t--
	}
	if t < 0 {
		return a, false
	}
	strict, ok := rangeLink(toks[t])
	if !ok && ai < len(toks) && toks[ai].Start == a.start {
		// "desde el 4 hasta el 9 de enero", MT "from the 9 until the 11 of
		// January": the second date's pattern took the link word.
		if strict, ok = rangeLink(toks[ai]); ok {
			t = ai
		}
	}
	if !ok {
		return a, false
	}
	t--
	if t < 0 || toks[t].Kind != tokNumber && !ordinalDay.MatchString(toks[t].Text) {
		return a, false
	}
	text := strings.TrimRight(toks[t].Text, "stndrh") // "the 20th and 21st"
	day, err := strconv.Atoi(text)
	if err != nil || day < 1 || day > 31 || len(text) > 2 {
		return a, false
	}
	o := dayPartBefore(toks, t) - 1
	if o >= 0 && toks[o].is("el", "the") {
		o--
	}
	// Two days joined by "and" need no opener when a word of dates stands
	// before the first: "on 3 and 4 February", "of the 9 and 10 of
	// January", "los días 14 y 15 de diciembre".
	pair := !strict && o >= 0 && (toks[o].is("on", "of", "dias", "days", "nights", "noches") || o+1 < t)
	if o < 0 || !rangeOpener(toks[o]) && !pair && !bracketSpan(toks, o) {
		return a, false
	}
	first := a.data.Value[:8] + twoDigits(day)
	if first >= a.data.Value {
		return a, false
	}
	dm := a
	dm.start = toks[t].Start
	dm.data.Value = first + "/" + a.data.Value
	dm.data.Precision = "range"
	dm.data.From, dm.data.To = first, a.data.Value
	return dm, true
}

// bracketSpan reports whether toks[o] opens a bracket that holds a span
// of days written with a dash ("durante los once días del paro (3-13 de
// octubre de 2019)", "the 18 days of the strike (13-30 June 2022)"): the
// aside gives the span of what it follows, as "between" would.
func bracketSpan(toks []token, o int) bool {
	return toks[o].Text == "(" && o+2 < len(toks) && (toks[o+2].Text == "-" || toks[o+2].Text == "–")
}

// bareDayAfter reads "January 11 and 12", "December 11-12".
func (d *doc) bareDayAfter(toks []token, a dateMention) (dateMention, bool) {
	if a.data.Precision != "day" || !a.data.Resolved || a.data.Since {
		return a, false
	}
	t := tokenIndex(toks, a.end-1) + 1
	if t+1 >= len(toks) {
		return a, false
	}
	if _, ok := rangeLink(toks[t]); !ok {
		return a, false
	}
	if toks[t-1].Kind != tokNumber || len(toks[t-1].Text) == 4 && yearIn.MatchString(toks[t-1].Text) {
		// "on 15 December and 18 in Juliaca", "on 15 December 2022 and 18
		// in Juliaca": a day written first, or a date closed by its year,
		// is not joined by a bare day after it.
		return a, false
	}
	n := toks[t+1]
	day, err := strconv.Atoi(n.Text)
	if n.Kind != tokNumber || err != nil || day < 1 || day > 31 || len(n.Text) > 2 || tollNumber(toks, t+1) {
		return a, false
	}
	if t+2 < len(toks) {
		next := toks[t+2]
		// "the Jan. 11-12 clashes": a hyphen between the days with no
		// space, or an event noun after them, makes them a range.
		joined := n.Start == toks[t].End && toks[t].Start == toks[t-1].End
		if next.Kind == tokWord && !next.is("in", "en", "at", "when", "cuando", "during", "durante", "and", "y") && !joined && !monthEvents[next.Norm] {
			return a, false // "January 9 and 10 people": a count
		}
		if next.Kind == tokNumber || next.Text == "/" || next.Text == "." && t+3 < len(toks) && toks[t+3].Kind == tokNumber {
			return a, false
		}
		if (next.Text == "-" || next.Text == "–") && t+3 < len(toks) && toks[t+3].Kind == tokWord {
			return a, false // "a day after a 17-year-old girl …": an age, no day
		}
	}
	first := a.data.Value
	end := n.End
	// "Dec. 11 and 12, 2022": the year written after the second day is
	// both days', in a story of a later year.
	if t+3 < len(toks) && toks[t+2].Text == "," && toks[t+3].Kind == tokNumber && yearIn.MatchString(toks[t+3].Text) && len(toks[t+3].Text) == 4 && !yearIn.MatchString(d.text[a.start:a.end]) {
		first = toks[t+3].Text + first[4:]
		end = toks[t+3].End
	}
	last := first[:8] + twoDigits(day)
	if last <= first {
		return a, false
	}
	dm := a
	dm.end = end
	if date, err := rastro.ParseDate(first); err == nil {
		dm.date = date
	}
	dm.data.Value = first + "/" + last
	dm.data.Precision = "range"
	dm.data.From, dm.data.To = first, last
	return dm, true
}

// ordinalDay is a day written as an English ordinal: "20th", "1st".
var ordinalDay = regexp.MustCompile(`^[0-9]{1,2}(?:st|nd|rd|th)$`)

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// markSince makes a date the start of a period when "since"/"desde" stands
// a few words before it: "since protests erupted on Oct. 18", "desde el
// inicio del paro, el 3 de octubre".
func (d *doc) markSince(toks []token, dm *dateMention, found []dateMention) {
	if dm.data.Since || dm.data.Precision == "range" || !dm.data.Resolved {
		return
	}
	i := tokenIndex(toks, dm.start)
	// "ayer", "yesterday" after words that follow "since" tell when the
	// clause happened, not when the period began: "La jornada más violenta
	// desde el inicio de las protestas dejó ayer 17 muertos", "desde que
	// comenzaron las movilizaciones, ayer murieron 17" ("desde ayer" still
	// opens one, and so does "desde la tarde de ayer").
	deictic := toks[i].is("ayer", "yesterday", "hoy", "today", "anoche")
	lead := dayPartBefore(toks, i)
	// The comma of an apposition may stand before "the" and "past": MT
	// "from the beginning of the strike, the past 13 of June".
	comma := i - 1
	if comma > 0 && toks[comma].is("past", "last") {
		comma--
	}
	if comma > 0 && toks[comma].is("the", "el") {
		comma--
	}
	// From the mention's own first word: a weekday merged with its date
	// ("desde el lunes 9 de enero") brings the "since" inside the mention.
	for t := i; t >= 0 && t >= i-16; t-- {
		if deictic && t < lead-1 {
			return
		} // "since the arrival of the delegations of the south, the 16 of January"
		tk := toks[t]
		if t < i && (tk.Text == "." || tk.Text == ";" || tk.Kind == tokNumber) || tk.Text == "," && t != i-1 && t != comma {
			return
		}
		if _, wd := weekdays[tk.Norm]; wd {
			continue // "desde el lunes 9 de enero", "since Wednesday, January 18"
		}
		if tk.is("until", "till", "hasta") {
			return // "since the beginning of the protests until the 2 of February": its end, that day
		}
		if overlaps(found, tk.Start, tk.End) && tk.Start < dm.start {
			return
		}
		if tk.is("since") && yearsSince(toks, t) {
			return // "to mark a year since the killings of Jan. 9": that day
		}
		// An event that began on a weekday runs from it as from a written
		// day: "The death toll from the unrest that began on Friday rose to
		// 15".
		if tk.is("since") || tk.is("desde") && desdeOfTime(toks, t, i) || (!dm.data.Relative || weekdayNumbered(toks, i)) && dm.data.Precision == "day" && fromOpensSince(toks, t, i) || dm.data.Precision == "day" && fromStartOf(toks, t, i) ||
			(!dm.data.Relative || dm.data.Precision == "day") && t >= i-3 && eventThatBegan(toks, t) || dm.data.Precision == "day" && fromPastWeekday(toks, t, i) {
			dm.data.Since = true
			dm.data.From = firstDay(dm.data)
			dm.data.To = d.published().Format(time.DateOnly)
			sinceAgo(toks, dm, d.published())
			return
		}
	}
}

// sinceYardstick reports whether the "since"/"desde" that opens dm's period
// measures a superlative or a first ("the deadliest day since protests
// resumed on Jan. 4", "la más violenta desde la renuncia …, el 10 de
// noviembre", "the first death in the city since the 3 of May"): the span is
// only the comparison's yardstick, and its start alone is the date claim
// (settled in round 37), and it dates no count (eventDatesIn).
// Ordinals past the first stay periods.
func sinceYardstick(toks []token, dm dateMention) bool {
	// A relative day the period does not open tells when the clause
	// happened: "La jornada más violenta desde la renuncia … se vivió ayer".
	if dm.data.Precision == "range" || !dm.data.Resolved || dm.data.Relative && !dm.data.Since {
		return false
	}
	i := tokenIndex(toks, dm.start)
	for t := i; t >= 0 && t >= i-16; t-- {
		if t < i && (toks[t].Text == "." || toks[t].Text == ";") {
			return false
		}
		if toks[t].is("since", "desde") {
			return superlativeBefore(toks, t)
		}
	}
	return false
}

// agoYardstick reports whether dm, a time "ago" or "hace", only says
// how long ago the event began that a superlative measures from ("the
// city's deadliest day since the national strike began a month ago", "la
// jornada más violenta desde que comenzó el paro hace tres semanas"): round
// 37 gives such a yardstick's start as a claim only where the text writes a
// day or month, and round 32 gives a span named only by its event no date.
func agoYardstick(toks []token, dm dateMention) bool {
	i := tokenIndex(toks, dm.start)
	last := tokenIndex(toks, dm.end) - 1
	if i >= len(toks) || last < i || !toks[i].is("hace") && !toks[last].is("ago") {
		return false
	}
	began := false
	for t := i - 1; t >= 0 && t >= i-10; t-- {
		tk := toks[t]
		if tk.Text == "." || tk.Text == ";" || tk.Text == "," || tk.Kind == tokNumber {
			return false
		}
		if t >= i-3 && tk.is("began", "started", "erupted", "broke", "comenzo", "empezo", "inicio", "estallo",
			"comenzaron", "empezaron", "iniciaron") {
			began = true
		}
		if tk.is("since", "desde") {
			return began && superlativeBefore(toks, t)
		}
	}
	return false
}

// superlativeBefore reports whether a superlative or "first" stands in the
// few words before toks[t], within its clause: "the worst unrest in the
// capital since", "fue la más violenta desde", MT "is the first one in the
// region of the Biobío since". "más de 20 muertos desde" is an amount.
func superlativeBefore(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-9; k-- {
		tk := toks[k]
		if tk.Text == "." || tk.Text == ";" || tk.Text == "," || tk.Kind == tokNumber {
			return false
		}
		if tk.is("deadliest", "bloodiest", "worst", "largest", "biggest", "peor", "peores",
			"first", "primer", "primera", "primero", "primeros", "primeras") {
			return true
		}
		if tk.is("most", "mas") && k+1 < t && !toks[k+1].is("of", "de", "que", "than") {
			return true // "the most violent day since", "la más violenta desde"
		}
	}
	return false
}

// yearsSince tells whether "since" at t counts the time gone by to an
// anniversary ("to mark a year since", "two years since"): the date after
// it is the day marked, not the start of a running period, unless an
// article makes the time a span ("in the two years since …").
func yearsSince(toks []token, t int) bool {
	if t < 2 || !toks[t-1].is("year", "years", "month", "months") {
		return false
	}
	if !toks[t-2].is("a", "one") && numberValue(toks[t-2].Norm) == 0 {
		return false
	}
	return t < 3 || !toks[t-3].is("the", "those", "these")
}

// sinceAgo makes "since two weeks ago", "desde hace tres semanas", "desde
// hace dos meses" the period from that day to the story, as "desde hace
// una semana" is: a blockade's length, not a week or month of its own.
func sinceAgo(toks []token, dm *dateMention, pub time.Time) {
	if dm.kind != "ago" || dm.data.Precision != "week" && dm.data.Precision != "month" {
		return
	}
	for t := tokenIndex(toks, dm.start); t < len(toks) && toks[t].Start < dm.end; t++ {
		if n := numberValue(toks[t].Norm); n > 0 {
			from := pub.AddDate(0, 0, -7*n)
			if dm.data.Precision == "month" {
				from = pub.AddDate(0, -n, 0)
			}
			*dm = dm.since(from, pub)
			return
		}
	}
}

// yearCarried gives a day or month written without a year the year of
// the last date before it in the paragraph written with one, when that
// puts it on or after that date and not after the story: "In Sacaba, on 15
// November 2019, 10 people died …; in Senkata, on 19 November, 10 more" in
// a report of 2021 is 19 November 2019, not 2020.
func (d *doc) yearCarried(toks []token, found []dateMention, pub time.Time) []dateMention {
	order := make([]int, len(found))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return found[order[a]].start < found[order[b]].start })
	last, low, spanned := "", "", false
	for j, k := range order {
		dm := found[k]
		// A year that names the event ("the 2019 post-electoral crisis")
		// is a span of its own: its later months and days are of it.
		if dm.data.Resolved && !dm.data.Relative && dm.data.Precision == "year" && eventYear(toks, dm) {
			last, low, spanned = dm.data.Value, dm.data.Value, true
			continue
		}
		if !dm.data.Resolved || dm.data.Relative && !bareMonth(toks, dm) || dm.data.Precision != "day" && dm.data.Precision != "month" {
			continue
		}
		if yearIn.MatchString(d.text[dm.start:dm.end]) {
			last, low, spanned = dm.data.Value, dm.data.Value, false
			if j > 0 {
				low, spanned = d.spanStart(toks, found[order[j-1]], dm, low)
			}
			continue
		}
		if last == "" {
			continue
		}
		// Inside a span the year is the one that puts the day within it:
		// "between December 2022 and March 2023 … on 9 January" is 2023,
		// "… on 15 December" 2022.
		years := []int{atoi(last[:4])}
		if spanned && last[:4] != low[:4] {
			years = append(years, atoi(low[:4]))
		}
		for _, y := range years {
			v := strconv.Itoa(y) + dm.data.Value[4:]
			day := v
			if len(day) == 7 {
				day += "-01"
			}
			t, err := time.Parse(time.DateOnly, day)
			if err != nil || earlier(v, low) || spanned && earlier(last, v) || t.After(pub) {
				continue
			}
			if v != dm.data.Value {
				dm.data.Value = v
				dm.data.Relative = false
				if dm.data.From != "" {
					dm.data.From = v[:4] + dm.data.From[4:]
				}
				if dm.data.To != "" {
					dm.data.To = v[:4] + dm.data.To[4:]
				}
				if date, err := rastro.ParseDate(v); err == nil {
					dm.date = date
				}
				found[k] = dm
			}
			break
		}
	}
	return found
}

// eventYear reports whether the year dm qualifies an event noun it
// stands before, one adjective apart at most (a hyphened one is three
// tokens): "the 2019 post-electoral
// crisis", "the 2021 protests" (not "Decree 1186 of 2015").
func eventYear(toks []token, dm dateMention) bool {
	j := tokenIndex(toks, dm.end-1) + 1
	for k := j; k < len(toks) && k <= j+3; k++ {
		if eventNouns[toks[k].Norm] {
			return true
		}
		if toks[k].Kind != tokWord && toks[k].Text != "-" {
			return false
		}
	}
	return false
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// yearBack gives a day written without its year the year of a later day
// of its sentence written with one, joined to it by "and"/"y", when its
// own reading falls after that day: "the deaths in Sacaba on 15 November
// and in Senkata on 19 November 2019", in a report of 2021, are of 2019;
// "del 15 de diciembre … y del 9 de enero de 2023" keeps the year before,
// as coordinated days run forwards.
func (d *doc) yearBack(toks []token, found []dateMention) []dateMention {
	for k, dm := range found {
		if dm.data.Precision != "day" || !dm.data.Resolved || dm.data.Relative || dm.data.Since || yearIn.MatchString(d.text[dm.start:dm.end]) {
			continue
		}
		// Told backwards, a recent day may come first ("on Jan. 9 in
		// Juliaca and on Dec. 15, 2022 in Ayacucho"): only a reading
		// months after the written day is a year too late.
		later, ok := d.yearedDayAfter(toks, found, dm)
		if !ok || !dm.date.First().After(later.AddDate(0, 3, 0)) {
			continue
		}
		day := dm.date.First()
		moved := time.Date(later.Year(), day.Month(), day.Day(), 12, 0, 0, 0, time.UTC)
		if moved.After(later) {
			moved = moved.AddDate(-1, 0, 0)
		}
		if moved.Month() != day.Month() {
			continue // 29 February
		}
		found[k] = dm.set(rastro.DateOf(moved), "day", false)
	}
	return found
}

// yearedDayAfter returns the next date after dm, when it is a day of its
// sentence written with its year and "and"/"y" stands between them
// ("between January 11 and 13 … between December 7, 2022 and …" is no
// pair: the 13th comes first).
func (d *doc) yearedDayAfter(toks []token, found []dateMention, dm dateMention) (time.Time, bool) {
	best := -1
	for j, o := range found {
		if o.start >= dm.end && (best < 0 || o.start < found[best].start) {
			best = j
		}
	}
	if best < 0 || found[best].data.Precision != "day" || !found[best].data.Resolved || !yearIn.MatchString(d.text[found[best].start:found[best].end]) {
		return time.Time{}, false
	}
	joined := false
	for t := tokenIndex(toks, dm.end-1) + 1; t < len(toks) && toks[t].Start < found[best].start; t++ {
		if toks[t].Text == "." || toks[t].Text == ";" {
			return time.Time{}, false
		}
		joined = joined || toks[t].is("and", "y", "e")
	}
	return found[best].date.First(), joined
}

// anniversaryDays moves a day written without its year that falls on or
// just before the story back by the years an anniversary names ("One year
// after the May 28 killings", "Two years after the Nov. 15 killings", "A
// un año de la masacre … aquel 15 de noviembre", "the first anniversary"):
// the story marks the day; the events are of that earlier year.
// fulfils reports whether toks[i], or the word before it after "hoy",
// is a form of "cumplir" that counts the years to an anniversary: "Al
// cumplirse hoy un año de la masacre", "cuando se cumplen dos años de".
func fulfils(toks []token, i int) bool {
	if i >= 1 && toks[i].is("hoy", "today") {
		i--
	}
	return i >= 0 && strings.HasPrefix(toks[i].Norm, "cumpl")
}

func (d *doc) anniversaryDays(toks []token, found []dateMention, pub time.Time) []dateMention {
	n := anniversaryYears(toks)
	if n == 0 {
		return found
	}
	for k, dm := range found {
		if dm.data.Since || dm.data.Role == "dateline" || !dm.data.Resolved || yearIn.MatchString(d.text[dm.start:dm.end]) {
			continue
		}
		if dm.data.Precision == "month" && bareMonth(toks, dm) {
			found[k] = anniversaryMonth(toks, dm, pub, n)
			continue
		}
		if dm.data.Precision != "day" || dm.data.Relative {
			continue
		}
		day, err := time.Parse(time.DateOnly, dm.data.Value)
		if err != nil || day.After(pub) || day.Before(pub.AddDate(0, 0, -7)) || namedMonth(toks, dm) {
			continue
		}
		found[k] = dm.set(rastro.DateOf(day.AddDate(-n, 0, 0)), "day", false)
	}
	return found
}

// anniversaryMonth moves a month written without its year that is the
// story's own month, or the one before it, back by the years an
// anniversary names ("A un año del paro de octubre" in October 2020, MT
// "To one year of the national strike of June"): the story marks the
// month; the event named by it is of that earlier year.
func anniversaryMonth(toks []token, dm dateMention, pub time.Time, n int) dateMention {
	m := dm.date.First()
	if m.After(pub) || m.Before(pub.AddDate(0, -1, -pub.Day())) || namedMonth(toks, dm) {
		return dm
	}
	return dm.set(monthOf(m.AddDate(-n, 0, 0)), "month", false)
}

// namedMonth reports whether the date's month is a Spanish month written
// with a capital ("Víctimas del 9 de Enero"): a name's words, not a date
// of the text's events.
func namedMonth(toks []token, dm dateMention) bool {
	for t := tokenIndex(toks, dm.start); t < len(toks) && toks[t].Start < dm.end; t++ {
		if toks[t].Cap && toks[t].is("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre") {
			return true
		}
	}
	return false
}

// anniversaryYears returns the years an anniversary in the paragraph
// names ("one year after", "two years after", "One year ago, on Dec. 15",
// "un año después del", "a un año de", MT "to a year of", "the first
// anniversary", "el primer aniversario"), or 0.
func anniversaryYears(toks []token) int {
	for t := 1; t+1 < len(toks); t++ {
		if toks[t].is("year", "years", "ano", "anos") && toks[t+1].is("after", "since", "despues", "ago", "of", "de", "del") {
			if n := numberValue(toks[t-1].Norm); n > 0 && n < 100 {
				if toks[t+1].is("after", "since", "despues", "ago") || t >= 2 && (toks[t-2].is("a", "to") || fulfils(toks, t-2)) {
					return n
				}
			}
			if toks[t-1].is("un", "a") && t >= 2 && (toks[t-2].is("a", "to") || fulfils(toks, t-2)) {
				return 1 // "a un año de", MT "to a year of", "al cumplirse hoy un año de"
			}
		}
		if toks[t].is("anniversary", "aniversario") {
			if n := ordinalYears[toks[t-1].Norm]; n > 0 {
				return n
			}
		}
	}
	return 0
}

// ordinalYears are the ordinals that number an anniversary.
var ordinalYears = map[string]int{"first": 1, "second": 2, "third": 3, "primer": 1, "primero": 1, "segundo": 2, "tercer": 3}

// spanStart returns the first end of a span whose year is written only at
// its close ("between 1 September and 31 December 2019"), in that year, or
// its own ("entre diciembre de 2022 y marzo de 2023"), and true; or low and
// false when b closes no such span: the days the text then names inside
// the span ("in Sacaba on 15 November", "el 9 de enero") are of its years
// too. The ends may differ in precision ("between September 1 and
// December 31, 2019" reads "between September" as a month).
func (d *doc) spanStart(toks []token, a, b dateMention, low string) (string, bool) {
	if a.end > b.start || !a.data.Resolved || a.data.Precision != "day" && a.data.Precision != "month" {
		return low, false
	}
	ae, bi := tokenIndex(toks, a.end-1)+1, tokenIndex(toks, b.start)
	if ae < bi && toks[ae].Kind == tokNumber && a.data.Precision == "month" {
		ae++ // "between September 1 and …", its month read alone
	}
	if ae == bi && bi < len(toks) && toks[bi].Start < b.end {
		bi++ // "y marzo de 2023": the link opens b
	}
	if bi-ae > 2 || bi-ae < 1 {
		return low, false
	}
	if _, ok := rangeLink(toks[ae]); !ok {
		return low, false
	}
	v := low[:4] + a.data.Value[4:]
	if yearIn.MatchString(d.text[a.start:a.end]) {
		v = a.data.Value
	}
	if earlier(v, low) {
		return v, true
	}
	return low, false
}

// earlier compares two date values on the precision they share.
func earlier(a, b string) bool {
	n := min(len(a), len(b))
	return a[:n] < b[:n]
}

// bareMonth is a month named alone ("in December", "las protestas de
// diciembre"), which resolves to the story's year only for want of one
// written; a deictic month ("last month", "este mes") is the story's.
func bareMonth(toks []token, dm dateMention) bool {
	if dm.data.Precision != "month" {
		return false
	}
	months := 0
	for i := tokenIndex(toks, dm.start); i < len(toks) && toks[i].Start < dm.end; i++ {
		switch {
		case monthNames[strings.TrimSuffix(toks[i].Norm, ".")] != 0:
			months++
		case !toks[i].is("in", "of", "during", "the", "en", "de", "del", "durante", "el", "la", "las", "los", "mes", "month"):
			return false
		}
	}
	return months == 1
}

// untilCloses ends a period opened by "since"/"from" at a day written
// with "until"/"hasta" elsewhere in its sentence: MT "Until this Sunday,
// the quantity of detained ones … ascends to 715 from the 21 of October",
// "Hasta el domingo, … suman 715 detenidos desde el 21 de octubre". The day
// is the period's end, not a date of its own.
func untilCloses(toks []token, found []dateMention) []dateMention {
	for k := range found {
		a := found[k]
		if !a.data.Since || a.data.Precision != "day" {
			continue
		}
		ai := tokenIndex(toks, a.start)
		for m, b := range found {
			if m == k || b.data.Since || b.data.Precision != "day" || !b.data.Resolved || b.data.Value <= firstDay(a.data) {
				continue
			}
			bi := tokenIndex(toks, b.start)
			u := dayPartBefore(toks, bi) // "hasta la noche del jueves 23 de junio"
			// "Until the day of yesterday": the link word stands before
			// words that only lead to the day.
			w := u
			for u > 0 && !asOfAt(toks, u) && w-u < 4 && (u == w || toks[u].is("the", "day", "of", "el", "dia", "de")) {
				u--
			}
			if !asOfAt(toks, u) {
				u = cutOffBefore(toks, w, u)
			}
			lo, hi := min(ai, bi), max(ai, bi)
			if !asOfAt(toks, u) || hi-lo > 30 || markBetween(toks, lo, hi, ".") || semicolonBetween(toks, lo, hi) || andThatBetween(toks, lo, hi) ||
				harmParticipleBetween(toks, lo, hi) || saidBetween(toks, lo, hi) || ai < bi && whereJustBefore(toks, ai) {
				// "al 1 de marzo, se mantienen 31 bloqueos … y que desde
				// el 7 de diciembre …": another reported clause's period.
				continue
			}
			a.data.Since = false
			nd := a.period(a.date.First(), b.date.First(), "day")
			nd.data.Relative = a.data.Relative || b.data.Relative
			found[k] = nd
			return untilCloses(toks, append(found[:m:m], found[m+1:]...))
		}
	}
	return found
}

// cutOffBefore returns the link word before a tally's cut-off noun that
// leads to the day at toks[w] ("hasta el corte del sábado 8 de mayo", MT
// "until the cut of the Friday 14 of May"), else u.
func cutOffBefore(toks []token, w, u int) int {
	k := w - 1
	for k > 0 && w-k <= 3 && toks[k].is("the", "of", "el", "de", "del") {
		k--
	}
	if k < 1 || !toks[k].is("corte", "cut", "cierre") {
		return u
	}
	k--
	if k > 0 && toks[k].is("the", "el") {
		k--
	}
	if asOfAt(toks, k) {
		return k
	}
	return u
}

// whereJustBefore reports whether "where"/"donde" opens the clause of a
// "since" at toks[ai] ("En el parque El Arbolito, donde se concentran desde
// el lunes 13 miles de indígenas, la Alianza registró hasta esta noche 92
// heridos"): the period dates the place's gathering, not the tally after it.
func whereJustBefore(toks []token, ai int) bool {
	for k := ai - 1; k >= 0 && k >= ai-5; k-- {
		if toks[k].is("where", "donde") {
			return true
		}
		if toks[k].Text == "," || toks[k].Text == "." {
			return false
		}
	}
	return false
}

// saidBetween reports whether a speech verb stands between a tally's day
// and a "since" ("stands at 32 as of Sunday, the commission said, with at
// least 770 people injured since Oct. 21"): the attribution closes the
// first reported clause, and the "since" opens another count's period.
func saidBetween(toks []token, lo, hi int) bool {
	for k := lo; k < hi && k < len(toks); k++ {
		if speechVerbs[toks[k].Norm] {
			return true
		}
	}
	return false
}

// harmParticipleBetween reports whether a participle of doing the harm
// stands between a tally's day and a "since" ("48 investigaciones por
// apremios cometidos por Carabineros desde el 19 de octubre", MT "52
// complaints for abuses committed by the police since the 28 of April"):
// the "since" dates the harm, a period running to the story, while the
// "until" dates the tally; they are no one range.
func harmParticipleBetween(toks []token, lo, hi int) bool {
	for k := lo; k < hi && k < len(toks); k++ {
		if toks[k].is("cometidos", "cometidas", "cometido", "cometida", "committed", "perpetrados", "perpetradas", "perpetrated", "ocurridos", "ocurridas") {
			return true
		}
	}
	return false
}

// asOfAt reports whether toks[u] closes a tally at the day after it:
// "until"/"hasta", "as of", or "al" opening its clause ("Al 20 de
// diciembre, la Diresa reportaba 6 fallecidos … desde el … 10 de
// diciembre"), where "al" links no range's ends.
func asOfAt(toks []token, u int) bool {
	switch {
	case toks[u].is("until", "hasta", "till"):
		return true
	case toks[u].is("of"):
		return u > 0 && toks[u-1].is("as")
	case toks[u].is("al"):
		// "En su balance al 14 de marzo": a tally's day after its noun,
		// also past the body that made it ("Según el reporte de la
		// Defensoría del Pueblo al 20 de diciembre").
		if u == 0 || toks[u-1].Kind != tokWord && toks[u-1].Kind != tokNumber {
			return true
		}
		for k := u - 1; k >= 0 && k >= u-8; k-- {
			if toks[k].is("balance", "corte", "reporte", "registro", "conteo", "informe") {
				return true
			}
			if !toks[k].Cap && !toks[k].is("de", "del", "la", "el", "los", "las", "su", "sus") {
				return false
			}
		}
	}
	return false
}

// asOfDay reports whether the date at toks[at] is a tally's day, its
// own words or the few before them opening with "al", "as of", "until",
// "hasta": "al 19 de marzo", "as of 19 March", "hasta este lunes", past a
// part of the day.
func asOfDay(toks []token, at int) bool {
	at = dayPartBefore(toks, at) // "hasta la noche del domingo", "until the morning of this Monday"
	for u := at; u >= 0 && u >= at-2; u-- {
		if asOfAt(toks, u) {
			return true
		}
		if u < at && !toks[u].is("el", "the", "this", "este") {
			return false
		}
	}
	return false
}

// untilThen ends a period opened by "since"/"desde" at the day named
// before it when "until then" closes it: "Según su último reporte,
// difundido la noche del miércoles, desde el 3 de octubre y hasta ese
// momento se contabilizaban 554 heridos", "since Oct. 18 and up to that
// point". The day keeps its own mention; the period ends there, not on the
// story's day.
func untilThen(toks []token, found []dateMention) []dateMention {
	for k, a := range found {
		if !a.data.Since || a.data.Precision != "day" {
			continue
		}
		ai := tokenIndex(toks, a.end-1)
		closed := false
		for t := ai + 1; t < len(toks) && t <= ai+4 && !closed; t++ {
			if !toks[t].is("until", "hasta", "to") {
				continue
			}
			u := t + 1
			if u < len(toks) && toks[u].is("that", "ese", "esa", "este", "esta", "aquel") {
				u++
			}
			closed = u < len(toks) && (toks[u].is("then", "entonces") || u > t+1 && toks[u].is("momento", "moment", "point", "fecha"))
		}
		if !closed {
			continue
		}
		end := -1
		for m, b := range found {
			if m != k && !b.data.Since && b.data.Precision == "day" && b.data.Resolved && b.start < a.start &&
				b.data.Value >= firstDay(a.data) && (end < 0 || b.start > found[end].start) {
				end = m
			}
		}
		if end < 0 {
			continue
		}
		a.data.Since = false
		nd := a.period(a.date.First(), found[end].date.First(), "day")
		nd.data.Relative = a.data.Relative || found[end].data.Relative
		found[k] = nd
	}
	return found
}

// earlierThanLast counts "N days earlier" back from the day last named
// before it, not from the story's day as "N days ago" does: "… on Thursday,
// injuring 22 people. Two days earlier, 13 people had been detained" is
// Tuesday.
func (d *doc) earlierThanLast(found []dateMention, pub time.Time) []dateMention {
	for k, dm := range found {
		if dm.kind != "ago" || dm.data.Precision != "day" || !strings.HasSuffix(norm(d.text[dm.start:dm.end]), "earlier") {
			continue
		}
		var starts []dateMention
		for _, o := range found[:k] {
			if !o.data.Since {
				starts = append(starts, o)
			}
		}
		// "said on Thursday that 32 … since the disputed Oct. 20
		// election, up from 23 a week earlier": a week before Thursday.
		prev, ok := lastDateBefore(starts, dm.start)
		at, err := time.Parse(time.DateOnly, dm.data.Value)
		today, _ := time.Parse(time.DateOnly, pub.Format(time.DateOnly))
		if !ok || err != nil {
			continue
		}
		found[k] = dm.set(rastro.DateOf(prev.Add(at.Sub(today))), "day", true)
	}
	return found
}

// dayOfMonthBefore reads a day number written as "el día 19" or MT "the
// day 20" with no month of its own as a day of the month last named before
// it: "murieron diez personas el 15 de noviembre de 2019 y en Senkata otras
// diez el día 19", "from the 9 until the 20 of January … The day 20 the
// police intervened 8 persons". A day before the one named, or after the
// story, is left alone: it may be of another month.
func dayOfMonthBefore(toks []token, found []dateMention, pub time.Time) []dateMention {
	for i := 0; i+1 < len(toks); i++ {
		n := i + 2 // the day number
		if !toks[i].is("el", "the") {
			continue
		}
		past := toks[i+1].is("pasado", "past")
		if toks[i].is("the") && ordinalDay.MatchString(toks[i+1].Text) && loneOrdinal(toks, i+2) {
			n = i + 1 // "On the 19th, soldiers …", "the early hours of the 10th"
		} else if past && n < len(toks) && toks[n].Kind == tokNumber {
			// "murieron en Sacaba el pasado 15": the last such day before
			// the story, this month's or last month's.
			if n+1 < len(toks) && (agoUnits[toks[n+1].Norm] != "" || monthNames[toks[n+1].Norm] != 0 || toks[n+1].Kind == tokNumber) {
				continue // "los pasados 15 días", "the past 15 days"
			}
		} else if n >= len(toks) || !toks[i+1].is("dia", "day") || toks[n].Kind != tokNumber {
			continue
		}
		text := strings.TrimRight(toks[n].Text, "stndrh")
		day, err := strconv.Atoi(text)
		if err != nil || day < 1 || day > 31 || len(text) > 2 {
			continue
		}
		start, stop := toks[i].Start, toks[n].End
		if overlaps(found, start, stop) || n+1 < len(toks) && toks[n+1].is("de", "of", "del") {
			continue // "el día 19 de noviembre": a date of its own
		}
		var last string
		if past {
			last = pub.Format(time.DateOnly)
			if day > pub.Day() {
				last = pub.AddDate(0, 0, -pub.Day()).Format(time.DateOnly)
			}
			last = last[:8] + "01"
		}
		for k := len(found) - 1; k >= 0 && last == ""; k-- {
			if found[k].end <= start && found[k].data.Resolved && !found[k].data.Since && len(lastDay(found[k].data)) == 10 {
				last = lastDay(found[k].data)
			}
		}
		if last == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, last[:8]+twoDigits(day))
		if err != nil || t.Format(time.DateOnly) < last || t.After(pub) {
			continue
		}
		dm := dateMention{start: start, end: stop, kind: "rel2"}
		found = insertDate(found, dm.set(rastro.DateOf(t), "day", true))
		i = n
	}
	return found
}

// weekOfLoneDay reads "the week of the 13", "la semana del 13" after a
// month already named ("5 deaths … in all the month of February, 3 of them
// in the week of the 13") as the week holding that day of that month: the
// number is a day the month before completes, as in "the early hours of
// the 10th".
func weekOfLoneDay(toks []token, found []dateMention, pub time.Time) []dateMention {
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].is("week", "semana") || !toks[i+1].is("of", "del") {
			continue
		}
		n := i + 2
		if toks[i+1].is("of") && toks[n].is("the") {
			n++
		}
		if n >= len(toks) || toks[n].Kind != tokNumber || n+1 < len(toks) && toks[n+1].is("de", "of", "del") {
			continue // "the week of 6 February": weekOf's
		}
		day, err := strconv.Atoi(strings.TrimRight(toks[n].Text, "stndrh"))
		start, stop := toks[i].Start, toks[n].End
		if err != nil || day < 1 || day > 31 || overlaps(found, start, stop) {
			continue
		}
		var month string
		for k := len(found) - 1; k >= 0 && month == ""; k-- {
			if found[k].end <= start && found[k].data.Resolved && !found[k].data.Since && len(firstDay(found[k].data)) == 10 {
				month = firstDay(found[k].data)[:8]
			}
		}
		t, err := time.Parse(time.DateOnly, month+twoDigits(day))
		if month == "" || err != nil || t.After(pub) {
			continue
		}
		dm := dateMention{start: start, end: stop, kind: "rel2"}
		found = insertDate(found, dm.week(t))
	}
	return found
}

// loneOrdinal reports whether the words from toks[i] leave an ordinal before
// them standing alone as a day: the clause ends or goes on with a link
// word ("On the 19th, soldiers …", "the 10th and"), not a noun the
// ordinal ranks ("the 20th anniversary", "the 5th Brigade").
func loneOrdinal(toks []token, i int) bool {
	return i >= len(toks) || toks[i].Kind != tokWord ||
		toks[i].is("and", "in", "at", "on", "when", "while", "during", "after", "before", "as", "with", "until")
}

// spanEvents are events that last: a date on which one began, with no end
// or length written, opens a period up to the story's day.
var spanEvents = map[string]bool{"strike": true, "strikes": true, "protests": true, "uprising": true, "unrest": true,
	"demonstrations": true, "mobilizations": true, "blockade": true, "blockades": true, "paro": true, "huelga": true,
	"protestas": true, "movilizaciones": true, "estallido": true, "bloqueo": true, "bloqueos": true, "crisis": true,
	"emergency": true, "emergencia": true, "curfew": true, "siege": true, "sitio": true, "excepcion": true}

// eventThatBegan reports whether toks[t] is the verb of a lasting event
// that began on the date after it: "the national strike that began on
// April 28", MT "the strike that began the 13 of June", "el paro que
// comenzó el 28 de abril", "la huelga iniciada el 4 de enero". A length
// ("the 11-day strike that began on …") makes a span of its own
// (spanThatBegan).
func eventThatBegan(toks []token, t int) bool {
	// A state of emergency or a curfew "declared"/"decretado" on a day
	// begins then too: "Durante el estado de emergencia declarado el 14 de
	// diciembre".
	// MT calques "iniciado" as "initiated": "the national strike initiated
	// the 13 of June".
	// Protests that "erupted"/"estallaron" on a day begin then too.
	if !toks[t].is("began", "started", "begun", "initiated", "comenzo", "empezo", "inicio", "comenzaron", "empezaron", "iniciaron", "erupted", "estallaron", "estallo") &&
		!toks[t].is("declared", "imposed", "declarado", "declarada", "decretado", "decretada") &&
		!strings.HasPrefix(toks[t].Norm, "iniciad") && !strings.HasPrefix(toks[t].Norm, "comenzad") && !strings.HasPrefix(toks[t].Norm, "empezad") {
		return false
	}
	if toks[t].is("erupted", "estallaron", "estallo") {
		for j := t + 1; j < len(toks) && j <= t+4; j++ {
			if toks[j].is("ago", "hace") {
				return false // "the protests that erupted a year ago today": the day marked
			}
		}
	}
	k := t - 1
	if k >= 1 && toks[k].is("se") {
		k-- // "el paro nacional, que se inició el 28 de abril"
	}
	participle := strings.HasPrefix(toks[t].Norm, "iniciad") || strings.HasPrefix(toks[t].Norm, "comenzad") || strings.HasPrefix(toks[t].Norm, "empezad")
	if k >= 0 && toks[k].is("that", "which", "que") {
		k--
		// A non-restrictive clause reads the same: "The protests, which
		// began on Dec. 7, have left 50 dead", "Las movilizaciones, que
		// comenzaron el 4 de enero, dejan …" (round 29's range to
		// publication; the comma only sets the clause off).
		if k >= 1 && toks[k].Text == "," {
			k--
		}
	} else if participle && k >= 1 && toks[k].Text == "," {
		k-- // "Las protestas, iniciadas el 28 de abril, dejan …"
	}
	if k >= 1 && !spanEvents[toks[k].Norm] && toks[k].Kind == tokWord && (!toks[k].Cap || toks[k-1].Cap) && spanEvents[toks[k-1].Norm] {
		k-- // "el paro nacional que comenzó", "del Paro Nacional iniciado"
	}
	if k < 0 || !spanEvents[toks[k].Norm] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		// A number is a length only with its unit: "34 killings in the
		// protests that began on April 28" still runs to publication.
		if agoUnits[toks[j].Norm] != "" || toks[j].Kind == tokNumber && j+1 < len(toks) && (agoUnits[toks[j+1].Norm] != "" || toks[j+1].Text == "-" || toks[j+1].Text == "‑") {
			return false // "the 11-day strike", "los 18 días del paro"
		}
		if toks[j].is("anniversary", "aniversario") {
			return false // "the first anniversary of the uprising that began on Oct. 18, 2019": the day marked
		}
	}
	return true
}

// fromOpensSince reports whether "from" or "a partir de" right before the
// date at toks[i] opens a span no end closes (ranges are joined before):
// MT "ascends already to 21 from the 4 of January", "a partir del 9 de
// enero".
func fromOpensSince(toks []token, t, i int) bool {
	if !(toks[t].is("from") || toks[t].is("partir") && t > 0 && toks[t-1].is("a")) {
		return false
	}
	k := t + 1
	if k < len(toks) && toks[k].is("the", "el", "del", "de") {
		k++
	}
	if k < len(toks) && toks[k].is("past", "last", "pasado", "ultimo") {
		k++ // MT "from the past 10 of December"
	}
	if weekdayNumbered(toks, k) {
		k++ // MT "from the Friday 18": the weekday's number is its day
	}
	if k < i-1 && eventNouns[toks[k].Norm] && toks[k+1].is("of", "de", "del") {
		return true // MT "ascends to three … from the elections of the 20 of October": the event names the day
	}
	// The date's own words may hold the "from"; its day or month comes
	// next, not "from Wednesday's clashes", "from that day".
	return k < len(toks) && k <= i+2 && (toks[k].Kind == tokNumber || monthNames[toks[k].Norm] != 0)
}

// weekdayNumbered reports whether toks[k] is a weekday followed by its day
// number ("the Friday 18", "el viernes 18"): a date as firm as "18 October".
func weekdayNumbered(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Kind != tokNumber {
		return false
	}
	_, wd := weekdays[toks[k].Norm]
	return wd
}

// fromStartOf reports whether "from" at toks[t] opens the start of an
// event whose day follows in apposition: MT "from the beginning of the
// national strike, the 13 of June", "from the beginning of the protests,
// the past Friday", as "desde el inicio del paro, el 13 de junio". A
// weekday there is as good as a date: the apposition names the start.
func fromStartOf(toks []token, t, i int) bool {
	k := t + 1
	if k < len(toks) && toks[k].is("the") {
		k++
	}
	// The fall of a government opens a span as its protests' start does:
	// MT "From the resignation of Evo Morales, the 10 of November, the
	// deceased ones ascend to 23".
	if !toks[t].is("from") || k >= i-1 || !toks[k].is("beginning", "start", "outbreak", "onset", "resignation", "ouster", "overthrow") {
		return false
	}
	j := i - 1
	if toks[j].is("past", "last") && j > k {
		j-- // MT "from the beginning of the strike, the past 13 of June"
	}
	if toks[j].Text == "," || toks[j].is("the") && toks[j-1].Text == "," {
		return true
	}
	// MT without the comma: "from the beginning of the protests the 3 of
	// October", the event's noun just before the day's own words.
	return toks[k+1].is("of") && i-k <= 6 && toks[i].is("the") && toks[j].Kind == tokWord
}

// fromPastWeekday reports whether "from" at toks[t] opens a span from a
// weekday marked as gone, up to the date at toks[i]: MT "the wounded ones
// … from the past Sunday are already 74", "from last Monday". "Past" says
// the day is a time, not a source ("from Wednesday's clashes").
func fromPastWeekday(toks []token, t, i int) bool {
	if !toks[t].is("from") {
		return false
	}
	k := t + 1
	if k < len(toks) && toks[k].is("the") {
		k++
	}
	// MT "From the Monday remain blocked the accesses" (Desde el lunes
	// …): opening its sentence with an article, the weekday is a time, as
	// no English "from the Monday" is. So is MT "retained … from the
	// afternoon of the Thursday" (desde la tarde del jueves), the article
	// before the weekday marking the translation ("video from the night of
	// 28 May" names no weekday).
	if k == t+2 && k+3 < len(toks) && dayParts[toks[k].Norm] && toks[k+1].is("of") && toks[k+2].is("the") && k <= i+1 {
		_, wd := weekdays[toks[k+3].Norm]
		return wd
	}
	if _, wd := weekdays[toks[k].Norm]; wd && k == t+2 && k <= i+1 && (t == 0 || toks[t-1].Text == "." || toks[t-1].Text == "-") {
		return k+1 >= len(toks) || toks[k+1].Text != "'"
	}
	// MT "reported 64 apprehended from the Sunday." (desde el domingo):
	// the article's weekday closing its clause is a time; English names a
	// source's weekday before a noun ("from the Sunday clashes").
	if _, wd := weekdays[toks[k].Norm]; wd && k == t+2 && k <= i+1 && (k+1 >= len(toks) || toks[k+1].is(".", ",", ";")) {
		return true
	}
	// MT "from the day Sunday" (desde el día domingo): "day" marks a time
	// as "past" does.
	if k+1 >= len(toks) || k > i+1 || !toks[k].is("past", "last", "day") {
		return false
	}
	_, wd := weekdays[toks[k+1].Norm]
	return wd && (k+2 >= len(toks) || toks[k+2].Text != "'")
}

// desdeOfTime reports whether "desde" at toks[t] opens a time, not a
// place a shot came from: "desde el inicio del paro, el 3 de octubre",
// "desde que comenzaron", but not "desde helicópteros … el 9 de enero" or
// "desde los techos … el 14 de enero". The date at toks[i] follows.
func desdeOfTime(toks []token, t, i int) bool {
	k := t + 1
	for k < i && toks[k].is("el", "la", "los", "las", "un", "una", "aquel", "aquella", "ese", "esa", "su", "sus") {
		k++
	}
	if k >= i {
		return true
	}
	w := toks[k]
	return w.Kind == tokNumber || dateTriggers[w.Norm] || eventNouns[w.Norm] || desdeTimeWords[w.Norm]
}

// desdeTimeWords are words after "desde" that start a time: a moment or
// an event ("desde la declaración del estado de emergencia, el sábado 19
// de octubre").
var desdeTimeWords = map[string]bool{"que": true, "entonces": true, "inicio": true, "inicios": true, "comienzo": true,
	"comienzos": true, "principio": true, "principios": true, "fines": true, "finales": true, "mediados": true,
	"muerte": true, "llegada": true, "paro": true, "protesta": true, "protestas": true, "huelga": true, "marcha": true,
	"marchas": true, "estallido": true, "movilizaciones": true, "enfrentamiento": true, "enfrentamientos": true,
	"bloqueo": true, "bloqueos": true, "jornada": true, "toma": true, "desalojo": true, "intervencion": true,
	"detencion": true, "captura": true, "declaracion": true, "declaratoria": true, "dia": true, "fecha": true, "madrugada": true, "primeras": true, "primer": true,
	// Events a period is counted from as the English "since the election
	// of Oct. 20" is: "desde las elecciones del 20 de octubre", "desde la
	// renuncia de Evo Morales, el 10 de noviembre".
	"elecciones": true, "eleccion": true, "comicios": true, "renuncia": true, "represion": true, "masacre": true,
	"crisis": true, "conflicto": true, "manifestaciones": true, "movilizacion": true, "levantamiento": true, "golpe": true,
	// "siguen desaparecidas desde el operativo militar del martes", "desde
	// los sucesos del 9 de enero".
	"operativo": true, "operacion": true, "ataque": true, "incursion": true, "sucesos": true, "hechos": true}

// insideQuote reports whether pos stands inside quotation marks opened in
// the paragraph starting at from.
func insideQuote(text string, from, pos int) bool {
	open := false
	for _, r := range text[from:pos] {
		switch r {
		case '“', '«', '„':
			open = true
		case '”', '»':
			open = false
		case '"':
			open = !open
		}
	}
	return open
}

func monthOf(t time.Time) rastro.Date { return rastro.Date{Year: t.Year(), Month: t.Month()} }

// monthThenDay reads "between December 7" where a month pattern took
// "between December": the day after the month makes it a day.
func monthThenDay(toks []token, a dateMention) dateMention {
	if a.data.Precision != "month" || !a.data.Resolved || a.data.Since {
		return a
	}
	t := tokenIndex(toks, a.end-1) + 1
	if t >= len(toks) || toks[t].Kind != tokNumber || len(toks[t].Text) > 2 {
		return a
	}
	day, err := strconv.Atoi(toks[t].Text)
	if err != nil || day < 1 || day > 31 {
		return a
	}
	if t+1 < len(toks) && toks[t+1].Kind == tokWord && !toks[t+1].is("and", "to", "y", "a", "al", "hasta", "through", "until", "in", "en", "of", "de") {
		return a // "December 7 people": a count
	}
	value := a.data.Value + "-" + twoDigits(day)
	if _, err := time.Parse(time.DateOnly, value); err != nil {
		return a
	}
	a.end = toks[t].End
	a.data.Value, a.data.Precision, a.data.From, a.data.To = value, "day", "", ""
	return a
}

// weekdayDays reads the day number after a weekday: "el lunes 9", "on
// Monday 9th" is the last day numbered 9 that fell on a Monday.
func weekdayDays(toks []token, found []dateMention, pub time.Time) []dateMention {
	for k, dm := range found {
		if dm.kind != "wd" || !dm.data.Resolved {
			continue
		}
		t := tokenIndex(toks, dm.end-1) + 1
		if t >= len(toks) || toks[t].Kind != tokNumber || len(toks[t].Text) > 2 || toks[t].Start != dm.end+1 {
			continue
		}
		day, err := strconv.Atoi(toks[t].Text)
		if err != nil || day < 1 || day > 31 {
			continue
		}
		// A range's link may follow the day: MT "from the Monday 6 until the
		// Wednesday 8 of March", "of the Thursday 2 to the Saturday 4".
		// "el lunes 9 manifestantes": a count, unless the weekday did fall
		// on that day in the last fortnight and no multiplier makes the
		// number bigger: "desde el lunes 13 miles de indígenas" in a story
		// of Wednesday 22 June is Monday 13 ("Desde el lunes 12 mil
		// comuneros" stays a figure).
		counted := t+1 < len(toks) && toks[t+1].Kind == tokWord && !toks[t+1].is("en", "in", "y", "and", "de", "del", "at", "cuando", "when", "until", "till", "through", "to", "hasta", "al")
		if counted && toks[t+1].is("mil", "thousand", "millones", "million", "millon") {
			continue
		}
		wd, _ := time.Parse(time.DateOnly, dm.data.Value)
		// "this"/"este" names the weekday of the story's own week: MT "the
		// relatives presented this Thursday 12 new denunciations" on
		// Thursday the 19th counts 12, the number no day of its own.
		this := t >= 2 && toks[t-2].is("this", "este", "esta")
		for back := 0; back < 400; back++ {
			if counted && back > 14 {
				break
			}
			c := pub.AddDate(0, 0, -back)
			if counted && this && c.Format(time.DateOnly) != dm.data.Value {
				continue
			}
			if c.Day() == day && c.Weekday() == wd.Weekday() {
				found[k] = dm.set(rastro.DateOf(c), "day", true)
				found[k].end = toks[t].End
				break
			}
		}
	}
	return found
}

// agoThenDate drops "a year ago" when the date it stands for follows:
// "A year ago, on December 7" is the day, not also the year.
func agoThenDate(toks []token, found []dateMention) []dateMention {
	out := found[:0]
	for k, dm := range found {
		if dm.kind == "ago" && k+1 < len(found) && found[k+1].data.Precision == "day" {
			gap := 0
			for t := tokenIndex(toks, dm.end-1) + 1; t < len(toks) && toks[t].Start < found[k+1].start; t++ {
				gap++
			}
			if gap <= 2 {
				continue
			}
		}
		out = append(out, dm)
	}
	return out
}

// sameDayApposed drops a day set in apposition to the day before it that
// it repeats: "Un día antes, el domingo, …", "Two days later, on
// Thursday, …" name one day once.
func sameDayApposed(toks []token, found []dateMention) []dateMention {
	out := found[:0]
	for k, dm := range found {
		if k > 0 && dm.data.Precision == "day" && dm.data.Resolved && found[k-1].data.Precision == "day" && found[k-1].data.Value == dm.data.Value {
			gap, comma := 0, false
			for t := tokenIndex(toks, found[k-1].end-1) + 1; t < len(toks) && toks[t].Start < dm.start; t++ {
				gap++
				comma = comma || toks[t].Text == ","
			}
			if comma && gap <= 2 {
				continue
			}
		}
		out = append(out, dm)
	}
	return out
}

// daysLater reads "two days later", "tres días después", "a week later"
// written with a number, and MT "two days after died …": so many days
// after the day before it that a later day counts from, not the day a
// statement was made ("shot dead on Nov. 15, the ombudsman said on
// Monday. Four days later, …" is Nov. 19).
func (d *doc) daysLater(p paragraph, found []dateMention) []dateMention {
	toks := p.toks
	for i := 0; i+2 < len(toks); i++ {
		n := numberValue(toks[i].Norm)
		unit := agoUnits[toks[i+1].Norm]
		if n < 2 || n > 60 || unit != "day" && unit != "week" || !toks[i+2].is("later", "despues", "mas") && !afterAsAdverb(toks, i+2) {
			continue
		}
		end := i + 3
		if toks[i+2].is("mas") {
			if end >= len(toks) || !toks[end].is("tarde") {
				continue
			}
			end++
		}
		if end < len(toks) && toks[end].is("de", "del") {
			continue // "tres días después de la masacre": after an event, not a date
		}
		start, stop := toks[i].Start, toks[end-1].End
		prev, ok := d.dayCountedFrom(p, found, start)
		if !ok || overlaps(found, start, stop) {
			continue
		}
		days := n
		if unit == "week" {
			days = 7 * n
		}
		dm := dateMention{start: start, end: stop, kind: "rel2"}
		dm = dm.set(rastro.DateOf(prev.AddDate(0, 0, days)), "day", true)
		found = insertDate(found, dm)
		i = end - 1
	}
	return found
}

// afterAsAdverb reports whether "after" at toks[i] ends its phrase, as MT
// writes "two days after died other 2" or "two days after, …": before a
// noun it names an event ("two days after the clashes"), not a day.
func afterAsAdverb(toks []token, i int) bool {
	if !toks[i].is("after") || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	return next.Kind != tokWord || !next.Cap && strings.HasSuffix(next.Norm, "ed")
}

// spanThatBegan reads "the 11-day strike that began on 6 March", "el paro
// de cinco días que comenzó el 6 de febrero" as the days from the one
// written to the last of the span, and "the 12-day blockade that ended on
// 3 February", "la huelga de ocho días que terminó el 14 de enero" as the
// days up to the one written.
func spanThatBegan(toks []token, found []dateMention) []dateMention {
	for i := 0; i+3 < len(toks); i++ {
		n := numberValue(toks[i].Norm)
		u := i + 1
		if toks[u].Text == "-" {
			u++
		}
		if n < 2 || n > 60 || agoUnits[toks[u].Norm] != "day" {
			continue
		}
		verb, ended := -1, false
		for k := u + 1; k < len(toks) && k <= u+6; k++ {
			if toks[k].is("began", "started", "begun", "comenzo", "empezo", "inicio", "iniciada", "iniciado", "iniciado", "comenzada", "comenzado", "empezada") {
				verb = k
				break
			}
			if toks[k].is("ended", "finished", "termino", "concluyo", "culmino", "finalizo", "acabo") {
				verb, ended = k, true
				break
			}
			if toks[k].Text == "." || toks[k].Text == ";" || toks[k].Kind == tokNumber {
				break
			}
		}
		if verb < 0 || verb+1 >= len(toks) {
			continue
		}
		for k, dm := range found {
			if dm.start < toks[verb+1].Start || dm.start > toks[min(verb+3, len(toks)-1)].End || dm.data.Precision != "day" {
				continue
			}
			a := dm.date.First()
			b := a.AddDate(0, 0, n-1)
			if ended {
				a, b = a.AddDate(0, 0, 1-n), a
			}
			start, stop := toks[i].Start, dm.end
			if overlaps(found[:k], start, stop) {
				break
			}
			nd := dateMention{start: start, end: stop, kind: "rel2", data: dm.data}.period(a, b, "day")
			found = dropWithin(found, start, stop)
			found = insertDate(found, nd)
			break
		}
	}
	return found
}

// monthParts are the parts of a month a reporter names: "la primera semana
// de enero" (days 1 to 7), "the last week of December", "la segunda
// quincena de enero" (16 to the end).
var monthParts = map[string]int{"primera": 1, "first": 1, "segunda": 2, "second": 2, "tercera": 3, "third": 3,
	"cuarta": 4, "fourth": 4, "ultima": -1, "last": -1, "final": -1}

// firstMonths reads "the first N months of the year", "los primeros N
// meses del año" (or "… de 2023") as the months from January to the Nth,
// of the year of the story unless one is written.
func firstMonths(toks []token, found []dateMention, pub time.Time) []dateMention {
	for i := 0; i+5 < len(toks); i++ {
		if !toks[i].is("first", "primeros") || !toks[i+2].is("months", "meses") || !toks[i+3].is("of", "del", "de") {
			continue
		}
		n := numberValue(toks[i+1].Norm)
		if n < 1 || n > 12 {
			continue
		}
		end, y := i+4, pub.Year()
		switch {
		case toks[end].is("the") && end+1 < len(toks) && toks[end+1].is("year"):
			end += 2
		case toks[end].is("ano") && toks[i+3].is("del"):
			end++
		case toks[end].Kind == tokNumber && len(toks[end].Text) == 4:
			y, _ = strconv.Atoi(toks[end].Text)
			end++
		default:
			continue
		}
		start, stop := toks[i].Start, toks[end-1].End
		if overlaps(found, start, stop) && !within(found, start, stop) {
			continue
		}
		a := time.Date(y, 1, 1, 12, 0, 0, 0, time.UTC)
		b := time.Date(y, time.Month(n)+1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		found = dropWithin(found, start, stop)
		dm := dateMention{start: start, end: stop, kind: "rel2"}.period(a, b, "month")
		dm.data.Value = a.Format("2006-01") + "/" + b.Format("2006-01")
		found = insertDate(found, dm)
		i = end - 1
	}
	return found
}

// partOfMonth reads "ORDINAL semana/week/quincena/half de/of MONTH [de YEAR]" as
// the days it covers, in the latest such month not after the story.
func partOfMonth(toks []token, found []dateMention, pub time.Time) []dateMention {
	for i := 0; i+3 < len(toks); i++ {
		n, ok := monthParts[toks[i].Norm]
		if !ok || !toks[i+1].is("semana", "week", "quincena", "fortnight", "half", "mitad") || !toks[i+2].is("de", "of") {
			continue
		}
		m := monthNames[toks[i+3].Norm]
		if m == 0 {
			continue
		}
		end := i + 4
		y := latestYear(1, m, pub)
		if end+1 < len(toks) && toks[end].is("de", "del", ",") && toks[end+1].Kind == tokNumber && len(toks[end+1].Text) == 4 {
			y, _ = strconv.Atoi(toks[end+1].Text)
			end += 2
		} else if end < len(toks) && toks[end].Kind == tokNumber && len(toks[end].Text) == 4 {
			y, _ = strconv.Atoi(toks[end].Text)
			end++
		}
		first := time.Date(y, m, 1, 12, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		size := 7
		if toks[i+1].is("quincena", "fortnight", "half", "mitad") {
			size = 15 // "the first half of February": days 1 to 15
		}
		a, b := first.AddDate(0, 0, size*(n-1)), first.AddDate(0, 0, size*n-1)
		switch {
		case n < 0 && size == 7:
			a, b = last.AddDate(0, 0, -6), last
		case n < 0 || size == 15 && n == 2:
			a, b = first.AddDate(0, 0, 15), last
		case n > 2 && size == 15 || b.After(last):
			continue
		}
		start, stop := toks[i].Start, toks[end-1].End
		if overlaps(found, start, stop) && !within(found, start, stop) {
			continue
		}
		found = dropWithin(found, start, stop)
		dm := dateMention{start: start, end: stop, kind: "rel2"}
		found = insertDate(found, dm.period(a, b, "day"))
		i = end - 1
	}
	return found
}

// spanThatLasted reads a day an event began on followed by how long it
// lasted ("el paro nacional, que se inició el 13 de junio y se extendió
// por 18 días", "the strike, which began on June 13 and lasted 18 days",
// MT "that initiated the 13 of June and extended for 18 days") as those N
// days, as spanThatBegan reads "the 18-day strike that began on June 13":
// the text closes the span, so it runs neither to publication nor is the
// start day alone.
func spanThatLasted(toks []token, found []dateMention) []dateMention {
	for k, dm := range found {
		if dm.data.Precision != "day" || !dm.data.Resolved {
			continue
		}
		i := tokenIndex(toks, dm.start)
		began := false
		for t := i - 1; t >= 0 && t >= i-2; t-- {
			if toks[t].is("began", "started", "initiated", "comenzo", "empezo", "inicio", "arranco") {
				began = true
			}
		}
		last := tokenIndex(toks, dm.end) - 1
		if !began || last < 0 {
			continue
		}
		j := last + 1
		if j < len(toks) && toks[j].is("and", "y") {
			j++
		} else {
			continue
		}
		if j < len(toks) && toks[j].is("se", "it") {
			j++
		}
		if j >= len(toks) || !toks[j].is("lasted", "extended", "ran", "extendio", "prolongo", "duro", "continued", "went") {
			continue
		}
		j++
		if j < len(toks) && toks[j].is("on", "for", "por", "durante") {
			j++
		}
		if j+1 >= len(toks) {
			continue
		}
		n := numberValue(toks[j].Norm)
		if n < 2 || n > 60 || agoUnits[toks[j+1].Norm] != "day" {
			continue
		}
		stop := toks[j+1].End
		if overlaps(found[k+1:], dm.start, stop) {
			continue
		}
		a := dm.date.First()
		nd := dateMention{start: dm.start, end: stop, kind: "rel2", data: dm.data}.period(a, a.AddDate(0, 0, n-1), "day")
		found[k] = nd
	}
	return found
}

// weekdayToCome reports whether dm is a bare weekday the clause puts
// ahead of the story ("new marches would begin on Monday", "the strike
// will restart this coming Thursday", "las marchas se reanudarán el
// lunes", "anunciaron que viajarán el viernes"): a day announced ahead is
// no date claim, as round 16 reads a written day to come, and the weekday
// would otherwise resolve to the one before the story.
func weekdayToCome(toks []token, dm dateMention) bool {
	if dm.kind != "wd" || dm.data.Precision != "day" {
		return false
	}
	i := tokenIndex(toks, dm.start)
	for t := i - 1; t >= 0 && t >= i-4; t-- {
		tk := toks[t]
		if tk.Text == "," || tk.Text == "." || tk.Text == ";" || tk.Kind == tokNumber {
			return false
		}
		if tk.is("will", "would", "coming", "upcoming", "scheduled", "planned") {
			return true
		}
		// A Spanish future tense keeps its accent in the text: "se
		// reanudará", "marcharán" (norm would fold it into the past
		// subjunctive "reanudara").
		if tk.Kind == tokWord && (strings.HasSuffix(tk.Text, "rá") || strings.HasSuffix(tk.Text, "rán") || strings.HasSuffix(tk.Text, "remos")) {
			return true
		}
	}
	return false
}
