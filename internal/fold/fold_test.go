package fold

import "testing"

func TestLower(t *testing.T) {
	if got := Lower("Ñandú ÁÉÍÓÚ àèìòù ÇÃÕ Cápac ÿ Z-1"); got != "nandu aeiou aeiou cao capac y z-1" {
		t.Errorf("Lower = %q", got)
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"Agnès Callamard":          "agnes callamard",
		"  San Román–Juliaca":      "san roman juliaca",
		"CAÑETE":                   "canete",
		"Perú.":                    "peru",
		"  Huamán-Quispe,  Ñaupa ": "huaman quispe naupa",
		"K'ana":                    "kana",
		"JOSÉ  MARÍA":              "jose maria",
		"Güiza":                    "guiza",
		"Jose\u0301":               "jose", // a combining accent
		"":                         "",
		"--":                       "",
		"\xff\xfe":                 "",
		"already folded":           "already folded",
	} {
		if got := Words(in); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"Huamán", "K'ana", " a  b ", "\xff", "Ñ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := Words(s)
		if Words(w) != w {
			t.Fatalf("Words is not idempotent on %q: %q then %q", s, w, Words(w))
		}
		if Lower(w) != w {
			t.Fatalf("Words(%q) = %q is not lower case", s, w)
		}
	})
}
