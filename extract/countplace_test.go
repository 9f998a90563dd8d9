package extract

import (
	"testing"
	"time"
)

// TestCountContext40 checks the rules of round 40 and later for a count's
// place and date one invented paragraph at a time: each want is a count by figure, with
// the place ID it must take ("" for none) and its date ("-" when the case
// does not check it).
func TestCountContext40(t *testing.T) {
	type want struct {
		figure      int
		place, date string
	}
	cases := []struct {
		name, published, text string
		want                  []want
	}{
		{"a bare \"en el país\" is the country's, unnamed, not the dateline town's", "2023-01-05",
			"AREQUIPA.- La Defensoría del Pueblo informó que ya son 30 las personas fallecidas en el país desde el 7 de diciembre.",
			[]want{{30, "", "-"}}},
		{"over the same period as a country's count", "2022-06-22",
			"QUITO, Ecuador (AP) - Ecuador's ombudsman said on Tuesday that four people had died since the strike began on June 13, among them a farmer from Cotopaxi province who was hit during clashes in Quito on Monday. The office counted 300 injured over the same period.",
			[]want{{300, "EC", "-"}}},
		{"a breakdown's items with their own circumstance", "2023-03-01",
			"Según el informe, hubo 40 fallecidos en el país: 30 civiles en enfrentamientos, un soldado herido en Ayacucho y 9 personas en accidentes de tránsito.",
			[]want{{40, "", "-"}, {30, "", "-"}, {9, "", "-"}}},
		{"an anniversary marked the day after", "2024-02-06",
			"AYACUCHO.- A un año de la represión del 5 de febrero de 2023, que dejó seis muertos, los familiares marcharon ayer hasta la Fiscalía.",
			[]want{{6, "-", "2023-02-05"}}},
		{"a month's mark", "2023-03-11",
			"CUSCO.- At one month of the massacre of the 10 of February, the relatives marched the day of yesterday. The lawyer informed that of the 7 deceased ones, 5 had impacts of bullet.",
			[]want{{7, "-", "2023-02-10"}}},
		{"the dead whose relatives march, killed in clashes with soldiers on a day of their own", "2024-03-03",
			"Relatives of the 7 people killed in clashes with soldiers in Puno on March 3 last year marched on Sunday.",
			[]want{{7, "-", "2023-03-03"}}},
		{"drowned in a lake named with its country", "2023-02-06",
			"Three fishermen drowned on Saturday in Lake Titicaca in southern Peru while fleeing police boats, officials said.",
			[]want{{3, "water:titicaca", "-"}}},
		{"officials placed before their verb do not place the others", "2023-01-10",
			"Police killed 5 people in Juliaca on Monday. Doctors in the Puno region said 40 others were wounded.",
			[]want{{5, "211101", "-"}, {40, "211101", "-"}}},
		{"a part of an earlier whole beside a later count's day", "2023-03-01",
			"Rights groups counted 30 deaths across Peru between December 7, 2022, and February 9, 2023. Twelve of the deaths occurred in the Puno region, 10 of them in Juliaca on January 9.",
			[]want{{12, "-", "2022-12-07/2023-02-09"}}},
		{"a ranked part in its own words past a sentence of parts", "2023-02-20",
			"La Coordinadora elevó a 50 el número de fallecidos entre el 7 de diciembre y el 15 de febrero. De ellos, 40 murieron en enfrentamientos y 10 en accidentes. La región más afectada es Puno, con 19 víctimas mortales.",
			[]want{{40, "-", ""}, {19, "-", "2022-12-07/2023-02-15"}}},
		{"\"N de ellas\" takes no date of its whole", "2021-07-15",
			"Las organizaciones recibieron denuncias de 60 personas desaparecidas en Cali entre el 28 de abril y el 30 de junio. Cuarenta de ellas fueron halladas con vida y dos sin vida.",
			[]want{{40, "-", ""}}},
		// round 48 (origins48): where the victims were headed is no scene.
		{"marchers heading for a city are stopped elsewhere", "2022-06-21",
			"PUYO, Ecuador (Reuters) - Soldiers fired tear gas at an indigenous column headed for Quito on Monday, and 9 people were hurt, officials said.",
			[]want{{9, "EC:puyo", "-"}}},
		{"a city the marchers tried to reach is no scene", "2019-11-16",
			"Police fired on coca growers in Sacaba on Friday, killing six people as they tried to reach the city of Cochabamba.",
			[]want{{6, "BO:sacaba", "-"}}},
		// round 48: where people were taken or came from is no scene.
		{"a part derived to another city keeps its whole's place", "2023-01-13",
			"AYACUCHO. In the confrontations of this Thursday in Huanta, 15 persons resulted wounded. Of the wounded ones, 4 were derived to the city of Lima.",
			[]want{{4, "050400", "-"}}},
		{"a hospital's town after a comma is where they were taken", "2019-11-16",
			"Once personas resultaron heridas el viernes en Sacaba. Cinco de los heridos fueron trasladados al hospital Viedma, en la ciudad de Cochabamba.",
			[]want{{5, "BO:sacaba", "-"}}},
		{"people proceeding from a town are counted elsewhere", "2019-11-02",
			"SANTIAGO. 20 persons proceeding from Puente Alto were detained this Friday in Valparaíso, informed Carabineros.",
			[]want{{20, "CL:valparaiso", "-"}}},
		{"a town \"just south of\" a city lies apart from it", "2021-05-11",
			"JAMUNDÍ, Colombia (AP) - Riot police fired tear gas at protesters in this town just south of Cali on Monday, and 9 people were hurt, officials said.",
			[]want{{9, "CO:jamundi", "-"}}},
		{"the hurt of \"ese operativo\" lying in another town's hospitals", "2019-11-21",
			"EL ALTO.- La Defensoría del Pueblo informó que los fallecidos en la planta de Senkata ya son nueve. De los heridos de ese operativo, 15 siguen internados en hospitales de La Paz.",
			[]want{{15, "BO:senkata", "-"}}},
		{"a march from one town until the centre of this city", "2019-11-22",
			"LA PAZ. The funeral march of the relatives of victims of Senkata went down this Thursday from El Alto until the center of this city. According to the Police, 8 persons were apprehended during the dispersion.",
			[]want{{8, "BO:la paz", "-"}}},
		{"a column that came down from a town", "2019-11-22",
			"LA PAZ.- Una columna de mineros que bajó desde El Alto fue dispersada ayer con gases. La Policía informó que nueve personas fueron aprehendidas.",
			[]want{{9, "BO:la paz", "-"}}},
		{"a part who are residents of another town", "2019-11-21",
			"EL ALTO. Were apprehended 15 persons this Wednesday in the center of La Paz. Of the apprehended ones, 4 are residents of El Alto.",
			[]want{{4, "BO:la paz", "-"}}},
		{"a town's residents marching under another town's dateline", "2019-11-22",
			"LA PAZ.- Una columna de vecinos de El Alto fue dispersada ayer con gases en el centro de la ciudad. Al menos 11 personas fueron atendidas por asfixia.",
			[]want{{11, "BO:la paz", "-"}}},
		{"a part in hospitals of two other towns keeps its whole's place", "2019-11-17",
			"Soldiers killed three people and wounded 20 in Sacaba on Friday. Seven of the wounded were in hospitals in Cochabamba and Quillacollo.",
			[]want{{7, "BO:sacaba", "-"}}},
		{"a part treated in another town's hospitals keeps its whole's place", "2022-06-22",
			"PUYO.- La Defensoría del Pueblo registró 25 heridos en la provincia de Pastaza entre el 13 y el 20 de junio. De los heridos, 9 fueron atendidos en hospitales de Quito.",
			[]want{{9, "EC:pastaza", "-"}}},
		{"another count treated in a town's hospital keeps the scene before", "2019-11-17",
			"COCHABAMBA.- Seis cocaleros murieron el viernes en el puente de Huayllani, en Sacaba. Otros 40 heridos fueron atendidos en el hospital de Sacaba.",
			[]want{{40, "BO:huayllani", "-"}}},
		{"another count treated in another town's hospital", "2023-03-08",
			"The death toll from Monday's clashes in Ilave rose to three. Another 15 people were treated at the hospital in Juliaca, doctors said.",
			[]want{{15, "210501", "-"}}},
		{"others who remain in hospital elsewhere take where they lie", "2023-03-08",
			"The death toll from Monday's clashes in Ilave rose to three. Fifteen others remain in hospital in Juliaca.",
			[]want{{15, "211101", "-"}}},
		{"MT \"the highway that unites\" two towns: its ends are no region's", "2023-01-17",
			"PUNO. A comunero died this Monday in the district of Cabanillas, during the unblocking of the highway that unites Juliaca with Arequipa. With this death, ascend to 21 the deceased ones in the region from the 4 of January.",
			[]want{{21, "210000", "-"}}},
		{"a gapped transfer \"and 3 to Lima\" is where people were taken", "2023-01-17",
			"In the district of Sicuani, 2 persons died and 30 resulted wounded this Monday, informed the Ombudsman's Office. Of the wounded ones, 9 were transferred to hospitals of Cusco and 3 to Lima.",
			[]want{{9, "080601", "-"}}},
		{"\"la ciudad\" passes over the towns comuneros came from", "2022-12-13",
			"ANDAHUAYLAS.- Cientos de comuneros de Pacucha y Chincheros llegaron este martes a la plaza de armas de la ciudad. La víspera, la policía detuvo a 9 manifestantes en el centro de la ciudad.",
			[]want{{9, "030201", "-"}}},
		{"campesinos with a plural adjective \"de\" a province came from there", "2023-01-12",
			"JULIACA.- Doce personas fueron detenidas ayer cuando la Policía desalojó a un grupo de campesinos quechuas de Azángaro que bloqueaba la salida a Puno en esta ciudad.",
			[]want{{12, "211101", "-"}}},
		{"a hospital's name with \"del\" before its town", "2019-11-17",
			"Police clashed with protesters in Sacaba on Friday and 40 people were injured, officials said. Seven of the injured were treated at the Hospital del Sur in Cochabamba.",
			[]want{{7, "BO:sacaba", "-"}}},
		{"a part whose sentence names no place takes its whole's, not the scene between", "2019-11-07",
			"Cochabamba, 7 de noviembre. Al menos 60 personas resultaron heridas ayer en los enfrentamientos en el puente de Huayculi, en Quillacollo. En el vecino municipio de Vinto, manifestantes quemaron la alcaldía. De los heridos, 9 permanecen internados en el Hospital Viedma.",
			[]want{{9, "BO:huayculi", "-"}}},
	}
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
