package extract

import (
	"testing"
	"time"
)

// TestCountContext40 checks round 40's rules for a count's place and date
// one invented paragraph at a time: each want is a count by figure, with
// the place ID it must take ("" for none) and its date ("-" when the case
// does not check it).
func TestCountContext40(t *testing.T) {
	cases := []countContextCase{
		{"a bare \"en el país\" is the country's, unnamed, not the dateline town's", "2023-01-05",
			"AREQUIPA.- La Defensoría del Pueblo informó que ya son 30 las personas fallecidas en el país desde el 7 de diciembre.",
			[]countWant{{30, "", "-"}}},
		{"over the same period as a country's count", "2022-06-22",
			"QUITO, Ecuador (AP) - Ecuador's ombudsman said on Tuesday that four people had died since the strike began on June 13, among them a farmer from Cotopaxi province who was hit during clashes in Quito on Monday. The office counted 300 injured over the same period.",
			[]countWant{{300, "EC", "-"}}},
		{"a breakdown's items with their own circumstance", "2023-03-01",
			"Según el informe, hubo 40 fallecidos en el país: 30 civiles en enfrentamientos, un soldado herido en Ayacucho y 9 personas en accidentes de tránsito.",
			[]countWant{{40, "", "-"}, {30, "", "-"}, {9, "", "-"}}},
		{"an anniversary marked the day after", "2024-02-06",
			"AYACUCHO.- A un año de la represión del 5 de febrero de 2023, que dejó seis muertos, los familiares marcharon ayer hasta la Fiscalía.",
			[]countWant{{6, "-", "2023-02-05"}}},
		{"a month's mark", "2023-03-11",
			"CUSCO.- At one month of the massacre of the 10 of February, the relatives marched the day of yesterday. The lawyer informed that of the 7 deceased ones, 5 had impacts of bullet.",
			[]countWant{{7, "-", "2023-02-10"}}},
		{"the dead whose relatives march, killed in clashes with soldiers on a day of their own", "2024-03-03",
			"Relatives of the 7 people killed in clashes with soldiers in Puno on March 3 last year marched on Sunday.",
			[]countWant{{7, "-", "2023-03-03"}}},
		{"drowned in a lake named with its country", "2023-02-06",
			"Three fishermen drowned on Saturday in Lake Titicaca in southern Peru while fleeing police boats, officials said.",
			[]countWant{{3, "water:titicaca", "-"}}},
		{"officials placed before their verb do not place the others", "2023-01-10",
			"Police killed 5 people in Juliaca on Monday. Doctors in the Puno region said 40 others were wounded.",
			[]countWant{{5, "211101", "-"}, {40, "211101", "-"}}},
		{"a part of an earlier whole beside a later count's day", "2023-03-01",
			"Rights groups counted 30 deaths across Peru between December 7, 2022, and February 9, 2023. Twelve of the deaths occurred in the Puno region, 10 of them in Juliaca on January 9.",
			[]countWant{{12, "-", "2022-12-07/2023-02-09"}}},
		{"a ranked part in its own words past a sentence of parts", "2023-02-20",
			"La Coordinadora elevó a 50 el número de fallecidos entre el 7 de diciembre y el 15 de febrero. De ellos, 40 murieron en enfrentamientos y 10 en accidentes. La región más afectada es Puno, con 19 víctimas mortales.",
			[]countWant{{40, "-", ""}, {19, "-", "2022-12-07/2023-02-15"}}},
		{"\"N de ellas\" takes no date of its whole", "2021-07-15",
			"Las organizaciones recibieron denuncias de 60 personas desaparecidas en Cali entre el 28 de abril y el 30 de junio. Cuarenta de ellas fueron halladas con vida y dos sin vida.",
			[]countWant{{40, "-", ""}}},
	}
	checkCountContext(t, cases)
}

// countWant is a count by figure with the place ID it must take ("" for
// none, "-" unchecked) and its date ("-" unchecked).
type countWant struct {
	figure      int
	place, date string
}

// countContextCase is one invented paragraph and the counts it must give.
type countContextCase struct {
	name, published, text string
	want                  []countWant
}

// checkCountContext extracts each case's paragraph and checks its counts.
func checkCountContext(t *testing.T, cases []countContextCase) {
	t.Helper()
	for _, tc := range cases {
		pub, err := time.Parse(time.DateOnly, tc.published)
		if err != nil {
			t.Fatal(err)
		}
		res := Extract(tc.text, Options{Published: pub})
		for _, w := range tc.want {
			found := false
			for _, c := range res.Claims {
				cd, ok := c.Data.(CountData)
				if !ok || cd.Figure != w.figure {
					continue
				}
				found = true
				place := ""
				if len(cd.Places) > 0 {
					place = cd.Places[0].ID
				}
				if w.place != "-" && place != w.place {
					t.Errorf("%s: count %d place %q, want %q", tc.name, w.figure, place, w.place)
				}
				if w.date != "-" && cd.Date != w.date {
					t.Errorf("%s: count %d date %q, want %q", tc.name, w.figure, cd.Date, w.date)
				}
			}
			if !found {
				t.Errorf("%s: no count %d", tc.name, w.figure)
			}
		}
	}
}

// TestSinceTotalPlace checks round 48's rule (sinceTotalPlace): a total
// since a written start, in a sentence naming no place after a day's
// scene, is the country's the text names, or none; a local body's total
// and one an anaphor ties keep their place.
func TestSinceTotalPlace(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"a running total after the scene, no country named", "2023-01-22",
			"JULIACA, Peru (Reuters) - Police fired tear gas at protesters who tried to storm the airport in this southern city on Saturday, and 14 people were injured. At least 51 people have died in clashes since the unrest began on Dec. 7, the ombudsman's office said.",
			[]countWant{{14, "211101", "-"}, {51, "", "-"}}},
		{"the country the text names", "2019-11-16",
			"COCHABAMBA, Bolivia (AP) — Soldiers fired on coca growers in Sacaba on Friday, killing five people. Bolivia's ombudsman said that 23 people had died in the unrest since the Oct. 20 election.",
			[]countWant{{23, "BO", "-"}}},
		{"past an undated part of the day's count", "2023-01-20",
			"LIMA. More of 20 persons resulted wounded this Thursday in the center of Lima during the confrontations, informed the Ministry of the Interior. Between the wounded ones there are 9 policemen, 2 of them with burns. In parallel, the Ombudsman's Office informed that ascends to 45 the number of deceased in the country from the 7 of December, 44 of them in confrontations.",
			[]countWant{{45, "", "-"}, {44, "", "-"}}},
		{"the country in the possessive of the body that reports", "2023-01-19",
			"MACUSANI, Peru, Jan. 19 (EFE) - Two men were killed and at least nine wounded on Wednesday when police opened fire on residents who had set a police station ablaze in this highland town. The deaths bring to 44 the number of people killed in clashes since Dec. 7, according to Peru's ombudsman's office.",
			[]countWant{{9, "210301", "-"}, {44, "PE", "-"}}},
		{"a local body's total keeps its town", "2021-05-29",
			"POPAYÁN.- Un joven fue herido el jueves en el centro de la ciudad. La Personería de Popayán recibió desde el 28 de abril 46 quejas por abuso policial.",
			[]countWant{{46, "CO:popayan", "-"}}},
		{"an anaphor's region", "2023-01-20",
			"PUNO.- Un total de 12 personas resultaron heridas ayer en el distrito de Ilave. Con ello, ya son 96 los heridos en la región desde el 4 de enero.",
			[]countWant{{96, "210000", "-"}}},
	})
}

// TestCapitalDayScene checks round 48's second rule: under a capital's
// dateline, a day's scene beside or after a national total is the
// capital's when the sentence names the city's own sites or words, or
// tells the scene before the total; a running total as of a day stays
// the country's.
func TestCapitalDayScene(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"a day's scene before the national total in one sentence", "2019-10-13",
			"QUITO. The confrontations of this Saturday in the surroundings of the park El Ejido left 2 deceased ones and more of 40 wounded ones, informed the Ombudsman's Office, that elevated to 9 the number of deceased ones in all the country from the 3 of October.",
			[]countWant{{2, "EC:quito", "-"}, {40, "EC:quito", "-"}, {9, "", "-"}}},
		{"a day's count with the nationwide words right after it stays national", "2019-10-09",
			"QUITO (Reuters) - Police detained 570 people on Tuesday across the country, the government said.",
			[]countWant{{570, "", "-"}}},
		{"\"la capital\" in the scene after the national total", "2019-10-13",
			"Quito, 13 de octubre. La Defensoría elevó a siete los fallecidos desde el inicio de las protestas, el 3 de octubre. Solo ayer, cuando rigió el toque de queda en la capital, 52 personas fueron atendidas en hospitales.",
			[]countWant{{52, "EC:quito", "-"}}},
		{"the city's parks", "2019-10-13",
			"QUITO. The Ombudsman's Office elevated to 7 the deceased ones in all the country from the 3 of October. This Saturday, 80 persons resulted wounded in the parks El Arbolito and El Ejido.",
			[]countWant{{80, "EC:quito", "-"}}},
		{"a toll as of a day under the capital", "2019-10-23",
			"SANTIAGO.- El Instituto Nacional de Derechos Humanos informó que, hasta la tarde de este martes, 376 personas han sido heridas en distintas regiones del país y que 1.692 han sido detenidas.",
			[]countWant{{376, "", "-"}, {1692, "", "-"}}},
		{"a total as of a day after the national toll", "2019-10-10",
			"QUITO.- La Defensoría informó la muerte de cinco personas desde el inicio del paro nacional. Además, hasta el miércoles 9 de octubre, 554 personas habían resultado heridas.",
			[]countWant{{554, "", "-"}}},
	})
}

// TestSamePeriodOwner checks round 48's third rule: a count pointing back
// by "the same period", "ese lapso" takes the place and the period of the
// total over that span told before, past a day's scene within it.
func TestSamePeriodOwner(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"past a day's scene, the period and its placeless total", "2023-04-26",
			"Human Rights Watch found that security forces were responsible for at least 30 of the 45 deaths recorded between December 2022 and February 2023. In Juliaca on January 9, police killed 17 protesters. More than 1,100 people were injured over the same period.",
			[]countWant{{17, "211101", "2023-01-09"}, {1100, "", "2022-12/2023-02"}}},
		{"\"ese lapso\" after a running total", "2022-06-24",
			"Quito, 24 de junio. Doce personas resultaron heridas anoche en la parroquia de Calderón, en el norte de la capital. Con ello, la Alianza contabiliza cinco fallecidos desde el inicio del paro nacional, el 13 de junio. El Ministerio de Gobierno sostiene que 90 policías han resultado heridos en ese lapso.",
			[]countWant{{12, "EC:calderon", "-"}, {90, "", "-"}}},
	})
}

// TestPartsOfNationalWhole checks round 48's fourth rule: a sentence of
// parts of a placeless national whole, parts of parts or a ranking whose
// first item is left unlinked, gives a later total no carried place.
func TestPartsOfNationalWhole(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"a part of a part", "2022-04-28",
			"Según Indepaz, entre el 28 de abril y el 31 de julio de 2021 fueron asesinadas 80 personas. El Valle del Cauca concentra 46 de esos homicidios, 35 de ellos en Cali. Las organizaciones documentaron además 103 víctimas de lesiones oculares.",
			[]countWant{{35, "CO:cali", "-"}, {103, "", "-"}}},
		{"a ranking's unlinked first item", "2020-01-15",
			"Según el informe, 37 personas perdieron la vida entre el 21 de octubre y el 25 de noviembre. La Paz fue el departamento más afectado, con 14 fallecidos, seguido de Cochabamba, con 12, y Santa Cruz, con cinco. La institución registró además 1.504 personas aprehendidas.",
			[]countWant{{12, "BO:cochabamba", "-"}, {1504, "", "-"}}},
	})
}

// TestAlsoTotalPlace checks round 48's rule for a sentence that adds to a
// body's report ("also recorded", "además registró"): the place of the
// report's headline total, not the scene told between.
func TestAlsoTotalPlace(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"the report's country", "2019-12-10",
			"In its preliminary observations, the Commission reported that 36 people died and at least 804 were injured in the post-electoral crisis in Bolivia between October 20 and November 28. In Senkata, on November 19, at least 10 people lost their lives during an operation to clear a blockade. The Commission also recorded 1,512 arrests.",
			[]countWant{{10, "BO:senkata", "-"}, {1512, "BO", "-"}}},
		{"a report that names no country", "2022-08-10",
			"La Alianza documentó seis muertes durante el paro nacional de junio de 2022: tres en Puyo y una en Quito. Además, registró 335 heridos y 155 detenidos.",
			[]countWant{{335, "", "-"}, {155, "", "-"}}},
	})
}

// TestUnrestToll checks round 48's widening of clashTollPlace: a toll "in
// the unrest", "in the clashes" after a scene takes the scene's place and
// day, past a lone victim dropped as no count, but not one the sentence
// ties to the country it names ("across Colombia").
func TestUnrestToll(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"the unrest told before", "2020-01-29",
			"SANTIAGO, Chile, Jan 29 (Reuters) - Police arrested 84 people in Santiago on Tuesday night in riots that broke out after a football fan was killed by a police truck outside the stadium in the commune of Macul. The victim, Jorge Mora, 37, was struck as fans left a match. Chile's Interior Ministry said 11 police officers were injured in the unrest.",
			[]countWant{{84, "CL:santiago", "2020-01-28"}, {11, "CL:santiago", "2020-01-28"}}},
		{"across the country it names", "2021-05-13",
			"BOGOTA (Reuters) - A man died on Wednesday when an ambulance carrying him was held up at a blockade in the town of Jamundí, the city government said. Police said 1,003 officers had been injured across Colombia during the unrest.",
			[]countWant{{1003, "CO", "-"}}},
	})
}

// TestCapitalOfZone checks round 48's widening of raise: "the capital",
// "la capital" after a zone of the capital points to the city holding the
// zone, as "the city" does.
func TestCapitalOfZone(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"the capital after a locality", "2021-05-12",
			"BOGOTÁ (AFP) - Clashes between riot police and demonstrators in the locality of Usme left 12 people injured on Tuesday night. Police said 31 people had been detained in the capital over the weekend.",
			[]countWant{{12, "CO:usme", "-"}, {31, "CO:bogota", "-"}}},
	})
}

// TestSecondZoneNamed checks that the second of two zones named together
// ("the zones of Ovejuyo and Chasquipampa") is read as a zone, so "the
// city" after it points to the town that holds them.
func TestSecondZoneNamed(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"the city after two zones", "2019-11-12",
			"LA PAZ. More of 20 persons resulted wounded in the night of this Monday in the zones of Ovejuyo and Chasquipampa, in the south of this city. Other 46 persons were apprehended in the same night in different points of the city, informed the Police.",
			[]countWant{{20, "BO:la paz", "-"}, {46, "BO:la paz", "-"}}},
	})
}

// TestPartOpeningTakesWhole checks round 48's rule for a part opening its
// sentence by its whole's kind ("Of the injured, 166 …"): its whole's
// place, not the place of a part told before.
func TestPartOpeningTakesWhole(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"the whole's country past a part's town", "2022-07-04",
			"QUITO, July 4 (AFP) - Ecuador's 18-day indigenous strike left seven people dead, including two soldiers killed when their convoy was ambushed near the Amazon town of Shushufindi, and at least 412 injured, the Ombudsman's Office said. Of the injured, 166 were police officers and soldiers.",
			[]countWant{{412, "EC", "-"}, {166, "EC", "-"}}},
	})
}

// TestMovedPartPlace checks round 48's rule for a part opening its
// sentence by its whole whose sentence names only where the hurt were
// taken or treated: the whole's place (rounds 26 and 29).
func TestMovedPartPlace(t *testing.T) {
	checkCountContext(t, []countContextCase{
		{"derived to a city", "2019-11-16",
			"SACABA. More of 120 persons resulted wounded in the confrontation of the past Friday in the zone of Huayllani, informed the director of the Hospital México. Of the wounded ones, 43 present wounds by impact of bullet and 12 were derived to the city of Cochabamba.",
			[]countWant{{120, "BO:huayllani", "-"}, {43, "BO:huayllani", "-"}, {12, "BO:huayllani", "-"}}},
		{"the gapped clause of a transfer", "2022-12-17",
			"In the district of Pichanaqui, province of Chanchamayo, 3 persons died and more of 40 resulted wounded the afternoon of the past Friday, informed the Ombudsman's Office. Of the wounded ones, 14 were transferred to hospitals of Huancayo and 2 to Lima in grave state.",
			[]countWant{{14, "120303", "-"}, {2, "120303", "-"}}},
	})
}
