package web

// Words of the assessment with an uploaded rule file (rastro analyze
// --rules) on the analyses page.
func init() {
	addMessages(map[string]string{
		"an.rules_used":   "Rules used (version %s)",
		"an.rules_file":   "Rule file (JSON, as rastro analyze --rules; blank: the built-in one)",
		"an.reviews_file": "Reviews (JSON array, as --reviews; optional)",
		"an.rules_assess": "Assess with this rule file",
		"an.rules_report": "Report with this rule file",
	}, map[string]string{
		"an.rules_used":   "Reglas aplicadas (versión %s)",
		"an.rules_file":   "Archivo de reglas (JSON, como rastro analyze --rules; en blanco: el incorporado)",
		"an.reviews_file": "Revisiones (arreglo JSON, como --reviews; opcional)",
		"an.rules_assess": "Evaluar con este archivo de reglas",
		"an.rules_report": "Informe con este archivo de reglas",
	})
}
