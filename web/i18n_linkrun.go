package web

// Words of the linkage run's options on the linkage page: the flags of
// rastro link in database mode.
func init() {
	addMessages(map[string]string{
		"lr.options":      "Options (as rastro link's flags)",
		"lr.all_persons":  "every person, not only victims",
		"lr.keep_places":  "compare place names as written (no gazetteer)",
		"lr.block":        "blocking rules, one a line (keys joined by +, /N leaves out blocks of more than N records); blank: chosen from the data",
		"lr.match":        "match threshold (blank: chosen from the model)",
		"lr.review":       "review threshold (blank: 0.3)",
		"lr.max_cluster":  "largest person built automatically (blank: 50)",
		"lr.pair_budget":  "candidate pairs the chosen rules may make (blank: by the number of records)",
		"lr.event_year":   "year the ages were given at (blank: the victims' most common incident year)",
		"lr.no_tf":        "do not adjust agreement on common names and places for their frequency",
		"lr.one_per_list": "each list (source) names a person at most once, as a list its keepers deduplicated: never compare two of its records nor make them one person. Wrong for a list that may name someone twice",
	}, map[string]string{
		"lr.options":      "Opciones (como las de rastro link)",
		"lr.all_persons":  "todas las personas, no solo las víctimas",
		"lr.keep_places":  "comparar los lugares tal como están escritos (sin nomenclátor)",
		"lr.block":        "reglas de bloqueo, una por línea (claves unidas con +, /N deja fuera los bloques de más de N registros); en blanco: elegidas según los datos",
		"lr.match":        "umbral de coincidencia (en blanco: elegido según el modelo)",
		"lr.review":       "umbral de revisión (en blanco: 0,3)",
		"lr.max_cluster":  "persona más grande formada automáticamente (en blanco: 50)",
		"lr.pair_budget":  "pares candidatos que pueden formar las reglas elegidas (en blanco: según el número de registros)",
		"lr.event_year":   "año al que se refieren las edades (en blanco: el año más frecuente de los incidentes de las víctimas)",
		"lr.no_tf":        "no ajustar la coincidencia de nombres y lugares comunes por su frecuencia",
		"lr.one_per_list": "cada lista (fuente) nombra a una persona una sola vez, como una lista que sus responsables ya depuraron de duplicados: no comparar nunca dos de sus registros ni unirlos en una persona. Incorrecto si una lista puede nombrar dos veces a alguien",
	})
}
