package web

// Words of the downloads that rastro report export and rastro export also
// write, of the imports of rastro import, and of the public key rastro key
// prints.
func init() {
	addMessages(map[string]string{
		"tr.csv_zip":     "One CSV table per record type (zip)",
		"tr.import_file": "JSON bundle or ACLED CSV",
		"tr.encoding":    "Character set of a CSV",
		"tr.enc_auto":    "detect",
		"tr.acled_hint":  "An ACLED CSV is added to the records already here; a file with an error, which is named by line and column, imports nothing.",
		"tr.acts_csv":    "Acts with their assessment (CSV)",
		"tr.acts_xlsx":   "Acts with their assessment (XLSX)",
		"tr.key":         "Public key",
		"tr.key_hint":    "It checks this installation's custody log and evidence bundles (rastro key prints it too); give the fingerprint to whoever receives a bundle through a channel they trust.",
	}, map[string]string{
		"tr.csv_zip":     "Una tabla CSV por tipo de registro (zip)",
		"tr.import_file": "Paquete JSON o CSV de ACLED",
		"tr.encoding":    "Juego de caracteres de un CSV",
		"tr.enc_auto":    "detectar",
		"tr.acled_hint":  "Un CSV de ACLED se añade a los registros existentes; un archivo con un error, que se indica por línea y columna, no importa nada.",
		"tr.acts_csv":    "Hechos con su evaluación (CSV)",
		"tr.acts_xlsx":   "Hechos con su evaluación (XLSX)",
		"tr.key":         "Clave pública",
		"tr.key_hint":    "Comprueba el registro de custodia y los paquetes de evidencia de esta instalación (también la muestra rastro key); entregue la huella a quien reciba un paquete por un canal de su confianza.",
	})
}
