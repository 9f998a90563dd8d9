// Package phonetic folds names to plain lowercase letters and computes a
// phonetic key for Spanish and Quechua (and Aymara) names as they are written
// in Peruvian lists, where the same name comes spelt Huamán, Guamán or Waman,
// Quispe, Quispi or Kispe, Ccori or Qori.
package phonetic

import (
	"strings"
	"unicode"
)

// fold maps accented Latin letters to their base letter. Ñ folds to n because
// lists typed on keyboards without it write Nunez for Núñez.
var fold = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i',
	'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u',
	'ñ': 'n', 'ç': 'c', 'ý': 'y', 'ÿ': 'y',
}

// Fold lowercases s, strips accents, turns every run of characters other
// than letters and digits into a single space and trims the ends:
// "  Huamán-Quispe,  Ñaupa " becomes "huaman quispe naupa". Apostrophes
// (Quechua ejectives: k'ana) are dropped without a space.
func Fold(s string) string {
	if folded(s) {
		return s // already folded: no copy (names are folded once, keyed again)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == '\'' || r == '’' || r == '`' || r == '´' {
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			r = f
		}
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

// folded reports whether s is already what Fold returns.
func folded(s string) bool {
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
