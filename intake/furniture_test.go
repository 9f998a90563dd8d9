package intake

import "testing"

// TestFurnitureKeepsText holds lines that look like furniture at first
// sight but are article text, beside the notices that are not.
func TestFurnitureKeepsText(t *testing.T) {
	for line, want := range map[string]bool{
		"Photo-journalists covering the march were detained for six hours.":                                                                    false,
		"Mira: nosotros vinimos a protestar pacíficamente.":                                                                                    false,
		"Related - the first hearing is set for May.":                                                                                          true,
		"Copyright 2025 KVRN. All rights reserved.":                                                                                            true,
		"© 2025 Diario del Sur. Todos los derechos reservados.":                                                                                true,
		"Copyright law reserves all rights to the author, the court said.":                                                                     false,
		"Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.": true,
		"Have a news tip?": true,
		"Have a story idea or tip? Email tips@example.org.":                               true,
		"¿Tienes una denuncia? Escríbenos al 999 000 111.":                                true,
		"Have a tip for the police? Call 555-0100, the sheriff's office asked residents.": false,
		"Have a look at the map: the march went past the ministry.":                       false,
		"Subscribe now": true,
		"1 of 6":        true,
		"3 / 12":        true,
		"2 de 5":        true,
		"1.2K":          true,
		"34k":           true,
		"2023":          false, // a year heading in a timeline
		"14:32":         false, // a live blog's entry time
		"1 de mayo":     false,
		"Página 1 de 2": true,
		"Page 3 of 12":  true,
		"Pág. 4 / 9":    true,
		"Reporting by Tomas Ekwueme and Hana Lorrimer; Editing by Ruth Calloway":                               true,
		"(Reporte de Marco Aquino; editado en español por Javier López de Lérida)":                             true,
		"Reporting by the commission found that police fired at the crowd, editors say.":                       false,
		"Reporting by ProPublica showed the same pattern in 2021.":                                             false,
		"This article is part of The Force Files, an investigation into less-lethal weapons. Read the series.": true,
		"Este reportaje forma parte de la serie Fuerza Letal.":                                                 true,
		"This report is part of a wider pattern of abuses, the commission said.":                               false,
	} {
		if got := isFurniture(line); got != want {
			t.Errorf("isFurniture(%q) = %v, want %v", line, got, want)
		}
	}
}
