package extract

import (
	"sort"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/fold"
)

// institution is one entry of the gazetteer of Peruvian institutions.
type institution struct {
	Name, English, Acronym, Type, Parent string
}

// institutions lists Peruvian security forces, their units, state bodies
// and the organisations that report on them. names are matched without case;
// acronyms with case.
var institutions = []struct {
	inst     institution
	names    []string
	acronyms []string
}{
	{institution{"Policía Nacional del Perú", "Peruvian National Police", "PNP", "police", ""},
		[]string{"Policía Nacional del Perú", "Policía Nacional", "Peruvian National Police", "National Police of Peru", "National Police", "Peruvian police"}, []string{"PNP"}},
	{institution{"Dirección de Operaciones Especiales", "Directorate of Special Operations", "DIROES", "unit", "Policía Nacional del Perú"},
		[]string{"Dirección de Operaciones Especiales", "Directorate of Special Operations", "Special Operations Directorate"}, []string{"DIROES", "DIROE"}},
	{institution{"Dirección Nacional de Operaciones Especiales", "National Directorate of Special Operations", "DINOES", "unit", "Policía Nacional del Perú"},
		[]string{"Dirección Nacional de Operaciones Especiales", "National Directorate of Special Operations"}, []string{"DINOES"}},
	{institution{"Unidad de Servicios Especiales", "Special Services Unit", "USE", "unit", "Policía Nacional del Perú"},
		[]string{"Unidad de Servicios Especiales", "Special Services Unit"}, []string{"USE"}},
	{institution{"Subunidad de Acciones Tácticas", "Tactical Actions Subunit", "SUAT", "unit", "Policía Nacional del Perú"},
		[]string{"Subunidad de Acciones Tácticas", "Tactical Actions Subunit"}, []string{"SUAT"}},
	{institution{"Dirección de Investigación Criminal", "Criminal Investigation Directorate", "DIRINCRI", "unit", "Policía Nacional del Perú"},
		[]string{"Dirección de Investigación Criminal", "Criminal Investigation Directorate"}, []string{"DIRINCRI"}},
	{institution{"Dirección contra el Terrorismo", "Counter-Terrorism Directorate", "DIRCOTE", "unit", "Policía Nacional del Perú"},
		[]string{"Dirección contra el Terrorismo", "Counter-Terrorism Directorate", "Counterterrorism Directorate"}, []string{"DIRCOTE"}},
	{institution{"Ejército del Perú", "Peruvian Army", "EP", "military", "Fuerzas Armadas"},
		[]string{"Ejército del Perú", "Ejército Peruano", "Ejército", "Peruvian Army", "the Army", "Army"}, nil},
	{institution{"Marina de Guerra del Perú", "Peruvian Navy", "MGP", "military", "Fuerzas Armadas"},
		// "the Navy", "la Armada": the story's country's (countryBodies).
		[]string{"Marina de Guerra del Perú", "Marina de Guerra", "Peruvian Navy", "Navy", "Armada"}, []string{"MGP"}},
	{institution{"Fuerza Aérea del Perú", "Peruvian Air Force", "FAP", "military", "Fuerzas Armadas"},
		[]string{"Fuerza Aérea del Perú", "Peruvian Air Force"}, []string{"FAP"}},
	{institution{"Fuerzas Armadas", "Armed Forces", "FFAA", "military", ""},
		[]string{"Fuerzas Armadas", "Armed Forces", "FF AA", "FF. AA", "FF.AA"}, []string{"FFAA"}},
	{institution{"Comando Conjunto de las Fuerzas Armadas", "Joint Command of the Armed Forces", "CCFFAA", "military", "Fuerzas Armadas"},
		[]string{"Comando Conjunto de las Fuerzas Armadas", "Joint Command of the Armed Forces", "Armed Forces Joint Command"}, []string{"CCFFAA"}},
	{institution{"Ministerio Público – Fiscalía de la Nación", "Public Prosecutor's Office", "MP", "state", ""},
		[]string{"Ministerio Público", "Fiscalía de la Nación", "Fiscalía", "Public Prosecutor's Office", "Prosecutor's Office",
			"Attorney General's Office", "Public Ministry", "Office of the Prosecutor", "Prosecutor General's Office",
			// The body by its members, as wire copy names it: "Prosecutors have
			// opened 53 investigations", "according to prosecutors"; MT "the
			// Prosecution", "the Fiscality".
			"Prosecutors", "Prosecution", "Fiscality"}, nil},
	{institution{"Defensoría del Pueblo", "Ombudsman's Office", "", "state", ""},
		[]string{"Defensoría del Pueblo", "Defensoría", "Defensor del Pueblo", "Defensora del Pueblo", "Ombudsman's Office", "Ombudsman Office", "Office of the Ombudsman", "Ombudsman", "People's Ombudsman",
			// MT of "Defensor(ía) del Pueblo", word for word.
			"Defender of the People", "Defensory of the People"}, nil},
	{institution{"Ministerio del Interior", "Ministry of the Interior", "MININTER", "state", ""},
		[]string{"Ministerio del Interior", "Ministry of the Interior", "Interior Ministry",
			// Chile's undersecretariat reports the ministry's tallies.
			"Subsecretaría del Interior", "Undersecretary of the Interior", "Undersecretariat of the Interior"}, []string{"MININTER", "Mininter"}},
	{institution{"Ministerio de Defensa", "Ministry of Defence", "MINDEF", "state", ""},
		[]string{"Ministerio de Defensa", "Ministry of Defense", "Ministry of Defence", "Defense Ministry", "Defence Ministry"}, []string{"MINDEF", "Mindef"}},
	{institution{"Ministerio de Salud", "Ministry of Health", "MINSA", "state", ""},
		[]string{"Ministerio de Salud", "Ministry of Health", "Health Ministry",
			// Ecuador's ministry by its own name and its MT ("the Ministry of
			// Public Health"), Ecuador's abroad as "Ministerio de Salud" is.
			"Ministerio de Salud Pública", "Ministry of Public Health"}, []string{"MINSA", "Minsa"}},
	{institution{"Presidencia del Consejo de Ministros", "Presidency of the Council of Ministers", "PCM", "state", ""},
		[]string{"Presidencia del Consejo de Ministros", "Presidency of the Council of Ministers"}, []string{"PCM"}},
	{institution{"Congreso de la República", "Congress of the Republic", "", "state", ""},
		[]string{"Congreso de la República", "Congreso", "Peruvian Congress", "Congress"}, nil},
	{institution{"Poder Judicial", "Judiciary", "PJ", "state", ""},
		[]string{"Poder Judicial", "Judiciary", "judicial branch"}, nil},
	{institution{"Instituto de Medicina Legal", "Institute of Legal Medicine", "IML", "state", "Ministerio Público – Fiscalía de la Nación"},
		[]string{"Instituto de Medicina Legal", "Institute of Legal Medicine", "Legal Medicine Institute", "Medicina Legal"}, []string{"IML"}},
	{institution{"Amnistía Internacional", "Amnesty International", "AI", "ngo", ""},
		[]string{"Amnistía Internacional", "Amnesty International", "Amnesty"}, []string{"AI"}},
	{institution{"Human Rights Watch", "Human Rights Watch", "HRW", "ngo", ""},
		[]string{"Human Rights Watch"}, []string{"HRW"}},
	{institution{"Coordinadora Nacional de Derechos Humanos", "National Human Rights Coordinator", "CNDDHH", "ngo", ""},
		[]string{"Coordinadora Nacional de Derechos Humanos", "National Coordinator for Human Rights", "National Human Rights Coordinator",
			"Coordinadora de Derechos Humanos", "Coordinadora Nacional of Human Rights", "National Coordinator of Human Rights", "National Coordinator of the Human Rights",
			"Coordinator of Human Rights", "Coordinator National of Human Rights", "Coordinator National of the Human Rights"}, []string{"CNDDHH"}},
	{institution{"Comisión Interamericana de Derechos Humanos", "Inter-American Commission on Human Rights", "CIDH", "international", ""},
		[]string{"Comisión Interamericana de Derechos Humanos", "Inter-American Commission on Human Rights", "Inter American Commission on Human Rights"}, []string{"CIDH", "IACHR"}},
	// The IACHR's experts' group sent to Bolivia (2019) and Nicaragua:
	// "el GIEI-Bolivia", "the Interdisciplinary Group of Independent Experts".
	{institution{"Grupo Interdisciplinario de Expertos Independientes", "Interdisciplinary Group of Independent Experts", "GIEI", "international", ""},
		[]string{"Grupo Interdisciplinario de Expertos Independientes", "Interdisciplinary Group of Independent Experts"}, []string{"GIEI"}},
	{institution{"Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos", "UN Human Rights Office", "OACNUDH", "international", "Organización de las Naciones Unidas"},
		[]string{"Alto Comisionado de las Naciones Unidas para los Derechos Humanos", "UN Human Rights Office", "Office of the UN High Commissioner for Human Rights", "UN Human Rights",
			"U.N. Human Rights Office", "Office of the U.N. High Commissioner for Human Rights",
			// The office by its common Spanish name: "la Oficina de la ONU
			// para los Derechos Humanos en Colombia".
			"Oficina de la ONU para los Derechos Humanos", "Oficina de Derechos Humanos de la ONU",
			// Wire copy spells the UN out: "The United Nations human rights
			// office said", the office, not the UN as a whole.
			"United Nations Human Rights Office"}, []string{"OACNUDH", "OHCHR", "ACNUDH"}},
	{institution{"Organización de las Naciones Unidas", "United Nations", "ONU", "international", ""},
		[]string{"Organización de las Naciones Unidas", "Naciones Unidas", "United Nations"}, []string{"ONU", "UN"}},
	{institution{"Instituto de Defensa Legal", "Institute of Legal Defence", "IDL", "ngo", ""},
		[]string{"Instituto de Defensa Legal"}, []string{"IDL"}},
	{institution{"APRODEH", "Pro Human Rights Association", "APRODEH", "ngo", ""},
		[]string{"Asociación Pro Derechos Humanos", "Pro Human Rights Association"}, []string{"APRODEH", "Aprodeh"}},
	// Bodies of neighbouring countries that reports on the region name.
	{institution{"Instituto Nacional de Derechos Humanos", "National Human Rights Institute", "INDH", "state", ""},
		[]string{"Instituto Nacional de Derechos Humanos", "National Human Rights Institute", "National Institute of Human Rights",
			"human rights institute", "National Institute for Human Rights"}, []string{"INDH"}},
	{institution{"Defensoría de la Niñez", "Children's Ombudsman", "", "state", ""},
		[]string{"Defensoría de la Niñez", "Children's Ombudsman", "Children's Ombudsman's Office"}, nil},
	{institution{"Armada de Chile", "Chilean Navy", "", "military", ""}, []string{"Armada de Chile", "Chilean Navy"}, nil},
	{institution{"Carabineros de Chile", "Carabineros", "", "police", ""}, []string{"Carabineros de Chile", "Carabineros", "Carabinero"}, nil},
	{institution{"Policía Boliviana", "Bolivian Police", "", "police", ""}, []string{"Policía Boliviana", "Bolivian police"}, nil},
	{institution{"Policía Nacional del Ecuador", "National Police of Ecuador", "", "police", ""},
		[]string{"Policía Nacional del Ecuador", "Ecuadorian police", "Ecuadorian National Police", "National Police of Ecuador"}, nil},
	{institution{"Policía Nacional de Colombia", "National Police of Colombia", "", "police", ""},
		[]string{"Policía Nacional de Colombia", "Colombian police", "Colombian National Police", "National Police of Colombia"}, nil},
	// The sets name the squadron by its acronym, as the press does.
	{institution{"Esmad", "Mobile Anti-Disturbance Squadron", "Esmad", "unit", ""},
		[]string{"Escuadrón Móvil Antidisturbios", "Mobile Anti-Disturbance Squadron"}, []string{"Esmad", "ESMAD"}},
	{institution{"Indepaz", "Indepaz", "Indepaz", "ngo", ""}, []string{"Instituto de Estudios para el Desarrollo y la Paz"}, []string{"Indepaz", "INDEPAZ"}},
	{institution{"Temblores", "Temblores", "", "ngo", ""}, []string{"ONG Temblores", "NGO Temblores"}, []string{"Temblores"}},
	{institution{"Conaie", "Confederation of Indigenous Nationalities of Ecuador", "Conaie", "ngo", ""},
		[]string{"Confederación de Nacionalidades Indígenas del Ecuador"}, []string{"Conaie", "CONAIE"}},
	{institution{"Alianza de Organizaciones por los Derechos Humanos", "Alliance of Organizations for Human Rights", "", "ngo", ""},
		[]string{"Alianza de Organizaciones por los Derechos Humanos", "Alliance of Organizations for Human Rights", "Alliance of Organizations for the Human Rights",
			"Alliance of Human Rights Organizations", "Alliance of Human Rights Organisations"}, nil},
	{institution{"Alianza por los Derechos Humanos de Ecuador", "Alliance for Human Rights of Ecuador", "", "ngo", ""},
		[]string{"Alianza por los Derechos Humanos de Ecuador", "Alianza por los Derechos Humanos", "Alliance for Human Rights of Ecuador",
			"Alliance for Human Rights", "Alliance for the Human Rights"}, nil},
	// Rights groups of the region and abroad that the sets quote.
	{institution{"Asamblea Permanente de Derechos Humanos de Bolivia", "Permanent Assembly of Human Rights of Bolivia", "APDHB", "ngo", ""},
		[]string{"Asamblea Permanente de Derechos Humanos de Bolivia", "Asamblea Permanente de Derechos Humanos", "Permanent Assembly of Human Rights of Bolivia",
			"Permanent Assembly of Human Rights", "Permanent Assembly of the Human Rights", "Permanent Human Rights Assembly"}, []string{"APDHB"}},
	{institution{"Fundación Construir", "Construir Foundation", "", "ngo", ""}, []string{"Fundación Construir", "Construir Foundation", "Foundation Construir"}, nil},
	{institution{"Physicians for Human Rights", "Physicians for Human Rights", "PHR", "ngo", ""},
		[]string{"Physicians for Human Rights", "Médicos por los Derechos Humanos"}, []string{"PHR"}},
	{institution{"Federación Internacional por los Derechos Humanos", "International Federation for Human Rights", "FIDH", "ngo", ""},
		[]string{"Federación Internacional por los Derechos Humanos", "International Federation for Human Rights", "Federación Internacional de Derechos Humanos"}, []string{"FIDH"}},
	{institution{"Sociedad Chilena de Oftalmología", "Chilean Society of Ophthalmology", "", "ngo", ""},
		[]string{"Sociedad Chilena de Oftalmología", "Chilean Society of Ophthalmology", "Chilean Ophthalmology Society", "Society Chilean of Ophthalmology"}, nil},
	// A region's health directorate reports the dead and wounded its
	// hospitals receive: "la Diresa Cusco", "the regional health
	// directorate", "the Apurímac health directorate", MT "the Regional
	// Direction of Health of Puno", MT "the Directorate of Health Apurímac
	// II". Its name holds no region. ("The regional health office" is no
	// actor in most sets: 16 older paragraphs against 7 later ones.)
	{institution{"Dirección Regional de Salud", "Regional Health Directorate", "DIRESA", "state", "Ministerio de Salud"},
		[]string{"Dirección Regional de Salud", "Regional Health Directorate", "Regional Directorate of Health", "Regional Direction of Health",
			"Regional Health Direction", "health directorate", "Diresa", "Directorate of Health", "Direction of Health",
			"Dirección de Salud",
			// MT of "Gerencia Regional de Salud", which the sets read as the
			// directorate (12 paragraphs against mzn-11; the Spanish name
			// is split, 3 against 3, and left), and MT word order.
			"Regional Management of Health", "Direction Regional of Health"}, []string{"DIRESA", "Diresa"}},
	// A Bolivian department's health service reports its dead and
	// wounded as a Diresa does in Peru: "el Servicio Departamental de
	// Salud (Sedes)", MT "the Departmental Service of Health".
	{institution{"Servicio Departamental de Salud", "Departmental Health Service", "SEDES", "state", ""},
		[]string{"Servicio Departamental de Salud", "Departmental Health Service", "Departmental Service of Health", "Service Departmental of Health"}, []string{"SEDES", "Sedes"}},
	// Kinds of body other countries have and Peru does not, named in a
	// story from one of them by the common name (countryBodies):
	// Ecuador's and Bolivia's interior ministry, the national Red Cross.
	{institution{"Ministerio de Gobierno", "Ministry of Government", "", "state", ""},
		[]string{"Ministerio de Gobierno", "Ministry of Government"}, nil},
	{institution{"Cruz Roja", "Red Cross", "", "ngo", ""}, []string{"Cruz Roja", "Red Cross"}, nil},
	{institution{"EsSalud", "EsSalud", "", "state", ""}, []string{"EsSalud", "Essalud", "Seguro Social de Salud"}, nil},
	{institution{"fuerzas del orden", "security forces", "", "security_forces", ""},
		[]string{"fuerzas del orden", "fuerzas de seguridad", "fuerzas policiales", "fuerza pública", "security forces", "forces of order", "law enforcement officials", "law enforcement", "fuerzas militares", "forces of the order"}, nil},
}

var (
	instNames    = newLexicon[int]()
	instAcronyms = map[string]int{}
)

func init() {
	for k, e := range institutions {
		instNames.add(k, e.names...)
		for _, a := range e.acronyms {
			instAcronyms[a] = k
		}
	}
}

// lowerOK are institution names that are matched even in lower case:
// "the police" is the PNP in a Peruvian story, "security forces" has no
// capitals. Others need a capital to tell "Congress" from "congress".
var lowerOK = map[string]bool{"fuerzas del orden": true}

// lowerPhrases are names that wire copy writes in lower case and that mean
// one Peruvian body all the same: "the prosecutor's office said", "the
// country's ombudsman".
var lowerPhrases = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"prosecutor's office", "public prosecutor's office", "prosecutor’s office", "public prosecutor’s office",
		// "the attorney general's office said": the prosecution, as wire
		// copy writes it in lower case (the country's own abroad).
		"attorney general's office", "attorney general’s office",
		"ombudsman", "ombudsman's office", "ombudsman’s office", "children's ombudsman", "children’s ombudsman", "office of the ombudsman", "ombudsman office",
		"health ministry", "ministry of health", "interior ministry", "ministry of the interior", "ministerio de salud", "ministerio del interior",
		"defense ministry", "defence ministry", "ministry of defense", "ministry of defence", "ministerio de defensa",
		// "the army" of the country the story is about, as "the police" is.
		"the army", "army", "armed forces", "the armed forces", "fuerzas armadas", "las fuerzas armadas",
		"joint command of the armed forces", "armed forces joint command",
		// Chile's institute, in lower case: "Chile's human rights institute said".
		"human rights institute", "national human rights institute",
		// Chile's police by its members' name, which the press writes in
		// lower case: "los carabineros dispararon", "12 carabineros heridos".
		"carabineros", "carabinero",
		// The prosecution by its members, and "la fiscalía" in lower case.
		"prosecutors", "fiscalia", "fiscalia provincial",
		// The country's police as wire copy writes it: "urged the government
		// to overhaul the national police", "Chile's national police".
		"national police",
		// A region's health directorate: "the regional health directorate said".
		"regional health directorate", "health directorate"} {
		m[norm(p)] = true
	}
	return m
}()

// lowerMatch reports whether toks[i:end] is written in lower case in a way
// lowerPhrases allows.
func lowerMatch(toks []token, i, end int) bool {
	words := make([]string, 0, end-i)
	for _, t := range toks[i:end] {
		words = append(words, t.Norm)
	}
	return lowerPhrases[strings.Join(words, " ")]
}

// policeWords name the PNP generically.
var policeWords = map[string]bool{"police": true, "policia": true}

// ambiguousAcronyms stand for the institution only when the text has
// introduced them ("Amnesty International (AI)") or also names the
// institution in full.
var ambiguousAcronyms = map[string]bool{"AI": true, "UN": true, "USE": true, "EP": true, "MP": true, "IML": true}

// titles of persons, lower case and accent-folded, matched before a name.
var personTitleLex = func() *lexicon[string] {
	l := newLexicon[string]()
	for _, t := range []string{
		"secretary general", "secretary-general", "secretaria general", "secretario general",
		"president", "presidenta", "presidente", "prime minister", "premier", "vice president", "vicepresidenta", "vicepresidente",
		"interior minister", "minister of the interior", "ministro del interior", "ministra del interior",
		"defence minister", "defense minister", "minister of defense", "ministro de defensa", "ministra de defensa",
		"minister", "ministro", "ministra", "general", "colonel", "coronel", "commander", "comandante", "captain", "capitan",
		"lieutenant", "teniente", "sergeant", "sargento", "suboficial", "sub-officer", "major", "police general", "general pnp",
		"coronel pnp", "comandante pnp", "mayor pnp", "capitan pnp", "teniente pnp", "suboficial pnp",
		"colonel pnp", "commander pnp", "major pnp", "captain pnp", "lieutenant pnp", // MT "the colonel PNP NAME"
		"prosecutor", "fiscal", "attorney general", "fiscal de la nacion", "chief prosecutor", "fiscal provincial", "fiscal superior",
		"ombudsman", "defensora del pueblo", "defensor del pueblo", "director", "directora", "executive director", "directora ejecutiva",
		"director ejecutivo", "spokesperson", "spokesman", "spokeswoman", "vocero", "vocera", "portavoz", "lawyer", "abogado", "abogada",
		"dr", "dr.", "doctor", "congressman", "congresswoman", "congresista", "governor", "gobernador", "gobernadora", "mayor of", "mayor",
		"alcalde", "alcaldesa", "judge", "juez", "jueza", "researcher", "investigador", "investigadora", "researcher for",
		"americas director", "directora para las americas", "director para las americas", "coordinator", "coordinadora", "coordinador",
		"mr", "ms", "mrs", "senor", "senora", "sr", "sra", "obispo", "arzobispo", "bishop", "archbishop", "parish priest", "priest", "parroco", "sacerdote", "dirigente", "lider", "leader",
		// A member of a council, Indigenous or municipal: "la consejera del CRIC".
		"consejera", "consejero", "councillor", "councilor", "concejal", "concejala",
		"activista", "activist", "dirigenta", "lideresa", "representante", "representative", "decano", "dean", "rector",
		"prefecto", "prefecta", "subprefecto", "intendente", "intendenta", "expresidente", "ex presidente", "former president",
		"police officer", "policeman", "gobernador regional",
		// A deputy of the ombudsman ("la adjunta para los Derechos Humanos"),
		// Colombia's municipal ombudsman ("the personero of Medellín").
		"adjunta", "adjunto", "deputy ombudsman", "personero", "personera", "alcalde provincial", "jefe", "jefa", "chief", "head of", "responsable de", "responsable del",
		// A town's or a department's secretary ("el secretario de Salud
		// departamental, NAME"), a minister's deputy, a navy's rank.
		"secretario", "secretaria", "secretary", "subsecretario", "undersecretary", "admiral", "almirante",
		// A member of a body that reports: "la integrante del GIEI NAME".
		"integrante", "miembro", "member",
	} {
		l.add(t, t)
	}
	for _, t := range rankAbbreviations {
		l.add(t, t)
	}
	return l
}()

type actorMention struct {
	start, end int
	data       ActorData
}

// findActors finds institutions (names and acronyms) and titled persons,
// then later mentions of those persons by surname.
func (d *doc) findActors() {
	fullNamed := map[int]bool{}
	introduced := map[string]bool{}
	for _, p := range d.paras {
		// Whether the paragraph is about another country is worked out on
		// the first institution or police word that needs it.
		country, abroad, known := "", false, false
		isAbroad := func() bool {
			if !known {
				country = d.paragraphCountry(p)
				abroad, known = foreignStory(p.toks) || country != "" && !namesPeru(p.toks), true
			}
			return abroad
		}
		for i := 0; i < len(p.toks); i++ {
			t := p.toks[i]
			if t.is("prosecutors") && !membersAct(p.toks, i) || t.is("fiscalia") && !t.Cap && i+2 < len(p.toks) && p.toks[i+1].is("de", "del") && p.toks[i+2].Cap {
				continue // "independent prosecutors", "frente a la fiscalía de Juliaca"
			}
			if a, end, ok := d.townOfficeAt(p, i); ok {
				// "la Fiscalía Regional de Valparaíso" before "Fiscalía".
				d.actors = append(d.actors, actorMention{t.Start, p.toks[end-1].End, a})
				i = end - 1
				continue
			}
			if k, end, ok := instNames.match(p.toks, i); ok && (p.toks[i].Cap || lowerMatch(p.toks, i, end)) {
				// "Defensoría del Pueblo de Bolivia", "Colombia's ombudsman",
				// "el Ministerio del Interior chileno": another country's body.
				if name, e, ok := foreignBody(p.toks, i, end, institutions[k].inst); ok {
					d.actors = append(d.actors, actorMention{p.toks[i].Start, p.toks[e-1].End,
						ActorData{Name: name, Type: institutions[k].inst.Type}})
					i = e - 1
					continue
				}
			}
			// Security forces are no country's body: abroad they are named
			// as at home, below.
			if k, end, ok := instNames.match(p.toks, i); ok && isAbroad() && !peruvianBody(institutions[k].inst, p.toks[i:end]) && institutions[k].inst.Type != "security_forces" {
				// "the ombudsman said" in a story from Quito: Ecuador's.
				if inst := institutions[k].inst; country != "" && !ownCountry[inst.Name] && inst.Type != "security_forces" &&
					(p.toks[i].Cap || lowerMatch(p.toks, i, end)) {
					a, ok := d.regionalOffice(p, country, inst)
					if !ok {
						a = countryBody(country, inst)
					}
					d.actors = append(d.actors, actorMention{start: p.toks[i].Start, end: p.toks[end-1].End, data: a})
				} else if ownCountry[inst.Name] && (p.toks[i].Cap || lowerMatch(p.toks, i, end)) {
					// "Carabineros de Chile" in a story from Chile: its own name.
					fullNamed[k] = true
					d.actors = append(d.actors, actorMention{p.toks[i].Start, p.toks[end-1].End, actorOf(k)})
				}
				i = end - 1
				continue
			}
			if end, military, ok := forceMemberAt(p.toks, i); ok && (troopsActing(p.toks, i) || jointForce(p.toks, i) || clashSide(p.toks, i)) && !harmedAfter(p.toks, end) && !d.insideActor(t.Start) {
				// Members of a force acting ("los policías detuvieron",
				// "police officers fired", "troops cleared" in a story from
				// La Paz): the force they belong to. Officers counted among
				// the harmed name no actor in most sets (12x reads them as
				// their force; the older sets do not).
				a, ok := memberForce(military, isAbroad(), country)
				if e, riot := colombianRiotPolice(p.toks, i, country); !military && riot {
					a, ok = e, true
				}
				if ok {
					d.actors = append(d.actors, actorMention{t.Start, p.toks[end-1].End, a})
					i = end - 1
					continue
				}
			}
			if a, end, ok := harmedForce(p.toks, i, isAbroad(), country); ok && !d.insideActor(t.Start) {
				d.actors = append(d.actors, actorMention{t.Start, p.toks[end-1].End, a}) // harmedforce.go
				i = end - 1
				continue
			}
			if policeWords[t.Norm] && isAbroad() {
				// "police said" in a story from La Paz: Bolivia's police.
				if e, riot := colombianRiotPolice(p.toks, i, country); riot && policeMention(p.toks, i) {
					d.actors = append(d.actors, actorMention{p.toks[i-1].Start, t.End, e})
				} else if k, ok := countryPolice(country); ok && policeMention(p.toks, i) {
					d.actors = append(d.actors, actorMention{t.Start, t.End, actorOf(k)})
				}
				continue
			}
			if k, end, ok := instNames.match(p.toks, i); ok {
				if !p.toks[i].Cap && !lowerOK[institutions[k].inst.Name] && institutions[k].inst.Type != "security_forces" && !lowerMatch(p.toks, i, end) {
					continue
				}
				fullNamed[k] = true
				// "Amnesty International (AI)" introduces the acronym.
				if end+2 < len(p.toks) && p.toks[end].Text == "(" && p.toks[end+2].Text == ")" {
					introduced[p.toks[end+1].Text] = true
				}
				d.actors = append(d.actors, actorMention{p.toks[i].Start, p.toks[end-1].End, actorOf(k)})
				i = end - 1
				continue
			}
			if k, ok := instAcronyms[t.Text]; ok && t.Kind == tokWord {
				if ambiguousAcronyms[t.Text] && !introduced[t.Text] && !fullNamed[k] && !d.namedLater(k) {
					continue
				}
				d.actors = append(d.actors, actorMention{t.Start, t.End, actorOf(k)})
				continue
			}
			if policeWords[t.Norm] && policeMention(p.toks, i) {
				d.actors = append(d.actors, actorMention{t.Start, t.End, actorOf(0)})
			}
			if t.is("militares") && !t.Cap && troopsActing(p.toks, i) {
				// "los militares dispararon", "heridos por militares": the
				// army of the story's country (storyBodies names it abroad).
				if k, ok := institutionIndex("Ejército del Perú"); ok {
					d.actors = append(d.actors, actorMention{t.Start, t.End, actorOf(k)})
				}
			}
		}
	}
	d.findPersons()
}

// emitActors adds one claim per distinct actor, at its first mention, with
// every mention in its data; a person's title is the first one written.
func (d *doc) emitActors() {
	byName := map[string]int{} // actor name → index into claims
	for _, a := range d.actors {
		m := Mention{Start: a.start, End: a.end, Text: d.text[a.start:a.end]}
		if k, ok := byName[a.data.Name]; ok {
			data := d.claims[k].Data.(ActorData)
			data.Mentions = append(data.Mentions, m)
			if data.Title == "" && a.data.Title != "" {
				data.Title, data.Organization = a.data.Title, a.data.Organization
				d.claims[k].Summary = actorSummary(data)
			}
			d.claims[k].Data = data
			continue
		}
		data := a.data
		data.Mentions = []Mention{m}
		byName[data.Name] = d.add(rastro.ClaimActor, a.start, a.end, actorSummary(data), data)
	}
}

func actorSummary(a ActorData) string {
	summary := "actor " + a.Name
	if a.Acronym != "" && a.Type != "person" {
		summary += " (" + a.Acronym + ")"
	}
	summary += ", " + a.Type
	if a.Title != "" {
		summary += ", " + a.Title
	}
	return summary
}

// foreignStory reports whether a paragraph tells of events in another
// country ("in Colombia", "Chile's police") and never names Peru: there
// "the police" or "the ombudsman" are that country's, not Peru's.
func foreignStory(toks []token) bool {
	abroad := false
	for i, t := range toks {
		if t.is("peru", "peruvian", "peruano", "peruana", "peruanos", "peruanas") || strings.HasPrefix(t.Norm, "peru'") || strings.HasPrefix(t.Norm, "peru’") {
			return false
		}
		name := t.Text
		possessive := false
		for _, suffix := range []string{"'s", "’s"} {
			if strings.HasSuffix(name, suffix) {
				name, possessive = strings.TrimSuffix(name, suffix), true
			}
		}
		if t.Cap && foreignPlace(name) != "" && (possessive || i > 0 && toks[i-1].is("in", "en")) {
			abroad = true
		}
	}
	return abroad
}

// namesPeru reports whether a paragraph names Peru or its people.
func namesPeru(toks []token) bool {
	for _, t := range toks {
		if t.is("peru", "peruvian", "peruano", "peruana", "peruanos", "peruanas", "peruvians") || strings.HasPrefix(t.Norm, "peru'") || strings.HasPrefix(t.Norm, "peru’") {
			return true
		}
	}
	return false
}

// foreignBody names a Peruvian kind of state body that the text places in
// another country: followed by "de/del/of COUNTRY" or a demonym, or after
// "COUNTRY's". It returns the name and the end of the mention.
func foreignBody(toks []token, i, end int, inst institution) (string, int, bool) {
	if inst.Type == "ngo" || inst.Type == "international" || inst.Type == "security_forces" || ownCountry[inst.Name] {
		return "", 0, false
	}
	if end+1 < len(toks) && toks[end].is("de", "del", "of") && toks[end+1].Cap {
		if iso := foreignPlace(toks[end+1].Text); iso != "" {
			return countryBody(iso, inst).Name, end + 2, true
		}
	}
	if end < len(toks) {
		if iso := demonyms[toks[end].Norm]; iso != "" && !toks[end].Cap {
			return countryBody(iso, inst).Name, end + 1, true
		}
	}
	if i > 0 && possessive(toks[i-1]) {
		name := strings.TrimSuffix(strings.TrimSuffix(toks[i-1].Text, "'s"), "’s")
		if iso := foreignPlace(name); iso != "" {
			return countryBody(iso, inst).Name, end, true
		}
	}
	return "", 0, false
}

// ownCountry are the bodies of other countries in the list: they keep their name.
var ownCountry = map[string]bool{"Instituto Nacional de Derechos Humanos": true, "Carabineros de Chile": true, "Defensoría de la Niñez": true,
	"Policía Boliviana": true, "Policía Nacional del Ecuador": true, "Policía Nacional de Colombia": true, "Esmad": true, "EsSalud": true,
	"Dirección Regional de Salud": true, "Servicio Departamental de Salud": true, "Armada de Chile": true}

// foreignName is a Peruvian body's name without Peru: "Policía Nacional".
func foreignName(inst institution) string {
	return strings.TrimSuffix(strings.TrimSuffix(inst.Name, " del Perú"), " – Fiscalía de la Nación")
}

// countryBodies are the names another country's own body goes by where
// Peru's kind of it is named in a story set there: "the police" of a
// story from La Paz is the Policía Boliviana, "the army" of one from
// Cali the Ejército Nacional de Colombia.
var countryBodies = map[string]map[string]string{
	"BO": {"Policía Nacional del Perú": "Policía Boliviana", "Ejército del Perú": "Ejército de Bolivia", "Fuerzas Armadas": "Fuerzas Armadas de Bolivia",
		"Ministerio Público – Fiscalía de la Nación": "Fiscalía General del Estado",
		// Its soldiers, whatever their branch, as the sets name them.
		"militares": "Fuerzas Armadas de Bolivia"},
	// Chile's and Colombia's soldiers ("soldiers patrolled", MT
	// "militaries") are their armies', as the sets label them (some 20
	// paragraphs from Chile, r36e-08 and wzd-02 from Colombia); "Navy
	// troops" are not.
	"CL": {"Policía Nacional del Perú": "Carabineros de Chile", "Ejército del Perú": "Ejército de Chile", "militares": "Ejército de Chile",
		"Marina de Guerra del Perú": "Armada de Chile"},
	"EC": {"Policía Nacional del Perú": "Policía Nacional del Ecuador", "Ejército del Perú": "Fuerzas Armadas del Ecuador",
		"Fuerzas Armadas": "Fuerzas Armadas del Ecuador", "militares": "Fuerzas Armadas del Ecuador", "Ministerio de Salud": "Ministerio de Salud Pública de Ecuador",
		"Ministerio de Gobierno": "Ministerio de Gobierno de Ecuador", "Cruz Roja": "Cruz Roja Ecuatoriana",
		"Ministerio Público – Fiscalía de la Nación": "Fiscalía General del Estado"},
	"CO": {"Policía Nacional del Perú": "Policía Nacional de Colombia", "Ejército del Perú": "Ejército Nacional de Colombia",
		"Ministerio Público – Fiscalía de la Nación": "Fiscalía General de la Nación", "militares": "Ejército Nacional de Colombia"},
}

// The sets name Ecuador's soldiers, "militares" and its army alike as its
// armed forces ("Fuerzas Armadas del Ecuador"), and so does this list.

// countryBody is the name of the body of country iso of the kind inst
// is in Peru: its own name when the country has one, else Peru's kind
// "de" the country ("Defensoría del Pueblo de Bolivia").
func countryBody(iso string, inst institution) ActorData {
	if name := countryBodies[iso][inst.Name]; name != "" {
		if k, ok := institutionIndex(name); ok {
			return actorOf(k) // "Carabineros de Chile", with its English name
		}
		return ActorData{Name: name, Type: inst.Type}
	}
	return ActorData{Name: foreignName(inst) + " de " + countryName(iso), Type: inst.Type}
}

// peruvianBody reports whether an institution is known outside Peru too
// (NGOs, international bodies) or is named as Peru's.
func peruvianBody(inst institution, name []token) bool {
	if (inst.Type == "ngo" || inst.Type == "international") && !countryKind(inst.Name) {
		return true
	}
	for _, t := range name {
		if strings.HasPrefix(t.Norm, "peru") {
			return true
		}
	}
	return false
}

// membersAct reports whether a body named by its members ("prosecutors")
// at toks[i] is the body: they speak or act ("prosecutors said",
// "Prosecutors have opened", "Prosecutors in Peru said", "according to
// prosecutors"), not a kind of official ("independent prosecutors",
// "urged prosecutors to open").
func membersAct(toks []token, i int) bool {
	if i >= 2 && toks[i-2].is("according") && toks[i-1].is("to") {
		return true
	}
	if i > 0 && toks[i-1].Kind == tokWord && !toks[i-1].Cap && !toks[i-1].is("the", "and", "said", "that", "but", "while", "as") {
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return saidVerbs[n.Norm] || reportVerbs[n.Norm] || n.is("have", "has", "had", "are", "were", "will", "would", "opened", "charged") ||
		n.is("in") && i+2 < len(toks) && toks[i+2].Cap
}

// countryKind reports whether a body is a kind each country has its own
// of (countryBodies), as the Red Cross is, though an NGO.
func countryKind(name string) bool {
	for _, m := range countryBodies {
		if m[name] != "" {
			return true
		}
	}
	return false
}

// namedLater reports whether the institution's full name appears anywhere.
func (d *doc) namedLater(k int) bool {
	lower := strings.ToLower(d.text)
	for _, n := range institutions[k].names {
		if len(n) > 8 && strings.Contains(lower, strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// policeMention reports whether the police word at toks[i] names the
// force, not officers of it ("police officers"); "riot police" are the
// force too, unless they are the Esmad's ("the Esmad riot police").
func policeMention(toks []token, i int) bool {
	t := toks[i]
	return (t.Cap || t.Norm == "police" || i > 0 && toks[i-1].Norm == "la") && !(i+1 < len(toks) && toks[i+1].is("nacional", "officer", "officers", "agents", "personnel", "policemen", "stations", "station", "radio", "report")) &&
		// "and police" names the force whatever follows: acting ("Soldiers
		// and police opened fire"), clashing ("clashes between protesters
		// and police") or harmed ("civilians and police were hurt"), the
		// force is an actor (README, settled in round 39).
		!(i > 0 && (toks[i-1].Kind == tokNumber || toks[i-1].is("them", "are", "were", "one", "wounded", "esmad") || i >= 2 && toks[i-1].is("riot") && toks[i-2].is("esmad") || i+3 < len(toks) && toks[i+1].is("of") && toks[i+3].is("esmad")))
}

// countryPolice is the institution index of a country's own police force.
func countryPolice(iso string) (int, bool) {
	name := countryBodies[iso]["Policía Nacional del Perú"]
	for k := range institutions {
		if name != "" && institutions[k].inst.Name == name {
			return k, true
		}
	}
	return 0, false
}

// colombianRiotPolice reads "riot police" at toks[i] (the police word) in
// a story from Colombia as the Esmad, the riot squadron, not the national
// police (settled in round 38: 15 paragraphs against 7).
func colombianRiotPolice(toks []token, i int, country string) (ActorData, bool) {
	if country != "CO" || i == 0 || !toks[i-1].is("riot") {
		return ActorData{}, false
	}
	k, ok := institutionIndex("Esmad")
	if !ok {
		return ActorData{}, false
	}
	return actorOf(k), true
}

func actorOf(k int) ActorData {
	e := institutions[k].inst
	return ActorData{Name: e.Name, English: e.English, Acronym: e.Acronym, Type: e.Type, Parent: e.Parent}
}

// findPersons finds "TITLE Name Surname" (optionally "ORG TITLE Name",
// "TITLE, Name", "el ministro del Interior, Name") and afterwards every
// capitalised mention of a found person's surname.
func (d *doc) findPersons() {
	var persons []actorMention // in text order
	bySurname := map[string]ActorData{}
	for _, p := range d.paras {
		toks := p.toks
		for i := 0; i < len(toks); i++ {
			_, end, ok := personTitleLex.match(toks, i)
			if !ok || end == i+1 && toks[i].is("mayor") && !toks[i].Cap && !(end < len(toks) && toks[end].Text == ",") {
				continue // "the town's mayor, Julián Ccama", not "la mayor parte"
			}
			// A title may itself name an institution ("Ombudsman Eliana
			// Revollar"); otherwise it must not be inside one.
			titleOrg, titleIsOrg := d.actorSpanning(toks[i].Start, toks[end-1].End)
			if !titleIsOrg && d.insideActor(toks[i].Start) && !d.acronymAt(toks[i].Start) {
				continue
			}
			j := end
			if j < len(toks) && toks[j].Text == "." && len([]rune(toks[end-1].Text)) <= 4 {
				// An abbreviated title's stop ("Dr. Ana Ruiz"), not a
				// sentence's: "the death of one police officer. Of the …".
				j++
			}
			j = honorificEnd(toks, j) // "Lt. Col. Hugo Salas"
			if j+2 < len(toks) && toks[j].Kind == tokWord && !toks[j].Cap && !nameWordSkip[toks[j].Norm] && !saidVerbs[toks[j].Norm] &&
				!toks[j].is("in", "at", "from", "with", "by", "to", "a", "an", "con", "desde", "ante", "al", "que", "who", "quien") &&
				!reportVerbs[toks[j].Norm] && (personNameEnd(toks, j+1)-(j+1) >= 2 || toks[j+1].Text == "," && personNameEnd(toks, j+2)-(j+2) >= 2) {
				j++ // "la dirigenta aymara Justina Colque", "el secretario de Salud departamental, NAME": an adjective between
			}
			// "la presidenta de la asociación de víctimas, Raquel Condori"
			// "the mayor of Ilave, Teodoro Ccama": a title ending in "of",
			// whose chain may be long ("La jefa de la oficina de la
			// Defensoría del Pueblo en Puno, Gabriela Tito").
			if from := j + 1; j < len(toks) && (toks[j].is("de", "del", "of", "for", "para") || toks[j-1].is("of", "de", "del")) {
				if !toks[j].is("de", "del", "of", "for", "para") {
					from = j
				}
				for k := from; k < len(toks) && k <= j+16; k++ {
					if e := personNameEnd(toks, k); k > from && e-k >= 2 && e-k <= 4 && !d.insideActor(toks[k].Start) && !placeNouns[toks[k].Norm] {
						if _, ok := d.actorEndingAt(toks, k); ok {
							// "la abogada de la Coordinadora Nacional de
							// Derechos Humanos Rocío Paredes": the name
							// right after the institution, with no comma;
							// not a unit of it ("the Police Region Cusco").
							j = k
							break
						}
					}
					if toks[k].Text == "," {
						// "el arzobispo de Lima, monseñor Carlos Castillo", "Father Teodoro Mayta"
						n := honorificEnd(toks, k+1)
						if _, e, ok := personTitleLex.match(toks, n); ok && personNameEnd(toks, e)-e >= 2 {
							n = e // "the head of the regional police, General Óscar Palomino"
						}
						if personNameEnd(toks, n)-n >= 2 {
							j = n
						}
						break
					}
					if toks[k].Text == "(" && k+2 < len(toks) && toks[k+2].Text == ")" {
						k += 2 // "la consejera del Consejo Regional Indígena del Cauca (CRIC), Rosalba Ipia"
						continue
					}
					if toks[k].Kind != tokWord {
						break
					}
				}
			}
			if j < len(toks) && (toks[j].Text == "," || !toks[j].Cap && honorifics[toks[j].Norm] && j > end) {
				j++
			}
			if j > end && j+1 < len(toks) && toks[j].Cap {
				j = honorificEnd(toks, j) // "the bishop of Juli, Monsignor Pedro Quispe", "the chief, Gen. Ramiro Ugarte"
			}
			nameEnd := personNameEnd(toks, j)
			if nameEnd-j < 2 && !(nameEnd-j == 1 && j > end) {
				continue
			}
			if d.insideActor(toks[j].Start) {
				continue
			}
			nameStop := toks[nameEnd-1].End
			if last := toks[nameEnd-1].Text; possessive(toks[nameEnd-1]) {
				// "Interim President Jeanine Áñez's government": the person.
				nameStop -= len(last) - len(strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s"))
			}
			name := d.text[toks[j].Start:nameStop]
			a := ActorData{Name: name, Type: "person", Title: d.text[toks[i].Start:toks[end-1].End]}
			// "AI Secretary General Agnès Callamard": the organisation before the title.
			if org, ok := d.actorEndingAt(toks, i); ok {
				a.Organization = org.Name
			} else if titleIsOrg {
				a.Organization = titleOrg.Name
			}
			persons = append(persons, actorMention{toks[j].Start, nameStop, a})
			if f := strings.Fields(name); len(f) > 1 {
				bySurname[f[len(f)-1]] = a
			}
			i = nameEnd - 1
		}
	}
	persons = append(persons, d.namedVictims()...)
	untitled := d.untitledPersons(persons)
	untitled = append(untitled, d.namedBySurname(append(persons, untitled...))...)
	for _, m := range untitled {
		// An untitled speaker is named again by surname: "Fuentes said".
		if f := strings.Fields(m.data.Name); len(f) > 1 {
			if _, ok := bySurname[f[len(f)-1]]; !ok && !d.gaz.Known(fold.Words(f[len(f)-1])) && d.gaz.World(fold.Words(f[len(f)-1])) == nil {
				bySurname[f[len(f)-1]] = m.data
			}
		}
	}
	persons = append(persons, untitled...)
	sort.SliceStable(persons, func(a, b int) bool { return persons[a].start < persons[b].start })
	if len(persons) == 0 {
		return
	}
	// Later mentions by surname ("Callamard said").
	var surnames []actorMention
	for _, p := range d.paras {
		for _, t := range p.toks {
			if t.Kind != tokWord || !t.Cap {
				continue
			}
			if a, ok := bySurname[t.Text]; ok && !d.insideActor(t.Start) && !inside(persons, t.Start) {
				surnames = append(surnames, actorMention{t.Start, t.End, a})
			}
		}
	}
	d.actors = append(append(d.actors, persons...), surnames...)
	sort.SliceStable(d.actors, func(i, j int) bool { return d.actors[i].start < d.actors[j].start })
}

// namedVictims finds people named right after a verb of death or a colon
// that lists them: "murió Byron Guatatuca", "dos comuneros: Sonia Aguilar y
// Salomón Valenzuela".
func (d *doc) namedVictims() []actorMention {
	var out []actorMention
	for _, p := range d.paras {
		toks := p.toks
		for i := 0; i+1 < len(toks); i++ {
			if !(toks[i].is("murio", "fallecio", "murieron", "fallecieron") || toks[i].Text == ":" && i > 0 && isVictimNoun(toks, i)) {
				continue
			}
			j := i + 1
			for j < len(toks) {
				e := personNameEnd(toks, j)
				if e-j < 2 || e-j > 4 || d.insideActor(toks[j].Start) || d.gaz.Known(toks[j].Norm) {
					break
				}
				out = append(out, actorMention{toks[j].Start, toks[e-1].End, ActorData{Name: d.text[toks[j].Start:toks[e-1].End], Type: "person"}})
				if e+1 < len(toks) && toks[e].is(",", "y", "and", "e") {
					j = e + 1
					continue
				}
				break
			}
		}
	}
	return out
}

// kinWords before "de"/"of" and a name make it a person's: "la familia de
// Rosalino Flórez", "the mother of Ana Quispe".
var kinWords = map[string]bool{"familia": true, "family": true, "familiares": true, "relatives": true, "relative": true, "pariente": true, "madre": true,
	"mother": true, "padre": true, "father": true, "hermano": true, "hermana": true, "brother": true, "sister": true,
	"viuda": true, "widow": true, "hijo": true, "hija": true, "son": true, "daughter": true, "esposa": true, "wife": true}

// untitledPersons finds people named without a title where the sentence
// says they are people: the subject of a speech verb ("Wilma Choque
// said"), a name with an age ("Victor Santisteban, 55, died"), a name after
// a word of kin ("la familia de Rosalino Flórez").
func (d *doc) untitledPersons(found []actorMention) []actorMention {
	var out []actorMention
	for _, p := range d.paras {
		toks := p.toks
		for i := 0; i < len(toks); i++ {
			if !toks[i].Cap || toks[i].Kind != tokWord || i > 0 && toks[i-1].Cap && toks[i-1].Kind == tokWord && toks[i-1].Norm != "segun" ||
				toks[i].Norm == "segun" {
				continue
			}
			e := personNameEnd(toks, i)
			if honorifics[strings.TrimSuffix(toks[i].Norm, ".")] && e-i >= 2 {
				i++ // "Ms Quispe said": the name after the honorific
			} else if e-i < 2 {
				continue
			}
			if e-i > 4 {
				continue
			}
			kin := i >= 2 && toks[i-1].is("de", "of") && kinWords[toks[i-2].Norm] || describedPerson(toks, i)
			v := e
			if v+1 < len(toks) && toks[v].Text == "," && toks[v+1].is("a", "an", "the", "un", "una", "el", "la", "one", "uno", "his", "her", "su") {
				// "Juan Pérez, a lawyer, said", "Ana Ruiz, one of the
				// organisers of the march, said": over a short apposition.
				for k := v + 1; k < len(toks) && k <= v+9; k++ {
					if toks[k].Text == "," {
						v = k + 1
						break
					}
				}
			}
			if v+1 < len(toks) && i > 0 && toks[i-1].Text == "," && toks[v].Text == "," {
				v++ // "the head of the ward, Ana Ruiz, said": a name set off by commas
			}
			said := v < len(toks) && saidVerbs[toks[v].Norm] && !toks[v].is("according", "called", "asked", "reported")
			// "according to Ana Ruiz, a medic": a source is a person.
			source := i >= 2 && toks[i-1].Norm == "to" && toks[i-2].Norm == "according" || i >= 1 && toks[i-1].Norm == "segun" ||
				e+1 < len(toks) && toks[e].Text == "," && toks[e+1].is("who", "quien", "whose", "cuyo", "cuya") // "Ana Ruiz, who said"
			said = said || source
			aged := e+2 < len(toks) && toks[e].Text == "," && toks[e+1].Kind == tokNumber && len(toks[e+1].Text) <= 2 && toks[e+2].Text == "," ||
				// "Pedro Mamani, de 19 años,"
				e+4 < len(toks) && toks[e].Text == "," && toks[e+1].is("de") && toks[e+2].Kind == tokNumber && len(toks[e+2].Text) <= 2 && toks[e+3].is("anos")
			// A victim named: "Gustavo Gatica, a 21-year-old psychology
			// student, was blinded", "Fabiola Campillai, …, lost the sight",
			// "One of the dead, Byron Guatatuca, was hit", "El fallecido,
			// identificado como Julián Ccama Apaza", MT "was shot the young
			// Lucas Villa" (README, settled in round 33).
			// (MT "In Ilave resulted wounded 8" puts the verb before its
			// subject: "resulted" is no victim's verb.)
			victim := v+1 < len(toks) && toks[v].is("was", "fue", "died", "murio", "fallecio", "lost", "perdio") && !toks[i].is("in", "en", "the", "el", "la", "on") &&
				!(i > 0 && toks[i-1].is("of", "de", "del")) && // "a fan of Colo-Colo died"
				(toks[v].is("died", "murio", "fallecio") || harmSoon(toks, v+1)) ||
				i >= 2 && toks[i-1].Text == "," && isVictimNoun(toks, i-1) ||
				i >= 2 && toks[i-1].is("como", "as") && toks[i-2].is("identificado", "identificada", "identified") ||
				i >= 2 && toks[i-1].is("young", "joven") && toks[i-2].is("the", "el", "la", "al", "del") ||
				// A leader named by whom they lead: "el Gobierno de Lenín
				// Moreno", "supporters of Evo Morales".
				i >= 2 && toks[i-1].is("de", "of") && toks[i-2].is("gobierno", "government", "opositores", "simpatizantes", "seguidores",
					"partidarios", "followers", "supporters", "opponents", "administration")
			name := d.text[toks[i].Start:toks[e-1].End]
			if !(kin || said || aged || victim) || !d.plainName(toks[i:e], found) || namedAfterThing(toks, i) ||
				!source && (d.gaz.Known(toks[i].Norm) || d.gaz.World(toks[i].Norm) != nil) || d.gaz.Known(fold.Words(name)) || d.gaz.World(fold.Words(name)) != nil {
				i = e - 1
				continue
			}
			out = append(out, actorMention{toks[i].Start, toks[e-1].End, ActorData{Name: name, Type: "person"}})
			i = e - 1
		}
	}
	return out
}

// harmSoon reports whether a word of harm or of a wound's cause opens
// within three words of toks[k]: "was blinded", "lost the sight", "was
// hit in the head", "fue alcanzado por".
func harmSoon(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if toks[j].Kind == tokPunct {
			return false
		}
		if _, ok := harmWordAt(toks, j); ok || toks[j].is("blinded", "hit", "struck", "shot", "sight", "eye", "eyes", "alcanzado", "alcanzada", "impactado", "impactada", "baleado", "baleada", "herido", "herida") {
			return true
		}
	}
	return false
}

// describedPerson reports whether a description of occupation stands right
// before the name at toks[i]: "the radiologist Andrés Pari", "la perito
// forense Mariela Choque", "el médico legista Juan Carlos Paredes". An
// article opens it and one or two lower-case words follow, one a person
// noun.
func describedPerson(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		t := toks[k]
		if t.Kind != tokWord || t.Cap || nameWordSkip[t.Norm] {
			return false
		}
		if personNoun(t.Norm) && toks[k-1].is("the", "el", "la", "a", "an", "un", "una") ||
			k >= 2 && personNoun(toks[k-1].Norm) && toks[k-2].is("the", "el", "la", "a", "an", "un", "una") && k == i-1 {
			return true
		}
	}
	return false
}

// namedBySurname finds the full name of a person whom the paragraph later
// quotes by surname alone: "Ana Ruiz, a nurse, and Luis Paz, a doctor,
// treated the wounded. “…,” Paz said." The full name is a person.
func (d *doc) namedBySurname(found []actorMention) []actorMention {
	var out []actorMention
	for _, p := range d.paras {
		toks := p.toks
		for i := 1; i+1 < len(toks); i++ {
			if !toks[i].Cap || toks[i].Kind != tokWord || toks[i-1].Cap || personNameEnd(toks, i) != i+1 ||
				!saidVerbs[toks[i+1].Norm] || toks[i+1].is("according", "called", "asked", "reported") || inside(found, toks[i].Start) {
				continue
			}
			for k := i - 2; k > 0; k-- {
				if toks[k].Text != toks[i].Text {
					continue
				}
				s := k
				for s > 0 && k-s < 3 && toks[s-1].Cap && toks[s-1].Kind == tokWord {
					s--
				}
				name := d.text[toks[s].Start:toks[k].End]
				if k == s || personNameEnd(toks, s) != k+1 || !d.plainName(toks[s:k+1], append(found, out...)) ||
					d.gaz.Known(fold.Words(name)) || d.gaz.World(fold.Words(name)) != nil || d.gaz.Known(toks[s].Norm) {
					break
				}
				out = append(out, actorMention{toks[s].Start, toks[k].End, ActorData{Name: name, Type: "person"}})
				// "Nilda Arce and Ramiro Soncco": the name it is paired with.
				if e := s - 1; e >= 2 && toks[e].is("and", "y", "e") {
					b := e
					for b > 0 && e-b < 4 && toks[b-1].Cap && toks[b-1].Kind == tokWord {
						b--
					}
					if e-b >= 2 && personNameEnd(toks, b) == e && d.plainName(toks[b:e], append(found, out...)) {
						if pair := d.text[toks[b].Start:toks[e-1].End]; !d.gaz.Known(fold.Words(pair)) && d.gaz.World(fold.Words(pair)) == nil && !d.gaz.Known(toks[b].Norm) {
							out = append(out, actorMention{toks[b].Start, toks[e-1].End, ActorData{Name: pair, Type: "person"}})
						}
					}
				}
				break
			}
		}
	}
	return out
}

// notNameWords are capitalised words of institutions and offices, never
// of a person's name.
var notNameWords = map[string]bool{"la": true, "el": true, "los": true, "las": true, "the": true, "human": true,
	"rights": true, "derechos": true, "humanos": true, "national": true, "nacional": true, "ministry": true,
	"ministerio": true, "office": true, "oficina": true, "government": true, "gobierno": true, "police": true,
	"policia": true, "army": true, "ejercito": true, "president": true, "presidente": true, "presidenta": true,
	"minister": true, "ministro": true, "ministra": true, "ombudsman": true, "defensoria": true, "congress": true,
	"congreso": true, "institute": true, "instituto": true, "commission": true, "comision": true, "un": true, "onu": true,
	"regional": true, "salud": true, "health": true, "gerencia": true, "direccion": true, "red": true, "hospital": true,
	"council": true, "consejo": true, "carabineros": true, "court": true, "corte": true, "tribunal": true, "association": true, "asociacion": true}

// plainName reports whether the run is only a person's name: no word of an
// institution, no possessive, no actor or person already found in it.
func (d *doc) plainName(run []token, found []actorMention) bool {
	for _, t := range run {
		if notNameWords[t.Norm] || possessive(t) || d.insideActor(t.Start) || inside(found, t.Start) {
			return false
		}
	}
	return true
}

// isVictimNoun reports whether the words before a colon count people: "dos
// comuneros en Macusani:".
func isVictimNoun(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if _, _, ok := whoLex.match(toks, k); ok {
			return true
		}
	}
	return false
}

// personNameEnd returns the end of a run of capitalised words from toks[j]
// (at most four, allowing "de", "del", "la" inside), 0 words if none.
func personNameEnd(toks []token, j int) int {
	k, words := j, 0
	for k < len(toks) && words < 5 {
		t := toks[k]
		if t.Kind == tokWord && t.Cap && !reportVerbs[t.Norm] {
			k++
			words++
			continue
		}
		if (t.Kind == tokWord && (t.Norm == "de" || t.Norm == "del" || t.Norm == "la") || t.Text == "-" && k > j && toks[k-1].End == t.Start) &&
			k+1 < len(toks) && toks[k+1].Cap && words > 0 && (t.Text != "-" || toks[k+1].Start == t.End) {
			// "de la Cruz", and hyphenated surnames: "Guevara-Rosas".
			k++
			continue
		}
		if t.Kind == tokWord && t.Norm == "de" && words > 0 && k+2 < len(toks) && toks[k+1].is("la", "los", "las") && toks[k+2].Cap && toks[k+2].Kind == tokWord {
			k += 2 // "Gómez de la Torre"
			continue
		}
		break
	}
	return k
}

func (d *doc) acronymAt(pos int) bool {
	for i := d.actorAt(pos); i < len(d.actors) && d.actors[i].start == pos; i++ {
		a := d.actors[i]
		if a.data.Acronym != "" && d.text[a.start:a.end] == a.data.Acronym {
			return true
		}
	}
	return false
}

// actorAt returns the index of the first actor mention starting at or after
// pos; d.actors is kept sorted by start so that lookups stay logarithmic
// on long documents.
func (d *doc) actorAt(pos int) int {
	return sort.Search(len(d.actors), func(i int) bool { return d.actors[i].start >= pos })
}

// actorsIn returns the actor mentions inside s.
func (d *doc) actorsIn(s span) []actorMention {
	var out []actorMention
	for i := d.actorAt(s.Start); i < len(d.actors) && d.actors[i].start < s.End; i++ {
		if d.actors[i].end <= s.End {
			out = append(out, d.actors[i])
		}
	}
	return out
}

// actorEndingAt returns the institution mentioned right before toks[i].
func (d *doc) actorEndingAt(toks []token, i int) (ActorData, bool) {
	if i == 0 {
		return ActorData{}, false
	}
	end := toks[i-1].End
	for k := d.actorAt(end) - 1; k >= 0 && k >= d.actorAt(end)-4; k-- {
		if a := d.actors[k]; a.end == end && a.data.Type != "person" {
			return a.data, true
		}
	}
	return ActorData{}, false
}

// actorSpanning returns the institution mention that is exactly start:end.
func (d *doc) actorSpanning(start, end int) (ActorData, bool) {
	for i := d.actorAt(start); i < len(d.actors) && d.actors[i].start == start; i++ {
		if a := d.actors[i]; a.end == end && a.data.Type != "person" {
			return a.data, true
		}
	}
	return ActorData{}, false
}

func (d *doc) insideActor(pos int) bool {
	return inside(d.actors, pos)
}

// inside reports whether pos falls in one of the sorted mentions.
func inside(ms []actorMention, pos int) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].start > pos })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if pos >= ms[k].start && pos < ms[k].end {
			return true
		}
	}
	return false
}

// addActor inserts a mention found late (an untitled speaker) in order.
func (d *doc) addActor(m actorMention) {
	i := d.actorAt(m.start)
	d.actors = append(d.actors, actorMention{})
	copy(d.actors[i+1:], d.actors[i:])
	d.actors[i] = m
}

// storyCountry is the one country abroad the whole text is set in, or "":
// worked out once, after the places are read, from the dateline, the
// places the text names (their countries, a neighbour "on the border
// with" one left out), its people ("Bolivian police") and the bodies only
// one country has ("Carabineros"). A text that names Peru or a Peruvian
// place, or two countries abroad, has none.
func (d *doc) storyCountry() string {
	if d.storyKnown {
		return d.story
	}
	d.storyKnown = true
	seen := map[string]bool{}
	for _, m := range d.places {
		if m.data.Country == "" || m.data.Level == "water" || m.data.Level == "country" && d.neighbourAt(m.start) {
			continue
		}
		seen[m.data.Country] = true
	}
	for iso := range d.countries {
		seen[iso] = true
	}
	for _, a := range d.actors {
		if iso := actorCountry[a.data.Name]; iso != "" {
			seen[iso] = true
		}
	}
	for _, p := range d.paras {
		if namesPeru(p.toks) {
			seen["PE"] = true
		}
	}
	if len(seen) == 1 && !seen["PE"] {
		for iso := range seen {
			d.story = iso
		}
	}
	return d.story
}

// neighbourAt reports whether the country named at pos is named as a
// neighbour: "on the border with Bolivia", "frontera con Chile".
func (d *doc) neighbourAt(pos int) bool {
	for _, p := range d.paras {
		for _, s := range p.sentences {
			if len(s) == 0 || pos < s[0].Start || pos > s[len(s)-1].Start {
				continue
			}
			return neighbourBefore(s, tokenIndex(s, pos))
		}
	}
	return false
}

// storyBodies renames the bodies a text names by Peru's kind of them
// ("the police", "la Policía", "the army", "the ombudsman") as those of
// the country the text is set in, when it is one abroad: "LA PAZ.- … el
// comandante departamental de la Policía" is the Policía Boliviana. A
// mention that names Peru ("Peruvian police", "PNP") keeps its body.
func (d *doc) storyBodies() {
	iso := d.storyCountry()
	if iso == "" {
		return
	}
	for k, a := range d.actors {
		inst, ok := institutionNamed(a.data.Name)
		if !ok || inst.Type == "ngo" || inst.Type == "international" || inst.Type == "security_forces" || ownCountry[inst.Name] {
			continue
		}
		text := d.text[a.start:a.end]
		if text == inst.Acronym || strings.Contains(fold.Words(text), "peru") {
			continue
		}
		d.actors[k].data = countryBody(iso, inst)
		if w := fold.Words(text); inst.Type == "military" && (soldierWords[w] || w == "military") {
			// Soldiers named by their members are the country's
			// soldiers whatever their branch ("militares" in countryBodies).
			if name := countryBodies[iso]["militares"]; name != "" {
				d.actors[k].data = countryBody(iso, institution{Name: "militares", Type: inst.Type})
			}
		}
		for _, p := range d.paras {
			if a.start >= p.Start && a.start < p.End {
				if r, ok := d.regionalOffice(p, iso, inst); ok {
					d.actors[k].data = r // "según la Fiscalía" under VALPARAÍSO
				}
			}
		}
	}
}

// institutionNamed returns the institution of the list whose name is name.
func institutionNamed(name string) (institution, bool) {
	if k, ok := institutionIndex(name); ok {
		return institutions[k].inst, true
	}
	return institution{}, false
}

// institutionIndex returns the index in the list of the institution whose
// name is name.
func institutionIndex(name string) (int, bool) {
	for k, e := range institutions {
		if e.inst.Name == name {
			return k, true
		}
	}
	return 0, false
}

// forceMemberAt reads members of a force at toks[i], the police's
// ("policías", "un policía", "efectivos policiales", "police officers",
// "policemen", MT "police agents", "agents of the police") or the armed
// forces' ("soldiers", "soldados", "troops", "un militar", MT "militaries"); it returns the
// end and whether they are soldiers. Lower-case "militares" in a story
// from Peru is left to the army rule below.
func forceMemberAt(toks []token, i int) (int, bool, bool) {
	t := toks[i]
	if e, ok := officersAt(toks, i); ok {
		return e, false, true
	}
	switch {
	case t.is("policemen", "policeman"):
		return i + 1, false, true
	case t.is("police") && i+1 < len(toks) && toks[i+1].is("officer", "agents", "agent"):
		return i + 2, false, true
	case t.is("policia") && !t.Cap && i > 0 && (toks[i-1].Kind == tokNumber || toks[i-1].is("un", "otro", "cada", "el", "del", "al")):
		return i + 1, false, true
	case soldierWords[t.Norm] && !(t.Cap && i > 0 && toks[i-1].Cap) &&
		!(i > 0 && toks[i-1].is("navy", "naval")): // "Navy troops" are the navy's
		return i + 1, true, true
	case t.is("military") && i > 0 && toks[i-1].is("the") && (i+1 == len(toks) || toks[i+1].Kind == tokPunct ||
		!toks[i+1].Cap && !toks[i+1].is("justice", "courts", "court", "tribunal", "tribunals", "jurisdiction", "assistance", "service", "police")):
		// "operations by police and the military,", "the military opened
		// fire", "the police and the military shot", "the military
		// operation"; not the military's courts or aid ("the military
		// justice", MT "the military assistance").
		return i + 1, true, true
	case t.is("policiales", "policial") && i >= 2 && toks[i-1].is("y", "e") && toks[i-2].is("militares", "militar"):
		return i + 1, false, true // "efectivos militares y policiales dispararon"
	case t.is("military") && i+2 < len(toks) && toks[i+1].is("and") && toks[i+2].is("police", "policemen", "carabineros"):
		return i + 1, true, true // "the military and police repressed", MT "military and police attacked"
	}
	return 0, false, false
}

// soldierWords name members of the armed forces.
var soldierWords = map[string]bool{"soldiers": true, "soldier": true, "soldados": true, "soldado": true, "troops": true,
	"militares": true, "militar": true, "militaries": true}

// jointForce reports whether the members at toks[i] are joined by "and" to
// members of a force, one force acting with another: "police and soldiers blocked",
// "efectivos policiales y militares aprehendieron", "police and the
// military".
func jointForce(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].is("the", "los", "las") {
		k--
	}
	// The force before "and" may be either: "militares y policías
	// custodiaban", MT "Carabineros and militaries dispersed".
	return k >= 1 && toks[k].is("and", "y") && (toks[k-1].is("police", "policia", "policiales", "policias", "carabineros", "military") || soldierWords[toks[k-1].Norm])
}

// memberForce is the force members of a force belong to: the story's
// country's police or armed forces abroad (countryBodies), Peru's police at
// home, soldiers in Peru its army (storyBodies renames it abroad).
func memberForce(military, abroad bool, country string) (ActorData, bool) {
	if !abroad {
		if military {
			// Soldiers acting in a Peruvian story are the army's, as
			// "los militares dispararon" is.
			if k, ok := institutionIndex("Ejército del Perú"); ok {
				return actorOf(k), true
			}
			return ActorData{}, false
		}
		return actorOf(0), true
	}
	if !military {
		if k, ok := countryPolice(country); ok {
			return actorOf(k), true
		}
		return ActorData{}, false
	}
	name := countryBodies[country]["militares"]
	if name == "" {
		return ActorData{}, false
	}
	if k, ok := institutionIndex(name); ok {
		return actorOf(k), true
	}
	return ActorData{Name: name, Type: "military"}, true
}

// officersAt reads police officers named by their members at toks[i]:
// "policías", "efectivos policiales", "agentes policiales", "police
// officers", MT "agents of the police"; it returns the end.
func officersAt(toks []token, i int) (int, bool) {
	t := toks[i]
	switch {
	case t.is("policias") && !t.Cap:
		return i + 1, true
	case t.is("efectivos", "agentes", "efectivo", "agente") && i+1 < len(toks) && toks[i+1].is("policiales", "policial"):
		return i + 2, true
	case t.is("police") && i+1 < len(toks) && toks[i+1].is("officers"):
		return i + 2, true
	case t.is("agents") && i+3 < len(toks) && toks[i+1].is("of") && toks[i+2].is("the") && toks[i+3].is("police"):
		return i + 4, true
	}
	return 0, false
}

// clashSide reports whether the members at toks[i] are the second side of
// a clash ("enfrentamientos entre universitarios y policías", "el
// enfrentamiento entre vecinos y efectivos policiales", "clashes between
// protesters and police officers"): a side of a clash acts, as "and
// police" does (README, round 39).
func clashSide(toks []token, i int) bool {
	if i < 3 || !toks[i-1].is("y", "and", "e") {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-8; k-- {
		if toks[k].Kind == tokPunct {
			return false
		}
		if toks[k].is("entre", "between") {
			return clashNouns[toks[k-1].Norm] || toks[k-1].is("confrontacion", "confrontaciones", "fighting", "disturbios")
		}
	}
	return false
}

// troopsActing reports whether the soldiers' word at toks[i] names the
// force acting, not soldiers counted: "los militares dispararon", "por
// militares", not "12 militares resultaron heridos" or "policías y
// militares".
func troopsActing(toks []token, i int) bool {
	return !(i > 0 && (toks[i-1].Kind == tokNumber || unitWords[toks[i-1].Norm] > 0 || toks[i-1].is("y", "and", "e", "them", "ellos", "ellas", "un", "one", "otro",
		"were", "was", "are", "is", "eran", "era", "son", "es", "including", "incluidos", "among", "entre",
		"injured", "wounded", "dead", "heridos", "lesionados")))
}

// harmedAfter reports whether the words from toks[e] say those named just
// before were harmed: "policías resultaron heridos", "police officers were
// injured", "efectivos policiales heridos".
func harmedAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+4; k++ {
		if toks[k].is("heridos", "herido", "heridas", "lesionados", "injured", "hurt", "wounded", "killed", "died", "murieron",
			"fallecieron", "murio", "fallecio", "muertos", "resultaron", "quedaron", "sufrieron", "burned", "attacked", "atacados", "retenidos", "held") {
			// "Soldiers and police killed eight people", MT "military and
			// police attacked with bombs": a verb with its object or means
			// after it is what they did, not what was done to them.
			return !(toks[k].is("killed", "attacked", "burned", "held") && k+1 < len(toks) &&
				(toks[k+1].Kind == tokNumber || isNumberStart(toks, k+1) || toks[k+1].is("with", "a", "an", "the", "people", "protesters", "demonstrators")))
		}
		if toks[k].Kind == tokPunct {
			return false
		}
	}
	return false
}

// placeOffices are offices named after the town, province or region they
// serve: Colombia's municipal ombudsman ("la Personería de Cali"), a
// Peruvian province's health network ("la Red de Salud El Collao", MT
// "The Network of Health San Román"), a Chilean region's prosecutor's
// office ("la Fiscalía Regional de La Araucanía", MT "the Regional
// Prosecutor of Antofagasta"). head is the office's words (folded), name
// its canonical name before the place, sep what joins them; link says
// whether the place must follow "de"/"of"; level is the kind of place
// the office takes from the story when the text names none (a town for
// the Personería, a region for the Fiscalía; none for the health
// network, whose name is always written). country, when set, is the one
// country whose places the office is named after; there wire copy writes
// it in lower case too ("the regional prosecutor's office said"), and
// the body of kind (countryBodies) named there without its region ("según
// la Fiscalía") is the office of the dateline's region.
type placeOffice struct {
	head                 []string
	name, sep            string
	link                 bool
	level, country, kind string
}

var placeOffices = []placeOffice{
	{[]string{"personeria"}, "Personería", " de ", true, "city", "", ""},
	{[]string{"red", "de", "salud"}, "Red de Salud", " ", false, "", "", ""},
	{[]string{"network", "of", "health"}, "Red de Salud", " ", false, "", "", ""},
	{[]string{"health", "network", "of"}, "Red de Salud", " ", false, "", "", ""},
	// Chile's health services, one per area, named by it: "el Servicio de
	// Salud Concepción", MT "the Service of Health Concepción".
	{[]string{"servicio", "de", "salud"}, "Servicio de Salud", " ", false, "", "CL", ""},
	{[]string{"service", "of", "health"}, "Servicio de Salud", " ", false, "", "CL", ""},
	// Colombia's municipal secretariats, named after their city: "la
	// Secretaría de Salud de Cali", MT "the Secretary of Health of the
	// municipality", "Bogotá's Secretaría de Gobierno", "the municipal
	// health secretariat"; a lower-case "secretaria"/"secretary" is the
	// official, a departmental one not the city's, and with no city
	// named they are the dateline's (a locality named before is no
	// city of theirs).
	{[]string{"secretaria", "de", "salud"}, "Secretaría de Salud", " de ", true, "dateline", "CO", ""},
	{[]string{"secretary", "of", "health"}, "Secretaría de Salud", " de ", true, "dateline", "CO", ""},
	{[]string{"secretariat", "of", "health"}, "Secretaría de Salud", " de ", true, "dateline", "CO", ""},
	{[]string{"health", "secretariat"}, "Secretaría de Salud", " de ", true, "dateline", "CO", ""},
	{[]string{"secretaria", "de", "gobierno"}, "Secretaría de Gobierno", " de ", true, "dateline", "CO", ""},
	{[]string{"secretary", "of", "government"}, "Secretaría de Gobierno", " de ", true, "dateline", "CO", ""},
	{[]string{"government", "secretariat"}, "Secretaría de Gobierno", " de ", true, "dateline", "CO", ""},
	// A province's or department's governor's office abroad ("la
	// Gobernación del Azuay", MT "the Governorship of Pastaza"), named
	// only with its place.
	{[]string{"gobernacion"}, "Gobernación", " de ", true, "", "", ""},
	{[]string{"governorship"}, "Gobernación", " de ", true, "", "", ""},
	{[]string{"fiscalia", "regional"}, "Fiscalía Regional", " de ", true, "admin1", "CL", "Ministerio Público – Fiscalía de la Nación"},
	{[]string{"regional", "prosecutor"}, "Fiscalía Regional", " de ", true, "admin1", "CL", "Ministerio Público – Fiscalía de la Nación"},
	{[]string{"regional", "prosecutor's", "office"}, "Fiscalía Regional", " de ", true, "admin1", "CL", "Ministerio Público – Fiscalía de la Nación"},
	{[]string{"regional", "prosecutor’s", "office"}, "Fiscalía Regional", " de ", true, "admin1", "CL", "Ministerio Público – Fiscalía de la Nación"},
}

// Wire copy's name for a Colombian town's Personería: "the city's
// ombudsman", "the local human rights ombudsman's office", "the town's
// municipal ombudsman" (the national one is "Colombia's ombudsman").
func init() {
	for _, pre := range [][]string{{"city's"}, {"city’s"}, {"town's"}, {"town’s"}, {"local"}, {"municipal"}, {"town's", "municipal"}, {"town’s", "municipal"}} {
		for _, mid := range [][]string{nil, {"human", "rights"}} {
			for _, last := range []string{"ombudsman", "ombudsman's", "ombudsman’s"} {
				head := append(append(append([]string{}, pre...), mid...), last)
				placeOffices = append(placeOffices, placeOffice{head, "Personería", " de ", true, "city", "CO", ""})
			}
		}
	}
}

// placeOfficeHead returns the office whose words start at toks[i], and
// the end of those words.
func placeOfficeHead(toks []token, i int) (placeOffice, int, bool) {
	for _, o := range placeOffices {
		if i+len(o.head) > len(toks) {
			continue
		}
		ok := true
		for k, w := range o.head {
			if toks[i+k].Norm != w {
				ok = false
				break
			}
		}
		if ok {
			return o, i + len(o.head), true
		}
	}
	return placeOffice{}, 0, false
}

// placeNameEnd is the end of a place's name written from toks[i]: capital
// words, with "y"/"and" or "de" between two of them ("Arica y
// Parinacota"), at most five tokens; i when none.
func placeNameEnd(toks []token, i int) int {
	e := i
	for e < len(toks) && e < i+5 && toks[e].Kind == tokWord {
		if toks[e].Cap {
			e++
			continue
		}
		if e > i && e+1 < len(toks) && toks[e].is("y", "and", "de", "del") && toks[e+1].Cap && toks[e+1].Kind == tokWord {
			e += 2
			continue
		}
		break
	}
	return e
}

// townOfficeAt reads an office named after a place at toks[i] (see
// placeOffices): "la Personería de Cali", MT "The Personería of Medellín",
// "la Red de Salud Huancané"; and without the place, "la Personería
// municipal", "the city's Personería", "according to the Personería",
// which are the office of the town the paragraph is about (the last town
// named before, else the dateline's), and "la Fiscalía Regional", the
// office of the dateline's region.
func (d *doc) townOfficeAt(p paragraph, i int) (ActorData, int, bool) {
	toks := p.toks
	o, h, ok := placeOfficeHead(toks, i)
	if !ok || !toks[i].Cap && o.country == "" {
		return ActorData{}, 0, false
	}
	if o.level == "dateline" && (!toks[i].Cap && strings.HasPrefix(o.head[0], "secretar") ||
		i > 0 && toks[i-1].is("departmental", "departamental") || h < len(toks) && toks[h].is("departmental", "departamental")) {
		return ActorData{}, 0, false
	}
	at := h
	if at+1 < len(toks) && toks[at].is("de", "del", "of") {
		at++
	} else if o.link {
		at = -1
	}
	if at > 0 {
		if e := placeNameEnd(toks, at); e > at && (o.country == "" || d.placeIn(d.text[toks[at].Start:toks[e-1].End], o.country)) {
			sep := o.sep
			if sep == " de " && toks[at-1].is("del") {
				sep = " del " // "la Fiscalía Regional del Maule"
			}
			return ActorData{Name: o.name + sep + d.text[toks[at].Start:toks[e-1].End], Type: "state"}, e, true
		}
	}
	place := ""
	switch o.level {
	case "city":
		for k := i - 1; k >= 0 && place == ""; k-- {
			at := k - 1
			if at > 0 && toks[at].is("western", "eastern", "northern", "southern", "central", "downtown") {
				at-- // "in western Cali": the town, not a part of it named before
			}
			if at > 0 && toks[at].is("de", "of") && localityBefore[toks[at-1].Norm] {
				continue // "the hillside neighbourhood of Siloé": a part of the town
			}
			if toks[k].Cap && toks[k].Kind == tokWord && at >= 0 && toks[at].is("de", "of", "in", "en") {
				if w := d.gaz.World(toks[k].Norm); len(w) > 0 && w[0].Level == "city" && (o.country == "" || w[0].Country == o.country) {
					place = w[0].Name
				}
			}
		}
		if place == "" && d.datelineIn(p) {
			if w := d.gaz.World(fold.Words(d.dateline.Place)); len(w) > 0 && (o.country == "" || w[0].Country == o.country) {
				place = w[0].Name
			}
		}
	case "admin1":
		place = d.datelineRegion(p, o.country)
	case "dateline":
		if d.datelineIn(p) {
			if w := d.gaz.World(fold.Words(d.dateline.Place)); len(w) > 0 && w[0].Country == o.country {
				place = w[0].Name
			}
		}
	}
	if place == "" {
		return ActorData{}, 0, false
	}
	end := h
	if end < len(toks) && toks[end].is("municipal") {
		end++
	}
	if name, ok := regionOfficeNames[place]; ok && o.level == "admin1" {
		return ActorData{Name: o.name + name, Type: "state"}, end, true
	}
	return ActorData{Name: o.name + o.sep + place, Type: "state"}, end, true
}

// placeIn reports whether a place beyond Peru of that name lies in
// country iso.
func (d *doc) placeIn(name, iso string) bool {
	for _, w := range d.gaz.World(fold.Words(name)) {
		if w.Country == iso {
			return true
		}
	}
	return false
}

// regionOfficeNames are regions whose offices write them with an article
// or accents the gazetteer's name lacks: "la Fiscalía Regional del Biobío".
var regionOfficeNames = map[string]string{"Biobio": " del Biobío", "Maule": " del Maule"}

// regionalOffice is the office of the dateline's region that a body of
// kind inst named in a story from country iso stands for: "según la
// Fiscalía" under VALPARAÍSO is the Fiscalía Regional de Valparaíso.
func (d *doc) regionalOffice(p paragraph, iso string, inst institution) (ActorData, bool) {
	for _, o := range placeOffices {
		if o.country == iso && o.kind == inst.Name {
			place := d.datelineRegion(p, iso)
			if place == "" || iso == "CL" && place == "Santiago" {
				// Santiago's region has four metropolitan offices and no
				// "Fiscalía Regional de Santiago": the sets name its "la
				// Fiscalía" the Ministerio Público de Chile.
				continue
			}
			if name, ok := regionOfficeNames[place]; ok {
				return ActorData{Name: o.name + name, Type: inst.Type}, true
			}
			return ActorData{Name: o.name + o.sep + place, Type: inst.Type}, true
		}
	}
	return ActorData{}, false
}

// datelineIn reports whether paragraph p opens with the story's dateline.
func (d *doc) datelineIn(p paragraph) bool {
	return d.dateline != nil && d.dateline.Start >= p.Start && d.dateline.Start < p.End
}

// datelineRegion is the first-level region of the city abroad that
// paragraph p's dateline names ("Arica y Parinacota" for ARICA), written
// as the city when the two share a name (VALPARAÍSO), or "".
func (d *doc) datelineRegion(p paragraph, iso string) string {
	if !d.datelineIn(p) {
		return ""
	}
	for _, w := range d.gaz.World(fold.Words(d.dateline.Place)) {
		if w.Level != "city" && w.Level != "admin2" || w.Admin1 == "" || w.Country != iso {
			continue
		}
		if fold.Words(w.Name) == fold.Words(w.Admin1) {
			return w.Name
		}
		return w.Admin1
	}
	return ""
}
