package web

// Words of the claim's drawn form and page (rastro claim create, update
// and delete on the web).
func init() {
	addMessages(map[string]string{
		"type.claims": "Claim", "field.start": "Span start (byte)", "field.end": "Span end (byte)", "field.text": "Words of the span",
		"field.data": "Structured value (JSON)", "field.record_type": "Record type", "field.record_id": "Record number", "field.note": "Reviewer's reason",
		"claim.new": "Add a claim by hand",
	}, map[string]string{
		"type.claims": "Afirmación", "field.start": "Inicio del tramo (byte)", "field.end": "Fin del tramo (byte)", "field.text": "Palabras del tramo",
		"field.data": "Valor estructurado (JSON)", "field.record_type": "Tipo de registro", "field.record_id": "Número de registro", "field.note": "Motivo del revisor",
		"claim.new": "Añadir una afirmación a mano",
	})
}
