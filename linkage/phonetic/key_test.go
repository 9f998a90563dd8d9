package phonetic

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rastro-project/rastro/internal/fold"
)

// Each group holds spellings of one name that lists in Peru write
// differently; all must share a key.
var sameKey = [][]string{
	{"Huamán", "Guamán", "Waman", "HUAMAN", "Guaman"},
	{"Quispe", "Quispi", "Kispe", "QUISPE", "Qispi"},
	{"Llave", "Yave"},
	{"Vásquez", "Basques", "Vasquez", "Vázquez", "Basquez"},
	{"Ccori", "Qori", "Cori", "Kori"},
	{"Mamani", "Mamany", "Mamanì"},
	{"Condori", "Kondori", "Cundori", "Condory"},
	{"Cusco", "Qosqo", "Cuzco", "Qusqu"},
	{"Ximena", "Jimena"},
	{"Hernández", "Ernandes", "Hernandes"},
	{"Chávez", "Chaves", "Chavez"},
	{"Huillca", "Willca", "Wuillca"},
	{"Qhapaq", "Capac", "Kapak"},
	{"Saavedra", "Savedra", "Saavedra"},
	{"Reynoso", "Reinoso"},
	{"De la Cruz", "Delacruz", "DE LA CRUZ"},
	{"Gerardo", "Jerardo"},
	{"Sambrano", "Sanbrano", "Zambrano"},
	{"Cahuana", "Cawana"},
	{"Yupanqui", "Yupanki", "Yupanky"},
}

func TestKeySameName(t *testing.T) {
	for _, g := range sameKey {
		want := Key(g[0])
		if want == "" {
			t.Fatalf("Key(%q) is empty", g[0])
		}
		for _, s := range g[1:] {
			if got := Key(s); got != want {
				t.Errorf("Key(%q) = %q, want %q as for %q", s, got, want, g[0])
			}
		}
	}
}

func TestKeyValues(t *testing.T) {
	for in, want := range map[string]string{
		"Huamán":  "WAMAN",
		"Quispe":  "KISPI",
		"Llave":   "YABI",
		"Vásquez": "BASKIS",
		"Ccori":   "KURI",
		"Guillén": "GIYIN",
		"Chávez":  "XABIS",
		"Mamani":  "MAMANI",
		"":        "",
		"123":     "",
		"Ñahui":   "NAWI",
		"Achahui": "AXAWI",
		"O'Brien": "UBRIN",
		"Apaza":   "APASA",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

// Different names must keep different keys: the key groups spellings, not
// whole families of names.
func TestKeyDistinguishes(t *testing.T) {
	for _, p := range [][2]string{
		{"Quispe", "Mamani"}, {"Huamán", "Guzmán"}, {"Rojas", "Ramos"},
		{"Flores", "Torres"}, {"Choque", "Chambi"}, {"Apaza", "Apaico"},
		{"Guillén", "Julián"}, {"Cáceres", "Cárdenas"},
	} {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) = Key(%q) = %q", p[0], p[1], Key(p[0]))
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, g := range sameKey {
		for _, s := range g {
			f.Add(s)
		}
	}
	f.Add("hu")
	f.Add("gu")
	f.Add("q")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if !utf8.ValidString(k) {
			t.Fatalf("Key(%q) = %q: not UTF-8", s, k)
		}
		if strings.ContainsAny(k, " 0123456789") {
			t.Fatalf("Key(%q) = %q holds spaces or digits", s, k)
		}
		if Key(fold.Words(s)) != k {
			t.Fatalf("Key(fold.Words(%q)) = %q, Key = %q", s, Key(fold.Words(s)), k)
		}
	})
}
