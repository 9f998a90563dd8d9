package web

// The words of the incident counts, the labels of enumerations, evidence
// metadata, the audit filters, tags, comments, saved searches and the
// victim-list import.
func init() {
	addMessages(map[string]string{
		"col.killed_recorded": "Killed (acts)", "col.injured_recorded": "Injured (acts)",
		"inc.counts_hint":  "Killed and injured count the acts recorded one by one; the reported figure is what a source gave for the whole incident.",
		"inc.recorded":     "The acts recorded: %d killed, %d injured.",
		"an.assess_can":    "Which documented deaths and injuries bear the marks the UN Basic Principles and the Minnesota Protocol treat as signs of unlawful force, and which facts are missing, case by case.",
		"an.assess_cannot": "A legal finding: a conclusion says a case may constitute a violation and needs investigation; it depends on what the records hold, and an unknown fact is never taken as met.",
		"an.recon_can":     "Where the official record of rounds fired falls short of the harm the case records document, incident by incident and unit by unit: the gaps an investigation must explain.",
		"an.recon_cannot":  "Who fired the unreported rounds, or that a report is false: one round can wound several people or none, casualties are counted only where documented, and unit lines rest on recorded involvements.",
		"claims.link_to":   "Cite on",
	}, map[string]string{
		"col.killed_recorded": "Muertos (actos)", "col.injured_recorded": "Heridos (actos)",
		"inc.counts_hint":  "Muertos y heridos cuentan los actos registrados uno a uno; la cifra informada es la que dio una fuente para todo el incidente.",
		"inc.recorded":     "Los actos registrados: %d muertos, %d heridos.",
		"an.assess_can":    "Qué muertes y heridas documentadas presentan los indicios que los Principios Básicos de la ONU y el Protocolo de Minnesota consideran señales de uso ilegítimo de la fuerza, y qué hechos faltan, caso por caso.",
		"an.assess_cannot": "Una conclusión jurídica: una conclusión dice que un caso podría constituir una violación y requiere investigación; depende de lo que contienen los registros, y un hecho desconocido nunca se da por cumplido.",
		"an.recon_can":     "Dónde el registro oficial de disparos se queda corto frente al daño que documentan los registros, incidente por incidente y unidad por unidad: las brechas que una investigación debe explicar.",
		"an.recon_cannot":  "Quién hizo los disparos no informados, ni que un informe sea falso: un disparo puede herir a varias personas o a ninguna, las víctimas se cuentan solo donde están documentadas y las líneas por unidad se basan en las participaciones registradas.",
		"claims.link_to":   "Citar en",
	})
}

// The evidence page's metadata, blurring and upload states.
func init() {
	addMessages(map[string]string{
		"ev.metadata": "What the file says", "ev.captured": "Taken", "ev.camera": "Camera", "ev.location": "Where it was taken",
		"ev.duration": "Duration", "ev.dimensions": "Size in pixels", "ev.software": "Software",
		"ev.map_hint": "The dot marks the coordinates the file records; the shaded area is the department.",
		"ev.problems": "Some metadata could not be read:", "ev.graphic": "Marked as graphic violence: blurred until you choose to see it.",
		"ev.show": "Show", "ev.processing": "Received; computing the hash and reading the metadata…", "ev.progress": "Upload progress",
		"ev.incident": "Incident number", "ev.held": "These bytes were already in the locker: nothing new was stored, and the custody log records who handed them over again.",
	}, map[string]string{
		"ev.metadata": "Lo que dice el archivo", "ev.captured": "Tomada", "ev.camera": "Cámara", "ev.location": "Dónde se tomó",
		"ev.duration": "Duración", "ev.dimensions": "Tamaño en píxeles", "ev.software": "Programa",
		"ev.map_hint": "El punto marca las coordenadas que registra el archivo; la zona sombreada es el departamento.",
		"ev.problems": "No se pudieron leer algunos metadatos:", "ev.graphic": "Marcado como violencia explícita: difuminado hasta que decida verlo.",
		"ev.show": "Mostrar", "ev.processing": "Recibido; calculando el hash y leyendo los metadatos…", "ev.progress": "Progreso de la subida",
		"ev.incident": "Número de incidente", "ev.held": "Estos bytes ya estaban en el archivo de evidencias: no se guardó nada nuevo y la cadena de custodia registra quién los volvió a entregar.",
	})
}

// Keyboard and screen-reader paths.
func init() {
	addMessages(map[string]string{
		"a11y.skip": "Skip to the content", "a11y.nav": "Main sections",
	}, map[string]string{
		"a11y.skip": "Ir al contenido", "a11y.nav": "Secciones principales",
	})
}

// The audit log's filters.
func init() {
	addMessages(map[string]string{
		"audit.actor": "User", "audit.any": "any", "audit.record_type": "Record type", "audit.record_id": "Record number",
		"audit.none": "No entry matches.",
	}, map[string]string{
		"audit.actor": "Usuario", "audit.any": "cualquiera", "audit.record_type": "Tipo de registro", "audit.record_id": "Número de registro",
		"audit.none": "Ninguna entrada coincide.",
	})
}

// Tags, comments and saved searches.
func init() {
	addMessages(map[string]string{
		"tags.field": "Tags", "tags.one": "Tag", "tags.hint": "Words of your own to group records, separated by commas.",
		"comments.title": "Comments", "comments.none": "No comments yet.", "comments.new": "Your comment", "comments.send": "Comment",
		"search.title": "Saved searches", "search.name": "Save this search as", "search.save": "Save search",
		"search.hint": "A saved search keeps a list's filter under a name; opening it shows the list as it stands now.",
		"search.list": "List", "search.filter": "Filter", "search.delete": "Delete", "search.none": "No saved searches yet.",
		"nav.searches": "Saved searches", "nav.acts": "Acts", "comments.acts": "Comments on the acts",
	}, map[string]string{
		"tags.field": "Etiquetas", "tags.one": "Etiqueta", "tags.hint": "Palabras propias para agrupar registros, separadas por comas.",
		"comments.title": "Comentarios", "comments.none": "Todavía no hay comentarios.", "comments.new": "Su comentario", "comments.send": "Comentar",
		"search.title": "Búsquedas guardadas", "search.name": "Guardar esta búsqueda como", "search.save": "Guardar búsqueda",
		"search.hint": "Una búsqueda guardada conserva el filtro de una lista con un nombre; al abrirla se ve la lista tal como está ahora.",
		"search.list": "Lista", "search.filter": "Filtro", "search.delete": "Eliminar", "search.none": "Todavía no hay búsquedas guardadas.",
		"nav.searches": "Búsquedas guardadas", "nav.acts": "Actos", "comments.acts": "Comentarios sobre los actos",
	})
}

// The victim-list import.
func init() {
	addMessages(map[string]string{
		"vi.title": "Import a victim list", "vi.hint": "A CSV list (from an ombudsman, a hospital, a human-rights group) becomes a source, each row a person and an act citing the row, and each date and place an incident. A bad row stops the import, naming its line and column; nothing is stored then. Import each list under its own name, then link the lists and estimate.",
		"vi.file": "List (CSV)", "vi.next": "Read the columns", "vi.no_file": "Choose a CSV file.", "vi.preview": "The first rows",
		"vi.mapping": "Which column holds what", "vi.unmapped": "(not in the list)", "vi.whole": "For the whole list",
		"vi.list": "Name of the list (lists of one name count as one list in estimates)", "vi.date": "Date of the events, for rows without one",
		"vi.harm": "What happened, for rows that do not say", "vi.harm_default": "(injured, unless a column says)", "vi.source_title": "Title of the list",
		"vi.protected": "Protect the identities (sealed, seen only by roles that may)", "vi.import": "Import",
		"vi.f.id": "Number in the list", "vi.f.name": "Full name", "vi.f.given": "Given names", "vi.f.surname": "Surname", "vi.f.surname2": "Second surname",
		"vi.f.age": "Age", "vi.f.sex": "Sex", "vi.f.birth": "Date of birth", "vi.f.date": "Date of the events", "vi.f.place": "Place (UBIGEO or name)",
		"vi.f.home": "Home (UBIGEO or name)", "vi.f.harm": "What happened", "nav.victims": "Import a victim list",
	}, map[string]string{
		"vi.title": "Importar una lista de víctimas", "vi.hint": "Una lista CSV (de la Defensoría, un hospital, una organización de derechos humanos) se convierte en una fuente, cada fila en una persona y un acto que citan la fila, y cada fecha y lugar en un incidente. Una fila errónea detiene la importación indicando su línea y columna; entonces no se guarda nada. Importe cada lista con su propio nombre; luego vincule las listas y estime.",
		"vi.file": "Lista (CSV)", "vi.next": "Leer las columnas", "vi.no_file": "Elija un archivo CSV.", "vi.preview": "Las primeras filas",
		"vi.mapping": "Qué contiene cada columna", "vi.unmapped": "(no está en la lista)", "vi.whole": "Para toda la lista",
		"vi.list": "Nombre de la lista (las listas de un mismo nombre cuentan como una sola en las estimaciones)", "vi.date": "Fecha de los hechos, para las filas que no la indican",
		"vi.harm": "Qué ocurrió, para las filas que no lo dicen", "vi.harm_default": "(heridos, salvo que una columna lo diga)", "vi.source_title": "Título de la lista",
		"vi.protected": "Proteger las identidades (selladas, visibles solo para los roles autorizados)", "vi.import": "Importar",
		"vi.f.id": "Número en la lista", "vi.f.name": "Nombre completo", "vi.f.given": "Nombres", "vi.f.surname": "Apellido paterno", "vi.f.surname2": "Apellido materno",
		"vi.f.age": "Edad", "vi.f.sex": "Sexo", "vi.f.birth": "Fecha de nacimiento", "vi.f.date": "Fecha de los hechos", "vi.f.place": "Lugar (UBIGEO o nombre)",
		"vi.f.home": "Domicilio (UBIGEO o nombre)", "vi.f.harm": "Qué ocurrió", "nav.victims": "Importar una lista de víctimas",
	})
}

func init() {
	addMessages(map[string]string{"vi.done": "Imported: %s rows, each a person and an act citing its row in this list."},
		map[string]string{"vi.done": "Importadas: %s filas, cada una una persona y un acto que citan su fila en esta lista."})
}

func init() {
	addMessages(map[string]string{"audit.nobody": "(no user: the command line or the system)"},
		map[string]string{"audit.nobody": "(ningún usuario: la línea de órdenes o el sistema)"})
}

// What went wrong, by error code: the error page's first words, in the
// page's language, before the detail.
func init() {
	addMessages(map[string]string{
		"error.invalid": "What was sent cannot be used:", "error.unauthorized": "Please log in.", "error.forbidden": "Your role may not do this:",
		"error.not_found": "Not found:", "error.conflict": "This clashes with what is stored:", "error.not_implemented": "Not available here:",
		"error.internal": "An internal error; the details are in the server's log.",
	}, map[string]string{
		"error.invalid": "Lo enviado no se puede usar:", "error.unauthorized": "Inicie sesión.", "error.forbidden": "Su rol no puede hacer esto:",
		"error.not_found": "No se encontró:", "error.conflict": "Esto choca con lo guardado:", "error.not_implemented": "No disponible aquí:",
		"error.internal": "Un error interno; los detalles están en el registro del servidor.",
	})
}

func init() {
	addMessages(map[string]string{"inc.map_keys": "with the keyboard, + and − zoom and the arrow keys move"},
		map[string]string{"inc.map_keys": "con el teclado, + y − acercan y alejan y las flechas mueven"})
}
