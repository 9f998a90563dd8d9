package extract

import "testing"

// TestAnniversaryHarmDate: a harm counted in an anniversary story takes
// the event's date, not the commemoration's day (anniversaryHarmDate);
// a count whose own clause writes the story's day keeps it.
func TestAnniversaryHarmDate(t *testing.T) {
	checkCountCases(t, []countCase{
		{"years after, in a relative clause", "2021-11-15",
			"COCHABAMBA.- Familiares de las víctimas recordaron este lunes los dos años de la masacre de Sacaba, en la que murieron 10 personas y 120 resultaron heridas el 15 de noviembre de 2019.",
			[]countWant{{10, "-", "2019-11-15"}, {120, "-", "2019-11-15"}}},
		{"that day after the commemoration's day", "2024-01-19",
			"MACUSANI, Peru (Reuters) - Relatives of the two men killed in clashes in the town on Jan. 18, 2023 marched to the main square on Thursday to mark the anniversary. At least 15 other people were injured that day, according to Peru's ombudsman's office.",
			[]countWant{{15, "-", "2023-01-18"}}},
		{"the commemoration's own harm", "2019-11-15",
			"Temuco, 15 de noviembre. Al menos 23 personas fueron detenidas y nueve resultaron heridas anoche en el centro de esta ciudad, durante la marcha que recordó el primer aniversario de la muerte del comunero Camilo Catrillanca, baleado por un carabinero el 14 de noviembre de 2018.",
			[]countWant{{9, "-", "2019-11-14"}}},
	})
}

// TestPluralPointerBack: a count tied by a plural article or demonstrative
// to an occasion told before ("en los disturbios", "durante los choques",
// "En los mismos incidentes", "in the shooting") takes that occasion's
// day (pointsToEvent, pluralPointer, occasionNouns).
func TestPluralPointerBack(t *testing.T) {
	checkCountCases(t, []countCase{
		{"en los disturbios", "2021-05-29",
			"TULUÁ.- Un joven de 17 años murió y otros seis manifestantes resultaron heridos la noche del viernes en la salida norte de la ciudad. Horas antes, un grupo de encapuchados había incendiado el Palacio de Justicia. La Policía reportó 12 capturas y nueve uniformados lesionados en los disturbios.",
			[]countWant{{12, "-", "2021-05-28"}}},
		{"en los mismos incidentes", "2019-12-30",
			"Santiago, 30 de diciembre. Un hombre de 33 años murió el viernes al caer a una fosa en la Alameda mientras huía del carro lanzaaguas. Según testigos, el chorro lo alcanzó antes de la caída. En los mismos incidentes, 14 personas resultaron lesionadas y 22 fueron detenidas.",
			[]countWant{{14, "-", "2019-12-27"}, {22, "-", "2019-12-27"}}},
	})
}

// TestAsOfPointedBack: "A esa fecha", "by that date" give a sentence with
// no date of its own the day named before, past a "since" period, or the
// last day of a period (asOfPointedBack).
func TestAsOfPointedBack(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the last day of a period", "2023-03-10",
			"Según el reporte de la Defensoría del Pueblo, entre el 7 de diciembre y el 9 de marzo resultaron heridas 1.785 personas en todo el país. La región con más heridos fue Puno, con 403. A esa fecha, 11 personas permanecían hospitalizadas.",
			[]countWant{{11, "-", "2023-03-09"}}},
		{"past a since period", "2023-02-15",
			"Según el último reporte de la Defensoría del Pueblo, al 13 de febrero se contabilizan 60 personas fallecidas. Además, 1.301 personas han resultado heridas desde el 7 de diciembre. A esa fecha, 26 heridos continuaban hospitalizados.",
			[]countWant{{26, "-", "2023-02-13"}}},
	})
}

// TestOccasionDayIn: a count pointing back to an occasion the sentence
// before named beside two days takes the day nearest that occasion, not
// the last day of that sentence (occasionDayIn), and MT "In the same
// journey" points back as "en la misma jornada" does.
func TestOccasionDayIn(t *testing.T) {
	checkCountCases(t, []countCase{
		{"the march, not the anniversary's event", "2022-11-18",
			"COCHABAMBA. The relatives of the coca growers carried out this Friday a march in Sacaba, three years after the 15 of November of 2019, day in which 10 persons died. The Police informed that 4 marchers were apprehended during the march for blocking the road.",
			[]countWant{{4, "-", "2022-11-18"}}},
		{"MT journey", "2019-11-12",
			"SANTA CRUZ. Two persons died and other 11 resulted wounded in the confrontations registered the night of this Monday in the municipality of Yapacaní. Both deceased presented impacts of firearm projectile in the thorax. In the same journey, 16 policemen were retained by residents of the zone during several hours.",
			[]countWant{{16, "-", "2019-11-11"}}},
	})
}

// TestMournedOperationAdjective: the dead whose relatives a sentence is
// about take the day their own words give, past adjectives telling who led
// the operation ("los 10 fallecidos en el operativo militar y policial del
// 19 de noviembre de 2019"; agentAdjective in ownWordsDay).
func TestMournedOperationAdjective(t *testing.T) {
	checkCountCases(t, []countCase{
		{"operativo militar y policial", "2020-11-19",
			"EL ALTO.- Familiares de los 10 fallecidos en el operativo militar y policial del 19 de noviembre de 2019 en la planta de Senkata recordaron este jueves a sus muertos con una misa.",
			[]countWant{{10, "-", "2019-11-19"}}},
	})
}

// TestReportedOpeningPeriod: a period opening the reported clause frames
// its counts past "while" (reportedOpening).
func TestReportedOpeningPeriod(t *testing.T) {
	checkCountCases(t, []countCase{
		{"said that between …, while", "2022-07-12",
			"In its final report on the national strike, the Alliance of Human Rights Organizations said that between June 13 and June 30, 2022, six people died in Ecuador in the context of the protests, four of them from gunshot wounds, while 335 were injured and 155 detained.",
			[]countWant{{335, "-", "2022-06-13/2022-06-30"}, {155, "-", "2022-06-13/2022-06-30"}}},
	})
}

// TestActionDayOverHarm: officers acted against take the day of the action
// written before them, not the deaths' day after "for the deaths"
// (actionDayOverHarm), and a later "En esa jornada" still points back to
// the deaths' day (actedAgainst).
func TestActionDayOverHarm(t *testing.T) {
	checkCountCases(t, []countCase{
		{"MT expanded this Tuesday", "2024-03-20",
			"AYACUCHO. The Prosecutor's Office expanded this Tuesday the investigation against 11 military of the Army for the deaths occurred the 15 of December of 2022 in the surroundings of the airport of Huamanga.",
			[]countWant{{11, "-", "2024-03-19"}}},
		{"amplió este miércoles … En esa jornada", "2023-06-14",
			"Juliaca, 14 de junio. El juzgado de investigación preparatoria amplió este miércoles la investigación contra cuatro oficiales por las muertes ocurridas el 9 de enero en el aeropuerto Inca Manco Cápac. En esa jornada murieron 17 civiles.",
			[]countWant{{4, "-", "2023-06-14"}, {17, "-", "2023-01-09"}}},
	})
}

// TestAnniversaryMournedDate: the dead mourned in an anniversary story,
// undated by their own words, take the marked event's date, not when a
// relative "who" ties the date to a person's deed.
func TestAnniversaryMournedDate(t *testing.T) {
	checkCountCases(t, []countCase{
		{"relatives … two years after", "2021-11-15",
			"COCHABAMBA, Bolivia (AP) - Two years after security forces opened fire on coca growers at the Huayllani bridge on Nov. 15, 2019, relatives of the 10 people who died marched on Monday to demand a trial.",
			[]countWant{{10, "-", "2019-11-15"}}},
		{"MT commemorated one year of", "2020-11-20",
			"EL ALTO. Relatives of the 10 persons killed in Senkata commemorated this Thursday one year of the massacre, occurred the 19 of November of 2019 when militaries and policemen evacuated the plant of fuels.",
			[]countWant{{10, "-", "2019-11-19"}}},
		{"a person's deed", "2023-12-16",
			"To one year of the massacre of Ayacucho, the families of the 10 fatal victims demanded the day of yesterday that it be denounced to the general Jesús Velarde, then commander of the Special Command Ayacucho, who was the one that ordered the deployment of the troop the 15 of December of 2022.",
			[]countWant{{10, "-", ""}}},
	})
}

// TestWentOnFromDay: a sentence pointing back to the clash ("durante los
// enfrentamientos", "in the confrontations") past one whose counts went on
// from the clash's day takes that day (wentOnFromDay); one with a day of
// its own keeps it.
func TestWentOnFromDay(t *testing.T) {
	checkCountCases(t, []countCase{
		{"Otras 31 … durante los enfrentamientos", "2019-11-12",
			"COCHABAMBA.- Dos personas murieron el lunes en Vinto durante los enfrentamientos entre seguidores y opositores de Evo Morales, informó la Policía. Otras 31 personas resultaron heridas, 14 de ellas con heridas de bala. Efectivos policiales aprehendieron a 19 personas durante los enfrentamientos.",
			[]countWant{{31, "-", "2019-11-11"}, {19, "-", "2019-11-11"}}},
		{"MT Other 27 … in the confrontations", "2022-06-24",
			"PUYO. Two protesters died the night of this Thursday in the confrontations with the Police in this city. Other 27 persons resulted wounded, 6 of them policemen. The Police informed that 15 persons were apprehended in the confrontations.",
			[]countWant{{15, "-", "2022-06-23"}}},
		{"otras nueve past a sentence that went on", "2019-11-07",
			"TEMUCO.- Un estudiante resultó herido durante las protestas del martes en el centro de esta ciudad. En la misma jornada, Carabineros detuvo a 63 personas en Temuco, 12 de ellas menores de edad. El seremi de Salud indicó que otras nueve personas fueron atendidas por heridas de perdigones.",
			[]countWant{{63, "-", "2019-11-05"}, {9, "-", "2019-11-05"}}},
		{"a day of its own", "2023-01-10",
			"JULIACA.- Diecisiete personas murieron ayer durante los enfrentamientos con la Policía. Otras 68 personas resultaron heridas. Este martes, otras tres personas fueron detenidas durante los enfrentamientos.",
			[]countWant{{3, "-", "2023-01-10"}}},
	})
}

// TestSameFactsOccasion: "En los mismos hechos" points back to the dated
// event as "en esa jornada" does (occasionNouns' "hechos").
func TestSameFactsOccasion(t *testing.T) {
	checkCountCases(t, []countCase{
		{"En los mismos hechos", "2022-07-15",
			"La Alianza registró que el 21 de junio de 2022, durante la represión de una protesta frente a la Gobernación de Pastaza, en la ciudad de Puyo, falleció un hombre de 42 años. En los mismos hechos resultaron heridas al menos 28 personas, 9 de ellas con heridas de perdigones.",
			[]countWant{{28, "-", "2022-06-21"}, {9, "-", "2022-06-21"}}},
	})
}

// TestFromAfterOccasion: "injuries from the clashes", "detained after the
// clashes" point back to the dated clash (pointsToEvent).
func TestFromAfterOccasion(t *testing.T) {
	checkCountCases(t, []countCase{
		{"injuries from the clashes", "2023-01-29",
			"LIMA, Peru, Jan 29 (AFP) - A 55-year-old man died after being struck in the head by a tear gas canister during clashes between police and protesters in central Lima on Saturday night. The health ministry said 17 people were treated in Lima hospitals for injuries from the clashes.",
			[]countWant{{17, "-", "2023-01-28"}}},
		{"detained after the clash", "2022-06-28",
			"SHUSHUFINDI, Ecuador (AFP) - A soldier was killed and at least 12 police officers and soldiers were wounded early on Tuesday when protesters attacked a convoy near this oil town, the armed forces said. President Guillermo Lasso broke off talks with Indigenous leaders hours later. Police said 11 people were arrested in Sucumbíos after the clash.",
			[]countWant{{11, "-", "2022-06-28"}}},
	})
}

// TestHarmSustained: "for injuries sustained on Friday" dates the harm;
// "sustained" there is no speech verb (harmSustained).
func TestHarmSustained(t *testing.T) {
	checkCountCases(t, []countCase{
		{"injuries sustained on Friday", "2021-05-29",
			"CALI, Colombia, May 29 (Reuters) - At least 13 people were killed in Cali on Friday as armed men fired on protesters, local officials said. The Cali health department said on Saturday that 98 people had been treated in hospitals for injuries sustained on Friday, 54 of them with gunshot wounds.",
			[]countWant{{98, "-", "2021-05-28"}, {54, "-", "2021-05-28"}}},
	})
}
