package web

// Words of the command picture of an incident (rastro chain --incident).
func init() {
	addMessages(map[string]string{
		"chain.title":       "Chain of command",
		"chain.link":        "Chain of command",
		"chain.units":       "Units involved",
		"chain.unit":        "Unit",
		"chain.how":         "How",
		"chain.no_units":    "No unit is tied to this incident by an involvement or a deployment.",
		"chain.persons":     "Persons named in involvements",
		"chain.person":      "Person",
		"chain.responsible": "Persons with command responsibility on the day, up to the highest level",
		"chain.level":       "Level",
		"chain.role":        "Post",
		"chain.period":      "Posted",
		"chain.certainty":   "Certainty",
		"chain.none":        "No one is recorded in command of these units on the day.",
		"chain.graph":       "The chains",
		"chain.svg":         "Download the graph (SVG, as rastro chain --svg)",
	}, map[string]string{
		"chain.title":       "Cadena de mando",
		"chain.link":        "Cadena de mando",
		"chain.units":       "Unidades involucradas",
		"chain.unit":        "Unidad",
		"chain.how":         "Cómo",
		"chain.no_units":    "Ninguna unidad está ligada a este incidente por una participación o un despliegue.",
		"chain.persons":     "Personas nombradas en participaciones",
		"chain.person":      "Persona",
		"chain.responsible": "Personas con responsabilidad de mando ese día, hasta el nivel más alto",
		"chain.level":       "Nivel",
		"chain.role":        "Cargo",
		"chain.period":      "Destinada",
		"chain.certainty":   "Certeza",
		"chain.none":        "No consta nadie al mando de estas unidades ese día.",
		"chain.graph":       "Las cadenas",
		"chain.svg":         "Descargar el gráfico (SVG)",
	})
}
