package extract

import (
	"testing"
	"time"
)

// TestCountMechanisms checks round 19's count mechanisms one sentence at
// a time: each want is a count the text must give, by figure, with its
// kind, the figure and kind of its whole (0 for none) and its date.
func TestCountMechanisms(t *testing.T) {
	type want struct {
		figure   int
		category string
		whole    int
		date     string
	}
	cases := []struct {
		name, published, text string
		want                  []want
	}{
		{"a day carried past a sentence that only sets the scene", "2023-03-08",
			"Farmers blocked the road to Azángaro on Monday. Police moved in with tear gas. In the clashes, 9 farmers were injured.",
			[]want{{9, "injured", 0, "2023-03-06"}}},
		{"no day carried past a quotation", "2023-03-08",
			"Soldiers fired at the crowd in Ilave on Monday. \"They shot at us,\" a farmer said. He said 6 people were injured.",
			[]want{{6, "injured", 0, ""}}},
		{"no day carried past a sentence with counts", "2023-03-08",
			"Farmers blocked the road to Azángaro on Monday. Police arrested 12 of them. Later, 4 officers were injured.",
			[]want{{12, "detained", 0, "2023-03-06"}, {4, "injured", 0, ""}}},
		{"a clause before a semicolon sets the scene", "2023-03-08",
			"Miners marched on the town hall of Puno on Monday; police said 14 people were detained and 3 officers hurt.",
			[]want{{14, "detained", 0, "2023-03-06"}, {3, "injured", 0, "2023-03-06"}}},
		{"a clause before a semicolon that counts keeps its day", "2023-03-08",
			"Police detained 20 people in Puno on Monday; 5 officers were hurt in Juliaca.",
			[]want{{20, "detained", 0, "2023-03-06"}, {5, "injured", 0, ""}}},
		{"a later event after a semicolon", "2023-03-08",
			"On February 7 the governor resigned; the protests that followed left 8 dead.",
			[]want{{8, "killed", 0, ""}}},
		{"people who vanished", "2023-03-08",
			"Dos pescadores desaparecieron en el río Ramis la noche del lunes.",
			[]want{{2, "disappeared", 0, "2023-03-06"}}},
		{"the missing still not found take no day of their whole", "2023-03-08",
			"Of the 40 people reported missing after the march of February 1, 12 continue without being located.",
			[]want{{40, "disappeared", 0, "2023-02-01"}, {12, "disappeared", 40, ""}}},
		{"people unaccounted for", "2023-03-08",
			"Relatives said 5 protesters were unaccounted for after the march on Monday.",
			[]want{{5, "disappeared", 0, "2023-03-06"}}},
		{"detainees who presented lesions are injured", "2023-03-08",
			"Police detained 30 persons in Puno on Monday. The ombudsman said that 4 of the detained ones presented lesions by blows.",
			[]want{{30, "detained", 0, "2023-03-06"}, {4, "injured", 30, "2023-03-06"}}},
		{"a part named by its whole's kind is of the last count of that kind", "2023-03-08",
			"El balance fue de 90 heridos y 25 detenidos. Del total de heridos, 12 son policías.",
			[]want{{90, "injured", 0, ""}, {25, "detained", 0, ""}, {12, "injured", 90, ""}}},
		{"complaints take no date from the harm's span after the words naming it", "2023-03-08",
			"La Fiscalía abrió 18 investigaciones por las lesiones sufridas por comuneros durante el paro de enero.",
			[]want{{18, "cases", 0, ""}}},
		{"complaints take no date from a span after 'over'", "2023-03-08",
			"The institute filed 52 lawsuits over beatings committed between January 4 and February 20.",
			[]want{{52, "cases", 0, ""}}},
		{"a part of undated complaints takes no carried date", "2023-03-08",
			"The institute filed 52 lawsuits over beatings committed between January 4 and February 20. Nine of the lawsuits involve minors.",
			[]want{{52, "cases", 0, ""}, {9, "cases", 52, ""}}},
		{"complaints dated by their filing keep it", "2023-03-08",
			"Relatives said 15 complaints were filed on Monday against officers over the injuries.",
			[]want{{15, "cases", 0, "2023-03-06"}}},
		{"a filing verb after the harm takes the date back", "2023-03-08",
			"The office said 23 complaints for torture were presented before prosecutors in the month of February.",
			[]want{{23, "cases", 0, "2023-02"}}},
		{"cases of an injury count the injured", "2023-03-08",
			"The hospital network recorded 57 cases of head trauma during the march on Monday.",
			[]want{{57, "injured", 0, "2023-03-06"}}},
		{"cases of a harm the lexicon lacks stay cases", "2023-03-08",
			"The group documented 57 cases of police abuse.",
			[]want{{57, "cases", 0, ""}}},
		{"people treated in hospitals past a list of places, hit by a weapon", "2023-03-08",
			"Doctors said 33 people treated in hospitals in Juliaca, Ilave and Puno had been hit by pellets.",
			[]want{{33, "injured", 0, ""}}},
		{"a lone victim with a capitalised adjective joined to a count", "2023-03-08",
			"An Aymara farmer was killed and at least 6 others were wounded in Ilave on Monday.",
			[]want{{1, "killed", 0, "2023-03-06"}, {6, "injured", 0, "2023-03-06"}}},
		{"a lone victim with an age joined to a count by 'and'", "2023-03-08",
			"In the clash of Monday in Ilave died a student of 19 years and resulted wounded other 5 persons.",
			[]want{{1, "killed", 0, "2023-03-06"}, {5, "injured", 0, "2023-03-06"}}},
		{"the wounded a death verb tells of are dead", "2023-03-08",
			"Cuatro comuneros murieron el lunes en Ilave. El martes fallecieron otros dos heridos en el hospital.",
			[]want{{4, "killed", 0, "2023-03-06"}, {2, "killed", 0, "2023-03-07"}}},
		{"the day a closing attribution names is the source's", "2023-03-08",
			"Eleven officers were injured in Ilave, three of them seriously, the police said in a statement on Tuesday.",
			[]want{{11, "injured", 0, ""}, {3, "injured", 11, ""}}},
		{"the day right after a running total is the day it rose", "2023-03-08",
			"The government raised the death toll to 21 on Tuesday, and the ministry said 340 people had been detained.",
			[]want{{21, "killed", 0, ""}, {340, "detained", 0, ""}}},
		{"a toll joined by 'and' to its event's clause is no running total", "2023-03-08",
			"El lunes la policía disparó contra los comuneros en Ilave, y el saldo fue de tres fallecidos.",
			[]want{{3, "killed", 0, "2023-03-06"}}},
		{"a total 'was of' N is a running total", "2023-03-08",
			"La cifra de muertos en la región fue de 17.",
			[]want{{17, "killed", 0, ""}}},
		{"a running total of one event's harm takes the event's day", "2023-03-08",
			"El hospital elevó a seis el número de heridos por los enfrentamientos del lunes en Ilave.",
			[]want{{6, "injured", 0, "2023-03-06"}}},
		{"a running total that rose on a day takes none", "2023-03-08",
			"The number of injured rose to 60 on Monday.",
			[]want{{60, "injured", 0, ""}}},
		{"other names of legal steps are complaints, and a part that 'se refiere a' a harm", "2023-03-08",
			"La Personería recibió 27 quejas contra la Policía; 8 de ellas se refieren a detenciones arbitrarias.",
			[]want{{27, "cases", 0, ""}, {8, "cases", 27, ""}}},
		{"the parts listed after 'de los cuales' are all the whole's", "2023-03-08",
			"Hay 96 heridos, de los cuales 58 en Juliaca, 22 en Ilave y 16 en Puno.",
			[]want{{96, "injured", 0, ""}, {58, "injured", 96, ""}, {22, "injured", 96, ""}, {16, "injured", 96, ""}}},
		{"people joined by 'and' past a part's aside share the whole's kind", "2023-03-08",
			"Also resulted wounded 40 comuneros, of which 6 are minors, and 9 police effectives.",
			[]want{{40, "injured", 0, ""}, {6, "injured", 40, ""}, {9, "injured", 0, ""}}},
		{"a part opening its sentence after its whole's kind and place", "2023-03-08",
			"The police captured 12 persons in Ilave. Of the apprehended ones in Ilave, 4 are minors of age.",
			[]want{{12, "detained", 0, ""}, {4, "detained", 12, ""}}},
		{"a part of complaints over a harm is complaints", "2023-03-08",
			"The ombudsman received 40 complaints of police abuse, six of them over eye injuries.",
			[]want{{40, "cases", 0, ""}, {6, "cases", 40, ""}}},
		{"lone person with an origin and an adjective", "2023-03-08",
			"In Latacunga, a comunero of Saquisilí lost the life and other 6 persons resulted wounded the Monday 6 of March.",
			[]want{{1, "killed", 0, "2023-03-06"}, {6, "injured", 0, "2023-03-06"}}},
		{"lone person with an adjective", "2023-03-08",
			"A comunero aimara died and 9 persons resulted wounded in Ilave on Monday.",
			[]want{{1, "killed", 0, "2023-03-06"}, {9, "injured", 0, "2023-03-06"}}},
		{"a day after the second of two joined counts is the first's", "2023-03-08",
			"Dos comuneros murieron por disparos y otros 14 resultaron heridos la noche del lunes en Ilave.",
			[]want{{2, "killed", 0, "2023-03-06"}, {14, "injured", 0, "2023-03-06"}}},
		{"not past the first count's own place", "2023-03-08",
			"Police said 30 officers were hurt in Juliaca and 4 protesters died on Monday.",
			[]want{{30, "injured", 0, ""}, {4, "killed", 0, "2023-03-06"}}},
		{"a tally's day before a count whose clause gives a period since", "2023-03-08",
			"By Monday evening, officials had recorded 12 deaths and 90 injured since February 10.",
			[]want{{12, "killed", 0, "2023-02-10"}, {90, "injured", 0, "2023-02-10"}}},
		{"a part of the victims in the next sentence", "2023-03-08",
			"La Fiscalía investiga la muerte de ocho personas durante los enfrentamientos del 6 de marzo. Seis de las víctimas fallecieron por disparos.",
			[]want{{8, "killed", 0, "2023-03-06"}, {6, "killed", 8, "2023-03-06"}}},
		{"a part of the dead after a count of another kind", "2023-03-08",
			"Five people died and 80 were injured, including 9 children, on Monday. Two of the dead were farmers.",
			[]want{{5, "killed", 0, "2023-03-06"}, {2, "killed", 5, "2023-03-06"}}},
		{"treated in a hospital for a weapon's effects", "2023-03-08",
			"Cuarenta personas fueron atendidas en el hospital de Ilave por inhalación de gases lacrimógenos el lunes.",
			[]want{{40, "injured", 0, "2023-03-06"}}},
		{"taken to a hospital with injuries stays other", "2023-03-08",
			"Police detained 20 protesters on Monday, and 3 of them were taken to the hospital with injuries.",
			[]want{{20, "detained", 0, "2023-03-06"}, {3, "other", 20, "2023-03-06"}}},
		{"the death of people a relative clause says were in hospital", "2023-03-08",
			"El hospital confirmó la muerte de tres comuneros que estaban internados.",
			[]want{{3, "killed", 0, ""}}},
		{"a tally named 'count of deaths'", "2023-03-08",
			"The ombudsman raised its count of deaths in the protests to 14 on Monday.",
			[]want{{14, "killed", 0, ""}}},
		{"a sentence naming its own span in words takes no day before", "2023-03-08",
			"Police fired tear gas in Puno between 1 and 4 March. Six people died and 70 were injured during the 12 days of protests.",
			[]want{{6, "killed", 0, ""}, {70, "injured", 0, ""}}},
		{"a part of another kind named by 'among the' after it", "2023-03-08",
			"Police detained 90 people in Puno on Monday. The ombudsman later documented 7 cases of torture among the detainees.",
			[]want{{90, "detained", 0, "2023-03-06"}, {7, "tortured", 90, "2023-03-06"}}},
		{"a clause opened by 'Of the <kind>,'", "2023-03-08",
			"Two men were killed and 50 people were injured in Puno on Monday. Of the injured, 12 were taken to hospital.",
			[]want{{50, "injured", 0, "2023-03-06"}, {12, "other", 50, ""}}},
		{"parts of any harm in a whole of cases", "2023-03-08",
			"The group recorded 500 cases of police violence, among them 12 homicides and 200 people injured.",
			[]want{{500, "cases", 0, ""}, {12, "killed", 500, ""}, {200, "injured", 500, ""}}},
		{"a collective noun treated, its verb singular", "2023-03-08",
			"Una veintena fue atendida por asfixia tras la intervención policial del lunes en Juli.",
			[]want{{20, "injured", 0, "2023-03-06"}}},
		{"natives as people", "2023-03-08",
			"Según la Policía, resultaron heridos ocho agentes y tres nativos el lunes.",
			[]want{{8, "injured", 0, "2023-03-06"}, {3, "injured", 0, "2023-03-06"}}},
		{"victims after a whole of the dead are dead", "2023-03-08",
			"Los fallecidos en las protestas sumaban 40 en todo el país. Por regiones, Puno suma 15 víctimas.",
			[]want{{40, "killed", 0, ""}, {15, "killed", 40, ""}}},
		{"lone person before a plural verb", "2023-01-19",
			"Two soldiers and a civilian were killed in Ilave on Wednesday.",
			[]want{{2, "killed", 0, "2023-01-18"}, {1, "killed", 0, "2023-01-18"}}},
		{"lone object of a harm verb joined by and", "2023-01-09",
			"Police shot dead a 17-year-old and wounded 12 other protesters in Yunguyo on Friday.",
			[]want{{1, "killed", 0, "2023-01-06"}, {12, "injured", 0, "2023-01-06"}}},
		{"lone person of any noun before a count", "2023-01-20",
			"Un militar y cuatro comuneros resultaron heridos la noche del domingo en Ilave.",
			[]want{{1, "injured", 0, "2023-01-15"}, {4, "injured", 0, "2023-01-15"}}},
		{"bullets past a verb are no rounds", "2023-01-20",
			"Police used firearms against protesters; of the 46 deaths it examined, 23 were caused by bullets.",
			[]want{{46, "killed", 0, ""}, {23, "killed", 46, ""}}},
		{"a part of the dead stays dead", "2023-01-12",
			"JULIACA.- De los 18 fallecidos del lunes en esta ciudad, 16 presentaban heridas de bala y dos murieron por golpes.",
			[]want{{18, "killed", 0, "2023-01-09"}, {16, "killed", 18, "2023-01-09"}, {2, "killed", 18, "2023-01-09"}}},
		{"a part that later died", "2023-01-17",
			"Five of the 20 people treated for injuries after Sunday's clashes in Abancay later died.",
			[]want{{20, "injured", 0, "2023-01-15"}, {5, "killed", 20, "2023-01-15"}}},
		{"ranked breakdown in a later sentence", "2023-02-20",
			"Police arrested 214 people across Bolivia. Santa Cruz accounted for the most arrests (97), followed by Cochabamba (61).",
			[]want{{214, "detained", 0, ""}, {97, "detained", 214, ""}, {61, "detained", 214, ""}}},
		{"a later state joined by and", "2023-01-31",
			"Police said 12 people were hurt in Quito on Monday and two were hospitalized with burns.",
			[]want{{12, "injured", 0, "2023-01-30"}, {2, "other", 12, "2023-01-30"}}},
		{"detainees still held take no day", "2023-02-28",
			"Police detained 44 people in Tumbes on Friday; nine remain in custody.",
			[]want{{44, "detained", 0, "2023-02-24"}, {9, "detained", 44, ""}}},
		{"verb first with an injury", "2023-01-20",
			"Resultaron con contusiones 8 policías y 3 periodistas en Lima.",
			[]want{{8, "injured", 0, ""}, {3, "injured", 0, ""}}},
		{"an aside part's day reaches the counts listed with its whole", "2023-02-24",
			"Tres reos murieron y nueve personas resultaron heridas, entre ellas dos guías, en un motín registrado ayer en Guayaquil.",
			[]want{{3, "killed", 0, "2023-02-23"}, {9, "injured", 0, "2023-02-23"}, {2, "injured", 9, "2023-02-23"}}},
		{"a closing attribution's day is not the count's", "2023-02-01",
			"La Alianza contabilizó cuatro fallecidos y 112 heridos durante los diez días de paro, según su informe presentado el martes.",
			[]want{{4, "killed", 0, ""}, {112, "injured", 0, ""}}},
		{"a personal a after asides", "2023-01-25",
			"La Policía intervino, durante el desbloqueo realizado el lunes en la carretera, a 48 manifestantes.",
			[]want{{48, "detained", 0, "2023-01-23"}}},
	}
	for _, tc := range cases {
		pub, err := time.Parse("2006-01-02", tc.published)
		if err != nil {
			t.Fatal(err)
		}
		got := map[int]CountData{}
		for _, c := range Extract(tc.text, Options{Published: pub}).Claims {
			if cd, ok := c.Data.(CountData); ok && c.Kind == "count" {
				got[cd.Min] = cd
			}
		}
		for _, w := range tc.want {
			cd, ok := got[w.figure]
			if !ok {
				t.Errorf("%s: no count of %d in %v", tc.name, w.figure, got)
				continue
			}
			whole := 0
			if cd.PartOf != nil {
				whole = cd.PartOf.Min
			}
			if cd.Category != w.category || whole != w.whole || cd.Date != w.date {
				t.Errorf("%s: count of %d is %s of %d on %q, want %s of %d on %q", tc.name, w.figure, cd.Category, whole, cd.Date, w.category, w.whole, w.date)
			}
		}
	}
}
