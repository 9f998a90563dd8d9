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
