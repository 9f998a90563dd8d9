package web

// Words of the downloads that rastro report export also writes.
func init() {
	addMessages(map[string]string{
		"tr.acts_csv":  "Acts with their assessment (CSV)",
		"tr.acts_xlsx": "Acts with their assessment (XLSX)",
	}, map[string]string{
		"tr.acts_csv":  "Hechos con su evaluación (CSV)",
		"tr.acts_xlsx": "Hechos con su evaluación (XLSX)",
	})
}
