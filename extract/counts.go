package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

var categoryLex = func() *lexicon[string] {
	l := newLexicon[string]()
	l.add("killed", "killed", "dead", "died", "deaths", "death", "fatalities", "fatal victims", "murdered", "lost their lives",
		"shot dead", "killings", "have died", "muertos", "muertas", "muertes", "fallecidos", "fallecidas", "fallecieron",
		"murieron", "perdieron la vida", "asesinados", "asesinadas", "victimas mortales", "victimas fatales", "fallecimientos",
		"homicidios", "homicides", "dead bodies", "bodies", "murio", "fallecio", "muere", "mueren", "fallece",
		"perdio la vida", "fue asesinado", "fue asesinada", "was killed", "died", "fallecido", "fallecida", "muerto", "muerta",
		"asesinado", "asesinada", "decesos", "deceso", "cadaveres", "cuerpos sin vida", "perished", "lives", "vidas", "drowned", "burned to death", "burnt to death",
		"murieron ahogados", "died of", "died from", "de los cuerpos", "of the bodies", "de los cadaveres",
		"deceased", "victims mortal", "victims fatal", "mortal victims", "lost the life", "lost their life", "lost his life", "lost her life", "ahogados", "died drowned",
		// The dead as commemorated: "los 10 caídos", MT "the 10 fallen ones".
		"fallen", "fallen ones", "caidos", "caidas",
		// Killings by their crime's name, as "homicidios" and "killings":
		// "contabilizó 75 asesinatos", "45 murders".
		"asesinatos", "murders")
	l.add("injured", "injured", "wounded", "hurt", "injuries", "heridos", "heridas", "lesionados", "lesionadas", "herido", "herida",
		"resulto herido", "resulto herida", "were hit by", "hit by", "struck by", "been struck by", "were struck by", "heridos de gravedad", "heridas de gravedad",
		"injury", "lesion", "lesiones", "lesionado", "lesionada", "suffered some injury", "sufrieron alguna lesion",
		"lesiones oculares", "eye injuries", "patients", "pacientes",
		// "suffered some type of injury", "sufrieron algún tipo de lesión".
		"suffered some type of injury", "suffered some kind of injury", "suffered some type of injuries", "sufrieron algun tipo de lesion",
		"sufrieron algun tipo de lesiones", "sufrio algun tipo de lesion", "suffered injuries", "sufrieron lesiones",
		// Bruises are injuries: "7 agentes sufrieron contusiones".
		"contusos", "contusas", "contusionados", "contusionadas", "sufrieron contusiones", "suffered contusions", "resulted with contusions",
		"resultaron con contusiones", "with contusions", "con contusiones", "contused", "resulted contused",
		// Beaten people are injured, as the older sets label "were beaten by police".
		"beaten", "badly beaten", "golpeados", "golpeadas", "fueron golpeados", "fueron golpeadas",
		// Needing care is being hurt: "3 minors needed medical attention".
		"needed medical attention", "required medical attention", "needed medical care", "required medical care",
		"needed medical treatment", "required medical treatment", "requirieron atencion medica", "necesitaron atencion medica",
		// Suffering wounds or fractures is being hurt: "seis suboficiales
		// sufrieron heridas de perdigones", "dos policías sufrieron fracturas",
		// MT "resulted with wounds of pellet".
		"sufrieron heridas", "sufrio heridas", "suffered wounds", "sufrieron fracturas", "sufrio fracturas", "suffered fractures",
		"resulted with wounds", "resultaron con heridas", "resulted with fractures", "resultaron con fracturas",
		// Victims of an injury or of a weapon that wounds: "4 víctimas de
		// lesiones oculares", "7 víctimas de perdigones".
		"victimas de lesiones", "victimas de lesiones oculares", "victims of eye injuries", "victims of injuries",
		"victimas de perdigones", "victims of pellets", "victimas de heridas", "victimas de perdigon",
		// Victims named by the shot that hit them: "27 gunshot victims",
		// "12 víctimas de disparos".
		"gunshot victims", "victims of gunshots", "victims of gunfire", "victimas de disparos", "victimas de bala",
		"pellet victims", "victimas de balas", "victims of bullets",
		// Attacks on the body: "28 víctimas de agresiones oculares", "65 de
		// agresiones oculares"; violence "física" names a bodily harm
		// (README, settled in round 26), "institucional" does not.
		"victimas de violencia fisica", "victims of physical violence", "physical violence victims",
		"victimas de agresiones oculares", "victimas de agresiones", "agresiones oculares", "victims of eye attacks", "eye attacks", "eye aggressions", "victims of ocular aggressions",
		// Eye harm by its medical names: "232 victims of ocular injuries",
		// "180 víctimas de traumas oculares".
		"ocular injuries", "victims of ocular injuries", "ocular trauma", "ocular traumas", "victims of ocular trauma", "eye trauma",
		"traumas oculares", "trauma ocular", "victimas de traumas oculares", "victimas de trauma ocular",
		// Losing an eye or its sight: "nine protesters lost an eye", MT "lost
		// the sight of one eye", "perdieron la visión de un ojo".
		"lost an eye", "lost the sight", "lost sight", "lost their sight", "lost the vision", "lost an eye's sight", "lost one eye",
		"perdieron un ojo", "perdieron la vista", "perdieron la vision", "perdio un ojo", "perdio la vista", "perdio la vision")
	// Being shot is an injury, unless the whole it is part of says more:
	// "25 dead, of whom 20 were shot".
	l.add(shotCategory, "were shot", "was shot", "had been shot", "been shot", "recibieron disparos",
		// Struck by what was fired: "tres jóvenes recibieron impactos de
		// arma de fuego", MT "received impacts of bullet".
		"recibieron impactos", "recibio impactos", "received impacts", "received bullet impacts")
	// Wounds as nouns are not a category: "20 presentaban heridas de bala".
	l.add(woundNoun, "heridas de bala", "herida de bala", "heridas de perdigones", "heridas por arma de fuego", "gunshot wounds",
		"bullet wounds", "gunshot wound")
	l.add("killed_or_injured", "killed or injured", "killed or wounded", "killed and injured", "killed and wounded",
		"dead and injured", "dead and wounded", "muertos o heridos", "muertos y heridos", "fallecidos y heridos",
		"fallecidos o heridos", "deaths and injuries", "casualties")
	l.add("detained", "detained", "arrested", "detentions", "arrests", "detainees", "detenidos", "detenidas", "arrestados", "arrestadas",
		"capturados", "capturadas", "captured", "detenciones", "capturas", "taken into custody", "in custody",
		"aprehendidos", "aprehendidas", "aprehendido", "aprehendida", "aprehensiones", "apprehended",
		// "intervenidos" is how Peruvian police reports say detained.
		"intervenidos", "intervenidas", "fueron intervenidos", "fueron intervenidas", "were intervened", "was intervened",
		// Word for word "los intervenidos": "the intervened ones".
		"intervened ones", "detained ones", "arrested ones", "apprehended ones", "aprehended ones",
		// Held by the police: "8,812 people held in police stations",
		// "nine miners are still held at a police station".
		"held in police stations", "held at police stations", "held in police station", "held at a police station",
		"held in a police station", "still held", "were held", "remain held",
		// Held in prison: "permanecen recluidas 21 personas", "jailed".
		"recluidos", "recluidas", "encarcelados", "encarceladas", "jailed", "imprisoned",
		// "12 casos de detención arbitraria": a case there is a person
		// detained, as "casos de tortura" count the tortured.
		"detencion arbitraria", "arbitrary detention", "detenciones arbitrarias", "arbitrary detentions",
		"under arrest", "bajo arresto", "remain in custody", "remain detained", "held in custody", "permanecen detenidos", "siguen detenidos",
		"held in police custody", "in police custody", "taken into police custody",
		// The object between: "police had taken 2,112 people into custody".
		"into custody", "into police custody",
		// Held awaiting trial: "Seis jóvenes … permanecen en prisión
		// preventiva", "remain in pretrial detention".
		"permanecen en prision preventiva", "siguen en prision preventiva", "cumplen prision preventiva", "en prision preventiva",
		"in pretrial detention", "remain in pretrial detention", "in preventive detention", "remain in preventive detention")
	l.add("disappeared", "disappeared", "missing", "desaparecidos", "desaparecidas",
		// Vanishing as a verb, and people not found, by what is unknown of
		// them: "desaparecieron en el lago", "have been unaccounted for",
		// "no han sido ubicadas", MT "continue without being located".
		"desaparecieron", "desaparecio", "unaccounted for", "not located",
		// Still searched for: "two were still being sought".
		"still being sought", "still being searched for", "siguen siendo buscados", "siguen siendo buscadas", "not been located", "not been found",
		"without being located", "without being found", "sin ser ubicados", "sin ser ubicadas", "sin ser localizados",
		"sin ser localizadas", "no han sido ubicados", "no han sido ubicadas", "no han sido localizados",
		"no han sido localizadas", "de paradero desconocido", "whereabouts unknown", "whereabouts are unknown",
		// "84 personas cuyo paradero seguía sin determinarse", MT "continue
		// disappeared"; reports of a disappearance count the missing.
		"cuyo paradero", "whose whereabouts", "continue disappeared", "remain disappeared", "reportes de desaparicion",
		"reports of disappearance",
		// Not yet back: "siguen sin aparecer", MT "continue without
		// appearing"; a request to search for someone is for one missing
		// ("412 solicitudes de búsqueda de personas desaparecidas").
		"sin aparecer", "sin ubicar", "sin localizar", "without appearing", "sin paradero conocido", "without known whereabouts",
		"solicitudes de busqueda", "search requests", "requests for search", "requests to search")
	l.add("tortured", "tortured", "torturados", "torturadas", "torture", "tortura", "torturas")
	l.add("extrajudicial_executions", "extrajudicial executions", "extrajudicial killings", "ejecuciones extrajudiciales",
		"extrajudicially executed", "ejecutados extrajudicialmente")
	l.add("victims", "victims", "victimas")
	l.add(caseUnit, "cases", "casos")
	// Legal steps are counted as cases: "41 case files", "15 denuncias".
	l.add("cases", "complaints", "complaint", "criminal complaints", "lawsuits", "lawsuit", "case files", "investigations",
		"denunciations", "denounces", "denuncias", "denuncia", "querellas", "querella", "demandas", "demanda", "carpetas fiscales",
		"carpetas", "investigaciones", "investigacion", "investigaciones fiscales", "indagaciones", "indagacion", "inquiries", "solicitudes", "legal complaints",
		// Other names of the same legal steps: "1,312 legal actions", "39 quejas", "22 acciones judiciales".
		"legal actions", "acciones legales", "acciones judiciales", "quejas", "queja",
		// Chile's prosecutors count "causas": "1.204 causas por violencia
		// institucional"; bare "por otras causas" are causes of death.
		"causas por", "causas penales", "causas judiciales", "causas abiertas",
		// Word for word "carpetas fiscales": "12 fiscal folders"; MT
		// "procesos", allegations made to a body.
		"fiscal folders", "fiscal files", "prosecutorial files", "allegations", "disciplinary cases", "disciplinary proceedings",
		"procesos disciplinarios")
	// Hospital stays and discharges are neither a count of injured nor of
	// dead: "34 heridos permanecen hospitalizados", "11 were discharged".
	l.add("other", "hospitalized", "hospitalised", "hospitalizados", "hospitalizadas", "hospitalizado", "hospitalizada",
		"still in hospital", "in hospital", "remain hospitalised", "remain hospitalized", "remained hospitalised",
		"remained hospitalized", "internados", "internadas", "internado", "internada", "dados de alta", "dadas de alta",
		"dado de alta", "discharged", "interned", "remain interned", "still being treated", "are still being treated",
		"siguen siendo atendidos", "siguen internados",
		// Kept in hospitals, or still in care there: "75 people remained in
		// hospitals", "siete continúan siendo atendidos", "40 personas están
		// siendo atendidas en los hospitales".
		"in hospitals", "remained in hospitals", "remain in hospitals", "siguen siendo atendidas", "continuan siendo atendidos",
		"continuan siendo atendidas", "siendo atendidos en los hospitales", "siendo atendidas en los hospitales",
		"siendo atendidos en el hospital", "siendo atendidas en el hospital", "being treated in hospitals", "being treated at hospitals",
		"being treated in hospital", "being treated at hospital", "being treated at the hospital", "given discharge", "treated in hospital", "en cuidados intensivos", "in intensive care",
		"en la unidad de cuidados intensivos", "en la uci", "in the intensive care unit", "in the icu", "in intensive cares",
		// Word for word from "en la unidad de cuidados intensivos".
		"in the unit of intensive cares", "in the unit of intensive care", "in the unit of cares intensive",
		// The missing who were found are no longer missing: "1.094 ya
		// fueron ubicadas", MT "were located alive". (Freed detainees are
		// not read so: most sets keep them among the detained.)
		"were located", "were found alive", "found alive", "fueron ubicados", "fueron ubicadas", "fueron localizados",
		"fueron localizadas", "ubicados con vida", "ubicadas con vida", "localizados con vida", "localizadas con vida",
		// Back again: "12 of them were later found", MT "have returned to
		// their homes".
		"were later found", "later found", "were found later", "returned to their homes", "have returned to their homes",
		"regresaron a sus hogares", "retornaron a sus hogares", "volvieron a sus hogares",
		// Turned up alive: "10 aparecieron con vida", MT "10 already
		// appeared with life".
		"aparecieron con vida", "aparecieron sanos y salvos", "appeared alive", "appeared with life", "already appeared with life",
		"have appeared alive", "turned up alive",
		// Held by protesters, not by the state: "ocho efectivos fueron
		// retenidos", MT "31 uniformed ones that were retained".
		"retenidos", "retenidas", "retained", "were retained",
		// The singular after a collective: "Un grupo de 47 militares
		// permanece retenido".
		"permanece retenido", "permanece retenida", "sigue retenido", "sigue retenida", "fueron retenidos", "fueron retenidas", "held hostage",
		"taken hostage", "held by protesters", "being held by protesters", "held by demonstrators",
		// The passive keeps its holders after "were held" (detained when the
		// state holds): "47 officers were held by protesters".
		"were held hostage", "were held by protesters", "were held by demonstrators", "were held by residents",
		"were held by villagers", "were being held by protesters", "were held captive",
		// Kept for surgery or care: "11 were operated", "dos fueron
		// intervenidos quirúrgicamente", "57 requirieron hospitalización",
		// "siete continúan en observación" (patients operated are "other",
		// as 12zg reads them).
		"operated", "were operated", "operated on", "had been operated on", "were operated on", "underwent surgery",
		"intervenidos quirurgicamente", "intervenidas quirurgicamente", "fueron intervenidos quirurgicamente", "fueron intervenidas quirurgicamente", "fueron operados", "fueron operadas", "ser operados", "ser operadas",
		"requirieron hospitalizacion", "required hospitalization", "required hospitalisation", "needed hospitalization",
		"en observacion", "under observation",
		// Still in care or in a grave state there: MT "4 are in intensive
		// therapy", "14 of them remain under treatment", "two of them
		// required surgery", "6 remain in grave state".
		"in intensive therapy", "en terapia intensiva", "under treatment", "remain under treatment", "bajo tratamiento",
		"required surgery", "needed surgery", "requirieron cirugia", "necesitaron cirugia", "remain in grave state",
		"in grave state", "permanecen en estado grave", "continuan en estado grave",
		// Word for word "en estado grave": MT "other 5 remain in state grave".
		"in state grave", "remain in state grave", "remains in state grave",
		// Still in care a long while on, or in a coma: "at least 40 still
		// need treatment", "12 aún requieren tratamiento", MT "of them 3 in
		// state of coma" (in care, as "under treatment" is).
		"still need treatment", "still needs treatment", "still need medical care", "still needs medical care",
		"still require treatment", "still requires treatment", "still require medical care", "still requires medical care",
		"aun requieren tratamiento", "aun necesitan tratamiento", "todavia requieren tratamiento", "todavia necesitan tratamiento",
		"aun requieren atencion medica", "siguen en tratamiento", "in state of coma", "in a coma", "en estado de coma", "en coma")
	// Treated people are injured when treated for injuries, in hospital
	// when treated there, else not a count ("treated for tear gas inhalation").
	l.add(treatedCategory, "were treated", "treated", "atendidos", "atendidas", "atendida", "atendido", "attended", "were attended", "fueron atendidos", "fueron atendidas",
		// Taken somewhere: "other" when it is a hospital ("were taken to
		// hospital", "trasladados al hospital"), else not a count.
		"taken", "trasladados", "trasladadas", "llevados", "llevadas", "evacuated", "evacuados",
		"evacuadas", "transferred", "rushed", "derivados", "derivadas",
		// MT of "derivados": "5 of them were referred to the Regional
		// Hospital". ("Flown to Lima" stays injured, as r11 and wzb-10 read.)
		"referred", "were referred", "derived", "were derived",
		// "Sesenta y cuatro de ellos fueron referidos a hospitales de Juliaca".
		"referidos", "referidas", "fueron referidos", "fueron referidas",
		// Admitted: "were admitted to hospital", "ingresaron al hospital".
		"admitted", "were admitted", "ingresaron", "ingresados", "ingresadas", "fueron ingresados", "fueron ingresadas",
		// Affected: injured when a weapon did it ("afectados por los gases
		// lacrimógenos", "affected by the pellets"), else not a count.
		"afectados", "afectadas", "affected", "were affected", "resultaron afectados", "resultaron afectadas", "resulted affected")
	return l
}()

var whoLex = func() *lexicon[string] {
	l := newLexicon[string]()
	l.add("protesters", "protesters", "protestors", "demonstrators", "marchers", "manifestantes", "protestantes", "protester", "manifestante",
		"strikers", "huelguistas", "paristas", "marchistas", "blockaders", "bloqueadores")
	l.add("young people", "joven", "jovenes", "young", "young man", "young men", "young woman", "boy", "boys", "girl", "girls",
		"teenager", "adolescente", "menor", "nino", "nina", "muchacho", "muchacha")
	l.add("people", "man", "woman", "hombre", "mujer", "comunero", "comunera", "estudiante", "manifestante", "protester", "policia", "soldado", "soldier",
		"people", "persons", "personas", "individuals", "person", "persona", "ciudadanos", "citizens",
		// One officer in a list: "47 en enfrentamientos … y un efectivo policial".
		"efectivo policial", "efectivo militar", "agente policial")
	l.add("civilians", "civilians", "civiles", "civilian", "civil")
	// One person by trade or role: "a driver had died", "un dirigente".
	l.add("people", "driver", "conductor", "chofer", "fisherman", "pescador", "leader", "dirigente", "lider", "farmer", "villager",
		"resident", "vecino", "poblador", "worker", "trabajador", "vendor", "motorcyclist", "mototaxista",
		"workers", "trabajadores", "obreros", "vendors", "vendedores", "drivers", "conductores", "choferes", "transportistas")
	l.add("journalists", "journalist", "periodista", "reporter", "reportero")
	l.add("police officers", "police officers", "policemen", "police", "police agents", "policias", "policia", "agentes policiales",
		"efectivos policiales", "agentes de la policia", "officers", "efectivos", "agentes", "agents", "troopers",
		// Word for word "efectivos": "6 effectives resulted with lesions".
		"effectives", "effective ones", "police officer", "policeman", "officer", "carabinero", "carabineros", "gendarme", "gendarmes",
		// "Doce uniformados y cinco comuneros", "14 uniformed officers".
		"uniformados", "uniformadas", "uniformed officers", "uniformed police", "agents of the police", "uniformed ones")
	l.add("soldiers", "soldiers", "soldados", "militares", "military personnel", "troops", "conscripts",
		// Word for word "militares": "19 policemen and 8 militaries".
		"militaries", "militar")
	l.add("minors", "minors of age", "minors", "menores", "menores de edad", "children", "ninos", "ninas", "adolescents", "adolescentes", "teenagers")
	l.add("students", "students", "estudiantes", "universitarios", "student")
	l.add("journalists", "journalists", "periodistas", "reporters", "reporteros")
	l.add("foreigners", "foreigners", "extranjeros", "extranjeras", "foreign nationals")
	l.add("bystanders", "bystanders", "transeuntes", "passers-by", "passersby", "observers", "observadores")
	l.add("residents", "residents", "pobladores", "vecinos", "villagers", "comuneros", "campesinos", "peasants", "farmers", "indigenous people",
		"nativos", "nativas", "natives", "indigenas", "comunarios", "comunarias")
	l.add("women", "women", "mujeres")
	l.add("men", "men", "hombres", "varones")
	// Members of a body: "Four members of the vendors' association", "Tres
	// integrantes de la ronda campesina".
	l.add("people", "members", "member", "miembros", "integrantes", "socios", "afiliados")
	l.add("health workers", "health workers", "medics", "paramedics", "doctors", "nurses", "medicos", "enfermeros", "enfermeras",
		"nurse", "enfermero", "enfermera")
	l.add("tourists", "tourists", "turistas", "tourist", "turista", "guide", "guia", "guides", "guias")
	return l
}()

var qualifierLex = func() *lexicon[string] {
	l := newLexicon[string]()
	l.add("at_least", "at least", "al menos", "por lo menos", "como minimo", "no less than", "no fewer than", "a minimum of")
	l.add("more_than", "more than", "over", "mas de", "upwards of", "in excess of", "superior a", "more of",
		"superan los", "superan las", "supera los", "supera las", "superan", "exceed", "exceeds",
		"pass the", "passed the", "surpass", "surpass the", "surpassed", "pasan los", "pasan las", "pasaron los", "sobrepasan los")
	l.add("about", "about", "around", "nearly", "almost", "some", "approximately", "roughly", "an estimated", "casi", "cerca de",
		"alrededor de", "unos", "unas", "aproximadamente", "approx", "estimated", "some of")
	l.add("up_to", "up to", "hasta", "as many as", "at most", "como maximo")
	l.add("less_than", "less than", "fewer than", "under", "menos de")
	return l
}()

var subsetLex = func() *lexicon[bool] {
	l := newLexicon[bool]()
	l.add(true, "of which", "of whom", "de los cuales", "de las cuales", "de ellos", "de ellas", "among them", "entre ellos",
		"entre ellas", "between them", "among them all", "including", "incluidos", "incluidas", "incluyendo", "of these", "of those", "de estos", "de estas",
		"among whom", "among those", "among these", "entre los cuales", "entre las cuales", "de esa cifra", "de ese total", "of them",
		// "Del total de detenidos, 192 …", "Of the total of wounded ones, 40 …".
		"del total de", "of the total of", "del total", "of the total",
		// Word for word "de los cuales": MT "ascends to 197, of the which 170".
		"of the which", "of the whom", "of the ones which",
		// "La cifra incluye a 19 carabineros", "the toll includes two
		// police officers": the figure before holds them.
		"incluye a", "incluyen a", "incluye", "incluyen", "includes", "include")
	return l
}()

// woundNoun marks wound nouns in the category lexicon: they are skipped,
// not read as "injured".
const woundNoun = "wound"

// caseUnit marks "cases" in the category lexicon: a unit ("49 cases of
// deaths"), the category comes after it.
const caseUnit = "case_unit"

const (
	shotCategory    = "shot"
	treatedCategory = "treated"
)

// settleTreated gives "treated"/"atendidos" at s[e:] its category.
func settleTreated(s []token, e int) string {
	attended := e > 0 && s[e-1].is("atendidos", "atendidas", "atendida", "atendido", "treated", "attended")
	// "atendidas ayer por heridas", "treated on Sunday for wounds": the
	// day between the verb and its cause.
	e = pastDay(s, e, min(len(s), e+3))
	there := e
	if e < len(s) && s[e].is("there", "alli", "ahi") {
		e = pastDay(s, e+1, min(len(s), e+4)) // "treated there for gunshot wounds on Monday"
	}
	// "by" is how machine translation renders "por": "attended by contusions".
	if e+1 < len(s) && s[e].is("for", "por", "with", "con", "by") {
		// Affected by a weapon is injured; so is treated for its effects
		// ("treated for tear gas inhalation", "for the effects of tear gas").
		if injuryAfter(s, e+1) || weaponAfter(s, e+1) {
			return "injured"
		}
	}
	if attended && e+2 < len(s) && s[e].is("by", "por") && s[e+1].is("the", "el", "la", "los", "las") && (s[e+2].Cap && s[e+2].Text == strings.ToUpper(s[e+2].Text) ||
		s[e+2].is("paramedics", "paramedicos", "medics", "rescuers", "rescatistas", "brigadistas", "bomberos", "firefighters")) {
		// MT "other 22 persons were attended by the SAMU", "atendidos por
		// los paramédicos": an emergency service treated them, so they
		// were hurt ("attended by the health establishments" is a place).
		return "injured"
	}
	if e > 0 && s[e-1].is("afectados", "afectadas", "affected") && (injuryAfter(s, e) || weaponBefore(s, e-1)) {
		// "lanzó gases lacrimógenos y veintiún manifestantes resultaron
		// afectados", MT "dispersed with tear gases the marchers …, and 140
		// persons resulted affected": the weapon named before, in the
		// sentence, did it.
		return "injured"
	}
	for t := e; attended && t+1 < len(s) && t <= e+10; t++ {
		// "atendidas en la red asistencial por lesiones", "treated at
		// the regional network for wounds": the cause past any place in
		// the same clause says they were hurt.
		if s[t].Text == "," {
			// "37 people were treated on Tuesday …, 14 for pellet wounds
			// and the rest for …": the causes come with its parts.
			if _, e, ok := parseQuantity(s, t+1); ok && e+1 < len(s) && s[e].is("for", "por") && (injuryAfter(s, e+1) || weaponAfter(s, e+1)) {
				return "injured"
			}
			// "more than 100 people had been treated, many for bullet
			// wounds", "most of them for …": the cause of the most.
			if e := mostOfThem(s, t+1); e > t+1 && e+1 < len(s) && s[e].is("for", "por") && (injuryAfter(s, e+1) || weaponAfter(s, e+1)) {
				return "injured"
			}
		}
		if s[t].Kind == tokNumber || s[t].Text == "," || s[t].Text == "." || s[t].Text == ";" {
			break
		}
		if s[t].is("for", "por", "by") && (injuryAfter(s, t+1) || weaponAfter(s, t+1)) {
			return "injured"
		}
	}
	for k := e; k < len(s) && k <= e+3; k++ {
		if attended && (s[k].is("centro", "centre", "center", "post", "posta", "puesto") && k+2 < len(s) && s[k+1].is("de") && s[k+2].is("salud") ||
			s[k].is("health", "aid") && k+1 < len(s) && s[k+1].is("centre", "center", "post", "posts", "station", "stations", "tent", "tents")) {
			// "31 atendidos en el centro de salud", "treated at the health
			// post": a health post treats the hurt, it keeps no one (those
			// taken there are still "other").
			return "injured"
		}
		if !attended && (s[k].is("comisaria", "comisarias", "calabozos", "carceleta", "cells", "jail", "prison", "carcel", "penal") ||
			s[k].is("police") && k+1 < len(s) && s[k+1].is("station", "stations", "cells") ||
			// "llevadas a la estación de Policía de Buga", "a una estación policial".
			s[k].is("estacion", "estaciones") && k+1 < len(s) && (s[k+1].is("policial") || k+2 < len(s) && s[k+1].is("de") && s[k+2].is("policia"))) {
			// "16 were taken to the police cells", "trasladados a la
			// comisaría": taken into custody.
			return "detained"
		}
		if hospitalWords[s[k].Norm] || s[k].is("health", "salud", "centros", "centres", "centers", "postas",
			// "treated in emergency rooms", "atendidos en emergencias".
			"emergency", "emergencias", "urgencias") {
			// "atendidas en el hospital de esta ciudad por inhalación de
			// gases", MT "attended in the hospital Carlos Monge Medrano by
			// wounds": a cause past the place still says they were hurt.
			// Those taken or admitted there stay "other", whatever they had.
			for t := k + 1; attended && t+1 < len(s) && t <= k+12; t++ {
				// Past a list of the hospitals' places ("treated in
				// hospitals in Puno, Cusco and Apurímac had been hit by
				// pellets"), not past another clause.
				if s[t].Kind != tokWord && !(s[t].Text == "," && t+1 < len(s) && s[t+1].Cap) {
					break
				}
				if s[t].is("for", "por", "by") && (injuryAfter(s, t+1) || weaponAfter(s, t+1)) {
					return "injured"
				}
			}
			if attended && !(k > 0 && s[k].is("hospital") && s[k-1].is("in")) {
				// Treated there, not kept ("atendidas en el hospital de
				// Chalhuanca", "treated in the health establishments of
				// the region"): hurt, as most sets label them; "in
				// hospital" says they were admitted.
				return "injured"
			}
			return "other"
		}
	}
	if attended && there < len(s) && s[there].is("there", "alli", "ahi") {
		// "a hospital said 11 people were treated there": the place named
		// before treated them.
		for _, t := range s[:there] {
			if hospitalWords[t.Norm] {
				return "injured"
			}
		}
	}
	if e > 0 && s[e-1].is("admitted", "ingresados", "ingresadas", "ingresaron") {
		// "The town's hospital director … said more than 70 people had
		// been admitted": admitted where the sentence names a hospital.
		for _, t := range s {
			if hospitalWords[t.Norm] {
				return "other"
			}
		}
	}
	return ""
}

// pastDay returns the index after the words naming a day ("el miércoles",
// "on Sunday", "ayer") from s[e], reading no further than limit.
func pastDay(s []token, e, limit int) int {
	for e < limit && (weekdays[s[e].Norm] != 0 || s[e].is("el", "this", "este", "esta", "on", "ayer", "yesterday", "hoy", "today", "sunday", "domingo", "anoche")) {
		e++
	}
	return e
}

// backCategoryLex are words before a number that give its category: "the
// death of 49", "killed three", "la cifra de muertos asciende a 49". The
// bool says the figure is a running total.
type backCat struct {
	category string
	running  bool
}

var backCategoryLex = func() *lexicon[backCat] {
	l := newLexicon[backCat]()
	l.add(backCat{"killed", false}, "death of", "deaths of", "killing of", "killings of", "murder of", "muerte de", "muertes de",
		"asesinato de", "fallecimiento de", "killed", "killing", "kills", "mato a", "mataron a", "asesinaron a", "asesino a",
		"killed at least", "shot dead", "matando a", "asesinando a", "claimed the lives of", "took the lives of", "cost the lives of", "cobrado la vida de",
		"cobro la vida de", "cobraron la vida de", "died", "perished", "murio", "cobran la vida de", "costo la vida a", "costado la vida a", "murieron", "fallecieron", "fueron asesinados", "fueron asesinadas", "perdieron la vida",
		"among the dead", "among the dead were", "among those killed", "entre los fallecidos", "entre los muertos", "entre los fallecidos hay",
		"entre los muertos hay", "entre los fallecidos figuran", "entre los muertos figuran", "dead included", "dead include",
		"deceased included", "those killed included", "fallecidos incluyen", "muertos incluyen",
		// Word for word from Spanish: "perdieron la vida 6 personas".
		"lost the life", "lost their lives", "lost their life", "perdio la vida", "caused the death to", "causo la muerte a",
		"causaron la muerte a", "caused the death of", "causo la muerte de",
		// Word for word "el deceso de": "the decease of two persons".
		"decease of", "deceases of", "deceso de", "decesos de",
		// The perfect, verb first: "han muerto 14 personas en Ayacucho".
		"han muerto", "han fallecido", "habian muerto", "habian fallecido", "han perdido la vida", "ha muerto", "ha fallecido",
		// The dead named by their bodies: "laid out the bodies of six
		// men", MT "were found without life the bodies of 6 soldiers".
		"the bodies of", "bodies of", "los cuerpos de", "los cadaveres de", "los restos de")
	l.add(backCat{"injured", false}, "han resultado heridos", "han resultado heridas", "han sido heridos", "han sido heridas",
		"han resultado lesionados", "han resultado lesionadas")
	l.add(backCat{"detained", false}, "han sido detenidos", "han sido detenidas", "han sido arrestados", "han sido arrestadas",
		"han sido aprehendidos", "han sido aprehendidas")
	l.add(backCat{"killed", true}, "death toll", "toll", "number of dead", "number of deaths", "number of people killed",
		"number of fatalities", "cifra de muertos", "cifra de fallecidos", "numero de muertos", "numero de fallecidos",
		"balance de muertos", "cifra de victimas mortales", "numero de victimas mortales", "total de fallecidos", "total de muertos",
		"total de victimas mortales", "total de victimas fatales", "numero de victimas fatales", "cifra de victimas fatales",
		"numero de decesos", "cifra de decesos", "total de decesos", "numero de muertes", "cifra de muertes", "total de muertes",
		"total number of deaths", "total number of dead", "number of victims", "numero de victimas", "cifra de victimas",
		"official death toll", "official toll", "cifra oficial de muertos", "cifra oficial de fallecidos", "numero oficial de muertos",
		"numero oficial de fallecidos",
		// A tally by another noun: "raised its count of deaths … to 62",
		// "el recuento de fallecidos llegó a 19".
		"count of deaths", "count of dead", "tally of deaths", "tally of dead", "death count", "recuento de muertos",
		"recuento de fallecidos", "recuento de muertes", "conteo de muertos", "conteo de fallecidos", "conteo de muertes")
	l.add(backCat{"injured", false}, "injuring", "wounding", "injured", "wounded", "hirio a", "hirieron a", "dejo heridos a",
		"resultaron heridos", "resultaron heridas", "fueron heridos", "herido a", "hiriendo a", "hiriendo", "fueron heridas", "quedaron heridos", "quedaron heridas",
		"among the injured", "entre los heridos", "injured included", "wounded included", "heridos incluyen",
		"resulted injured", "resulted wounded", "resulted with injuries", "resultaron con lesiones", "resulted hurt",
		"resultaron lesionados", "resultaron lesionadas", "fueron lesionados", "fueron lesionadas", "quedaron lesionados",
		// Blows, verb first: "beat 2 students", MT "beaten to 2 students",
		// "golpearon a dos jóvenes".
		"beat", "beating", "beaten to", "golpearon a", "golpeo a", "golpeando a", "golpeado a", "agredieron a", "agredio a",
		"agrediendo a",
		// A harm noun before its people: "the injuries of other 12 persons".
		"injuries of", "injuries to", "lesiones de", "lesiones a", "wounds of", "the wounds of",
		"lesiones oculares de", "eye injuries of", "eye injuries to",
		// A verb of harm with its manner before "a": "hirió de bala a un dirigente".
		"hirio de bala a", "hirieron de bala a", "golpeo a", "golpearon a", "beat", "beating",
		// Medical staff attending people: "atendió a 18 personas tras el
		// desalojo", "attended 22 people on Sunday", MT "attended 16
		// wounded ones".
		"atendio a", "atendieron a", "attended", "treated")
	l.add(backCat{"killed", false}, "resultaron muertos", "resultaron muertas", "resultaron fallecidos", "resultaron fallecidas",
		"resulted dead", "resulted deceased", "resulted killed",
		// MT, the passive first: "were assassinated 5 young ones".
		"were assassinated", "were murdered", "were killed")
	// A second running total whose "number" is left out: "asciende a 18, y
	// el de heridos a 120", "rose to 40, and that of detained to 15".
	for _, c := range []struct {
		cat   string
		nouns []string
	}{{"killed", []string{"muertos", "fallecidos", "dead", "deceased", "deaths", "fatalities", "dead ones"}},
		{"injured", []string{"heridos", "lesionados", "injured", "wounded", "wounded ones", "injured ones"}},
		{"detained", []string{"detenidos", "arrestados", "detained", "detainees", "arrested", "detained ones"}}} {
		for _, n := range c.nouns {
			// Word for word "la de heridos": "the one of wounded ones".
			l.add(backCat{c.cat, true}, "el de "+n, "la de "+n, "that of "+n, "that of the "+n, "the one of "+n)
		}
	}
	// A category noun as the subject of a copula: "the deceased are 48",
	// "los heridos superan los 60", "The wounded by pellets were 300".
	l.add(backCat{"killed", false}, "the deceased", "the dead", "los fallecidos", "los muertos", "las victimas mortales", "the fatalities",
		"the deaths", "las muertes", "los decesos", "the dead ones", "the deceased ones",
		"las personas fallecidas", "las personas muertas")
	l.add(backCat{"killed", true}, "number of deceased", "number of fatalities", "the number of deceased")
	// Word for word "los heridos": "the wounded ones".
	l.add(backCat{"injured", false}, "the wounded ones", "the injured ones")
	l.add(backCat{"injured", false}, "the wounded", "the injured", "los heridos", "las heridas", "los lesionados",
		"number of persons injured", "number of people injured", "number of persons wounded", "the wounded persons",
		// "las personas heridas en Chile durante las protestas son 535".
		"las personas heridas", "las personas lesionadas")
	l.add(backCat{"detained", false}, "the detainees", "the detained", "los detenidos", "the arrested", "los arrestados", "the arrests", "the detentions", "las detenciones",
		"los aprehendidos", "the apprehended", "los capturados", "number detained", "number of persons detained",
		// Word for word "los detenidos", "los intervenidos".
		"the detained ones", "the arrested ones", "the apprehended ones", "the intervened ones",
		"las personas detenidas")
	l.add(backCat{"injured", true}, "number of injured", "number of wounded", "cifra de heridos", "numero de heridos", "total de heridos",
		"cifra oficial de heridos", "numero oficial de heridos",
		// A tally of one injury, as Chile's INDH kept it: "the number of
		// persons with ocular injuries ascends to 197", "la cifra de
		// personas con lesiones oculares llegó a 222".
		"number of persons with ocular injuries", "number of people with eye injuries", "number of persons with eye injuries",
		"number of people with ocular injuries", "number of eye injuries", "number of ocular injuries",
		"cifra de personas con lesiones oculares", "numero de personas con lesiones oculares", "numero de lesiones oculares",
		"cifra de lesiones oculares", "cifra de personas con trauma ocular", "numero de personas con trauma ocular")
	l.add(backCat{"detained", false}, "arrested", "detained", "arrest of", "detention of", "detuvieron a", "detuvo a",
		"fueron detenidos", "fueron detenidas", "fueron arrestados", "quedaron detenidos",
		"fueron aprehendidos", "fueron aprehendidas", "fueron capturados", "fueron capturadas", "fueron arrestadas",
		"arrestaron a", "detencion de", "detenido a", "detenida a", "arrestado a", "capturado a", "capturo a", "capturaron a",
		"detained at least", "deteniendo a", "detaining", "arresting",
		// Machine translation keeps Spanish "aprehender": "aprehended to 12 persons".
		"aprehended", "aprehended to", "apprehended to",
		// The verb alone, when a day stands before "a": "aprehendieron el jueves a 19".
		"detuvieron", "detuvo", "arrestaron", "arresto", "capturaron", "capturo", "aprehendieron", "aprehendio", "aprehendio a", "aprehendieron a", "aprehendiendo a", "aprehension de",
		// Word for word "la aprehensión de": "reported the apprehension of 67 persons".
		"apprehension of", "capture of", "captura de",
		"apprehended", "captured",
		// Peruvian police reports say "intervenir a" for arrest: "intervinieron a
		// 18 personas", word for word "the police intervened 26 persons".
		"intervinieron a", "intervino a", "intervinieron", "intervino", "interviniendo a", "intervened", "intervened to",
		"resultaron detenidos", "resultaron detenidas", "quedaron detenidas", "resultaron arrestados", "resultaron arrestadas",
		"permanecen recluidos", "permanecen recluidas", "permanecen detenidos", "permanecen detenidas", "remain jailed")
	// The missing by what is unknown of them, or the verb first: "se
	// desconoce el paradero de 41 personas", "the disappearance of 9
	// youths", "permanecen desaparecidos dos jóvenes", MT "are disappeared
	// 3 young ones".
	l.add(backCat{"disappeared", false}, "paradero de", "whereabouts of", "disappearance of", "desaparicion de",
		"are disappeared", "permanecen desaparecidos", "permanecen desaparecidas", "siguen desaparecidos", "siguen desaparecidas",
		"estan desaparecidos", "estan desaparecidas", "remain disappeared", "remain missing",
		// MT "Continue missing other 2 effectives", "continúan desaparecidos".
		"continue missing", "continue disappeared", "continuan desaparecidos", "continuan desaparecidas", "still missing",
		// Not found, verb first: "seguían sin ser ubicadas 41 personas".
		"sin ser ubicados", "sin ser ubicadas", "sin ser localizados", "sin ser localizadas", "without being located", "without being found",
		// Reported as missing: "reportó como desaparecidas a 87 personas",
		// MT "Reported … as disappeared 87 persons".
		"as disappeared", "as missing", "como desaparecidos", "como desaparecidas", "como desaparecidos a", "como desaparecidas a")
	l.add(backCat{"disappeared", true}, "lista de desaparecidos", "numero de desaparecidos", "cifra de desaparecidos",
		"number of missing", "number of missing people", "list of missing", "list of the missing", "number of disappeared")
	l.add(backCat{"other", false}, "retuvieron a", "retuvo a", "retienen a", "retained to", "were retained", "fueron retenidos", "fueron retenidas",
		// Still held, verb first: MT "Remain retained by comuneros 3
		// policemen", "permanecen retenidos 17 policías".
		"remain retained", "continue retained", "permanecen retenidos", "permanecen retenidas", "siguen retenidos", "siguen retenidas",
		"were located", "were located alive", "fueron ubicados", "fueron ubicadas", "fueron localizados",
		"fueron localizadas")
	// Verb first, word for word from Spanish: "were hospitalized 7 persons".
	l.add(backCat{"other", false}, "were hospitalized", "were hospitalised", "fueron hospitalizados", "fueron hospitalizadas",
		"were interned", "fueron internados", "fueron internadas",
		// MT "already were discharged 25", "fueron dados de alta 25".
		"were discharged", "fueron dados de alta", "fueron dadas de alta", "were given discharge")
	l.add(backCat{"detained", true}, "number of detainees", "number of detained", "cifra de detenidos", "numero de detenidos",
		"number of arrests", "figure of detained", "figure of detainees", "figure of arrested", "total de detenidos")
	// "The number of people detained …" is a running total like "the
	// number of detainees", in either language.
	l.add(backCat{"detained", true}, "number of people detained", "number of people arrested", "number of persons arrested",
		"number of arrested", "numero de personas detenidas", "cifra de personas detenidas", "numero de arrestados")
	l.add(backCat{"injured", true}, "number of people wounded", "number of people hurt", "numero de personas heridas",
		"cifra de personas heridas", "numero de lesionados", "cifra de lesionados")
	l.add(backCat{"killed", true}, "number of persons killed", "number of people dead", "numero de personas fallecidas",
		"cifra de personas fallecidas", "numero de personas muertas")
	// Word for word from "la cifra de muertos": "the figure of dead".
	l.add(backCat{"killed", true}, "figure of dead", "figure of deaths", "figure of deceased", "figure of the dead", "figure of fatalities")
	l.add(backCat{"injured", true}, "figure of injured", "figure of wounded", "figure of the wounded", "figure of the injured")
	return l
}()

// unitNouns after a number make it something other than people: "five days
// of protest", "four rounds", "17 years old".
var unitNouns = map[string]bool{
	"days": true, "day": true, "weeks": true, "week": true, "months": true, "month": true, "years": true, "year": true,
	"hours": true, "hour": true, "minutes": true, "rounds": true, "round": true, "shots": true, "shot": true, "bullets": true,
	"times": true, "km": true, "kilometres": true, "kilometers": true, "metres": true, "meters": true, "percent": true,
	"%": true, "soles": true, "dollars": true, "dolares": true, "dias": true, "dia": true, "semanas": true, "meses": true,
	"anos": true, "ano": true, "horas": true, "minutos": true, "disparos": true, "balas": true, "cartuchos": true,
	"tiros": true, "veces": true, "kilometros": true, "metros": true, "por": true, "pm": true, "am": true, "h": true,
	"regions": true, "regiones": true, "provinces": true, "provincias": true, "departments": true, "departamentos": true,
	"roads": true, "carreteras": true, "vias": true, "ammunition": true, "municiones": true, "pages": true, "paginas": true,
	"cities": true, "ciudades": true, "blockades": true, "bloqueos": true, "points": true, "puntos": true, "sectors": true,
	"necropsias": true, "autopsies": true, "autopsias": true, "families": true, "familias": true, "conflicts": true, "conflictos": true,
	// Things seized or burned beside people detained or hurt: "retained 6
	// boats and detained 30", "quemaron 4 vehículos".
	"boats": true, "vessels": true, "lanchas": true, "botes": true, "embarcaciones": true, "vehicles": true, "vehiculos": true,
	"cars": true, "trucks": true, "buses": true, "camiones": true, "motorcycles": true, "motos": true, "buildings": true,
	// Parts of the body: "three of whom lost sight in one eye".
	"eye": true, "eyes": true, "ojo": true, "ojos": true, "leg": true, "legs": true, "pierna": true, "piernas": true,
}

// fillers may stand between a number, its people and its category.
var fillers = map[string]bool{
	"were": true, "was": true, "have": true, "has": true, "had": true, "been": true, "being": true, "are": true, "is": true,
	"reportedly": true, "allegedly": true, "also": true, "more": true, "other": true, "others": true, "of": true, "de": true,
	"fueron": true, "han": true, "habrian": true, "habian": true, "sido": true, "resultaron": true, "quedaron": true,
	"mas": true, "otros": true, "otras": true, "que": true, "who": true, "they": true, "people": true, "whom": true,
	"there": true, "as": true, "result": true, "resultado": true, "como": true, "later": true, "left": true,
	"leaving": true, "dejando": true, "dejo": true, "dejaron": true, "con": true, "confirmed": true,
	"confirmados": true, "registered": true, "registrados": true, "reported": true, "reportados": true, "total": true,
	"a": true, "the": true, "los": true, "las": true, "el": true, "la": true, "en": true, "y": true, "and": true,
	"it": true, "hubo": true, "se": true, "registraron": true, "all": true, "todos": true, "ultimately": true,
}

var modalLex = func() *lexicon[bool] {
	l := newLexicon[bool]()
	l.add(true, "may constitute", "may be", "could constitute", "could be", "might be", "possible", "posibles", "posible",
		"presuntas", "presuntos", "presunta", "presunto", "podrian constituir", "podrian ser", "habrian sido", "alleged",
		"would be", "would constitute", "probable", "probables")
	return l
}()

type countHit struct {
	data       CountData
	start, end int
	tokEnd     int // index of the token after the hit, in its sentence
	numI, numJ int // the number's tokens
}

// findCounts reads every number in the sentence that counts people killed,
// injured, detained…, skipping the numbers a discharge report used.
func (d *doc) findCounts(pi, si int, s []token, used map[int]bool) {
	sp := sentenceSpan(s)
	var spots []countSpot
	var totals []int // spots of "in total N" counts
	defer func() {
		d.setCountPlaces(pi, si, s, spots)
		d.linkParts(s, spots, totals)
		d.shockedDetainees(s, spots)
		d.syncPartRefs(spots)
		d.setCountDates(pi, si, s, spots)
		d.datelineCounts(pi, s, spots)
		d.coordinatedScene(s, spots)
		d.sitePlace(pi, s, spots)
		d.clashTollPlace(pi, s, spots)
		d.sinceTotalPlace(pi, s, spots)
		d.alsoTotalPlace(pi, s, spots)
		d.heldOnlyToll(pi, s, spots)
		d.heldPartPlace(pi, s, spots)
		d.nationalPartPlace(s, spots)
		d.townBodyTotal(pi, s, spots)
		d.nationalTollPlace(s, spots)
		d.strikeDaysPlace(s, spots)
		for _, c := range spots {
			d.claims[c.claim].Summary = countSummary(d.claims[c.claim].Data.(CountData))
		}
		d.dropSingles(s, spots)
	}()
	// Counts of people without a category wait for a coordinated one that
	// has it: "9 civilians and two police officers were injured".
	var pending []countHit
	lastEnd := -1 // token end of the last count emitted in this sentence
	var last CountData
	whole := -1 // the claim of a count introduced as a whole ("Of the 49 …")
	sentCat := sentenceCategory(s)
	emit := func(h countHit) {
		if po := h.data.PartOf; po != nil && po.Min <= h.data.Min && !h.data.Vague {
			// "…, 11 por hechos vinculados a los bloqueos y 7 en accidentes.
			// Puno concentra 28 de esas muertes": a part is smaller than its
			// whole; past a list's last item it is of the list's whole.
			h.data.PartOf = nil
			for _, r := range d.countRefs {
				if d.claims[r].Start == po.Start {
					if w := d.claims[d.rootWhole(r)]; w.Data.(CountData).Min > h.data.Min {
						setPartOf(&h.data, w)
					}
				}
			}
			if h.data.PartOf == nil && h.data.Category == po.Category {
				// "48 civiles fallecieron … y otros once en accidentes.
				// Puno concentra 21 de esos fallecidos": an earlier whole of
				// that kind in the paragraph large enough to hold it.
				if w := d.lastCountWhere(span{d.paras[pi].Start, po.Start}, func(_ int, cd CountData) bool {
					return cd.Category == po.Category && cd.PartOf == nil && cd.Min > h.data.Min
				}); w >= 0 {
					setPartOf(&h.data, d.claims[w])
				}
			}
		}
		if po := h.data.PartOf; po != nil && partAfter(s, h.numJ) {
			// "42 of the more than 100 wounded …, nine of them in intensive
			// care": of the part that heads the phrase in this sentence.
			for _, r := range d.countRefs {
				if d.claims[r].Start == po.Start {
					if p := d.headPart(span{s[0].Start, h.start}, r); p >= 0 && d.claims[p].Data.(CountData).Min > h.data.Min {
						cat := h.data.Category
						setPartOf(&h.data, d.claims[p])
						h.data.Category = cat
					}
				}
			}
		}
		k := d.add(rastro.ClaimCount, h.start, h.end, countSummary(h.data), h.data)
		d.countRefs = append(d.countRefs, k)
		spots = append(spots, countSpot{claim: k, i: h.numI, j: h.numJ})
	}
	for i := 0; i < len(s); i++ {
		if used[i] {
			continue
		}
		if n, e, ok := ordinalDeath(s, i); ok {
			// "the sixth person to die in the Ayacucho region since …", "la
			// quinta víctima mortal en la provincia": a running total.
			h := countHit{data: CountData{Figure: n, Min: n, Max: n, Qualifier: "exact", Category: "killed", RunningTotal: true},
				start: s[i].Start, end: s[e-1].End, numI: i, numJ: i + 1}
			emit(h)
			i = e - 1
			continue
		}
		if n, k, ok := loneMembers(s, i); ok {
			// "A 15-year-old boy and a university student were among the
			// eight people killed": lone people, counted together, are a
			// part of the whole after the copula.
			if whole, ok := d.wholeAt(s, k); ok {
				h := countHit{data: CountData{Figure: n, Min: n, Max: n, Qualifier: "exact"},
					start: s[i].Start, end: s[k-3].End, numI: i, numJ: i + 1}
				takeWhole(&h, whole)
				emit(h)
				i = k - 1
				continue
			}
		}
		q, j, ok := parseQuantity(s, i)
		if !ok && s[i].is("a", "an") {
			// "A police officer was burned to death", "leaving a teenager
			// dead": one person, as Spanish "Un policía murió" is; and
			// the object of a harm verb ("killing a fisherman", "the
			// death of a young man") wherever the clause puts it.
			q, j, ok = quantity{Min: 1, Max: 1}, i+1, singleVictim(s, i+1) || harmObject(s, i) || joinedSingle(s, i) || harmedOne(s, i+1)
		}
		if !ok && diedTheNamed(s, i) {
			// MT "Died the soldier Luis Chimbo and resulted wounded 12
			// military": one named victim after the verb, as "Died a
			// comunero and resulted wounded other 7" is; dropSingles keeps
			// it only joined to a count.
			q, j, ok = quantity{Min: 1, Max: 1}, i+1, true
		}
		if !ok || q.Decimal != "" {
			continue
		}
		if yearAt(s, i) {
			continue // a year
		}
		if j < len(s) && (unitNouns[s[j].Norm] && (s[j].Norm != "por" || j+1 < len(s) && s[j+1].is("ciento")) && !bodyInjury(s, j) || s[j].Text == "%" || s[j].Text == "/" || clockTime(s, j)) {
			// "por" is a unit only in "por ciento": "61 por perdigones"
			// counts people; "suman 26: 21 en …" opens a breakdown.
			continue
		}
		if thingAhead(s, j) {
			continue // "56 neighborhood police posts were damaged"
		}
		if j+1 < len(s) && s[j].Text == "-" && s[j+1].is("year", "years", "ano", "anos") {
			continue // "a 16-year-old boy": an age
		}
		if i > 0 && ((monthNames[strings.TrimSuffix(s[i-1].Norm, ".")] != 0 || s[i-1].Text == "." && i > 1 && monthNames[s[i-2].Norm] != 0) && s[i].Kind == tokNumber && (!peopleAt(s, j) || dayAfterPreposition(s, i)) || s[i-1].Text == "/" || s[i-1].Text == ":" && i > 1 && s[i-2].Kind == tokNumber && s[i-1].End == s[i].Start || s[i-1].Text == "#" || s[i-1].is("no", "nro", "number", "numero", "article", "articulo", "ley", "law", "decreto", "page", "pagina") && !numberVerb(s, i-1)) {
			continue
		}
		if _, wd := weekdays[s[max(i-1, 0)].Norm]; wd && i > 0 && s[i].Kind == tokNumber && !peopleAt(s, j) {
			continue // "los enfrentamientos del martes 10 en esta ciudad": a day
		}
		if i > 1 && s[i-1].is("day", "dia") && s[i-2].is("the", "el", "del", "on") && s[i].Kind == tokNumber && !peopleAt(s, j) {
			continue // "el día 20 la policía intervino a 8", MT "The day 20 the police …": a day
		}
		if j+1 < len(s) && s[j].is("de", "of") && monthNames[s[j+1].Norm] != 0 && (s[j].is("de") || s[j+1].Cap) || j < len(s) && s[j].Cap && monthNames[strings.TrimSuffix(s[j].Norm, ".")] != 0 && s[i].Kind == tokNumber {
			continue // "9 de enero", "12 January", "the 12 of January"
		}
		if j+2 < len(s) && s[j].is("y", "and", "to", "a", "-") && s[j+1].Kind == tokNumber && s[j+2].is("anos", "years", "year") {
			continue // an age range: "entre 17 y 25 años"
		}
		if chargedBefore(s, i) && !officerNounAt(s, j) {
			continue // "charged three protesters over the deaths of …": the accused, not victims
		}
		if s[i].is("un", "una", "a", "an") && indefiniteNumber(s, j) {
			continue // "an undetermined number of marchers", "un número indeterminado": no figure
		}
		if s[i].is("un", "una", "a", "an") && j < len(s) && s[j].is(ordinals...) && !(lastEnd >= 0 && clauseJoined(s, lastEnd, i)) {
			continue // "un segundo policía": which one, not how many
		}
		if i > 0 && j+1 < len(s) && s[i-1].is("from", "de", "desde") && s[j].is("to", "a", "hasta") && isNumberStart(s, j+1) {
			continue // "from 12 to 17": the figure superseded by the next
		}
		if i > 1 && s[i-1].is("of", "de") && s[i-2].is("mother", "father", "parent", "madre", "padre", "grandmother", "grandfather", "abuela", "abuelo") {
			continue // "a mother of three died", "una madre de tres hijos": her children, not a count
		}
		if j == i+1 && j < len(s) && s[j].is("of", "de") && s[i].is("one", "uno", "una") {
			continue // "one of the victims": a member, not a count
		}
		if i >= 3 && s[i-1].is("the", "los", "las") && s[i-2].is("of", "de") && isNumberStart(s, i-3) && !q.Vague && d.namedBackWhole(s[i].Start, q.Min) >= 0 {
			// "Relatives of the 18 people killed … 15 of the 18 died of
			// gunshot wounds": the whole named back by its figure alone is
			// the count before, not a new one.
			i = j - 1
			continue
		}
		if o, _, ok := namedBackOpening(s, min(len(s), j+2)); ok && o+2 == i && j < len(s) && s[j].is("victims", "victimas") {
			// "Of the 18 victims, 15 had bullet wounds", "that of the 10
			// victims, 4 were students" after "the 18 deaths", "the 10
			// deceased ones": the victims are the count named before, not
			// a new one.
			if k := d.namedBackWhole(s[i].Start, q.Min); k >= 0 && d.claims[k].Data.(CountData).Category == "killed" {
				i = j - 1
				continue
			}
		}
		hit, ok := d.countAt(s, i, j, q)
		if !ok {
			i = j - 1
			continue
		}
		hit.numI, hit.numJ = i, j
		if s[i].is("un", "una") && hit.data.Category == "" && hit.data.Who == "" && !loneBeforeCount(s, i, j) &&
			!(lastEnd >= 0 && j < len(s) && s[j].Text == "." && placeListItem(s, lastEnd, i, j)) &&
			// "dos en Quito y una en Sucumbíos": the list's last item by place.
			!(lastEnd >= 0 && j+1 < len(s) && s[j].is("en", "in") && s[j+1].Cap && elliptic(s, lastEnd, i, j)) {
			continue // an article: "acceso a un abogado", not "…, Puno dos y Arequipa una."
		}
		if b := tokenIndex(s, hit.start); whole >= 0 && b > 1 && hit.start < s[i].Start && s[b].is("the", "los", "las") && s[b-1].is("and", "y") {
			// "…, de las cuales 239 por armas de fuego, y los detenidos
			// suman 2.410": a new subject closes the list of parts.
			whole = -1
		}
		if hit.data.Category != "" && hit.data.PartOf == nil && whole >= 0 && d.claims[whole].Start >= sp.Start && !hit.data.RunningTotal && !othersAt(s, i, j) &&
			hit.data.Min < d.claims[whole].Data.(CountData).Min {
			// "de los 329 detenidos en el Cusco, al menos 40 sufrieron
			// torturas": a part keeps its whole even with a kind of its own;
			// a larger count is none ("seis fallecidos —cinco en … y uno en
			// Chincheros— y 89 heridos").
			setPartOf(&hit.data, d.claims[whole])
		}
		if hit.data.Category != "" && hit.data.PartOf == nil && hit.start < s[i].Start {
			// "Were discharged 6 of the 9 persons that remained
			// hospitalized": a verb before the number gives the part its
			// kind, the count after "of the" is its whole.
			if cat := hit.data.Category; d.memberOf(s, j, &hit) {
				hit.data.Category = cat
			}
		}
		if hit.data.PartOf == nil && breakdownItem(s, i, j) {
			// "El mayor número se concentró en la región Puno (512),
			// seguida de Lima (241)", "Santa Cruz accounted for the most
			// arrests (97), followed by Cochabamba (61)": a ranked
			// breakdown is of the last whole counted before it: in an
			// earlier sentence or before a colon, not a first item of the
			// list ("Puno with 21 fallecidos, Apurímac with 8").
			limit := sp.Start
			for t := i - 1; t >= 0; t-- {
				if s[t].Text == ":" {
					limit = s[t].Start
					break
				}
			}
			k := d.lastWholeIn(span{d.paras[pi].Start, limit}, q.Min)
			v, ok := subjectCategory(s, i)
			own := !ok && hit.data.Category != ""
			if own {
				// "Cochabamba, con 11 fallecidos, seguido de La Paz, con
				// 10" after deaths, injuries and arrests: an item's own
				// noun says which whole.
				v, ok = hit.data.Category, true
			}
			if !ok && lastEnd >= 0 && last.Category != "" {
				// "Cochabamba concentra 13 víctimas fatales, seguida de La
				// Paz con 11": the ranking's first item says which whole.
				v, ok = last.Category, true
			}
			shared := -1
			if ok && !own && lastEnd >= 0 && len(d.countRefs) > 0 {
				// "Puno concentra 21 de esos fallecidos, seguido de Ayacucho,
				// con 10": the first item is a part, and the items after it
				// are of its whole, not of a smaller count between.
				if po := d.claims[d.countRefs[len(d.countRefs)-1]].Data.(CountData).PartOf; po != nil && po.Category == v && po.Min > q.Min {
					for _, r := range d.countRefs {
						if d.claims[r].Start == po.Start {
							shared = r
						}
					}
				}
			}
			if shared >= 0 {
				k = shared
			} else if ok {
				// "la mayoría de las muertes se registraron en Cochabamba,
				// con 11": the subject names which whole.
				if kk := d.lastCountWhere(span{d.paras[pi].Start, limit}, func(ref int, cd CountData) bool {
					return cd.PartOf == nil && cd.Min > q.Min && cd.Category == v && !d.dropped[ref]
				}); kk >= 0 {
					k = kk
				} else if own {
					k = -1 // no whole of its kind: the item stands alone
				}
			}
			if k >= 0 {
				hit.data.Category = ""
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if hit.data.Category == "" {
			if d.memberOf(s, j, &hit) {
				// "five of the 40 wounded died": a part of the next count.
			} else if d.colonWhole(s, i, j, &hit) {
				// "Nueve comuneros, siete estudiantes y un menor: así se
				// reparten los 17 civiles fallecidos": parts before the whole.
			} else if whole >= 0 && d.claims[whole].Start >= sp.Start && (hit.data.Who != "" || j < len(s) && s[j].Kind == tokWord && !s[j].Cap) && !(partAfter(s, j) && d.lastCountIn(sp) != whole) {
				// "Of the 49 people killed, 11 were minors" ("12 of them"
				// after a later count is that count's part); what befell the
				// part in its own predicate, "de las 24 personas detenidas …,
				// siete denunciaron haber sido golpeadas", is its kind.
				setPartOf(&hit.data, d.claims[whole])
				if v, ok := partState(s, j, hit.data.Category); ok {
					hit.data.Category = v
				}
			} else if k := d.enclosingCount(hit.start); k >= 0 && partAfter(s, j) {
				// "Sixty-two people, 40 of them Bolivian nationals, were
				// detained": a part in the aside of the whole around it.
				setPartOf(&hit.data, d.claims[k])
			} else if k := d.wholeOfPart(s, j, span{d.paras[pi].Start, hit.start}); k >= 0 && (partAfter(s, j) && (!q.Vague || q.Qual == "at_least" && partHasState(s, j, d.claims[k])) || listed(s, i, j) && d.claims[k].Start >= sp.Start) {
				// "39 de ellas", "cuatro de ellos": a part of the last count;
				// "12 muertos en Apurímac, seis en Ayacucho": the same kind.
				if partAfter(s, j) {
					setPartOf(&hit.data, d.claims[k])
				} else {
					// A list's later items are parts of what its first was:
					// "De ellos, 45 en Abancay, 38 en Andahuaylas".
					pd := d.claims[k].Data.(CountData)
					hit.data.Category, hit.data.PartOf = pd.Category, pd.PartOf
				}
			} else if v, ok := subjectCategory(s, i); ok && mostInApposition(s, i, j) {
				// "La mayoría de los homicidios, 25, ocurrieron en Cali": the
				// most of a whole of that kind, in apposition.
				hit.data.Category = v
				if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
					return cd.Category == v && cd.PartOf == nil && cd.Min > q.Min
				}); k >= 0 {
					setPartOf(&hit.data, d.claims[k])
				}
			} else if v, ok := subjectCategory(s, i); ok && listed(s, i, j) {
				// "Las muertes se registraron en Andahuaylas (4), Chincheros
				// (2)": the sentence's subject says what is counted.
				hit.data.Category = v
			}
		}
		if pc := hit.data.PartOf; pc != nil && pc.Category == "injured" && hit.data.Category == "injured" && j < len(s) {
			if _, ok := stayInHospital(s, j); ok || stayBefore(s, i) {
				// "Of the 52 people injured …, 11 remain in the city's
				// hospital"; MT "continued hospitalized 4 of the 11 wounded"
				hit.data.Category = "other"
			}
		}
		if hit.data.Category == "victims" && hit.data.PartOf == nil && j+1 < len(s) && s[j].is("of", "de") && s[j+1].is("the", "los", "las") {
			// "67 deaths …, and 12 of the victims were under 18": the
			// victims are the count's, of its kind.
			if k := d.lastCountIn(span{d.paras[pi].Start, hit.start}); k >= 0 && d.claims[k].Data.(CountData).Category != "victims" {
				hit.data.Category = ""
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if hit.data.Category == "victims" && hit.data.PartOf == nil {
			// "… los fallecidos sumaban 67 en todo el país … Por regiones,
			// Puno suma 28 víctimas": victims counted after a whole of one
			// harm in an earlier sentence are a part of it, of its harm.
			if k := d.lastWholeIn(span{d.paras[pi].Start, sp.Start}, hit.data.Min); k >= 0 {
				if pd := d.claims[k].Data.(CountData); pd.Category == "killed" || pd.Category == "injured" {
					hit.data.Category = ""
					setPartOf(&hit.data, d.claims[k])
				}
			}
		}
		if hit.data.Category == "victims" && hit.data.PartOf == nil && (killingAfter(s, tokenIndex(s, hit.end-1)+1) || killingBefore(s, i)) {
			// "las diez víctimas de la matanza del 15 de diciembre", "the
			// 10 victims of the Senkata massacre", "Un año después de la
			// masacre …, los familiares de las tres víctimas": a
			// massacre's victims are its dead.
			hit.data.Category = "killed"
		}
		if hit.data.Category == "victims" && hit.data.PartOf == nil && hit.data.Unit == "cases" && i > 1 && s[i-1].is("in", "en") && s[i-2].Text == ";" {
			// "1,617 victims of physical violence …, and 2,005 arbitrary
			// detentions; in 74 cases the victims suffered eye injuries":
			// "in N cases" after a semicolon is "N of them" (README, round
			// 26), of the last whole of a harm its victims can be.
			if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
				return cd.PartOf == nil && cd.Min > hit.data.Min && (cd.Category == "killed" || cd.Category == "injured")
			}); k >= 0 {
				hit.data.Category = ""
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if disappearance(s, j) && hit.data.Category == "" {
			hit.data.Category = "disappeared" // "11 disappearances"
		}
		if pc := hit.data.PartOf; pc != nil && hit.data.Category == pc.Category && partAfter(s, j) {
			if v, ok := partState(s, j+2, pc.Category); ok {
				hit.data.Category = v // "dos de ellos fueron evacuados a Arequipa"
			} else if pc.Category == "other" && withInjury(s, j+2) {
				// MT "remain hospitalized 28 wounded ones, 19 of them with
				// impacts of firearm projectile": the part named by its
				// wound is injured, as "of them two with impacts" is.
				hit.data.Category = "injured"
			}
		}
		if hit.data.Category != "" && hit.data.PartOf == nil && partAfter(s, j) {
			// "dos de ellos permanecen internados": a part, with its own kind.
			if k := d.lastCountIn(span{d.paras[pi].Start, hit.start}); k >= 0 {
				pd := d.claims[k].Data.(CountData)
				hit.data.PartOf = &CountRef{Start: d.claims[k].Start, End: d.claims[k].End, Min: pd.Min, Category: pd.Category}
			}
		}
		if hit.data.PartOf == nil && hit.data.Category != "" {
			// "16 casos de tortura y malos tratos entre los detenidos", "9
			// injuries among the detainees": a part of the last count of
			// the kind named after it, of another kind than its own.
			he := tokenIndex(s, hit.end-1) + 1
			for t := he; t+2 < len(s) && t <= he+4 && s[t].Kind == tokWord; t++ {
				if !s[t].is("entre", "among") || !s[t+1].is("los", "las", "the") {
					continue
				}
				if v, _, ok := categoryLex.match(s, t+2); ok && v != hit.data.Category && (v == "detained" || v == "injured" || v == "killed") {
					if k := d.lastCountOfKind(span{d.paras[pi].Start, hit.start}, v); k >= 0 && d.claims[k].Data.(CountData).Min > hit.data.Min {
						setPartOf(&hit.data, d.claims[k])
					}
				}
			}
		}
		oj := j
		if j > i+1 && j+1 < len(s) && s[j-1].is("of", "de") && s[j].is("the", "los", "las") {
			oj = j - 1 // "a dozen of the cases": the amount took its "of"
		}
		if hit.data.PartOf == nil && oj+2 < len(s) && s[oj].is("of", "de") && s[oj+1].is("the", "los", "las", "those", "these", "esas", "esos", "estas", "estos") {
			// "Three of the wounded were flown to Cusco": a part of the
			// last count of that kind, as "three of them" is.
			if v, ve, ok := categoryLex.match(s, oj+2); ok {
				if v == caseUnit {
					v = "cases" // "A dozen of the cases concern people shot"
				}
				k := d.lastCountIn(span{d.paras[pi].Start, hit.start})
				if k >= 0 && d.claims[k].Data.(CountData).Category != v && v != "victims" {
					// "tres de los detenidos presentaban lesiones" after "y 9
					// funcionarios resultaron lesionados": the last count of
					// the kind named, when the part has a kind of its own.
					k = d.lastCountOfKind(span{d.paras[pi].Start, hit.start}, v)
				}
				if k >= 0 && d.claims[k].Data.(CountData).Min <= hit.data.Min {
					k = d.rootWhole(k)
				}
				if w, _, ok := whoLex.match(s, ve); ok {
					// MT "resulted wounded 9 protesters and 4 police … 3 of
					// the wounded protesters": the count of those people.
					if kw := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
						return cd.Category == v && cd.Who == w && cd.Min > hit.data.Min
					}); kw >= 0 {
						k = kw
					}
				}
				if k >= 0 {
					// "nueve de las víctimas": the victims of the count before,
					// whatever its kind.
					if pd := d.claims[k].Data.(CountData); (pd.Category == v || v == "victims" && pd.Category != "cases") && pd.Min > hit.data.Min {
						hit.data.PartOf = &CountRef{Start: d.claims[k].Start, End: d.claims[k].End, Min: pd.Min, Category: pd.Category}
						if hit.data.Category == "" && v == "cases" {
							hit.data.Category = v
						}
						if w := pd.PartOf; w != nil && w.Category == v && w.Min > pd.Min {
							// "60 personas, entre ellas 14 menores, … varios de
							// los capturados": the whole, not its last part.
							hit.data.PartOf = w
						}
						if sub := d.namedSubWhole(s, ve, hit.data.PartOf, hit.data.Min); sub >= 0 {
							setPartOf(&hit.data, d.claims[sub])
						}
					}
				}
			} else if w, _, ok := whoLex.match(s, oj+2); ok {
				// "Once policías y seis civiles resultaron heridos … dos de
				// los civiles presentan traumatismo": a part of the last
				// count of the people it names.
				if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
					return cd.Who == w && cd.Min > hit.data.Min
				}); k >= 0 {
					setPartOf(&hit.data, d.claims[k])
					if hit.data.Category == "" {
						hit.data.Category = d.claims[k].Data.(CountData).Category
					}
				}
			}
		}
		subset, wholeCategory := d.subsetBefore(s, i)
		if subset && hit.data.Category == "" && wholeCategory != "" {
			hit.data.Category = wholeCategory
		}
		if _, verb := relativeVerbKind(s, i); subset && hit.data.Category == "" && hit.data.Who == "" && !d.subsetAdjacent(s, i) && !verb {
			subset = false // "varias de ellas no tuvieron acceso a un abogado"
		}
		if para := (span{d.paras[pi].Start, hit.start}); subset && wholeCategory != "" && d.lastCountOfKind(para, wholeCategory) < 0 {
			// MT "The deceased … ascend already to six. Between the wounded
			// there are 16 police": with no count of the kind the opening
			// names, the number counts that kind itself, not a part of
			// another kind's count.
			if k := d.lastCountIn(para); k >= 0 && hit.data.Category == d.claims[k].Data.(CountData).Category {
				hit.data.Category = wholeCategory
			}
			subset = false
		}
		if subset && len(d.countRefs) > 0 && d.claims[d.countRefs[len(d.countRefs)-1]].Start >= d.paras[pi].Start {
			parent := d.claims[d.countRefs[len(d.countRefs)-1]]
			if parent.Start < sp.Start && wholeCategory == "" && !peopleNamedBefore(s, i) {
				// "…: 68 en el hospital, 31 en el centro de salud y ocho en
				// postas. Del total, 41 …": a later sentence's subset is of
				// the whole a list broke down, not of the list's last item
				// ("Del total de civiles" names its item).
				parent = d.claims[d.listWhole(d.countRefs[len(d.countRefs)-1])]
				if figureSubject(s) {
					// "…, de las cuales 27 tuvieron que ser hospitalizadas.
					// La cifra incluye a 19 carabineros": the figure named
					// back is the whole, not its last part.
					parent = d.claims[d.rootWhole(d.countRefs[len(d.countRefs)-1])]
				}
			}
			if pd := parent.Data.(CountData); wholeCategory != "" && (pd.Category != wholeCategory || pd.PartOf != nil) {
				// "… 366 heridos y 154 detenidos. Del total de heridos, 120
				// …": the whole is the last count of the kind it names;
				// "226 injured, among them 123 with pellet wounds. Of the
				// injured, 35 …": the whole, not its last part.
				if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
					return cd.Category == wholeCategory && cd.PartOf == nil
				}); k >= 0 {
					parent = d.claims[k]
				}
			}
			pd := parent.Data.(CountData)
			hit.data.PartOf = &CountRef{Start: parent.Start, End: parent.End, Min: pd.Min, Category: pd.Category}
			if hit.data.Category == "" {
				hit.data.Category = pd.Category
				if pd.Category == "other" && withInjury(s, j) {
					hit.data.Category = "injured" // "hospitalized 7 persons, of them two with impacts of firearm projectile"
				}
			}
			if v, ok := relativeVerbKind(s, i); ok && hit.data.Category == pd.Category && v != pd.Category && partKindOf(pd.Category, v) {
				// MT "ascends to 122, of which remain hospitalized 14": what
				// befell the part, said between the relative and its number.
				hit.data.Category = v
			}
			if hit.data.Who == "" && hit.data.Category != "extrajudicial_executions" {
				hit.data.Who = pd.Who
			}
			if v, ok := partState(s, j, pd.Category); ok && hit.data.Category == pd.Category && ((v == "injured" || v == "cases") && pd.Category == "detained" || v == "other" && pd.Category == "disappeared" || v == "extrajudicial_executions" && pd.Category == "killed") {
				// "De ellas, nueve denunciaron haber sido golpeadas", MT "of
				// which 230 denounced mistreatments" (complaints), "of
				// which 38 were found", "of which at least 20 could amount
				// to extrajudicial executions": what befell a part of the
				// detainees, the missing or the dead, opened before its
				// number.
				hit.data.Category = v
			}
			if _, ok := stillInHospital(s, j); ok && pd.Category == "injured" && hit.data.Category == pd.Category {
				// "de los cuales cinco permanecen en el Hospital del
				// Norte": a part of the injured still in hospital.
				hit.data.Category = "other"
			}
		}
		if k := d.lastCountIn(sp); k >= 0 && hit.data.PartOf == nil && hit.data.Category != "" && d.partsOpened(s, i, d.claims[k]) {
			// "De ellos, 14 son policías y militares, y cuatro continúan
			// hospitalizados": a later part of the same opening.
			whole := *d.claims[k].Data.(CountData).PartOf
			hit.data.PartOf = &whole
		}
		if o, n, ok := namedBackOpening(s, i); ok && hit.data.PartOf == nil {
			// "… when 10 people were killed. Of the 10, at least six were
			// shot in the chest": the figure alone names back its whole,
			// whose kind the part keeps, what befell it aside; so do "Of
			// the 18 victims," after "the 18 deaths" and a reported "that
			// of the 10 victims,".
			if k := d.namedBackWhole(s[o+2].Start, n); k >= 0 && (s[o+3].Text == "," || d.claims[k].Data.(CountData).Category == "killed") {
				setPartOf(&hit.data, d.claims[k])
				hit.data.Category = hit.data.PartOf.Category
				if v, ok := partState(s, j, hit.data.Category); ok {
					hit.data.Category = v
				}
			}
		}
		listItem := false // a later item of a list of parts of cases or victims, which keeps its own kind
		if k := d.lastCountIn(sp); k >= 0 && hit.data.PartOf == nil && hit.data.Category != "" && d.listedAfterPart(s, i, d.claims[k]) {
			// "1.876 casos de violencia policial, entre ellos 37
			// homicidios, 963 detenciones arbitrarias y 28 víctimas de
			// agresiones oculares": the list's later items break down the
			// same whole of mixed harms.
			whole := *d.claims[k].Data.(CountData).PartOf
			hit.data.PartOf = &whole
			listItem = true
		}
		if k := d.lastCountIn(span{d.paras[pi].Start, hit.start}); k >= 0 && complaintGround(s, j) {
			// "126 complaints …, of which 34 are for injuries and 12 for
			// arbitrary detention", "42 complaints of disappearance and 19
			// of sexual violence": after a count of complaints, a number
			// with only what it is over counts complaints too.
			if pd := d.claims[k].Data.(CountData); pd.Category == "victims" && pd.PartOf == nil {
				// "2,520 legal actions on behalf of 3,023 victims, among
				// them 1,730 for torture": the victims are the complaints'
				// complainants; the parts are of the complaints.
				if kc := d.lastCountOfKind(span{sp.Start, hit.start}, "cases"); kc >= 0 && d.claims[kc].Data.(CountData).PartOf == nil {
					if hit.data.PartOf != nil && hit.data.PartOf.Min == pd.Min && hit.data.PartOf.Category == pd.Category {
						setPartOf(&hit.data, d.claims[kc])
					}
					k = kc
				}
			}
			if pd := d.claims[k].Data.(CountData); pd.Category == "cases" {
				hit.data.Category = "cases"
				if v, ok := groundHarm(s, j); ok && pd.Unit == "cases" {
					// "46 casos de abuso policial, de los cuales 29
					// corresponden a lesiones personales": cases, not
					// complaints, of a harm counted count its people
					// (README, round 27).
					hit.data.Category = v
				}
				if pd.PartOf != nil && pd.PartOf.Category == "cases" && hit.data.PartOf == nil {
					hit.data.PartOf = pd.PartOf
				}
			}
		}
		if hit.data.Category == "" && hit.data.Who == "" && shareInApposition(s, i, j) {
			// "La mayoría, 97, fueron aprehendidas en Pichincha", "Cerca de
			// la mitad, 742, lo fueron en La Paz y Cochabamba": the share's
			// figure set off by commas is a part of the whole before.
			if k := d.lastWholeIn(span{d.paras[pi].Start, hit.start}, hit.data.Min); k >= 0 {
				hit.data.Category = d.claims[k].Data.(CountData).Category
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if hit.data.Category == "" && hit.data.Who == "" && i >= 2 && s[i-1].is("from") && s[i-2].is("down", "up") && lastEnd >= 0 && last.Category != "" {
			// "still searching for 84 people …, down from 129 a week ago":
			// the earlier figure of the same count.
			hit.data.Category = last.Category
		}
		if hit.data.Category == "" && i > 0 && s[i-1].is("otros", "otras", "others", "another") {
			// "tres murieron … y otras dos …": the category of the count before.
			if k := d.lastCountIn(sp); k >= 0 {
				pd := d.claims[k].Data.(CountData)
				hit.data.Category, hit.data.Additional = pd.Category, true
				if hit.data.Who == "" {
					hit.data.Who = pd.Who
				}
			}
		}
		if hit.data.Category == "" && lastEnd >= 0 && last.PartOf != nil && i-lastEnd <= 8 && s[i-1].is("and", "y") &&
			j < len(s) && s[j].is("were", "fueron", "eran", "son", "are") {
			// "Fifteen of the injured were students and six were police
			// officers": a second part of the same whole, its noun left out.
			// Only who they are follows the copula, not a harm, so the part
			// is of its whole's kind, whatever befell the part before ("47
			// denunciaron haber sido golpeadas … y 12 eran menores de edad").
			hit.data.Category, hit.data.PartOf = last.PartOf.Category, last.PartOf
		}
		if hit.data.Category == "" && lastEnd >= 0 && last.PartOf != nil && last.PartOf.Category == "disappeared" && i > 0 && s[i-1].is("and", "y") && foundDead(s, j) {
			// "Cincuenta y una de ellas fueron halladas con vida y tres sin
			// vida", "38 were found alive and two dead": the missing found
			// dead are killed of the missing (12zl's reading).
			hit.data.Category, hit.data.PartOf = "killed", last.PartOf
		}
		if hit.data.PartOf == nil && hit.data.Category != "" && lastEnd >= 0 && last.PartOf != nil && i-lastEnd <= 10 && s[i-1].is("and", "y") &&
			(last.PartOf.Category == "cases" || last.PartOf.Category == "victims") && last.PartOf.Min > hit.data.Min && !clauseBreak(s, lastEnd, i) {
			// "3,912 cases of police violence, among them 41 homicides … and
			// 1,402 people injured": a whole of cases or victims holds parts
			// of any harm, the next one joined by "and" too.
			hit.data.PartOf = last.PartOf
			listItem = true
		}
		if hit.data.PartOf == nil && hit.data.Additional && lastEnd >= 0 && i-lastEnd <= 10 && len(d.countRefs) > 0 && !clauseBreak(s, lastEnd, i) {
			// "Diez de los fallecidos murieron en Senkata … y otros nueve
			// en Sacaba": more beside a part are of the same whole, when
			// the two fit in it.
			pd := d.claims[d.countRefs[len(d.countRefs)-1]].Data.(CountData)
			if po := pd.PartOf; po != nil && d.claims[d.countRefs[len(d.countRefs)-1]].End > s[0].Start && (hit.data.Category == "" || hit.data.Category == pd.Category) && pd.Min+hit.data.Min <= po.Min {
				hit.data.PartOf = po
				if hit.data.Category == "" {
					hit.data.Category = pd.Category
				}
			}
		}
		if hit.data.PartOf == nil && i == 2 && s[0].is("the", "los", "las") && s[1].is("other", "otros", "otras") && len(d.countRefs) > 0 {
			// "Of the 14 …, 10 already appeared with life. The other 4
			// continue without being located": the rest of the whole the
			// part before was taken from.
			pd := d.claims[d.countRefs[len(d.countRefs)-1]].Data.(CountData)
			// With no harm of its own it shares the part's ("already were
			// discharged 24 … The other 2 remain in Lima").
			if po := pd.PartOf; po != nil && pd.Min+hit.data.Min == po.Min && (hit.data.Category == "" || hit.data.Category == po.Category) {
				hit.data.PartOf = po
				if hit.data.Category == "" {
					hit.data.Category = pd.Category
				}
			}
		}
		if hit.data.Category == "" && hit.data.Who != "" && lastEnd >= 0 && last.PartOf != nil && i >= 2 && i-lastEnd <= 10 &&
			s[i-1].is("and", "y") && s[i-2].Text == "," && !clauseBreak(s, lastEnd, i) {
			// MT "resulted wounded 75 civilians, of which 9 are in critical
			// state, and 4 police effectives": past the aside of a part,
			// people joined by "and" share the kind of the whole before it.
			hit.data.Category = last.PartOf.Category
		}
		if hit.data.Category == "" && hit.data.Who != "" && lastEnd >= 0 && connected(s, lastEnd, i) && !harmAfterPair(s, tokenIndex(s, hit.end-1)+1) {
			hit.data.Category = last.Category // "41 civilians and one soldier" after "claimed the lives of"
			if last.PartOf != nil && hit.data.PartOf == nil {
				hit.data.PartOf = last.PartOf // "…, 17 civiles y un policía"
			}
		}
		if hit.data.Category == "" && hit.data.Who != "" && i > 0 && s[i-1].Text == "," && lastEnd >= 0 && (i-lastEnd <= 6 || i-lastEnd <= 24 && addsUpTo(s, tokenIndex(s, hit.end-1)+1, hit.data.Min, last)) && hit.data.PartOf == nil {
			// "murieron 18 personas en Juliaca, 17 civiles y un policía";
			// past a longer aside when the two items make the whole ("46
			// personas en el contexto del paro … entre el 28 de abril y el
			// 31 de julio, 44 civiles y dos policías").
			if k := d.lastCountIn(sp); k >= 0 {
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if hit.data.PartOf == nil && hit.data.Category == "other" && hit.data.Who == "" && stayBefore(s, i) {
			// "Continue hospitalized 14", "donde seguían internados 12":
			// the injured counted before, still in hospital.
			n := hit.data.Min
			if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
				return cd.Category == "injured" && cd.PartOf == nil && cd.Min > n
			}); k >= 0 {
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if hit.data.PartOf == nil && hit.data.Category != "" && amongTheKind(s, j) {
			// "Seven police officers were among the injured", "dos
			// periodistas están entre los heridos": members of the last
			// larger count of that kind, named by its noun alone.
			cat, n := hit.data.Category, hit.data.Min
			if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
				return cd.Category == cat && cd.PartOf == nil && cd.Min > n
			}); k >= 0 {
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if hit.data.Category == "" && sentCat != "" && (hit.data.Who != "" || j < len(s) && s[j].Kind == tokWord && !s[j].Cap) {
			hit.data.Category = sentCat // "Of the dead, 12 were minors"
			k := d.lastCountOfKind(span{d.paras[pi].Start, sp.Start}, sentCat)
			if n := hit.data.Min; k < 0 || d.claims[k].End < s[0].Start {
				// "Entre los heridos, que suman 107, hay 19 policías": the
				// whole counted in the opening's own aside.
				if kk := d.lastCountWhere(span{sp.Start, hit.start}, func(_ int, cd CountData) bool {
					return cd.Category == sentCat && cd.PartOf == nil && cd.Min > n
				}); kk >= 0 {
					k = kk
				}
			}
			if k >= 0 && hit.data.PartOf == nil && s[0].is("of", "de", "among", "entre") {
				// "… detained 40. Of the apprehended ones, 9 were released":
				// a part of the last count of that kind before the sentence.
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if hit.data.Category == "" && hit.data.Who == "" && releasedAfter(s, j) {
			if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
				return cd.Category == "detained" && cd.PartOf == nil
			}); k >= 0 && d.claims[k].Data.(CountData).Min > hit.data.Min {
				// "By Sunday, 192 had been released", "cuatro quedaron a
				// disposición de la fiscalía": a bare number freed or handed
				// to prosecutors after a count of detainees is a part of it,
				// still `detained` (README, round 30).
				hit.data.Category = "detained"
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if hit.data.Category == "" && i > 1 && s[i-1].is("total") && s[i-2].is("in", "en") || i > 2 && s[i-1].is("of", "de") && s[i-2].is("total") {
			if k := d.lastCountIn(sp); k >= 0 {
				hit.data.Category = d.claims[k].Data.(CountData).Category // "48 civilians and 1 police, in total 49"
				totals = append(totals, i)
			}
		}
		if hit.data.Category == "" && makesTotal(s, i) {
			if k := d.lastCountIn(sp); k >= 0 {
				hit.data.Category = d.claims[k].Data.(CountData).Category // "in Juliaca 18 died and in Ilave 1, which makes 19"
				totals = append(totals, i)
			}
		}
		if hit.data.Category == "" && restatesFigure(s, i) {
			if k := d.lastCountIn(sp); k >= 0 {
				// "300 had been arrested; the police said the true number
				// was 116": another figure for the same count.
				hit.data.Category = d.claims[k].Data.(CountData).Category
			}
		}
		if hit.data.Category == "" && risesTo(s, i) {
			if cat, ok := numberOfSubject(s, i); ok {
				hit.data.Category, hit.data.RunningTotal = cat, true // "the number of people treated for wounds … rose to 64"
			}
		}
		if hit.data.Category == "" {
			if cat, ok := d.bringsTotalTo(s, i, sp); ok {
				hit.data.Category, hit.data.RunningTotal = cat, true // "bringing the total since December 7 to 67"
			}
		}
		if whole >= 0 && d.claims[whole].Start >= sp.Start && j < len(s) && s[j].is("por", "by", "for") && hit.data.PartOf == nil {
			// "64 investigaciones: 45 por homicidio y 19 por lesiones": the
			// whole's kind, by cause.
			setPartOf(&hit.data, d.claims[whole])
			hit.data.Category = d.claims[whole].Data.(CountData).Category
		}
		if pc := hit.data.PartOf; pc != nil && pc.Category == "cases" && hit.data.Category == "victims" && !listItem {
			hit.data.Category = "cases" // "27 querellas … En nueve de ellas las víctimas eran menores"
		}
		if pc := hit.data.PartOf; pc != nil && pc.Category == "cases" && hit.data.Category != "cases" {
			// "37 complaints, including 11 for eye injuries": the harm is
			// what the complaints are for, the part is still complaints.
			f := j
			if partAfter(s, j) {
				f = j + 2
			}
			if f < len(s) && (s[f].is("por", "for", "over", "about", "concerning", "concern", "involving", "sobre", "refer", "relate") ||
				f+1 < len(s) && s[f].is("se") && s[f+1].is("refieren", "refiere", "relacionan", "relaciona")) {
				hit.data.Category = "cases"
			}
		}
		if hit.data.PartOf == nil && hit.data.Category != "" {
			// "the ten people killed in Ayacucho included at least four
			// who were shot": the members a count is said to include.
			if b := tokenIndex(s, hit.start) - 1; b > 0 && s[b].is("included", "include", "includes", "incluyen", "incluian", "incluyeron", "incluia") {
				if k := d.lastCountIn(span{sp.Start, hit.start}); k >= 0 && d.claims[k].Data.(CountData).Min > hit.data.Min {
					setPartOf(&hit.data, d.claims[k])
				}
			}
		}
		if hit.data.PartOf == nil && len(s) > 3 && s[0].is("of", "de", "among", "entre") && s[1].is("the", "los", "las") {
			// "… 603 civiles y 582 policías. De los civiles, 41 …": a part
			// of the last count of the people the sentence opens with.
			if who, e, ok := whoLex.match(s, 2); ok && e < i && s[e].Text == "," {
				k := d.lastCountWhere(span{d.paras[pi].Start, sp.Start}, func(_ int, cd CountData) bool { return cd.Who == who })
				if k >= 0 && d.claims[k].Data.(CountData).Min > hit.data.Min {
					setPartOf(&hit.data, d.claims[k])
				}
			}
		}
		if hit.data.Category == shotCategory {
			hit.data.Category = "injured"
			if hit.data.PartOf != nil {
				hit.data.Category = hit.data.PartOf.Category
			} else if hit.data.Who == "" && lastEnd >= 0 && last.Category == "killed" && last.Min > hit.data.Min {
				// "14 people killed …, and concluded that at least eight
				// were shot while fleeing": a bare number shot after the
				// dead of its sentence is of the dead.
				hit.data.Category = "killed"
			}
		}
		if pc := hit.data.PartOf; pc != nil && pc.Category == "killed" && hit.data.Category == "injured" {
			// "De los 18 fallecidos, 16 presentaban heridas de bala": the
			// wounds of the dead tell how they died; the part is of the dead.
			hit.data.Category = "killed"
		}
		if hit.data.PartOf == nil && hit.data.Who == "" && lastEnd >= 0 && last.PartOf == nil && last.Min > hit.data.Min &&
			s[max(i-1, 0)].is("and", "y", ";") && laterState(last.Category, hit.data.Category, s, j) {
			// "12 people were hurt and two were hospitalized", "44 people
			// have been detained; nine remain in custody": a bare count of
			// what then befell some of the count before is its part.
			k := d.countRefs[len(d.countRefs)-1]
			setPartOf(&hit.data, d.claims[k])
		}
		if hit.data.Category == "" && lastEnd >= 0 && last.Category != "" && peopleAt(s, j) && coordinatedObject(s, lastEnd, i, last.PartOf != nil) &&
			!harmAfterPair(s, tokenIndex(s, hit.end-1)+1) {
			// MT "resulted wounded 8 agents and 5 workers", "arrested 45
			// students and 12 teachers": a second object of people
			// coordinated with a counted one shares its verb of harm; after
			// a part ("between them 32 minors and 7 foreigners") it is a
			// part of the same whole.
			hit.data.Category, hit.data.PartOf = last.Category, last.PartOf
		}
		if hit.data.Category == "" && hit.data.Who == "" && lastEnd >= 0 && (elliptic(s, lastEnd, i, j) || placeListItem(s, lastEnd, i, j)) {
			// "arrested 45 in Juliaca and 12 in Ayaviri": the second count's
			// verb and noun are left out; it is of the kind of the first, and
			// a part of what the first is a part of.
			hit.data.Category = last.Category
			if hit.data.PartOf == nil {
				hit.data.PartOf = last.PartOf
			}
		}
		if b := tokenIndex(s, hit.start) - 1; hit.data.Category == "" && hit.data.PartOf == nil && b >= 0 && s[b].is("in", "en") && ofTheCases(s, j) {
			// "in at least 28 of the verified cases, members of the police
			// were the perpetrators": cases named back are the count
			// before's people, of its harm, when the clause names no other.
			if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
				return cd.Min > hit.data.Min && cd.Category != "cases" && cd.Category != caseUnit
			}); k >= 0 {
				hit.data.Category = d.claims[k].Data.(CountData).Category
				if v, ok := casesHarm(s, j); ok && hit.data.Category != "killed" {
					hit.data.Category = v
				}
				setPartOf(&hit.data, d.claims[k])
			}
		}
		// "In 11 of those cases the victims lost the sight of an eye", "En
		// 27 de esos casos, los quejosos denunciaron lesiones oculares":
		// cases named back, read as the bare "in N cases" below.
		namedBackCases := hit.data.Category == "cases" && hit.data.PartOf != nil && hit.data.PartOf.Category == "cases" && ofTheCases(s, j)
		if b := tokenIndex(s, hit.start) - 1; (hit.data.Category == caseUnit || namedBackCases || hit.data.Unit == "cases" && (hit.data.Category == "" || hit.data.Category == "detained")) && b >= 0 && s[b].is("in", "en") {
			// "En al menos nueve casos, las víctimas afirmaron haber sido
			// golpeadas": "in N cases" after a whole is "N of them" (README,
			// round 26), of the harm its clause names; "En 31 de esos casos,
			// los detenidos refirieron haber sido golpeados" names the
			// whole's people before what befell them.
			if v, ok := casesHarm(s, j); ok {
				if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
					return cd.PartOf == nil && cd.Min > hit.data.Min
				}); k >= 0 {
					if d.claims[k].Data.(CountData).Category == "killed" {
						v = "killed" // "En 38 casos, las víctimas presentaban heridas de bala": how the dead died
					}
					hit.data.Category = v
					setPartOf(&hit.data, d.claims[k])
				}
			} else if (hit.data.Category == caseUnit || hit.data.Category == "") && caseActionBefore(s, b) {
				// "Prosecutors opened investigations in 31 cases", "activó el
				// Mecanismo de Búsqueda Urgente en 27 casos": an office acts
				// on the cases themselves, which it counts.
				hit.data.Category, hit.data.Unit = "cases", ""
			} else if hit.data.Category == caseUnit || hit.data.Category == "" && hit.data.Unit == "cases" {
				// "44 killings …; in at least 25 cases, witnesses identified
				// the police", "24 occurred in Cali, where in at least 13
				// cases the Office found …": with no harm of their own the
				// cases are the people of the count before, of its harm; not
				// inside a quotation ("in at least three cases the shots were
				// made at less than five meters"), which counts no one.
				if k := d.lastCountIn(span{d.paras[pi].Start, hit.start}); k >= 0 && !insideQuote(d.text, d.paras[pi].Start, hit.start) {
					if pd := d.claims[k].Data.(CountData); pd.Min > hit.data.Min && (pd.Category == "killed" || pd.Category == "injured") {
						setPartOf(&hit.data, d.claims[k])
						hit.data.Category, hit.data.Unit = pd.Category, ""
					}
				}
			}
		}
		if r, ok := relativeAhead(s, j); ok && hit.data.Category == "" && hit.data.Who != "" && saidBeaten(s, r) {
			// "interviewed 13 people in Santiago who said carabineros had
			// beaten them": people who report a beating are injured.
			hit.data.Category = "injured"
		}
		if hit.data.Category == "" || hit.data.Category == caseUnit {
			// "4 y 9 heridos respectivamente": a bare number joined to the
			// next count waits for its category as a count of people does.
			bare := hit.data.Category == "" && (j+1 < len(s) && s[j].is("y", "and", "e") && isNumberStart(s, j+1) &&
				!(i > 0 && s[i-1].is("entre", "between", "from", "de", "desde")) || // not a range, "entre 20 y 30"
				loneBeforeCount(s, i, j))
			if (hit.data.Who != "" || bare) && hit.data.Category == "" {
				hit.tokEnd = tokenIndex(s, hit.end-1) + 1
				pending = append(pending, hit)
			}
			i = j - 1
			continue
		}
		if hit.data.Category == "detained" && hit.data.PartOf == nil && saidBeaten(s, j) {
			// "42 detenidos denunciaron haber sido golpeados", MT "12
			// detained persons reported to have been beaten": detainees who
			// report a beating are injured of the detained (README, round
			// 26), a part of the last whole of detainees when there is one.
			hit.data.Category = "injured"
			if k := d.lastCountWhere(span{d.paras[pi].Start, hit.start}, func(_ int, cd CountData) bool {
				return cd.Category == "detained" && cd.PartOf == nil
			}); k >= 0 && d.claims[k].Data.(CountData).Min > hit.data.Min {
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if hit.data.PartOf == nil && lastEnd >= 0 && last.PartOf != nil && i > 0 && s[i-1].is("and", "y") && hit.data.Category == last.Category &&
			last.Min+hit.data.Min == last.PartOf.Min && !clauseBreak(s, lastEnd, i) {
			// "18 deaths …, 17 of them civilians killed by firearms, and one
			// police officer": the item after a part that completes its
			// whole is the whole's other part.
			hit.data.PartOf = last.PartOf
		}
		if hit.data.PartOf == nil && hit.data.Category != "" && !hit.data.Additional && onlyInOpening(s) && len(d.eventDatesIn(sp)) == 0 {
			// "… murieron 23 personas en toda Bolivia. Solo en Puente Alto
			// fueron detenidas 31 personas", MT "Only in the region of Puno
			// died 18 persons": a place singled out of a larger count of the
			// same harm before is its part. With a day of its own ("Only in
			// the day of yesterday were attended 89", "Solo en Usme, … la
			// noche del 3 de mayo") most sets read a count of its own (4
			// paragraphs against 3).
			if k := d.lastCountWhere(span{d.paras[pi].Start, sp.Start}, func(_ int, cd CountData) bool {
				return cd.Category == hit.data.Category && cd.PartOf == nil && cd.Min > hit.data.Min
			}); k >= 0 {
				setPartOf(&hit.data, d.claims[k])
			}
		}
		if w := hit.data.PartOf; hit.data.Category == "injured" && (w != nil && w.Category == "injured" && movedOn(s, j) || movedBefore(s, i, j)) {
			// "De los heridos, 32 fueron internados … y seis debieron ser
			// trasladados a Arequipa", "Four of the wounded were later
			// transferred": a part of the injured named only by its
			// treatment or its transfer is `other` (README, rounds 27, 29).
			hit.data.Category = "other"
		}
		for _, p := range pending {
			if connected(s, p.tokEnd, i) || connected(s, p.tokEnd, tokenIndex(s, hit.start)) { // past a qualifier: "and about 30 strikers"
				p.data.Category = hit.data.Category
				if v := oneByAdjective(s, tokenIndex(s, p.start)); v != "" {
					p.data.Category = v
				}
				emit(p)
			} else if cat, ok := oneMoreThen(s, p.tokEnd); ok {
				// "Eighteen officers and an undetermined number of marchers
				// were hurt, …, and 27 people were detained".
				p.data.Category = cat
				emit(p)
			}
		}
		pending = nil
		emit(hit)
		// Read on after the count's words, unless they ran past an aside
		// with a number of its own: "70 personas, entre ellas 12 menores,
		// fueron detenidas".
		skip := tokenIndex(s, hit.end-1)
		for k := hit.numJ; k < skip; k++ {
			if s[k].Kind == tokNumber || isNumberStart(s, k) {
				skip = hit.numJ - 1
				break
			}
		}
		i = max(i, skip)
		if whole >= 0 && hit.data.PartOf == nil && hit.data.Category != "" && hit.data.Min > d.claims[whole].Data.(CountData).Min {
			// "17 fallecidos, de los cuales 15 … y dos …, además de 68
			// heridos, entre ellos 12 policías": a count too large to be a
			// part closes the list of parts, and the people after it are
			// its own.
			whole = -1
		}
		if wholeBefore(s, tokenIndex(s, hit.start)) || i+1 < len(s) && s[i+1].Text == ":" || colonBeforeNumber(s, i+1) {
			// "Of the 49 …, 11 were minors"; "1.327 heridos: 913 civiles y
			// 414 policías": later numbers of people are its parts.
			whole = d.countRefs[len(d.countRefs)-1]
			if po := hit.data.PartOf; po != nil && partWordsBefore(s, tokenIndex(s, hit.start)) {
				// "96 heridos, de los cuales 58 en Juliaca, 22 …", MT "of
				// those which 58 …": the first part's words open the list
				// of parts; the later ones are the whole's too.
				for _, r := range d.countRefs {
					if d.claims[r].Start == po.Start {
						whole = r
					}
				}
			}
		}
		lastEnd, last = i+1, hit.data
	}
	// "Two police officers and a civilian were injured": a count of people
	// takes the category the lone person after it is given.
	for _, p := range pending {
		if cat, ok := oneMoreThen(s, p.tokEnd); ok {
			p.data.Category = cat
			emit(p)
		}
	}
}

// releasedAfter reports whether the words from s[j] tell that people were
// freed or handed to prosecutors: "had been released", "fueron
// liberadas", "quedaron a disposición de la fiscalía".
func releasedAfter(s []token, j int) bool {
	for k := j; k < len(s) && k < j+4; k++ {
		if s[k].Kind != tokWord {
			return false
		}
		if s[k].is("released", "freed", "liberated", "liberados", "liberadas", "excarcelados", "excarceladas") ||
			// "184 recuperaron su libertad", MT "30 recovered the freedom".
			s[k].is("libertad", "freedom") && s[k-1].is("su", "la", "the", "their") ||
			s[k].is("disposicion") && s[k-1].is("a") {
			return true
		}
	}
	return false
}

// laterState reports whether a count of kind part, its words from s[j],
// tells a later state of people of kind whole: the injured taken to
// hospital ("other"), detainees still held ("remain", "siguen").
func laterState(whole, part string, s []token, j int) bool {
	if whole == "injured" && part == "other" {
		return true
	}
	return whole == "detained" && part == "detained" && j < len(s) && s[j].is("remain", "remained", "remains", "still", "siguen", "seguian", "continuan", "continue", "continued", "permanecen", "permanecian")
}

// breakdownItem reports whether the number s[i:j] is an item of a ranked
// breakdown: in parentheses after its name ("Puno (512)", "the most arrests
// (97)") or after "con"/"with" and its name ("Sucre, con 33"), in a
// sentence that ranks ("seguida de", "followed by", "the most", "el mayor
// número", "la cifra más alta", "la mayoría", "la provincia con más
// aprehensiones").
func breakdownItem(s []token, i, j int) bool {
	if i < 2 {
		return false
	}
	bracket := s[i-1].Text == "(" && j < len(s) && s[j].Text == ")"
	with := s[i-1].is("con", "with") && (s[i-2].Cap && s[i-2].Kind == tokWord || i > 2 && s[i-2].Text == "," && s[i-3].Cap && s[i-3].Kind == tokWord ||
		s[i-2].is("list", "lista") || // "Puno tops the list with 19 deaths", "encabeza la lista con 21"
		i > 2 && s[i-2].Text == "," && s[i-3].is("mayoria", "majority", "parte", "most")) // "Puno concentra la mayor parte, con 21 casos"
	if !bracket && !with {
		return false
	}
	for k, t := range s {
		if t.is("seguida", "seguido", "seguidas", "seguidos", "followed", "most", "highest", "mayor", "mayoria", "majority", "worst", "hardest") ||
			t.is("alta", "elevada") && k > 0 && s[k-1].is("mas") || t.is("mas") && k > 0 && s[k-1].is("con") ||
			// "Cali concentra 48 de esos homicidios; le siguen Bogotá, con 8".
			t.is("siguen", "sigue") && k > 0 && s[k-1].is("le", "les") ||
			// "los departamentos más afectados", MT "the major quantity of
			// wounded ones", "the bigger number": a ranking by its words.
			t.is("afectados", "afectadas", "afectado", "afectada", "golpeados", "golpeadas", "golpeado", "golpeada") && k > 0 && s[k-1].is("mas") ||
			// MT word for word: "The region more affected continues being
			// Puno, with 21".
			t.is("affected", "hit") && k > 0 && s[k-1].is("more") ||
			t.is("major", "bigger", "biggest", "greatest", "largest") && k+1 < len(s) && s[k+1].is("quantity", "number", "figure", "part", "amount") {
			return true
		}
	}
	return false
}

// lastWholeIn returns the claim of the last count in sp that is no part of
// another and counts more than n, or -1.
func (d *doc) lastWholeIn(sp span, n int) int {
	return d.lastCountWhere(sp, func(ref int, cd CountData) bool {
		return cd.PartOf == nil && cd.Min > n && !d.dropped[ref]
	})
}

// bodyInjury reports whether s[j] is a part of the body naming an injury
// ("197 eye injuries", "12 leg wounds"), which counts people, not the part.
func bodyInjury(s []token, j int) bool {
	return j+1 < len(s) && s[j].is("eye", "eyes", "leg", "legs") && injuryAfter(s, j+1) && !s[j+1].is("asfixia", "asphyxia")
}

// injuryAfter reports whether a noun of injury stands within three words
// of s[k]: the cause of "treated for …" and the state of "people with …".
func injuryAfter(s []token, k int) bool {
	for n := k; n < len(s) && n < k+3; n++ {
		if s[n].is("injuries", "injury", "lesiones", "lesion", "heridas", "herida", "wounds", "wound", "traumatismos", "trauma", "fractures", "fracturas",
			"asfixia", "asphyxia", "contusiones", "contusions", "lesions", "quemaduras", "burns", "hematomas", "bruises", "escoriaciones",
			// Marks of blows: "presentaban golpes en el rostro", "showed signs of beatings".
			"golpes", "beatings", "moretones", "blows",
			// Breathing trouble from gas: "17 people with breathing problems".
			"breathing", "respiratory", "respiratorios", "respiratorias", "respiratorio") {
			return true
		}
		if s[n].is("agresiones", "aggressions") && n+1 < len(s) && s[n+1].is("fisicas", "physical") {
			// "denunciaron haber sufrido agresiones físicas": a bodily
			// harm, as "victims of physical violence" are injured (README,
			// round 26); "casos de violencia física" stay cases.
			return true
		}
	}
	return false
}

// weaponBefore reports whether a weapon is named in s before s[k].
func weaponBefore(s []token, k int) bool {
	for n := 0; n < k; n++ {
		if _, _, ok := weaponLex.match(s, n); ok {
			return true
		}
	}
	return false
}

// weaponAfter reports whether a weapon is the cause named at s[k], past a
// few words: "por las bombas lacrimógenas", "by the pellets". People
// affected by a weapon are injured.
func weaponAfter(s []token, k int) bool {
	for n := k; n < len(s) && n < k+5; n++ {
		if s[n].Kind != tokWord {
			return false
		}
		if _, _, ok := weaponLex.match(s, n); ok {
			return true
		}
	}
	return false
}

// treatedBefore reads a verb of treatment before its subject, the order
// of Spanish and of its machine translation: "fueron atendidas 14
// personas por heridas de perdigones", "Were attended by asphyxia 11
// persons". The cause settles it, as after the subject: before the
// number or right after its people. It returns the category and the
// verb's first token.
func treatedBefore(s []token, i, j int) (string, int, bool) {
	for b := i - 1; b >= 0 && b >= i-8; b-- {
		if s[b].Kind == tokNumber || s[b].Text == "," || s[b].Text == "." || s[b].Text == ";" {
			return "", 0, false
		}
		v, e, ok := categoryLex.match(s, b)
		if !ok || v != treatedCategory || e > i {
			continue
		}
		// The cause may take a few words: "por inhalación de gases
		// lacrimógenos 18 personas".
		if v := settleTreated(s, e); v != "" && (e == i || s[e].is("for", "por", "by", "with", "con") && i-e <= 6) {
			return v, b, true
		}
		e = pastDay(s, e, i) // "fueron atendidas el miércoles 31 personas": the day between
		// An adverb and the personal "a" may stand before the figure: "ha
		// atendido a 23 personas", MT "attended additionally to 8 persons".
		for e < i && (s[e].is("a", "to", "ademas", "additionally", "also", "tambien") || adverb(s[e])) {
			e++
		}
		if e != i {
			return "", 0, false
		}
		k := j
		if _, we, ok := whoLex.match(s, j); ok {
			k = we
		}
		if v := settleTreated(s, k); v != "" {
			return v, b, true
		}
		return "", 0, false
	}
	return "", 0, false
}

// peopleAt reports whether people or what befell them are named at s[j]:
// "en enero 12 personas murieron" is a count after a month, not a day.
func peopleAt(s []token, j int) bool {
	if _, _, ok := whoLex.match(s, j); ok {
		return true
	}
	_, _, ok := categoryLex.match(s, j)
	return ok
}

// peopleListAside reports whether s[t:] is an aside that breaks a count
// of people down into counts of people, closed by a comma: "Cinco
// personas, dos policías y tres manifestantes, resultaron heridas". Its
// members are read as parts once the whole has its category.
func peopleListAside(s []token, t int) bool {
	n := 0
	for t < len(s) {
		q, j, ok := parseQuantity(s, t)
		if !ok || q.Decimal != "" {
			return false
		}
		_, e, ok := whoLex.match(s, j)
		if !ok {
			return false
		}
		n++
		if e < len(s) && s[e].is("y", "and", "e") {
			t = e + 1
			continue
		}
		if e < len(s) && s[e].Text == "," {
			if e+1 < len(s) && isNumberStart(s, e+1) {
				t = e + 1
				continue
			}
			return n >= 2
		}
		return false
	}
	return false
}

// elliptic reports whether the bare number s[i:j] is the second member of
// a coordination whose first member, ending at token last, is a count:
// "and [in X] [another] N [in Y | for Z | more]" with no verb or noun of
// its own ("y otras tres en accidentes", "and four more for tear gas",
// "while in Calama other 14 the same night", "and 16 in the district of
// Laberinto"). The conjunct must begin with the coordinator and hold only
// a place, "other"/"more" or a qualifier before the number, and after it
// only a preposition or the clause's end, so a new noun ("and 3 vehicles")
// or a new clause is never read as a count.
func elliptic(s []token, last, i, j int) bool {
	c := -1
	for k := i - 1; k >= last && k >= i-8; k-- {
		if s[k].Kind == tokNumber || s[k].Text == "." || s[k].Text == ";" || s[k].Text == ":" {
			return false
		}
		if s[k].is("and", "y", "e", "while", "mientras", "whereas") || s[k].Text == "," && k+1 < i && placeItemAhead(s, j) {
			// ", Bogotá seis y Popayán dos": a middle item of the list
			// holds a comma where the last holds "y".
			c = k
			break
		}
		if !(s[k].Cap && s[k].Kind == tokWord || s[k].Text == "," || s[k].is(conjunctWords...)) {
			if _, _, ok := qualifierLex.match(s, k); !ok {
				return false
			}
		}
	}
	if c < 1 || s[c-1].Kind == tokNumber && !s[c+1].is("other", "otros", "otras", "another") {
		return false // "on January 11 and 12": days, not counts; "the Friday 6 and other 7" is one
	}
	for k := last; k < c; k++ {
		if s[k].Text == "." || s[k].Text == ";" || s[k].Text == ":" || s[k].Kind == tokNumber && !dayOfMonth(s, k) {
			return false
		}
	}
	if j >= len(s) || s[j].Text == "," || s[j].Text == "." || s[j].Text == ";" || placeItemAhead(s, j) {
		return true
	}
	e := j
	if s[e].is("more", "mas", "others", "otros", "otras") {
		e++
	}
	return e >= len(s) || s[e].Text == "," || s[e].Text == "." || s[e].Text == ";" ||
		s[e].is("in", "en", "for", "por", "by", "at", "during", "durante", "the", "el", "la", "this", "este", "esta", "on", "with", "con",
			"near", "cerca", "outside", "around", "inside", "frente", "into", "against", "contra", "over", "sobre")
}

// placeItemAhead reports whether s[j:] opens with "y"/"and", a place's
// name and a number: the last item of a list by place ("y Popayán dos").
func placeItemAhead(s []token, j int) bool {
	if j+2 >= len(s) || !s[j].is("y", "and", "e") || !s[j+1].Cap || s[j+1].Kind != tokWord {
		return false
	}
	k := j + 1
	for k < len(s) && s[k].Cap && s[k].Kind == tokWord {
		k++
	}
	return k < len(s) && isNumberStart(s, k)
}

// coordinatedObject reports whether the number at s[i] is joined to the
// count that ended at s[last] by a bare coordinator, so that nothing but
// "and"/"y" (and a qualifier) stands between the two. After a part no
// comma may come first: ", among them 38 by pellets, and 226 adults"
// goes back to the sentence's own list.
func coordinatedObject(s []token, last, i int, afterPart bool) bool {
	k := last
	if k < i && s[k].Text == "," {
		if afterPart {
			return false
		}
		k++
	}
	if k >= i || !s[k].is("and", "y", "e") {
		return false
	}
	k++
	if k < i {
		if _, e, ok := qualifierLex.match(s, k); !ok || e != i {
			return false
		}
	}
	return true
}

// conjunctWords may stand between a coordinator and the number it
// coordinates: a place's prepositions and nouns, "other", "more".
var conjunctWords = []string{"in", "en", "at", "the", "la", "el", "los", "las", "of", "de", "del", "district", "distrito",
	"province", "provincia", "region", "region", "city", "ciudad", "another", "other", "otros", "otras", "a", "further", "more", "mas"}

// ordinalValues are the ordinals a running total of deaths is said by:
// "the eighth death", "la quinta víctima mortal".
var ordinalValues = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3,
	"cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "septimo": 7, "septima": 7, "octavo": 8,
	"octava": 8, "noveno": 9, "novena": 9, "decimo": 10, "decima": 10}

// ordinalDeath reads a death given its rank after an article, the rank
// being how many have died: "the eighth death in the province", "the
// fourth person from El Collao province to die", "la quinta víctima
// mortal", "el sexto fallecido". It returns the rank and where its words
// end.
func ordinalDeath(s []token, i int) (int, int, bool) {
	n := ordinalValues[s[i].Norm]
	if n == 0 || i == 0 || !s[i-1].is("the", "la", "el", "its", "su") {
		return 0, 0, false
	}
	for k := i + 1; k < len(s) && k <= i+8; k++ {
		if s[k].Text == "." || s[k].Text == ";" || s[k].Text == "," || s[k].Kind == tokNumber {
			break
		}
		switch {
		case s[k].is("death", "fatality", "muerte", "fallecido", "fallecida", "muerto", "muerta", "deceso"):
			return n, k + 1, true
		case s[k].is("victim", "victima") && k+1 < len(s) && s[k+1].is("mortal", "fatal"):
			return n, k + 2, true
		case s[k].is("fatal") && k+1 < len(s) && s[k+1].is("victim"):
			return n, k + 2, true
		case s[k].is("to", "en") && k+1 < len(s) && s[k+1].is("die", "morir", "fallecer"):
			return n, k + 2, true
		case s[k].is("killed"):
			return n, k + 1, true
		}
	}
	return 0, 0, false
}

// chargedBefore reports whether the number at s[i] opens the object of a
// verb of charging ("charged three police officers", "acusó a dos
// policías", "indicted 12 soldiers"): the people accused, who are no count
// of harm whatever the death they are charged over.
func chargedBefore(s []token, i int) bool {
	b := i - 1
	if b >= 0 && s[b].is("a") {
		b--
	}
	return b >= 0 && s[b].is("charged", "indicted", "accused", "prosecuted", "sentenced", "convicted", "acuso", "acusaron",
		"acusa", "imputo", "imputaron", "condeno", "condenaron", "procesa", "proceso", "sentencio")
}

// indefiniteNumber reports whether "a"/"un" before s[j] opens an amount
// with no figure: "an undetermined number", "an unknown number", "un
// número indeterminado", "un gran número".
func indefiniteNumber(s []token, j int) bool {
	if j < len(s) && s[j].is("number", "numero", "cantidad") {
		return true
	}
	return j+1 < len(s) && s[j].is("undetermined", "unknown", "unspecified", "indeterminate", "large", "great", "gran", "indeterminado",
		"determinado", "elevado", "alto") && s[j+1].is("number", "numero", "cantidad")
}

// oneMoreThen reads "and a civilian were injured", "y un policía
// resultaron heridos" at s[e:]: a lone person joined to a count, then the
// category of both.
func oneMoreThen(s []token, e int) (string, bool) {
	if e+2 >= len(s) || !s[e].is("and", "y", "e") || !s[e+1].is("a", "an", "one", "un", "una", "uno") {
		return "", false
	}
	for k := e + 2; k < len(s) && k <= e+7; k++ {
		if s[k].Kind != tokWord || s[k].Cap {
			return "", false
		}
		if v, _, ok := categoryLex.match(s, k); ok && v != woundNoun && v != caseUnit && v != treatedCategory && v != shotCategory && k > e+2 {
			return v, true
		}
	}
	return "", false
}

// numberVerb reports whether "number" at s[k] is the verb of a subject
// ("the arrests since Monday number 212"), not an identifier ("law number
// 31012", "the number 9").
func numberVerb(s []token, k int) bool {
	return s[k].Norm == "number" && k > 0 && s[k-1].Kind == tokWord && !s[k-1].Cap &&
		!s[k-1].is("the", "a", "an", "law", "decree", "resolution", "case", "file", "room", "plate", "phone", "account", "order", "report", "serial", "bus", "flight", "house", "route", "lot", "item", "gate")
}

// singleVictim reports whether s[k:] is a person followed by a verb of
// death or injury: "police officer was killed", "protester died".
func singleVictim(s []token, k int) bool {
	if k < len(s) && s[k].Kind == tokNumber && k+3 < len(s) && s[k+1].Text == "-" && s[k+2].is("year") {
		k += 5 // "a 24-year-old man"
	}
	_, e, ok := whoLex.match(s, k)
	if !ok && k+1 < len(s) && s[k].Kind == tokWord && (!s[k].Cap || !functionWords[s[k].Norm] && s[k+1].Kind == tokWord && !s[k+1].Cap) {
		_, e, ok = whoLex.match(s, k+1) // one word before the noun: "a taxi driver", "An Indigenous protester"
	}
	if !ok {
		return personPhraseDied(s, k)
	}
	if v, _, ok := categoryLex.match(s, e); !ok || v != "killed" && v != "injured" {
		e = pastPersonModifier(s, e)
	}
	// Auxiliaries and adverbs may stand before the verb: "was badly
	// beaten", "was seriously injured", "resultó gravemente herido"; a
	// plural one when the person closes a list with a count ("Two
	// protesters and a police officer were killed"), which dropSingles
	// keeps only beside that count.
	for e < len(s) && (s[e].is("officer", "was", "has", "had", "been", "later", "resulto", "quedo", "fue", "were", "resultaron", "quedaron", "fueron") || s[e].Text == "-" || adverb(s[e])) {
		e++
	}
	v, _, ok := categoryLex.match(s, e)
	return ok && (v == "killed" || v == "injured") || personPhraseDied(s, k)
}

// personPhraseDied reports whether s[k:] is a noun phrase of any words
// ("farmers' leader", "hip-hop artist", "Aymara community leader") whose
// verb says the phrase itself died or was harmed: a passive ("was shot
// dead", "fue herido") or a verb only a living being takes ("died",
// "murió", "lost his life"). An active harm verb ("A stray bullet killed")
// makes the phrase the weapon, not the victim, and is not read.
func personPhraseDied(s []token, k int) bool {
	for e, words := k, 0; e < len(s) && e <= k+5; e++ {
		t := s[e]
		if t.Kind == tokWord && words > 0 && !t.Cap {
			if diedVerb(s, pastPersonModifier(s, e)) {
				return true
			}
		}
		switch {
		case t.Kind == tokWord && !functionWords[t.Norm] && !fillers[t.Norm] && !closedWords[t.Norm]:
			words++
		case (t.Text == "-" || t.Text == "'") && words > 0:
		default:
			return false
		}
	}
	return false
}

// closedWords are the articles, prepositions, conjunctions and pronouns
// that end a noun phrase: a word past them belongs to another phrase or a
// relative clause ("a bricklayer who had been hit …").
var closedWords = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"from": true, "to": true, "with": true, "after": true, "when": true, "which": true, "that": true, "whose": true, "and": true,
	"or": true, "near": true, "during": true, "while": true, "his": true, "her": true, "their": true, "its": true, "this": true,
	"el": true, "la": true, "los": true, "las": true, "en": true, "al": true, "del": true, "quien": true, "y": true, "o": true,
	"su": true, "sus": true, "e": true, "if": true, "but": true, "not": true, "no": true}

// diedVerb reports whether s[e:] is a verb whose subject can only be a
// person harmed: an auxiliary of the passive or of "resultar" before a
// killed or injured word, or a verb of dying.
func diedVerb(s []token, e int) bool {
	if e >= len(s) {
		return false
	}
	if s[e].is("died", "dies", "murio", "muere", "fallecio", "fallece", "perished", "perecio") ||
		e+2 < len(s) && s[e].is("lost", "perdio") && s[e+2].is("life", "vida") {
		return true
	}
	a := e
	for a < len(s) && (s[a].is("was", "has", "had", "been", "resulto", "quedo", "fue", "resulted") || adverb(s[a])) {
		a++
	}
	if a == e {
		return false
	}
	v, _, ok := categoryLex.match(s, a)
	return ok && (v == "killed" || v == "injured")
}

// pastPersonModifier returns where the words describing a person end
// after the noun ending at e: where they come from ("a comunero of
// Pujilí", "un poblador de Ilave"), their age (MT "a young of 22 years",
// "un joven de 19 años") or one adjective ("a comunero kichwa"); e itself
// when none stands there.
func pastPersonModifier(s []token, e int) int {
	if e+1 < len(s) && s[e].is("of", "de", "from") {
		if s[e+1].Cap && s[e+1].Kind == tokWord {
			k := e + 1
			for k < len(s) && s[k].Cap && s[k].Kind == tokWord {
				k++
			}
			return k
		}
		if s[e+1].Kind == tokNumber && e+2 < len(s) && s[e+2].is("years", "anos", "year") {
			return e + 3
		}
	}
	if e+1 < len(s) && s[e].Kind == tokWord && !s[e].Cap && !functionWords[s[e].Norm] {
		if _, _, ok := categoryLex.match(s, e); !ok {
			return e + 1
		}
	}
	return e
}

// harmObject reports whether the "a" at s[i] opens the object of a verb or
// noun of harm right before it ("killing a fisherman", "wounding an
// officer", "the death of a young man"): one person, whatever the noun.
func harmObject(s []token, i int) bool {
	if i+1 >= len(s) || s[i+1].Kind != tokWord || s[i+1].Cap {
		return false
	}
	for b := max(0, i-4); b < i; b++ {
		if v, e, ok := backCategoryLex.match(s, b); ok && e == i && !v.running && (v.category == "killed" || v.category == "injured" || v.category == "detained") &&
			(s[e-1].is("of", "de", "a") || strings.HasSuffix(s[e-1].Norm, "ing") ||
				// MT "Resulted wounded 93 persons and died a university
				// student": the verb first, its person joined to a count.
				b > 0 && s[b-1].is("and", "y") && s[e-1].is("died", "perished", "murio", "fallecio")) {
			return true
		}
	}
	return false
}

// harmedOne reports whether s[k:] names one person by the harm alone, as
// machine translation renders "un muerto", "un herido": "a dead one", "a
// wounded person", "a dead and 30 wounded".
func harmedOne(s []token, k int) bool {
	if k+1 >= len(s) || !s[k].is("dead", "deceased", "wounded", "injured") {
		return false
	}
	return s[k+1].is("one", "person") || s[k+1].is("and") && isNumberStart(s, k+2)
}

// loneBeforeCount reports whether the article at s[i] (the quantity ends
// at j) opens one person of any noun joined by "y"/"and" to the number of
// a count right after ("Un militar y cuatro comuneros resultaron
// heridos"): a count of 1 waiting for that count's kind.
func loneBeforeCount(s []token, i, j int) bool {
	return s[i].is("un", "una") && j+2 < len(s) && s[j].Kind == tokWord && !s[j].Cap && !functionWords[s[j].Norm] &&
		s[j+1].is("y", "and", "e") && isNumberStart(s, j+2)
}

// joinedSingle reports whether the "a" at s[i] opens one person joined by
// a conjunction to a count that shares the harm, whatever the noun: the
// last member of a subject whose verb is plural ("Two soldiers and a
// civilian were killed", "Tres comuneros y un docente fueron heridos"), or
// the object of a harm verb followed by "and" and the next harm ("shot
// dead a 17-year-old and wounded 12 others", MT "Died a comunero and
// resulted wounded other 7"). dropSingles keeps it only beside a count.
func joinedSingle(s []token, i int) bool {
	k := i + 1
	if k+4 < len(s) && s[k].Kind == tokNumber && s[k+1].Text == "-" && s[k+2].is("year") {
		k += 5 // "a 17-year-old"
	}
	for e := k; e <= k+2 && e < len(s); e++ {
		if e > k && (s[e-1].Kind != tokWord || s[e-1].Cap || functionWords[s[e-1].Norm] || s[e-1].is("and", "y", "or", "o", "the", "a", "an", "el", "la", "un", "una")) {
			break
		}
		if e == k && k == i+1 {
			continue // a noun is needed unless an age stands for it
		}
		if i > 0 && s[i-1].is("and", "y") && e < len(s) && s[e].is("were", "fueron", "resultaron", "quedaron") {
			v, _, ok := categoryLex.match(s, e+1)
			if ok && (v == "killed" || v == "injured") {
				return true
			}
		}
		a := e
		if e < len(s) && s[e].is("of", "de") {
			a = pastPersonModifier(s, e)
		}
		if a < len(s) && s[a].is("and", "y") {
			// MT "lost the life a comunero of 35 years and resulted
			// wounded other 8": past the person's age or origin.
			for b := max(0, i-3); b < i; b++ {
				if v, be, ok := backCategoryLex.match(s, b); ok && be == i && !v.running && (v.category == "killed" || v.category == "injured") {
					return true
				}
			}
		}
	}
	return false
}

// clauseJoined reports whether the words from a to b hold no sentence
// break or contrast and end in a clause joined by ", and"/", y" to the
// count at b, with at most a short time or place phrase between the
// conjunction and the count.
func clauseJoined(s []token, a, b int) bool {
	if b-a > 30 || b > len(s) {
		return false
	}
	for t := a; t < b; t++ {
		if s[t].Text == ";" || s[t].Text == "." || s[t].Text == ":" || s[t].is("while", "mientras", "but", "pero", "whereas", "although", "aunque", "sino") {
			return false
		}
		if t > a && s[t-1].Text == "," && s[t].is("and", "y", "e") && b-t <= 10 {
			return true
		}
		if s[t].is("and", "y", "e") && b-t <= 2 {
			return true
		}
	}
	return false
}

// adverb reports whether t is an adverb of manner: "badly", "gravemente".
func adverb(t token) bool {
	return t.Kind == tokWord && !t.Cap && len(t.Norm) > 4 && (strings.HasSuffix(t.Norm, "ly") || strings.HasSuffix(t.Norm, "mente"))
}

// ordinals after "un"/"a" make the number an ordinal: "un segundo policía".
var ordinals = []string{"segundo", "segunda", "tercer", "tercero", "tercera", "cuarto", "cuarta", "quinto", "quinta",
	"second", "third", "fourth", "fifth"}

// setPartOf makes c a part of the count claim parent, taking its category
// and, unless c names its own, its people.
func setPartOf(c *CountData, parent Claim) {
	pd := parent.Data.(CountData)
	c.PartOf = &CountRef{Start: parent.Start, End: parent.End, Min: pd.Min, Category: pd.Category}
	if c.Category == "" {
		c.Category = pd.Category
	}
	if c.Who == "" {
		c.Who = pd.Who
	}
}

// partsOpened reports whether the number at s[i] is joined by "y"/"and"
// to the part c before it in a sentence that opens with a subset phrase
// ("De ellos, …", "Of them, …"), so it is a further part of c's whole.
func (d *doc) partsOpened(s []token, i int, c Claim) bool {
	pc, ok := c.Data.(CountData)
	if !ok || pc.PartOf == nil || len(s) == 0 || c.Start < s[0].Start {
		return false
	}
	if _, e, ok := subsetLex.match(s, 0); !ok || e >= len(s) || s[e].Text != "," {
		return false
	}
	joined := false
	for k := tokenIndex(s, c.End-1) + 1; k < i; k++ {
		if s[k].Kind == tokNumber || s[k].Text == ";" || s[k].Text == "." {
			return false
		}
		joined = joined || s[k].is("y", "and", "e")
	}
	return joined && i > 0 && s[i-1].is("y", "and", "e")
}

// listedAfterPart reports whether the number at s[i] is a later item of a
// list whose item before, c, is a part of cases or victims: only its words
// and a comma or "y"/"and" stand between.
func (d *doc) listedAfterPart(s []token, i int, c Claim) bool {
	pc, ok := c.Data.(CountData)
	if !ok || pc.PartOf == nil || pc.PartOf.Category != "cases" && pc.PartOf.Category != "victims" || len(s) == 0 || c.Start < s[0].Start || i < 1 {
		return false
	}
	for k := tokenIndex(s, c.End-1) + 1; k < i-1; k++ {
		if s[k].Kind == tokNumber || s[k].Text == ";" || s[k].Text == "." || s[k].Text == ":" {
			return false
		}
	}
	return s[i-1].Text == "," || s[i-1].is("y", "and", "e")
}

// pastRelative returns where the main verb stands after a relative clause
// opened at s[k] that names no harm ("who had joined the march were still
// missing"), or 0: a clause that names one ("who were injured were taken
// to hospital") is read as it is.
func pastRelative(s []token, k int) int {
	for m := k + 3; m < len(s) && m <= k+9; m++ {
		if s[m].Kind != tokWord {
			return 0
		}
		if s[m].is("were", "are", "remain", "remained", "fueron", "son", "siguen", "permanecen", "continuan", "estan") {
			for t := k + 1; t < m; t++ {
				if _, _, ok := categoryLex.match(s, t); ok {
					return 0
				}
			}
			return m
		}
	}
	return 0
}

// mostInApposition reports whether the number at s[i:j] stands between
// commas after "la mayoría de …", "most of the …" opening the sentence.
func mostInApposition(s []token, i, j int) bool {
	if i < 4 || j >= len(s) || s[i-1].Text != "," || s[j].Text != "," {
		return false
	}
	return s[0].is("la") && s[1].is("mayoria") || s[0].is("most") && s[1].is("of") || s[0].is("the") && s[1].is("majority")
}

// othersAt reports whether the number at s[i:j] counts others besides
// those counted before ("52 others were wounded", "otros 11 heridos"):
// people added, no part of a whole.
func othersAt(s []token, i, j int) bool {
	return j < len(s) && s[j].is("others", "otros", "otras") || i > 0 && s[i-1].is("otros", "otras", "other", "another")
}

// partHasState reports whether the part "of them" at s[j] says what befell
// it ("several of them presented bruises in the face"), which a vague
// part needs to be counted at all ("varias de ellas no tuvieron acceso a un
// abogado" is not).
func partHasState(s []token, j int, whole Claim) bool {
	cat := whole.Data.(CountData).Category
	if _, ok := partState(s, j+2, cat); ok {
		return true
	}
	// "varias de ellas en el tórax", "varias de ellas por violencia
	// sexual": where the part of the injured was hit, or what the part of
	// the complaints is over, tells it apart as a count.
	k := j + 2
	if cat == "injured" && k+1 < len(s) && s[k].is("en", "in") {
		for k++; k < len(s) && s[k].is("el", "la", "los", "las", "the", "their", "sus", "su"); k++ {
		}
		_, _, ok := woundLex.match(s, k)
		return ok
	}
	return cat == "cases" && complaintGround(s, k)
}

// partAfter reports whether "de ellos", "of them"… follow the number at s[j]:
// "cuatro de ellos", "27 of them".
func partAfter(s []token, j int) bool {
	return j+1 < len(s) && s[j].is("de", "of") && s[j+1].is("ellos", "ellas", "them", "these", "those", "estos", "estas", "esos", "esas", "whom") ||
		cualesAfter(s, j)
}

// cualesAfter reports whether "de los cuales"/"de las cuales" follows the
// number at s[j], a part of the count just before as "of whom" is: "85
// civiles, dos de los cuales perdieron la visión".
func cualesAfter(s []token, j int) bool {
	return j+2 < len(s) && s[j].is("de") && s[j+1].is("los", "las") && s[j+2].is("cuales")
}

// levelBefore reports whether a place's level opens s[k:], "la
// provincia de Chumbivilcas", "the district of Ilave", "la ciudad del
// Cusco": a place as much as a bare name is.
func levelBefore(s []token, k int) bool {
	if k+3 < len(s) && s[k].is("la", "el", "the") && levelHints[s[k+1].Norm] != 0 && s[k+2].is("de", "del", "of") {
		return s[k+3].Cap
	}
	return false
}

// listed reports whether the number s[i:j] continues a list of counts by
// place: "12 muertos en Apurímac, seis en Ayacucho y uno en La Libertad".
func listed(s []token, i, j int) bool {
	b := i
	if b > 1 && s[b-1].is("a") && s[b-2].is(",", "y", "e") {
		b-- // "detuvo a 47 personas en Iquique y a 12 en Arica": the personal "a"
	}
	if b > 0 && s[b-1].is(",", "y", "e", "and", ":") && j+1 < len(s) && s[j].is("en", "in") && (s[j+1].Cap || levelBefore(s, j+1)) {
		return true
	}
	// "in Juliaca 18 died and in Ilave 1", "y en Sicuani otros 2": the place
	// before the number.
	if k := i - 1; k >= 2 && s[k].Cap && s[k].Kind == tokWord {
		for k > 0 && s[k-1].Cap && s[k-1].Kind == tokWord {
			k--
		}
		if k >= 2 && s[k-1].is("in", "en") && s[k-2].is(",", "y", "e", "and", ";") {
			return true
		}
	}
	// "Puno (18), Apurímac (8)", "Puno con 21, Apurímac con 8".
	if i > 1 && (s[i-1].Text == "(" || s[i-1].is("with", "con")) && s[i-2].Cap && s[i-2].Kind == tokWord {
		return true
	}
	// "12 by bullets and 300 by pellets", "384 por violencia sexual y 951
	// por apremios", "12 died from gunshot wounds and 3 from blunt trauma",
	// "treated …, 14 for pellet wounds".
	if j+1 < len(s) && s[j].is("by", "por", "from", "for") && i > 0 && s[i-1].is(",", "y", "e", "and") {
		return true
	}
	// "two in Puyo, one in Quito and two whose location it could not
	// confirm": the last item of a list by place, placed nowhere.
	if j < len(s) && s[j].is("whose", "cuyo", "cuya", "cuyos", "cuyas") && i > 0 && s[i-1].is(",", "y", "e", "and") {
		for k := i - 2; k > 0; k-- {
			if s[k].is("in", "en") && isNumberStart(s, k-1) && listed(s, k-1, k) {
				return true
			}
		}
	}
	// "The wounded by pellets were 300 and by bullets 12".
	return i > 2 && s[i-2].is("by", "por") && s[i-3].is("and", "y", "e", ",")
}

// subjectCategory returns the category a word names before s[i] in a
// sentence with no number before it.
func subjectCategory(s []token, i int) (string, bool) {
	for k := 0; k < i; k++ {
		if s[k].Kind == tokNumber {
			return "", false
		}
		if v, _, ok := categoryLex.match(s, k); ok && v != caseUnit && v != woundNoun && v != treatedCategory && v != shotCategory {
			return v, true
		}
	}
	return "", false
}

// disappearance reports whether a noun of disappearance follows the number.
func disappearance(s []token, j int) bool {
	return j < len(s) && s[j].is("disappearances", "desapariciones")
}

// bringsTotalTo reads "bringing the total … to N", "raising the number
// detained … to N": a running total of what the words between name, or of
// the count before it in the sentence. The subject may run long ("the
// death toll from nine days of indigenous-led protests").
func (d *doc) bringsTotalTo(s []token, i int, sp span) (string, bool) {
	if i == 0 || !s[i-1].is("to", "a") {
		return "", false
	}
	for b := i - 2; b >= 0 && b >= i-16; b-- {
		if s[b].Text == "." && !(b+1 < len(s) && dayOfMonth(s, b+1)) || s[b].Text == ";" || s[b].Kind == tokNumber && !dayOfMonth(s, b) {
			return "", false // "bringing the total since December 7 to 67": a day is part of the subject
		}
		if !s[b].is("bringing", "raising", "taking", "pushing", "elevando", "llevando", "brings", "raises", "brought", "raised", "pushed", "elevo", "llevo") {
			continue
		}
		for k := b + 1; k < i-1; k++ {
			if v, _, ok := categoryLex.match(s, k); ok && v != caseUnit && v != woundNoun && v != treatedCategory {
				return v, true
			}
		}
		if k := d.lastCountIn(sp); k >= 0 {
			return d.claims[k].Data.(CountData).Category, true
		}
		return "", false
	}
	return "", false
}

// numberOfSubject reads the kind of a running total from the subject
// before its verb: "the number of people treated for pellet wounds in
// Puno since Monday has climbed to 112", "el número de detenidos por los
// bloqueos subió a 140". People treated for an injury are injured; treated
// with no injury named, in hospital.
func numberOfSubject(s []token, i int) (string, bool) {
	// A subject may hold a relative clause before its verb: "The number of
	// injured ones for the confrontations in the lake, where comuneros in
	// boats tried to take the port, ascends to 21".
	for b := i - 3; b >= 0 && b >= i-32; b-- {
		if s[b].Text == "." && !(b+1 < len(s) && dayOfMonth(s, b+1)) || s[b].Text == ";" || s[b].Kind == tokNumber && !dayOfMonth(s, b) {
			return "", false // "since Jan. 19": a day is part of the subject
		}
		if !s[b].is("number", "numero", "cifra", "total", "quantity", "cantidad", "figure") {
			continue
		}
		k := b + 2
		if !s[b+1].is("of", "de") {
			if !s[b].is("number") || b == 0 || !s[b-1].is("the") {
				continue
			}
			k = b + 1 // "the number detained in the capital … stood at 519"
		}
		if _, e, ok := whoLex.match(s, k); ok {
			k = e
		} else if k < i && s[k].is("people", "personas", "persons") {
			k++
		}
		v, e, ok := categoryLex.match(s, k)
		if !ok || e > i || v == caseUnit || v == woundNoun || v == shotCategory {
			return "", false
		}
		if v == treatedCategory {
			v = "other"
			for f := e; f+1 < i && f < e+8 && v == "other"; f++ {
				// "for tear gas and pellet wounds": the injury a few words on.
				for n := f + 1; s[f].is("for", "por") && n < i && n <= f+4; n++ {
					if injuryAfter(s, n) {
						v = "injured"
						break
					}
				}
			}
		}
		return v, true
	}
	return "", false
}

// makesTotal reports whether a clause summing what came before ends right
// before s[i]: "which makes 19", "lo que suma 25", "for a total of 12".
func makesTotal(s []token, i int) bool {
	for b := i - 1; b >= 1 && b >= i-4; b-- {
		if s[b].is("makes", "make", "made", "suma", "suman", "sumando", "hace", "hacen", "totaling", "totalling", "totalizando") && s[b-1].is("which", "que", "what", "lo", "cual") {
			return true
		}
		if b >= 2 && s[b].is("of", "de") && s[b-1].is("total") && s[b-2].is("a", "un") {
			return true // "for a total of", "para un total de"
		}
		if !s[b].is("a", "to", "up", "of", "de", "at", "least", "al", "menos", "some", "unos") {
			return false
		}
	}
	return false
}

// colonBeforeNumber reports whether a colon follows s[k] before any number:
// "35 personas resultaron heridas el sábado en Lima: 20 civiles y 15 policías".
// A day of a month on the way does not stop it: "At least 23 people have
// been killed since the protests began on Jan. 4, the ombudsman's office
// said on Friday: 18 in clashes …".
func colonBeforeNumber(s []token, from int) bool {
	for k := from; k < len(s) && k < from+20; k++ {
		if s[k].Text == "." && k > 0 && monthNames[s[k-1].Norm] != 0 {
			continue // "Jan."
		}
		if s[k].Kind == tokNumber && !dayOfMonth(s, k) && !yearAt(s, k) || s[k].Text == ";" || s[k].Text == "." {
			return false
		}
		if s[k].Text == ":" || s[k].Text == "—" || s[k].Text == "–" {
			// "the deaths of 46 people … — 44 civilians and two police
			// officers —": a dash opens the breakdown as a colon does.
			return k+1 < len(s) && isNumberStart(s, k+1)
		}
	}
	return false
}

// yearAt reports whether s[k] is a year ("between 28 April and 31 July
// 2021").
func yearAt(s []token, k int) bool {
	return s[k].Kind == tokNumber && len(s[k].Text) == 4 && s[k].Text >= "1900" && s[k].Text <= "2100"
}

// sentenceCategory returns the category a sentence opens with as its
// subject, which numbers of people in it take: "Of the dead, 12 were
// minors", "Los fallecidos eran en su mayoría jóvenes: 17 …".
func sentenceCategory(s []token) string {
	k := 0
	if k < len(s) && s[k].is("of", "among", "entre", "de") {
		k++
	}
	if k >= len(s) || !s[k].is("the", "los", "las") {
		return ""
	}
	if v, e, ok := categoryLex.match(s, k+1); ok && v != caseUnit && v != woundNoun && v != treatedCategory && v != shotCategory {
		if e+1 < len(s) && s[e].is("in", "en") && s[e+1].Cap && s[e+1].Kind == tokWord {
			// MT "Of the apprehended ones in Ilave, 3 are minors": the
			// whole's place between its kind and the part.
			for e++; e < len(s) && s[e].Cap && s[e].Kind == tokWord; e++ {
			}
		}
		if e < len(s) && (s[e].Text == "," || s[e].is("were", "eran", "fueron", "are", "son", "included", "incluyen")) {
			return v
		}
	}
	return ""
}

// wholeBefore reports whether the count at s[i] is the whole that a later
// number is a part of: "Of the 49 people killed, 11 were minors".
func wholeBefore(s []token, i int) bool {
	for b := i - 1; b >= 0 && b >= i-3; b-- {
		if s[b].Text == "," {
			return false // "Of these, 13 were …": the number is a part, not the whole
		}
		if s[b].is("of", "de") && b+1 < i && s[b+1].is("the", "los", "las", "those", "these", "esos", "esas", "estos", "estas") && (b == 0 || s[b-1].Text == "," || s[b-1].Text == ";" || s[b-1].Text == "-" || s[b-1].Text == "—" || s[b-1].is("that", "que")) {
			// also at the head of a reported clause, "said that of the 58
			// …", and after a dateline, "JULIACA.- De los 18 fallecidos"
			return true
		}
	}
	return false
}

// partWordsBefore reports whether a relative of a part ("de los cuales",
// "of those which") stands right before s[i].
func partWordsBefore(s []token, i int) bool {
	for b := i - 1; b >= 0 && b >= i-2; b-- {
		if s[b].is("cuales", "which", "whom") {
			return true
		}
	}
	return false
}

// memberOf handles "five of the 40 people wounded in Juliaca died": the
// number before "of the" is a part of the count that follows, with the
// category of the verb after that count when there is one.
func (d *doc) memberOf(s []token, j int, hit *countHit) bool {
	n := j + 2
	if !(j+2 < len(s) && s[j].is("of", "de") && s[j+1].is("the", "los", "las")) {
		// "Three minors were among the 17 people injured", "dos
		// periodistas estaban entre los 30 heridos": the same, by a copula.
		k, limit := j, j+3
		for k < len(s) && k < limit && s[k].Kind == tokWord && !s[k].Cap && !s[k].is("were", "are", "was", "is", "eran", "son", "estaban", "estan", "figuran", "figuraban") {
			if s[k].is("and", "y") && k+2 < len(s) && s[k+1].Kind == tokNumber {
				// "Dos carabineros y 11 civiles figuran entre los 84
				// heridos": both members before one copula.
				k += 2
				limit = k + 3
				continue
			}
			k++
		}
		if k < len(s) && s[k].Text == "," {
			// "Two young men, Edgar Prado, 21, and Luis Soto, 19, were
			// among the eight people killed": the members' names and ages
			// in an aside before the copula.
			if e := namedAside(s, k+1); e > 0 {
				k = e + 1
			}
		}
		if !(k+3 < len(s) && s[k].is("were", "are", "was", "is", "eran", "son", "estaban", "estan", "figuran", "figuraban") && s[k+1].is("among", "entre")) {
			return false
		}
		n = k + 2
		if s[n].is("the", "los", "las") {
			n++
		} else if _, _, ok := qualifierLex.match(s, n); !ok {
			return false // "41 police officers were among more than 100 injured": no article before a qualifier
		}
	}
	if _, e, ok := qualifierLex.match(s, n); ok {
		n = e // "five of the roughly 40 wounded"
	}
	if n >= len(s) || !isNumberStart(s, n) {
		return false
	}
	whole, ok := d.wholeAt(s, n)
	if !ok {
		// "shot dead 10 people … six of the 10 were hit in the chest": a
		// bare figure with no kind of its own names back the count before.
		q, e, ok := parseQuantity(s, n)
		if !ok || q.Vague || e < len(s) && s[e].Kind == tokWord && !s[e].is("were", "are", "was", "had", "have", "fueron", "eran", "son", "habian", "tenian") {
			return false
		}
		k := d.namedBackWhole(s[n].Start, q.Min)
		if k < 0 {
			return false
		}
		whole = countHit{start: d.claims[k].Start, end: s[e-1].End, data: d.claims[k].Data.(CountData)}
	}
	takeWhole(hit, whole)
	if k := d.namedBackWhole(whole.start, whole.data.Min); k >= 0 {
		// "Families of the 10 people killed … eight of the 10 had been
		// shot": the figure alone names back the count before, whose kind
		// the whole is.
		setPartOf(&hit.data, d.claims[k])
		whole.data.Category = hit.data.PartOf.Category
		hit.data.Category = whole.data.Category
	}
	if v, ok := partState(s, tokenIndex(s, whole.end-1)+1, whole.data.Category); ok {
		hit.data.Category = v
	}
	return true
}

// amongTheKind reports whether the words from s[j] put the people counted
// among a kind named by its noun, with no figure: "were among the
// injured", "figuran entre los detenidos".
func amongTheKind(s []token, j int) bool {
	for k := j; k+3 < len(s) && k < j+4 && s[k].Kind == tokWord && !s[k].Cap; k++ {
		if s[k].is("were", "are", "was", "is", "eran", "son", "estaban", "estan", "figuran", "figuraban") {
			if !s[k+1].is("among", "entre") || !s[k+2].is("the", "los", "las") {
				return false
			}
			_, _, ok := categoryLex.match(s, k+3)
			return ok
		}
	}
	return false
}

// namedBackWhole returns the claim of an earlier count of the paragraph
// holding pos that is no part and counts exactly n, or -1: the whole a
// bare figure after "N of the" names back.
func (d *doc) namedBackWhole(pos, n int) int {
	return d.lastCountWhere(span{d.paraStart(pos), pos}, func(_ int, cd CountData) bool { return cd.PartOf == nil && cd.Min == n && cd.Max == n })
}

// addsUpTo reports whether the count of n ending at s[j] and the next one
// joined to it by "y"/"and" sum to the whole, a count that is no part.
func addsUpTo(s []token, j, n int, whole CountData) bool {
	if whole.PartOf != nil || j+1 >= len(s) || !s[j].is("y", "and") {
		return false
	}
	q, _, ok := parseQuantity(s, j+1)
	if !ok && s[j+1].is("un", "una", "a", "an", "one") {
		q, ok = quantity{Min: 1, Max: 1}, true
	}
	return ok && n+q.Min == whole.Min && whole.Min == whole.Max
}

// paraStart returns where the paragraph holding pos starts.
func (d *doc) paraStart(pos int) int {
	start := 0
	for _, p := range d.paras {
		if p.Start <= pos {
			start = p.Start
		}
	}
	return start
}

// colonWhole handles a breakdown that opens its sentence and ends in a
// colon before the whole it breaks down ("Cuatro escolares y dos
// agricultores: esa es la lista de los seis fallecidos …"): only counted
// people and list words stand between the sentence's start and the colon,
// and the first number after it, behind an article, is a larger count with
// a kind, which the part takes.
func (d *doc) colonWhole(s []token, i, j int, hit *countHit) bool {
	for k := 0; k < i; k++ {
		if !(s[k].Kind == tokNumber || s[k].Text == "," || s[k].Kind == tokWord && !s[k].Cap || s[k].Cap && k == 0) {
			return false
		}
	}
	c := j
	for c < len(s) && c < j+20 && s[c].Text != ":" {
		if s[c].Text == "." || s[c].Text == ";" || s[c].Kind == tokWord && s[c].Cap {
			return false
		}
		c++
	}
	if c >= len(s) || s[c].Text != ":" {
		return false
	}
	for n := c + 1; n < len(s) && n < c+9; n++ {
		if s[n].Text == "," || s[n].Text == "." {
			return false
		}
		if !isNumberStart(s, n) {
			continue
		}
		if !s[n-1].is("the", "los", "las") {
			return false
		}
		whole, ok := d.wholeAt(s, n)
		if !ok || whole.data.Min <= hit.data.Min {
			return false
		}
		takeWhole(hit, whole)
		return true
	}
	return false
}

// loneMembers reads a subject of lone people, each opened by an article
// and joined by "and"/"y" or commas, before a plural copula and "among
// the"/"entre los" ("A 17-year-old student and a medical worker, Marco
// Samillán, were among the 17 civilians killed", "Un comerciante y una
// estudiante figuran entre los nueve fallecidos"): how many people it
// names and where the whole's number starts. One person alone, or a
// subject that goes on from an earlier member, is none.
func loneMembers(s []token, i int) (int, int, bool) {
	if !s[i].is("a", "an", "un", "una") || i > 0 && s[i-1].is("and", "y", "e", ",", "of", "de") {
		return 0, 0, false
	}
	n, k := 0, i
	for k < len(s) && k < i+30 {
		switch t := s[k]; {
		case t.is("a", "an", "un", "una"):
			n++
		case t.is("were", "are", "eran", "son", "estaban", "estan", "figuran", "figuraban"):
			if n < 2 || k+3 >= len(s) || !s[k+1].is("among", "entre") || !s[k+2].is("the", "los", "las") || !isNumberStart(s, k+3) {
				return 0, 0, false
			}
			return n, k + 3, true
		case t.Text == ",":
			if e := namedAsideOne(s, k+1); e > 0 {
				k = e // ", Marco Samillán,": the member's name
			}
		case t.Text == "-" || t.Kind == tokNumber && k+1 < len(s) && s[k+1].Text == "-":
			// "15-year-old": an age
		case t.Kind == tokWord && (!t.Cap || k > i && s[k-1].is("the", "el", "la", "of", "de", "del") || k > i && s[k-1].Cap && s[k-1].Kind == tokWord):
			// a lowercase word, or a name after "from the"/"de" ("from the
			// Senkata district")
		default:
			return 0, 0, false
		}
		k++
	}
	return 0, 0, false
}

// namedAsideOne returns the comma closing one capitalised name in an aside
// starting at s[t] (", Marco Samillán,"), or -1.
func namedAsideOne(s []token, t int) int {
	n := t
	for n < len(s) && n < t+5 && s[n].Cap && s[n].Kind == tokWord {
		n++
	}
	if n == t || n >= len(s) || s[n].Text != "," {
		return -1
	}
	return n
}

// wholeAt reads the count of a kind whose number starts at s[n], for a part
// named before it.
func (d *doc) wholeAt(s []token, n int) (countHit, bool) {
	q, e, ok := parseQuantity(s, n)
	if !ok {
		return countHit{}, false
	}
	whole, ok := d.countAt(s, n, e, q)
	return whole, ok && whole.data.Category != ""
}

// takeWhole makes hit a part of whole, of whole's kind.
func takeWhole(hit *countHit, whole countHit) {
	hit.data.PartOf = &CountRef{Start: whole.start, End: whole.end, Min: whole.data.Min, Category: whole.data.Category}
	hit.data.Category = whole.data.Category
}

// partState reads what befell a part in the predicate from s[k] on, when
// it differs from its whole's kind: "4 of the 11 wounded of Saturday in
// Juli continue hospitalized" (in hospital), "14 de los 31 detenidos …
// presentaban hematomas" (detainees with injuries are injured; the dead
// with wounds stay dead), "dos de ellos fueron evacuados a
// Arequipa" (a part of the injured moved on: in hospital care).
func partState(s []token, k int, whole string) (string, bool) {
	if whole != "killed" {
		// "Five of the 20 people treated for injuries … later died": the
		// part's death, past the words that describe the whole.
		for t := k; t < len(s) && t < k+14; t++ {
			if s[t].Text == "." && !abbrevMonth(s, t) || s[t].Text == ";" || s[t].Kind == tokNumber && !dayOfMonth(s, t) || s[t].Text == "," && t+1 < len(s) && (s[t+1].is("and", "y") || isNumberStart(s, t+1)) {
				break
			}
			if s[t].is("died", "murieron", "fallecieron", "perished", "succumbed") && !(t+1 < len(s) && s[t+1].is("down", "out", "away")) {
				return "killed", true
			}
		}
	}
	for end := min(len(s), k+14); k < end; k++ {
		if s[k].Text == "." && !abbrevMonth(s, k) || s[k].Text == ";" || s[k].Kind == tokNumber && !dayOfMonth(s, k) || s[k].Text == "," && k+1 < len(s) && (s[k+1].is("and", "y", "asi", "as", "while", "mientras", "plus", "besides") || isNumberStart(s, k+1)) || oneOfThemAfter(s, k) {
			// "19 of them with bullet wounds, and five people lay dead",
			// "63 de ellas por arma de fuego, así como nueve homicidios":
			// another clause; a day ("wounded on December 11 are still in
			// hospital") is the whole's description.
			break
		}
		if whole == "detained" && s[k].is("denunciaron", "denuncian", "denounced", "denounce") && k+1 < len(s) && !s[k+1].is("haber", "having", "being", "that", "que") &&
			// MT "denounced to have been beaten": "haber" word for word.
			!(k+2 < len(s) && s[k+1].is("to") && s[k+2].is("have")) &&
			s[k-1].Text != "," { // ", denounced the lawyer": who said it, past the part's clause
			// "de las cuales 63 denunciaron malos tratos", MT "5 of the
			// detained ones denounced tortures": complaints; blows they
			// denounce ("denunciaron golpes") are injuries, as are those who
			// "denunciaron haber sido golpeadas", read below.
			if injuryAfter(s, k+1) {
				return "injured", true
			}
			return "cases", true
		}
		if _, ok := stayInHospital(s, k); ok && whole == "injured" {
			return "other", true // "4 of the wounded ones continue in the Regional Hospital"
		}
		if whole == "disappeared" && s[k].is("found", "located", "localized", "localised", "encontrados", "encontradas", "hallados", "halladas", "ubicados", "ubicadas", "localizados", "localizadas") &&
			!(k+1 < len(s) && s[k+1].is("dead", "muertos", "muertas", "sin")) {
			// "41 persons not located, of which 38 were found": no longer
			// missing, as "were located" is; those found dead are not.
			return "other", true
		}
		if s[k].is("presentaban", "presentan", "presentaba", "presentaron", "presented", "present", "showed", "show", "had", "have", "tenian", "tienen",
			"sufrieron", "suffered",
			// The perfect after what they said: "denunciaron haber sufrido
			// golpes", MT "denounced having received blows".
			"sufrido", "recibido", "received") && injuryAfter(s, k+1) && whole == "detained" {
			return "injured", true
		}
		if k > 0 && s[k-1].is("sido", "been", "being", "fueron", "were", "was", "fue") && beatenWords[s[k].Norm] && whole == "detained" {
			// "nueve denunciaron haber sido golpeadas", "eleven said they
			// had been beaten in custody": detainees who were beaten.
			return "injured", true
		}
		v, _, ok := categoryLex.match(s, k)
		if !ok || v == woundNoun || v == caseUnit || v == "victims" {
			continue
		}
		if v == treatedCategory {
			// "heridos atendidos en el hospital": the treatment describes
			// the whole, unless the whole is of the injured moved on.
			if whole != "injured" || k == 0 || !s[k-1].is("fueron", "were", "was", "fue", "ser", "be", "been") {
				continue
			}
			v = "other"
		}
		return v, true
	}
	return "", false
}

// relativeAhead reports whether a relative pronoun opens, a few words
// after s[j], a clause of the people just counted ("38 people in
// Valparaíso who said …"), with no other number or clause between.
func relativeAhead(s []token, j int) (int, bool) {
	for k := j; k < len(s) && k < j+6; k++ {
		if s[k].Kind == tokNumber || s[k].Text == "," || s[k].Text == "." || s[k].Text == ";" {
			return 0, false
		}
		if s[k].is("who", "que", "quienes") {
			return k, true
		}
	}
	return 0, false
}

// beatenWords say that people were beaten or assaulted: read by partState
// ("had been beaten", of the detained) and saidBeaten.
var beatenWords = map[string]bool{"golpeados": true, "golpeadas": true, "beaten": true, "agredidos": true,
	"agredidas": true, "assaulted": true}

// saidBeaten reports whether the clause from s[j] has people report that
// they were beaten: "denunciaron haber sido golpeados", "reported to have
// been beaten", "said they had been beaten", or that someone beat them:
// "who said carabineros had beaten them", "que dijeron que los policías
// los golpearon".
func saidBeaten(s []token, j int) bool {
	said := false
	for k := j; k < len(s) && k < j+10; k++ {
		if s[k].Text == "." || s[k].Text == ";" {
			return false
		}
		said = said || s[k].is("denunciaron", "denuncian", "reported", "said", "told", "dijeron", "afirmaron", "declararon", "aseguraron")
		if said && k > 0 && s[k-1].is("sido", "been") && beatenWords[s[k].Norm] {
			return true
		}
		if said && (s[k].is("beaten", "beat", "kicked", "assaulted") && k+1 < len(s) && s[k+1].is("them") ||
			k > 0 && s[k-1].is("los", "las") && s[k].is("golpearon", "golpeaban", "agredieron", "patearon")) {
			return true
		}
	}
	return false
}

// foundDead reports whether s[j] says people were found dead, their verb
// left out: "y tres sin vida", "and two dead".
func foundDead(s []token, j int) bool {
	return j+1 < len(s) && s[j].is("sin") && s[j+1].is("vida") || j < len(s) && s[j].is("dead", "muertos", "muertas", "fallecidos", "fallecidas")
}

// oneByAdjective gives the harm of "a dead one" at s[k] ("one"), MT word
// for word of "un muerto" ("leaving a dead one and 14 wounded ones"): the
// adjective, not the next count's kind.
func oneByAdjective(s []token, k int) string {
	if k < 2 || !s[k].is("one") || !s[k-2].is("a", "an") {
		return ""
	}
	switch {
	case s[k-1].is("dead", "deceased"):
		return "killed"
	case s[k-1].is("wounded", "injured"):
		return "injured"
	}
	return ""
}

// facilityNouns are places and things a number may count past a word or
// two that could name people ("56 neighborhood police posts", "12 police
// stations", "tres comisarías"): not a count of people.
var facilityNouns = map[string]bool{"posts": true, "stations": true, "puestos": true, "comisarias": true, "offices": true,
	"oficinas": true, "sedes": true, "headquarters": true, "cuarteles": true, "tolls": true, "peajes": true}

// thingAhead reports whether a facility noun stands within two words after
// a number at s[j], with no word of harm before it.
func thingAhead(s []token, j int) bool {
	for k := j; k < len(s) && k < j+3; k++ {
		if facilityNouns[s[k].Norm] {
			return true
		}
		if _, _, ok := categoryLex.match(s, k); ok || s[k].Kind != tokWord || s[k].is("at", "in", "en", "of", "de", "to", "a", "were", "fueron") {
			return false
		}
		if _, _, ok := whoLex.match(s, k); ok && !(k+1 < len(s) && facilityNouns[s[k+1].Norm]) {
			return false // "12 people at posts": people first; "police posts" a thing
		}
	}
	return false
}

// oneOfThemAfter reports whether a comma at s[k] opens a part of one
// person ("two journalists of Ayacucho, one of which presented
// contusions"): what befell that one is not the count's before it.
func oneOfThemAfter(s []token, k int) bool {
	return s[k].Text == "," && k+2 < len(s) && s[k+1].is("one", "uno", "una") && s[k+2].is("of", "de")
}

// movedOn reports whether the predicate right after a number at s[j] says
// only how the people were kept, treated or taken elsewhere: "fueron
// internados", "tuvieron que ser operadas", "debieron ser trasladados a
// Arequipa", "were flown to Lima" (README, settled in round 29: a part
// moved elsewhere after the harm is `other`). A "de los heridos" between
// the number and its predicate names the whole, not the part's fate.
func movedOn(s []token, j int) bool {
	if j+2 < len(s) && s[j].is("of", "de") && s[j+1].is("the", "los", "las", "those", "esos", "esas") {
		if _, e, ok := categoryLex.match(s, j+2); ok {
			j = e
		}
	}
	for k := j; k < len(s) && k < j+5; k++ {
		if s[k].Kind != tokWord {
			return false
		}
		if movedVerbs[s[k].Norm] && takenSomewhere(s, k+1) {
			return true
		}
		v, e, ok := categoryLex.match(s, k)
		if !ok {
			continue
		}
		if v == treatedCategory && takenSomewhere(s, e) {
			// "were referred to the city of Cochabamba": taken, not
			// treated; a hospital or a cell there is settled as before.
			w := settleTreated(s, e)
			return w == "" || w == "other"
		}
		return v == "other"
	}
	return false
}

// movedBefore reports whether a number of the injured follows, in
// machine-translated verb-first order, the verb that moved them: "Were
// transferred to Lima 11 of the wounded ones", "Fueron evacuados a
// Arequipa 9 de los heridos". The verb opens its clause with its
// auxiliary, so "were taken to hospital, 20 …" is no match.
func movedBefore(s []token, i, j int) bool {
	if !(j+1 < len(s) && s[j].is("of", "de") && s[j+1].is("the", "los", "las")) {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-11; k-- {
		if s[k].Kind != tokWord {
			return false
		}
		if !movedVerbs[s[k].Norm] {
			continue
		}
		t := k + 1
		if dayOfYesterday(s, t, i) {
			t += 4 // MT "Were transferred the day of yesterday to Lima 6 of the wounded ones"
		} else if w := weekdayPhrase(s, t, i); w > t {
			t = w
		}
		if takenSomewhere(s, t) && i-t <= 6 {
			return s[k-1].is("were", "fueron")
		}
	}
	return false
}

// takenSomewhere reports whether s[e] opens where people were taken: "to
// Lima", "a Arequipa", "al hospital", "hacia Quito".
func takenSomewhere(s []token, e int) bool {
	return e < len(s) && s[e].is("to", "a", "al", "hacia")
}

// ofTheCases reports whether s[j] names back the cases a number is of:
// "of the verified cases", "de esos casos", "of those 25 cases".
func ofTheCases(s []token, j int) bool {
	if !(j+2 < len(s) && s[j].is("of", "de") && s[j+1].is("the", "those", "these", "los", "esos", "estos")) {
		return false
	}
	for k := j + 2; k < len(s) && k <= j+4; k++ {
		if s[k].is("cases", "casos") {
			return true
		}
		if s[k].Kind != tokWord && s[k].Kind != tokNumber {
			return false
		}
	}
	return false
}

// casesHarm finds in the clause after "in N cases" at s[j] what befell
// the people ("las víctimas afirmaron haber sido golpeadas"), past the
// nouns that only name them.
func casesHarm(s []token, j int) (string, bool) {
	for k := j; k < len(s) && k < j+16 && s[k].Text != "." && s[k].Text != ";"; k++ {
		if v, ok := partState(s, k, "detained"); ok && v != "detained" && v != "victims" {
			return v, true
		}
	}
	return "", false
}

// withInjury reports whether s[k] says a part has an injury: "with
// impacts of firearm projectile", "con heridas de bala".
func withInjury(s []token, k int) bool {
	return k+1 < len(s) && s[k].is("with", "con") && (injuryAfter(s, k+1) || s[k+1].is("impacts", "impact", "impactos", "impacto"))
}

// kindSubset reads a whole named by its kind at s[b], ending before s[i]:
// "Entre los detenidos hay nueve mujeres", "Among the injured were four
// minors". It returns the kind and the index after it.
func kindSubset(s []token, b, i int) (string, int, bool) {
	if !(s[b].is("among", "entre", "between") && b+2 < i && s[b+1].is("the", "los", "las")) {
		return "", 0, false
	}
	v, e, ok := categoryLex.match(s, b+2)
	if !ok || e > i || v == caseUnit || v == woundNoun || v == treatedCategory || v == "victims" {
		return "", 0, false
	}
	return v, e, true
}

// activePerfect reports whether the participle at s[k] is active, after
// "have"/"had"/"haber" with no "been"/"sido" and before its object ("that
// would have beaten to 2 students", "que habrían golpeado a dos").
func activePerfect(s []token, k int) bool {
	return k > 1 && s[k-1].is("have", "has", "had", "habrian", "habria", "han", "habian", "haber") &&
		k+1 < len(s) && (s[k+1].is("to", "a", "the", "los", "las", "them", "him", "her") || isNumberStart(s, k+1))
}

// peopleNamedBefore reports whether people are named before s[i].
func peopleNamedBefore(s []token, i int) bool {
	for k := 0; k < i; k++ {
		if _, _, ok := whoLex.match(s, k); ok {
			return true
		}
	}
	return false
}

// listWhole is the whole that the count ref is an item of, when another
// count is an item of the same whole (a breakdown), else ref itself.
func (d *doc) listWhole(ref int) int {
	po := d.claims[ref].Data.(CountData).PartOf
	if po == nil {
		return ref
	}
	whole, items := -1, 0 // items counts ref too
	for _, r := range d.countRefs {
		c := d.claims[r]
		if c.Start == po.Start {
			whole = r
		} else if p := c.Data.(CountData).PartOf; p != nil && p.Start == po.Start {
			items++
		}
	}
	if whole < 0 || items < 2 {
		return ref
	}
	return whole
}

// rootWhole is the claim of the whole the count ref is a part of, through
// every level ("the 18 people killed …, one of them a police officer …
// Seventeen of the victims": the 18, not the one), or ref itself.
// namedSubWhole returns the part of whole that the words after a part's
// noun name again, or -1: "28 personas: 22 en enfrentamientos … y seis
// en accidentes. Ayacucho registró diez de las muertes en
// enfrentamientos" is a part of the 22, not of the 28. The words match
// by their first six letters ("atribuibles", "atribuidos").
func (d *doc) namedSubWhole(s []token, e int, whole *CountRef, n int) int {
	if whole == nil {
		return -1
	}
	var named []string
	for t := e; t < len(s) && t < e+4 && s[t].Kind == tokWord; t++ {
		if len(s[t].Norm) >= 6 {
			named = append(named, s[t].Norm[:6])
		}
	}
	if len(named) == 0 {
		return -1
	}
	for _, r := range d.countRefs {
		c := d.claims[r]
		cd := c.Data.(CountData)
		if cd.PartOf == nil || cd.PartOf.Start != whole.Start || cd.Category != whole.Category || cd.Min <= n {
			continue
		}
		after := tokenize(d.text, c.Start, min(len(d.text), c.Start+60))
		for t := 1; t < len(after) && t <= 5 && after[t].Kind == tokWord; t++ {
			if len(after[t].Norm) >= 6 && slices.Contains(named, after[t].Norm[:6]) {
				return r
			}
		}
	}
	return -1
}

func (d *doc) rootWhole(ref int) int {
	for depth := 0; depth < 4; depth++ {
		po := d.claims[ref].Data.(CountData).PartOf
		if po == nil {
			return ref
		}
		next := -1
		for _, r := range d.countRefs {
			if d.claims[r].Start == po.Start && d.claims[r].End == po.End {
				next = r
			}
		}
		if next < 0 {
			return ref
		}
		ref = next
	}
	return ref
}

// subsetAdjacent reports whether a subset phrase ends at most two words
// before the number: "de los cuales 20", "of whom at least 5".
func (d *doc) subsetAdjacent(s []token, i int) bool {
	for b := i - 1; b >= 0 && b >= i-7; b-- {
		if _, e, ok := kindSubset(s, b, i); ok {
			return i-e <= 2
		}
		if _, e, ok := subsetLex.match(s, b); ok && e <= i {
			return i-pastJudgment(s, e, i) <= 2
		}
	}
	return false
}

// pastJudgment returns where a clause of judgment between a subset phrase
// and its number ends ("of which it considers that at least four …", "de
// las cuales considera que 76 …"): the reporter's reading of the part,
// not another subject; e itself when none stands there.
func pastJudgment(s []token, e, i int) int {
	k := e
	if k < i && s[k].is("it", "he", "she", "they", "we", "se") {
		k++
	}
	if k+1 < i && s[k].is("considers", "considered", "believes", "believed", "estimates", "estimated", "found", "concluded", "considera", "considero",
		"estima", "estimo", "concluyo", "determino") && s[k+1].is("that", "que") {
		return k + 2
	}
	return e
}

// there is neither.
// placeListItem reports whether s[i:j] is a figure after a place in a list
// by place whose verb and noun the first item alone gives: "Ayacucho
// concentra diez muertes, Apurímac seis, Junín cuatro", or opened by
// "with" after a total ("now number 20, with 8 in Ayacucho, 6 in …").
func placeListItem(s []token, last, i, j int) bool {
	if last+2 == i && s[last].Text == "," && s[last+1].is("with", "con") && j < len(s) && s[j].is("in", "en") {
		return true // "now number 20, with 8 in Ayacucho, 6 in Apurímac": the first item
	}
	if last < i && s[last].is("in", "en", "during", "durante", "por", "for", "de", "of") {
		// Past the adjunct that closes the count before: "diez de las
		// muertes en enfrentamientos, Apurímac siete y Junín tres".
		for k := last + 1; k < i && k <= last+5; k++ {
			if s[k].Text == "," || s[k].is("y", "and", "e") {
				last = k
				break
			}
			if s[k].Kind != tokWord {
				return false
			}
		}
	}
	// "y Cochabamba, con 11", "and Yumbo, with 4": the share after the
	// place's own comma, as its first item had it ("La Paz, con 10
	// fallecidos, y Cochabamba, con 11"), reaches a little further.
	shared := i-2 > last+1 && s[i-1].is("con", "with") && s[i-2].Text == ","
	if last >= len(s) || s[last].Text != "," && !s[last].is("y", "and", "e") || i-last < 2 || i-last > 5 && !(shared && i-last <= 8) {
		return false
	}
	for k := last + 1; k < i; k++ {
		// "and Yumbo for four", "y Santa Cruz con cinco": the place's share.
		share := k == i-1 && k > last+1 && s[k].is("for", "con", "with") || shared && k == i-2
		joined := shared && k == last+1 && s[last].Text == "," && s[k].is("y", "and", "e")
		if !(s[k].Cap && s[k].Kind == tokWord || k > last+1 && s[k].is("de", "del", "la", "el", "the") || share || joined) {
			return false
		}
	}
	return j >= len(s) || s[j].Text == "," || s[j].Text == "." || s[j].Text == ";" || s[j].is("y", "and", "e")
}

// clockTime reports whether the colon at s[j] joins an hour to its
// minutes ("10:30"), with no space after it.
func clockTime(s []token, j int) bool {
	return s[j].Text == ":" && j+1 < len(s) && s[j+1].Start == s[j].End && s[j+1].Kind == tokNumber
}

// namedAside returns where the aside that opens at s[t] closes when it
// names two or more people, each with an age ("Inti Sotelo, de 24 años, y
// Bryan Pintado, de 22,", "Edgar Prado, 21, and Luis Soto, 19,"), or -1.
func namedAside(s []token, t int) int {
	names, end := 0, -1
	for {
		n := t
		for n < len(s) && n < t+5 && s[n].Cap && s[n].Kind == tokWord {
			n++
		}
		if n == t || n+1 >= len(s) || s[n].Text != "," || !ageAside(s, n+1) {
			break
		}
		names++
		if end = nextComma(s, n+1, 6); end < 0 {
			return -1
		}
		t = end + 1 // "Ana Quispe, 16, Rosa Mamani, 17, and …": a list with commas
		if t < len(s) && s[t].is("y", "and", "e") {
			t++
		}
	}
	if names < 2 {
		return -1
	}
	return end
}

// ageAside reports whether the words at s[t] are the ages of the people
// before them, closed by a comma: "Dos menores de edad, de 15 y 16 años,
// fallecieron", "Three students, aged 17 and 19, were shot".
func ageAside(s []token, t int) bool {
	if t < len(s) && s[t].is("de", "aged", "ages", "of") {
		t++
	}
	n := 0
	for t < len(s) && s[t].Kind == tokNumber {
		n++
		t++
		if t < len(s) && (s[t].is("y", "and", "e") || s[t].Text == ",") && t+1 < len(s) && s[t+1].Kind == tokNumber {
			t++
		}
	}
	if n == 0 || t >= len(s) {
		return false
	}
	if s[t].is("anos", "years", "ano", "year") {
		t++
		if t < len(s) && s[t].is("old") {
			t++
		}
	}
	return t < len(s) && s[t].Text == ","
}

// pastModifier returns where the words after a count of people that end
// at s[a] stop qualifying it, before b: a phrase of origin ending in a
// name ("Ocho comuneros de la provincia de Chucuito y …", "Nine students
// from the National University of the Altiplano and …"), one adjective
// after the noun ("Dos turistas extranjeros y …") or an aside
// naming a part ("15 protesters, four of them minors, and …"); a when
func pastModifier(s []token, a, b int) int {
	if a >= b {
		return a
	}
	if s[a].is("de", "del", "from", "of") {
		for c := a + 1; c < b && c <= a+9; c++ {
			if s[c].is("and", "y", "e") {
				// "de la provincia de Chucuito y", and the body of members,
				// "20 miembros de la federación y 6 estudiantes".
				if s[c-1].Cap && s[c-1].Kind == tokWord || c == a+3 && s[a+1].is("la", "el", "los", "las", "the") && s[c-1].Kind == tokWord {
					return c
				}
				return a
			}
		}
		return a
	}
	if a+1 < b && s[a].Kind == tokWord && !s[a].Cap && s[a+1].is("and", "y", "e") && !fillers[s[a].Norm] {
		return a + 1 // one adjective after the noun: "Dos turistas extranjeros y un guía"
	}
	if s[a].Text == "," && a+1 < b && isNumberStart(s, a+1) {
		for c := a + 2; c < b && c <= a+8; c++ {
			if s[c].Text == "," {
				if c > a+3 && s[a+2].is("of", "de") && s[a+3].is("them", "ellos", "ellas") {
					return c
				}
				return a
			}
		}
	}
	return a
}

// connected reports whether only conjunctions and commas stand between
// s[a] and s[b]: "9 civilians and 2 police officers".
func connected(s []token, a, b int) bool {
	a = pastModifier(s, a, b)
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if !s[k].is("and", "y", "e", ",", "as", "well", "plus", "ademas", "de", "mas", "also", "otros", "otras", "others") {
			return false
		}
	}
	return true
}

// enclosingCount returns the count claim whose words run past pos (a
// whole read on past its aside), or -1.
func (d *doc) enclosingCount(pos int) int {
	for k := len(d.countRefs) - 1; k >= 0; k-- {
		if c := d.claims[d.countRefs[k]]; c.Start < pos && c.End > pos {
			return d.countRefs[k]
		}
	}
	return -1
}

// wholeOfPart is the count in sp a part at s[j:] belongs to: the last one,
// or, when the part names its whole's kind ("15 of those held", "two of
// them wounded"), the last one of that kind.
func (d *doc) wholeOfPart(s []token, j int, sp span) int {
	last := d.lastCountIn(sp)
	if last >= 0 && len(s) > 0 && d.claims[last].End < s[0].Start {
		// "15 wounded, among them four police officers. … 3 of them were
		// referred": a part of an earlier sentence is no whole for a
		// later "of them", which goes back to its whole.
		if pd := d.claims[last].Data.(CountData); pd.PartOf != nil && !namesNumber(s, j, pd.Min) {
			if w := d.lastCountWhere(sp, func(ref int, cd CountData) bool {
				return d.claims[ref].Start == pd.PartOf.Start
			}); w >= 0 {
				last = w
			}
		}
	}
	if p := d.headPart(sp, last); p >= 0 && partAfter(s, j) && !namesNumber(s, j, d.claims[last].Data.(CountData).Min) {
		last = p
	}
	if !partAfter(s, j) || j+2 >= len(s) {
		return last
	}
	kind, _, ok := categoryLex.match(s, j+2)
	if s[j+2].is("held") {
		kind, ok = "detained", true
	}
	if !ok {
		return last
	}
	if k := d.lastCountOfKind(sp, kind); k >= 0 {
		return k
	}
	return last
}

// headPart is the part written right before its whole w in sp ("13 of
// the 17 civilians killed", "42 of the more than 100 wounded"), or -1:
// that phrase's head, which a later "of them" names back ("…, 11 of
// them", "nine of them in intensive care"), not the whole.
func (d *doc) headPart(sp span, w int) int {
	if w < 0 {
		return -1
	}
	wc := d.claims[w]
	return d.lastCountWhere(sp, func(ref int, cd CountData) bool {
		return cd.PartOf != nil && cd.PartOf.Start == wc.Start && d.claims[ref].End <= wc.Start && wc.Start-d.claims[ref].End < 24
	})
}

// heldOfficers reports whether the number at s[i], ending at s[j], counts
// soldiers or police officers that a verb of holding right before it has
// as its object: the state does not hold its own force.
func heldOfficers(s []token, i, j int) bool {
	b := i - 1
	if v := heldFor(s, i); v >= 0 {
		b = v
	} else if b > 0 && s[b].is("a", "to") {
		b-- // "retuvieron a 12 soldados", MT "retained to 12 policemen"
	}
	for b > 0 && (adverb(s[b]) || s[b].is("ayer", "anoche", "hoy", "yesterday", "today", "también", "tambien", "also", "además", "ademas")) {
		b-- // "retuvieron ayer a 14 policías": a word of time or manner between verb and object
	}
	for k := max(b-5, 1); k <= b; k++ {
		if weekdayPhrase(s, k, b+1) == b+1 {
			b = k - 1 // MT "retained the past Saturday to 12 policemen": the day between
			break
		}
	}
	for k := b; b > 0 && !holdingVerb(s[b]) && k > 0 && k >= b-7 && s[k].Kind == tokWord; k-- {
		if s[k].is("desde", "since", "durante", "during") {
			// "mantienen retenidos desde la tarde del lunes a 14 policías":
			// since when, between the verb and its object.
			b = k - 1
			break
		}
	}
	if b < 0 || !holdingVerb(s[b]) || j >= len(s) {
		return false
	}
	if _, ok := officersAt(s, j); ok {
		return true
	}
	if s[j].is("others", "otros") {
		// "43 officers had been injured and … demonstrators had briefly
		// held several others": more of the officers counted before.
		for k := 1; k < i; k++ {
			if isOfficerNoun(s[k]) && s[k-1].Kind == tokNumber {
				return true
			}
		}
	}
	return isOfficerNoun(s[j])
}

// holdingVerb reports whether t holds people captive: "retuvieron",
// "held", "mantienen retenidos".
func holdingVerb(t token) bool {
	return t.is("held", "holding", "hold", "retained", "retuvieron", "retuvo", "retienen", "retenian", "secuestraron", "retenidos", "retenidas")
}

// heldFor returns the index of the verb before a span of time and the
// personal "a" (MT "to") before the object at s[i]: "retuvieron durante
// seis horas a nueve agentes", MT "retained during 6 hours to 9 agents";
// -1 when the shape is not there.
func heldFor(s []token, i int) int {
	b := i - 1
	if b < 4 || !s[b].is("a", "to") || !s[b-1].is("hours", "horas", "days", "dias", "minutes", "minutos") || !isNumberStart(s, b-2) {
		return -1
	}
	if !s[b-3].is("during", "durante", "for", "por") {
		return -1
	}
	return b - 4
}

// stateHolds reports whether the holding verb at s[b] ("retuvo a", MT
// "retained to") has the police or the army as its subject: "La Policía
// detuvo a cuatro dirigentes … y retuvo a varios otros". Held by the state
// is detained; held by protesters or residents is not (README, round 26).
func stateHolds(s []token, b int) bool {
	if !s[b].is("retuvo", "retuvieron", "retienen", "retained", "held") {
		return false
	}
	for k := b - 1; k >= 0 && s[k].Text != "." && s[k].Text != ";"; k-- {
		if s[k].is("protesters", "demonstrators", "manifestantes", "comuneros", "pobladores", "residents", "vecinos", "ronderos", "villagers", "community", "comunidad") {
			if k > 0 && s[k-1].Kind == tokNumber {
				continue // "Police arrested 12 demonstrators … and held several others": counted, so the object
			}
			return false
		}
		if isOfficerNoun(s[k]) || s[k].is("police", "policia", "carabineros", "army", "ejercito", "military") {
			return true
		}
	}
	return false
}

// isOfficerNoun reports whether t names soldiers or police officers.
func isOfficerNoun(t token) bool {
	return t.is("soldiers", "soldados", "militares", "officers", "policemen", "policias", "uniformed", "uniformados", "troops", "effectives", "efectivos", "agentes")
}

// abbrevMonth reports whether the full stop at s[k] closes a month's
// abbreviation ("after the Nov. 14 march"), not a sentence.
func abbrevMonth(s []token, k int) bool {
	return k > 0 && s[k].Text == "." && monthNames[s[k-1].Norm] != 0 && len(s[k-1].Norm) <= 4
}

// namesNumber reports whether the words after a part name its whole's
// number: "In 20 of those 25 cases".
func namesNumber(s []token, j, n int) bool {
	for k := j; k < len(s) && k <= j+3; k++ {
		if q, _, ok := parseQuantity(s, k); ok && q.Min == n {
			return true
		}
	}
	return false
}

// lastCountOfKind is the last count of that kind in sp, or -1.
func (d *doc) lastCountOfKind(sp span, kind string) int {
	return d.lastCountWhere(sp, func(_ int, cd CountData) bool { return cd.Category == kind })
}

// lastCountIn is the last count inside sp, or -1.
func (d *doc) lastCountIn(sp span) int {
	return d.lastCountWhere(sp, func(int, CountData) bool { return true })
}

// lastCountWhere is the claim of the last count inside sp that keep
// accepts, or -1; counts are in text order, so the scan stops at the first
// one ending before sp.
func (d *doc) lastCountWhere(sp span, keep func(ref int, cd CountData) bool) int {
	for k := len(d.countRefs) - 1; k >= 0; k-- {
		ref := d.countRefs[k]
		c := d.claims[ref]
		if c.End < sp.Start {
			break
		}
		if c.Start >= sp.Start && c.End <= sp.End && keep(ref, c.Data.(CountData)) {
			return ref
		}
	}
	return -1
}

func countSummary(c CountData) string {
	var b strings.Builder
	b.WriteString("count: ")
	switch c.Qualifier {
	case "at_least":
		b.WriteString("at least ")
	case "more_than":
		b.WriteString("more than ")
	case "about":
		b.WriteString("about ")
	case "up_to":
		b.WriteString("up to ")
	case "less_than":
		b.WriteString("less than ")
	}
	b.WriteString(strconv.Itoa(c.Figure))
	if c.Vague && c.Max > c.Min {
		b.WriteString("–" + strconv.Itoa(c.Max))
	}
	if c.Additional {
		b.WriteString(" more")
	}
	if c.Unit != "" {
		b.WriteString(" " + c.Unit + " of")
	}
	if c.Who != "" {
		b.WriteString(" " + c.Who)
	}
	cat := strings.ReplaceAll(c.Category, "_", " ")
	if c.Possible {
		cat = "possibly " + cat
	}
	b.WriteString(" " + cat)
	if c.Cause != "" {
		b.WriteString(" by " + c.Cause)
	}
	for k, p := range c.Places {
		if k == 0 {
			b.WriteString(" in ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(p.Name)
	}
	if c.Date != "" {
		if c.Since {
			b.WriteString(" since " + c.Date)
		} else {
			b.WriteString(" on " + c.Date)
		}
	}
	if c.PartOf != nil {
		b.WriteString(" (part of " + strconv.Itoa(c.PartOf.Min) + " " + strings.ReplaceAll(c.PartOf.Category, "_", " ") + ")")
	}
	return b.String()
}

// countAt reads the words around the number s[i:j].
func (d *doc) countAt(s []token, i, j int, q quantity) (countHit, bool) {
	c := CountData{Figure: q.Min, Min: q.Min, Max: q.Max, Vague: q.Vague, Qualifier: "exact"}
	start, end := s[i].Start, s[j-1].End
	// Qualifier right before the number, or before "another", "other":
	// "at least another 20".
	for k := max(0, i-5); k < i; k++ {
		if v, e, ok := qualifierLex.match(s, k); ok && (e == i || e == i-1 && s[e].is("another", "other", "otros", "otras", "more")) {
			c.Qualifier = v
			start = s[k].Start
			switch v {
			case "more_than":
				c.Max = 0
			case "at_least":
				c.Max = 0
			case "up_to", "less_than":
				c.Min = 0
				if v == "less_than" {
					c.Max--
				}
			}
			break
		}
	}
	if q.Vague && c.Qualifier == "exact" {
		c.Qualifier = "about"
		if q.Qual != "" {
			c.Qualifier = q.Qual
		}
	}
	// Forward: people, category, modal, cause.
	unknown := 0
	casesOf := false // "casos de …": cases of some harm
	casesAt := 0     // where the "of"/"de" after "cases" stands
	aside := false   // read past an aside: "402, of whom 188 were police officers, and …"
	k := j
	lim := j + 14
	for k < len(s) && k < lim {
		t := s[k]
		if t.Text == "." || t.Text == ";" || t.Text == ":" || t.Text == "(" || t.Text == ")" || t.Text == "," && c.Category != "" {
			break
		}
		if t.Text == "," && c.Category == "" {
			if n := namedAside(s, k+1); n > 0 {
				// "Dos jóvenes, Inti Sotelo, de 24 años, y Bryan Pintado, de
				// 22, murieron": the victims named with their ages, then
				// their verb; the words past the aside still count.
				lim += n + 1 - k
				k, aside = n+1, true
				continue
			}
		}
		if t.Text == "," {
			if c.Category == "" && k+2 < len(s) && (s[k+1].is("including", "incluidos", "incluidas", "incluido", "incluida") ||
				s[k+1].is("among", "entre", "between", "of", "de") && s[k+2].is("them", "whom", "ellos", "ellas") || partFollows(s, k+1) || peopleListAside(s, k+1) || ageAside(s, k+1)) {
				// "Eighteen people, including a 17-year-old, died": read on
				// after the aside.
				if n := nextComma(s, k+1, 10); n > 0 {
					k, aside = n+1, true
					continue
				}
			}
			break
		}
		if t.is("de", "del", "of", "from") && k+1 < len(s) {
			// "Decenas de estudiantes de la Universidad Nacional del
			// Altiplano resultaron heridos": a name of where they are from
			// is one word, however long.
			n := k + 1
			if n < len(s) && s[n].is("la", "el", "los", "las", "the", "a", "an", "un", "una") {
				n++ // "Eight members of an Indigenous caravan were wounded"
			}
			if n < len(s) && s[n].Cap && s[n].Kind == tokWord && c.Category == "" {
				for n+1 < len(s) && (s[n+1].Cap && s[n+1].Kind == tokWord || s[n+1].is("de", "del", "of", "la", "the", "y", "and") && n+2 < len(s) && s[n+2].Cap) {
					n++
				}
				k = n + 1
				continue
			}
		}
		if t.Kind == tokNumber && k+1 < len(s) && (s[k+1].is("anos", "years", "ano", "year") || s[k+1].Text == "-" && k+2 < len(s) && s[k+2].is("year", "years")) {
			if k == j && c.Who == "" && s[i].is("a", "an") {
				c.Who = "people" // "a 17-year-old": the age stands for the person
			}
			k += 2 // an age: "un joven de 17 años", "a 15-year-old"
			continue
		}
		if k > j && (t.Kind == tokNumber || isNumberStart(s, k)) {
			break
		}
		if c.Category == "" && t.is("after", "luego", "despues", "when", "cuando", "tras") {
			break // "sube a 19 luego de que un comunero herido …": another clause's category
		}
		if c.Category == "" && k+2 < len(s) && t.is("y", "and") && (s[k+1].is("la", "el") && s[k+2].is("de") || s[k+1].is("that") && s[k+2].is("of") || s[k+1].is("the") && s[k+2].is("one")) {
			break // "llegó a 19 y la de heridos a 140": the next total's kind
		}
		if c.Category == "" && aside && t.is("and", "y") && k+1 < len(s) && s[k+1].is("the", "los", "las", "el", "la") {
			break // "ascended to 18, among them a police agent, and the injured ones surpass the 100": another subject
		}
		if c.Category == "" && aside && t.is("number", "numero", "cifra", "figure") {
			break // "had reached 402, of whom …, and that the number detained …": another total's subject
		}
		if c.Category == "" && (c.Who != "" || k > 0 && s[k-1].is("resulted", "resultaron", "resulto", "quedaron", "ended")) && withInjury(s, k) {
			// "26 personas con fracturas", "44 people with eye injuries":
			// people counted by the injury they have.
			c.Category = "injured"
			break
		}
		if c.Category == "" && k > j && deathCharge(s, k) {
			break // MT "apprehended to 5 persons by the death of a suboficial": what they are held over
		}
		if _, _, ok := categoryLex.match(s, k); ok && c.Category == "" && activePerfect(s, k) && !(k+1 < len(s) && s[k+1].is("them")) {
			// "four carabineros that would have beaten 2 students": the
			// people before an active verb of harm did it; they are no count
			// ("who said carabineros had beaten them" are its object).
			return countHit{}, false
		}
		if v, e, ok := categoryLex.match(s, k); ok {
			if v == woundNoun && k > 0 && s[k-1].is("resultaron", "resulto", "quedaron", "quedo", "fueron", "fue") && s[k].is("heridas", "herida") {
				v = "injured" // "resultaron heridas de bala": the participle, not the noun
			}
			if v == woundNoun {
				k = e
				continue
			}
			if v == caseUnit {
				if c.Unit == "" && c.Category == "" {
					c.Unit = "cases"
					casesOf = e < len(s) && s[e].is("of", "de")
					casesAt = e
					end = s[e-1].End
					k = e
					continue
				}
				break
			}
			if v == treatedCategory {
				v = settleTreated(s, e)
				if v == "" {
					break
				}
			}
			if v == shotCategory && e < len(s) && s[e].is("dead") {
				v, e = "killed", e+1 // "were shot dead"
			}
			// "nine of those detained": a demonstrative names the whole as
			// the article does.
			ofThe := k >= 2 && s[k-1].is("the", "los", "las", "those", "these", "esos", "esas", "aquellos", "aquellas") && s[k-2].is("of", "de")
			if v == "victims" && e+1 < len(s) && s[e].Text == "," && s[e+1].is("who", "que", "quienes") {
				e++ // "the 18 victims, who were killed"
				ofThe = true
			}
			if c.Category == "" && !ofThe && v == "victims" && e < len(s) && s[e].is("murieron", "fallecieron", "died", "perished") {
				v, e = "killed", e+1 // "16 víctimas murieron por proyectiles": the victims' own verb
			}
			if c.Category == "" && ofThe && (v == "victims" || v == "injured") {
				// "36 of the victims had died", "five of the injured were
				// still in hospital": what they suffered, when said.
				if v2, e2, ok := laterCategory(s, e); ok {
					if v2 == shotCategory && v == "victims" {
						// "39 of the victims were shot": what they were
						// victims of is their whole's kind.
						v2 = "victims"
					}
					c.Category = v2
					end = s[e2-1].End
					k = e2
					break
				}
			}
			if c.Category == "" && (ofThe || k == j && detaineesPredicate(s, e) || c.Who != "" && k > j && !fillers[s[k-1].Norm] && !adverb(s[k-1]) && !afterOfThe(s, i)) && v == "detained" {
				// "varios de los capturados presentaban golpes", "Eleven
				// detainees were injured", "11 jóvenes detenidos durante
				// las protestas … fueron golpeados": the detainees who show
				// marks of blows are injured.
				if v2, ok := partState(s, e, v); ok && (v2 == "injured" || v2 == "tortured" || v2 == "cases" && ofThe) {
					c.Category = v2
					end = s[e-1].End
					k = e
					break
				}
			}
			if c.Category == "" && v == "disappeared" && !afterOfThe(s, i) && !(i >= 2 && s[i-2].is("bodies", "cuerpos", "restos", "cadaveres", "remains")) {
				if e2, ok := foundLater(s, e); ok {
					// "31 people who had been reported missing … were found
					// alive": no longer missing (README, settled in round 26).
					c.Category, end, k = "other", s[e2-1].End, e2
					break
				}
			}
			if c.Category == "" && v == "injured" {
				if e2, ok := diedLater(s, e); ok && !afterOfThe(s, i) {
					// "Two more people wounded in the clashes died": the
					// count is of the dead.
					c.Category, end, k = "killed", s[e2-1].End, e2
					break
				}
				if e2, ok := stillInHospital(s, e); ok && !afterOfThe(s, i) {
					// "31 others hurt in the march are still in hospital":
					// by the labels' convention, the hospitalised are "other";
					// in "3 of the 20 injured continue interned" only the part.
					c.Category, end, k = "other", s[e2-1].End, e2
					break
				}
			}
			if c.Category == "" {
				c.Category = v
				end = s[e-1].End
				// "killed or injured" spread over words the lexicon missed.
				if e+1 < len(s) && s[e].is("or", "and", "o", "y") {
					if v2, e2, ok := categoryLex.match(s, e+1); ok && v2 != v && v2 != caseUnit && v2 != "victims" {
						c.Category = combine(v, v2)
						end = s[e2-1].End
						e = e2
					}
				}
				k = e
				break
			}
		}
		if v, e, ok := whoLex.match(s, k); ok && !(s[k].is("vecino", "vecina") && e < len(s) && (levelHints[s[e].Norm] != 0 || s[e].is("municipio", "pueblo", "pais", "barrio", "sector", "canton", "poblado", "caserio"))) {
			// "dos en el vecino municipio de Jamundí": "vecino" is there
			// the place's adjective, no one counted.
			if c.Who == "" {
				c.Who = v
				end = s[e-1].End
			}
			k = e
			continue
		}
		if _, e, ok := modalLex.match(s, k); ok {
			c.Possible = true
			k = e
			continue
		}
		if _, e, ok := nationwideLex.match(s, k); ok && c.Who != "" && c.Category == "" {
			k = e // "232 persons in the whole country have suffered …": the scope between the people and what befell them
			continue
		}
		if c.Who != "" && c.Category == "" && t.is("in", "en", "across", "throughout") && k+1 < len(s) && s[k+1].Cap && s[k+1].Kind == tokWord {
			// "31 people in Lima and Cusco who were wounded": a list of
			// places between the people and what befell them.
			n := k + 1
			for n+2 < len(s) && s[n+1].is("and", "y", ",") && s[n+2].Cap && s[n+2].Kind == tokWord {
				n += 2
			}
			k = n + 1
			continue
		}
		if c.Who != "" && c.Category == "" && t.is("and", "y") && k+1 < len(s) {
			// "12 soldiers and police officers were injured": two nouns of
			// people share the figure and the verb after them.
			if _, e2, ok := whoLex.match(s, k+1); ok {
				// "Dieciocho militares y policías permanecieron retenidos":
				// a verb of remaining before the state, too.
				for e2 < len(s) && s[e2].is("were", "was", "fueron", "resultaron", "quedaron", "have", "had", "been", "han", "sido",
					"remained", "remain", "permanecieron", "permanecen", "siguen", "continuan") {
					e2++
				}
				if _, _, ok := categoryLex.match(s, e2); ok {
					k++
					continue
				}
			}
		}
		if c.Who != "" && t.is("and", "y", "but", "pero", "while", "mientras", "whereas") {
			break // "killed four demonstrators and injured 12 others"
		}
		if c.Who != "" && c.Category == "" && t.is("who", "que", "quienes") {
			if m := pastRelative(s, k); m > 0 {
				k = m // "41 people who had joined the march were still missing"
				continue
			}
		}
		if c.Category == "" && t.is("and", "y") && k+1 < len(s) && s[k+1].is("were", "was", "fueron", "fue", "resulted", "resultaron") {
			break // MT "resulted wounded 43 uniformed ones and were apprehended 89": the next clause's verb
		}
		if t.isQuote() || t.Text == "-" || fillers[t.Norm] {
			k++
			continue
		}
		unknown++
		// An article stands for one person only where singleVictim or its
		// kin found the harm after the noun phrase, however many words it
		// has ("a 32-year-old hip-hop artist was shot dead").
		if unknown > 2 && !(s[i].is("a", "an") && unknown <= 6) {
			break
		}
		k++
	}
	// Held by protesters: "held 27 police officers", "retuvieron a 12
	// soldados" (README, settled in round 26: the held are "other").
	if c.Category == "" && heldOfficers(s, i, j) {
		c.Category = "other"
		start = min(start, s[i-1].Start)
	}
	// Officers or soldiers charged, investigated, summoned, suspended or
	// dismissed: "charged 12 police officers", "cinco militares fueron
	// denunciados", MT "Were separated from the institution 4 agents"
	// (README, settled in round 41: the step against them is "other").
	// A harm after them is what the step is over, not theirs: "charged 14
	// police officers over deaths and injuries", "la investigación contra
	// cuatro oficiales por las muertes".
	if officerNounAt(s, j) {
		if back, ok := officersProceeded(s, i, j); ok && (c.Category == "" || back) {
			c.Category = "other"
		}
	}
	if c.Category == "" && i > 0 && s[i-1].is("held") && (c.Who != "" || j < len(s) && s[j].is("others")) && stateHolds(s, i-1) {
		// "Police arrested 12 demonstrators … and held several others":
		// people the state holds are detained.
		c.Category = "detained"
		start = min(start, s[i-1].Start)
	}
	if v := heldFor(s, i); c.Category == "" && v >= 0 && c.Who != "" && stateHolds(s, v) {
		// MT "The Police retained during 5 hours to 11 demonstrators".
		c.Category = "detained"
		start = min(start, s[v].Start)
	}
	// Backward: "the death of 49", "killed three", "toll rose to 49".
	if c.Category == "" {
		// Far enough back for a three-word category and the 15 words a
		// running total may put between it and its figure.
		for b := i - 1; b >= 0 && b >= i-22; b-- {
			if s[b].Kind == tokNumber && b > 0 && b+1 < len(s) && s[b-1].is("from", "de", "desde") && s[b+1].is("to", "a", "hasta") {
				continue // "rose from 12 to 17": the earlier figure
			}
			if dayOfMonth(s, b) {
				continue // "since December 7": a date's day, not another figure
			}
			if s[b].Text == "." && !abbrevMonth(s, b) || s[b].Text == ";" || s[b].Kind == tokNumber {
				break // "since Oct. 3": a month's point is no sentence end
			}
			// "The people that were detained in … are 35": a relative clause
			// makes the subject of a copula.
			relative := b >= 2 && s[b-1].is("were", "was", "fueron", "han", "have") && s[b-2].is("that", "who", "que", "quienes")
			if v, e, ok := backCategoryLex.match(s, b); ok && e <= i && !(bodiesOf(s, b, e) && s[e].is("the", "los", "las")) && backGapOK(s, e, i, v.running || relative || s[e-1].is("of", "de") || isNounPhrase(s[b:e]), v.running) && (e-b > 1 || !s[b].is("died", "murio") || adjacentPastQualifier(s, e, i)) && (e-b > 1 || !bareArrestVerb(s[b]) || personalA(s, e, i)) {
				c.Category, c.RunningTotal = v.category, v.running
				if v.category == "other" && stateHolds(s, b) {
					c.Category = "detained"
				}
				if b < tokenIndex(s, start) {
					start = min(start, s[b].Start)
				}
				break
			}
		}
	}
	if c.Category != "" && !c.RunningTotal && relativeWithin(s, j, tokenIndex(s, end-1)) {
		// "tras confirmar la muerte de dos vecinos que estaban internados":
		// the harm the count is the object of, not the state a relative
		// clause tells of them before it.
		for b := max(0, i-4); b < i; b++ {
			if v, e, ok := backCategoryLex.match(s, b); ok && e == i && !v.running && s[e-1].is("of", "de") && v.category != c.Category &&
				(v.category == "killed" || v.category == "detained") {
				c.Category = v.category
				start = min(start, s[b].Start)
				break
			}
		}
	}
	if c.Category == "injured" && i > 0 {
		// "Al día siguiente fallecieron otros tres heridos", MT "died other
		// 2 wounded ones": the wounded a death verb right before the number
		// tells of are dead.
		b := i - 1
		if b > 0 && s[b].is("otros", "otras", "other", "another", "los", "las", "the") {
			b--
		}
		if s[b].is("fallecieron", "murieron", "died", "perished") {
			c.Category = "killed"
			start = min(start, s[b].Start)
		}
	}
	if c.Category == "" && i >= 3 && s[i-1].is("a") && s[i-2].Text == "," {
		// "La Policía intervino, durante el desbloqueo realizado el lunes
		// en la carretera, a la altura de Virú, a 48 manifestantes": the
		// verb of a personal "a" object stands before the asides between
		// commas.
		for t := i - 3; t > 0 && t >= i-30 && c.Category == ""; t-- {
			if s[t].Text == "." || s[t].Text == ";" || s[t].Kind == tokNumber && !dayOfMonth(s, t) {
				break
			}
			if s[t].Text != "," {
				continue
			}
			for b := max(0, t-3); b < t; b++ {
				if v, e, ok := backCategoryLex.match(s, b); ok && e == t && !v.running && (e-b > 1 || bareArrestVerb(s[b])) {
					c.Category = v.category
					start = min(start, s[b].Start)
					break
				}
			}
		}
	}
	if c.Category == "" {
		// Verb first, word for word from Spanish: "Resulted with fractures
		// 6 comuneros", "Resultaron con contusiones 8 policías".
		for b := max(0, i-6); b+2 < i && c.Category == ""; b++ {
			if s[b].is("resulted", "resultaron", "resulto", "quedaron", "ended", "terminaron") && s[b+1].is("with", "con") && injuryAfter(s, b+2) {
				c.Category = "injured"
				for k := b + 2; k < i; k++ {
					if s[k].Kind != tokWord {
						c.Category = ""
					}
				}
				if c.Category != "" {
					start = min(start, s[b].Start)
				}
			}
		}
	}
	if (c.Category == "injured" || c.Category == "" && c.Who == "" && !(j < len(s) && s[j].is("of", "de"))) && stayBefore(s, i) {
		// "permanecen internados 9 comuneros heridos": the injured still
		// in hospital are counted as in hospital, as "31 others hurt … are
		// still in hospital" is; so are bare ones (MT "remain hospitalized
		// other 6"), but "4 of the 26" waits for its whole.
		c.Category = "other"
	}
	if c.Category == "" && c.Unit == "cases" && casesOf {
		c.Category = "cases" // "35 casos de abuso policial": cases of a harm the lexicon does not name
		if injuryAfter(s, casesAt+1) {
			// "197 cases of eye trauma", "64 casos de traumatismos por
			// perdigones": cases of an injury count the injured.
			c.Category = "injured"
		}
	}
	if c.Category == "" {
		if v, b, ok := treatedBefore(s, i, j); ok {
			c.Category = v
			start = min(start, s[b].Start)
		}
	}
	for m := j; m < len(s) && s[m].Start < end; m++ {
		if s[m].is("more", "mas") {
			c.Additional = true
		}
	}
	c.Cause = d.causeAfter(s, tokenIndex(s, end-1)+1)
	return countHit{data: c, start: start, end: end}, true
}

// relativeWithin reports whether a relative pronoun stands in s[a:b].
func relativeWithin(s []token, a, b int) bool {
	for t := a; t < b && t < len(s); t++ {
		if s[t].is("who", "quien", "quienes", "que", "which") {
			return true
		}
	}
	return false
}

// stayLex are a verb of staying in hospital, said before the people it
// holds: "siguen hospitalizados", "remained in hospital".
var stayLex = func() *lexicon[bool] {
	l := newLexicon[bool]()
	for _, v := range []string{"permanecen", "permanecian", "permanecieron", "siguen", "seguian", "continuan", "continuaban", "continue", "continued", "continues", "remain", "remained", "remains", "are still", "were still"} {
		for _, st := range []string{"internados", "internadas", "hospitalizados", "hospitalizadas", "hospitalized", "hospitalised", "in hospital", "in the hospital", "interned"} {
			l.add(true, v+" "+st)
		}
	}
	// Hospitals "were still treating 31 wounded", "siguen atendiendo a
	// 12 heridos": the hurt still kept there.
	l.add(true, "are still treating", "were still treating", "still treating", "siguen atendiendo a", "continuan atendiendo a")
	return l
}()

// stayBefore reports whether a verb of staying in hospital ends right
// before the number at s[i], past its qualifier.
func stayBefore(s []token, i int) bool {
	for b := max(0, i-8); b < i; b++ {
		_, e, ok := stayLex.match(s, b)
		if ok && e+2 < i && s[e].is("in", "en") && s[e+1].is("the", "el", "la") && s[e+2].Cap {
			// MT "Remain hospitalized in the Regional Hospital other 19":
			// the hospital named between.
			for e += 2; e < i && s[e].Cap; e++ {
			}
		}
		if ok && e < i && s[e].is("other", "otros", "otras") {
			e++ // MT keeps "permanecen internados otros 6": "remain hospitalized other 6"
		}
		if ok && (e == i || adjacentPastQualifier(s, e, i)) {
			return true
		}
	}
	// "el hospital, que hasta anoche mantenía internados a 19 de ellos",
	// "tiene hospitalizadas a 11": kept in hospital, the personal "a"
	// before the number.
	if i >= 3 && s[i-1].is("a") && s[i-3].is("mantiene", "mantienen", "mantenia", "mantenian", "mantuvo", "mantuvieron", "tiene", "tienen", "tenia", "tenian") {
		if v, e, ok := categoryLex.match(s, i-2); ok && v == "other" && e == i-1 {
			return true
		}
	}
	return false
}

// adjacentPastQualifier reports whether only a qualifier stands in s[e:i]:
// a bare verb before its subject ("died 3 comuneros", "murió un
// policía") takes a number right after it, not "died on 12", "died at 4".
func adjacentPastQualifier(s []token, e, i int) bool {
	if e+1 < i && s[e].is("in", "en") && s[e+1].Cap {
		// The place between, as MT keeps Spanish order: "died in Ecuador 6
		// persons", "murió en Juliaca un policía".
		for e++; e < i && s[e].Cap; e++ {
		}
	}
	if dayOfYesterday(s, e, i) {
		e += 4 // MT "died the day of yesterday 3 persons"
	}
	if e == i {
		return true
	}
	_, end, ok := qualifierLex.match(s, e)
	return ok && end == i
}

// dayOfYesterday reports whether s[k:k+4], before i, is the day as machine
// translation keeps "el día de ayer": "the day of yesterday", "el día de
// hoy"; it may stand between a verb and its figure ("murieron el día de
// ayer 3 personas").
func dayOfYesterday(s []token, k, i int) bool {
	// Also a part of that day: MT "apprehended the night of yesterday 61 persons".
	return k+4 <= i && s[k].is("the", "el", "la") && s[k+1].is("day", "dia", "night", "noche", "morning", "afternoon", "tarde", "dawn", "madrugada") &&
		s[k+2].is("of", "de") && s[k+3].is("yesterday", "today", "ayer", "hoy")
}

// weekdayPhrase returns where a phrase naming a weekday that opens at s[k]
// ends, before i ("the past Monday", "in the night of Thursday", "la
// noche del jueves"), or k when none does: the day of the harm, as machine
// translation keeps it between a verb and its figure.
func weekdayPhrase(s []token, k, i int) int {
	n := k
	if n < i && s[n].is("in", "on", "during", "en", "durante") {
		n++
	}
	if n < i && s[n].is("the", "this", "el", "la", "este", "esta") {
		n++
	}
	if n < i && s[n].is("past", "pasado") {
		n++
	}
	if n+1 < i && s[n].is("day", "dia") {
		n++ // MT "the day Wednesday", "el día miércoles"
	}
	if n+1 < i && s[n].is("night", "morning", "afternoon", "evening", "noche", "manana", "tarde", "madrugada") && s[n+1].is("of", "de", "del") {
		n += 2
		if n < i && s[n].is("the", "this", "este", "el") {
			n++
		}
	}
	if n >= i {
		return k
	}
	if _, wd := weekdays[s[n].Norm]; !wd {
		return k
	}
	n++
	if n < i && s[n].is("past", "pasado") {
		n++
	}
	return n
}

// bareArrestVerb is a Spanish verb of arrest matched without its "a".
func bareArrestVerb(t token) bool {
	return t.is("detuvieron", "detuvo", "arrestaron", "arresto", "capturaron", "capturo", "aprehendieron", "aprehendio", "intervinieron", "intervino")
}

// nationwideLex names the whole country as where people were counted,
// said between the people and their verb.
var nationwideLex = func() *lexicon[bool] {
	l := newLexicon[bool]()
	l.add(true, "in the whole country", "in all the country", "across the country", "throughout the country", "nationwide",
		"en todo el pais", "en todo el territorio nacional", "a nivel nacional")
	return l
}()

// deathCharge reports whether s[k] opens a death as the ground of what
// befell the people before it ("by the death of", "por la muerte de",
// "for the killing of"): they are held or charged over it, not its dead.
func deathCharge(s []token, k int) bool {
	return k+2 < len(s) && s[k].is("by", "for", "over", "por") && s[k+1].is("the", "la", "el") &&
		s[k+2].is("death", "deaths", "killing", "killings", "murder", "muerte", "muertes", "asesinato", "fallecimiento")
}

// personalA reports whether the personal "a" stands in s[e:i]: people are
// "detuvieron el jueves a 19", things "capturaron 3 armas".
func personalA(s []token, e, i int) bool {
	for k := e; k < i; k++ {
		if s[k].is("a") {
			return true
		}
	}
	return false
}

// complaintGround reports whether s[j] (past a copula) opens what a count
// is over, with no people named: "por lesiones", "for arbitrary detention", "of sexual
// violence" (not "of them", "de los detenidos").
func complaintGround(s []token, j int) bool {
	if j < len(s) && s[j].is("are", "were", "son", "fueron", "eran", "corresponden", "correspond", "relate") {
		j++ // "of which 34 are for injuries", "1.730 corresponden a torturas"
	}
	if j < len(s) && s[j].is("a", "to") {
		j++ // "y 197 a violencia sexual"
		return j < len(s) && s[j].Kind == tokWord && !s[j].Cap && !s[j].is("la", "el", "los", "las", "the", "a", "an", "un", "una")
	}
	return j+1 < len(s) && s[j].is("por", "for", "of", "de") && s[j+1].Kind == tokWord &&
		!s[j+1].is("them", "ellos", "ellas", "whom", "those", "these", "estos", "estas", "the", "los", "las", "la", "el", "which", "cuales", "quienes", "people", "personas")
}

// groundHarm returns the count category of the harm a part is given as,
// past a copula and "a"/"por": "29 corresponden a lesiones personales",
// "seis a detenciones arbitrarias".
func groundHarm(s []token, j int) (string, bool) {
	if j < len(s) && s[j].is("are", "were", "son", "fueron", "eran", "corresponden", "correspond", "relate") {
		j++
	}
	if j < len(s) && s[j].is("a", "to", "por", "for") {
		j++
	}
	if v, _, ok := categoryLex.match(s, j); ok && (v == "killed" || v == "detained" || v == "tortured" || v == "disappeared" || v == "injured") {
		return v, true
	}
	if j < len(s) && s[j].is("lesiones", "injuries", "heridas", "wounds") {
		return "injured", true
	}
	return "", false
}

// detaineesPredicate reports whether s[e] opens the predicate of people
// named as detainees ("11 detainees were injured", "varios detenidos
// fueron golpeados", "detenidos sufrieron torturas"): what then befell
// them, not their detention, is what they count.
func detaineesPredicate(s []token, e int) bool {
	if e+1 < len(s) && s[e].is("in", "en") && s[e+1].Cap {
		// "11 detainees in Lima and Cusco were beaten": where they were
		// held, between them and their predicate.
		for e++; e < len(s) && (s[e].Cap && s[e].Kind == tokWord || s[e].is("and", "y") && e+1 < len(s) && s[e+1].Cap); e++ {
		}
	}
	return e < len(s) && s[e].is("were", "was", "fueron", "fue", "resultaron", "quedaron", "sufrieron", "suffered", "had", "presentaban",
		"reported", "said", "dijeron")
}

// laterCategory finds a verb category a few words after s[e], before any
// number or clause break: "… of the victims had died".
func laterCategory(s []token, e int) (string, int, bool) {
	for k := e; k < len(s) && k < e+6; k++ {
		if s[k].Kind == tokNumber || s[k].Text == "." || s[k].Text == ";" || s[k].Text == "," {
			return "", 0, false
		}
		if v, e2, ok := categoryLex.match(s, k); ok && v != woundNoun && v != caseUnit && v != "victims" && v != treatedCategory {
			return v, e2, true
		}
	}
	return "", 0, false
}

// diedLater finds, in the clause after an injured count, that they died:
// "wounded in the clashes in Juliaca died on Tuesday", "heridos en el
// enfrentamiento fallecieron". It returns the end of the verb.
func diedLater(s []token, e int) (int, bool) {
	for k := e; k < len(s) && k < e+8; k++ {
		if s[k].Kind == tokNumber || s[k].Text == "." || s[k].Text == ";" || s[k].Text == "," || s[k].is("and", "y", "but", "pero", "while", "mientras", "or", "o") {
			return 0, false
		}
		if s[k].is("died", "murieron", "fallecieron", "succumbed", "perished") && !(k+1 < len(s) && s[k+1].is("down", "out", "away")) {
			return k + 1, true
		}
	}
	return 0, false
}

// foundLater reports whether the predicate from s[e] says the missing just
// counted were found alive or came home, and returns its end.
func foundLater(s []token, e int) (int, bool) {
	for k := e; k < len(s) && k < e+14; k++ {
		if s[k].Kind == tokNumber && !dayOfMonth(s, k) || s[k].Text == "." || s[k].Text == ";" || s[k].Text == "," || s[k].is("and", "y", "but", "pero", "while", "mientras") {
			return 0, false
		}
		if s[k].is("found", "located", "encontrados", "encontradas", "hallados", "halladas", "ubicados", "ubicadas", "localizados", "localizadas", "returned", "regresaron", "retornaron", "volvieron") {
			if k+1 < len(s) && s[k+1].is("dead", "muertos", "muertas", "sin", "lifeless", "bodies") {
				return 0, false
			}
			return k + 1, true
		}
	}
	return 0, false
}

// restatesFigure reports whether the number at s[i] gives another figure
// for a count just made: "put the figure at four", "the true number was
// 116", "la cifra real es de 40".
func restatesFigure(s []token, i int) bool {
	k := i
	if k >= 1 && s[k-1].is("at", "en", "de", "of") {
		k--
	}
	if k >= 1 && s[k-1].is("was", "is", "es", "era", "fue") {
		k--
	} else if k == i || !s[k].is("at", "en") {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if s[b].is("figure", "number", "toll", "count", "cifra", "numero") {
			return b >= 1 && s[b-1].is("the", "la", "el", "true", "real", "actual", "official", "oficial") ||
				b+1 < k && s[b+1].is("real", "oficial", "verdadera", "verdadero")
		}
	}
	return false
}

// figureSubject reports whether the sentence opens with a figure named
// back: "La cifra incluye …", "The toll includes …", "El total incluye …".
func figureSubject(s []token) bool {
	return len(s) > 2 && s[0].is("the", "la", "el", "this", "esta", "este", "that", "esa", "ese") &&
		s[1].is("figure", "number", "toll", "count", "total", "cifra", "numero", "balance")
}

// afterOfThe reports whether "of the"/"de los" stands just before the
// number at s[i]: "five of the 40 wounded died" tells of the five, not the 40.
func afterOfThe(s []token, i int) bool {
	for b := i - 1; b >= 1 && b >= i-3; b-- {
		if s[b].is("the", "los", "las") && s[b-1].is("of", "de") {
			return true
		}
	}
	return false
}

// stillInHospital finds, in the clause after an injured count, that they
// remain in hospital: "hurt in the march are still in hospital", "siguen
// hospitalizados en Juliaca". It returns the end of those words.
// stayInHospital reports whether a verb of staying at s[k] puts people in
// a hospital a few words on, and where those words end: "remain in the
// Regional Hospital", MT "continue in the Regional Hospital", "remain in
// the city's hospital", "permanecen en el hospital regional".
func stayInHospital(s []token, k int) (int, bool) {
	if !s[k].is("still", "remain", "remained", "remains", "continue", "continues", "continued", "siguen", "seguian", "permanecen",
		"permanecian", "permanecieron", "continuan", "continuaban", "quedan",
		// "tres de los heridos están en estado grave en el hospital".
		"estan", "encuentran", "are") {
		return 0, false
	}
	for n := k + 1; n < len(s) && n <= k+6; n++ {
		if s[n].Kind != tokWord && s[n].Text != "'" && s[n].Text != "’" {
			return 0, false
		}
		if hospitalWords[s[n].Norm] || s[n].is("clinicas", "uci", "icu", "wards", "ward",
			"hospitalized", "hospitalised", "hospitalizados", "hospitalizadas", "internados", "internadas", "interned") {
			return n + 1, true
		}
	}
	return 0, false
}

func stillInHospital(s []token, e int) (int, bool) {
	if c := asideOfMost(s, e); c > e {
		// "Otros 31 heridos, la mayoría por arma de fuego, siguen
		// internados": past an aside on how most of them were hurt.
		e = c
	}
	for k := e; k < len(s) && k < e+7; k++ {
		if s[k].Kind == tokNumber || s[k].Text == "." || s[k].Text == ";" || s[k].Text == "," || s[k].is("and", "y", "but", "pero", "while", "mientras") {
			return 0, false
		}
		if e2, ok := stayInHospital(s, k); ok {
			return e2, true
		}
		if !s[k].is("still", "remain", "remained", "remains", "siguen", "seguian", "permanecen", "permanecian", "continuan", "aun", "todavia") {
			continue
		}
		if v, e2, ok := categoryLex.match(s, k); ok && v == "other" {
			return e2, true
		}
		if k+1 < len(s) {
			if v, e2, ok := categoryLex.match(s, k+1); ok && v == "other" {
				return e2, true
			}
		}
	}
	return 0, false
}

// backGap are the words allowed between a category noun and its number:
// "the death toll rose to at least 49", "la cifra de muertos asciende a 49".
var backGap = map[string]bool{
	"to": true, "a": true, "at": true, "rose": true, "reached": true, "climbed": true, "stood": true, "stands": true,
	"is": true, "was": true, "now": true, "has": true, "had": true, "risen": true, "increased": true, "asciende": true,
	"ascendio": true, "se": true, "elevo": true, "eleva": true, "llego": true, "llega": true, "sube": true, "subio": true,
	"subia": true, "ascendia": true, "llegaba": true, "elevaba": true, "aumentaba": true,
	// The plural when the noun is the subject: "Los heridos llegan a 30".
	"llegan": true, "ascienden": true, "suben": true, "alcanzan": true, "alcanza": true,
	"suma": true, "sumo": true, "the": true, "el": true, "la": true, "least": true, "more": true, "than": true, "mas": true,
	"de": true, "por": true, "lo": true, "menos": true, "al": true, "of": true, "some": true, "about": true, "casi": true,
	"nearly": true, "almost": true, "es": true, "era": true, "fue": true, "total": true, "hit": true, "reaches": true,
	"rises": true, "already": true, "ya": true, "en": true, "hay": true, "figuran": true, "figura": true, "were": true, "are": true,
	"suman": true, "superan": true, "supera": true, "son": true, "eran": true, "fueron": true, "los": true, "las": true,
	"by": true, "otros": true, "otras": true, "other": true, "another": true, "persons": true, "people": true, "personas": true,
	"police": true, "policias": true, "civilians": true, "civiles": true, "ascends": true, "ascended": true,
	"pellets": true, "pellet": true, "bullets": true, "bullet": true, "perdigones": true, "balas": true,
	"amount": true, "amounts": true, "amounted": true, "ascend": true, "rise": true, "reach": true,
	"add": true, "adds": true, "added": true, // MT of "suman", "sumaban": "the detained ones already add 63"
}

// byAgent returns the length of a passive's agent that runs from s[k] to
// the figure at s[i] ("by the community", "by the indigenous ones", "por
// comuneros 14"): "by"/"por", an optional article and one or two
// lowercase words before a figure in digits; 0 when the words there are
// not that.
func byAgent(s []token, k, i int) int {
	if !s[k].is("by", "por") || s[i].Kind != tokNumber {
		return 0 // a figure in digits: "por disparos durante un operativo" is no agent
	}
	n := k + 1
	if n < i && s[n].is("the", "la", "el", "los", "las") {
		n++
	}
	if i-n < 1 || i-n > 2 {
		return 0
	}
	for w := n; w < i; w++ {
		// A force by its name may be capitalised: MT "Were apprehended by
		// the Police 31 persons", "by the Army 12".
		if s[w].Kind != tokWord || s[w].Cap && !forceNoun(s[w]) {
			return 0
		}
	}
	return i - k
}

// forceNoun is a security force named by its common noun.
func forceNoun(t token) bool {
	return t.is("police", "policia", "army", "ejercito", "military", "militares", "carabineros", "esmad", "soldiers", "soldados")
}

// eventPhrase returns the index after an event phrase at s[k] that tells
// when people were harmed, set between a verb and its figure in
// machine-translated verb-first order ("Resulted wounded in the clashes of
// Monday 23 persons", "Resulted wounded in that day 122 persons", "fueron
// detenidos durante el operativo 14 personas"); k when there is none.
func eventPhrase(s []token, k, i int) int {
	n := k
	if n >= i || !s[n].is("in", "en", "during", "durante") {
		return k
	}
	n++
	if n < i && s[n].is("the", "that", "those", "el", "la", "los", "las", "esa", "ese", "esos", "esas", "aquella", "aquel") {
		n++
	}
	if n >= i || !s[n].is("clashes", "confrontations", "confrontation", "enfrentamientos", "enfrentamiento", "protests", "protestas",
		"march", "marcha", "operation", "operativo", "day", "dia", "jornada", "disturbances", "disturbios", "riots", "desbloqueo", "unblocking") {
		return k
	}
	n++
	if w := weekdayPhrase(s, n, i); w > n {
		return w // "in the clashes of Monday"
	}
	if n+1 < i && s[n].is("of", "de", "del") {
		if w := weekdayPhrase(s, n+1, i); w > n+1 {
			return w
		}
	}
	return n
}

// bodiesOf reports whether s[b:e] names the dead by their bodies ("the
// bodies of", "los cuerpos de"): a count only of a new figure, not of
// one named back ("Los cuerpos de los dos jóvenes").
func bodiesOf(s []token, b, e int) bool {
	for k := b; k < e; k++ {
		if s[k].is("bodies", "cuerpos", "cadaveres", "restos") {
			return true
		}
	}
	return false
}

// backGapOK reports whether s[e:i] may stand between a category and its
// number: only qualifiers for verbs ("killed at least 3"), a few more
// words for nouns ("toll rose to 49").
func backGapOK(s []token, e, i int, noun, running bool) bool {
	// Qualifiers before the number are the count's, whatever their words:
	// "detained more of 30", "the injured pass the 700".
	verb := false // the qualifier is the verb: "pass the 40", "superan los 60"
	for i > e {
		k := i - 1
		for k > e && i-k < 3 {
			if _, end, ok := qualifierLex.match(s, k); ok && end == i {
				break
			}
			k--
		}
		if _, end, ok := qualifierLex.match(s, k); !ok || end != i {
			break
		}
		verb = verb || s[k].is("pass", "passed", "surpass", "surpassed", "exceed", "exceeds", "exceeded", "superan", "supera", "pasan", "pasaron", "sobrepasan")
		i = k
	}
	if noun && !running && subjectOfCopula(s, e, i, verb) {
		return true
	}
	if !noun {
		gap := i - e
		for k := e; k < i; k++ {
			if s[k].is("en", "in") && k+1 < i && s[k+1].is("total", "all") {
				k++ // "they were detained in total 64 persons"
				gap -= 2
				continue
			}
			if dayOfYesterday(s, k, i) {
				k += 3 // MT "Were detained the day of yesterday 193 persons"
				gap -= 4
				continue
			}
			if w := weekdayPhrase(s, k, i); w > k {
				// MT "were captured the past Monday 23 persons", "Were
				// detained in the night of Thursday 31 persons".
				gap -= w - k
				k = w - 1
				continue
			}
			if s[k].is("with", "by", "por", "con") && k+1 < i {
				// "they were wounded by pellets 6 persons": the weapon between.
				n := k + 1
				if s[n].is("a", "an", "the", "un", "una", "los", "las") {
					n++
				}
				if n+2 < i && s[n].is("impacts", "impact", "impactos", "impacto") && s[n+1].is("of", "de") {
					n += 2 // MT "Resulted wounded by impacts of firearm projectile 11 persons"
				}
				if _, we, ok := weaponLex.match(s, n); ok && we <= i {
					gap -= we - k
					k = we - 1
					continue
				}
			}
			if k+2 < i && s[k].is("a", "un") && s[k+1].is("total") && s[k+2].is("of", "de") ||
				k+2 < i && s[k].is("the", "la") && s[k+1].is("past", "pasada") && s[k+2].is("night", "morning", "afternoon", "evening", "noche", "tarde", "madrugada") {
				// MT "Was detained the past night a total of 37 persons":
				// the time and the total's words between verb and figure.
				gap -= 3
				k += 2
				continue
			}
			if w := eventPhrase(s, k, i); w > k {
				gap -= w - k
				k = w - 1
				continue
			}
			if n := byAgent(s, k, i); n > 0 {
				// MT "were retained by the community 4 agents", "by the
				// indigenous ones 10", "by comuneros 14": who did it, right
				// before the figure.
				gap -= n
				k += n - 1
				continue
			}
			if s[k].is("en", "in") && k+1 < i && s[k+1].Cap {
				k++ // "murieron en Puno 22 personas"
				for k+1 < i && s[k+1].Cap {
					k++
				}
				continue
			}
			// "detained this Saturday to 9 persons": a day may stand between.
			if _, _, ok := qualifierLex.match(s, k); !ok && !s[k].is("at", "least", "than", "a", "to", "some", "about", "nearly", "al", "menos", "de",
				"this", "este", "esta", "last", "yesterday", "ayer", "today", "hoy", "el", "on", "alli", "ahi", "there",
				"esa", "ese", "misma", "mismo", "tarde", "noche", "manana", "madrugada", "dia", "that", "night", "morning", "afternoon",
				"otros", "otras", "other", "another") && weekdays[s[k].Norm] == 0 && s[k].Norm != "sunday" && s[k].Norm != "domingo" {
				return false
			}
		}
		return gap <= 4
	}
	if !running && i-e > 5 || running && i-e > 7 && (i-e > 15 || !risesTo(s, i) && !putAt(s, e, i)) {
		return false
	}
	for k := e; k < i; k++ {
		if s[k].is("in", "en") && k+2 < i && (s[k+1].Cap && s[k+1].Kind == tokWord || s[k+1].is("all", "todo") && s[k+2].is("the", "el")) {
			// The place of those counted, MT "the detained ones in all the
			// country add 97", "los detenidos en Puno suman 40".
			for k++; k+1 < i && (s[k+1].Cap && s[k+1].Kind == tokWord || s[k].is("all", "todo", "the", "el")); k++ {
			}
			continue
		}
		// A running total may name what it counts: "the death toll from the
		// unrest rose to 60".
		fromTo := s[k].Kind == tokNumber && k > e && s[k-1].is("from", "de", "desde")
		// "since December 7", "since Oct. 3": a day after its month, and
		// the month's abbreviating point, are part of the aside.
		fromTo = fromTo || dayOfMonth(s, k) || abbrevMonth(s, k)
		if !backGap[s[k].Norm] && (!running || s[k].Kind != tokWord && !fromTo && s[k].Text != ",") {
			return false
		}
	}
	return true
}

// putAt reports whether a total is estimated by a verb before its subject
// and "at" before its figure: "put the number of people detained since
// the strike began on June 13 at 87", whose long aside a rising verb
// would otherwise have to license.
func putAt(s []token, e, i int) bool {
	if i < 1 || !s[i-1].is("at") {
		return false
	}
	for k := e - 1; k >= 0 && k >= e-7; k-- {
		if s[k].Text == "." || s[k].Text == ";" {
			return false
		}
		if s[k].is("put", "puts", "placed", "places", "estimated", "estimates") {
			return true
		}
	}
	return false
}

// subjectOfCopula reports whether s[e:i] is an aside, then a copula or a
// verb of summing, between a category noun as subject and its number:
// "the detained in the university since the start of the protests are
// 193", "los heridos en Apurímac suman 112".
func subjectOfCopula(s []token, e, i int, verb bool) bool {
	if verb {
		i++ // the qualifier stands for the copula
	}
	// A verb of rising: "the wounded in Ayaviri rose to 27", MT "the
	// wounded ones for the confrontations … ascend to 34", also with
	// "already" before its preposition (MT "ascend already to six").
	rising := func(k int) bool {
		return s[k].is("amounted", "amount", "amounts", "came", "ascendieron", "llegaron", "llegan", "llega", "llego", "llegaban",
			"rose", "risen", "climbed", "ascend", "ascends", "ascended", "ascienden", "subieron", "suben", "increased", "aumentaron")
	}
	if !verb && i-e >= 3 && s[i-1].is("to", "a") && (rising(i-2) || i-e >= 4 && s[i-2].is("already", "ya") && rising(i-3)) {
		i-- // "the wounded … amounted to 52": the verb and its preposition are one copula
	}
	if !verb && i-e >= 3 && s[i-1].is("already", "ya", "now", "still", "aun", "todavia") {
		i-- // "the dead of the conflict are already 58"
	}
	if i-e < 2 || i-e > 20 || !verb && !s[i-1].is("are", "were", "is", "was", "son", "eran", "fueron", "suman", "sumaban", "sum", "added", "total", "totalled", "totaled", "number", "numbered", "llegan", "llega", "llego", "ascienden",
		"reached", "reach", "alcanzan", "alcanzaron", "alcanzo", "alcanza", "amounted", "amount", "amounts", "came", "ascendieron", "llegaron",
		"rose", "risen", "climbed", "ascend", "ascends", "ascended", "ascienden", "subieron", "suben", "increased", "aumentaron") {
		return false
	}
	commas := s[e].Text == "," && i-e >= 4 && s[i-2].Text == ","
	if !commas && !s[e].is("in", "en", "since", "desde", "during", "durante", "from", "de", "of", "at", "por", "by", "for", "registered", "registrados", "reported", "reportados",
		"that", "who", "que", "quienes", "left", "dejados", "dejo") && !treatedAside(s[e]) {
		return false // the aside opens with a preposition, a participle or a relative, or stands between commas
	}
	if i-e > 12 && !placeAside(s, e, i) {
		return false // a long aside only of where and when: "in the district of Santa Lucía, province of Lampa,"
	}
	for k := e; k < i-1; k++ {
		if commas && k > e && k < i-2 && s[k].Text == "," {
			return false // "The dead, all of them civilians, numbered 17": one aside
		}
		if s[k].Kind == tokNumber || s[k].is(".", ";", ":", "and", "y", "while", "mientras", "but", "pero") {
			return false
		}
		if _, _, ok := categoryLex.match(s, k); ok && !treatedAside(s[k]) {
			return false // a care participle may follow a day too: "los heridos de esa jornada atendidos en …"
		}
	}
	return true
}

// treatedAside reports whether t, a participle of care, opens an aside on
// the injured ("Los heridos atendidos en centros de salud suman 715"),
// not a count of its own.
func treatedAside(t token) bool {
	return t.is("atendidos", "atendidas", "treated")
}

// placeAside reports whether the commas of s[e:i] only set off places
// ("in the district of Santa Lucía, province of Lampa, are 27").
func placeAside(s []token, e, i int) bool {
	for k := e; k < i; k++ {
		if s[k].Text == "," && !(k+1 < i && (s[k+1].Cap || levelWord(s[k+1].Norm) || s[k+1].is("are", "were", "son", "eran", "fueron", "suman"))) {
			return false
		}
	}
	return true
}

// risesTo reports whether a verb of rising ends right before the number at
// s[i], past qualifiers: "…asciende a 66", "…se elevó a 17", "…rose to at
// least 60". A running total may then name at length what it counts.
func risesTo(s []token, i int) bool {
	if i >= 2 && s[i-1].is("de", "of") && s[i-2].is("was", "is", "es", "fue", "era") {
		// "la cifra de muertos … fue de 17", word for word "was of 17"; not
		// the toll joined by "and" to the clause that tells its event ("la
		// policía disparó …, y el saldo fue de dos fallecidos").
		return !(i >= 5 && s[i-3].is("saldo", "balance", "toll", "resultado") && s[i-4].is("el", "the") && s[i-5].is("y", "and"))
	}
	k := i
	for k > 0 {
		if _, e, ok := qualifierLex.match(s, k-1); ok && e == k {
			k--
			continue
		}
		if k > 1 && s[k-1].is("least", "menos", "than", "de") {
			k--
			continue
		}
		break
	}
	if k < 2 {
		return false
	}
	if k > 3 && s[k-1].is("a", "to") && s[k-2].Kind == tokNumber && s[k-3].is("de", "from") {
		k -= 2 // "subió de 12 a 20": the verb stands before "de 12"
	}
	if k > 3 && s[k-1].is("a", "to") && s[k-2].is("ya", "already") {
		k-- // "asciende ya a 52"
	}
	if s[k-1].is("a", "to", "at", "de", "from") || s[k-1].is("ya", "already") && s[k].is("a", "to") {
		return s[k-2].is("asciende", "ascendio", "ascenderia", "ascends", "ascended", "ascend", "elevo", "eleva", "subio", "sube", "llego", "llega", "aumento",
			"aumenta", "rose", "risen", "climbed", "increased", "jumped", "stands", "stood", "rises", "climbs",
			"raises", "raised", // MT "which raises to 6 the deceased", from "eleva a"
			// Plural subjects: "que elevan a 49 el total", "suben a 12".
			"elevan", "elevaron", "suben", "subieron", "ascienden", "ascendieron", "llegan", "llegaron", "aumentan", "aumentaron", "rise", "climb",
			// The imperfect of a story told beside the tally: "mientras la
			// cifra de fallecidos … subía a ocho".
			"subia", "ascendia", "llegaba", "elevaba", "aumentaba")
	}
	if s[k-1].is("is", "are", "es", "son") && s[k-2].is("already", "ya", "now") || s[k-1].is("already", "now") && s[k-2].is("is", "are") {
		return true // MT "the number of detained ones … already is 305", "ya son 305", "is now 305"
	}
	if s[k-1].is("already", "ya") && s[k-2].is("suman", "sum", "sums", "add", "adds") || s[k-1].is("suman") {
		// "ya suman 9 los fallecidos", word for word "they sum already 18
		// the deceased", MT "the detained ones already add 63"
		return true
	}
	return s[k-1].is("reached", "reaches", "hit", "alcanzo", "alcanza", "supera", "supero")
}

// dayOfMonth reports whether the number s[k] is a date's day: "December 7",
// "12 December", "7 de diciembre", "the Monday 10".
func dayOfMonth(s []token, k int) bool {
	if s[k].Kind != tokNumber {
		return false
	}
	if k > 0 {
		if _, ok := weekdays[s[k-1].Norm]; ok {
			return true // "the Monday 10", "el lunes 10"
		}
	}
	if k > 1 && s[k-1].Text == "." && monthNames[s[k-2].Norm] != 0 {
		return true // "Jan. 19"
	}
	return k > 0 && monthNames[s[k-1].Norm] != 0 || k+1 < len(s) && monthNames[s[k+1].Norm] != 0 ||
		k+2 < len(s) && s[k+1].is("de", "of") && monthNames[s[k+2].Norm] != 0
}

// dayAfterPreposition reports whether the number s[i], right after a
// month, is that month's day because a preposition of time opens the date:
// "killed since the unrest began on December 7 were shot", "in Juliaca on
// January 9 were hit" (a day, though a harm verb follows), while "in
// January 12 people died" stays a count.
func dayAfterPreposition(s []token, i int) bool {
	if i > 2 && s[i-1].Text == "." {
		i-- // "on Jan. 9 died": the abbreviated month's point
	}
	return i > 1 && s[i-2].is("on", "since", "until", "till", "before", "after", "el", "del", "desde", "hasta")
}

// nextComma returns the index of the first comma in s[from:from+n], or -1.
func nextComma(s []token, from, n int) int {
	for k := from; k < len(s) && k < from+n; k++ {
		if s[k].Text == "," {
			return k
		}
		if s[k].Text == "." || s[k].Text == ";" {
			return -1
		}
	}
	return -1
}

// isNounPhrase reports whether the matched back category is a noun phrase
// ("among the dead", "entre los fallecidos") rather than a verb.
func isNounPhrase(p []token) bool {
	return len(p) > 0 && p[0].is("among", "entre", "the", "los", "las", "number", "numero")
}

func combine(a, b string) string {
	if (a == "killed" && b == "injured") || (a == "injured" && b == "killed") {
		return "killed_or_injured"
	}
	return a
}

// isNumberStart reports whether a number begins at s[k] (digits or words).
func isNumberStart(s []token, k int) bool {
	if s[k].Norm == "un" || s[k].Norm == "una" || s[k].Norm == "uno" || s[k].Norm == "one" {
		return false // articles as often as numbers
	}
	_, _, ok := parseQuantity(s, k)
	return ok
}

// causeAfter returns the first weapon or ammunition named after the
// category, before the next number: "killed by lethal ammunition".
func (d *doc) causeAfter(s []token, k int) string {
	for ; k < len(s); k++ {
		if s[k].Kind == tokNumber || s[k].Text == ";" {
			return ""
		}
		if _, ok := qualifierLex.byFirst[s[k].Norm]; ok && k+1 < len(s) && s[k+1].Kind == tokNumber {
			return ""
		}
		if q, _, ok := parseQuantity(s, k); ok && q.Vague {
			return ""
		}
		if w, e, ok := weaponLex.match(s, k); ok && w.Type != "other" {
			return joinText(d.text, s, k, e)
		}
		if s[k].is("gunshot", "gunshots") {
			return s[k].Text
		}
	}
	return ""
}

// subsetBefore finds "of which", "de los cuales", "of these" a few words
// before the number.
func (d *doc) subsetBefore(s []token, i int) (bool, string) {
	for b := i - 1; b >= 0 && b >= i-7; b-- {
		if s[b].Kind == tokNumber {
			return false, ""
		}
		if s[b].is("and", "y", "e", "while", "mientras", "but", "pero") {
			return false, "" // "40 of them by firearms, and six died": another clause
		}
		if s[b].is("among", "entre", "between") && b+2 < i && s[b+1].is("the", "los", "las") {
			// "Entre los detenidos hay nueve mujeres": the whole by its kind.
			if v, e, ok := categoryLex.match(s, b+2); ok && e <= i && v != caseUnit && v != woundNoun && v != treatedCategory && v != "victims" {
				return true, v
			}
		}
		if v, _, ok := kindSubset(s, b, i); ok {
			return true, v
		}
		if s[b].is("of", "de") && b+2 < i && s[b+1].is("the", "los", "las") && (b == 0 || s[b-1].Text == "." || s[b-1].Text == "," || s[b-1].Text == ";" || s[b-1].is("that", "que")) {
			// "Of the injured, 63 were taken to hospitals", "informed that
			// of the wounded ones, 23 …": the whole by its kind, opening
			// the clause.
			v, e, ok := categoryLex.match(s, b+2)
			if !ok && b+3 < i && s[b+2].is("personas", "people", "persons") {
				// "De las personas detenidas, 27 …": the kind after its noun.
				v, e, ok = categoryLex.match(s, b+3)
			}
			if ok && e+1 < i && s[e].is("ones") {
				e++ // MT "Of the wounded ones, 9 were attended"
			}
			if ok && e < i && s[e].Text == "," && v != caseUnit && v != woundNoun && v != treatedCategory && v != "victims" {
				return true, v
			}
		}
		if _, e, ok := subsetLex.match(s, b); ok && e <= i && b > 0 && isNumberStart(s, b-1) {
			// "402 de ellos fueron detenidos en Valparaíso, 131 en Viña del
			// Mar": the phrase is the earlier number's; this one is its
			// sibling, not its part.
			return false, ""
		}
		if _, e, ok := subsetLex.match(s, b); ok && e <= i {
			if s[e-1].is("which", "whom", "cuales") {
				// MT "ascends to 122, of which remain hospitalized 14": after
				// a relative the words are the part's verb, not its whole.
				return true, ""
			}
			// "of those killed", "de los fallecidos": the whole the part is of.
			for k := e; k < i && k <= e+2; k++ {
				if v, _, ok := categoryLex.match(s, k); ok && v == caseUnit && k == e && s[e-1].is("de", "of") &&
					d.lastCountOfKind(span{d.paraStart(s[i].Start), s[i].Start}, "cases") >= 0 {
					// "Del total de casos, 362 corresponden a Bogotá" after a
					// count of cases; after one of the missing the cases are
					// those people, the whole before.
					return true, "cases"
				}
				if v, _, ok := categoryLex.match(s, k); ok && v != caseUnit && v != woundNoun {
					return true, v
				}
			}
			return true, ""
		}
	}
	return false, ""
}

// caseActionBefore reports whether an office's act on cases stands in the
// few words before "in"/"en" at s[b]: opening investigations, activating a
// search, filing a complaint.
func caseActionBefore(s []token, b int) bool {
	for k := b - 1; k >= 0 && k >= b-6; k-- {
		if s[k].Kind != tokWord {
			return false
		}
		if s[k].is("investigations", "investigation", "investigaciones", "investigacion", "activo", "activated", "mecanismo", "mechanism",
			"opened", "abrio", "filed", "presento", "interpuso") {
			return true
		}
	}
	return false
}

// shareInApposition reports whether the number s[i:j] stands between
// commas right after a share of a whole: "La mayoría, 97,", "Cerca de la
// mitad, 742,", "Most, 61,", "More than half, 40,".
func shareInApposition(s []token, i, j int) bool {
	return i >= 2 && j < len(s) && s[i-1].Text == "," && s[j].Text == "," &&
		s[i-2].is("mayoria", "mitad", "majority", "half", "most")
}

// relativeVerbKind returns the kind named between a relative ("of which",
// "de los cuales") and the number at s[i]: MT puts the part's verb first.
func relativeVerbKind(s []token, i int) (string, bool) {
	for b := i - 1; b >= 0 && b >= i-6; b-- {
		if s[b].Kind == tokNumber || s[b].Kind != tokWord {
			return "", false
		}
		if s[b].is("which", "whom", "cuales") {
			for k := b + 1; k < i; k++ {
				if v, _, ok := categoryLex.match(s, k); ok && v != caseUnit && v != woundNoun {
					return v, true
				}
			}
			return "", false
		}
	}
	return "", false
}

// countContext returns the places and the event date of the sentence.
func (d *doc) countContext(sp span, at int) ([]Ref, string, bool) {
	var refs []Ref
	for _, m := range d.placesIn(sp) {
		refs = append(refs, Ref{Name: m.data.Name, Ubigeo: m.data.Ubigeo, ID: m.data.Key()})
	}
	dates := d.eventDatesIn(sp)
	if len(dates) == 0 {
		return refs, "", false
	}
	// The nearest date.
	best := dates[0]
	for _, dm := range dates[1:] {
		if abs(dm.start-at) < abs(best.start-at) {
			best = dm
		}
	}
	return refs, best.data.Value, best.data.Since
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// massacreWords name a killing of many, whose victims a count may name.
var massacreWords = map[string]bool{"massacre": true, "massacres": true, "masacre": true, "masacres": true, "matanza": true}

// killingAfter reports whether s[j:] names a killing of many as what the
// victims before it were victims of: "of the (Senkata) massacre", "de la
// matanza", "del asesinato".
func killingAfter(s []token, j int) bool {
	if j+1 >= len(s) || !s[j].is("of", "de", "del", "from") {
		return false
	}
	if s[j].is("del") && (weekdays[s[j+1].Norm] != 0 || j+3 < len(s) && s[j+1].Kind == tokNumber && s[j+2].is("de") && monthNames[s[j+3].Norm] != 0) {
		// "las diez víctimas del 15 de diciembre", "11 de las víctimas
		// del lunes en Juliaca": the victims of a day of killing, as the
		// sets read them.
		return true
	}
	for k := j + 1; k < len(s) && k <= j+4; k++ {
		if massacreWords[s[k].Norm] || s[k].is("killings", "asesinatos") {
			return true
		}
		if s[k].Kind != tokWord || s[k].is("and", "y", "or", "o") {
			return false
		}
	}
	return false
}

// killingBefore reports whether the number at s[i], after a definite
// article ("las tres víctimas", "the 10 victims"), follows a killing of
// many named earlier in its sentence, whose victims it then counts.
func killingBefore(s []token, i int) bool {
	if i < 1 || !s[i-1].is("the", "las", "los") {
		return false
	}
	for k := 0; k < i-1; k++ {
		if massacreWords[s[k].Norm] {
			return true
		}
	}
	return false
}

// mostOfThem returns the index after a vague share of a count at s[k]
// ("many", "most of them", "la mayoría de ellos", "muchos"), k when there
// is none.
func mostOfThem(s []token, k int) int {
	n := k
	if n < len(s) && s[n].is("la") {
		n++
	}
	if n >= len(s) || !s[n].is("many", "most", "some", "mayoria", "muchos", "muchas", "algunos", "algunas") {
		return k
	}
	n++
	if n+1 < len(s) && s[n].is("of", "de") && s[n+1].is("them", "ellos", "ellas") {
		n += 2
	}
	return n
}

// shockedDetainees gives `tortured` to a part of the detained whose own
// clause tells of electric shocks ("cinco sufrieron descargas eléctricas",
// "y cuatro, descargas eléctricas", "three said they were given electric
// shocks"): the harm the detainees report, as round 39 settled, whatever
// verb or ellipsis carries it.
func (d *doc) shockedDetainees(s []token, spots []countSpot) {
	for n, sp := range spots {
		c := d.claims[sp.claim].Data.(CountData)
		if c.PartOf == nil && c.Additional && n > 0 && c.Category == "injured" {
			// "En 27 casos, las personas detenidas denunciaron haber sido
			// golpeadas …, y otras nueve refirieron haber recibido descargas
			// eléctricas": more beside a part of the detained who report
			// shocks are of the same whole, past however long a clause
			// (kept below only when the shocks are there).
			if po := d.claims[spots[n-1].claim].Data.(CountData).PartOf; po != nil && po.Category == "detained" && po.Min > c.Min {
				whole := *po
				c.PartOf = &whole
			}
		}
		if c.PartOf == nil || c.PartOf.Category != "detained" || c.Category != "detained" && c.Category != "injured" {
			continue
		}
		for k := sp.j; k < len(s) && k < sp.j+10; k++ {
			if s[k].Text == "." || s[k].Text == ";" || s[k].Kind == tokNumber || k > sp.j && isNumberStart(s, k) {
				break
			}
			if k+1 < len(s) && (s[k].is("descargas", "descarga", "shocks", "discharges") && s[k+1].is("electricas", "electrica", "electric", "electrical") ||
				s[k].is("electric", "electrical") && s[k+1].is("shocks", "shock", "discharges")) {
				c.Category = "tortured"
				d.claims[sp.claim].Data = c
				break
			}
		}
	}
}

// namedBackOpening finds "of the N," or "of the N victims," ("de las diez
// víctimas,") before s[i], opening the sentence or a reported clause ("said
// that of the 10 victims, 4 were students"): the figure names back a whole.
// It returns where "of" stands and the figure.
func namedBackOpening(s []token, i int) (int, int, bool) {
	for o := 0; o+3 < i && o < len(s); o++ {
		if !(o == 0 || s[o-1].is("that", "que")) || !s[o].is("of", "de") || !s[o+1].is("the", "los", "las") {
			continue
		}
		q, e, ok := parseQuantity(s, o+2)
		if !ok || q.Vague || e != o+3 {
			continue
		}
		if e < i && s[e].is("victims", "victimas") {
			e++
		}
		if e < i && s[e].Text == "," {
			return o, q.Min, true
		}
	}
	return 0, 0, false
}

// syncPartRefs gives each part of the sentence the final kind of its whole,
// when the whole's kind was settled after the part was tied to it ("ocho
// de las diez víctimas del 15 de diciembre murieron": the victims of that
// day are its dead, read once the part had named them).
func (d *doc) syncPartRefs(spots []countSpot) {
	for _, sp := range spots {
		c := d.claims[sp.claim].Data.(CountData)
		if c.PartOf == nil {
			continue
		}
		for _, o := range spots {
			w := d.claims[o.claim]
			if w.Start == c.PartOf.Start && o.claim != sp.claim {
				if wd := w.Data.(CountData); wd.Category != c.PartOf.Category && wd.Min == c.PartOf.Min {
					ref := *c.PartOf
					ref.Category = wd.Category
					c.PartOf = &ref
					d.claims[sp.claim].Data = c
				}
			}
		}
	}
}

// diedTheNamed reports whether s[i] opens, right after a death verb, one
// person by a common noun and a name ("died the comunero Byron
// Guatatuca", "murió el soldado Luis Chimbo").
func diedTheNamed(s []token, i int) bool {
	return i > 0 && i+2 < len(s) && s[i].is("the", "el", "la") && s[i-1].is("died", "murio", "fallecio", "perished") &&
		s[i+1].Kind == tokWord && !s[i+1].Cap && !functionWords[s[i+1].Norm] && s[i+2].Kind == tokWord && s[i+2].Cap &&
		// not a time: "died the past Tuesday", "murió el día Lunes"
		weekdays[s[i+2].Norm] == 0 && monthNames[s[i+2].Norm] == 0 && !s[i+1].is("past", "pasado", "last", "day", "dia", "night", "noche")
}

// asideOfMost returns the index after an aside that opens at s[e] with a
// comma and tells what befell most or some of a count ("…, la mayoría por
// arma de fuego,", "…, most of them with pellet wounds,"), or e when there
// is none: no number, sentence break or conjunction inside it.
func asideOfMost(s []token, e int) int {
	if e+2 >= len(s) || s[e].Text != "," || !(s[e+1].is("most", "many", "some", "all", "muchos", "muchas", "varios", "varias", "algunos", "algunas", "todos", "todas", "casi") ||
		s[e+1].is("la", "the") && s[e+2].is("mayoria", "majority")) {
		return e
	}
	for k := e + 1; k < len(s) && k < e+12; k++ {
		if s[k].Kind == tokNumber || s[k].Text == "." || s[k].Text == ";" || s[k].is("and", "y") {
			return e
		}
		if s[k].Text == "," {
			return k + 1
		}
	}
	return e
}

// onlyInOpening reports whether the sentence opens by singling out a place
// or a time: "Solo en Sacaba, …", "Sólo en la región de Valparaíso",
// "Only in Quito, …".
func onlyInOpening(s []token) bool {
	return len(s) > 2 && s[0].is("solo", "only", "just", "solamente", "unicamente") && s[1].is("en", "in")
}

// harmAfterPair reports whether s[e:] goes on with "and" another number
// of people that a harm of its own follows: "1,462 people had been
// arrested and 239 civilians and 50 police officers injured", where the
// pair shares the later harm, not the verb before it.
func harmAfterPair(s []token, e int) bool {
	if e+2 >= len(s) || !s[e].is("and", "y", "e") || !isNumberStart(s, e+1) {
		return false
	}
	for k := e + 2; k < len(s) && k < e+6; k++ {
		if s[k].Text == "," || s[k].Text == "." || s[k].Text == ";" || s[k].is("and", "y", "e") {
			return false
		}
		if v, _, ok := categoryLex.match(s, k); ok && v != caseUnit && v != woundNoun {
			return !peopleAt(s, k) || k > e+2
		}
	}
	return false
}

// officerNounAt reports whether the words at s[j], right after a number,
// name soldiers or police officers: "police officers", "carabineros",
// "oficiales del Ejército", MT "agents of Carabineros".
func officerNounAt(s []token, j int) bool {
	if j >= len(s) {
		return false
	}
	if s[j].is("police", "policia") && j+1 < len(s) && isOfficerNoun(s[j+1]) {
		return true
	}
	return isOfficerNoun(s[j]) || s[j].is("police", "policeman", "patrolman", "carabineros", "oficiales", "suboficiales", "agents", "militaries", "military", "commanders", "comandantes")
}

// proceedingWords are the steps taken against officers: charges,
// investigations, summonses, trials, suspensions and dismissals, in the
// active ("charged", "acusó a") and the passive ("fueron denunciados",
// "were dismissed", "fueron pasados al retiro", MT "were separated").
var proceedingWords = []string{"charged", "charging", "indicted", "accused", "prosecuted", "tried", "convicted", "sentenced",
	"investigated", "investigating", "investigation", "summoned", "suspended", "dismissed", "separated", "expelled", "removed",
	"acuso", "acusaron", "acusados", "acusa", "denuncio", "denunciaron", "denunciados", "imputo", "imputados", "procesados",
	"investigados", "investigacion", "investiga", "investigan", "cito", "citaron", "citados", "suspendidos", "suspendio",
	"destituidos", "destituyo", "separados", "separo", "formalizados", "formalizo", "formalized", "retiro", "baja",
	"condenados", "sentenciados", "enjuiciados", "juicio", "trial", "investigations", "charges", "imputed", "fallo"}

// officersProceeded reports whether the clause of the officers counted at
// s[i:j] takes a step against them, and whether that step comes before
// the number: a proceeding word before it with no other count, clause or
// "of" between ("summoned 9 soldiers", "abrió investigación contra 13
// agentes", MT "Were separated from the institution 4 agents"; not "the
// deaths of 3 soldiers"), or a passive one after it ("were charged",
// "fueron dados de baja", "were under disciplinary investigation").
func officersProceeded(s []token, i, j int) (before, ok bool) {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if s[k].Text == "." || s[k].Text == ";" || s[k].Kind == tokNumber || s[k].is("of", "de", "del") {
			break
		}
		if s[k].is(proceedingWords...) {
			return true, true
		}
	}
	passive := false
	for k := j; k < len(s) && k <= j+8; k++ {
		if s[k].Text == "." || s[k].Text == ";" || s[k].Kind == tokNumber || s[k].is("and", "y", "who", "que", "after", "tras") {
			break
		}
		if s[k].is("were", "was", "been", "are", "is", "fueron", "fue", "sido", "son", "han", "quedaron", "under", "bajo") {
			passive = true
			continue
		}
		if passive && s[k].is(proceedingWords...) {
			return false, true
		}
	}
	return false, false
}
