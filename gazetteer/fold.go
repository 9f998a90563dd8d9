package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldMap takes the accented Latin letters of Spanish, Portuguese, French and
// Quechua/Aymara spellings to their base letter. Hand-made rather than a
// Unicode decomposition so the package stays stdlib-only and allocation-light.
var foldMap = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i",
	'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o", 'õ': "o",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u",
	'ñ': "n", 'ç': "c", 'ý': "y", 'ÿ': "y",
}

// Fold returns s lower-cased, without accents, with every run of characters
// that are not letters or digits turned into one space and no space at either
// end: "  San Román–Juliaca " → "san roman juliaca". Names are compared folded.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == utf8.RuneError {
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldMap[r]; ok {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(f)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		if unicode.Is(unicode.Mn, r) { // a combining accent: drop it
			continue
		}
		space = true
	}
	return b.String()
}

// particles stay lower-case inside a title-cased Spanish place name.
var particles = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "y": true, "el": true}

// titleCase turns an upper-case table name such as "SAN JUAN DE LURIGANCHO"
// into "San Juan de Lurigancho".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && particles[w] {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
		// Hyphenated names: "Anco-Huallo".
		if j := strings.IndexByte(words[i], '-'); j >= 0 && j+1 < len(words[i]) {
			r, n := utf8.DecodeRuneInString(words[i][j+1:])
			words[i] = words[i][:j+1] + string(unicode.ToUpper(r)) + words[i][j+1+n:]
		}
	}
	return strings.Join(words, " ")
}
