package web

// The words of a new user's first day: what to do on an empty case file,
// who decides claims, and the errors of bringing sources in.
func init() {
	addMessages(map[string]string{
		"claims.cannot_review": "Your role (%s) reads the claims but cannot accept, link or reject them: a reviewer or an admin decides them.",
		"claims.decided":       "Claim #%d: %s",
		"wb.no_documents":      "Choose one or more files, or paste the text.",
		"wb.network_error":     "The connection to the server was lost: look at the sources list before sending the documents again.",
	}, map[string]string{
		"claims.cannot_review": "Su rol (%s) lee las afirmaciones pero no puede aceptarlas, vincularlas ni rechazarlas: las decide un revisor o un administrador.",
		"claims.decided":       "Afirmación n.º %d: %s",
		"wb.no_documents":      "Elija uno o varios archivos, o pegue el texto.",
		"wb.network_error":     "Se perdió la conexión con el servidor: mire la lista de fuentes antes de volver a enviar los documentos.",
	})
}
