package extract

import (
	"testing"
	"time"

	"github.com/rastro-project/rastro"
)

// TestSingleQuoteQuotations checks quotations in straight and typographic
// single quotation marks, with their speakers, and that apostrophes
// (contractions, possessives, O'Brien, d'Hondt, '19, rock 'n' roll) and a
// quotation within a double-quoted one make no quotation of their own.
func TestSingleQuoteQuotations(t *testing.T) {
	pub := time.Date(2023, 2, 15, 12, 0, 0, 0, time.UTC)
	type quote struct{ text, speaker string }
	cases := []struct {
		text string
		want []quote
	}{
		// Spanish, the speaker after the verb.
		{`De los heridos, 18 permanecen hospitalizados. 'Mi hijo solo salió a mirar, no llevaba nada en las manos', declaró entre lágrimas su madre, Teodora Cuba.`,
			[]quote{{"Mi hijo solo salió a mirar, no llevaba nada en las manos", "Teodora Cuba"}}},
		{`'Nadie nos avisó del desalojo', afirmó la dirigente vecinal Norma Huillca Quispe.`,
			[]quote{{"Nadie nos avisó del desalojo", "Norma Huillca Quispe"}}},
		// Spanish, the speaker before the mark.
		{`El dirigente Pedro Ccama Apaza dijo: 'No vamos a levantar el paro hasta que renuncien'.`,
			[]quote{{"No vamos a levantar el paro hasta que renuncien", "Pedro Ccama Apaza"}}},
		// Typographic marks.
		{`‘Nos dispararon desde el cerro sin ningún aviso’, declaró el comunero Fidel Huamán.`,
			[]quote{{"Nos dispararon desde el cerro sin ningún aviso", "Fidel Huamán"}}},
		// English, the speaker after.
		{`'We were unarmed and they shot anyway,' said Rosa Huanca Tito.`,
			[]quote{{"We were unarmed and they shot anyway,", "Rosa Huanca Tito"}}},
		{`‘The police didn’t warn anyone before firing,’ said Ana Ruiz Paz, a nurse.`,
			[]quote{{"The police didn’t warn anyone before firing,", "Ana Ruiz Paz"}}},
		// English, a possessive inside the quotation.
		{`'They ignored the protesters' demands for a week', said Julio Ccama Torres.`,
			[]quote{{"They ignored the protesters' demands for a week", "Julio Ccama Torres"}}},
		// English, the speaker before.
		{`Carla Muñoz Rosas said: 'No one in the march was armed.'`,
			[]quote{{"No one in the march was armed.", "Carla Muñoz Rosas"}}},
		// Machine-translated English.
		{`'They shot from the hill to the people that was in the track', declared the comunero Fidel Huamán.`,
			[]quote{{"They shot from the hill to the people that was in the track", "Fidel Huamán"}}},
		// Apostrophes only: no quotation.
		{`The country's police said it's too early to count the protesters' injuries, and O'Brien didn't comment.`, nil},
		{`Don't expect the ministry's report before the d'Hondt count of '19 ends, the mayor's aide said.`, nil},
		{`The band played rock 'n' roll while the marchers' banners filled the square's east side.`, nil},
		{`Los 'ronderos' llegaron a la plaza y el 'paro' siguió durante la tarde.`, nil},
		// A quotation within a quotation is one quotation.
		{`"The officer told us 'go home or you will be shot' and then he fired," said Rosa Huanca Tito.`,
			[]quote{{"The officer told us 'go home or you will be shot' and then he fired,", "Rosa Huanca Tito"}}},
		{`“Nos gritaron ‘váyanse a sus casas o les disparamos’ y luego dispararon”, declaró Teodora Cuba.`,
			[]quote{{"Nos gritaron ‘váyanse a sus casas o les disparamos’ y luego dispararon", "Teodora Cuba"}}},
	}
	for _, c := range cases {
		var got []quote
		for _, cl := range Extract(c.text, Options{Published: pub}).Claims {
			if cl.Kind == rastro.ClaimQuotation {
				q := cl.Data.(QuotationData)
				got = append(got, quote{q.Quote, q.Speaker})
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: quotations %q, want %q", c.text, got, c.want)
			continue
		}
		for k := range got {
			if got[k] != c.want[k] {
				t.Errorf("%q: quotation %q, want %q", c.text, got[k], c.want[k])
			}
		}
	}
}
