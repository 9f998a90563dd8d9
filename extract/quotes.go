package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/fold"
)

// QuotationData is the value of a quotation claim.
type QuotationData struct {
	Quote string `json:"quote"` // the words inside the quotation marks
	// Speaker is who said it as resolved: a person, an organisation, or a
	// document ("the report “Lethal racism…”").
	Speaker      string `json:"speaker,omitempty"`
	SpeakerType  string `json:"speaker_type,omitempty"` // person, organization, document
	Organization string `json:"organization,omitempty"` // the speaker's organisation or the document's author
	// Via is the words that attribute the quotation when they are not the
	// speaker's name: "he said", "the organization said", "it warned".
	Via      string `json:"via,omitempty"`
	Resolved bool   `json:"resolved"`
}

type titleMention struct {
	start, end int
	title      string
}

var quotePairs = map[string]string{"“": "”", "«": "»", "\"": "\"", "„": "“"}

// titleIntroducers precede a quoted title, not a quotation.
var titleIntroducers = map[string]bool{"called": true, "titled": true, "entitled": true, "named": true,
	"titulado": true, "titulada": true, "denominado": true, "denominada": true, "llamado": true, "llamada": true,
	"published": true, "publico": true, "presented": true, "presento": true, "released": true, "launched": true,
	"lanzo": true, "difundio": true}

// attribution verbs of speech.
var saidVerbs = map[string]bool{
	"said": true, "says": true, "stated": true, "added": true, "warned": true, "stressed": true, "argued": true,
	"noted": true, "explained": true, "told": true, "declared": true, "insisted": true, "affirmed": true, "assured": true,
	"denounced": true, "indicated": true, "reported": true, "concluded": true, "wrote": true, "asserted": true, "claimed": true,
	"called": true, "urged": true, "demanded": true, "asked": true, "pidio": true, "exigio": true, "insto": true, "reclamo": true,
	"maintained": true, "recalled": true, "pointed": true, "emphasized": true, "underlined": true, "according": true,
	"dijo": true, "afirmo": true, "aseguro": true, "senalo": true, "indico": true, "sostuvo": true, "advirtio": true,
	"denuncio": true, "declaro": true, "agrego": true, "anadio": true, "manifesto": true, "explico": true, "preciso": true,
	"subrayo": true, "recordo": true, "insistio": true, "repetia": true, "repitio": true, "repeated": true, "remarco": true, "expreso": true, "informo": true, "concluyo": true,
	"enfatizo": true, "detallo": true, "comento": true, "escribio": true, "apunto": true, "alerto": true,
	"senala": true, "afirma": true, "dice": true, "sostiene": true, "indica": true, "concluye": true, "advierte": true,
	"denuncia": true, "explica": true, "agrega": true, "anade": true, "notes": true, "states": true, "concludes": true,
	"warns": true, "adds": true, "argues": true, "insists": true, "explains": true, "writes": true,
	"indicates": true, "affirms": true, "denounces": true, "maintains": true, "stresses": true, "declares": true,
	"asserts": true, "sustains": true, "manifests": true, "precises": true,
	"anuncio": true, "announced": true, "grito": true, "gritaba": true, "gritaban": true, "shouted": true, "conto": true,
	"relato": true, "narro": true, "lamento": true, "respondio": true, "replied": true, "responded": true, "informed": true,
	"expressed": true, "mentioned": true, "commented": true, "asegura": true, "cuenta": true, "dijeron": true, "afirmaron": true,
	"senalaron": true, "indicaron": true, "declararon": true, "denunciaron": true, "sostuvieron": true, "advirtieron": true,
	"acoto": true, "puntualizo": true, "lee": true, "reads": true, "sustained": true, "manifested": true, "reitero": true, "reiterated": true, "admitted": true, "admitio": true,
	// The present of narration: "recuerda Luz Mamani".
	"recuerda": true, "relata": true, "lamenta": true, "reclama": true, "insiste": true, "comenta": true, "narra": true,
	"precisa": true, "exige": true, "pide": true, "subraya": true, "remarca": true, "aclara": true, "recalls": true,
	// Verdicts and rebukes introduce what was said as well.
	"sentencio": true, "recalco": true, "cuestiono": true, "critico": true, "exhorto": true, "demando": true, "reprocho": true,
	"acuso": true, "aclaro": true, "resalto": true, "destaco": true, "refirio": true, "remarked": true, "observed": true,
	"acknowledged": true, "conceded": true, "countered": true, "reconocio": true, "reconoce": true, "recognized": true,
	"described": true, "describio": true, "describe": true, "califico": true, "calificaron": true, "califica": true,
	"termed": true, "branded": true, "labelled": true, "labeled": true, "tildo": true, "confeso": true, "confessed": true, "tweeted": true, "posted": true, "tuiteo": true,
	// Cries and pleas attribute a quotation as "said" does.
	"clamo": true, "exclamo": true, "suplico": true, "imploro": true, "sollozo": true, "cried": true, "pleaded": true,
	"sobbed": true, "exclaimed": true, "related": true, "narrated": true, "relates": true, "narrates": true, "lamented": true, "recounted": true, "testified": true, "atestiguo": true, "clamored": true, "clamoured": true,
	// Machine translations of Spanish speech verbs: "calificó", "precisó", "detalló", "especificó".
	"qualified": true, "precised": true, "detailed": true, "specified": true, "emphasised": true,
}

// speechVerbAt reports whether toks[v] is the speech verb of an
// attribution that starts at toks[k], right after a closing mark: a verb of
// the lexicon anywhere, or, in the slot right after the mark (and its
// comma), any past-tense-looking word followed by its subject: machine
// translations coin "precised", "narrated", "sustained" from Spanish verbs,
// and Spanish has more preterites ("puntualizó", "graficó") than a list
// holds.
func speechVerbAt(toks []token, k, v int) bool {
	if saidVerbs[toks[v].Norm] {
		return true
	}
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if v >= len(toks) || toks[v].Kind != tokWord || toks[v].Cap {
		return false
	}
	w := toks[v].Text
	past := strings.HasSuffix(w, "ed") && len(w) > 4 || strings.HasSuffix(w, "ó") && len(w) > 3
	if v == k+1 && personPronouns[strings.ToLower(toks[k].Text)] {
		// '“…”, he precised.', '“…”, she detailed to the press': the
		// pronoun, then the coined verb closing the attribution.
		return past && (v+1 == len(toks) || toks[v+1].is(".", ",", ";", "to", "a", "ante", "before", "al"))
	}
	if v != k || v+1 >= len(toks) {
		return false
	}
	next := toks[v+1]
	return past && (next.Cap || next.is("the", "el", "la", "los", "las"))
}

// docNouns before a quoted passage make it a title: 'the report "Deadly
// Decline"', 'el informe "Mataron a nuestros hijos"'.
var docNouns = map[string]bool{"report": true, "informe": true, "reporte": true, "document": true, "documento": true,
	"study": true, "estudio": true, "book": true, "libro": true, "film": true, "documentary": true, "documental": true,
	"campaign": true, "campana": true, "publication": true, "publicacion": true, "article": true, "articulo": true}

// titleBefore reports whether a document noun stands a few words before the
// opening mark at toks[i], and no attribution follows the closing one.
func titleBefore(toks []token, i, j int) bool {
	found := false
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if toks[k].Text == "." || toks[k].isQuote() {
			break
		}
		if docNouns[toks[k].Norm] {
			if i-k <= 2 {
				return true // 'The IACHR report, "Situation of …", concluded'
			}
			found = true
			break
		}
	}
	if !found {
		return false
	}
	if toks[i-1].Text == "," && j+1 < len(toks) && toks[j+1].Text == "," {
		return true // 'The Harvard report on Senkata, "They shot us", concluded': the title in apposition
	}
	k := j + 1
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	return !(k < len(toks) && saidVerbs[toks[k].Norm])
}

// titleAfter reports whether a document noun describes the quoted words
// right after them: '“Shots at the Crowd”, a report that…'; a document
// that says them is their source, not their name ('"…," the report says').
func titleAfter(toks []token, j int) bool {
	k := j + 1
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k < len(toks) && toks[k].is("a", "an", "the", "its", "un", "una", "el", "su") {
		k++
	}
	return k < len(toks) && docNouns[toks[k].Norm] && !(k+1 < len(toks) && saidVerbs[toks[k+1].Norm])
}

// honorifics before a surname are not part of the speaker's name.
var honorifics = map[string]bool{"mr": true, "ms": true, "mrs": true, "miss": true, "dr": true, "sr": true, "sra": true, "srta": true, "don": true, "dona": true,
	"father": true, "padre": true, "fr": true, "monsenor": true, "monsignor": true, "msgr": true}

// rankAbbreviations are military and police ranks written short before a
// name ("Col. Javier Tapia", "el Gral. Óscar Díaz", "Lt. Col. Hugo
// Salas"): titles of their own and, after another title, no part of the
// name.
var rankAbbreviations = []string{"gen", "gral", "col", "cnel", "crnl", "lt", "tte", "sgt", "sgto", "capt", "maj", "cmdr", "cdte", "brig"}

func init() {
	for _, r := range rankAbbreviations {
		honorifics[r] = true
		abbreviations[r] = true // "military spokesman Maj. Diego Vinueza said": no sentence ends there
	}
}

// honorificEnd returns the index past the honorifics and ranks at toks[j],
// each with its full stop ("Lt. Col." before "Hugo Salas"), or j.
func honorificEnd(toks []token, j int) int {
	for j+1 < len(toks) && honorifics[toks[j].Norm] && (toks[j+1].Kind == tokWord && toks[j+1].Cap ||
		j+2 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == toks[j].End && toks[j+2].Cap) {
		j++
		if toks[j].Text == "." {
			j++
		}
	}
	return j
}

// pronoun and descriptive subjects, and what they refer back to.
// personPronouns are compared in lower case with their accents: "él" is a
// pronoun, "el" an article.
var personPronouns = map[string]bool{"he": true, "she": true, "él": true, "ella": true}
var orgReferences = newLexicon[string]()
var docReferences = newLexicon[string]()

func init() {
	orgReferences.add("org", "it", "the organization", "the organisation", "the ngo", "the group", "the agency", "the institution",
		"the human rights group", "the rights group", "la organizacion", "el organismo", "la ong", "la entidad", "la institucion",
		"the body", "the commission", "la comision", "the entity", "the office")
	docReferences.add("doc", "the report", "the document", "the statement", "el informe", "el reporte", "el documento", "el comunicado",
		"the study", "el estudio", "the pronouncement", "el pronunciamiento", "the communique", "the communiqué")
}

// findQuotations finds quoted passages of four words or more and who said
// them, from the words after the closing mark (”, AI Secretary General
// Agnès Callamard said / ,” he said / ,” said the report) or before the
// opening one (it warned that, “ / Callamard dijo que “).
func (d *doc) findQuotations() {
	for _, p := range d.paras {
		toks := p.toks
		var prev QuotationData // the paragraph's last quotation
		prevEnd := 0
		for i := 0; i < len(toks); i++ {
			j := i + 1
			if closeMark, ok := quotePairs[toks[i].Text]; ok {
				for j < len(toks) && toks[j].Text != closeMark {
					j++
				}
				if j >= len(toks) {
					continue // unclosed: no quotation to cite
				}
			} else if j, ok = d.singleQuoteEnd(toks, i); !ok {
				continue
			}
			words := 0
			for _, t := range toks[i+1 : j] {
				if t.Kind != tokPunct {
					words++
				}
			}
			start, end := toks[i].Start, toks[j].End
			inner := strings.TrimSpace(d.text[toks[i].End:toks[j].Start])
			if i > 0 && titleIntroducers[toks[i-1].Norm] || i > 1 && (toks[i-1].Text == "," || toks[i-1].is("the", "el", "la", "its", "su")) && titleIntroducers[toks[i-2].Norm] ||
				titleBefore(toks, i, j) || titleAfter(toks, j) {
				d.titles = append(d.titles, titleMention{start, end, inner})
				i = j
				continue
			}
			if words < 4 && !attributedShort(toks, i, j) {
				i = j
				continue
			}
			q := QuotationData{Quote: inner}
			if !d.attributeAfter(toks, j+1, start, &q) {
				d.attributeBefore(toks, i, start, &q)
			}
			if q.Speaker == "" && prev.Speaker != "" && (i == 0 || toks[i-1].Text == "." || toks[i-1].Text == "," && sameSentence(toks, prevEnd, i)) &&
				!d.otherSpeakerBetween(prevEnd, start, prev.Speaker) {
				// A quotation that is a sentence of its own goes on from the
				// last one: '“We were unarmed,” said X. “They shot anyway.”'
				q.Speaker, q.SpeakerType, q.Organization, q.Resolved = prev.Speaker, prev.SpeakerType, prev.Organization, true
			}
			prev, prevEnd = q, end
			summary := "quotation"
			if q.Speaker != "" {
				summary += " by " + q.Speaker
			}
			summary += ": " + clip(inner, 60)
			d.add(rastro.ClaimQuotation, start, end, summary, q)
			i = j
		}
	}
}

// singleQuoteEnd returns the closing mark of a quotation in single
// quotation marks that opens at toks[i]: "'Mi hijo solo salió a mirar',
// declaró su madre", "‘We were unarmed’, said X". Single marks are
// apostrophes as well, so the opening one follows the start of the
// paragraph, a space or an opening mark and comes right before a letter
// (not '19), the closing one comes right after the last word or its stop
// and before a space, a stop or the end, and the passage holds four words
// or more, with no other opening single mark and no double mark in it. A
// plural possessive ("the protesters' demands") closes nothing: a mark
// after an -s and before a space and a lower-case word that is no speech
// verb. Words keep their inner apostrophes (don't, O'Brien, d'Hondt), and
// a double-quoted passage is skipped whole by the caller, so a quotation
// within a quotation is no second one.
func (d *doc) singleQuoteEnd(toks []token, i int) (int, bool) {
	t := toks[i]
	if t.Text != "'" && t.Text != "‘" || i+1 >= len(toks) || toks[i+1].Start != t.End {
		return 0, false
	}
	if n := toks[i+1]; !(n.Kind == tokWord && unicode.IsLetter([]rune(n.Text)[0]) || n.Text == "¿" || n.Text == "¡") {
		return 0, false
	}
	if t.Start > 0 {
		r, _ := utf8.DecodeLastRuneInString(d.text[:t.Start])
		if !unicode.IsSpace(r) && !strings.ContainsRune("([{—–-:«“\"", r) {
			return 0, false
		}
	}
	words := 0
	for j := i + 1; j < len(toks); j++ {
		c := toks[j]
		if c.Text == "\"" || c.Text == "“" || c.Text == "”" || c.Text == "«" || c.Text == "»" {
			return 0, false // the marks of another quotation cross it
		}
		if c.Kind != tokPunct {
			words++
			continue
		}
		if (c.Text == "'" || c.Text == "‘") && c.Start != toks[j-1].End && j+1 < len(toks) && toks[j+1].Start == c.End && toks[j+1].Kind == tokWord {
			return 0, false // another opening mark: "los 'ronderos' … el 'paro'"
		}
		if c.Text != "'" && c.Text != "’" || c.Start != toks[j-1].End || j == i+1 {
			continue
		}
		if c.End < len(d.text) {
			r, _ := utf8.DecodeRuneInString(d.text[c.End:])
			if !unicode.IsSpace(r) && !strings.ContainsRune(",.;:!?)]}»”…—–", r) {
				continue
			}
			if unicode.IsSpace(r) && j+1 < len(toks) && toks[j+1].Kind == tokWord && !toks[j+1].Cap &&
				strings.HasSuffix(toks[j-1].Norm, "s") && !saidVerbs[toks[j+1].Norm] {
				continue // "the protesters' demands": a possessive
			}
		}
		if words < 4 {
			return 0, false
		}
		return j, true
	}
	return 0, false
}

// sameSentence reports whether no full stop stands between the text
// position a and the token toks[i]: '“We were unarmed,” said X, “and they
// shot anyway.”' goes on with the first quotation's speaker.
func sameSentence(toks []token, a, i int) bool {
	if a == 0 {
		return false
	}
	for k := i - 1; k >= 0 && toks[k].Start >= a; k-- {
		if toks[k].Text == "." {
			return false
		}
	}
	return true
}

// otherSpeakerBetween reports whether a person or speaking organisation
// other than speaker is named in text[a:b].
func (d *doc) otherSpeakerBetween(a, b int, speaker string) bool {
	for _, m := range d.actorsIn(span{a, b}) {
		if m.data.Name != speaker && m.data.Type != "security_forces" && m.data.Type != "police" && m.data.Type != "military" {
			return true
		}
	}
	return false
}

// attributedShort reports whether a quotation of fewer than four words is
// attributed right next to its marks (“Fue una masacre”, denunció …; dijo:
// “No”), so that it is a quotation and not a term in quotation marks.
func attributedShort(toks []token, i, j int) bool {
	k := j + 1
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k < len(toks) && saidVerbs[toks[k].Norm] {
		return true
	}
	// '“He was lucky,” Alarcón said.': a surname, then the verb.
	if k+1 < len(toks) && toks[k].Cap && toks[k].Kind == tokWord && !toks[k].is("it", "this", "that", "they", "we", "he", "she") && saidVerbs[toks[k+1].Norm] {
		return true
	}
	// '“Nothing has changed,” he insisted.': a pronoun, then the verb.
	if k+1 < len(toks) && personPronouns[strings.ToLower(toks[k].Text)] && saidVerbs[toks[k+1].Norm] {
		return true
	}
	if i >= 2 && toks[i-1].Text == ":" && saidVerbs[toks[i-2].Norm] {
		return true
	}
	// 'said it was "deeply concerned"': a speech verb a few words before.
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Text == "." || toks[k].isQuote() {
			break
		}
		if saidVerbs[toks[k].Norm] {
			return j-i > 2
		}
	}
	// 'dijo a este diario que el traslado fue “un abuso”.': a short
	// quotation that closes the reported speech of a verb earlier in its
	// sentence is the speaker's word, not a term in quotation marks.
	if j+1 == len(toks) || toks[j+1].Text == "." {
		for k := i - 1; k >= 0 && k >= i-30; k-- {
			if toks[k].Text == "." || toks[k].isQuote() || toks[k].Text == ";" {
				break
			}
			if saidVerbs[toks[k].Norm] && !toks[k].is("according", "segun", "called", "named") {
				return true
			}
		}
	}
	return false
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// attributeAfter reads the attribution after a closing mark, up to the end
// of the sentence: "[,] SPEAKER said" or "[,] said SPEAKER".
func (d *doc) attributeAfter(toks []token, k, quoteStart int, q *QuotationData) bool {
	end := k
	for end < len(toks) && end-k < 20 && (toks[end].Text != "." || abbreviationStop(toks, end)) && toks[end].Text != "“" && toks[end].Text != "\"" {
		end++
	}
	if k < len(toks) && k >= 2 && toks[k-2].Text == "." && toks[k].Cap && toks[k].Kind == tokWord && !speechVerbAt(toks, k, k) {
		// '… calling it “a sanitary emergency.” At least 12 …': the
		// quotation closed its sentence, and the next one is no
		// attribution of it.
		return false
	}
	if k < end && toks[k].is("and", "y") {
		// '… stated that “…” and recalled that, according to the
		// Ombudsman's Office, …': the clause goes on with the subject
		// before the quotation, and the body it cites is not the speaker.
		return false
	}
	if d.nameOpensAttribution(toks, k, end, quoteStart, q) {
		return true
	}
	if anonymousSpeaker(toks, k, end) {
		// "said a police source who asked not to be named", "dijo una
		// fuente policial que pidió no ser identificada": the body is not
		// the speaker, who stays unnamed.
		return true
	}
	if v, a, ok := perfectAttribution(toks, k, end); ok && d.speakerNear(toks, a, end, v, quoteStart, q) {
		return true
	}
	for v := k; v < end; v++ {
		if !speechVerbAt(toks, k, v) {
			continue
		}
		if indefiniteSubject(toks, k, v) {
			return true // '“…,” a former officer told HRW': unnamed
		}
		if a, ok := indefiniteSpeaker(toks, v, end); v-k <= 1 && ok {
			if n0, n1, ok := nameGivenAs(toks, a+2, end); ok {
				// "said a woman who gave her name only as Marleny".
				m := actorMention{toks[n0].Start, toks[n1-1].End, ActorData{Name: d.text[toks[n0].Start:toks[n1-1].End], Type: "person"}}
				if !d.insideActor(m.start) {
					d.addActor(m)
				}
				q.Speaker, q.SpeakerType, q.Resolved = m.data.Name, "person", true
			}
			return true // else the speaker stays unnamed
		}
		if d.speakerNear(toks, max(k, v-8), v, v, quoteStart, q) || d.speakerNear(toks, v+1, end, v, quoteStart, q) {
			return true
		}
		if v-k <= 1 && (v+1 == len(toks) || toks[v+1].Text == "." || toks[v+1].Text == "," || toks[v+1].Text == ";" ||
			toks[v+1].is("en", "a", "ante", "durante", "tras", "desde", "al", "por", "con", "entre", "in", "to", "at", "during", "on", "from", "amid", "after", "before")) {
			// ", dijo." or ", advirtió en conferencia de prensa" with no
			// subject: the last speaker mentioned.
			q.Via = toks[v].Text
			a := d.sourceBefore(quoteStart)
			if a == nil {
				a = d.lastSpeakerBefore(quoteStart)
			}
			if a != nil {
				q.Speaker, q.Resolved = a.Name, true
				q.SpeakerType = "organization"
				if a.Type == "person" {
					q.SpeakerType, q.Organization = "person", a.Organization
				}
			}
			return true
		}
	}
	return false
}

// perfectAttribution reads a compound speech verb right after the closing
// mark, its subject after it past a short time phrase: '«…», había dicho
// horas antes el Presidente Sebastián Piñera', '«…», ha declarado el
// ministro', MT '“…”, had said hours before the general NAME'. It returns
// the participle and the first token the subject may start at.
func perfectAttribution(toks []token, k, end int) (int, int, bool) {
	if k < end && toks[k].Text == "," {
		k++
	}
	if k+2 >= end || !toks[k].is("habia", "ha", "habria", "had", "has") || !participle(toks[k+1]) {
		return 0, 0, false
	}
	a := k + 2
	for a < end && a-k < 5 && toks[a].Kind == tokWord && !toks[a].Cap && !toks[a].is("el", "la", "los", "las", "the", "su", "its", "his", "her") {
		a++ // "horas antes", "días atrás", "hours earlier"
	}
	return k + 1, a, a < end
}

// participle reports whether a word is the past participle of a speech
// verb: "dicho", "declarado", "said", "declared".
func participle(t token) bool {
	w := t.Norm
	return t.Kind == tokWord && !t.Cap && (t.is("dicho", "escrito", "said", "told") ||
		(strings.HasSuffix(w, "ado") || strings.HasSuffix(w, "ido")) && len(w) > 5 ||
		saidVerbs[w] && strings.HasSuffix(w, "ed"))
}

// indefiniteSpeaker reports whether the speech verb at toks[v] is
// followed by an indefinite person not named after it: '“…”, gritaba una
// mujer', '“…,” said a resident', so that bodies and people named later in
// the sentence are not the speaker; it returns the article's index. A
// short phrase of listener or manner may come between ('dijo a este diario
// una enfermera', 'dijo entre lágrimas una mujer', MT 'denounced to this
// medium a sister of …'), not a listener of its own ('dijo a un
// periodista'). A name in apposition ("said a lawyer, Ana Ruiz") is not
// indefinite.
func indefiniteSpeaker(toks []token, v, end int) (int, bool) {
	a := v + 1
	// English "a" before a person noun is the article ("said a woman
	// waiting outside a police station"), not the Spanish listener's "a".
	if a < end && toks[a].is("a", "to", "entre", "ante", "con", "with", "in", "en") && a+1 < end && !toks[a+1].is("un", "una", "a", "an") &&
		!(toks[a].Text == "a" && (personNoun(toks[a+1].Norm) || kinWords[toks[a+1].Norm])) {
		for j := a + 1; j < end && j <= v+5 && toks[j].Kind == tokWord && !toks[j].Cap; j++ {
			if j > a+1 && (toks[j].is("un", "una", "a", "an") || partitiveOne(toks, j, end)) {
				a = j
				break
			}
		}
	}
	if partitiveOne(toks, a, end) {
		// 'dijo entre lágrimas una de las viudas', 'relató a este diario
		// uno de los heridos', '“…,” said one of the wounded': one of a
		// group, unnamed, unless an apposition names them (MT 'narrated
		// one of the detained ones, the student of 20 years NAME').
		for k := a + 4; k+1 < end; k++ {
			if toks[k].Cap && toks[k+1].Cap && toks[k].Kind == tokWord && toks[k+1].Kind == tokWord {
				return 0, false
			}
		}
		return a, true
	}
	if a+1 >= end || !toks[a].is("un", "una", "a", "an") || !describedNounAt(toks, a+1, end) {
		return 0, false
	}
	for k := a + 2; k < end; k++ {
		if toks[k].Text == "," && k+1 < end && personNameEnd(toks, k+1)-(k+1) >= 2 {
			return 0, false
		}
	}
	return a, true
}

// describedNounAt reports whether a person noun stands at toks[j], or
// after one or two lower-case words that describe it: "said a resident",
// MT "declared a wounded comunero", "dijo una joven madre".
func describedNounAt(toks []token, j, end int) bool {
	for i := j; i < end && i < j+3; i++ {
		t := toks[i]
		if personNoun(t.Norm) || kinWords[t.Norm] {
			return true
		}
		if t.Kind != tokWord || t.Cap || t.is("of", "de", "del", "for", "para", "from", "in", "en", "at", "by", "por", "who", "que", "and", "y",
			// A listener after Spanish "a": "relató a este diario NAME".
			"este", "esta", "el", "la", "los", "las", "su", "sus", "the", "this", "his", "her", "their") {
			return false
		}
	}
	return false
}

// partitiveOne reports whether toks[a:] opens "uno de los …", "una de
// las …", "one of the …": one person of a group the text does not name.
func partitiveOne(toks []token, a, end int) bool {
	return a+3 < end && toks[a].is("uno", "una", "one") && toks[a+1].is("de", "of") && toks[a+2].is("los", "las", "the") &&
		toks[a+3].Kind == tokWord && !toks[a+3].Cap
}

// indefiniteSubject reports whether toks[k:v], between the closing mark
// and the speech verb, is an indefinite person with no name: '“…,” a
// former officer told HRW', '“…”, un testigo dijo a la prensa', '“…,” a
// relative of one of the victims told reporters'. The body after the verb
// is the listener then, and the speaker stays unnamed.
func indefiniteSubject(toks []token, k, v int) bool {
	if j, ok := partitiveOpening(toks, k, v); ok {
		// '“…,” one of them, a 24-year-old student, told the
		// organization': one of the people just counted, unnamed unless a
		// name stands in apposition.
		return j == v || toks[j].Text == "," && toks[v-1].Text == "," && describedOnly(toks, j+1, v-1)
	}
	if v-k < 2 || v-k > 10 || !toks[k].is("un", "una", "a", "an") {
		return false
	}
	noun := false
	for i := k + 1; i < v; i++ {
		t := toks[i]
		switch {
		case t.Kind == tokNumber || t.Text == "-":
			continue // "a 19-year-old from Maipú"
		case t.Cap && t.Kind == tokWord && toks[i-1].is("from", "of", "in", "de", "del", "en"):
			continue // a place the person comes from: "a 19-year-old from Maipú"
		case t.Cap && t.Kind == tokWord && i+1 < v && !toks[i+1].Cap && toks[i+1].Kind == tokWord && !toks[i-1].Cap:
			// A people or a place before the noun: "a Nasa leader", "an
			// Aymara woman"; two capitals in a row are a name.
		case t.Cap || t.Kind != tokWord:
			return false // a name or an apposition: "a lawyer, Ana Ruiz,"
		}
		// "a 19-year-old" is a person by the age alone.
		ageNoun := t.is("old") && i >= k+3 && toks[i-1].Text == "-" && toks[i-2].is("year", "years")
		noun = noun || personNoun(t.Norm) || kinWords[t.Norm] || ageNoun
	}
	return noun
}

// partitiveOpening reports whether toks[k:v] opens with "one of
// them"/"uno de ellos"/"una de ellas" and returns the token after it.
func partitiveOpening(toks []token, k, v int) (int, bool) {
	if v-k < 3 || !toks[k].is("one", "uno", "una") || !toks[k+1].is("of", "de") || !toks[k+2].is("them", "those", "ellos", "ellas") {
		return 0, false
	}
	return k + 3, true
}

// describedOnly reports whether the apposition toks[a:b] describes a
// person with an indefinite article and names none: "a farmer from
// Juliaca", "a 24-year-old student", not "a lawyer, Ana Ruiz".
func describedOnly(toks []token, a, b int) bool {
	if b-a < 2 || !toks[a].is("un", "una", "a", "an") {
		return false
	}
	noun := false
	for i := a + 1; i < b; i++ {
		if toks[i].Text == "," || i+1 < b && toks[i].Cap && toks[i+1].Cap {
			return false
		}
		noun = noun || personNoun(toks[i].Norm) || kinWords[toks[i].Norm]
	}
	return noun
}

// nameGivenAs finds the name an unnamed speaker gives in toks[k:end]:
// "who gave her name only as Marleny", "que se identificó como Rosa",
// "who identified himself as Juan Quispe".
func nameGivenAs(toks []token, k, end int) (int, int, bool) {
	for i := k; i+1 < end; i++ {
		if !toks[i].is("as", "como") || !toks[i+1].Cap {
			continue
		}
		given := false
		for j := max(k, i-4); j < i; j++ {
			given = given || toks[j].is("name", "nombre", "identified", "identifico", "presento")
		}
		if e := personNameEnd(toks, i+1); given && e > i+1 && e-(i+1) <= 4 && e <= end {
			return i + 1, e, true
		}
	}
	return 0, 0, false
}

// anonymousSpeaker reports whether toks[k:end] says the speaker asked to
// stay unnamed: "who asked not to be named", "que pidió no ser
// identificada", "pidió el anonimato", "on condition of anonymity", MT
// "requested the reserve of its name".
func anonymousSpeaker(toks []token, k, end int) bool {
	for i := k; i < end; i++ {
		t := toks[i]
		switch {
		case t.is("anonimato", "anonymity"):
			return true
		case t.is("named", "identified", "identificado", "identificada", "nombrado", "nombrada") && i >= 2 &&
			(toks[i-1].is("be") && toks[i-2].is("to") && i >= 3 && toks[i-3].is("not") || toks[i-1].is("ser") && toks[i-2].is("no")):
			return true
		case t.is("reserve", "reserva") && i+3 < end && (toks[i+2].is("name", "nombre", "identity", "identidad") || toks[i+3].is("name", "nombre", "identity", "identidad")):
			return true
		}
	}
	return false
}

// abbreviationStop reports whether the full stop at toks[k] closes an
// abbreviation written against it ("Maj.", "Capt."), not a sentence.
func abbreviationStop(toks []token, k int) bool {
	return k > 0 && toks[k-1].End == toks[k].Start && abbreviations[toks[k-1].Norm]
}

// nameOpensAttribution handles a name right after the closing mark, set
// off by an apposition before its verb: '“…,” Hernán Ccallo, a leader of
// the communities of Azángaro, told reporters'. The apposition may be
// too long for the verb's own window and may name places and bodies; the
// name that opens the attribution is the subject.
func (d *doc) nameOpensAttribution(toks []token, k, end, quoteStart int, q *QuotationData) bool {
	if k < end && toks[k].Text == "," {
		k++
	}
	e := personNameEnd(toks, k)
	if e-k < 2 || e-k > 4 || e >= end || toks[e].Text != "," || d.placeAt(toks[k].Start, toks[e-1].End) {
		return false
	}
	for _, m := range d.actorsIn(span{toks[k].Start, toks[e-1].End}) {
		if m.data.Type != "person" {
			return false // an organisation's name: "Amnistía Internacional, in a statement, said"
		}
	}
	// The apposition closes with a comma and the verb follows it.
	for v := e + 1; v < end; v++ {
		if toks[v].Text == "," && v+1 < end && speechVerbAt(toks, v+1, v+1) {
			m := actorMention{toks[k].Start, toks[e-1].End, ActorData{Name: d.text[toks[k].Start:toks[e-1].End], Type: "person"}}
			for _, a := range d.actorsIn(span{m.start, m.end}) {
				if a.data.Type == "person" {
					m.data = a.data
				}
			}
			if !d.insideActor(m.start) {
				d.addActor(m)
			}
			q.Speaker, q.SpeakerType, q.Organization, q.Resolved = m.data.Name, "person", m.data.Organization, true
			return true
		}
	}
	return false
}

// attributeBefore reads the attribution in the same sentence before the
// opening mark: "SUBJECT said (that)[,:] “…".
func (d *doc) attributeBefore(toks []token, i, quoteStart int, q *QuotationData) {
	begin := i
	for begin > 0 && toks[begin-1].Text != "." && toks[begin-1].Text != "”" && i-begin < 80 {
		begin--
	}
	for v := i - 1; v >= begin; v-- {
		if saidVerbs[toks[v].Norm] && v > begin && toks[v-1].Text == "," && d.personOpensQuote(toks, v, i, q) {
			return
		}
		if saidVerbs[toks[v].Norm] && v > begin+2 && toks[v-1].is("y", "e", "and") && d.sentenceSubject(toks, begin, v, q) {
			return
		}
		// "The Inter-American Commission …, which visited Lima and Juliaca
		// from January 11 to 13, concluded that … “…”": the subject before
		// a relative clause speaks, not what the clause names.
		if saidVerbs[toks[v].Norm] && v > begin+2 && toks[v-1].Text == "," && relativeAfterSubject(toks, begin, v) && d.sentenceSubject(toks, begin, v, q) {
			return
		}
		// "Gustavo Gatica, a student blinded by police pellets, said the
		// figures showed “…”": the name that opens the sentence speaks, not
		// a body its apposition names.
		if saidVerbs[toks[v].Norm] && v > begin && toks[v-1].Text == "," && d.nameOpensAttribution(toks, d.afterDateline(toks, begin, v), v+1, quoteStart, q) {
			return
		}
		if saidVerbs[toks[v].Norm] && d.speakerNear(toks, max(begin, v-8), v, v, quoteStart, q) {
			return
		}
		// "Manifested the president of the Front, Marcos Choque, that
		// “…”", "Dijo el dirigente Pedro Ccama: “…”": the verb opens the
		// sentence (past a dateline, "LIMA.- Sustained …") and its subject
		// follows it.
		if saidVerbs[toks[v].Norm] && v == d.afterDateline(toks, begin, i) && !toks[v].is("according", "segun") && d.speakerNear(toks, v+1, i, v, quoteStart, q) {
			return
		}
		// "According to Amnesty's director, Name, “…”": the speaker follows.
		if toks[v].is("according", "segun") && d.speakerNear(toks, v+1, i, v, quoteStart, q) {
			return
		}
		// "Para el dirigente Hugo Apaza, “…”", "For the researcher Pedro
		// Ramos, the autopsies “…”", "en palabras de Ana Ruiz, “…”":
		// whose view the quotation gives.
		if (toks[v].is("para", "for") && v == begin || toks[v].is("palabras") && v > begin && toks[v-1].is("en")) && d.speakerNear(toks, v+1, i, v, quoteStart, q) {
			return
		}
	}
	// "dijo el abogado Mauro Inga, quien calificó la intervención como “…”":
	// the quotation is in a relative clause about the person before it.
	for v := i - 1; v > begin+1; v-- {
		if !toks[v].is("quien", "quienes", "who") || toks[v-1].Text != "," {
			continue
		}
		for _, m := range d.actorsIn(span{toks[begin].Start, toks[v-1].Start}) {
			if m.data.Type == "person" && m.end == toks[v-2].End {
				q.Speaker, q.SpeakerType, q.Organization, q.Resolved = m.data.Name, "person", m.data.Organization, true
				return
			}
		}
		break
	}
	if i > begin && toks[i-1].Text == ":" {
		// "El gobernador, Name, fue tajante: “…”": the clause's subject,
		// a person before an organisation.
		var org *ActorData
		for _, m := range d.actorsIn(span{toks[begin].Start, toks[i-1].Start}) {
			switch {
			case m.data.Type == "person":
				q.Speaker, q.SpeakerType, q.Organization, q.Resolved = m.data.Name, "person", m.data.Organization, true
				return
			case org == nil && m.data.Type != "security_forces" && m.data.Type != "police" && m.data.Type != "military" && m.data.Type != "unit":
				org = &m.data
			}
		}
		if org != nil {
			q.Speaker, q.SpeakerType, q.Resolved = org.Name, "organization", true
		}
	}
}

// afterDateline is the first token of toks[begin:end] past the dateline,
// where a sentence that opens the story starts its subject.
func (d *doc) afterDateline(toks []token, begin, end int) int {
	for begin < end && d.dateline != nil && toks[begin].Start < d.dateline.End {
		begin++
	}
	return begin
}

// sentenceSubject takes the actor that opens the sentence at toks[begin]
// as the speaker of a verb joined to its first one: "La Defensoría del
// Pueblo confirmó que … y denunció que “…”", "The ombudsman's office
// counted … and said “…”". Only a subject at the very start counts.
func (d *doc) sentenceSubject(toks []token, begin, v int, q *QuotationData) bool {
	first := begin
	if toks[first].is("el", "la", "los", "las", "the") {
		first++
	}
	for _, m := range d.actorsIn(span{toks[begin].Start, toks[v].Start}) {
		if m.start != toks[first].Start || d.placeAt(m.start, m.end) {
			continue
		}
		q.Speaker, q.Resolved, q.SpeakerType = m.data.Name, true, "organization"
		if m.data.Type == "person" {
			q.SpeakerType, q.Organization = "person", m.data.Organization
		}
		return true
	}
	return false
}

// relativeAfterSubject reports whether the first comma of toks[begin:v]
// opens a relative clause ("…, which visited …,", "…, que recorrió …,")
// that runs to the comma before the verb at toks[v].
func relativeAfterSubject(toks []token, begin, v int) bool {
	for c := begin + 1; c < v-2; c++ {
		if toks[c].Text == "," {
			return toks[c+1].is("which", "who", "que", "quien", "quienes", "la", "el") && (!toks[c+1].is("la", "el") || toks[c+2].is("cual"))
		}
	}
	return false
}

// personOpensQuote handles a verb set after a comma with its subject
// after it and the quotation after a colon: "…disparado por Carabineros,
// denunció su abogada, Camila Rojas: “…”", "…, said his lawyer, Ana Ruiz:
// “…”". The person right before the mark speaks, not a body before the
// verb.
func (d *doc) personOpensQuote(toks []token, v, i int, q *QuotationData) bool {
	if i-v < 3 || i-v > 10 || toks[i-1].Text != ":" {
		return false
	}
	for _, m := range d.actorsIn(span{toks[v+1].Start, toks[i-2].End}) {
		if m.data.Type == "person" && m.end == toks[i-2].End && !d.placeAt(m.start, m.end) {
			q.Speaker, q.SpeakerType, q.Organization, q.Resolved = m.data.Name, "person", m.data.Organization, true
			return true
		}
	}
	return false
}

// speakerNear resolves the speaker named in toks[a:b] next to the speech
// verb at toks[v]: the actor mention, pronoun ("he", "it"), description
// ("the organization") or document ("the report") closest to the verb.
func (d *doc) speakerNear(toks []token, a, b, v, quoteStart int, q *QuotationData) bool {
	if a >= b {
		return false
	}
	type cand struct {
		dist    int
		resolve func()
	}
	var best *cand
	// "Ana Ruiz, who spoke in Congress, said": names inside the relative
	// clause are not the subject.
	rel := -1
	if v >= 2 && toks[v-1].Text == "," {
		for k := v - 2; k > 0 && k > v-16; k-- {
			if toks[k].is("who", "quien", "quienes") && toks[k-1].Text == "," {
				rel = k
				break
			}
			// "Juan Paz, brother of the victim Luis Paz, said": a
			// description in apposition to the name before it.
			if toks[k-1].Text == "," && k >= 2 && (kinWords[toks[k].Norm] || personRoleAt(toks, k)) && !toks[k].Cap && d.personEndsAt(toks[k-2].End) {
				rel = k
				break
			}
			if toks[k].Text == "," || toks[k].Text == "." || toks[k].isQuote() {
				break
			}
		}
	}
	person := false // the candidate being considered is a named person
	consider := func(first, last int, f func()) {
		dist := v - last
		if first > v {
			dist = first - v
		}
		if rel >= 0 && first > rel && last < v {
			dist += 12
		}
		if first > v && (!person && d.personAfter(toks, first, b) || person && d.personRightAfter(toks, last)) {
			// "sostuvo el comandante general de la PNP, Raúl Alfaro": the
			// organisation is the person's, the person speaks.
			dist += 8
		}
		if best == nil || dist < best.dist {
			best = &cand{dist, f}
		}
	}
	s := span{toks[a].Start, toks[b-1].End}
	if rel >= 2 && rel-1 <= a {
		// The relative clause starts the range: its subject stands before.
		s.Start = toks[max(0, rel-6)].Start
	}
	for _, m := range d.actorsIn(s) {
		m := m
		first, last := tokenIndex(toks, m.start), tokenIndex(toks, m.end-1)
		if first > v && m.data.Type != "person" && last+2 < b && toks[last+1].Text == "," {
			// "afirmó la directora de Amnistía Internacional, Ana Piquer":
			// the person after the organisation speaks.
			if e := personNameEnd(toks, last+2); e-(last+2) >= 2 && e-(last+2) <= 4 && (e == len(toks) || !toks[e].Cap) {
				n0, n1 := last+2, e
				consider(first, last, func() {
					pm := actorMention{toks[n0].Start, toks[n1-1].End, ActorData{Name: d.text[toks[n0].Start:toks[n1-1].End], Type: "person", Organization: m.data.Name}}
					if !d.insideActor(pm.start) {
						d.addActor(pm)
					}
					q.Speaker, q.SpeakerType, q.Organization, q.Resolved = pm.data.Name, "person", m.data.Name, true
				})
				continue
			}
		}
		if m.data.Type == "person" && d.placeAt(m.start, m.end) {
			continue // a place is never a speaker
		}
		person = m.data.Type == "person"
		consider(first, last, func() {
			q.Speaker, q.Resolved = m.data.Name, true
			q.SpeakerType = "organization"
			if m.data.Type == "person" {
				q.SpeakerType, q.Organization = "person", m.data.Organization
			}
		})
		person = false
	}
	for k := a; k < b; k++ {
		k := k
		if personPronouns[strings.ToLower(toks[k].Text)] {
			consider(k, k, func() {
				q.Via = viaText(d.text, toks, k, k+1, v)
				if p := d.lastActorBefore(quoteStart, "person"); p != nil {
					q.Speaker, q.SpeakerType, q.Organization, q.Resolved = p.Name, "person", p.Organization, true
				} else if m, ok := d.untitledSubject(quoteStart); ok {
					d.addActor(m)
					q.Speaker, q.SpeakerType, q.Resolved = m.data.Name, "person", true
				}
			})
		}
		if k+1 < b && toks[k].is("el", "la", "the") && toks[k+1].Kind == tokWord && !toks[k+1].Cap {
			// "sostuvo el ministro", "the office said": a description
			// naming an earlier actor by a word of its name or title.
			if a := d.actorDescribed(toks[k+1].Norm, quoteStart); a != nil {
				consider(k, k+1, func() {
					q.Via = viaText(d.text, toks, k, k+2, v)
					q.Speaker, q.Resolved = a.Name, true
					q.SpeakerType, q.Organization = "organization", ""
					if a.Type == "person" {
						q.SpeakerType, q.Organization = "person", a.Organization
					}
				})
			}
		}
		if _, end, ok := docReferences.match(toks, k); ok {
			consider(k, end-1, func() {
				q.Via = viaText(d.text, toks, k, end, v)
				q.SpeakerType = "document"
				t := d.lastTitleBefore(quoteStart)
				author := d.lastActorBefore(quoteStart, "org")
				if a := d.authorAfter(toks, end); a != nil {
					author = a
				}
				if t != nil {
					q.Speaker = "the report “" + t.title + "”"
					if a := d.lastActorBefore(t.start, "org"); a != nil {
						author = a
					}
				} else if author != nil {
					q.Speaker = author.Name
				} else {
					q.Speaker = joinText(d.text, toks, k, end)
				}
				if author != nil {
					q.Organization = author.Name
				}
				q.Resolved = t != nil || author != nil
			})
		}
		if _, end, ok := orgReferences.match(toks, k); ok && !addressee(toks, k) && d.lastActorBefore(quoteStart, orgKind(toks[end-1])) != nil {
			consider(k, end-1, func() {
				q.Via = viaText(d.text, toks, k, end, v)
				if o := d.lastActorBefore(quoteStart, orgKind(toks[end-1])); o != nil {
					q.Speaker, q.SpeakerType, q.Resolved = o.Name, "organization", true
				}
			})
		}
	}
	// An untitled name next to the verb: "said Raúl Samillán", "Rosa Quispe dijo".
	if best == nil || best.dist > 1 {
		if n0, n1, ok := nameNextTo(toks, a, b, v); ok && !d.placeAt(toks[n0].Start, hyphenStart(toks, n0, n1)) && !d.orgAt(toks[n0].Start, toks[n1-1].End) &&
			(n1-n0 > 1 || !d.gaz.Known(toks[n0].Norm) && d.gaz.World(toks[n0].Norm) == nil) {
			// A name right next to the verb is a person's: a person named in
			// its apposition ("said Rosa Ramírez, an aunt of Pintado") does
			// not outrank it. After skipped words ("sostuvo el jefe de la
			// Región Policial Junín, general …") it may be a body's.
			person = n0 == v+1 || n1 == v
			consider(n0, n1-1, func() {
				m := actorMention{toks[n0].Start, toks[n1-1].End, ActorData{Name: d.text[toks[n0].Start:toks[n1-1].End], Type: "person"}}
				if p := d.fullNameEnding(m.data.Name, quoteStart); p != nil {
					// "insistió Quispe Turpo": both surnames of a person named before.
					m.data = *p
				}
				if !d.insideActor(m.start) {
					d.addActor(m)
				}
				q.Speaker, q.SpeakerType, q.Resolved = m.data.Name, "person", true
			})
		}
	}
	if best == nil {
		return false
	}
	best.resolve()
	return true
}

// nameWordSkip are the words of names and titles that describe nothing.
var nameWordSkip = map[string]bool{"de": true, "del": true, "la": true, "el": true, "los": true, "las": true, "y": true,
	"of": true, "the": true, "for": true, "and": true, "para": true, "on": true, "en": true, "por": true}

// generalRoles describe any person in office, whatever the title they
// were named with.
var generalRoles = map[string]bool{"autoridad": true, "funcionario": true, "funcionaria": true, "official": true, "functionary": true,
	"mandatario": true, "mandataria": true, "vocero": true, "vocera": true, "spokesman": true, "spokeswoman": true, "authority": true,
	// An officer by the uniform: MT "sustained the uniformed".
	"uniformado": true, "uniformada": true, "uniformed": true}

// roleNouns name a person by occupation or office; a description with one
// ("explicó el médico", "said the lawyer") that names no earlier actor by
// a word of its title is the person last named in the paragraph.
var roleNouns = map[string]bool{"medico": true, "medica": true, "doctor": true, "doctora": true, "galeno": true,
	"magistrado": true, "magistrada": true, "fiscal": true, "prosecutor": true, "juez": true, "jueza": true, "judge": true,
	"abogado": true, "abogada": true, "lawyer": true, "letrado": true, "letrada": true, "attorney": true,
	"dirigente": true, "lider": true, "leader": true, "activista": true, "activist": true, "medic": true,
	"nurse": true, "enfermero": true, "enfermera": true, "sacerdote": true, "priest": true, "parroco": true,
	"director": true, "directora": true, "comandante": true, "commander": true, "jefe": true, "jefa": true,
	"alcalde": true, "alcaldesa": true, "mayor": true, "gobernador": true, "gobernadora": true, "governor": true,
	"defensor": true, "defensora": true, "investigador": true, "investigadora": true, "researcher": true,
	"presidente": true, "presidenta": true, "president": true, "ministro": true, "ministra": true, "minister": true,
	"official": true, "dirigenta": true, "lideresa": true,
	// Plain descriptions of a person: "contó la mujer", "the woman said".
	"mujer": true, "hombre": true, "woman": true, "man": true, "vecina": true, "vecino": true, "resident": true,
	"madre": true, "padre": true, "mother": true, "father": true, "joven": true, "estudiante": true, "student": true,
	"witness": true, "testigo": true, "dean": true, "decano": true, "rector": true, "coordinador": true, "coordinadora": true,
	"experto": true, "experta": true, "expert": true, "perito": true, "perita": true,
	"oficial": true, "obispo": true, "bishop": true, "delegado": true, "delegada": true, "delegate": true, "representante": true,
	"commissioner": true, "comisionado": true, "comisionada": true, "lady": true, "senora": true, "senor": true,
	"member": true, "miembro": true, "integrante": true, "personero": true, "personera": true, "prefect": true, "subprefect": true, "subprefecto": true, "prefecto": true,
	// An officer named by the uniform: "declaró el uniformado", MT "declared the uniformed one".
	"uniformado": true, "uniformada": true, "uniformed": true}

// notPersonNouns end like nouns of a person's occupation but name places
// and things: "el sector Alto Alianza", "the river", "el restaurante".
var notPersonNouns = map[string]bool{"sector": true, "center": true, "centre": true, "corridor": true, "border": true,
	"river": true, "corner": true, "quarter": true, "tower": true, "water": true, "number": true, "order": true, "letter": true,
	"restaurante": true, "ambiente": true, "puente": true, "frente": true, "oriente": true, "continente": true, "interior": true,
	"exterior": true, "corredor": true, "mirador": true, "comedor": true, "monster": true, "register": true, "theater": true, "theatre": true}

// personNoun reports whether a lower-case noun names a person by what
// they do: the role lexicon, or an agent suffix ("radiologist",
// "especialista", "farmer", "burgomaster", "investigador", "legista"), so
// that descriptions a list lacks still point at a person.
func personNoun(w string) bool {
	if roleNouns[w] || personTitles[w] {
		return true
	}
	if len(w) < 5 || notPersonNouns[w] {
		return false
	}
	for _, suf := range []string{"ista", "ist", "logo", "loga", "ologist", "ician", "er", "or", "ora", "ero", "era", "ante", "ente", "man", "woman"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// actorDescribed returns the nearest actor before pos that a description's
// noun names: "el ministro" a person titled "ministro del Interior", "the
// office" the "UN Human Rights Office", "el ministerio" the "Ministerio de
// Salud".
func (d *doc) actorDescribed(noun string, pos int) *ActorData {
	if len(noun) < 4 || nameWordSkip[noun] {
		return nil
	}
	for k, n := d.actorAt(pos)-1, 0; k >= 0 && n < 400; k, n = k-1, n+1 {
		a := &d.actors[k]
		if a.end > pos {
			continue
		}
		if generalRoles[noun] && a.data.Type == "person" {
			return &a.data // "sostuvo la autoridad": the person last named
		}
		for _, s := range []string{a.data.Title, a.data.Name, a.data.English} {
			for _, w := range strings.Fields(fold.Words(s)) {
				if w == noun {
					return &a.data
				}
			}
		}
	}
	if personNoun(noun) {
		if p := d.lastActorBefore(pos, "person"); p != nil && d.sameParagraph(d.personMentionStart(p, pos), pos) {
			return p
		}
	}
	return nil
}

// fullNameEnding returns the person named before pos whose full name
// holds name as its surname(s) (surnamesOf).
func (d *doc) fullNameEnding(name string, pos int) *ActorData {
	for k := d.actorAt(pos) - 1; k >= 0; k-- {
		if a := &d.actors[k].data; a.Type == "person" && surnamesOf(a.Name, name) {
			return a
		}
	}
	return nil
}

// personMentionStart returns where the last mention of a before pos starts.
func (d *doc) personMentionStart(a *ActorData, pos int) int {
	for k := d.actorAt(pos) - 1; k >= 0; k-- {
		if &d.actors[k].data == a {
			return d.actors[k].start
		}
	}
	return -1
}

// sameParagraph reports whether a and b lie in one paragraph.
func (d *doc) sameParagraph(a, b int) bool {
	for _, p := range d.paras {
		if a >= p.Start && a <= p.End {
			return b >= p.Start && b <= p.End
		}
	}
	return false
}

// untitledSubject finds the untitled name that opens the sentence before
// pos in its paragraph, the referent of a later "she": "Nélida Quispe
// perdió a su hijo. “…”, dijo ella".
func (d *doc) untitledSubject(pos int) (actorMention, bool) {
	for _, p := range d.paras {
		if pos < p.Start || pos > p.End {
			continue
		}
		toks := p.toks
		for i := tokenIndex(toks, pos) - 1; i >= 0; i-- {
			// "said Enrique Morales of the Coordinadora": the name a speech
			// verb introduces, whatever closes it.
			said := i > 0 && saidVerbs[toks[i-1].Norm] && !toks[i-1].Cap && toks[i].Cap
			if i > 0 && toks[i-1].Text != "." && d.afterDateline(toks, i-1, i) != i && !said {
				continue // a sentence's start, or the story's past its dateline
			}
			e := personNameEnd(toks, i)
			if e-i < 2 || e-i > 4 || e >= len(toks) || toks[e].Cap || !said && toks[e].Kind != tokWord ||
				d.insideActor(toks[i].Start) || d.placeAt(toks[i].Start, toks[e-1].End) || !d.plainName(toks[i:e], nil) {
				continue
			}
			return actorMention{toks[i].Start, toks[e-1].End, ActorData{Name: d.text[toks[i].Start:toks[e-1].End], Type: "person"}}, true
		}
	}
	return actorMention{}, false
}

// placeAt reports whether a place mention overlaps text[a:b].
func (d *doc) placeAt(a, b int) bool {
	for _, m := range d.places {
		if m.start < b && a < m.end {
			return true
		}
	}
	return false
}

// surnameCloser reports whether t, after a surname alone that follows a
// speech verb, opens the circumstances of the saying rather than more of a
// name: "afirmó Zambrana en conferencia de prensa", "said Torres on Tuesday".
func surnameCloser(t token) bool {
	return t.Kind == tokWord && !t.Cap && t.is("en", "a", "al", "ante", "durante", "tras", "desde", "in", "to", "on", "at", "after", "during", "from")
}

// nameNextTo finds two to four capitalised words right after the verb at v
// (within toks[a:b]) or ending right before it.
func nameNextTo(toks []token, a, b, v int) (int, int, bool) {
	if v+1 == a || v < a {
		// A few lower-case words may come first: "afirmó entre lágrimas
		// Juana Ccori", "declaró el dirigente aymara Pedro Mamani".
		for k := a; k < len(toks) && k < a+8 && (toks[k].Kind == tokWord && !toks[k].Cap ||
			toks[k].Text == "-" && k > a && toks[k-1].End == toks[k].Start && k+1 < len(toks) && toks[k+1].Start == toks[k].End); k++ {
			a = k + 1
		}
		if a > v+1 && a+1 < len(toks) && toks[a].Text == "," && toks[a-1].Kind == tokWord {
			a++ // "dijo su hermana, Yaneth Sucasaca", "said his father, Name"
		}
		a = titleEnd(toks, a) // "said Father Ignacio Laura Choque"
		e := personNameEnd(toks, a)
		if e-a >= 3 && a > v+1 && toks[a-1].is("en", "in", "at", "desde", "from") {
			a++ // "afirmó en Andahuaylas Gloria Cutipa": the place, then the name
		}
		if e-a == 1 && a == v+1 && !toks[v].is("told") && (e == len(toks) || toks[e].is(".", ",", ";") || surnameCloser(toks[e])) &&
			strings.ToUpper(toks[a].Text) != toks[a].Text {
			return a, e, true // "aseguró Cahuana.", "afirmó Zambrana en conferencia": a surname alone
		}
		if e-a >= 2 && e-a <= 4 {
			return a, e, true
		}
		return 0, 0, false
	}
	// Before the verb: walk back over capitalised words, or over a name
	// set off by commas: "Su madre, Ximena Torres, aseguró".
	if b-2 > a && toks[b-1].Text == "," && toks[b-2].Cap {
		s := b - 1
		for s > a && toks[s-1].Kind == tokWord && (toks[s-1].Cap || toks[s-1].is("de", "del")) {
			s--
		}
		if n := b - 1 - s; n >= 2 && n <= 4 && s > a && toks[s-1].Text == "," && personNameEnd(toks, s) == b-1 {
			return s, b - 1, true
		}
	}
	s := b
	for s > a && toks[s-1].Kind == tokWord && (toks[s-1].Cap || toks[s-1].is("de", "del")) {
		s--
	}
	for s < b && (honorifics[strings.TrimSuffix(toks[s].Norm, ".")] || possessive(toks[s])) {
		s++ // "Ms Quispe said": the surname; "Amnesty's Erika Guevara said": the person
	}
	if b-s >= 1 && b-s <= 4 && toks[s].Cap && (s == 0 || !toks[s-1].Cap || possessive(toks[s-1]) || honorifics[strings.TrimSuffix(toks[s-1].Norm, ".")]) && (b-s >= 2 || s > 0 && honorifics[strings.TrimSuffix(toks[s-1].Norm, ".")]) {
		return s, b, true
	}
	return 0, 0, false
}

// hyphenStart is where the name toks[n0:n1] stops being read for a place:
// before the second half of a hyphenated surname ("Guevara-Rosas", Rosas
// a Colombian town), which is no place mention.
func hyphenStart(toks []token, n0, n1 int) int {
	for k := n0 + 1; k < n1; k++ {
		if toks[k].Text == "-" {
			return toks[k].Start
		}
	}
	return toks[n1-1].End
}

// personAfter reports whether a titled or named person is mentioned in
// toks(first:b), after a candidate that is not that person.
func (d *doc) personAfter(toks []token, first, b int) bool {
	if first+1 >= b {
		return false
	}
	for _, m := range d.actorsIn(span{toks[first+1].Start, toks[b-1].End}) {
		if m.data.Type == "person" && m.start > toks[first].End {
			return true
		}
	}
	return false
}

// authorAfter returns the institution named right after a document
// reference: "el informe de la CNDDHH", "the report by Amnesty", "el
// pronunciamiento que firmó la CNDDHH", "the statement issued by HRW".
func (d *doc) authorAfter(toks []token, k int) *ActorData {
	for j := k; j < len(toks) && j <= k+3; j++ {
		if !toks[j].is("de", "del", "of", "by", "la", "el", "the", "que", "firmo", "emitio", "publico", "suscribio", "signed", "issued", "published") {
			break
		}
		if toks[j].is("de", "del", "of") && j+1 < len(toks) {
			// "the pronouncement of the entity": the body named before.
			if _, end, ok := orgReferences.match(toks, j+1); ok && end-j > 2 {
				return d.lastActorBefore(toks[k].Start, orgKind(toks[end-1]))
			}
		}
		if j+1 < len(toks) {
			for a := d.actorAt(toks[j+1].Start); a < len(d.actors) && d.actors[a].start == toks[j+1].Start; a++ {
				if d.actors[a].data.Type != "person" {
					return &d.actors[a].data
				}
			}
		}
	}
	return nil
}

// viaText is the attributing words: the reference and the verb, in text order.
func viaText(text string, toks []token, a, b, v int) string {
	if v < a {
		return text[toks[v].Start:toks[b-1].End]
	}
	return text[toks[a].Start:toks[v].End]
}

// tokenIndex returns the index of the token that contains pos.
func tokenIndex(toks []token, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].End <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// lastActorBefore returns the nearest actor mentioned before pos: a person
// for "person"; an organisation for "org", preferring NGOs and
// international bodies (which publish and speak) over state bodies and
// forces; for "civil", the same without forces.
func (d *doc) lastActorBefore(pos int, kind string) *ActorData {
	var fallback, force *ActorData
	// Look back a bounded number of mentions: a referent further away than
	// that is not one a reader would resolve either.
	for k, n := d.actorAt(pos)-1, 0; k >= 0 && n < 400; k, n = k-1, n+1 {
		a := &d.actors[k]
		if a.end > pos {
			continue
		}
		switch {
		case kind == "person" && a.data.Type == "person":
			return &a.data
		case (kind == "org" || kind == "civil") && (a.data.Type == "ngo" || a.data.Type == "international"):
			return &a.data
		case kind == "org" && force == nil && (a.data.Type == "police" || a.data.Type == "military"):
			// "demanded of the police …, said the entity": the body that
			// demanded speaks, not the force it addressed, unless alone.
			force = &a.data
		case (kind == "org" || kind == "civil") && fallback == nil && a.data.Type != "person" && a.data.Type != "security_forces" && a.data.Type != "police" && a.data.Type != "military":
			fallback = &a.data
		}
	}
	if fallback == nil && kind != "civil" {
		return force
	}
	return fallback
}

// orgKind is what an organisation reference can name: "the organisation",
// "the NGO", "the group" a civil or state body, never a police or army
// (kind "civil"); "it", "the institution", "the entity" any body ("org").
func orgKind(head token) string {
	if head.is("organization", "organisation", "ngo", "group", "organizacion", "ong") {
		return "civil"
	}
	return "org"
}

// lastSpeakerBefore returns the nearest person or speaking organisation
// (not a force) mentioned before pos.
func (d *doc) lastSpeakerBefore(pos int) *ActorData {
	for k, n := d.actorAt(pos)-1, 0; k >= 0 && n < 400; k, n = k-1, n+1 {
		a := &d.actors[k]
		if a.end <= pos && a.data.Type != "security_forces" && a.data.Type != "police" && a.data.Type != "military" && a.data.Type != "unit" {
			return &a.data
		}
	}
	return nil
}

// sourceBefore returns the person a sentence right before the quotation at
// pos names as its source ("Según Waldo Quispe Mendoza, abogado de la
// Asamblea …, …", "According to NAME, spokeswoman of …, …"): a saying
// with no subject after the quotation ('"…", dijo.') goes on with that
// source, not with a body named later in the sentence.
func (d *doc) sourceBefore(pos int) *ActorData {
	toks := d.paraTokens(pos)
	q := tokenIndex(toks, pos)
	if q >= len(toks) || q == 0 || toks[q-1].Text != "." {
		return nil
	}
	start := q - 1
	for start > 0 && toks[start-1].Text != "." && !toks[start-1].isQuote() {
		start--
	}
	for k := start; k < q-1 && k < start+3; k++ {
		a := k + 1
		switch {
		case toks[k].is("segun"):
		case toks[k].is("according", "conforme") && a < q && toks[a].is("to", "a"):
			a++
		case toks[k].is("de") && a+1 < q && toks[a].is("acuerdo") && toks[a+1].is("con", "a"):
			a += 2
		default:
			continue
		}
		for n := d.actorAt(toks[a].Start); n < len(d.actors) && d.actors[n].start < toks[min(a+6, q-1)].End; n++ {
			if d.actors[n].data.Type == "person" {
				return &d.actors[n].data
			}
		}
		return nil
	}
	return nil
}

func (d *doc) lastTitleBefore(pos int) *titleMention {
	i := sort.Search(len(d.titles), func(i int) bool { return d.titles[i].end > pos })
	if i == 0 {
		return nil
	}
	return &d.titles[i-1]
}

// resolvePersons settles the document's person mentions once, before any
// attribution is read: it adds the people named in apposition to a
// description of them ("the mother of the victim, Felícitas Huarcaya
// Soto,", "según el alcalde distrital, Hipólito Condori.", "said team
// member Laura Coria", "el testimonio de María Ccopa"), takes a title off
// the front of a name ("Commissioner Marta Iribarren" is Marta Iribarren),
// and links a later mention by surname(s) to the full name introduced
// before it ("Quispe Huamán said" is Teodoro Quispe Huamán), so that a
// pronoun, a description or a surname that an attribution uses resolves to
// one entity.
func (d *doc) resolvePersons() {
	d.appositivePersons()
	renamed := map[string]ActorData{}
	for k := range d.actors {
		m := &d.actors[k]
		if m.data.Type != "person" || m.data.Name != d.text[m.start:m.end] {
			continue
		}
		toks := d.paraTokens(m.start)
		i := tokenIndex(toks, m.start)
		if i >= len(toks) || toks[i].Start != m.start {
			continue
		}
		if s := titleEnd(toks, i); s > i && s < len(toks) && toks[s].Start < m.end {
			if m.data.Title == "" {
				m.data.Title = d.text[toks[i].Start:toks[s-1].End]
			}
			old := m.data.Name
			m.start, m.data.Name = toks[s].Start, d.text[toks[s].Start:m.end]
			renamed[old] = m.data
		}
	}
	d.extendSurnames()
	for k := range d.actors {
		m := &d.actors[k]
		if m.data.Type != "person" {
			continue
		}
		if r, ok := renamed[m.data.Name]; ok {
			m.data = r // "Ccama said" after "Colonel Javier Ccama"
		}
		for j := k - 1; j >= 0; j-- {
			if e := d.actors[j].data; e.Type == "person" && surnamesOf(e.Name, m.data.Name) {
				m.data = e // a later mention by surname(s)
				break
			}
		}
	}
}

// surnamesOf reports whether short names the person full by surname(s):
// its words are a run of full's words after the first (the given name).
// A name of given name and two surnames is named again by both or by the
// first alone ("Paniagua" for Wálter Paniagua Rojas, "Quispe Huamán" for
// Teodoro Quispe Huamán), a name of two given names by any run after the
// first word ("Condori" for Juan Carlos Condori Apaza).
func surnamesOf(full, short string) bool {
	if len(full) <= len(short) {
		return false
	}
	fw, sw := strings.Fields(full), strings.Fields(short)
	for i := 1; i+len(sw) <= len(fw); i++ {
		k := 0
		for k < len(sw) && fw[i+k] == sw[k] {
			k++
		}
		if k == len(sw) {
			return true
		}
	}
	return false
}

// paraTokens returns the tokens of the paragraph holding pos.
func (d *doc) paraTokens(pos int) []token {
	for _, p := range d.paras {
		if pos >= p.Start && pos < p.End {
			return p.toks
		}
	}
	return nil
}

// titleEnd returns the index past the titles at the front of a name at
// toks[i] ("Father", "Colonel", "Commissioner", "Monseñor", "Dr."), or i;
// at least two words of the name must remain.
func titleEnd(toks []token, i int) int {
	s := i
	for s < len(toks) && toks[s].Kind == tokWord && toks[s].Cap {
		n := s + 1
		if n < len(toks) && toks[n].Text == "." && toks[n].Start == toks[s].End {
			n++ // "Dr.", "Col."
		}
		w := strings.TrimSuffix(toks[s].Norm, ".")
		_, e, title := personTitleLex.match(toks, s)
		if !(honorifics[w] || roleNouns[w] || title && e == s+1) || personNameEnd(toks, n)-n < 2 {
			break
		}
		s = n
	}
	return s
}

// thingNouns name places, roads and institutions that carry a person's
// name: "el hospital Carlos Monge Medrano", "la avenida Andrés Avelino
// Cáceres", "la carretera Panamericana Sur". A name right after one is no
// person.
var thingNouns = map[string]bool{"hospital": true, "clinica": true, "clinic": true, "colegio": true, "school": true,
	"escuela": true, "avenida": true, "avenue": true, "av": true, "calle": true, "street": true, "jiron": true, "jr": true,
	"plaza": true, "square": true, "puente": true, "bridge": true, "estadio": true, "stadium": true, "coliseo": true,
	"universidad": true, "university": true, "mercado": true, "market": true, "parque": true, "park": true,
	"barrio": true, "urbanizacion": true, "asentamiento": true, "aeropuerto": true, "airport": true, "penal": true,
	"carcel": true, "prison": true, "comisaria": true, "institucion": true, "educativa": true, "centro": true, "pasaje": true,
	"carretera": true, "highway": true, "road": true, "via": true, "autopista": true, "ruta": true, "route": true}

// namedAfterThing reports whether the name at toks[i] follows a noun of a
// place or institution: "el hospital Carlos Monge Medrano".
func namedAfterThing(toks []token, i int) bool {
	return i > 0 && thingNouns[strings.TrimSuffix(toks[i-1].Norm, ".")]
}

// describedBefore reports whether the words before the name at toks[i]
// describe a person: a role, kin or title right before it ("team member
// Laura Coria", "the sub-officer Elmer Vilca Ramos", "the lady Felícitas
// Huanca"), also across an age ("the student of 20 years Jhon Pari"), a description set off by a comma ("the mother of the victim,
// Felícitas Huarcaya Soto", "el fiscal departamental, Marcelo Rojas"), a
// testimony's owner ("el testimonio de María Ccopa") or a following's
// leader ("supporters of Evo Morales").
func describedBefore(toks []token, i int) bool {
	k := i - 1
	if k < 0 {
		return false
	}
	if toks[k].Kind == tokWord && !toks[k].Cap {
		if k >= 3 && toks[k].is("years", "year", "años", "anos") && toks[k-1].Kind == tokNumber && toks[k-2].is("of", "de") {
			k -= 3 // an age between the role and the name: "el joven de 19 años Brayan Huamaní"
		}
		if personRoleAt(toks, k) {
			return true
		}
		// "supporters of Evo Morales", "leales a Evo Morales": the leader
		// a following is named after.
		return k >= 1 && (toks[k].is("de", "of") && toks[k-1].is("testimonio", "testimony", "testimonios", "testimonies") ||
			toks[k].is("de", "of", "to", "a") && toks[k-1].is("supporters", "seguidores", "partidarios", "simpatizantes", "followers", "loyal", "leales", "fieles"))
	}
	if toks[k].Text != "," {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := toks[j]
		if t.Kind != tokWord && t.Text != "-" || saidVerbs[t.Norm] && j < k-1 {
			return false
		}
		if t.Kind == tokWord && personRoleAt(toks, j) {
			return true // "the mother of the victim,", "The Ombudsman of Bolivia,"
		}
	}
	return false
}

// describedAfter reports whether a description of a person follows the
// name ending at toks[e] after a comma: "Gladys Ticona, esposa del
// enfermero", "Ana Ruiz, the mother of", "Luis Paz, vocero de".
func describedAfter(toks []token, e int) bool {
	k := e + 1
	if e >= len(toks) || toks[e].Text != "," || k >= len(toks) {
		return false
	}
	if toks[k].is("a", "an", "the", "un", "una", "el", "la", "his", "her", "su") {
		k++
		if k+2 < len(toks) && toks[k].Kind == tokWord && !toks[k].Cap && !personRoleAt(toks, k) && toks[k+1].Kind == tokWord && !toks[k+1].Cap && roleNouns[toks[k+1].Norm] {
			k++ // an adjective first: "Inocencio Tucumbi, an indigenous leader"
		}
	}
	// "la Región Policial Junín, general Walter Cárdenas": a title before
	// another name makes the first an institution's.
	if _, end, ok := personTitleLex.match(toks, k); ok && end-k >= 2 && end < len(toks) && !toks[end].Cap {
		return true // "Erika Guevara-Rosas, Americas director at Amnesty"
	}
	return k+1 < len(toks) && toks[k].Kind == tokWord && !toks[k].Cap && (kinWords[toks[k].Norm] || personRoleAt(toks, k)) &&
		!(toks[k+1].Kind == tokWord && toks[k+1].Cap)
}

// nameOpeners are capitalised words that open a sentence or phrase and
// never a name: "En Concepción, la dirigente …".
var nameOpeners = map[string]bool{"en": true, "in": true, "at": true, "from": true, "desde": true, "para": true, "for": true,
	"con": true, "with": true, "segun": true, "por": true, "tras": true, "after": true, "during": true, "durante": true,
	"on": true, "hasta": true, "until": true, "since": true, "when": true, "cuando": true, "while": true, "mientras": true}

// personRoleAt reports whether toks[k] names a person by occupation, office,
// kin or title.
func personRoleAt(toks []token, k int) bool {
	w := toks[k].Norm
	if personNoun(w) || kinWords[w] {
		return true
	}
	_, _, ok := personTitleLex.match(toks, k)
	return ok
}

// appositivePersons adds the people named right after a description of
// them, the name closing its phrase (a comma, a full stop, a speech verb).
func (d *doc) appositivePersons() {
	var found []actorMention
	for _, p := range d.paras {
		toks := p.toks
		for i := 0; i < len(toks); i++ {
			if toks[i].Kind != tokWord || !toks[i].Cap || i > 0 && toks[i-1].Kind == tokWord && toks[i-1].Cap {
				continue
			}
			s := titleEnd(toks, i)
			e := personNameEnd(toks, s)
			if e-s < 2 || e-s > 4 {
				continue
			}
			// A title before the name may be followed by any verb: "Father
			// Cirilo Mamani celebrated the mass".
			closes := e == len(toks) || toks[e].is(",", ".", ";", ":", ")", "who", "quien", "que", "that") || saidVerbs[toks[e].Norm] ||
				(s > i || describedBefore(toks, i)) && toks[e].Kind == tokWord && !toks[e].Cap
			if !closes || nameOpeners[toks[s].Norm] || namedAfterThing(toks, i) ||
				s == i && !describedBefore(toks, i) && !(describedAfter(toks, e) && (i == 0 || !toks[i-1].is("de", "del", "of", "la", "el", "the", "los", "las"))) {
				i = e - 1
				continue
			}
			name := d.text[toks[s].Start:toks[e-1].End]
			if d.insideActor(toks[s].Start) || d.placeAt(toks[s].Start, toks[s].End) || !d.plainName(toks[s:e], found) ||
				d.gaz.Known(fold.Words(name)) || d.gaz.World(fold.Words(name)) != nil {
				i = e - 1
				continue
			}
			a := ActorData{Name: name, Type: "person"}
			if s > i {
				a.Title = d.text[toks[i].Start:toks[s-1].End]
			}
			found = append(found, actorMention{toks[s].Start, toks[e-1].End, a})
			i = e - 1
		}
	}
	if len(found) == 0 {
		return
	}
	d.actors = append(d.actors, found...)
	sort.SliceStable(d.actors, func(i, j int) bool { return d.actors[i].start < d.actors[j].start })
}

// extendSurnames widens a mention by surname that is the tail of a longer
// name written before the person was introduced: in "dijo Julia Anccasi
// Huamán … Anccasi Huamán pidió", "Huamán" is Julia Anccasi Huamán, who is
// then the referent of the later "Anccasi Huamán".
func (d *doc) extendSurnames() {
	for k := range d.actors {
		m := &d.actors[k]
		if m.data.Type != "person" {
			continue
		}
		toks := d.paraTokens(m.start)
		i := tokenIndex(toks, m.start)
		if i >= len(toks) || toks[i].Start != m.start {
			continue
		}
		last := tokenIndex(toks, m.end-1)
		s := i
		for s > 0 && last-s < 3 && toks[s-1].Kind == tokWord && toks[s-1].Cap && personNameEnd(toks, s-1) == last+1 {
			s--
		}
		if s == i || s > 0 && (toks[s-1].Kind == tokWord && toks[s-1].Cap || toks[s-1].is("the", "of", "de", "del", "la", "el", "los", "las")) ||
			namedAfterThing(toks, s) || !d.plainName(toks[s:i], nil) || !nameWords(toks[s:i]) ||
			d.placeAt(toks[s].Start, toks[s].End) || d.text[toks[s].Start:m.end] == m.data.Name {
			continue
		}
		if s = titleEnd(toks, s); s >= i {
			continue
		}
		m.start = toks[s].Start
		m.data = ActorData{Name: d.text[m.start:m.end], Type: "person"}
	}
}

// nameWords reports whether no word of the run is a title, an honorific or
// a verb: "Según Rebeca Huanca", "Ms Quispe" hold one.
func nameWords(run []token) bool {
	for k, t := range run {
		w := strings.TrimSuffix(t.Norm, ".")
		if _, _, title := personTitleLex.match(run, k); title || honorifics[w] || roleNouns[w] || saidVerbs[w] || reportVerbs[w] || w == "segun" {
			return false
		}
	}
	return true
}

// orgAt reports whether an actor other than a person overlaps text[a:b].
func (d *doc) orgAt(a, b int) bool {
	for _, m := range d.actorsIn(span{a, b}) {
		if m.data.Type != "person" {
			return true
		}
	}
	return false
}

// personRightAfter reports whether a person is named in apposition right
// after toks[last]: in "the widow of Eloy Ticona, Celestina Apaza", Eloy
// Ticona is in the description of the speaker who follows.
func (d *doc) personRightAfter(toks []token, last int) bool {
	if last+2 >= len(toks) || toks[last+1].Text != "," {
		return false
	}
	for k := d.actorAt(toks[last+2].Start); k < len(d.actors) && d.actors[k].start == toks[last+2].Start; k++ {
		if d.actors[k].data.Type == "person" {
			return true
		}
	}
	return false
}

// addressee reports whether the words at toks[k] are what was spoken to, not
// who spoke: "declared to the agency", "dijo a la entidad".
func addressee(toks []token, k int) bool {
	return k > 0 && toks[k-1].is("to", "a", "al", "ante") && !(k > 1 && toks[k-2].is("according", "conforme", "segun"))
}

// personEndsAt reports whether a person mention ends at text position end.
func (d *doc) personEndsAt(end int) bool {
	for k := d.actorAt(end) - 1; k >= 0 && k >= d.actorAt(end)-4; k-- {
		if a := d.actors[k]; a.end == end && a.data.Type == "person" {
			return true
		}
	}
	return false
}
