package extract

// Officers or soldiers counted among the harmed make their force an actor,
// as a victim's name makes its holder one (README, settled in round 39:
// "19 policías resultaron heridos", "including 580 police officers", MT
// "resulted wounded 9 agents", "retuvieron a seis policías"). Members who
// only act are read in findActors (troopsActing); this file reads the
// harmed ones.

// harmedForce reads members of a force at toks[i] whom the clause counts
// among the harmed, and returns their force (memberForce: the story's
// country's police or armed forces) and the members' end.
func harmedForce(toks []token, i int, abroad bool, country string) (ActorData, int, bool) {
	end, military, ok := forceMemberAt(toks, i)
	if !ok && i > 0 && (toks[i].is("agents", "agentes", "uniformados", "uniformed") && toks[i-1].Kind == tokNumber ||
		toks[i].is("police") && toks[i-1].Kind == tokNumber) {
		// MT "resulted wounded 9 agents", "38 civiles y 17 uniformados
		// heridos", MT "3 military and 2 police": bare agents or police
		// counted are the police's when the clause harms them (below).
		// MT "4 agents of the Esmad" are the unit's, named after them.
		end, ok = i+1, !(i+2 < len(toks) && toks[i+1].is("of", "del", "de") && (toks[i+2].Cap || i+3 < len(toks) && toks[i+2].is("the") && toks[i+3].Cap))
	}
	if !ok && i > 0 && toks[i].is("military") && toks[i-1].Kind == tokNumber {
		end, military, ok = i+1, true, true // MT "Resulted wounded 3 military"
	}
	if !ok && i > 0 && toks[i].is("police") && toks[i-1].is("are", "were", "them") && (i+1 == len(toks) || !toks[i+1].Cap && toks[i+1].Kind != tokWord) {
		// "23 injured, 13 of them police": bare police counted.
		end, ok = i+1, harmBefore(toks, i)
	}
	if !ok && toks[i].is("police") && i+1 < len(toks) && toks[i+1].is("effectives") {
		end, ok = i+2, true // MT "4 police effectives" (efectivos policiales)
	}
	if !ok || membersDenied(toks, i) || !(harmAfter(toks, end, inAside(toks, i)) || harmBefore(toks, i) || listedHarmed(toks, i) || countedMembers(toks, i)) {
		return ActorData{}, 0, false
	}
	a, ok := memberForce(military, abroad, country)
	return a, end, ok
}

// harmWordAt reports whether toks[k] opens a word of being killed,
// injured, missing or held (categoryLex), with its end.
func harmWordAt(toks []token, k int) (int, bool) {
	if toks[k].is("retenidos", "retenidas", "retuvieron", "retienen", "held", "hostage", "secuestrados", "secuestraron") {
		return k + 1, true
	}
	v, e, ok := categoryLex.match(toks, k)
	return e, ok && (v == "killed" || v == "injured" || v == "killed_or_injured" || v == "disappeared")
}

// harmAfter reports whether the members ending at toks[e] are the subject
// of a harm in their clause: "police officers were injured", "dos
// policías resultaron heridos", "a soldier died", "Two police officers and
// a civilian were injured", "policías heridos en el enfrentamiento"; not
// the active "soldiers killed two protesters" nor "troops held the road".
func harmAfter(toks []token, e int, aside bool) bool {
	passive := false
	for k := e; k < len(toks) && k < e+9; k++ {
		t := toks[k]
		if aside && t.Text == "," {
			aside = false // "Nine people, including four police officers, were injured"
			continue
		}
		if t.Kind == tokPunct || t.is("by", "por") && k > e {
			return false
		}
		if t.is("were", "was", "have", "had", "been", "are", "is", "resultaron", "resulto", "resulted", "fueron", "fue",
			"quedaron", "quedo", "remain", "remained", "permanecen", "siguen", "sufrieron", "suffered") {
			passive = true
			continue
		}
		end, ok := harmWordAt(toks, k)
		if !ok {
			continue
		}
		intransitive := t.is("died", "murieron", "fallecieron", "murio", "fallecio", "perished", "mueren", "muere")
		object := end < len(toks) && (toks[end].Kind == tokNumber || toks[end].is("a", "an", "the", "two", "three", "several", "dozens", "a", "al", "los", "las", "un", "una"))
		return passive || intransitive || k == e && !object
	}
	return false
}

// harmBefore reports whether the members at toks[i] close a harm their
// clause names first: "resulted wounded 9 agents", "entre los heridos hay
// cinco policías", "retuvieron a seis policías", or a list of the harmed
// opened by "including"/"entre ellas"/"among them" or a colon ("1,301
// people had been injured …, including 580 police officers", "35 personas
// resultaron heridas: 20 civiles y 15 policías"), or "of them"/"of whom"
// ("23 injured, 13 of them police"); not "injured by police officers".
func harmBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		list := t.is("including", "incluidos", "incluidas", "incluyendo") || t.Text == ":" ||
			t.is("entre", "among", "of", "de", "between") && k+1 < i && toks[k+1].is("ellos", "ellas", "them", "whom", "quienes") ||
			// "Of the wounded ones, 92 are police agents", "De los 34
			// heridos …, 5 son efectivos policiales".
			t.is("are", "were", "son", "eran") && k > 0 && (toks[k-1].Kind == tokNumber || isNumberStart(toks, k-1))
		if t.is("of", "de") && k > 0 {
			// "the death of one police officer", "la muerte de un
			// policía": the harm's noun names them as its victims.
			if e, ok := harmWordAt(toks, k-1); ok && e == k {
				return true
			}
		}
		if !list && (t.Kind == tokPunct || t.is("by", "por", "de", "of", "against", "contra")) {
			return false
		}
		if _, ok := harmWordAt(toks, k); ok {
			return true
		}
		if list {
			// A list opening its sentence ("Among them were 12 police
			// officers") lists the harmed of the sentence before.
			crossed := !(k == 0 || toks[k-1].Text == "." || toks[k-1].Text == ";" || partOpening(toks, k))
			for j := k - 1; j >= 0; j-- {
				if toks[j].Text == "." || toks[j].Text == ";" {
					if crossed {
						return false
					}
					crossed = true
				}
				if _, ok := harmWordAt(toks, j); ok {
					return true
				}
			}
			return false
		}
	}
	return false
}

// membersDenied reports whether a negation opens the members at toks[i]
// ("none of the police officers present had been hurt", "No hubo un solo
// militar herido"): no one of them was harmed.
func membersDenied(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Kind == tokPunct {
			return false
		}
		if toks[k].is("no", "none", "not", "ningun", "ninguno", "ninguna", "ni", "neither", "nor", "sin", "without") {
			return true
		}
	}
	return false
}

// inAside reports whether the members at toks[i] stand in an aside of
// the subject opened by a comma ("Nine people, including four police
// officers, were injured", "Diecinueve personas, siete policías y doce
// manifestantes, resultaron heridas"): the harm after its closing comma
// is theirs too.
func inAside(toks []token, i int) bool {
	k := i - 1
	if k >= 2 && toks[k].is("ellas", "ellos", "them") && toks[k-1].is("de", "of") {
		k -= 2 // "Un total de 38 personas, 11 de ellas policías, resultaron heridas"
	}
	if k >= 0 && (toks[k].Kind == tokNumber || isNumberStart(toks, k)) {
		k--
	}
	if k >= 0 && toks[k].is("including", "incluidos", "incluidas", "incluyendo") {
		k--
	}
	return k >= 1 && toks[k].Text == "," && (toks[k-1].Kind == tokWord || toks[k-1].Kind == tokNumber) && !toks[k-1].Cap
}

// listedHarmed reports whether the members at toks[i], counted ("un
// policía", "one police officer", "seis soldados"), close or continue a
// list of the harmed that a count of its sentence opened: "49 civiles
// fallecidos …, además de un policía y seis soldados", "49 deaths of
// civilians …, as well as one police officer", "42 fallecidos …, 41
// civiles y un efectivo policial", "58 muertos …: 47 en enfrentamientos
// …, 10 en accidentes … y un policía".
func listedHarmed(toks []token, i int) bool {
	k := i - 1
	if k < 0 || !(toks[k].Kind == tokNumber || isNumberStart(toks, k) || toks[k].is("un", "una", "one", "a", "an")) {
		return false
	}
	k--
	if k < 0 || !(toks[k].is("y", "and", "e") || toks[k].Text == "," || toks[k].is("as") && k >= 2 && toks[k-1].is("well") ||
		toks[k].is("de") && k >= 1 && toks[k-1].is("ademas")) {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if toks[j].Text == "." || toks[j].Text == ";" {
			return false
		}
		if toks[j].is("by", "por") {
			return false // "heridos por un policía" names who harmed
		}
		if e, ok := harmWordAt(toks, j); ok && (countedBefore(toks, j) || e < len(toks) && toks[e].is("of")) {
			return true
		}
	}
	return false
}

// countedBefore reports whether a number stands within two words before
// the harm word at toks[j]: "42 fallecidos", "49 civiles fallecidos".
func countedBefore(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if toks[k].Kind == tokNumber || isNumberStart(toks, k) {
			return true
		}
		if toks[k].Kind == tokPunct {
			return false
		}
	}
	return false
}

// countedMembers reports whether the members at toks[i] are counted by a
// number ("30 military", "dos policías", "12 police commanders"): members
// the text counts, whatever it tells of them (harmed, held, charged,
// questioned), are their force's, as harmed ones are (README, round 39).
func countedMembers(toks []token, i int) bool {
	// Bare "agents"/"agentes" may be any body's ("se identificó a 5
	// agentes"): only harmed ones are read as the police (above).
	k := i - 1
	return k >= 0 && (toks[k].Kind == tokNumber || isNumberStart(toks, k)) && !toks[k].is("un", "una", "one", "a", "an") &&
		!toks[i].is("agents", "agentes")
}

// partOpening reports whether only a part's opening stands between the
// sentence start and the list marker at toks[k]: "De ellos, 61 son
// policías", "Of them, 12 were officers": the list is of the sentence
// before's harmed.
func partOpening(toks []token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text == "." || t.Text == ";" {
			return true
		}
		if !(t.Kind == tokNumber || isNumberStart(toks, j) || t.Text == "," || t.is("de", "of", "ellos", "ellas", "them", "these", "estos", "estas", "los", "las", "the", "total")) {
			return false
		}
	}
	return true
}
