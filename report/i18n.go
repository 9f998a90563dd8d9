package report

import (
	"fmt"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/labels"
)

// Languages the report is written in.
var Languages = []string{"en", "es"}

// messages is the report's catalogue: every text it prints, by key, in each
// language. A key missing from a language is a test failure, not a blank.
var messages = map[string]map[string]string{
	"en": {
		"title":                          "Use of force against protesters: findings",
		"synthetic":                      "SYNTHETIC DATA — every person, unit, incident and source in this report is invented for demonstration. Nothing here describes real events.",
		"generated":                      "Generated",
		"scope":                          "Scope",
		"scope.all":                      "all records",
		"scope.from":                     "from",
		"scope.to":                       "to",
		"scope.place":                    "place code",
		"scope.incident":                 "incident",
		"traceability":                   "Every number links to the list of acts it counts (section “Acts behind the figures”), and every act to its record and sources.",
		"toc":                            "Contents",
		"headline":                       "Headline figures",
		"h.incidents":                    "incidents",
		"h.acts":                         "acts (what happened to one person)",
		"h.killed":                       "killed",
		"h.injured":                      "injured",
		"h.other":                        "detained, tortured or otherwise harmed",
		"h.live":                         "harmed by live ammunition",
		"h.vital":                        "gunshot wounds to head, neck, chest or abdomen",
		"h.minors":                       "victims who were minors",
		"h.bystanders":                   "victims not protesting (observing, passing by, helping, reporting, medical)",
		"h.extrajudicial":                "deaths that may constitute extrajudicial executions",
		"h.unlawful":                     "acts that may constitute unlawful use of force",
		"h.reported":                     "Sources reported %d deaths for these incidents in total; the figures here count only the acts recorded one by one.",
		"byplace":                        "Victims by department, place and date",
		"byplace.departments":            "By department",
		"byplace.rows":                   "By place and date",
		"col.department":                 "Department",
		"col.place":                      "Place",
		"col.date":                       "Date",
		"col.incidents":                  "Incidents",
		"col.killed":                     "Killed",
		"col.injured":                    "Injured",
		"col.other":                      "Other",
		"col.total":                      "Total",
		"col.act":                        "Act",
		"col.incident":                   "Incident",
		"col.victim":                     "Victim",
		"col.type":                       "Harm",
		"col.munition":                   "Munition",
		"col.wounds":                     "Wounds",
		"col.conclusion":                 "Assessment",
		"col.sources":                    "Sources",
		"col.indicators":                 "Indicators met",
		"col.rules":                      "Rules fired",
		"col.missing":                    "Missing information",
		"col.review":                     "Reviewer",
		"col.unit":                       "Unit",
		"col.agents":                     "Agents reporting fire",
		"col.rounds":                     "Rounds reported",
		"col.calibres_rep":               "Calibres reported",
		"col.calibres_found":             "Calibres found",
		"col.live":                       "Live-ammunition casualties",
		"col.flags":                      "Flags",
		"col.acts":                       "Acts",
		"col.count":                      "Count",
		"col.source":                     "Source",
		"col.publisher":                  "Publisher",
		"col.published":                  "Published",
		"col.kind":                       "Kind",
		"col.cited_by":                   "Cited by acts",
		"map":                            "Map",
		"map.caption":                    "Incidents by place; circle area proportional to the number of victims (red: at least one death). Department boundaries of Peru.",
		"map.key.fatal":                  "at least one killed",
		"map.key.injured":                "injured or otherwise harmed, none killed",
		"map.approx":                     "Dashed circles stand at the centre of the department because the place has no coordinates.",
		"map.none":                       "No basemap was given, so the map is left out.",
		"map.unplaced":                   "%d incidents have no place that can be put on the map.",
		"timeline":                       "Timeline",
		"timeline.caption":               "Incidents over time, one row per department; circle area proportional to the number of victims.",
		"charts":                         "Charts",
		"chart.harm":                     "Victims per day by harm",
		"chart.harm.month":               "Victims per month by harm",
		"chart.regions":                  "Wound regions (acts with a wound recorded there)",
		"chart.munitions":                "Munitions (acts by what caused the harm)",
		"chart.none":                     "No acts to chart.",
		"assessment":                     "Use-of-force assessment",
		"assessment.intro":               "Each act assessed against the UN Basic Principles on the Use of Force and Firearms and the Minnesota Protocol. Conclusions come from versioned rules; a reviewer's decision is shown beside the rule result.",
		"assessment.none":                "The assessment was not run for this report.",
		"chains":                         "Command chains",
		"chains.intro":                   "For each incident, the units involved and the chain above them on the date, with the people posted in command roles. “uncertain” marks links whose dates only may cover the day.",
		"chains.none":                    "Command chains were not computed for this report.",
		"chains.empty":                   "No unit is linked to this incident.",
		"reconciliation":                 "Ammunition reconciliation",
		"reconciliation.intro":           "Official discharge records (agents, rounds, calibres) set against the casualties recorded for the same incident, day and unit.",
		"reconciliation.none":            "The reconciliation was not run for this report.",
		"sources":                        "Sources cited",
		"sources.none":                   "No sources are cited by the records in scope.",
		"register":                       "Incidents and acts",
		"incidents":                      "Incidents",
		"register.acts":                  "Acts",
		"col.title":                      "Title",
		"register.intro":                 "Every incident and act in scope with its record number: the rows the figures lead to.",
		"lists":                          "Acts behind the figures",
		"lists.intro":                    "Each list holds the acts one or more figures count.",
		"uncertain":                      "uncertain",
		"override":                       "overrides to",
		"signed":                         "signed off",
		"victim.n":                       "victim #%d",
		"victim.protected":               "protected",
		"unknown":                        "unknown",
		"none":                           "—",
		"no.acts":                        "No acts are in scope.",
		"rounds_by":                      "%d rounds by %d agents",
		"footer":                         "Made with Rastro. Figures are counts of recorded acts; they show what the records document, not everything that happened.",
		"harm.killed":                    "killed",
		"harm.injured":                   "injured",
		"harm.other":                     "other harm",
		"assessment.rules":               "Rule file version %s.",
		"assessment.overrides":           "%d conclusions overridden by a reviewer.",
		"col.rule":                       "Rule result",
		"col.final":                      "Conclusion that stands",
		"stale":                          "the sign-off was given to a different rule result",
		"chains.units":                   "Units involved",
		"chains.responsible":             "People with command responsibility on the day, nearest to the ground first",
		"col.person":                     "Person",
		"col.role":                       "Role",
		"col.rank":                       "Rank and title",
		"col.level":                      "Level",
		"col.confidence":                 "Confidence",
		"reconciliation.flagged":         "%d incident-days flagged.",
		"col.recovered":                  "Calibres recovered",
		"col.day":                        "Day",
		"col.reported":                   "Reported fire",
		"col.gunshot":                    "Gunshot casualties (killed / injured)",
		"patterns":                       "Patterns",
		"patterns.intro":                 "Regularities across incidents. Each figure says what it can and cannot show; none is evidence of a cause on its own. Intervals are 95% Wilson score intervals.",
		"patterns.none":                  "The pattern analysis was not run for this report.",
		"patterns.vital":                 "Gunshot wounds in the head, neck, chest or abdomen",
		"patterns.profile":               "Victims' profile",
		"patterns.similarity":            "The most alike incidents",
		"patterns.signatures.incident":   "%d incidents with deaths or injuries compared; 1 means the same mix of munitions, wound regions and distances.",
		"patterns.signatures.place":      "%d places compared (all incidents at each); 1 means the same mix of munitions, wound regions and distances.",
		"patterns.signatures.department": "%d departments compared (all incidents in each); 1 means the same mix of munitions, wound regions and distances.",
		"patterns.english":               "(in English)",
		"patterns.poverty":               "Poverty of the victims' home districts",
		"patterns.level.place":           "There are too many incidents for a table of pairs, so the table compares places (all incidents at each).",
		"patterns.level.department":      "There are too many incidents and places for a table of pairs, so the table compares departments (all incidents in each).",
		"patterns.poverty.unknown":       "%d victims have no home district or no poverty rate for it.",
		"can":                            "Can show",
		"cannot":                         "Cannot show",
		"col.share":                      "Share",
		"col.ci":                         "95% interval",
		"col.of":                         "of",
		"col.a":                          "Incident",
		"col.b":                          "Alike incident",
		"col.force_sim":                  "Force similarity",
		"col.units_sim":                  "Units in common",
		"col.victims":                    "Victims",
		"col.mean_district":              "Mean rate of home districts",
		"col.dept_rate":                  "Department rate",
		"col.above":                      "Victims from districts poorer than the department",
		"caveat.vital.can":               "How often recorded gunshot casualties were hit where a wound is likely to kill.",
		"caveat.vital.cannot":            "Intent, or the share among casualties whose wounds were never recorded.",
		"caveat.profile.cannot":          "How the victims compare with the people present: the records count victims, not crowds.",
		"caveat.similarity.can":          "How alike the recorded means, wound locations and distances are across incidents.",
		"caveat.similarity.cannot":       "Whether a common order lies behind a resemblance: similar equipment and training give similar mixes too.",
		"caveat.poverty.can":             "Whether the victims came from districts poorer than their department.",
		"caveat.poverty.cannot":          "The victims' own income: a district rate describes a place, not a person.",
	},
	"es": {
		"title":                          "Uso de la fuerza contra manifestantes: hallazgos",
		"synthetic":                      "DATOS SINTÉTICOS — todas las personas, unidades, incidentes y fuentes de este informe son inventados para una demostración. Nada aquí describe hechos reales.",
		"generated":                      "Generado",
		"scope":                          "Alcance",
		"scope.all":                      "todos los registros",
		"scope.from":                     "desde",
		"scope.to":                       "hasta",
		"scope.place":                    "código de lugar",
		"scope.incident":                 "incidente",
		"traceability":                   "Cada cifra enlaza con la lista de actos que cuenta (sección «Actos detrás de las cifras») y cada acto con su registro y sus fuentes.",
		"toc":                            "Contenido",
		"headline":                       "Cifras principales",
		"h.incidents":                    "incidentes",
		"h.acts":                         "actos (lo que le ocurrió a una persona)",
		"h.killed":                       "personas muertas",
		"h.injured":                      "personas heridas",
		"h.other":                        "personas detenidas, torturadas o dañadas de otro modo",
		"h.live":                         "víctimas de munición letal",
		"h.vital":                        "heridas de bala en cabeza, cuello, tórax o abdomen",
		"h.minors":                       "víctimas menores de edad",
		"h.bystanders":                   "víctimas que no protestaban (observaban, pasaban, auxiliaban, informaban, atendían heridos)",
		"h.extrajudicial":                "muertes que podrían constituir ejecuciones extrajudiciales",
		"h.unlawful":                     "actos que podrían constituir uso ilegítimo de la fuerza",
		"h.reported":                     "Las fuentes informaron de %d muertes en total para estos incidentes; las cifras aquí cuentan solo los actos registrados uno a uno.",
		"byplace":                        "Víctimas por departamento, lugar y fecha",
		"byplace.departments":            "Por departamento",
		"byplace.rows":                   "Por lugar y fecha",
		"col.department":                 "Departamento",
		"col.place":                      "Lugar",
		"col.date":                       "Fecha",
		"col.incidents":                  "Incidentes",
		"col.killed":                     "Muertos",
		"col.injured":                    "Heridos",
		"col.other":                      "Otros",
		"col.total":                      "Total",
		"col.act":                        "Acto",
		"col.incident":                   "Incidente",
		"col.victim":                     "Víctima",
		"col.type":                       "Daño",
		"col.munition":                   "Munición",
		"col.wounds":                     "Heridas",
		"col.conclusion":                 "Evaluación",
		"col.sources":                    "Fuentes",
		"col.indicators":                 "Indicadores presentes",
		"col.rules":                      "Reglas aplicadas",
		"col.missing":                    "Información que falta",
		"col.review":                     "Revisión",
		"col.unit":                       "Unidad",
		"col.agents":                     "Agentes que informan disparos",
		"col.rounds":                     "Disparos informados",
		"col.calibres_rep":               "Calibres informados",
		"col.calibres_found":             "Calibres hallados",
		"col.live":                       "Víctimas de munición letal",
		"col.flags":                      "Alertas",
		"col.acts":                       "Actos",
		"col.count":                      "Número",
		"col.source":                     "Fuente",
		"col.publisher":                  "Editor",
		"col.published":                  "Publicado",
		"col.kind":                       "Tipo",
		"col.cited_by":                   "Citada por los actos",
		"map":                            "Mapa",
		"map.caption":                    "Incidentes por lugar; el área del círculo es proporcional al número de víctimas (rojo: al menos una muerte). Límites departamentales del Perú.",
		"map.key.fatal":                  "al menos una persona muerta",
		"map.key.injured":                "heridos u otro daño, sin muertos",
		"map.approx":                     "Los círculos discontinuos están en el centro del departamento porque el lugar no tiene coordenadas.",
		"map.none":                       "No se proporcionó un mapa base, por lo que se omite el mapa.",
		"map.unplaced":                   "%d incidentes no tienen un lugar que pueda situarse en el mapa.",
		"timeline":                       "Cronología",
		"timeline.caption":               "Incidentes en el tiempo, una fila por departamento; el área del círculo es proporcional al número de víctimas.",
		"charts":                         "Gráficos",
		"chart.harm":                     "Víctimas por día según el daño",
		"chart.harm.month":               "Víctimas por mes según el daño",
		"chart.regions":                  "Regiones de las heridas (actos con una herida registrada allí)",
		"chart.munitions":                "Municiones (actos según lo que causó el daño)",
		"chart.none":                     "No hay actos que graficar.",
		"assessment":                     "Evaluación del uso de la fuerza",
		"assessment.intro":               "Cada acto evaluado según los Principios Básicos de la ONU sobre el Empleo de la Fuerza y de Armas de Fuego y el Protocolo de Minnesota. Las conclusiones provienen de reglas versionadas; la decisión de un revisor se muestra junto al resultado de las reglas.",
		"assessment.none":                "La evaluación no se ejecutó para este informe.",
		"chains":                         "Cadenas de mando",
		"chains.intro":                   "Para cada incidente, las unidades involucradas y la cadena por encima de ellas en la fecha, con las personas en puestos de mando. «incierto» marca los vínculos cuyas fechas solo podrían cubrir el día.",
		"chains.none":                    "Las cadenas de mando no se calcularon para este informe.",
		"chains.empty":                   "Ninguna unidad está vinculada a este incidente.",
		"reconciliation":                 "Conciliación de munición",
		"reconciliation.intro":           "Los registros oficiales de disparos (agentes, disparos, calibres) frente a las víctimas registradas en el mismo incidente, día y unidad.",
		"reconciliation.none":            "La conciliación no se ejecutó para este informe.",
		"sources":                        "Fuentes citadas",
		"sources.none":                   "Los registros del alcance no citan fuentes.",
		"register":                       "Incidentes y actos",
		"incidents":                      "Incidentes",
		"register.acts":                  "Actos",
		"col.title":                      "Título",
		"register.intro":                 "Todos los incidentes y actos del alcance con su número de registro: las filas a las que llevan las cifras.",
		"lists":                          "Actos detrás de las cifras",
		"lists.intro":                    "Cada lista contiene los actos que cuentan una o más cifras.",
		"uncertain":                      "incierto",
		"override":                       "cambia a",
		"signed":                         "confirmado",
		"victim.n":                       "víctima n.º %d",
		"victim.protected":               "protegida",
		"unknown":                        "desconocido",
		"none":                           "—",
		"no.acts":                        "No hay actos en el alcance.",
		"rounds_by":                      "%d disparos de %d agentes",
		"footer":                         "Hecho con Rastro. Las cifras son recuentos de actos registrados; muestran lo que documentan los registros, no todo lo que ocurrió.",
		"harm.killed":                    "muertos",
		"harm.injured":                   "heridos",
		"harm.other":                     "otro daño",
		"assessment.rules":               "Versión del archivo de reglas: %s.",
		"assessment.overrides":           "%d conclusiones cambiadas por un revisor.",
		"col.rule":                       "Resultado de las reglas",
		"col.final":                      "Conclusión vigente",
		"stale":                          "la confirmación se dio a otro resultado de las reglas",
		"chains.units":                   "Unidades involucradas",
		"chains.responsible":             "Personas con responsabilidad de mando ese día, de la más cercana al terreno a la más alta",
		"col.person":                     "Persona",
		"col.role":                       "Función",
		"col.rank":                       "Grado y cargo",
		"col.level":                      "Nivel",
		"col.confidence":                 "Confianza",
		"reconciliation.flagged":         "%d incidentes-día con alertas.",
		"col.recovered":                  "Calibres recuperados",
		"col.day":                        "Día",
		"col.reported":                   "Disparos informados",
		"col.gunshot":                    "Víctimas de bala (muertos / heridos)",
		"patterns":                       "Patrones",
		"patterns.intro":                 "Regularidades entre incidentes. Cada cifra indica lo que puede y no puede mostrar; ninguna prueba una causa por sí sola. Los intervalos son intervalos de Wilson al 95 %.",
		"patterns.none":                  "El análisis de patrones no se ejecutó para este informe.",
		"patterns.vital":                 "Heridas de bala en cabeza, cuello, tórax o abdomen",
		"patterns.profile":               "Perfil de las víctimas",
		"patterns.similarity":            "Los incidentes más parecidos",
		"patterns.signatures.incident":   "Se comparan %d incidentes con muertos o heridos; 1 significa la misma combinación de municiones, regiones de las heridas y distancias.",
		"patterns.signatures.place":      "Se comparan %d lugares (todos sus incidentes); 1 significa la misma combinación de municiones, regiones de las heridas y distancias.",
		"patterns.signatures.department": "Se comparan %d departamentos (todos sus incidentes); 1 significa la misma combinación de municiones, regiones de las heridas y distancias.",
		"patterns.english":               "(en inglés)",
		"patterns.poverty":               "Pobreza de los distritos de origen de las víctimas",
		"patterns.level.place":           "Hay demasiados incidentes para una tabla de pares, por lo que la tabla compara lugares (todos los incidentes de cada uno).",
		"patterns.level.department":      "Hay demasiados incidentes y lugares para una tabla de pares, por lo que la tabla compara departamentos (todos los incidentes de cada uno).",
		"patterns.poverty.unknown":       "%d víctimas no tienen distrito de origen o tasa de pobreza conocida.",
		"can":                            "Puede mostrar",
		"cannot":                         "No puede mostrar",
		"col.share":                      "Proporción",
		"col.ci":                         "Intervalo al 95 %",
		"col.of":                         "de",
		"col.a":                          "Incidente",
		"col.b":                          "Incidente parecido",
		"col.force_sim":                  "Similitud de la fuerza",
		"col.units_sim":                  "Unidades en común",
		"col.victims":                    "Víctimas",
		"col.mean_district":              "Tasa media de los distritos de origen",
		"col.dept_rate":                  "Tasa del departamento",
		"col.above":                      "Víctimas de distritos más pobres que el departamento",
		"caveat.vital.can":               "Con qué frecuencia las víctimas de bala registradas recibieron el disparo donde una herida probablemente mata.",
		"caveat.vital.cannot":            "La intención, ni la proporción entre víctimas cuyas heridas nunca se registraron.",
		"caveat.profile.cannot":          "Cómo se comparan las víctimas con las personas presentes: los registros cuentan víctimas, no multitudes.",
		"caveat.similarity.can":          "Cuánto se parecen entre incidentes los medios, la ubicación de las heridas y las distancias registrados.",
		"caveat.similarity.cannot":       "Si detrás de un parecido hay una orden común: equipos y entrenamientos similares también dan combinaciones similares.",
		"caveat.poverty.can":             "Si las víctimas provenían de distritos más pobres que su departamento.",
		"caveat.poverty.cannot":          "Los ingresos de las propias víctimas: una tasa distrital describe un lugar, no a una persona.",
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
		s = "[[" + key + "]]" // visible, and the tests look for it
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Label names a value an analysis package labels itself (in English): the
// catalogue's name when it has one in the language, else the package's.
func (t translator) Label(kind, value, fallback string) string {
	if s, ok := labels.Lookup(t.lang, kind, value); ok {
		return s
	}
	if fallback == "" {
		return value
	}
	return fallback
}

// caveat gives what a pattern figure can or cannot show: the analysis
// package's own words in English, the catalogue's in other languages (and
// when the package gave none).
func (t translator) caveat(key, english string) string {
	if t.lang == "en" && english != "" {
		return english
	}
	return t.T("caveat." + key)
}

// Enum names an enumerated value (kind "act", "munition", "region"…), or
// gives the value itself when the catalogue does not know it.
func (t translator) Enum(kind, value string) string {
	if s, ok := labels.Lookup(t.lang, kind, value); ok {
		return s
	}
	if value == "" {
		return t.T("unknown")
	}
	return labels.Of(t.lang, kind, value)
}

// Word returns the report's text for key in lang, unformatted, for a front
// end that shows the same words (the web app's disparity section); a key
// the catalogue lacks shows itself in brackets, as in the report.
func Word(lang, key string) string {
	t, err := newTranslator(lang)
	if err != nil {
		t = translator{"en"}
	}
	return t.T(key)
}
