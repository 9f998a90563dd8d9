package web

import "fmt"

// messages holds the interface's words in English and Spanish; a test
// checks that both have the same keys and that the templates use no other.
var messages = map[string]map[string]string{
	"en": {
		"nav.dashboard": "Dashboard", "nav.incidents": "Incidents", "nav.persons": "Persons", "nav.units": "Units",
		"nav.sources": "Sources", "nav.claims": "Claims", "nav.evidence": "Evidence", "nav.analyses": "Analyses",
		"nav.report": "Report", "nav.transfer": "Import & export", "nav.audit": "Audit log", "nav.logout": "Log out",
		"role.admin": "admin", "role.investigator": "investigator", "role.reviewer": "reviewer", "role.analyst": "analyst",
		"role.viewer": "viewer", "role.guest": "guest",
		"error.title": "Something went wrong",
		"login.title": "Log in", "login.name": "User name", "login.password": "Password", "login.totp": "Authentication code",
		"login.totp_hint": "The six digits from your authenticator app, if your account uses two-factor authentication.",
		"login.submit":    "Log in",
		"dash.title":      "Case file", "dash.synthetic": "SYNTHETIC DATA: invented people in real places, for demonstration only.",
		"dash.incidents": "incidents", "dash.cases": "cases of people killed or injured", "dash.killed": "people killed",
		"dash.extrajudicial": "deaths that may constitute extrajudicial executions", "dash.pending": "claims to review",
		"dash.recon": "Reconciliation of official discharge records", "dash.flagged": "%d incident-days have gaps to explain.",
		"dash.rounds": "Rounds reported", "dash.gunshot_killed": "Killed by gunshot", "dash.flag": "Gap",
		"dash.noflags": "No gaps between reported rounds and casualties.", "dash.headline": "Headline figures",
		"col.place": "Place", "col.date": "Date", "col.title": "Title", "col.reported": "Reported fatalities",
		"col.status": "Status", "col.confidence": "Confidence", "col.type": "Type", "col.victim": "Victim",
		"col.munition": "Munition", "col.wounds": "Wounds", "col.description": "Description", "col.name": "Name",
		"col.age": "Age", "col.occupation": "Occupation", "col.sex": "Sex", "col.contact": "Contact", "col.force": "Force",
		"col.publisher": "Publisher",
		"inc.search":    "Search", "inc.from": "From", "inc.to": "To", "inc.place": "UBIGEO", "inc.filter": "Filter",
		"inc.none": "No incident matches.", "inc.map": "Map", "inc.map_hint": "Scroll to zoom, drag to pan.",
		"inc.nomap": "No basemap is loaded.", "inc.timeline": "Timeline", "inc.edit": "Edit", "inc.acts": "Acts",
		"inc.involvements": "Involvements", "inc.citations": "Citations", "inc.reported": "Sources report %d deaths.",
		"inc.save": "Save", "inc.cancel": "Cancel", "inc.new": "New incident", "inc.create": "Create",
		"inc.assessment": "Use of force", "inc.rule": "Rules", "inc.signed_off": "signed off by %s",
		"inc.overridden": "overridden by %s: %s", "inc.stale": "The rules or records changed since the sign-off.",
		"inc.review": "Review", "inc.sign_off": "Sign off the rule result", "inc.override": "Override",
		"act.killed": "killed", "act.injured": "injured", "act.detained": "detained", "act.tortured": "tortured",
		"act.disappeared": "disappeared", "act.threatened": "threatened", "act.other": "other",
		"act.new": "Add an act", "act.edit": "Edit act", "act.victim_choose": "Person", "act.victim_new": "or a new person, by name",
		"act.wound_count": "Number of wounds", "act.entry_side": "Entry side", "act.weapon": "Weapon", "act.calibre": "Calibre",
		"act.distance": "Distance", "act.activity": "Victim's activity", "act.victim_armed": "Victim armed",
		"act.victim_threat": "Victim posed an imminent threat", "act.autopsy_ref": "Autopsy reference",
		"act.cite": "Add a citation", "act.cite_source": "Source", "act.cite_page": "Page", "act.cite_paragraph": "Paragraph",
		"act.cite_quote": "Quoted words", "tri.yes": "yes", "tri.no": "no",
		"person.new": "New person", "person.edit": "Edit person", "person.aliases": "Aliases (comma-separated)",
		"person.minor": "Minor", "person.ethnicity": "Ethnicity", "person.indigenous": "Indigenous people",
		"person.home_place": "Home place", "person.sealed": "This person's identity and contact are protected: your role neither sees nor changes them.",
		"pager.prev": "Previous", "pager.next": "Next",
		"conflict.title": "Someone else changed this record", "conflict.explain": "You edited version %d, but the record is now at version %d. Nothing of yours was saved. Compare, then save again.",
		"conflict.current": "Stored now", "conflict.theirs": "Your edit", "conflict.again": "Your edit, on the current version",
		"person.protected": "protected",
		"unit.date":        "On", "unit.show": "Show", "unit.chain": "Chain of command on",
		"source.text":  "Text",
		"claims.title": "Claim review queue", "claims.pending": "Pending", "claims.accepted": "Accepted", "claims.linked": "Linked",
		"claims.rejected": "Rejected", "claims.into": "Into", "claims.new": "a new record", "claims.accept": "Accept",
		"claims.link": "Link", "claims.reject": "Reject", "claims.reason": "Reason", "claims.none": "No claims here.",
		"ev.upload": "Upload evidence", "ev.file": "File", "ev.type": "Type", "ev.size": "Bytes", "ev.collected_by": "Collected by",
		"ev.source_url": "Source URL", "ev.labels": "Labels", "ev.note": "Note", "ev.send": "Upload", "ev.download": "Download the original",
		"ev.custody": "Custody log", "ev.action": "Action", "ev.actor": "Who", "ev.hash": "Entry hash",
		"ev.viewed_hint": "Opening the file is recorded in the custody log.",
		"an.report":      "Open the full report", "an.assessment": "Use-of-force assessment", "an.summary": "%d cases assessed: %d killed, %d injured.",
		"an.act": "Act", "an.conclusion": "Rule result", "an.final": "Final", "an.recon": "Discharge records against casualties",
		"tr.export": "Export", "tr.bundle": "JSON bundle", "tr.noexport": "Your role may not export records.",
		"tr.import": "Import", "tr.import_hint": "A JSON bundle can be imported into an empty database only.",
		"audit.record": "Record", "audit.address": "Address", "audit.detail": "Detail",
		"nav.users":      "Users",
		"users.disabled": "Disabled",
		"acct.title":     "Account", "acct.role": "Role", "acct.totp": "Two-factor authentication", "acct.on": "on", "acct.off": "off",
		"acct.expires": "Expires", "acct.tokens": "Personal API tokens", "acct.shown_once": "Your new token (copy it now: it is not shown again):",
		"acct.created": "Created", "acct.last_used": "Last used", "acct.revoke": "Revoke", "acct.token_name": "Name of a new token",
		"acct.create": "Create token", "acct.token_hint": "Send it as Authorization: Bearer TOKEN to the JSON API; see /api/openapi.json.",
	},
	"es": {
		"nav.dashboard": "Resumen", "nav.incidents": "Incidentes", "nav.persons": "Personas", "nav.units": "Unidades",
		"nav.sources": "Fuentes", "nav.claims": "Afirmaciones", "nav.evidence": "Evidencia", "nav.analyses": "Análisis",
		"nav.report": "Informe", "nav.transfer": "Importar y exportar", "nav.audit": "Registro de auditoría", "nav.logout": "Salir",
		"role.admin": "administración", "role.investigator": "investigación", "role.reviewer": "revisión", "role.analyst": "análisis",
		"role.viewer": "lectura", "role.guest": "invitado",
		"error.title": "Algo salió mal",
		"login.title": "Iniciar sesión", "login.name": "Usuario", "login.password": "Contraseña", "login.totp": "Código de autenticación",
		"login.totp_hint": "Los seis dígitos de su aplicación de autenticación, si su cuenta usa verificación en dos pasos.",
		"login.submit":    "Entrar",
		"dash.title":      "Expediente", "dash.synthetic": "DATOS SINTÉTICOS: personas inventadas en lugares reales, solo para demostración.",
		"dash.incidents": "incidentes", "dash.cases": "casos de personas muertas o heridas", "dash.killed": "personas muertas",
		"dash.extrajudicial": "muertes que podrían constituir ejecuciones extrajudiciales", "dash.pending": "afirmaciones por revisar",
		"dash.recon": "Conciliación de los registros oficiales de disparos", "dash.flagged": "%d días-incidente tienen brechas por explicar.",
		"dash.rounds": "Disparos informados", "dash.gunshot_killed": "Muertos por disparo", "dash.flag": "Brecha",
		"dash.noflags": "No hay brechas entre disparos informados y víctimas.", "dash.headline": "Cifras principales",
		"col.place": "Lugar", "col.date": "Fecha", "col.title": "Título", "col.reported": "Muertes informadas",
		"col.status": "Estado", "col.confidence": "Confianza", "col.type": "Tipo", "col.victim": "Víctima",
		"col.munition": "Munición", "col.wounds": "Heridas", "col.description": "Descripción", "col.name": "Nombre",
		"col.age": "Edad", "col.occupation": "Ocupación", "col.sex": "Sexo", "col.contact": "Contacto", "col.force": "Fuerza",
		"col.publisher": "Medio",
		"inc.search":    "Buscar", "inc.from": "Desde", "inc.to": "Hasta", "inc.place": "UBIGEO", "inc.filter": "Filtrar",
		"inc.none": "Ningún incidente coincide.", "inc.map": "Mapa", "inc.map_hint": "Rueda para acercar, arrastre para mover.",
		"inc.nomap": "No hay mapa base cargado.", "inc.timeline": "Cronología", "inc.edit": "Editar", "inc.acts": "Actos",
		"inc.involvements": "Participación", "inc.citations": "Citas", "inc.reported": "Las fuentes informan %d muertes.",
		"inc.save": "Guardar", "inc.cancel": "Cancelar", "inc.new": "Nuevo incidente", "inc.create": "Crear",
		"inc.assessment": "Uso de la fuerza", "inc.rule": "Reglas", "inc.signed_off": "aprobado por %s",
		"inc.overridden": "modificado por %s: %s", "inc.stale": "Las reglas o los registros cambiaron desde la aprobación.",
		"inc.review": "Revisar", "inc.sign_off": "Aprobar el resultado de las reglas", "inc.override": "Modificar",
		"act.killed": "muerte", "act.injured": "herida", "act.detained": "detención", "act.tortured": "tortura",
		"act.disappeared": "desaparición", "act.threatened": "amenaza", "act.other": "otro",
		"act.new": "Añadir un acto", "act.edit": "Editar acto", "act.victim_choose": "Persona", "act.victim_new": "o una persona nueva, por nombre",
		"act.wound_count": "Número de heridas", "act.entry_side": "Lado de entrada", "act.weapon": "Arma", "act.calibre": "Calibre",
		"act.distance": "Distancia", "act.activity": "Actividad de la víctima", "act.victim_armed": "Víctima armada",
		"act.victim_threat": "La víctima representaba una amenaza inminente", "act.autopsy_ref": "Referencia de la autopsia",
		"act.cite": "Añadir una cita", "act.cite_source": "Fuente", "act.cite_page": "Página", "act.cite_paragraph": "Párrafo",
		"act.cite_quote": "Palabras citadas", "tri.yes": "sí", "tri.no": "no",
		"person.new": "Nueva persona", "person.edit": "Editar persona", "person.aliases": "Alias (separados por comas)",
		"person.minor": "Menor de edad", "person.ethnicity": "Etnia", "person.indigenous": "Pueblo indígena",
		"person.home_place": "Lugar de residencia", "person.sealed": "La identidad y el contacto de esta persona están protegidos: su rol no los ve ni los cambia.",
		"pager.prev": "Anterior", "pager.next": "Siguiente",
		"conflict.title": "Otra persona cambió este registro", "conflict.explain": "Usted editó la versión %d, pero el registro ya está en la versión %d. No se guardó nada suyo. Compare y vuelva a guardar.",
		"conflict.current": "Guardado ahora", "conflict.theirs": "Su edición", "conflict.again": "Su edición, sobre la versión actual",
		"person.protected": "protegida",
		"unit.date":        "Fecha", "unit.show": "Mostrar", "unit.chain": "Cadena de mando el",
		"source.text":  "Texto",
		"claims.title": "Cola de revisión de afirmaciones", "claims.pending": "Pendientes", "claims.accepted": "Aceptadas", "claims.linked": "Vinculadas",
		"claims.rejected": "Rechazadas", "claims.into": "En", "claims.new": "un registro nuevo", "claims.accept": "Aceptar",
		"claims.link": "Vincular", "claims.reject": "Rechazar", "claims.reason": "Motivo", "claims.none": "No hay afirmaciones aquí.",
		"ev.upload": "Subir evidencia", "ev.file": "Archivo", "ev.type": "Tipo", "ev.size": "Bytes", "ev.collected_by": "Recogida por",
		"ev.source_url": "URL de origen", "ev.labels": "Etiquetas", "ev.note": "Nota", "ev.send": "Subir", "ev.download": "Descargar el original",
		"ev.custody": "Cadena de custodia", "ev.action": "Acción", "ev.actor": "Quién", "ev.hash": "Hash de la entrada",
		"ev.viewed_hint": "Abrir el archivo queda registrado en la cadena de custodia.",
		"an.report":      "Abrir el informe completo", "an.assessment": "Evaluación del uso de la fuerza", "an.summary": "%d casos evaluados: %d muertes, %d heridos.",
		"an.act": "Acto", "an.conclusion": "Resultado de las reglas", "an.final": "Final", "an.recon": "Registros de disparos frente a víctimas",
		"tr.export": "Exportar", "tr.bundle": "Paquete JSON", "tr.noexport": "Su rol no puede exportar registros.",
		"tr.import": "Importar", "tr.import_hint": "Un paquete JSON solo se puede importar en una base de datos vacía.",
		"audit.record": "Registro", "audit.address": "Dirección", "audit.detail": "Detalle",
		"nav.users":      "Usuarios",
		"users.disabled": "Desactivada",
		"acct.title":     "Cuenta", "acct.role": "Rol", "acct.totp": "Verificación en dos pasos", "acct.on": "activada", "acct.off": "desactivada",
		"acct.expires": "Vence", "acct.tokens": "Tokens personales de la API", "acct.shown_once": "Su nuevo token (cópielo ahora: no se volverá a mostrar):",
		"acct.created": "Creado", "acct.last_used": "Último uso", "acct.revoke": "Revocar", "acct.token_name": "Nombre del nuevo token",
		"acct.create": "Crear token", "acct.token_hint": "Envíelo como Authorization: Bearer TOKEN a la API JSON; vea /api/openapi.json.",
	},
}

// translate looks key up in lang (English when lang has no such word) and
// formats it with args; an unknown key shows itself, which a test forbids.
func translate(lang, key string, args ...any) string {
	s, ok := messages[lang][key]
	if !ok {
		if s, ok = messages["en"][key]; !ok {
			return key
		}
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// addMessages merges a feature's words into the catalogue, so that each part
// of the interface keeps its words in a file of its own (i18n_*.go) and
// calls this from init; a key defined twice is a programming error.
func addMessages(en, es map[string]string) {
	for lang, m := range map[string]map[string]string{"en": en, "es": es} {
		for k, v := range m {
			if _, dup := messages[lang][k]; dup {
				panic("web: message key defined twice: " + k)
			}
			messages[lang][k] = v
		}
	}
}
