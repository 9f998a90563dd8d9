package report

import (
	"fmt"

	"github.com/rastro-project/rastro"
)

// Languages the report is written in.
var Languages = []string{"en", "es"}

// messages is the report's catalogue: every text it prints, by key, in each
// language. A key missing from a language is a test failure, not a blank.
var messages = map[string]map[string]string{
	"en": {
		"title":                "Use of force against protesters: findings",
		"synthetic":            "SYNTHETIC DATA — every person, unit, incident and source in this report is invented for demonstration. Nothing here describes real events.",
		"generated":            "Generated",
		"scope":                "Scope",
		"scope.all":            "all records",
		"scope.from":           "from",
		"scope.to":             "to",
		"scope.place":          "place code",
		"scope.incident":       "incident",
		"traceability":         "Every number links to the list of acts it counts (section “Acts behind the figures”), and every act to its record and sources.",
		"toc":                  "Contents",
		"headline":             "Headline figures",
		"h.incidents":          "incidents",
		"h.acts":               "acts (what happened to one person)",
		"h.killed":             "killed",
		"h.injured":            "injured",
		"h.other":              "detained, tortured or otherwise harmed",
		"h.live":               "harmed by live ammunition",
		"h.vital":              "gunshot wounds to head, neck, chest or abdomen",
		"h.minors":             "victims who were minors",
		"h.bystanders":         "victims not protesting (observing, passing by, helping, reporting, medical)",
		"h.extrajudicial":      "deaths that may constitute extrajudicial executions",
		"h.unlawful":           "acts that may constitute unlawful use of force",
		"h.reported":           "Sources reported %d deaths for these incidents in total; the figures here count only the acts recorded one by one.",
		"byplace":              "Victims by place and date",
		"col.department":       "Department",
		"col.place":            "Place",
		"col.date":             "Date",
		"col.incidents":        "Incidents",
		"col.killed":           "Killed",
		"col.injured":          "Injured",
		"col.other":            "Other",
		"col.total":            "Total",
		"col.act":              "Act",
		"col.incident":         "Incident",
		"col.victim":           "Victim",
		"col.type":             "Harm",
		"col.munition":         "Munition",
		"col.wounds":           "Wounds",
		"col.conclusion":       "Assessment",
		"col.sources":          "Sources",
		"col.indicators":       "Indicators met",
		"col.rules":            "Rules fired",
		"col.missing":          "Missing information",
		"col.review":           "Reviewer",
		"col.unit":             "Unit",
		"col.agents":           "Agents reporting fire",
		"col.rounds":           "Rounds reported",
		"col.calibres_rep":     "Calibres reported",
		"col.calibres_found":   "Calibres found",
		"col.live":             "Live-ammunition casualties",
		"col.flags":            "Flags",
		"col.acts":             "Acts",
		"col.count":            "Count",
		"col.source":           "Source",
		"col.publisher":        "Publisher",
		"col.published":        "Published",
		"col.kind":             "Kind",
		"col.cited_by":         "Cited by acts",
		"map":                  "Map",
		"map.caption":          "Incidents by place; circle area proportional to the number of victims (red: at least one death). Department boundaries of Peru.",
		"map.key.fatal":        "at least one killed",
		"map.key.injured":      "injured or otherwise harmed, none killed",
		"map.approx":           "Dashed circles stand at the centre of the department because the place has no coordinates.",
		"map.none":             "No basemap was given, so the map is left out.",
		"map.unplaced":         "%d incidents have no place that can be put on the map.",
		"timeline":             "Timeline",
		"timeline.caption":     "Incidents over time, one row per department; circle area proportional to the number of victims.",
		"charts":               "Charts",
		"chart.harm":           "Victims per day by harm",
		"chart.harm.month":     "Victims per month by harm",
		"chart.regions":        "Wound regions (acts with a wound recorded there)",
		"chart.munitions":      "Munitions (acts by what caused the harm)",
		"chart.none":           "No acts to chart.",
		"assessment":           "Use-of-force assessment",
		"assessment.intro":     "Each act assessed against the UN Basic Principles on the Use of Force and Firearms and the Minnesota Protocol. Conclusions come from versioned rules; a reviewer's decision is shown beside the rule result.",
		"assessment.none":      "The assessment was not run for this report.",
		"chains":               "Command chains",
		"chains.intro":         "For each incident, the units involved and the chain above them on the date, with the people posted in command roles. “uncertain” marks links whose dates only may cover the day.",
		"chains.none":          "Command chains were not computed for this report.",
		"chains.empty":         "No unit is linked to this incident.",
		"reconciliation":       "Ammunition reconciliation",
		"reconciliation.intro": "Official discharge records (agents, rounds, calibres) set against the casualties recorded for the same incident, day and unit.",
		"reconciliation.none":  "The reconciliation was not run for this report.",
		"sources":              "Sources cited",
		"sources.none":         "No sources are cited by the records in scope.",
		"register":             "Acts",
		"register.intro":       "Every act in scope, with its record number; the anchors the figures link to.",
		"lists":                "Acts behind the figures",
		"lists.intro":          "Each list holds the acts one or more figures count.",
		"uncertain":            "uncertain",
		"override":             "overrides to",
		"signed":               "signed off",
		"victim.n":             "victim #%d",
		"victim.protected":     "protected",
		"unknown":              "unknown",
		"none":                 "—",
		"no.acts":              "No acts are in scope.",
		"rounds_by":            "%d rounds by %d agents",
		"footer":               "Made with Rastro. Figures are counts of recorded acts; they show what the records document, not everything that happened.",
		"harm.killed":          "killed",
		"harm.injured":         "injured",
		"harm.other":           "other harm",
	},
	"es": {
		"title":                "Uso de la fuerza contra manifestantes: hallazgos",
		"synthetic":            "DATOS SINTÉTICOS — todas las personas, unidades, incidentes y fuentes de este informe son inventados para una demostración. Nada aquí describe hechos reales.",
		"generated":            "Generado",
		"scope":                "Alcance",
		"scope.all":            "todos los registros",
		"scope.from":           "desde",
		"scope.to":             "hasta",
		"scope.place":          "código de lugar",
		"scope.incident":       "incidente",
		"traceability":         "Cada cifra enlaza con la lista de actos que cuenta (sección «Actos detrás de las cifras») y cada acto con su registro y sus fuentes.",
		"toc":                  "Contenido",
		"headline":             "Cifras principales",
		"h.incidents":          "incidentes",
		"h.acts":               "actos (lo que le ocurrió a una persona)",
		"h.killed":             "personas muertas",
		"h.injured":            "personas heridas",
		"h.other":              "personas detenidas, torturadas o dañadas de otro modo",
		"h.live":               "víctimas de munición letal",
		"h.vital":              "heridas de bala en cabeza, cuello, tórax o abdomen",
		"h.minors":             "víctimas menores de edad",
		"h.bystanders":         "víctimas que no protestaban (observaban, pasaban, auxiliaban, informaban, atendían heridos)",
		"h.extrajudicial":      "muertes que podrían constituir ejecuciones extrajudiciales",
		"h.unlawful":           "actos que podrían constituir uso ilegítimo de la fuerza",
		"h.reported":           "Las fuentes informaron de %d muertes en total para estos incidentes; las cifras aquí cuentan solo los actos registrados uno a uno.",
		"byplace":              "Víctimas por lugar y fecha",
		"col.department":       "Departamento",
		"col.place":            "Lugar",
		"col.date":             "Fecha",
		"col.incidents":        "Incidentes",
		"col.killed":           "Muertos",
		"col.injured":          "Heridos",
		"col.other":            "Otros",
		"col.total":            "Total",
		"col.act":              "Acto",
		"col.incident":         "Incidente",
		"col.victim":           "Víctima",
		"col.type":             "Daño",
		"col.munition":         "Munición",
		"col.wounds":           "Heridas",
		"col.conclusion":       "Evaluación",
		"col.sources":          "Fuentes",
		"col.indicators":       "Indicadores presentes",
		"col.rules":            "Reglas aplicadas",
		"col.missing":          "Información que falta",
		"col.review":           "Revisión",
		"col.unit":             "Unidad",
		"col.agents":           "Agentes que informan disparos",
		"col.rounds":           "Disparos informados",
		"col.calibres_rep":     "Calibres informados",
		"col.calibres_found":   "Calibres hallados",
		"col.live":             "Víctimas de munición letal",
		"col.flags":            "Alertas",
		"col.acts":             "Actos",
		"col.count":            "Número",
		"col.source":           "Fuente",
		"col.publisher":        "Editor",
		"col.published":        "Publicado",
		"col.kind":             "Tipo",
		"col.cited_by":         "Citada por los actos",
		"map":                  "Mapa",
		"map.caption":          "Incidentes por lugar; el área del círculo es proporcional al número de víctimas (rojo: al menos una muerte). Límites departamentales del Perú.",
		"map.key.fatal":        "al menos una persona muerta",
		"map.key.injured":      "heridos u otro daño, sin muertos",
		"map.approx":           "Los círculos discontinuos están en el centro del departamento porque el lugar no tiene coordenadas.",
		"map.none":             "No se proporcionó un mapa base, por lo que se omite el mapa.",
		"map.unplaced":         "%d incidentes no tienen un lugar que pueda situarse en el mapa.",
		"timeline":             "Cronología",
		"timeline.caption":     "Incidentes en el tiempo, una fila por departamento; el área del círculo es proporcional al número de víctimas.",
		"charts":               "Gráficos",
		"chart.harm":           "Víctimas por día según el daño",
		"chart.harm.month":     "Víctimas por mes según el daño",
		"chart.regions":        "Regiones de las heridas (actos con una herida registrada allí)",
		"chart.munitions":      "Municiones (actos según lo que causó el daño)",
		"chart.none":           "No hay actos que graficar.",
		"assessment":           "Evaluación del uso de la fuerza",
		"assessment.intro":     "Cada acto evaluado según los Principios Básicos de la ONU sobre el Empleo de la Fuerza y de Armas de Fuego y el Protocolo de Minnesota. Las conclusiones provienen de reglas versionadas; la decisión de un revisor se muestra junto al resultado de las reglas.",
		"assessment.none":      "La evaluación no se ejecutó para este informe.",
		"chains":               "Cadenas de mando",
		"chains.intro":         "Para cada incidente, las unidades involucradas y la cadena por encima de ellas en la fecha, con las personas en puestos de mando. «incierto» marca los vínculos cuyas fechas solo podrían cubrir el día.",
		"chains.none":          "Las cadenas de mando no se calcularon para este informe.",
		"chains.empty":         "Ninguna unidad está vinculada a este incidente.",
		"reconciliation":       "Conciliación de munición",
		"reconciliation.intro": "Los registros oficiales de disparos (agentes, disparos, calibres) frente a las víctimas registradas en el mismo incidente, día y unidad.",
		"reconciliation.none":  "La conciliación no se ejecutó para este informe.",
		"sources":              "Fuentes citadas",
		"sources.none":         "Los registros del alcance no citan fuentes.",
		"register":             "Actos",
		"register.intro":       "Todos los actos del alcance con su número de registro; los anclajes a los que enlazan las cifras.",
		"lists":                "Actos detrás de las cifras",
		"lists.intro":          "Cada lista contiene los actos que cuentan una o más cifras.",
		"uncertain":            "incierto",
		"override":             "cambia a",
		"signed":               "confirmado",
		"victim.n":             "víctima n.º %d",
		"victim.protected":     "protegida",
		"unknown":              "desconocido",
		"none":                 "—",
		"no.acts":              "No hay actos en el alcance.",
		"rounds_by":            "%d disparos de %d agentes",
		"footer":               "Hecho con Rastro. Las cifras son recuentos de actos registrados; muestran lo que documentan los registros, no todo lo que ocurrió.",
		"harm.killed":          "muertos",
		"harm.injured":         "heridos",
		"harm.other":           "otro daño",
	},
}

// enumLabels names the values of the domain's enumerations.
var enumLabels = map[string]map[string]string{
	"en": {
		"act.killed": "killed", "act.injured": "injured", "act.detained": "detained", "act.tortured": "tortured",
		"act.disappeared": "disappeared", "act.threatened": "threatened", "act.other": "other",
		"munition.live_ammunition": "live ammunition", "munition.pellets": "pellets", "munition.rubber_bullets": "rubber bullets",
		"munition.tear_gas_canister": "tear-gas canister", "munition.blunt_force": "blunt force", "munition.other": "other", "munition.": "unknown",
		"region.head": "head", "region.neck": "neck", "region.chest": "chest", "region.abdomen": "abdomen", "region.back": "back",
		"region.pelvis": "pelvis", "region.upper_limb": "arm", "region.lower_limb": "leg",
		"conclusion.extrajudicial_execution":  "may constitute an extrajudicial execution",
		"conclusion.unlawful_force":           "unlawful use of force",
		"conclusion.insufficient_information": "insufficient information",
		"conclusion.no_indication":            "no indication of unlawfulness",
		"relation.child_of":                   "under", "relation.member_of": "member of",
		"role.commander": "commander", "role.deputy_commander": "deputy commander", "role.chief_of_staff": "chief of staff", "role.member": "member",
		"confidence.low": "low confidence", "confidence.medium": "medium confidence", "confidence.high": "high confidence",
		"kind.news": "news", "kind.ngo_report": "NGO report", "kind.official_record": "official record", "kind.autopsy": "autopsy",
		"kind.witness_statement": "witness statement", "kind.media": "media", "kind.dataset": "dataset", "kind.other": "other",
	},
	"es": {
		"act.killed": "muerte", "act.injured": "herida", "act.detained": "detención", "act.tortured": "tortura",
		"act.disappeared": "desaparición", "act.threatened": "amenaza", "act.other": "otro",
		"munition.live_ammunition": "munición letal", "munition.pellets": "perdigones", "munition.rubber_bullets": "balas de goma",
		"munition.tear_gas_canister": "bomba lacrimógena", "munition.blunt_force": "golpes", "munition.other": "otra", "munition.": "desconocida",
		"region.head": "cabeza", "region.neck": "cuello", "region.chest": "tórax", "region.abdomen": "abdomen", "region.back": "espalda",
		"region.pelvis": "pelvis", "region.upper_limb": "brazo", "region.lower_limb": "pierna",
		"conclusion.extrajudicial_execution":  "podría constituir una ejecución extrajudicial",
		"conclusion.unlawful_force":           "uso ilegítimo de la fuerza",
		"conclusion.insufficient_information": "información insuficiente",
		"conclusion.no_indication":            "sin indicios de ilegalidad",
		"relation.child_of":                   "bajo", "relation.member_of": "miembro de",
		"role.commander": "comandante", "role.deputy_commander": "subcomandante", "role.chief_of_staff": "jefe de estado mayor", "role.member": "miembro",
		"confidence.low": "confianza baja", "confidence.medium": "confianza media", "confidence.high": "confianza alta",
		"kind.news": "noticia", "kind.ngo_report": "informe de ONG", "kind.official_record": "registro oficial", "kind.autopsy": "autopsia",
		"kind.witness_statement": "testimonio", "kind.media": "medio audiovisual", "kind.dataset": "conjunto de datos", "kind.other": "otro",
	},
}

// translator prints the catalogue's texts in one language.
type translator struct{ lang string }

func newTranslator(lang string) (translator, error) {
	if lang == "" {
		lang = "en"
	}
	if _, ok := messages[lang]; !ok {
		return translator{}, rastro.Errorf(rastro.EINVALID, "report language %q: want en or es", lang)
	}
	return translator{lang}, nil
}

// T returns the text of key, formatted with args when given.
func (t translator) T(key string, args ...any) string {
	s, ok := messages[t.lang][key]
	if !ok {
		s = key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Enum names an enumerated value (kind "act", "munition", "region"…), or
// gives the value itself when the catalogue does not know it.
func (t translator) Enum(kind, value string) string {
	if s, ok := enumLabels[t.lang][kind+"."+value]; ok {
		return s
	}
	if value == "" {
		return t.T("unknown")
	}
	return value
}
