package intake

import "testing"

// TestDropClosingNotices holds the trailing notices a site prints after a
// story beside last paragraphs that only look like them.
func TestDropClosingNotices(t *testing.T) {
	body := "Police fired tear gas at the march on Friday.\n\nThe ministry said it would review the operation."
	for _, c := range []struct {
		name, text, author, want string
	}{
		{"copyright and reproduction ban", body + "\n\n© Agencia Sur. Queda prohibida la reproducción total o parcial de este contenido.", "", body},
		{"Portuguese copyright in a footer row", body + "\n\nJornal X © 2026 · Todos os direitos reservados · Av. Central, 10", "", body},
		{"contact line", body + "\n\nAna Ruiz can be reached at 555-0100 or ana.ruiz@example.org.", "", body},
		{"call to write in with the address", body + "\n\n¿Tienes más información? Escríbenos a redaccion@example.org", "", body},
		{"licence then footer row, from the end", body + "\n\nRevista X · Cali · Contacto · Política de datos\n\nLos contenidos se publican bajo licencia Creative Commons BY-NC-SA.", "", body},
		{"donation appeal", body + "\n\nWe are reader-funded. If you value our reporting, please chip in from $5 a month.", "", body},
		{"author's bio", body + "\n\nMartín Caicedo es crítico de cine y editor de la sección de Cultura.", "Martín Caicedo", body},
		// Controls: the story's own last paragraphs stay.
		{"blogger's appeal without an address", body + "\n\nIf you were there and have footage, please email us.", "", ""},
		{"a family's fundraiser", body + "\n\nHis family has asked people to donate to a fund for his medical costs.", "", ""},
		{"copyright inside the story, not last", "The court ruled on the copyright claim.\n\n" + body, "", ""},
		{"a sentence naming the author's subject", body + "\n\nMartín Caicedo, the witness, said he saw the shots.", "Martín Caicedo", ""},
		{"a long last paragraph", body + "\n\nThe lawyer said the footage, which the family can be reached at through counsel, would be given to the court, and that prosecutors had until the end of the month to decide whether to charge the officers involved in the operation, which left eleven people injured and two in hospital for more than a week.", "", ""},
		{"the only paragraph", "© Agencia Sur. Todos los derechos reservados.", "", ""},
	} {
		want := c.want
		if want == "" {
			want = c.text
		}
		if got := dropClosingNotices(c.text, c.author); got != want {
			t.Errorf("%s: got\n%q\nwant\n%q", c.name, got, want)
		}
	}
}
