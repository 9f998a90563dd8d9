package web

// Words of the report's options on the analyses page (the flags of rastro
// report).
func init() {
	addMessages(map[string]string{
		"rep.title": "Full report:", "rep.incident": "Incident", "rep.lang": "Language",
		"rep.names": "Victims by name (protected persons never)", "rep.html": "Open", "rep.pdf": "Download PDF",
	}, map[string]string{
		"rep.title": "Informe completo:", "rep.incident": "Incidente", "rep.lang": "Idioma",
		"rep.names": "Víctimas por su nombre (nunca las protegidas)", "rep.html": "Abrir", "rep.pdf": "Descargar PDF",
	})
}
