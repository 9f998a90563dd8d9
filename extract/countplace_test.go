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
	type want = countWant
	cases := []countCase{
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
	checkCountCases(t, cases)
}

// countCase is one invented paragraph and the counts it wants.
type countCase struct {
	name, published, text string
	want                  []countWant
}

// checkCountCases checks each case's counts (checkCounts).
func checkCountCases(t *testing.T, cases []countCase) {
	t.Helper()
	for _, tc := range cases {
		checkCounts(t, tc.name, tc.published, tc.text, tc.want)
	}
}

// countWant is a count a case wants by figure, with the place ID it must
// take ("" for none, "-" when the case does not check it) and its date
// ("-" likewise).
type countWant struct {
	figure      int
	place, date string
}

// checkCounts extracts one invented paragraph and checks its counts.
func checkCounts(t *testing.T, name, published, text string, want []countWant) {
	t.Helper()
	pub, err := time.Parse(time.DateOnly, published)
	if err != nil {
		t.Fatal(err)
	}
	res := Extract(text, Options{Published: pub})
	for _, w := range want {
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
				t.Errorf("%s: count %d place %q, want %q", name, w.figure, place, w.place)
			}
			if w.date != "-" && cd.Date != w.date {
				t.Errorf("%s: count %d date %q, want %q", name, w.figure, cd.Date, w.date)
			}
		}
		if !found {
			t.Errorf("%s: no count %d", name, w.figure)
		}
	}
}

// TestCountPlaceLevels48 checks round 48's rules for a count's place at
// the right level, one invented paragraph at a time.
func TestCountPlaceLevels48(t *testing.T) {
	checkCountCases(t, []countCase{
		{"a single victim inside the province the toll took does not split the sentence", "2022-12-13", "Chincheros, 13 de diciembre. Con la muerte de un comunero en el hospital de la ciudad, ya son tres los fallecidos en la provincia desde el lunes. Otras 20 personas resultaron heridas entre el lunes y el martes.", []countWant{{3, "030600", "-"}, {20, "030600", "-"}}},
		{"a neighbouring town is not \"the city\"", "2021-05-20", "CALI.- En el vecino municipio de Yumbo, la Policía capturó a 12 personas. La Personería informó que desde el 28 de abril han muerto 30 personas en la ciudad.", []countWant{{12, "CO:yumbo", "-"}, {30, "CO:cali", "-"}}},
		{"a town named without a neighbour's word is \"that city\"", "2019-10-26", "LA PAZ, Oct 25 (Reuters) - Protesters clashed in the mining city of Oruro on Friday, leaving 16 people injured. Police said 12 people had been arrested in that city.", []countWant{{12, "BO:oruro", "-"}}},
		{"\"esta ciudad\" under a dateline is the dateline's town, past a town named since", "2019-10-22", "CONCEPCIÓN.- En Coronel, un joven murió atropellado el lunes. El Servicio de Salud informó que desde el sábado ha atendido a 40 heridos en esta ciudad.", []countWant{{40, "CL:concepcion", "-"}}},
		{"\"esta provincia\" under a dateline is the dateline's province, past a hospital's town", "2023-01-10", "AZÁNGARO.- Con la muerte de un joven en el hospital de Juliaca, son ya dos los fallecidos en esta provincia desde el 4 de enero. Otras 20 personas resultaron heridas el lunes.", []countWant{{20, "210200", "-"}}},
		{"drowned in a river near a town: the river", "2023-03-06", "PUNO (AP) — Four soldiers drowned on Sunday while crossing the Ramis River near the town of Taraco as they fled protesters, the army said.", []countWant{{4, "water:ramis", "-"}}},
		{"drowned in a river near a lake: the river", "2023-03-06", "PUNO, March 6 (AFP) - Four soldiers drowned on Sunday while crossing the Ramis River near Lake Titicaca, the army said.", []countWant{{4, "water:ramis", "-"}}},
		{"a town and its neighbouring canton: the province holding both", "2019-10-09", "La Policía detuvo a 80 personas por saqueos en el norte de Guayaquil y en el vecino cantón Samborondón, informó ayer la Gobernación.", []countWant{{80, "EC:guayas", "-"}}},
		{"this city and a canton, and a part after them: the province", "2019-10-09", "GUAYAQUIL. The Police informed that were apprehended 60 persons for lootings in this city and in the canton Durán. Of the apprehended ones, 20 were liberated.", []countWant{{60, "EC:guayas", "-"}, {20, "EC:guayas", "-"}}},
		{"\"en todo el departamento\" after a town: the department", "2019-11-02", "SANTA CRUZ.- Dos hombres murieron el miércoles en Warnes, informó la Fiscalía. En todo el departamento, la Policía reporta 50 aprehendidos desde el 23 de octubre.", []countWant{{50, "BO:santa cruz", "-"}}},
		{"\"el sector\" is no anaphor", "2019-11-02", "SANTA CRUZ.- La Policía detuvo a 9 personas en Warnes, en el sector comercial.", []countWant{{9, "BO:warnes", "-"}}},
		{"\"the province\" after a hospital's town: the dateline's province", "2022-12-14", "CHINCHEROS. The Direction of Health informed that, with the death of a comunero in a hospital of Abancay, ascend to 5 the deceased ones in the province.", []countWant{{5, "030600", "-"}}},
		{"a town in the centre of its region: the town", "2021-06-10", "En Buga, en el centro del Valle del Cauca, 15 personas resultaron heridas el miércoles.", []countWant{{15, "CO:buga", "-"}}},
		{"a parish in a highland province: the parish", "2019-10-11", "LATACUNGA (AFP) - Villagers in the rural parish of Toacaso, in the highland province of Cotopaxi, were holding 20 soldiers on Thursday, leaders said.", []countWant{{20, "EC:toacaso", "-"}}},
		{"a part treated in a town's hospitals keeps its whole's place", "2022-06-20", "LATACUNGA.- La Defensoría registró 30 heridos en la provincia de Cotopaxi entre el 13 y el 19 de junio. De los heridos, 10 fueron atendidos en hospitales de Latacunga por perdigones.", []countWant{{10, "EC:cotopaxi", "-"}}},
		{"parts broken down by where they were treated keep their own", "2023-03-06", "PUNO.- La Diresa actualizó a 70 el número de heridos en la región. De ellos, 40 fueron atendidos en el hospital de Ilave y 30 en el centro de salud de Juli.", []countWant{{40, "210501", "-"}, {30, "210401", "-"}}},
		{"treated in the capital's hospitals after clashes placed in the clause: the clashes' place", "2023-01-20", "LIMA. The Ministry of Health informed that 40 persons were attended in hospitals of the capital by the confrontations of the Thursday in the centre of Lima.", []countWant{{40, "150000", "-"}}},
		{"\"en los dos municipios\": the smallest place holding the two towns", "2019-11-08", "COCHABAMBA.- Hubo enfrentamientos en Quillacollo y en la vecina localidad de Colcapirhua. La Policía aprehendió a 20 personas en los dos municipios.", []countWant{{20, "BO:cochabamba", "-"}}},
		{"\"this city\" where the wounded lie is not the scene", "2019-11-16", "COCHABAMBA, Bolivia (AP) — Doctors said 100 people were wounded in Sacaba on Friday. Twenty of the wounded remain at a hospital in this city.", []countWant{{20, "BO:sacaba", "-"}}},
	})
	east, centre := "a town east of this city", "in the centre of this city"
	if !yardstickBefore(tokenize(east, 0, len(east)), 4) || yardstickBefore(tokenize(centre, 0, len(centre)), 4) {
		t.Error("yardstickBefore")
	}
}

// TestCountPlaceLevels49 checks round 49's rules for a count's place at a
// region against a town in it: the anaphor of the dateline's town joined to
// another town by "and in" (anaphorTownJoin, townThenAnaphor); a count
// after a region's breakdown by town (wholeCarry); MT "the Valley of the
// Cauca" (the gazetteer's worldAliases); the towns of the hospitals where
// the wounded lie (lyingIn); "the city" past "the Pastaza provincial
// government building" (regionAdjective); a region that "concentra" or
// "accounted for" a share (subjectPlace, gappedShare); a part of a whole
// tied late (partsOfLateWholes).
func TestCountPlaceLevels49(t *testing.T) {
	checkCountCases(t, []countCase{
		{"\"esta ciudad y en\" a town: the province holding both", "2019-10-10", "LATACUNGA.- La Policía detuvo a 30 personas la noche del martes en esta ciudad y en Pujilí, informó la Gobernación.", []countWant{{30, "EC:cotopaxi", "-"}}},
		{"MT \"this city and in nearby\" a town: the region", "2019-10-21", "CONCEPCIÓN. The Police informed that 25 persons were detained the Sunday in this city and in nearby Coronel.", []countWant{{25, "CL:biobio", "-"}}},
		{"a town \"y en el centro de la ciudad\": the dateline's town joins it", "2019-10-30", "Concepción, 30 de octubre. Al menos 12 personas resultaron heridas ayer en Talcahuano y en el centro de la ciudad.", []countWant{{12, "CL:biobio", "-"}}},
		{"a count after a region's breakdown by town goes on from the region", "2022-06-24", "La Alianza registró 30 heridos en la provincia de Cotopaxi entre el 13 y el 23 de junio. De ellos, 12 resultaron heridos en Latacunga y 8 en Salcedo. La organización recibió además 15 denuncias por detenciones arbitrarias.", []countWant{{15, "EC:cotopaxi", "-"}}},
		{"MT \"the Valley of the Cauca\" is the department", "2021-06-07", "CALI. The Governance informed that ascend to 30 the deceased ones in the department of the Valley of the Cauca from the 28 of April.", []countWant{{30, "CO:valle del cauca", "-"}}},
		{"the town of the hospitals where the wounded lie is not where they were hurt", "2019-11-18", "COCHABAMBA.- Los fallecidos en el puente Huayllani, en Sacaba, son ya nueve. La Defensoría informó que 115 personas resultaron heridas ese día, la mayoría atendidas en hospitales de Sacaba y de la ciudad de Cochabamba.", []countWant{{115, "BO:huayllani", "-"}}},
		{"\"the city\" points past a name made a region's by an adjective", "2022-06-22", "PUYO, Ecuador (Reuters) - Protesters clashed with police outside the Pastaza provincial government building on Tuesday. Police said 12 officers were injured in the city.", []countWant{{12, "EC:puyo", "-"}}},
		{"a region that \"concentra\" a share, and the next one gapped", "2019-11-30", "La Defensoría registró 30 fallecidos en el país. El departamento de Cochabamba concentra 12 de los fallecidos, y La Paz, 9.", []countWant{{12, "BO:cochabamba", "-"}, {9, "BO:la paz", "-"}}},
		{"a region that \"accounted for\" a share, not the communes after it", "2021-10-18", "Chile's prosecutors opened 5,000 investigations. The Santiago Metropolitan Region accounted for 3,000 of the investigations, with the communes of Santiago and Maipú at the top.", []countWant{{3000, "CL:region metropolitana", "-"}}},
		{"a part of a whole tied through the count before it takes the whole's place", "2019-10-09", "Latacunga, 9 de octubre. Un total de 40 militares permanecen retenidos desde el lunes en el cantón Saquisilí. En la provincia, desde el lunes, 20 personas han sido detenidas y 30 resultaron heridas, entre ellas 10 policías.", []countWant{{30, "EC:cotopaxi", "-"}, {10, "EC:cotopaxi", "-"}}},
		{"the city's count and the town's stand apart", "2019-10-23", "Iquique, 23 de octubre. Carabineros detuvo a 20 personas en esta ciudad. En Alto Hospicio, otras 9 fueron arrestadas.", []countWant{{20, "CL:iquique", "-"}, {9, "CL:alto hospicio", "-"}}},
	})
	s := tokenize("y en la vecina Huanta", 0, 21)
	if !anaphorTownJoin(s, 0, 4) || anaphorTownJoin(s, 0, 1) {
		t.Error("anaphorTownJoin")
	}
}

// TestSinceTotalPlace checks round 48's rule (sinceTotalPlace): a total
// since a written start, in a sentence naming no place after a day's
// scene, is the country's the text names, or none; a local body's total
// and one an anaphor ties keep their place.
func TestSinceTotalPlace(t *testing.T) {
	checkCountCases(t, []countCase{
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
	checkCountCases(t, []countCase{
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
	checkCountCases(t, []countCase{
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
	checkCountCases(t, []countCase{
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
	checkCountCases(t, []countCase{
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
	checkCountCases(t, []countCase{
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
	checkCountCases(t, []countCase{
		{"the capital after a locality", "2021-05-12",
			"BOGOTÁ (AFP) - Clashes between riot police and demonstrators in the locality of Usme left 12 people injured on Tuesday night. Police said 31 people had been detained in the capital over the weekend.",
			[]countWant{{12, "CO:usme", "-"}, {31, "CO:bogota", "-"}}},
	})
}

// TestSecondZoneNamed checks that the second of two zones named together
// ("the zones of Ovejuyo and Chasquipampa") is read as a zone, so "the
// city" after it points to the town that holds them.
func TestSecondZoneNamed(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the city after two zones", "2019-11-12",
			"LA PAZ. More of 20 persons resulted wounded in the night of this Monday in the zones of Ovejuyo and Chasquipampa, in the south of this city. Other 46 persons were apprehended in the same night in different points of the city, informed the Police.",
			[]countWant{{20, "BO:la paz", "-"}, {46, "BO:la paz", "-"}}},
	})
}

// TestPartOpeningTakesWhole checks round 48's rule for a part opening its
// sentence by its whole's kind ("Of the injured, 166 …"): its whole's
// place, not the place of a part told before.
func TestPartOpeningTakesWhole(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the whole's country past a part's town", "2022-07-04",
			"QUITO, July 4 (AFP) - Ecuador's 18-day indigenous strike left seven people dead, including two soldiers killed when their convoy was ambushed near the Amazon town of Shushufindi, and at least 412 injured, the Ombudsman's Office said. Of the injured, 166 were police officers and soldiers.",
			[]countWant{{412, "EC", "-"}, {166, "EC", "-"}}},
	})
}

// TestMovedPartPlace checks that a part opening its sentence by its whole,
// whose sentence names only where the hurt were taken or treated, takes
// the whole's place (rounds 26 and 29; heldPartPlace reads it since round
// 48's two versions of the rule were merged into one).
func TestMovedPartPlace(t *testing.T) {
	checkCountCases(t, []countCase{
		{"derived to a city", "2019-11-16",
			"SACABA. More of 120 persons resulted wounded in the confrontation of the past Friday in the zone of Huayllani, informed the director of the Hospital México. Of the wounded ones, 43 present wounds by impact of bullet and 12 were derived to the city of Cochabamba.",
			[]countWant{{120, "BO:huayllani", "-"}, {43, "BO:huayllani", "-"}, {12, "BO:huayllani", "-"}}},
		{"the gapped clause of a transfer", "2022-12-17",
			"In the district of Pichanaqui, province of Chanchamayo, 3 persons died and more of 40 resulted wounded the afternoon of the past Friday, informed the Ombudsman's Office. Of the wounded ones, 14 were transferred to hospitals of Huancayo and 2 to Lima in grave state.",
			[]countWant{{14, "120303", "-"}, {2, "120303", "-"}}},
	})
}

// TestNationalPartPlace checks round 49's rule for a part of a national
// whole told in a later sentence that names no place: its whole's place
// (the country named, or none), not the day's scene before; a part with a
// day of its own under the capital's dateline keeps the scene.
func TestNationalPartPlace(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the country named", "2019-10-14",
			"QUITO, Oct 13 (Reuters) - Ecuador's military imposed a curfew on Quito on Saturday, and police said 30 people were arrested in the capital on Saturday. The ombudsman's office said 1,340 had been injured since the protests began on Oct. 3. The minister said 435 of the injured were police officers.",
			[]countWant{{30, "EC:quito", "2019-10-12"}, {435, "EC", "-"}}},
		{"no country named", "2022-12-12",
			"ANDAHUAYLAS. Two comuneros died this Sunday in the confrontations in the airport of Andahuaylas, informed the hospital. The Ombudsman's Office informed that the deceased in the country ascend to 7 from the 7 of December. Three of the deceased were minors of age.",
			[]countWant{{3, "", "-"}}},
		{"a day of its own", "2019-10-10",
			"QUITO, Ecuador (Reuters) - At least 554 people have been arrested since protests over fuel prices began on Oct. 3, the Interior Ministry said on Wednesday. Police detained 98 of them on Tuesday alone, when demonstrators tried to reach the National Assembly.",
			[]countWant{{98, "EC:quito", "2019-10-08"}}},
	})
}

// TestTownBodyTotal checks round 49's rule for a town's own body that
// reports a count with no place: the town, where the story ties itself to
// it (its dateline, an anaphor), and none where it does not.
func TestTownBodyTotal(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the dateline's town", "2021-05-05",
			"Bogotá, 5 de mayo. La Personería de Bogotá, por su parte, ha recibido 34 denuncias por abuso policial desde el 28 de abril.",
			[]countWant{{34, "CO:bogota", "-"}}},
		{"an anaphor", "2021-04-12",
			"Según la Personería de Tumaco, 4 jóvenes fueron asesinados en la zona rural de este municipio entre el 2 y el 9 de abril.",
			[]countWant{{4, "CO:tumaco", "-"}}},
		{"nothing ties it", "2021-05-10",
			"La Personería de Bogotá contabilizó 95 heridos y 51 detenidos el pasado fin de semana.",
			[]countWant{{95, "", "-"}}},
	})
}

// TestNationalTollPlace checks round 49's rule for a count that a national
// toll's words lead to ("the national death toll … rose to 15", "El
// balance nacional … suma 11 fallecidos"): the country the text names,
// else none, not the scene's town before it.
func TestNationalTollPlace(t *testing.T) {
	checkCountCases(t, []countCase{
		{"no country named", "2019-10-22",
			"Durante el fin de semana, 146 personas fueron detenidas en la región del Biobío. Esa misma noche, 12 personas resultaron heridas en Concepción durante saqueos. El balance nacional del Ministerio del Interior suma 11 fallecidos y 1.462 detenidos desde el viernes.",
			[]countWant{{12, "CL:concepcion", "-"}, {11, "", "-"}, {1462, "", "-"}}},
		{"the country named", "2022-12-16",
			"LIMA, Dec 16 (Reuters) - Two more people died on Thursday in the region's Huanta province, taking the Ayacucho toll to nine, while the national figure rose to 17, Peru's ombudsman said.",
			[]countWant{{17, "PE", "-"}}},
	})
}

// TestDayClashToll checks round 49's widening of clashTollPlace: a count a
// country's body gives "in Sunday's clashes" takes the scene told before,
// not the country.
func TestDayClashToll(t *testing.T) {
	checkCountCases(t, []countCase{
		{"a weekday's clashes", "2022-12-12",
			"ANDAHUAYLAS, Peru, Dec 12 (Reuters) - Two teenagers were killed and at least 16 people were wounded on Sunday when police fired on protesters trying to take over the airfield of this Andean city, health officials said on Monday. Peru's ombudsman said four police officers were also hurt in Sunday's clashes.",
			[]countWant{{4, "030201", "-"}}},
	})
}

// TestStrikeDaysPlace checks round 49's rule for a sentence that sums a
// strike's days and names no place: the country the text names, else
// none, not the scene's town before it.
func TestStrikeDaysPlace(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the country named", "2022-07-22",
			"PUYO, Ecuador, July 22 (EFE) - A month after the end of Ecuador's national strike, prosecutors said an autopsy had confirmed that Byron Guatatuca, killed in Puyo on June 21, died of a head wound. Guatatuca was one of six people who died during the 18-day strike, according to the Alliance of Human Rights Organizations, which also counted 335 injured and 152 arrested.",
			[]countWant{{6, "EC", "-"}, {335, "EC", "-"}}},
		{"no country named", "2022-10-09",
			"Three years after the death of the leader indigenous Inocencio Tucumbi in the surroundings of the House of the Culture, in Quito, the Fiscality archived the investigation. In total, 11 persons died and 1,340 resulted wounded in the 11 days of the strike of October of 2019, according to the Ombudsman's Office.",
			[]countWant{{11, "", "-"}, {1340, "", "-"}}},
	})
}

// TestClashTollAsides checks round 49's widening of clashTollPlace: a toll
// "in Friday's clash" or "in the operation" whose sentence names only
// where the hurt were taken or treated takes the scene told before, its
// parts with it, and the scene of an event sentence is its innermost
// place (a zone before its town, a town before the river); a toll whose
// sentence names a scene of its own keeps it.
func TestClashTollAsides(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the hurt taken to another town's hospitals", "2019-11-16",
			"SACABA, Bolivia (AP) - Soldiers fired on coca growers at the Huayllani bridge on Friday, killing six. The ombudsman said 80 people were hurt in Friday's clash, 20 of them by bullets, and that most were taken to hospitals in Cochabamba.",
			[]countWant{{6, "BO:huayllani", "-"}, {80, "BO:huayllani", "2019-11-15"}, {20, "BO:huayllani", "-"}}},
		{"an event sentence with a zone and its town", "2019-11-21",
			"EL ALTO (AFP) - Troops broke a blockade of the Senkata plant in El Alto on Tuesday. Health officials said 25 people were wounded in the operation and were being treated at clinics in La Paz.",
			[]countWant{{25, "BO:senkata", "-"}}},
		{"a plant in the neighbouring town, the hurt from the operation", "2019-11-21",
			"LA PAZ (AFP) - Soldiers broke a blockade of the Senkata fuel plant in neighbouring El Alto on Tuesday, and at least five people were killed. Doctors said 19 people with bullet wounds from the operation were being treated in hospitals in La Paz.",
			[]countWant{{5, "BO:senkata", "2019-11-19"}, {19, "BO:senkata", "2019-11-19"}}},
		{"a scene of its own", "2019-11-17",
			"SACABA, Bolivia (AP) - Soldiers fired on coca growers at the Huayllani bridge on Friday, killing six. In Quillacollo, 12 people were hurt in Saturday's clash.",
			[]countWant{{6, "BO:huayllani", "-"}, {12, "BO:quillacollo", "-"}}},
	})
}

// TestSitePlace checks round 49's sitePlace: a count its clause ties to a
// site by the bare noun ("at the plant", "in the clashes at the airport")
// takes the place the paragraph named that site with, its parts and the
// same operation's count with it; not a count a later number separates
// from the site.
func TestSitePlace(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the plant named before", "2019-11-22",
			"LA PAZ, Bolivia (AP) — Mourners carried the coffins of people killed at the Senkata fuel plant down from El Alto on Thursday. Nine people were killed and 40 wounded at the plant on Tuesday, the ombudsman said.",
			[]countWant{{9, "BO:senkata", "-"}, {40, "BO:senkata", "-"}}},
		{"the airport of the dateline's town, a part with it", "2022-12-13",
			"ANDAHUAYLAS, Peru (AP) — Two men were killed on Sunday when police fired on protesters who tried to take the airport of this Andean town, and a woman died on Monday in the province of Chincheros. At least 25 people were injured in the clashes at the airport, 9 of them police officers.",
			[]countWant{{25, "030201", "-"}, {9, "030201", "-"}}},
		{"another count after the site's", "2019-11-22",
			"LA PAZ (EFE) - Mourners marched from El Alto with the coffins of men killed at the Senkata fuel plant. The ombudsman said the toll from Tuesday's operation at the plant had risen to 9 and that 20 people remained in hospital in El Alto.",
			[]countWant{{9, "BO:senkata", "-"}, {20, "BO:el alto", "-"}}},
	})
}

// TestEventSitePlace checks round 49's event nouns in sitePlace and
// hospitalAnaphorOnly: a toll "in the operation", "por el operativo del
// martes", "during the confrontations" takes the place the paragraph named
// that event with, not a similar event's; a part lying in "the hospital …
// of this city" keeps its whole's place.
func TestEventSitePlace(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the operation named with its plant", "2019-11-22",
			"LA PAZ.- La Policía dispersó ayer la marcha fúnebre con los féretros de las víctimas del operativo en la planta de Senkata. La Defensoría informó que los fallecidos por el operativo del martes ya son nueve.",
			[]countWant{{9, "BO:senkata", "-"}}},
		{"the confrontations at the bridge, a part in this city's hospital", "2019-11-18",
			"COCHABAMBA. The Ombudsman informed that ascend to eight the deceased by the confrontations of the Friday in the bridge Huayllani, in Sacaba, and that 100 persons resulted wounded that day. 20 of the wounded ones were interned in the hospital Viedma of this city. Besides, the Police informed that 60 persons were apprehended during the confrontations.",
			[]countWant{{100, "BO:huayllani", "-"}, {20, "BO:huayllani", "-"}, {60, "BO:huayllani", "-"}}},
	})
}

// TestCoordinatedScene checks round 49's coordinatedScene: two counts of
// one clause joined by "and" take the zone one of them took, not the town
// that locates it; a total and its region's part keep their own.
func TestCoordinatedScene(t *testing.T) {
	checkCountCases(t, []countCase{
		{"a town opening the clause, the zone after", "2021-08-20",
			"The commission found that in Sacaba, on 15 November 2019, nine people were killed and at least 100 wounded when soldiers fired on a march of coca growers at the Huayllani bridge.",
			[]countWant{{9, "BO:huayllani", "-"}, {100, "BO:huayllani", "-"}}},
	})
}

// TestListedDatelineTown checks round 49's listedDatelineTown: "la
// ciudad", "the city" or "la zona sur de la ciudad" right after two towns
// joined by "y"/"and", one of them the dateline's, is the dateline's town;
// after a lone town it stays that town.
func TestListedDatelineTown(t *testing.T) {
	checkCountCases(t, []countCase{
		{"a zone of the city after two towns", "2019-11-14",
			"La Paz, 14 de noviembre. La Policía aprehendió a 80 personas desde el lunes en La Paz y El Alto. El miércoles, tres vecinos murieron durante enfrentamientos en la zona sur de la ciudad.",
			[]countWant{{3, "BO:la paz", "-"}}},
		{"MT, the centre of the city after two communes", "2019-10-25",
			"TEMUCO. Carabineros informed that 90 persons have been detained in the region, the majority of them in Temuco and Padre Las Casas. Besides, 15 persons resulted wounded in the disturbances of the Thursday in the center of the city.",
			[]countWant{{15, "CL:temuco", "-"}}},
	})
}

// TestMarchToward checks round 49's marchToward: where a march was headed
// ("una marcha hacia la ciudad") is no place of a count in its clause.
func TestMarchToward(t *testing.T) {
	checkCountCases(t, []countCase{
		{"a march headed for the city", "2020-11-16",
			"Cochabamba, 15 de noviembre. La comisión presentó hoy su informe sobre los hechos del 15 de noviembre de 2019 en Huayllani, donde 9 cocaleros murieron y 100 personas resultaron heridas cuando militares impidieron el paso de una marcha hacia la ciudad.",
			[]countWant{{9, "BO:huayllani", "-"}, {100, "BO:huayllani", "-"}}},
	})
}

// TestCapitalOfRegion: a region after "the capital of" only names the
// town the anaphor points to (round 50, scenes50); a region of its own
// keeps its counts.
func TestCapitalOfRegion(t *testing.T) {
	checkCountCases(t, []countCase{
		{"\"in the capital of the Cauca\" under a dateline is the dateline's town", "2021-06-02", "POPAYÁN. The Personería of Popayán informed that between the 28 of April and the 31 of May were registered in the capital of the Cauca 3 deceased ones and 211 wounded ones in the framework of the protests.", []countWant{{211, "CO:popayan", "-"}}},
		{"\"en la capital del Huila\" under a dateline is the dateline's town", "2021-05-20", "NEIVA.- En la capital del Huila, la Personería registró 43 heridos durante el paro.", []countWant{{43, "CO:neiva", "-"}}},
		{"a region named on its own keeps its count", "2021-05-31", "POPAYÁN.- En el resto del departamento del Cauca, la Red de Derechos Humanos contabilizó 37 heridos.", []countWant{{37, "CO:cauca", "-"}}},
	})
}

// TestSeatInBodyName: a region in a body's or its building's name is the
// counts' place only when the sentence names no other (round 50,
// scenes50); a university named by no name is a place.
func TestSeatInBodyName(t *testing.T) {
	checkCountCases(t, []countCase{
		{"a civic committee's region is not the town's clash", "2019-10-31", "MONTERO, Bolivia (AP) - Two men were shot dead and at least 19 people were injured on Wednesday in clashes between supporters of President Evo Morales and opposition protesters backed by the Santa Cruz civic committee in this farming town, police said.", []countWant{{19, "BO:montero", "-"}}},
		{"la gobernación de a province reports a sector's count", "2019-10-08", "LATACUNGA.- La gobernación de Cotopaxi reportó que 37 personas fueron atendidas por golpes y asfixia tras los enfrentamientos del lunes en el sector de Lasso, al norte de esta ciudad.", []countWant{{37, "EC:lasso", "-"}}},
		{"\"una universidad del Cercado de Lima\" is where it happened", "2023-01-22", "LIMA.- Un total de 193 personas fueron intervenidas ayer por la Policía durante el desalojo de una universidad del Cercado de Lima.", []countWant{{193, "150101", "-"}}},
	})
}
