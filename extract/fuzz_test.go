package extract

import (
	"encoding/json"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract checks that any text gives claims whose spans are their text,
// that every claim's data marshals, and that no date is after publication.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Lima (BLAZETRENDS).- At least 15 people were killed in Juliaca on January 9.",
		"LIMA.- Decenas de heridos; de los cuales 20 “murieron”, dijo él.",
		"“unclosed quote, he said",
		"Lima, 12 ene (EFE).- 11 y 12 de diciembre",
		"forty-nine ninety thousand and",
		"\u201c\u201d\u201c",
		"7.62 caliber 1,2,3,4 AKM AK-47 de la de",
		"Entre el 3 y el 13 de octubre, del 3 al 15 de marzo; between December 7 and January 31; May 24 and 25.",
		"Puno (18), Apurímac (8) y Ayacucho (10). Ese año, a week later, el fin de semana, “hoy”.",
		"COCHABAMBA. En Sacaba, Cochabamba (Bolivia), el río Ilave y el lago Titicaca; Chile's INDH.",
	} {
		f.Add(s)
	}
	pub := time.Date(2023, 5, 25, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		res := Extract(text, Options{Published: pub})
		for _, c := range res.Claims {
			if c.Start < 0 || c.End > len(text) || c.Start > c.End || text[c.Start:c.End] != c.Text {
				t.Fatalf("claim %s span %d-%d outside or not its text", c.Kind, c.Start, c.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(c.Text) {
				t.Fatalf("claim %s text splits a rune", c.Kind)
			}
			if _, err := json.Marshal(c.Data); err != nil {
				t.Fatal(err)
			}
			if d, ok := c.Data.(DateData); ok && d.Resolved && (d.Value > "2023-05-25" || d.To > "2023-05-25") {
				t.Fatalf("date after publication: %+v", d)
			}
		}
	})
}
