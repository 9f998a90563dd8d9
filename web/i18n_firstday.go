package web

// The words of a new user's first day: what to do on an empty case file,
// who decides claims, and the errors of bringing sources in.
func init() {
	addMessages(map[string]string{
		"claims.cannot_review": "Your role (%s) reads the claims but cannot accept, link or reject them: a reviewer or an admin decides them.",
		"claims.decided":       "Claim #%d: %s",
		"dash.empty":           "No incident is recorded yet.",
		"dash.empty_incident":  "Record an incident",
		"dash.empty_import":    "Import a bundle or an ACLED export",
		"an.patterns":          "Patterns across incidents",
		"an.patterns_hint":     "How the force used at each incident compares with the others, the share of gunshot casualties wounded in the head, neck, chest or abdomen, and the victims' profile, each with what it can and cannot show, are in the report (and in the JSON API, as rastro patterns --json).",
		"an.patterns_link":     "Read the patterns in the report",
		"wb.no_documents":      "Choose one or more files, or paste the text.",
		"wb.network_error":     "The connection to the server was lost: look at the sources list before sending the documents again.",
	}, map[string]string{
		"claims.cannot_review": "Su rol (%s) lee las afirmaciones pero no puede aceptarlas, vincularlas ni rechazarlas: las decide un revisor o un administrador.",
		"claims.decided":       "Afirmación n.º %d: %s",
		"dash.empty":           "Todavía no hay ningún incidente registrado.",
		"dash.empty_incident":  "Registrar un incidente",
		"dash.empty_import":    "Importar un paquete o una exportación de ACLED",
		"an.patterns":          "Patrones entre incidentes",
		"an.patterns_hint":     "Cómo se compara la fuerza usada en cada incidente con la de los demás, la proporción de víctimas de disparos heridas en la cabeza, el cuello, el tórax o el abdomen y el perfil de las víctimas, cada cifra con lo que puede y no puede mostrar, están en el informe (y en la API JSON, como rastro patterns --json).",
		"an.patterns_link":     "Leer los patrones en el informe",
		"wb.no_documents":      "Elija uno o varios archivos, o pegue el texto.",
		"wb.network_error":     "Se perdió la conexión con el servidor: mire la lista de fuentes antes de volver a enviar los documentos.",
	})
}
