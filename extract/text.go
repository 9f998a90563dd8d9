package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokNumber
	tokPunct
)

// token is a word, a number or one punctuation character, with its byte span
// in the text being analysed.
type token struct {
	Start, End int
	Text       string
	Norm       string // lower case, accents folded, ’ → '
	Kind       tokKind
	Cap        bool // starts with an upper-case letter
}

// isQuote reports whether the token is a quotation mark of any style.
func (t token) isQuote() bool {
	switch t.Text {
	case "\"", "“", "”", "«", "»", "‘", "’", "'", "„":
		return true
	}
	return false
}

func (t token) is(words ...string) bool {
	for _, w := range words {
		if t.Norm == w {
			return true
		}
	}
	return false
}

// wordWithin reports whether one of words stands among the n tokens
// before s[i].
func wordWithin(s []token, i, n int, words ...string) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if s[k].is(words...) {
			return true
		}
	}
	return false
}

// anyIs reports whether any of the tokens is one of the words.
func anyIs(ts []token, words ...string) bool {
	for _, t := range ts {
		if t.is(words...) {
			return true
		}
	}
	return false
}

var accentFold = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i',
	'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u',
	'ñ': 'n', 'ç': 'c', '’': '\'',
}

// norm lower-cases a word and folds its accents.
func norm(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || (s[i] >= 'A' && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := accentFold[r]; ok {
			r = f
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isGroupSpace reports whether r is a space that can separate groups of
// thousands: a plain, no-break or narrow no-break space.
func isGroupSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' }

// spacedThousands reports whether the digits before a space and the text
// after it make one number grouped by spaces ("1 180"): the number so far
// is one to three digits, or groups of three after such a lead, and what
// follows is exactly three digits ending the number. A year or any longer
// run before the space ("2019 345") is a number of its own.
func spacedThousands(before, after string) bool {
	run, first := 0, true // digits in the current group; whether it is the lead
	for _, r := range before {
		switch {
		case r >= '0' && r <= '9':
			run++
		case isGroupSpace(r) && run > 0 && (first || run == 3):
			run, first = 0, false
		default:
			return false
		}
	}
	if run == 0 || run > 3 || !first && run != 3 {
		return false
	}
	k := 0
	for k < len(after) && k < 4 && after[k] >= '0' && after[k] <= '9' {
		k++
	}
	if k != 3 {
		return false
	}
	if k < len(after) {
		r, _ := utf8.DecodeRuneInString(after[k:])
		if isWordRune(r) {
			return false
		}
	}
	return true
}

// tokenize splits text[start:end] into tokens whose spans are offsets into
// text. Words keep inner apostrophes ("Prosecutor's"); numbers keep inner
// separators followed by a digit ("1,200", "7.62"); hyphens and every other
// mark are tokens of their own.
func tokenize(text string, start, end int) []token {
	toks := make([]token, 0, (end-start)/5)
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) || r == utf8.RuneError || unicode.IsControl(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{Start: i, End: i + n, Text: text[i : i+n], Norm: norm(text[i : i+n]), Kind: tokPunct})
			i += n
			continue
		}
		j := i
		digits := unicode.IsDigit(r)
		allDigits := true
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r) {
				if !unicode.IsDigit(r) {
					allDigits = false
				}
				j += n
				continue
			}
			// Inner separators: 1,200 / 7.62 / Prosecutor's / l'Aquila.
			if j+n < end {
				next, _ := utf8.DecodeRuneInString(text[j+n : end])
				if digits && (r == ',' || r == '.') && unicode.IsDigit(next) {
					j += n
					continue
				}
				if digits && allDigits && isGroupSpace(r) && spacedThousands(text[i:j], text[j+n:end]) {
					j += n // "1 180", "1 340": a space between groups of thousands
					continue
				}
				if (r == '\'' || r == '’') && unicode.IsLetter(next) && !digits {
					j += n
					continue
				}
			}
			break
		}
		w := text[i:j]
		t := token{Start: i, End: j, Text: w, Norm: norm(w), Kind: tokWord, Cap: unicode.IsUpper(r)}
		if digits && allDigits || digits && strings.IndexFunc(w, unicode.IsLetter) < 0 {
			t.Kind = tokNumber
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

// span is a byte range of the text.
type span struct{ Start, End int }

// paragraphs splits text at blank lines and at single line breaks (scraped
// text puts one paragraph on a line), trimming spaces.
func paragraphs(text string) []span {
	var out []span
	start := 0
	for start < len(text) {
		nl := strings.IndexByte(text[start:], '\n')
		end := len(text)
		if nl >= 0 {
			end = start + nl
		}
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, span{s, e})
		}
		start = end + 1
	}
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v' }

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "col": true, "lt": true, "sgt": true,
	"sr": true, "sra": true, "srta": true, "dra": true, "gral": true, "crnl": true, "cap": true, "st": true,
	"no": true, "nro": true, "art": true, "inc": true, "jr": true, "av": true, "jan": true, "feb": true,
	"aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "ene": true, "abr": true, "ago": true,
	"dic": true, "vs": true, "ing": true, "lic": true, "prof": true, "cnel": true, "mons": true, "ff": true, "aa": true,
}

// sentences splits the tokens of one paragraph into sentences: at . ! ? (and
// a closing quote right after them) when the next token starts a new
// sentence, never after an abbreviation or a single initial.
func sentences(toks []token) [][]token {
	var out [][]token
	begin := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != tokPunct || (t.Text != "." && t.Text != "!" && t.Text != "?" && t.Text != "…") {
			continue
		}
		if t.Text == "." && i > 0 {
			p := toks[i-1]
			if p.End == t.Start && (abbreviations[p.Norm] || (p.Kind == tokWord && utf8.RuneCountInString(p.Text) == 1 && p.Cap)) {
				continue
			}
		}
		end := i + 1
		for end < len(toks) && toks[end].Kind == tokPunct && (toks[end].isQuote() || toks[end].Text == ")") && toks[end].Start == toks[end-1].End {
			end++
		}
		if end < len(toks) {
			n := toks[end]
			if !(n.Cap || n.isQuote() || n.Kind == tokNumber || n.Text == "(" || n.Text == "¿" || n.Text == "¡" || n.Text == "-" || n.Text == "—") {
				continue
			}
		}
		out = append(out, toks[begin:end])
		begin = end
		i = end - 1
	}
	if begin < len(toks) {
		out = append(out, toks[begin:])
	}
	return out
}

// phrase is one entry of a lexicon: its words (normalised) and a value.
type phrase[V any] struct {
	words []string
	value V
}

// lexicon matches multi-word phrases over tokens, longest first. Hyphens
// between words are skipped, so "AK-47" matches "ak 47" and "forty-nine"
// matches "forty nine".
type lexicon[V any] struct {
	byFirst map[string][]phrase[V]
}

func newLexicon[V any]() *lexicon[V] { return &lexicon[V]{byFirst: map[string][]phrase[V]{}} }

// add registers each of the phrases (any case) with v, split as texts are
// tokenised, so that a dotted abbreviation ("U.N.") matches the tokens it
// becomes in a text.
func (l *lexicon[V]) add(v V, phrases ...string) {
	for _, p := range phrases {
		var words []string
		for _, t := range tokenize(p, 0, len(p)) {
			if t.Text != "-" {
				words = append(words, t.Norm)
			}
		}
		if len(words) == 0 {
			continue
		}
		list := append(l.byFirst[words[0]], phrase[V]{words, v})
		// Longest first, so the first match is the longest.
		for k := len(list) - 1; k > 0 && len(list[k].words) > len(list[k-1].words); k-- {
			list[k], list[k-1] = list[k-1], list[k]
		}
		l.byFirst[words[0]] = list
	}
}

// match tries the lexicon at toks[i] and returns the value and the index
// just past the match.
func (l *lexicon[V]) match(toks []token, i int) (v V, end int, ok bool) {
	if i >= len(toks) {
		return v, i, false
	}
	for _, p := range l.byFirst[toks[i].Norm] {
		j, k := i, 0
		for k < len(p.words) && j < len(toks) {
			if toks[j].Text == "-" && k > 0 {
				j++
				continue
			}
			if toks[j].Norm != p.words[k] && !(k == len(p.words)-1 && possessive(toks[j]) && possessiveBase(toks[j].Norm) == p.words[k]) {
				break // a name's last word may be possessive: "Human Rights Watch's"
			}
			j++
			k++
		}
		if k == len(p.words) {
			return p.value, j, true
		}
	}
	return v, i, false
}

// possessiveBase is a word without its "'s".
func possessiveBase(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// joinText returns the text covered by toks[i:j].
func joinText(text string, toks []token, i, j int) string {
	if i >= j {
		return ""
	}
	return text[toks[i].Start:toks[j-1].End]
}
