package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
)

// TestSpeakerMentions checks that an attribution resolves to the person the
// paragraph introduced: by a pronoun or a description after a name in
// apposition, by surname(s) after the full name, with the title off the
// name, never to a place or to an institution named after a person.
func TestSpeakerMentions(t *testing.T) {
	pub := time.Date(2023, 2, 15, 12, 0, 0, 0, time.UTC)
	cases := []struct{ text, speaker string }{
		{`Según la hermana del fallecido, Rosa Quenta Mamani, el joven volvía del trabajo. "No estaba en la marcha", dijo ella.`, "Rosa Quenta Mamani"},
		{`The teacher was shot in the leg, his colleague, Martín Ccoa Ramos, said. "He was only filming," Ccoa Ramos said.`, "Martín Ccoa Ramos"},
		{`"We will ask for every weapon's record," said Commissioner Elena Pacheco Ruiz after the hearing.`, "Elena Pacheco Ruiz"},
		{`El coronel Arturo Salas Villena dirigió el desalojo. "No hubo disparos", sostuvo el oficial.`, "Arturo Salas Villena"},
		{`"Nadie nos avisó del desalojo", afirmó la representante vecinal en Sicuani, Norma Huillca Quispe.`, "Norma Huillca Quispe"},
		{`The director of the clinic, Raúl Tito Ccahua, informed that 12 wounded arrived. "Most had pellets in the legs", he precised.`, "Raúl Tito Ccahua"},
		{`Un informe cita a un médico del hospital Antonio Lorena, quien afirmó que "la mayoría llegó con heridas de bala".`, ""},
		{`Juan Paz Ruiz, brother of the victim Luis Paz Ruiz, said: "My brother was a student, not a terrorist."`, "Juan Paz Ruiz"},
		{`Father Cirilo Mamani Quispe celebrated the mass. "They were children," said the priest.`, "Cirilo Mamani Quispe"},
		{`Los detenidos fueron 14, informó el vocero regional, Teófilo Ccallo Mamani. "No hubo maltrato", aseguró Ccallo.`, "Teófilo Ccallo Mamani"},
		{`The march ended at noon, said organiser Juan Carlos Torres Lazo. "We will be back," Torres said.`, "Juan Carlos Torres Lazo"},
		{`Police said 20 were held, according to Captain Luis Torres Vega. "Nobody was hurt," said Torres on Tuesday.`, "Luis Torres Vega"},
		{`Según Elena Mamani Cruz, abogada de la familia, la Defensoría del Pueblo no ha respondido. "Seguimos esperando", dijo.`, "Elena Mamani Cruz"},
		{`Human Rights Watch published its findings on Monday. "Officers fired at people who posed no threat," the report says.`, "Human Rights Watch"},
		{`"No hubo ninguna advertencia previa", se lee en el comunicado que emitió Amnistía Internacional.`, "Amnistía Internacional"},
		{`The Ombudsman's Office of Ecuador counted 30 wounded. "The force used was disproportionate", indicates the statement of the entity.`, "Defensoría del Pueblo de Ecuador"},
		{`Bolivia's ombudsman said 12 people were held. "No one may be detained for protesting," the office said in a statement.`, "Defensoría del Pueblo de Bolivia"},
		{`"Mi hijo no estaba armado", declaró la madre de 52 años Rosa Ccama Apaza, ante la fiscalía.`, "Rosa Ccama Apaza"},
		{`"No hubo advertencia", afirmó la adjunta para la Prevención de Conflictos, Marta Quispe Huanca.`, "Marta Quispe Huanca"},
		{`The personera of Tumaco, Liliana Ortiz Cuero, counted 9 wounded. "They shot at the houses", expressed the functionary.`, "Liliana Ortiz Cuero"},
		// An untitled name right after a speech verb, then "he".
		{`Two hundred families are still waiting, said Julio Ccama of the victims' association. "The state has forgotten us," he said.`, "Julio Ccama"},
		// An untitled name opening the story past its dateline, then "she".
		{`JULIACA, Peru (AP) - Rosa Huanca Tito waited all night outside the morgue on Tuesday. "He was only 17 years old," she said.`, "Rosa Huanca Tito"},
		// A quotation that closes its sentence: the next one is no
		// attribution of it.
		{`Amnesty International said on Monday it had counted 40 wounded, calling the toll "a pattern of deliberate abuse." Its researcher, Ana Ruiz Paz, added that police must answer.`, "Amnistía Internacional"},
		// A clause going on after the closing mark with "and": the body it
		// cites is not the speaker.
		{`Amnesty International visited Puno in March. It stated that "the force used was lethal and unnecessary" and recalled that, according to the Ombudsman's Office, 12 of the dead were minors.`, "Amnistía Internacional"},
		// A unit after the body in a title's chain is no person.
		{`Informed the colonel Mario Paredes Cruz, chief of the Police Region Apurímac, that 9 were arrested. "We respected the protocols", he sustained.`, "Mario Paredes Cruz"},
		// A hyphenated surname whose second half is also a town's name.
		{`"No one in the march was armed," said Carla Muñoz-Rosas, Americas director at Human Rights Watch.`, "Carla Muñoz-Rosas"},
		// MT "the colonel PNP NAME".
		{`Were detained 12 persons, informed the colonel PNP Ángel Huarcaya Ríos. "All of them were put at disposal of the Fiscalía", he added.`, "Ángel Huarcaya Ríos"},
		// A deputy's and a navy's titles; descriptions by office and uniform.
		{`Informed the undersecretary of Health, Marta Ríos Vidal, that 40 were attended. "The hospitals are prepared", sustained the authority.`, "Marta Ríos Vidal"},
		{`El almirante Jorge Soto Araya encabezó el operativo. "Nadie disparó contra la población", sostuvo el uniformado.`, "Jorge Soto Araya"},
		// A verb-first attribution right after the dateline.
		{`PUNO.- Afirmó el jefe de la Diresa, Raúl Condori Paz, que los heridos "llegaron con perdigones en el rostro y en el pecho".`, "Raúl Condori Paz"},
		// A secretary's title whose chain closes with an adjective.
		{`"Ya se abrió una investigación", afirmó el secretario de Seguridad municipal, Julián Osorio Vélez.`, "Julián Osorio Vélez"},
		// A compound speech verb, a time phrase, then the subject.
		{`"No habrá impunidad para nadie", había asegurado días atrás el fiscal superior de Puno, Óscar Quispe Tito.`, "Óscar Quispe Tito"},
		// A name opening the sentence, its apposition naming a force.
		{`QUITO (AP) - Marcela Tapia Erazo, a nurse whose son was beaten by police officers, said the state owed her "an answer and an apology."`, "Marcela Tapia Erazo"},
		// One of the people just counted, described but unnamed: the body
		// after "told" is the listener.
		{`The IACHR heard 40 relatives in Juliaca. "They shot from the roofs," one of them, a 30-year-old nurse, told the commission.`, ""},
		// An acronym in brackets inside the title's chain, a council's member.
		{`"Nos cercaron en la vía", declaró el consejero de la Asociación de Cabildos del Norte (ACIN), Mauricio Dagua.`, "Mauricio Dagua"},
	}
	for _, c := range cases {
		var got []string
		for _, cl := range Extract(c.text, Options{Published: pub}).Claims {
			if cl.Kind == rastro.ClaimQuotation {
				got = append(got, cl.Data.(QuotationData).Speaker)
			}
		}
		if len(got) != 1 || got[0] != c.speaker {
			t.Errorf("%q: speakers %q, want [%q]", c.text, got, c.speaker)
		}
	}
}

// TestDateSpans checks spans written with both ends, a half of a month,
// years that date a law or a birth rather than an event, and days named by
// their feast.
func TestDateSpans(t *testing.T) {
	pub := time.Date(2023, 3, 10, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want []string
	}{
		{"Between November 28, 2022, and January 4, 2023, police detained 90 people.", []string{"2022-11-28/2023-01-04"}},
		{"Entre marzo y junio de 2022 se registraron 14 denuncias.", []string{"2022-03/2022-06"}},
		{"The institute received 12 complaints during the second half of January.", []string{"2023-01-16/2023-01-31"}},
		{"Fueron detenidos 40 en aplicación de la ley 30151 de 2014.", nil},
		{"Rosa Quispe, who was born in 2001, was detained on March 6.", []string{"2023-03-06"}},
		{"Police detained 15 people over the weekend of Feb. 25-26.", []string{"2023-02-25/2023-02-26"}},
		{"Los detenidos desde el inicio de la semana son 31.", []string{"2023-03-06/2023-03-10"}},
		{"Until this Sunday, the detained ones ascend to 715 from the 21 of February.", []string{"2023-02-21/2023-03-05"}},
		{"Hasta el lunes, la Defensoría contabilizó 71 detenidos desde el 2 de marzo.", []string{"2023-03-02/2023-03-06"}},
		{"At least 14 people were killed between Saturday night and Monday morning.", []string{"2023-03-04/2023-03-06"}},
		{"From the 3 of March until the day of yesterday were registered 7 deceased ones.", []string{"2023-03-03/2023-03-09"}},
		{"Resulted wounded 89 persons from the past 1 of March.", []string{"2023-03-01/2023-03-10"}},
		{"In Sacaba, on 15 November 2019, 10 people died; in Senkata, on 19 November, 10 more.", []string{"2019-11-15", "2019-11-19"}},
		{"The Fiscalía opened 12 folders for the wounds of the protests of January of the 2022.", []string{"2022-01"}},
		{"Of the deaths, 10 occurred in Juli on February 15 and 10 in Ilave on February 19.", []string{"2023-02-15", "2023-02-19"}},
		{"From the beginning of the strike, the 4 of March, resulted wounded 118 policemen.", []string{"2023-03-04/2023-03-10"}},
		{"Desde el 4 hasta el 9 de febrero murieron 6 personas.", []string{"2023-02-04/2023-02-09"}},
		{"From the 9 until the 11 of February, 18 persons were detained.", []string{"2023-02-09/2023-02-11"}},
		{"Twelve people have died during the national strike that began on February 20.", []string{"2023-02-20/2023-03-10"}},
		{"Durante la huelga indefinida que comenzó el 1 de marzo hubo 40 detenidos.", []string{"2023-03-01/2023-03-10"}},
		{"The 5-day strike that began on February 20 left 3 dead.", []string{"2023-02-20/2023-02-24"}},
		{"Prosecutors opened 32 cases over the protests of December and January.", []string{"2022-12/2023-01"}},
		{"The toll from last December's clashes rose to eleven.", []string{"2022-12"}},
		{"El levantamiento indígena de febrero dejó 3 muertos.", []string{"2023-02"}},
		// A superlative's or a first's "since X" is its start alone (README,
		// settled in round 37); an ordinal past the first keeps the period.
		{"It was the deadliest day since the January election.", []string{"2023-01"}},
		{"It was the first death in the region since the strike began on Feb. 20.", []string{"2023-02-20"}},
		{"Fue la quinta muerte desde el inicio del paro, el 20 de febrero.", []string{"2023-02-20/2023-03-10"}},
		{"Más de 20 personas murieron desde el 20 de febrero.", []string{"2023-02-20/2023-03-10"}},
		{"Two protesters died on March 6. Since then, police have detained 27 people.", []string{"2023-03-06", "2023-03-06/2023-03-10"}},
		{"Desde entonces, la Policía ha detenido a 27 personas.", nil},
		{"The death toll from the unrest that began on Monday rose to 15.", []string{"2023-03-06/2023-03-10"}},
		{"En 2021 hubo 29 denuncias. Entre el 7 y el 31 de diciembre de ese año murieron 22 personas.", []string{"2021", "2021-12-07/2021-12-31"}},
		{"In 2021 there were 29 complaints; later that year 22 people died.", []string{"2021", "2021"}},
		{"Desde el inicio de las protestas hasta el 24 de febrero murieron 60 personas.", []string{"2023-02-24"}},
		{"Since the start of the strike until the 2 of March were detained 90 persons.", []string{"2023-03-02"}},
		{"La policía desalojó el puente el 23 de febrero. La noche anterior, los comuneros habían quemado llantas.", []string{"2023-02-23", "2023-02-22"}},
		{"A year ago today, soldiers killed 10 people near the airport.", []string{"2022-03-10"}},
		{"Police cleared the bridge on March 6. Two days later, on Wednesday, 12 people were detained.", []string{"2023-03-06", "2023-03-08"}},
		{"La policía desalojó el puente el 8 de marzo. Un día antes, el martes, los comuneros habían quemado llantas.", []string{"2023-03-08", "2023-03-07"}},
		{"The toll stands at 32 as of Sunday, the commission said, with at least 770 people injured since Feb. 21.", []string{"2023-03-05", "2023-02-21/2023-03-10"}},
		// A day named by its feast: the last such day not after publication.
		{"Police arrested 43 people in Santiago on New Year's Eve.", []string{"2022-12-31"}},
		{"Once personas fueron detenidas en la Nochebuena en Arica.", []string{"2022-12-24"}},
		{"En el Día del Trabajo, 19 personas fueron detenidas en Pasto.", []string{"2022-05-01"}},
	}
	for _, c := range cases {
		var got []string
		for _, cl := range Extract(c.text, Options{Published: pub}).Claims {
			if cl.Kind == rastro.ClaimDate {
				got = append(got, claimLabel(cl, pub).key) // a period since a day reads as its range
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: dates %q, want %q", c.text, got, c.want)
			continue
		}
		for k := range got {
			if got[k] != c.want[k] {
				t.Errorf("%q: dates %q, want %q", c.text, got, c.want)
			}
		}
	}
}

// TestWeaponWords checks weapon names in other words and languages (a
// water cannon, rubber projectiles of any shape, word-for-word translations
// of "proyectil de arma de fuego") and a wound in a sentence that only a
// weapon makes about harm.
func TestWeaponWords(t *testing.T) {
	pub := time.Date(2023, 3, 10, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		text           string
		weapons, wound []string
	}{
		{"Carabineros dispersaron la marcha con un carro lanzaaguas.", []string{"water cannon"}, nil},
		{"Tres jóvenes fueron alcanzados por balines de goma.", []string{"rubber bullets"}, nil},
		{"He died by impacts of projectile of weapon of fire.", []string{"live ammunition"}, nil},
		{"Police fired birdshot at the crowd.", []string{"pellets"}, nil},
		{"Soldiers fired assault rifles at the crowd.", []string{"firearm"}, nil},
		{"A corporal fired 36 rounds from a Galil rifle.", []string{"Galil rifle"}, nil},
		{"La policía dispersó con gases a los maestros.", []string{"tear gas"}, nil},
		{"The police launched bombs lacrimogenous from a helicopter.", []string{"tear gas"}, nil},
		{"A student lost an eye to a tear gas canister.", []string{"tear gas"}, []string{"eye"}},
		{"Sufrió un traumatismo encéfalo craneano.", nil, []string{"head"}},
		{"Cuatro de ellos presentaban hematomas en la espalda.", nil, []string{"back"}},
		{"She was struck in the head by a stone. Doctors said she had a fractured skull.", nil, []string{"head"}},
		{"We were kneeling with our hands up when they kicked us.", nil, nil},
		{"They answered us with bullets. Two comuneros were wounded by firearm projectile.", []string{"live ammunition"}, nil},
	}
	for _, c := range cases {
		var weapons, wounds []string
		for _, cl := range Extract(c.text, Options{Published: pub}).Claims {
			switch d := cl.Data.(type) {
			case WeaponData:
				weapons = append(weapons, d.Name)
			case WoundData:
				wounds = append(wounds, d.Region)
			}
		}
		if strings.Join(weapons, ",") != strings.Join(c.weapons, ",") || strings.Join(wounds, ",") != strings.Join(c.wound, ",") {
			t.Errorf("%q: weapons %q wounds %q, want %q %q", c.text, weapons, wounds, c.weapons, c.wound)
		}
	}
}
