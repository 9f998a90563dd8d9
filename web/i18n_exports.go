package web

// Words of the downloads that rastro report export also writes, and of
// the public key rastro key prints.
func init() {
	addMessages(map[string]string{
		"tr.acts_csv":  "Acts with their assessment (CSV)",
		"tr.acts_xlsx": "Acts with their assessment (XLSX)",
		"tr.key":       "Public key",
		"tr.key_hint":  "It checks this installation's custody log and evidence bundles (rastro key prints it too); give the fingerprint to whoever receives a bundle through a channel they trust.",
	}, map[string]string{
		"tr.acts_csv":  "Hechos con su evaluación (CSV)",
		"tr.acts_xlsx": "Hechos con su evaluación (XLSX)",
		"tr.key":       "Clave pública",
		"tr.key_hint":  "Comprueba el registro de custodia y los paquetes de evidencia de esta instalación (también la muestra rastro key); entregue la huella a quien reciba un paquete por un canal de su confianza.",
	})
}
