package extract

import (
	"strconv"
	"strings"
)

// quantity is a number as the text gives it: exact (Min == Max) or a vague
// range ("dozens" → 24–99). Max 0 means open-ended.
type quantity struct {
	Min, Max int
	Vague    bool
	Decimal  string // set for "7.62": not a count
	Qual     string // the qualifier a vague word carries: "several" is at least 2
}

var unitWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	"cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
	"ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
	"dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
	"veintiun": 21, "veintiuno": 21, "veintiuna": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
	"veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
}

var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
}

var hundredsWords = map[string]int{
	"cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
	"cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
	"seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
	"novecientos": 900, "novecientas": 900,
}

// vague quantities, as ranges.
var vagueLex = func() *lexicon[quantity] {
	l := newLexicon[quantity]()
	l.add(quantity{12, 12, true, "", ""}, "a dozen", "una docena", "a dozen of", "una docena de")
	l.add(quantity{6, 6, true, "", ""}, "half a dozen", "media docena", "media docena de", "half a dozen of",
		// Word for word from "media docena de": "a half dozen of merchants".
		"a half dozen", "a half dozen of", "half dozen of")
	l.add(quantity{10, 10, true, "", ""}, "una decena", "una decena de", "a ten", "ten or so")
	l.add(quantity{20, 20, true, "", ""}, "una veintena", "una veintena de", "a score of")
	l.add(quantity{30, 30, true, "", ""}, "una treintena", "una treintena de")
	l.add(quantity{40, 40, true, "", ""}, "una cuarentena de")
	l.add(quantity{50, 50, true, "", ""}, "medio centenar", "medio centenar de", "una cincuentena", "una cincuentena de",
		// Word for word from "medio centenar (de)": "A half hundred of comuneros".
		"a half hundred", "a half hundred of", "half a hundred", "half a hundred of", "half hundred of")
	l.add(quantity{100, 100, true, "", ""}, "un centenar", "un centenar de", "una centena", "una centena de", "a hundred", "a hundred of")
	l.add(quantity{24, 99, true, "", ""}, "dozens", "docenas", "dozens of", "docenas de")
	l.add(quantity{20, 99, true, "", ""}, "decenas", "decenas de", "tens of", "scores", "scores of",
		// Word for word "otras decenas": MT "other tens resulted wounded".
		"tens")
	l.add(quantity{200, 999, true, "", ""}, "hundreds", "hundreds of", "cientos", "cientos de", "centenares", "centenares de")
	l.add(quantity{2000, 9999, true, "", ""}, "thousands", "thousands of", "miles", "miles de")
	l.add(quantity{2, 0, true, "", "at_least"}, "several", "varios", "varias", "various")
	l.add(quantity{2, 5, true, "", ""}, "a few", "unos pocos", "unas pocas", "a handful of", "a couple of", "un par de")
	return l
}()

// parseQuantity reads a number at toks[i]: digits ("49", "1,200",
// "1.200"), number words in English or Spanish ("forty-nine", "cuarenta y
// nueve", "one hundred and two") or a vague quantity ("dozens", "decenas").
func parseQuantity(toks []token, i int) (quantity, int, bool) {
	if i >= len(toks) {
		return quantity{}, i, false
	}
	t := toks[i]
	if t.Kind == tokNumber {
		return parseDigits(t.Text), i + 1, true
	}
	if t.is("a") && i+2 < len(toks) && toks[i+1].is("hundred") {
		// "a hundred twenty", "a hundred and forty": word for word from
		// "ciento veinte", a number, not about a hundred.
		k := i + 2
		if toks[k].is("and") {
			k++
		}
		if q, end, ok := parseNumberWords(toks, k); ok && q.Min > 0 && q.Min < 100 {
			return quantity{Min: 100 + q.Min, Max: 100 + q.Min}, end, true
		}
	}
	if q, end, ok := vagueLex.match(toks, i); ok {
		return q, end, true
	}
	q, end, ok := parseNumberWords(toks, i)
	if ok && end < len(toks) && toks[end].is("dozen", "dozens", "docena", "docenas") && q.Min > 0 && q.Min < 20 {
		// "three dozen", "dos docenas", "three dozens" (word for word from
		// Spanish): about twelve times the number.
		q = quantity{Min: q.Min * 12, Max: q.Min * 12, Vague: true}
		end++
		if end < len(toks) && toks[end].is("of", "de") {
			end++
		}
	}
	return q, end, ok
}

func parseDigits(s string) quantity {
	// "1,200" and "1.200" are thousands when every group after the first
	// has three digits; otherwise the separator is a decimal point.
	if strings.ContainsAny(s, ".,") || strings.IndexFunc(s, isGroupSpace) >= 0 {
		// The tokenizer joins space-grouped digits ("1 180") only when they are thousands.
		groups := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ',' || isGroupSpace(r) })
		thousands := len(groups) > 1 && len(groups[0]) <= 3
		for _, g := range groups[1:] {
			if len(g) != 3 {
				thousands = false
			}
		}
		if !thousands {
			return quantity{Decimal: s}
		}
		s = strings.Join(groups, "")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n > 1_000_000_000 {
		return quantity{Decimal: s}
	}
	return quantity{Min: n, Max: n}
}

func parseNumberWords(toks []token, i int) (quantity, int, bool) {
	total, cur := 0, 0
	j := i
	seen := false
	last := i
	for j < len(toks) {
		w := toks[j].Norm
		switch {
		case toks[j].Text == "-" && seen:
			j++
			continue
		case (w == "and" || w == "y") && seen:
			// "one hundred and two", "cuarenta y nueve": only when a number follows.
			if j+1 < len(toks) && isNumberWord(toks[j+1].Norm) {
				j++
				continue
			}
		}
		if v, ok := unitWords[w]; ok && (!seen || cur%10 == 0) {
			// "a" or "an" are not numbers; "one" alone is.
			cur += v
		} else if v, ok := tensWords[w]; ok && (!seen || cur%100 == 0) {
			cur += v
		} else if v, ok := hundredsWords[w]; ok {
			cur += v
		} else if w == "hundred" && seen {
			cur *= 100
		} else if (w == "thousand" || w == "mil") && (seen || w == "mil") {
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		} else if w == "million" || w == "millon" || w == "millones" {
			if cur == 0 {
				cur = 1
			}
			total += cur * 1_000_000
			cur = 0
		} else {
			break
		}
		seen = true
		j++
		last = j
	}
	if !seen {
		return quantity{}, i, false
	}
	n := total + cur
	return quantity{Min: n, Max: n}, last, true
}

func isNumberWord(w string) bool {
	_, a := unitWords[w]
	_, b := tensWords[w]
	_, c := hundredsWords[w]
	return a || b || c || w == "hundred" || w == "thousand" || w == "mil"
}
