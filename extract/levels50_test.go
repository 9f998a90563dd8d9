package extract

import "testing"

// TestArrivedListPlace checks that towns listed after a verb of arrival
// under a dateline are where people came from, neither the count's place
// nor lifted to their province (round 50, rzzzzn-04), while people "de"
// a list of towns keep the region the list lies in (rzj-15).
func TestArrivedListPlace(t *testing.T) {
	checkCountCases(t, []countCase{
		{"arrived three", "2019-10-10", "RIOBAMBA.- Al menos 26 personas resultaron heridas ayer en los enfrentamientos en el centro de esta ciudad. Durante la protesta, los comuneros, llegados desde Colta, Guamote y Alausí, retuvieron a ocho uniformados. La Policía detuvo a 12 manifestantes durante los enfrentamientos.", []countWant{{26, "EC:riobamba", "-"}, {8, "EC:riobamba", "-"}, {12, "EC:riobamba", "-"}}},
		{"arrived two", "2019-10-10", "RIOBAMBA.- Al menos 26 personas resultaron heridas ayer en los enfrentamientos en el centro de esta ciudad. Durante la protesta, los comuneros llegados desde Colta y Guamote retuvieron a ocho uniformados.", []countWant{{26, "EC:riobamba", "-"}, {8, "EC:riobamba", "-"}}},
		{"people of a list", "2023-03-15", "PUNO.- La Coordinadora Nacional de Derechos Humanos presentó el lunes 21 denuncias ante el Ministerio Público por las lesiones sufridas por comuneros de Ilave, Juli y Azángaro durante las protestas de enero.", []countWant{{21, "210000", "-"}}},
	})
}
