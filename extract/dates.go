package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
)

// DateData is the value of a date claim.
type DateData struct {
	// Value is the date at its precision: "2023-01-09", "2022-12", "2022";
	// for a week, the Monday it starts. Empty when it could not be resolved.
	Value     string `json:"value,omitempty"`
	Precision string `json:"precision"`      // day, week, month, year
	From      string `json:"from,omitempty"` // first day the expression covers
	To        string `json:"to,omitempty"`   // last day (the publication day for "since")
	Since     bool   `json:"since,omitempty"`
	Relative  bool   `json:"relative,omitempty"` // resolved against the publication date
	// Role is "event" for when something happened, "report" for when it was
	// said ("assured this Thursday"), "dateline" for the story's dateline.
	Role     string `json:"role"`
	Resolved bool   `json:"resolved"`
}

type dateMention struct {
	start, end int
	kind       string // the pattern family
	data       DateData
	date       rastro.Date
	// ahead: a day written without its year that falls soon after
	// publication; read as last year's unless words announce it.
	ahead bool
	// yardstick: a "since" period that only measures a superlative; its
	// claim is the start alone (sinceYardstick).
	yardstick bool
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"ene": 1, "abr": 4, "ago": 8, "set": 9, "dic": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"lunes": time.Monday, "martes": time.Tuesday, "miercoles": time.Wednesday, "jueves": time.Thursday,
	"viernes": time.Friday, "sabado": time.Saturday, "domingo": time.Sunday,
}

const (
	enMonthFull = `January|February|March|April|May|June|July|August|September|October|November|December`
	enMonth     = enMonthFull + `|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec`
	esMonthFull = `(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)`
	esMonth     = `(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene\.?|feb\.?|mar\.?|abr\.?|jun\.?|jul\.?|ago\.?|sept?\.?|set\.?|oct\.?|nov\.?|dic\.?)`
	smallNum    = `\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)`
)

// monthEvents name what a month alone can date: "the December protests",
// "the strike of June", "el paro de enero", "the deaths of December".
var monthEvents = map[string]bool{"protests": true, "unrest": true, "clashes": true, "strike": true, "strikes": true,
	"massacre": true, "killings": true, "marches": true, "crackdown": true, "uprising": true, "demonstrations": true,
	"paro": true, "protestas": true, "marchas": true, "masacre": true, "enfrentamientos": true, "huelga": true,
	"movilizaciones": true, "estallido": true, "revuelta": true, "represion": true, "movilizacion": true, "mobilization": true,
	"mobilizations": true, "protesta": true, "bloqueo": true, "bloqueos": true, "blockade": true, "blockades": true,
	"levantamiento": true, "levantamientos": true, "paros": true, "huelgas": true, "disturbios": true, "riots": true,
	"election": true, "elections": true, "elecciones": true,
	"deaths": true, "muertes": true, "asesinatos": true, "matanza": true,
	"crisis": true, "conflict": true, "conflicto": true, "conflictos": true}

// eventMonths reads a month named by an event, which the patterns leave
// out as too weak alone ("of June" may be "Plaza Dos de Mayo"); a second
// month after it ("the protests of December and January") makes a period
// (monthPair), and a possessive month ("last December's clashes") names
// the event as "the December protests" does.
func (d *doc) eventMonths(toks []token, cfg *dateConfig) []dateMention {
	var out []dateMention
	for k := 2; k < len(toks); k++ {
		mon := possessiveBase(toks[k].Norm)
		if monthNames[mon] == 0 || len(mon) < 4 {
			continue
		}
		start := -1
		switch {
		case possessive(toks[k]) && toks[k].Cap && toks[k-1].is("last", "the") && monthEventAt(toks, k+1, 1):
			start = toks[k-1].Start // "last December's clashes"
		case toks[k-1].is("of", "de") && monthEventAt(toks, k-2, -1) && (toks[k].Cap || toks[k-1].is("de")):
			start = toks[k-1].Start // "the strike of June", "el paro nacional de junio"
		case toks[k-1].is("the") && toks[k].Cap && monthEventAt(toks, k+1, 1):
			start = toks[k-1].Start // "the December protests", "the June national strike"
		}
		if start < 0 {
			continue
		}
		text := possessiveBase(toks[k].Text)
		dm, ok := d.resolve("my", func(name string) string {
			switch name {
			case "mon":
				return text
			case "pre":
				return "in"
			}
			return ""
		}, d.text[start:toks[k].End], cfg)
		if ok {
			dm.start, dm.end, dm.kind = start, toks[k].End, "my"
			out = append(out, dm)
		}
	}
	return out
}

// monthEventAt reports whether toks[i] is a noun of monthEvents, or one
// word further in direction dir when toks[i] is a lower-case word that
// may qualify it ("paro nacional", "protestas antigubernamentales",
// "June national strike"); a capitalised word there is a name ("the
// strike in Puno of June").
func monthEventAt(toks []token, i, dir int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	if monthEvents[toks[i].Norm] {
		return true
	}
	j := i + dir
	return toks[i].Kind == tokWord && !toks[i].Cap && len(toks[i].Norm) >= 5 && j >= 0 && j < len(toks) && monthEvents[toks[j].Norm]
}

// datePattern is one family of date expressions; kind says how to resolve it.
type datePattern struct {
	re    *regexp.Regexp
	kind  string
	needs uint8 // the trigger words a window must hold for the pattern to be tried
	also  uint8 // and the numbers it must hold too (needDay, needYear)
}

// Trigger classes of date windows.
const (
	needMonthEn uint8 = 1 << iota
	needMonthEs
	needWeekday
	needRelative
	needAgo
	needNumeric // a number with - or /
	needYear
	needDay // a number of one or two digits: "15", "15th"
)

// feasts are the days of fixed date named by their feast, keyed by the
// folded name; their first word (feastHeads) opens a date window.
var feasts = map[string]struct {
	mon time.Month
	day int
}{
	"christmas eve": {12, 24}, "nochebuena": {12, 24}, "la noche buena": {12, 24},
	"christmas day": {12, 25}, "christmas": {12, 25}, "the day of christmas": {12, 25}, "navidad": {12, 25}, "el dia de navidad": {12, 25},
	"new year's eve": {12, 31}, "nochevieja": {12, 31}, "new year's day": {1, 1}, "ano nuevo": {1, 1}, "el dia de ano nuevo": {1, 1},
	"labour day": {5, 1}, "labor day": {5, 1}, "dia del trabajo": {5, 1}, "dia del trabajador": {5, 1}, "el dia del trabajo": {5, 1},
	"el dia del trabajador": {5, 1}, "the day of the worker": {5, 1}, "the day of work": {5, 1},
}

const feastRe = `(?i:christmas eve|christmas day|the day of christmas|christmas|nochebuena|la noche buena|el día de navidad|el dia de navidad|navidad|` +
	`new year's eve|new year’s eve|nochevieja|new year's day|new year’s day|el día de año nuevo|el dia de ano nuevo|año nuevo|` +
	`labou?r day|el día del trabajo|el día del trabajador|día del trabajo|día del trabajador|dia del trabajo|dia del trabajador|the day of the worker|the day of work)`

var feastHeads = map[string]bool{"christmas": true, "nochebuena": true, "navidad": true, "nochevieja": true, "new": true,
	"ano": true, "labour": true, "labor": true, "dia": true, "worker": true, "work": true, "noche": true}

// lastYearEn is "of last year" after a day and month ("Nov. 15 last
// year", MT "15 of November of the past year"): the year before
// publication, which latestYear alone would not give when the day has
// come round again.
const lastYearEn = `\s+(?P<ly>(?i:of\s+(?:the\s+)?(?:last|past)\s+year|last\s+year))`

var datePatterns = []datePattern{
	{regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})`), "ymd", needNumeric, 0},
	{regexp.MustCompile(`(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})`), "dmy", needNumeric, 0},
	{regexp.MustCompile(`(?:(?P<pre>(?i:on|since|from|until|by|before|after|as of))\s+)?(?P<mon>` + enMonth + `)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4})|` + lastYearEn + `)?`), "mdy", needMonthEn, needDay},
	{regexp.MustCompile(`(?:(?P<pre>(?i:on|since|from|until|by))\s+)?(?:the\s+(?:day\s+)?)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>` + enMonth + `)(?:,?\s+(?:of\s+(?:the\s+)?)?(?P<y>\d{4})|` + lastYearEn + `)?`), "mdy", needMonthEn, needDay},
	{regexp.MustCompile(`(?P<pre>(?i:the month of|the beginning of|the start of|the end of|the middle of|in|since|during|until|through|throughout|early|late|mid|last|this|of|from|between|and|by))[\s-]+(?P<mon>` + enMonthFull + `)(?:,?\s+(?:of\s+(?:the\s+)?)?(?P<y>\d{4}))?`), "my", needMonthEn, 0}, // MT "January of the 2023"
	{regexp.MustCompile(`(?P<mon>` + enMonthFull + `),?\s+(?P<y>\d{4})`), "my", needMonthEn, needYear},
	{regexp.MustCompile(`(?:(?P<pre>(?i:el|desde el|hasta el|del|al|este|ese|aquel))\s+)?(?:(?i:pasado|último|ultimo)\s+)?(?P<d>\d{1,2})\s+de\s+(?P<mon>` + esMonthFull + `)(?:\s+(?:de|del)\s+(?P<y>\d{4})|\s+(?P<ly>(?i:del año pasado)))?`), "mdy", needMonthEs, needDay},
	{regexp.MustCompile(`(?P<d1>\d{1,2})\s+(?:y|al|a|-)\s+(?:el\s+)?(?P<d>\d{1,2})\s+de\s+(?P<mon>` + esMonthFull + `)(?:\s+(?:de|del)\s+(?P<y>\d{4}))?`), "mdy2", needMonthEs, needDay},
	{regexp.MustCompile(`(?P<mon>` + enMonth + `)\s+(?P<d1>\d{1,2})\s+(?:and|to|-|–)\s+(?P<d>\d{1,2})(?:,?\s+(?P<y>\d{4}))?`), "mdy2", needMonthEn, needDay},
	{regexp.MustCompile(`(?P<pre>(?i:entre|between|from|de|desde))\s+(?P<mon1>` + esMonthFull + `|` + enMonthFull + `)(?:\s+(?:de|del)\s+(?P<y1>\d{4}))?\s+(?:y|and|to|a|hasta)\s+(?P<mon>` + esMonthFull + `|` + enMonthFull + `)(?:,?\s+(?:(?:de|del)\s+)?(?P<y>\d{4}))?`), "my2", needMonthEs, 0},
	{regexp.MustCompile(`(?P<pre>(?i:en lo que va de|en lo que va del mes de|a lo largo de|a comienzos de|comienzos de|inicios de|fines de|finales de|mediados de|en|desde|durante|hasta|a fines de|a finales de|a inicios de|a principios de|a mediados de|el pasado mes de|el mes de|de|entre|y))\s+(?P<mon>` + esMonthFull + `)(?:\s+(?:de|del)\s+(?P<y>\d{4}))?`), "my", needMonthEs, 0},
	{regexp.MustCompile(`(?P<mon>` + esMonthFull + `)\s+(?:de|del)\s+(?P<y>\d{4})`), "my", needMonthEs, needYear},
	{regexp.MustCompile(`(?:(?P<pre>(?i:this past|this|last|on|next|past|since|until|by))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`), "wd", needWeekday, 0},
	{regexp.MustCompile(`(?P<pre>(?i:este pasado|el pasado|el último|el ultimo|el próximo|el proximo|este|el|desde el|hasta el|del|ese|y))\s+(?P<wd>(?i:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo))(?:\s+(?P<post>(?i:pasado|último|ultimo)))?`), "wd", needWeekday, 0},
	{regexp.MustCompile(`(?i:the day before yesterday|yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today|last week|last month|last year|this week|this month|this year|anteayer|antier|antes de ayer|ayer|hoy|anoche|esta mañana|esta tarde|esta noche|esta madrugada|la semana pasada|la semana que pasó|la semana que paso|the week passed|the week past|el mes pasado|el año pasado|esta semana|este mes|este año)`), "rel", needRelative, 0},
	// A day named by its feast: "on Christmas Eve", "en la Nochebuena",
	// "el Día del Trabajo", MT "the day of Christmas".
	{regexp.MustCompile(`(?P<feast>` + feastRe + `)`), "feast", needRelative, 0},
	{regexp.MustCompile(`(?P<n>` + smallNum + `)\s+(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?))\s+(?i:ago|earlier)(?P<today>\s+(?i:today))?`), "ago", needAgo, 0},
	{regexp.MustCompile(`(?i:hace)\s+(?P<n>` + smallNum + `)\s+(?P<unit>(?i:días|dias|día|dia|semanas|semana|meses|mes|años|año))`), "ago", needAgo, 0},
	// A noun of an event before "de/of" makes the number a year whatever
	// follows: "las víctimas del estallido de 2019 todavía esperan".
	// A part of a year before it is the year: "in early 2020", "late 2019",
	// "mid-2021", "a principios de 2020", "a finales de 2019" (a part of a
	// month is the month, as "a mediados de diciembre" is).
	{regexp.MustCompile(`(?P<pre>(?i:(?:` + eventNounsRe + `)\s+(?:de|del|of)|early|late|mid|the (?:beginning|start|end|middle) of|` +
		`(?:a )?(?:principios|comienzos|inicios|finales|fines|mediados) de|in|since|during|until|en|desde|durante|hasta|del año|el año|de|of|the|\p{Lu}\p{L}+['’]s))(?:\s+|(?:-))(?P<y>(?:19|20)\d{2})(?P<tail>\s*(?:(?i:national|nationwide|general|social|indigenous|presidential|student|post-electoral|postelectoral|electoral|political)\s+)?[^\s\d]*)`), "y", needYear, 0},
}

// reportVerbs say that the date is when something was said, not done.
// Its commonest, "said", "dijo", "señaló" and the like, are written in
// speechVerbs (places.go).
var reportVerbs = unionSets(speechVerbs, map[string]bool{
	"assured": true, "reported": true, "announced": true, "stated": true,
	"warned": true, "denounced": true, "indicated": true, "declared": true, "published": true, "presented": true,
	"released": true, "added": true, "insisted": true, "affirmed": true,
	"reporto": true, "reportaron": true, "informaron": true, "informed": true,
	"aseguro": true, "informo": true, "indico": true, "denuncio": true,
	"anuncio": true, "sostuvo": true, "advirtio": true, "manifesto": true, "presento": true,
	"publico": true, "publicado": true, "difundio": true, "explico": true, "agrego": true, "preciso": true, "comunico": true,
	"confirmo": true, "confirmaron": true, "confirmed": true, "revealed": true, "revelo": true,
	// A report handed out on a day: "el balance entregado este domingo".
	"entregado": true, "entregada": true, "difundido": true, "difundida": true, "emitido": true, "emitida": true, "publicada": true,
})

// dateConfig is what resolving dates needs: the publication day, so that a
// day and month without a year take the latest year not after it.
type dateConfig struct{ pub time.Time }

func (d *doc) dateConfig() *dateConfig { return &dateConfig{pub: d.published()} }

// published returns the publication day at noon, so that date arithmetic is
// free of time-zone edges.
func (d *doc) published() time.Time {
	p := d.opt.Published
	return time.Date(p.Year(), p.Month(), p.Day(), 12, 0, 0, 0, time.UTC)
}

func (d *doc) findDates() {
	known := !d.opt.Published.IsZero()
	var cfg *dateConfig
	if known {
		cfg = d.dateConfig()
	}
	for _, p := range d.paras {
		var found []dateMention
		var daysOf []span // month names that days were read with: "December 11 and 15"
		// The patterns run only on windows around words that can start or
		// end a date; running them over whole paragraphs costs ten times more.
		for _, w := range dateWindows(p.toks) {
			win := d.text[w.Start:w.End]
			for _, pat := range datePatterns {
				if w.has&pat.needs == 0 || w.has&pat.also != pat.also {
					continue
				}
				for _, m := range pat.re.FindAllStringSubmatchIndex(win, -1) {
					if !wordBoundary(win, m[0], m[1]) || thousands(win, m[1]) || pat.kind == "y" && afterMonth(win, m[0]) {
						continue
					}
					g := func(name string) string {
						k := pat.re.SubexpIndex(name)
						if k < 0 || m[2*k] < 0 {
							return ""
						}
						return win[m[2*k]:m[2*k+1]]
					}
					kind := pat.kind
					if kind == "my2" {
						// "entre diciembre y febrero": the first month is a date of its own.
						k := pat.re.SubexpIndex("mon1")
						first, ok := d.resolve("my", func(name string) string {
							switch name {
							case "mon":
								return g("mon1")
							case "y":
								return g("y1")
							case "pre":
								return "in"
							}
							return g(name)
						}, win[m[2*k]:m[2*k+1]], cfg)
						if ok {
							first.start, first.end, first.kind = w.Start+m[2*k], w.Start+m[2*k+1], "my"
							found = append(found, first)
						}
						// The second month: resolved as "in MONTH", its span from the month name.
						second, ok := d.resolve("my", func(name string) string {
							if name == "pre" {
								return "in"
							}
							return g(name)
						}, "", cfg)
						if ok {
							k := pat.re.SubexpIndex("mon")
							second.start, second.end, second.kind = w.Start+m[2*k], w.Start+m[1], "my"
							found = append(found, second)
						}
						continue
					}
					if kind == "mdy2" && (tollNumber(p.toks, tokenIndex(p.toks, w.Start+m[2*pat.re.SubexpIndex("d")])) || numberValue(g("d")) <= numberValue(g("d1"))) {
						// "the toll from the clashes of January 9 to 19": the
						// day alone (read by its own pattern), then the figure
						// the toll reached; so "10 occurred in Sacaba on
						// November 15 and 10 in Senkata": no pair of days
						// runs backwards.
						continue
					}
					if kind == "mdy2" {
						// "11 y 12 de diciembre": the first day is a date of its own.
						k := pat.re.SubexpIndex("d1")
						first, ok := d.resolve("mdy", func(name string) string {
							if name == "d" {
								return g("d1")
							}
							return g(name)
						}, win[m[2*k]:m[2*k+1]], cfg)
						if ok {
							first.start, first.end, first.kind = w.Start+m[2*k], w.Start+m[2*k+1], "mdy"
							found = append(found, first)
						}
						if mk := pat.re.SubexpIndex("mon"); m[2*mk] < m[2*k] {
							daysOf = append(daysOf, span{w.Start + m[2*mk], w.Start + m[2*mk+1]})
						}
						kind = "mdy"
					}
					andDay := kind == "wd" && strings.EqualFold(g("pre"), "y")
					if andDay && !weekdayEnds(d.text[:w.Start+m[0]]) {
						continue // "y viernes" is a day only after another: "las protestas del jueves y viernes"
					}
					dm, ok := d.resolve(kind, g, win[m[0]:m[1]], cfg)
					if !ok {
						continue
					}
					dm.start, dm.end, dm.kind = w.Start+m[0], w.Start+m[1], kind
					if andDay {
						k := pat.re.SubexpIndex("wd")
						dm.start = w.Start + m[2*k] // the link word is the range's, not the day's
					}
					if k := pat.re.SubexpIndex("tail"); k >= 0 && m[2*k] >= 0 {
						dm.end = w.Start + m[2*k] // the word after a year is not part of it
					}
					if pat.kind == "mdy2" {
						// The second date's span starts after the first day.
						k := pat.re.SubexpIndex("d1")
						dm.start = w.Start + m[2*k+1]
						for dm.start < dm.end && !isWordStart(d.text, dm.start) {
							dm.start++
						}
					}
					found = append(found, dm)
				}
			}
		}
		if known {
			found = append(found, d.eventMonths(p.toks, cfg)...)
		}
		found = mergeWeekdays(d.text, dropOverlaps(withoutMonths(found, daysOf)))
		found = d.refineDates(p, found)
		for _, dm := range found {
			if d.insideDateline(dm.start) || namesStreet(p.toks, dm.start, dm.end) || namesGroup(p.toks, dm.start, dm.end) || yearOfRecord(p.toks, dm) {
				continue
			}
			if known && dm.data.To != "" {
				// A period runs at most to publication: "since December" ends
				// on the day of the story, "in May" too when May is this month.
				pub := d.published().Format(time.DateOnly)
				if dm.data.Since || dm.data.To > pub {
					dm.data.To = pub
				}
			}
			dm.data.Role = "event"
			// A period is when things happened, never the day a statement was
			// made: "arrested since the state of emergency was declared on
			// Saturday".
			if !dm.data.Since && d.reportedBy(p, dm.start) {
				dm.data.Role = "report"
			}
			if sinceYardstick(p.toks, dm) {
				// The claim is the start alone; the mention keeps its period,
				// which later days and counts still skip as "since" dates.
				dm.yardstick = true
			}
			d.dates = append(d.dates, dm)
		}
	}
	sort.SliceStable(d.dates, func(i, j int) bool { return d.dates[i].start < d.dates[j].start })
	for _, dm := range d.dates {
		if dm.kind == echoKind {
			continue
		}
		if dm.yardstick && dm.data.Since {
			dm.data.Since, dm.data.From, dm.data.To = false, "", ""
		}
		summary := "date " + dm.data.Value + " (" + dm.data.Precision + ")"
		if dm.data.Since {
			summary = "date since " + dm.data.Value + " (" + dm.data.Precision + ")"
		}
		if !dm.data.Resolved {
			summary = "date, unresolved: no publication date"
		}
		if dm.data.Role != "event" {
			summary += ", " + dm.data.Role
		}
		d.add(rastro.ClaimDate, dm.start, dm.end, summary, dm.data)
	}
}

func (d *doc) insideDateline(pos int) bool {
	return d.dateline != nil && pos >= d.dateline.Start && pos < d.dateline.End
}

// dateTriggers are the words every date pattern contains.
var dateTriggers = func() map[string]bool {
	m := map[string]bool{}
	for w := range monthNames {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for _, w := range strings.Fields("yesterday today tonight night morning afternoon evening week month year ago earlier " +
		"anteayer antier ayer hoy anoche manana tarde noche madrugada semana mes ano hace") {
		m[w] = true
	}
	return m
}()

// weekdayEnds reports whether text ends with a weekday's name and a space:
// the first of two days joined by "y".
func weekdayEnds(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	_, ok := weekdays[norm(f[len(f)-1])]
	return ok
}

// unPossessive drops an English possessive ending: "week's" is "week".
func unPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// dateWindow is a stretch of a paragraph that may hold a date, with the
// classes of trigger words in it.
type dateWindow struct {
	span
	has uint8
}

// triggerClass tells which patterns a token can take part in.
func triggerClass(toks []token, i int) uint8 {
	t := toks[i]
	switch {
	case t.Kind == tokNumber:
		c := uint8(0)
		if len(t.Text) == 4 {
			c |= needYear
		}
		if i+1 < len(toks) && (toks[i+1].Text == "/" || toks[i+1].Text == "-") {
			c |= needNumeric
		}
		return c
	case t.Norm == "ago":
		// "three days ago"; also "ago", agosto abbreviated.
		return needAgo | needMonthEs
	case monthNames[strings.TrimSuffix(t.Norm, ".")] != 0:
		// English month names are written with a capital; Spanish ones
		// in lower case (the dateline's "12 ene" is read elsewhere).
		if t.Cap {
			return needMonthEn | needMonthEs
		}
		return needMonthEs
	case weekdays[unPossessive(t.Norm)] != 0 || t.Norm == "sunday" || t.Norm == "domingo" || t.Norm == "sunday's":
		// "Saturday's clashes": the possessive is the day too.
		return needWeekday
	case t.Norm == "earlier" || t.Norm == "hace":
		return needAgo
	case feastHeads[t.Norm]:
		return needRelative // a day named by its feast is read with the relative words
	case dateTriggers[unPossessive(t.Norm)]:
		// "last week's protests", as "last week".
		return needRelative
	}
	return 0
}

// dateWindows returns the merged byte ranges from five tokens before to
// seven after every trigger word in the paragraph.
//
// A window also records whether it holds a day number or a year, which
// the patterns of full dates need: most windows hold neither, and those
// patterns are the dearest to run.
func dateWindows(toks []token) []dateWindow {
	var out []dateWindow
	last := -1 // the last token scanned for numbers
	for i := range toks {
		c := triggerClass(toks, i)
		if c == 0 {
			continue
		}
		a, b := max(0, i-6), min(len(toks)-1, i+6)
		for k := max(a, last+1); k <= b; k++ {
			c |= numberClass(toks[k])
		}
		last = b
		w := dateWindow{span{toks[a].Start, toks[b].End}, c}
		if n := len(out); n > 0 && w.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, w.End)
			out[n-1].has |= c
			continue
		}
		out = append(out, w)
	}
	return out
}

// numberClass tells whether a token can be a day ("15", "15th") or a year.
func numberClass(t token) uint8 {
	n := 0
	for n < len(t.Text) && t.Text[n] >= '0' && t.Text[n] <= '9' {
		n++
	}
	switch {
	case n == 0:
		return 0
	case n <= 2:
		return needDay
	case n == 4 && t.Kind == tokNumber:
		return needYear
	}
	return 0
}

// reportedBy reports whether the word just before the date is a reporting
// verb ("assured this Thursday", "informó este jueves").
func (d *doc) reportedBy(p paragraph, start int) bool {
	// "29 had been released by Wednesday night": a day opened by "by" is
	// when a state was reached, not when a statement was made.
	if k := tokenIndex(p.toks, start); k >= 0 && k < len(p.toks) && p.toks[k].Start == start && p.toks[k].is("by") {
		return false
	}
	for i := len(p.toks) - 1; i >= 0; i-- {
		if p.toks[i].End > start {
			continue
		}
		if reportVerbs[p.toks[i].Norm] {
			return true
		}
		// "informed the Ministry of Health this Wednesday", "the ministry
		// said on Wednesday": a speech verb, then only its subject.
		for k := i; k >= 0 && k > i-8; k-- {
			t := p.toks[k]
			if reportVerbs[t.Norm] || saidVerbs[t.Norm] && !t.is("according", "called", "asked", "reported") && !harmSustained(p.toks, k) {
				return true
			}
			// MT "informed the day of yesterday", "informó el día de ayer".
			if !(t.Cap && t.Kind == tokWord || t.is("the", "of", "de", "del", "la", "el", "on", "this", "este", "esta", "for", "para", "los", "las", "day", "dia") ||
				t.is("in", "en") && k+1 < len(p.toks) && p.toks[k+1].Cap) { // "said in Lima on Wednesday"
				return false
			}
		}
		return false
	}
	return false
}

// harmSustained reports whether toks[k], "sustained", follows a harm
// noun ("for injuries sustained on Friday"): the harm's verb, not MT's
// speech verb for "sostuvo", so the day after it dates the harm.
func harmSustained(toks []token, k int) bool {
	return toks[k].is("sustained") && k > 0 && toks[k-1].is("injuries", "injury", "wounds", "wound", "burns", "fractures", "trauma", "traumas")
}

// isWordStart reports whether a word or number starts at text[i] after a
// separator, skipping the connecting word of "11 y 12".
func isWordStart(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsDigit(r) && !unicode.IsUpper(r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(p)
}

// wordBoundary reports whether s[i:j] neither starts nor ends inside a word.
func wordBoundary(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// thousands reports whether a number ending at s[i] goes on past a
// thousands separator: the "1" of "1,200 rounds" is no day.
func thousands(s string, i int) bool {
	return i > 0 && i+1 < len(s) && s[i-1] >= '0' && s[i-1] <= '9' && (s[i] == ',' || s[i] == '.') && s[i+1] >= '0' && s[i+1] <= '9'
}

// afterMonth reports whether a month name ends right before s[i]: the
// year of "diciembre de 2023" belongs to the month's pattern.
func afterMonth(s string, i int) bool {
	f := strings.Fields(s[:i])
	return len(f) > 0 && monthNames[norm(f[len(f)-1])] != 0
}

// dropOverlaps keeps the longest of overlapping mentions (the earliest on a tie).
// withoutMonths drops month-only mentions of a month whose days were read:
// "between December 11 and 15" is two days, not also December.
func withoutMonths(ms []dateMention, months []span) []dateMention {
	out := ms[:0]
	for _, m := range ms {
		drop := false
		for _, mon := range months {
			drop = drop || m.kind == "my" && m.start <= mon.Start && mon.End <= m.end
		}
		if !drop {
			out = append(out, m)
		}
	}
	return out
}

func dropOverlaps(ms []dateMention) []dateMention {
	var out []dateMention
	for _, m := range ms {
		keep := true
		for k := 0; k < len(out); k++ {
			o := out[k]
			if m.start < o.end && o.start < m.end {
				if m.end-m.start > o.end-o.start {
					out = append(out[:k], out[k+1:]...)
					k--
					continue
				}
				keep = false
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	// text order
	for i := 1; i < len(out); i++ {
		for k := i; k > 0 && out[k].start < out[k-1].start; k-- {
			out[k], out[k-1] = out[k-1], out[k]
		}
	}
	return out
}

// mergeWeekdays joins a weekday and the date right after it ("Monday,
// January 9", "el lunes 9 de enero") into one mention with the date's value.
func mergeWeekdays(text string, ms []dateMention) []dateMention {
	var out []dateMention
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.kind == "wd" && k+1 < len(ms) && ms[k+1].kind == "mdy" {
			gap := strings.TrimSpace(text[m.end:ms[k+1].start])
			// "on Sunday night, Oct. 20": a part of the day between the
			// weekday and its date names the same day.
			if part, rest, _ := strings.Cut(gap, ","); dayParts[norm(part)] && rest == "" {
				gap = ","
			}
			// A date after the comma that opens with a word of its own
			// ("difundido la noche del miércoles, desde el 3 de octubre")
			// starts another time, not the weekday's day of month.
			opens := gap == "," && startsPeriod(text[ms[k+1].start:ms[k+1].end])
			if (gap == "" || gap == ",") && !opens {
				n := ms[k+1]
				n.start = m.start
				out = append(out, n)
				k++
				continue
			}
		}
		if m.kind == "rel" && k+1 < len(ms) && ms[k+1].kind == "wd" && m.data.Resolved &&
			m.data.Value == ms[k+1].data.Value && strings.TrimSpace(text[m.end:ms[k+1].start]) == "" {
			m.end = ms[k+1].end // MT "yesterday Tuesday" ("ayer martes"): one day named twice
			k++
		}
		out = append(out, m)
	}
	return out
}

// startsPeriod reports whether a date mention's text opens with a word
// that makes it a period's end or start.
func startsPeriod(text string) bool {
	w, _, _ := strings.Cut(norm(text), " ")
	switch w {
	case "since", "desde", "from", "until", "hasta", "between", "entre":
		return true
	}
	return false
}

var agoUnits = map[string]string{"day": "day", "days": "day", "dia": "day", "dias": "day",
	"week": "week", "weeks": "week", "semana": "week", "semanas": "week",
	"month": "month", "months": "month", "mes": "month", "meses": "month",
	"year": "year", "years": "year", "ano": "year", "anos": "year"}

// resolve turns one matched expression into a date. ok is false for
// expressions that are not dates after all ("May" the verb, "next Monday").
// announcedDays is how far after publication a day written without its
// year may be one still to come (a strike called, a march announced).
const announcedDays = 60

// announcing words before such a day make it one to come: "a partir del
// 13 de febrero", "para el próximo 3 de febrero", "starting on March 1",
// MT "beginning the 20 of February". A day to come is no event reported.
var announcing = map[string]bool{"partir": true, "proximo": true, "proxima": true, "starting": true, "beginning": true,
	"next": true, "para": true, "for": true, "until": true, "hasta": true, "scheduled": true, "programado": true,
	"programada": true, "will": true}

// announcedAt reports whether announcing words stand in the few words
// before the number of the date mention dm.
func announcedAt(toks []token, dm dateMention) bool {
	i := tokenIndex(toks, dm.start)
	for t := max(i-4, 0); t < len(toks) && toks[t].Start < dm.end; t++ {
		if t >= i && toks[t].Kind == tokNumber {
			return false
		}
		if announcing[toks[t].Norm] {
			return true
		}
	}
	return false
}

func (d *doc) resolve(kind string, g func(string) string, whole string, cfg *dateConfig) (dateMention, bool) {
	known := cfg != nil
	var pub time.Time
	if known {
		pub = d.published()
	}
	pre := norm(strings.TrimSpace(g("pre")))
	var dm dateMention
	dm.data.Since = pre == "since" || strings.HasPrefix(pre, "desde")
	unresolved := func(precision string) (dateMention, bool) {
		dm.data.Precision = precision
		return dm, true
	}
	switch kind {
	case "ymd", "dmy", "mdy":
		day, _ := strconv.Atoi(g("d"))
		var mon time.Month
		if kind == "mdy" {
			mon = monthNames[strings.TrimSuffix(norm(g("mon")), ".")]
		} else {
			m, _ := strconv.Atoi(g("m"))
			if kind == "dmy" && d.opt.Language == "en" && m <= 12 && day <= 12 {
				day, m = m, day // 9/1/2023 in English text is September 1
			}
			mon = time.Month(m)
		}
		if mon == 0 || day < 1 || day > 31 || mon > 12 {
			return dm, false
		}
		if norm(g("mon")) == "may" && !strings.HasPrefix(g("mon"), "M") {
			return dm, false
		}
		year, _ := strconv.Atoi(g("y"))
		if year == 0 && known && g("ly") != "" {
			year = pub.Year() - 1
		}
		if year == 0 {
			if !known {
				return unresolved("day")
			}
			year = d.parsedYear(g("mon"), day, mon, pub)
			ahead := time.Date(pub.Year(), mon, day, 12, 0, 0, 0, time.UTC)
			dm.ahead = ahead.Day() == day && ahead.After(pub) && ahead.Sub(pub) <= announcedDays*24*time.Hour
		}
		t := time.Date(year, mon, day, 12, 0, 0, 0, time.UTC)
		if t.Day() != day {
			return dm, false
		}
		if known && t.After(pub) {
			if g("y") != "" {
				return dm, false // an explicit date after publication: not an event reported
			}
			t = t.AddDate(-1, 0, 0)
		}
		return dm.set(rastro.DateOf(t), "day", false), true
	case "my":
		mon := monthNames[norm(g("mon"))]
		if mon == 0 {
			return dm, false
		}
		if (pre == "de" || pre == "y" || pre == "and" || pre == "of") && g("y") == "" {
			return dm, false // "Plaza Dos de Mayo", "… and May": too weak alone
		}
		year, _ := strconv.Atoi(g("y"))
		if year == 0 {
			if !known {
				return unresolved("month")
			}
			year = pub.Year()
			if mon > pub.Month() {
				year--
			}
		}
		if known && time.Date(year, mon, 1, 0, 0, 0, 0, time.UTC).After(pub) {
			return dm, false
		}
		return dm.set(rastro.Date{Year: year, Month: mon}, "month", g("y") == ""), true
	case "y":
		year, _ := strconv.Atoi(g("y"))
		if known && year > pub.Year() {
			return dm, false
		}
		if (pre == "de" || pre == "of") && !yearTail(norm(strings.TrimSpace(g("tail")))) {
			return dm, false // "más de 2000 heridos": a number
		}
		// An adjective may stand between the year and its event: "the 2021
		// national strike", "the 2019 social uprising".
		// So may a possessive name: "Colombia's 2021 national strike".
		possessive := strings.HasSuffix(pre, "'s") || strings.HasSuffix(pre, "’s")
		if tail := strings.Fields(g("tail")); (pre == "the" || possessive) && (len(tail) == 0 || !eventNouns[strings.TrimRight(norm(tail[len(tail)-1]), ",.;:)")]) {
			return dm, false // "the 2000 protesters": a number; "the 2021 protests": a year
		}
		return dm.set(rastro.Date{Year: year}, "year", false), true
	case "wd":
		wd, ok := weekdays[norm(g("wd"))]
		if !ok || pre == "next" || strings.Contains(pre, "proximo") {
			return dm, false
		}
		if !known {
			return unresolved("day")
		}
		day := d.storyDay(pub)
		back := (int(day.Weekday()) - int(wd) + 7) % 7
		post := norm(g("post"))
		if back == 0 && (pre == "last" || pre == "past" || pre == "el pasado" || post == "pasado" || strings.Contains(pre, "ultimo") || post == "ultimo") {
			back = 7
		}
		return dm.set(rastro.DateOf(day.AddDate(0, 0, -back)), "day", true), true
	case "rel":
		if !known {
			return unresolved("day")
		}
		return d.relative(norm(whole), d.storyDay(pub), dm)
	case "feast":
		f, ok := feasts[strings.ReplaceAll(norm(g("feast")), "’", "'")]
		if !ok {
			return dm, false
		}
		if !known {
			return unresolved("day")
		}
		return dm.set(rastro.DateOf(time.Date(latestYear(f.day, f.mon, pub), f.mon, f.day, 12, 0, 0, 0, time.UTC)), "day", true), true
	case "ago":
		n := numberValue(norm(g("n")))
		unit := agoUnits[norm(g("unit"))]
		if strings.HasPrefix(norm(g("unit")), "fortnight") {
			// "a fortnight ago" is two weeks ago: that week, as "hace dos
			// semanas" and "two weeks ago" are.
			n, unit = 2*n, "week"
		}
		if n <= 0 || unit == "" {
			return dm, false
		}
		if g("today") != "" && unit != "day" {
			// "A year ago today": the same day, a year before the story.
			if !known {
				return unresolved("day")
			}
			y, mo, d := -n, 0, 0
			switch unit {
			case "week":
				y, d = 0, -7*n
			case "month":
				y, mo = 0, -n
			}
			return dm.set(rastro.DateOf(pub.AddDate(y, mo, d)), "day", true), true
		}
		if !known {
			return unresolved(unit)
		}
		switch unit {
		case "day":
			return dm.set(rastro.DateOf(pub.AddDate(0, 0, -n)), "day", true), true
		case "week":
			if n == 1 {
				// "hace una semana", "a week ago": seven days before, as
				// "a week ago Thursday" is; "hace dos semanas" is vaguer.
				return dm.set(rastro.DateOf(pub.AddDate(0, 0, -7)), "day", true), true
			}
			return dm.week(pub.AddDate(0, 0, -7*n)), true
		case "month":
			// From the month's first day: on 31 May, one month back is
			// April, not the "31 April" that Go normalises to 1 May.
			t := time.Date(pub.Year(), pub.Month(), 1, 12, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
			return dm.set(rastro.Date{Year: t.Year(), Month: t.Month()}, "month", true), true
		default:
			if n == 1 {
				// "los diez fallecidos … hace un año", "killed a year ago":
				// the anniversary's day, as "hace una semana" is seven days.
				return dm.set(rastro.DateOf(pub.AddDate(-1, 0, 0)), "day", true), true
			}
			return dm.set(rastro.Date{Year: pub.Year() - n}, "year", true), true
		}
	}
	return dm, false
}

// eventNounsRe are nouns of events in either language that a year
// qualifies with "de"/"of": "el estallido de 2019", "the protests of 2022".
const eventNounsRe = `estallido|protestas|protesta|movilizaciones|paro|huelga|crisis|marchas|elecciones|masacre|revuelta|` +
	`protests|protest|unrest|strike|elections|massacre|uprising|riots|clashes`

// eventNouns after "the 2021" make the number a year.
var eventNouns = map[string]bool{"protests": true, "protest": true, "elections": true, "election": true, "strike": true,
	"strikes": true, "crisis": true, "uprising": true, "massacre": true, "marches": true, "demonstrations": true,
	"unrest": true, "coup": true, "riots": true, "clashes": true, "report": true, "census": true}

// yearTail reports whether the word after "de 2019" lets the number be a
// year: punctuation, the end, or a word that cannot be counted.
func yearTail(w string) bool {
	switch w {
	case "", "en", "in", "y", "and", "e", "se", "que", "when", "cuando", "la", "el", "los", "las", "the", "por", "by",
		"on", "at", "con", "with", "hasta", "to", "al", "a", "fue", "was", "were", "fueron", "para", "for":
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsLetter(r)
}

// parsedYear returns the year of a day-and-month date written without one:
// the latest year, not after publication, in which that day exists (29
// February looks back to the last leap year). Answers are cached per
// document by "day month".
func (d *doc) parsedYear(mon string, day int, m time.Month, pub time.Time) int {
	key := fmt.Sprintf("%d %s", day, mon)
	if y, ok := d.yearCache[key]; ok {
		return y
	}
	y := latestYear(day, m, pub)
	if d.yearCache == nil {
		d.yearCache = map[string]int{}
	}
	d.yearCache[key] = y
	return y
}

// latestYear is the last year y such that day/m/y exists and is not after
// pub; leap days need at most eight years of looking back.
func latestYear(day int, m time.Month, pub time.Time) int {
	for y := pub.Year(); y > pub.Year()-9; y-- {
		t := time.Date(y, m, day, 12, 0, 0, 0, time.UTC)
		if t.Day() == day && !t.After(pub) {
			return y
		}
	}
	return pub.Year()
}

func numberValue(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	if w == "a" || w == "an" {
		return 1
	}
	return unitWords[w]
}

func (dm dateMention) set(date rastro.Date, precision string, relative bool) dateMention {
	dm.date = date
	dm.data.Value = date.String()
	dm.data.Precision = precision
	dm.data.Relative = dm.data.Relative || relative
	dm.data.Resolved = true
	if precision != "day" || dm.data.Since {
		dm.data.From = date.First().Format(time.DateOnly)
		dm.data.To = date.Last().Format(time.DateOnly)
	}
	return dm
}

// week sets the Monday-to-Sunday week containing t.
func (dm dateMention) week(t time.Time) dateMention {
	monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	dm = dm.set(rastro.DateOf(monday), "week", true)
	dm.data.From = monday.Format(time.DateOnly)
	dm.data.To = monday.AddDate(0, 0, 6).Format(time.DateOnly)
	return dm
}

func (d *doc) relative(w string, pub time.Time, dm dateMention) (dateMention, bool) {
	w = strings.Join(strings.Fields(w), " ")
	switch w {
	case "the day before yesterday", "anteayer", "antier", "antes de ayer":
		return dm.set(rastro.DateOf(pub.AddDate(0, 0, -2)), "day", true), true
	case "yesterday", "ayer", "last night", "anoche":
		return dm.set(rastro.DateOf(pub.AddDate(0, 0, -1)), "day", true), true
	case "today", "tonight", "this morning", "this afternoon", "this evening", "earlier today",
		"hoy", "esta manana", "esta tarde", "esta noche", "esta madrugada":
		return dm.set(rastro.DateOf(pub), "day", true), true
	case "last week", "la semana pasada", "the week passed", "the week past", "la semana que paso":
		return dm.week(pub.AddDate(0, 0, -7)), true
	case "this week", "esta semana":
		return dm.week(pub), true
	case "last month", "el mes pasado":
		t := pub.AddDate(0, 0, -pub.Day()) // the last day of the previous month
		return dm.set(rastro.Date{Year: t.Year(), Month: t.Month()}, "month", true), true
	case "this month", "este mes":
		return dm.set(rastro.Date{Year: pub.Year(), Month: pub.Month()}, "month", true), true
	case "last year", "el ano pasado":
		return dm.set(rastro.Date{Year: pub.Year() - 1}, "year", true), true
	case "this year", "este ano":
		return dm.set(rastro.Date{Year: pub.Year()}, "year", true), true
	}
	return dm, false
}

// storyDay returns the day the story was filed: the dateline's day when it
// names one a few days before publication ("Andahuaylas, 12 de diciembre.
// … tras la jornada de ayer" in a paper of 13 December: ayer is the 11th),
// else publication.
func (d *doc) storyDay(pub time.Time) time.Time {
	for _, dm := range d.dates {
		if dm.data.Role != "dateline" || !dm.data.Resolved || dm.data.Precision != "day" {
			continue
		}
		t, err := time.Parse(time.DateOnly, dm.data.Value)
		if err != nil {
			return pub
		}
		t = t.Add(12 * time.Hour)
		if t.Before(pub) && !t.Before(pub.AddDate(0, 0, -3)) {
			return t
		}
		return pub
	}
	return pub
}

// resolveDateline resolves the date of a dateline ("12 ene").
func (d *doc) resolveDateline(expr string, start, end int) dateMention {
	dm := dateMention{start: start, end: end}
	dm.data.Role = "dateline"
	dm.data.Precision = "day"
	f := strings.Fields(strings.ReplaceAll(expr, ",", " "))
	day, err := strconv.Atoi(f[0])
	if err != nil && len(f) > 1 {
		// "Jan 19", "May 7, 2021": the month first.
		day, _ = strconv.Atoi(f[1])
		f[0], f[1] = f[1], f[0]
	}
	mon := time.Month(0)
	year := 0
	monWord := ""
	for _, w := range f[1:] {
		if m, ok := monthNames[strings.TrimSuffix(norm(w), ".")]; ok {
			mon, monWord = m, w
		} else if y, err := strconv.Atoi(w); err == nil {
			year = y
		}
	}
	if mon == 0 || d.opt.Published.IsZero() && year == 0 {
		return dm
	}
	pub := d.published()
	if year == 0 {
		year = d.parsedYear(monWord, day, mon, pub)
	}
	t := time.Date(year, mon, day, 12, 0, 0, 0, time.UTC)
	if t.Day() != day || (!d.opt.Published.IsZero() && t.After(pub)) {
		return dm
	}
	dm = dm.set(rastro.DateOf(t), "day", false)
	dm.data.Role = "dateline"
	return dm
}

// eventDatesIn returns the event dates (not report dates) inside s, but a
// superlative's yardstick ("the worst unrest since the march of Jan. 19"),
// which dates no count: the count is the day compared.
func (d *doc) eventDatesIn(s span) []dateMention {
	var out []dateMention
	i := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].start >= s.Start })
	for ; i < len(d.dates) && d.dates[i].start < s.End; i++ {
		if dm := d.dates[i]; dm.end <= s.End && dm.data.Role == "event" && dm.data.Resolved && !dm.yardstick {
			out = append(out, dm)
		}
	}
	return out
}

// namesStreet reports whether the date at start–end is the name of a
// street, square or building, as many in Peru are: "la avenida 28 de
// Julio", "the Plaza 25 of May", "2 de Mayo avenue", "el colegio 7 de
// Junio". Such a date is the word right after the street word, or right
// before it.
func namesStreet(toks []token, start, end int) bool {
	i := tokenIndex(toks, start)
	if i >= len(toks) || toks[i].Start != start || toks[i].Kind != tokNumber && numberValue(toks[i].Norm) <= 0 {
		return false // the name is the day and month: "at the bridge on Monday" is a date
	}
	if toks[i].is("a", "an", "un", "una") {
		return false // an article opens a relative day: "on the Huayllani bridge a day earlier"
	}
	if i > 0 && institutionWords[toks[i-1].Norm] {
		return true
	}
	j := tokenIndex(toks, end)
	return j < len(toks) && toks[j].Start >= end && institutionWords[toks[j].Norm] && toks[j].Start-end <= 1
}

// tollNumber reports whether the number at toks[i], after "to" or "a", is
// the figure a toll reached, not a day ending a range: "bringing the toll
// from the clashes of January 9 to 19", "raising the death toll in the
// city since April 28 to 14", "la cifra de muertos desde el 4 de enero se
// elevó a 21". A noun of a toll stands a few words before it.
func tollNumber(toks []token, i int) bool {
	if i < 1 || i >= len(toks) || toks[i].Kind != tokNumber || !toks[i-1].is("to", "a", "al") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		if toks[k].Text == "." && !(k > 0 && monthNames[toks[k-1].Norm] != 0) || toks[k].Text == ";" {
			return false // a sentence's end, not "Dec." abbreviated
		}
		if toks[k].is("toll", "tally", "cifra", "balance", "saldo", "total") || toks[k].is("number", "numero") && k+1 < len(toks) && toks[k+1].is("of", "de") {
			return true
		}
	}
	return false
}

// legalNouns name a legal text or rule, whose year is when it was passed,
// not a date of the events: "la ley 1178 de 1990", "Law 30151 of 2014", "la
// Constitución de 1993", "the 1993 Constitution", "el decreto supremo 009
// de 2023".
var legalNouns = map[string]bool{"ley": true, "law": true, "decreto": true, "decree": true, "constitucion": true,
	"constitution": true, "codigo": true, "code": true, "reglamento": true, "resolucion": true, "resolution": true,
	"convencion": true, "convention": true, "protocolo": true, "protocol": true, "act": true, "estatuto": true, "statute": true}

// originWords say when a person, a body or a rule came to be: "born in
// 2001", "fundado en 1965", "passed in 2014", "aprobada en 2014".
var originWords = map[string]bool{"born": true, "nacido": true, "nacida": true, "nacio": true, "founded": true,
	"fundado": true, "fundada": true, "fundo": true, "established": true, "created": true, "creado": true, "creada": true,
	"passed": true, "enacted": true, "aprobado": true, "aprobada": true, "promulgado": true, "promulgada": true}

// yearOfRecord reports whether a year alone dates no event of the story
// but a legal text or the origin of someone or something: the legal noun
// stands right before it (with "de"/"of" and the text's number or
// adjective between) or right after it ("la ley 1178 de 1990", "the 1993
// Constitution"), or a word of origin right before its preposition ("born
// in 2001", "fundado en 1965").
func yearOfRecord(toks []token, dm dateMention) bool {
	if dm.data.Precision != "year" {
		return false
	}
	i, j := tokenIndex(toks, dm.start), tokenIndex(toks, dm.end-1)+1
	if k := i - 1; k >= 0 && originWords[toks[k].Norm] || k >= 1 && toks[k].is("in", "en") && originWords[toks[k-1].Norm] ||
		toks[i].is("in", "en") && k >= 0 && originWords[toks[k].Norm] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if legalNouns[toks[k].Norm] {
			return true
		}
		if !(toks[k].is("de", "del", "of", "no", "nro", "n") || toks[k].Kind == tokNumber || toks[k].Text == "." || toks[k].Kind == tokWord && !toks[k].Cap && k > 0 && legalNouns[toks[k-1].Norm]) {
			break
		}
	}
	return j < len(toks) && legalNouns[toks[j].Norm]
}

// groupWords head the names of groups, fronts and movements that are
// often named after the day of a massacre or a strike.
var groupWords = map[string]bool{"asociacion": true, "association": true, "frente": true, "front": true,
	"movimiento": true, "movement": true, "colectivo": true, "collective": true, "comite": true, "committee": true,
	"federacion": true, "federation": true, "coordinadora": true, "agrupacion": true, "fundacion": true,
	"foundation": true, "brigada": true, "brigade": true}

// namesGroup reports whether the date at start–end ends the name of a
// group ("la Asociación de Víctimas 9 de Enero", "la Asociación de
// Mártires y Víctimas del 9 de Enero", MT "the Association of Relatives 15
// of December"): the day names the group, as a street's does
// (namesStreet), and is no date claim. The name runs back from the date
// over capitalised words and their links to a group word, and its month
// is capitalised, as a Spanish date in running text is not.
func namesGroup(toks []token, start, end int) bool {
	i := tokenIndex(toks, start)
	if i < len(toks) && toks[i].is("del", "de", "of", "the", "el") {
		i++
	}
	if i >= len(toks) || toks[i].Kind != tokNumber {
		return false
	}
	capMonth := false
	for k := i + 1; k < len(toks) && toks[k].Start < end; k++ {
		if monthNames[toks[k].Norm] != 0 && toks[k].Cap {
			capMonth = true
		}
	}
	if !capMonth {
		return false
	}
	for t := i - 1; t >= 0 && t >= i-7; t-- {
		tk := toks[t]
		if tk.Kind != tokWord {
			return false
		}
		if tk.Cap && groupWords[tk.Norm] {
			return true
		}
		if !tk.Cap && !tk.is("de", "del", "of", "y", "and", "e", "la", "los", "las", "the") {
			return false
		}
	}
	return false
}
