// Package phonetic computes a phonetic key for Spanish and Quechua (and
// Aymara) names as they are written in Peruvian lists, where the same name
// comes spelt Huamán, Guamán or Waman, Quispe, Quispi or Kispe, Ccori or Qori.
package phonetic

import "github.com/rastro-project/rastro/internal/fold"

// Key returns the phonetic key of a name: letters that sound alike in
// Peruvian Spanish and in Quechua and Aymara names written with Spanish or
// with the official alphabets get one symbol each, so spelling variants get
// the same key. Spaces and punctuation are ignored ("De la Cruz" and
// "Delacruz" agree). The rules, in the order they are tried at each letter:
//
//   - hu, wu and gu + a/o before a vowel are W, as is w (Huamán, Guamán,
//     Waman);
//     gu + e/i is a hard G (Guillén) and g + e/i is J (Gerardo, Jerardo);
//   - qu + e/i, q, k, c + a/o/u or consonant are K, doubled cc too
//     (Quispe, Kispe; Ccori, Qori); c + e/i is S;
//   - z and s are S (Vásquez, Basques); ch and sh are X; x and j are J
//     (Ximena, Jimena); ph is F;
//   - ll is Y (Llave, Yave) and y before a vowel is Y, elsewhere I
//     (Mamany, Mamani);
//   - v is B, and n before b or v is M (Sanbrano, Sambrano);
//   - h is silent elsewhere (Hernández, Ernandes; Qhapaq, Capac);
//   - Quechua has three vowels that Spanish spelling writes as five, so e
//     and i are I, o and u are U (Quispi, Quispe; Qosqo, Cusco);
//   - a symbol repeated is written once (Saavedra, Savedra).
//
// Digits are dropped; letters outside these rules are kept, upper-cased.
func Key(name string) string {
	var w []rune
	for _, r := range fold.Words(name) {
		if r != ' ' && (r < '0' || r > '9') {
			w = append(w, r)
		}
	}
	out := make([]rune, 0, len(w))
	emit := func(c rune) {
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	at := func(i int) rune {
		if i < len(w) {
			return w[i]
		}
		return 0
	}
	for i := 0; i < len(w); {
		c, n1, n2 := w[i], at(i+1), at(i+2)
		switch c {
		case 'h':
			if n1 == 'u' && isVowel(n2) {
				emit('W')
				i += 2
				continue
			}
			i++ // silent
			continue
		case 'g':
			switch {
			case n1 == 'u' && (n2 == 'a' || n2 == 'o'):
				emit('W')
				i += 2
			case n1 == 'u' && (n2 == 'e' || n2 == 'i'):
				emit('G')
				i += 2
			case n1 == 'e' || n1 == 'i':
				emit('J')
				i++
			default:
				emit('G')
				i++
			}
			continue
		case 'q':
			emit('K')
			if n1 == 'u' && (n2 == 'e' || n2 == 'i') {
				i += 2
			} else {
				i++
			}
			continue
		case 'c':
			switch {
			case n1 == 'h':
				emit('X')
				i += 2
			case n1 == 'e' || n1 == 'i':
				emit('S')
				i++
			default:
				emit('K')
				i++
			}
			continue
		case 's':
			if n1 == 'h' {
				emit('X')
				i += 2
				continue
			}
			emit('S')
		case 'p':
			if n1 == 'h' {
				emit('F')
				i += 2
				continue
			}
			emit('P')
		case 'l':
			if n1 == 'l' {
				emit('Y')
				i += 2
				continue
			}
			emit('L')
		case 'y':
			if isVowel(n1) {
				emit('Y')
			} else {
				emit('I')
			}
		case 'n':
			if n1 == 'b' || n1 == 'v' {
				emit('M')
			} else {
				emit('N')
			}
		case 'k':
			emit('K')
		case 'w':
			emit('W')
			if n1 == 'u' && isVowel(n2) {
				i++ // wu + vowel is written for the same sound as w
			}
		case 'v', 'b':
			emit('B')
		case 'z':
			emit('S')
		case 'x', 'j':
			emit('J')
		case 'a':
			emit('A')
		case 'e', 'i':
			emit('I')
		case 'o', 'u':
			emit('U')
		default:
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			emit(c)
		}
		i++
	}
	return string(out)
}

func isVowel(r rune) bool {
	return r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u'
}
