// Package extract mines claims from the cleaned text of a source, in English
// and Spanish: casualty counts, official discharge reports, dates (relative
// ones resolved against the publication date), places (resolved through the
// gazetteer, ambiguity kept), actors (Peruvian institutions and titled
// persons), quotations with their speakers, weapons and ammunition, and wound
// body regions. Every claim keeps the exact byte span it came from. The
// rules are hand-written and deterministic: a claim is a lead for an
// investigator to review, never a fact.
package extract

import (
	"encoding/json"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
)

// Options are what the extractor knows about the document.
type Options struct {
	// Published is the publication time; relative dates resolve against it
	// and no date is placed after it. Zero leaves relative dates unresolved.
	Published time.Time
	// Language is the ISO 639-1 code of the text ("en", "es"); both
	// languages' rules run regardless, it only settles ambiguous numeric
	// dates (9/1/2023).
	Language string
	// MaxBytes bounds the text analysed (0: 4 MiB); the rest is skipped
	// and Result.Truncated says so.
	MaxBytes int
}

// Claim is one extracted lead. Data is one of the *Data types of this
// package; Start and End are byte offsets into the text.
type Claim struct {
	Kind    rastro.ClaimKind `json:"kind"`
	Start   int              `json:"start"`
	End     int              `json:"end"`
	Text    string           `json:"text"`
	Summary string           `json:"summary"`
	Data    any              `json:"data"`
}

// Rastro returns the claim as a pending domain claim of the source.
func (c Claim) Rastro(sourceID int64) (*rastro.Claim, error) {
	data, err := json.Marshal(c.Data)
	if err != nil {
		return nil, err
	}
	return &rastro.Claim{SourceID: sourceID, Kind: c.Kind, Start: c.Start, End: c.End, Text: c.Text,
		Summary: c.Summary, Data: data, Status: rastro.ClaimPending}, nil
}

// Result is what Extract found.
type Result struct {
	Claims   []Claim   `json:"claims"`
	Dateline *Dateline `json:"dateline,omitempty"`
	// Truncated is set when the text was longer than Options.MaxBytes.
	Truncated bool `json:"truncated,omitempty"`
}

const defaultMaxBytes = 4 << 20

// Extract finds the claims in text.
func Extract(text string, opt Options) Result {
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = defaultMaxBytes
	}
	var res Result
	if len(text) > limit {
		// Cut after a line break near the limit, else at a rune start, so
		// that spans stay inside the text and no rune is split.
		cut := strings.LastIndexByte(text[:limit], '\n') + 1
		if cut <= 0 || cut < limit-4096 {
			cut = limit
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		text = text[:cut]
		res.Truncated = true
	}
	d := newDoc(text, opt)
	d.run()
	res.Claims = d.claims
	res.Dateline = d.dateline
	sort.SliceStable(res.Claims, func(i, j int) bool {
		if res.Claims[i].Start != res.Claims[j].Start {
			return res.Claims[i].Start < res.Claims[j].Start
		}
		return res.Claims[i].Kind < res.Claims[j].Kind
	})
	return res
}

// doc is the state of one extraction: the text, its paragraphs and
// sentences, and what earlier passes found that later passes use (actors
// for quotation speakers, dates and places for counts).
type doc struct {
	text      string
	opt       Options
	gaz       *gazetteer.Gazetteer
	paras     []paragraph
	claims    []Claim
	dateline  *Dateline
	dates     []dateMention
	places    []placeMention
	actors    []actorMention
	titles    []titleMention       // quoted titles of reports
	countRefs []int                // indexes into claims of count claims, in text order
	dropped   map[int]bool         // claims withdrawn after a later look (a lone victim)
	national  map[int]bool         // count claims over a whole country the text does not name: no dateline's city
	held      map[string]PlaceData // the places smallestHolding found, by key: a region no mention names
	yearCache map[string]int       // years of day-and-month dates, by "day month"
	countries map[string]bool      // foreign countries the text names (places.go)
	// sentCountries are those of the sentence being read; datelineCountry
	// is the dateline's country when it is not Peru.
	sentCountries   map[string][]int
	paraCountry     string
	curPara         paragraph
	curSent         []token
	sentReady       bool
	evidenceReady   bool
	datelineCountry string
	// story is the country abroad the whole text is set in (actors.go).
	story      string
	storyKnown bool
}

type paragraph struct {
	span
	toks      []token
	sentences [][]token
}

func newDoc(text string, opt Options) *doc {
	d := &doc{text: text, opt: opt, gaz: gazetteer.Default()}
	for _, p := range paragraphs(text) {
		toks := tokenize(text, p.Start, p.End)
		d.paras = append(d.paras, paragraph{span: p, toks: toks, sentences: sentences(toks)})
	}
	return d
}

func (d *doc) run() {
	d.findCountries()
	d.findDateline()
	d.findActors()
	d.findDates()
	d.findPlaces()
	d.storyBodies()
	d.findWeaponsAndWounds()
	d.resolvePersons()
	d.findQuotations()
	d.emitActors()
	for pi := range d.paras {
		for si, s := range d.paras[pi].sentences {
			used := d.findDischarge(s)
			d.findCounts(pi, si, s, used)
		}
	}
	if len(d.dropped) > 0 {
		kept := d.claims[:0]
		for k, c := range d.claims {
			if !d.dropped[k] {
				kept = append(kept, c)
			}
		}
		d.claims = kept
	}
}

func (d *doc) add(kind rastro.ClaimKind, start, end int, summary string, data any) int {
	d.claims = append(d.claims, Claim{Kind: kind, Start: start, End: end, Text: d.text[start:end], Summary: summary, Data: data})
	return len(d.claims) - 1
}

// sentenceSpan returns the byte span of a sentence's tokens.
func sentenceSpan(s []token) span {
	if len(s) == 0 {
		return span{}
	}
	return span{s[0].Start, s[len(s)-1].End}
}
