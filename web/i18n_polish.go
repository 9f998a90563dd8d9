package web

// The words of the incident counts, the labels of enumerations, evidence
// metadata, the audit filters, tags, comments, saved searches and the
// victim-list import.
func init() {
	addMessages(map[string]string{
		"col.killed_recorded": "Killed (acts)", "col.injured_recorded": "Injured (acts)",
		"inc.counts_hint": "Killed and injured count the acts recorded one by one; the reported figure is what a source gave for the whole incident.",
		"inc.recorded":    "The acts recorded: %d killed, %d injured.",
	}, map[string]string{
		"col.killed_recorded": "Muertos (actos)", "col.injured_recorded": "Heridos (actos)",
		"inc.counts_hint": "Muertos y heridos cuentan los actos registrados uno a uno; la cifra informada es la que dio una fuente para todo el incidente.",
		"inc.recorded":    "Los actos registrados: %d muertos, %d heridos.",
	})
}
