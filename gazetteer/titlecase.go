package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
