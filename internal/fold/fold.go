// Package fold compares names the way people read them: without case and
// without accents, so that Huamán, HUAMAN and huaman are one name. Every
// package that matches names (the gazetteer, record linkage, the store's
// name filters) folds through here, so they agree on what "the same" is.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// base maps the accented Latin letters of Spanish, Portuguese, French and
// Quechua/Aymara spellings (lower case) to their base letter. Ñ folds to n:
// lists typed on keyboards without it write Nunez for Núñez. The store's SQL
// function rastro_fold on PostgreSQL uses the same table (migration 0001).
var base = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i',
	'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u',
	'ñ': 'n', 'ç': 'c', 'ý': 'y', 'ÿ': 'y',
}

// Rune lowercases r and strips its accent.
func Rune(r rune) rune {
	r = unicode.ToLower(r)
	if b, ok := base[r]; ok {
		return b
	}
	return r
}

// Lower lowercases s and strips the accents of its letters, leaving every
// other character as it is.
func Lower(s string) string { return strings.Map(Rune, s) }

// Words folds s to its words: lower case, no accents, every run of
// characters other than letters and digits turned into one space, no space
// at either end. Apostrophes (Quechua ejectives: k'ana) and combining marks
// are dropped without a space: "  Huamán-Quispe,  Ñaupa " → "huaman quispe naupa".
func Words(s string) string {
	if isWords(s) {
		return s // already folded: no copy (names are folded once, compared often)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r == '\'', r == '’', r == '`', r == '´', unicode.Is(unicode.Mn, r):
			continue
		}
		r = Rune(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// isWords reports whether s is already what Words returns.
func isWords(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}
