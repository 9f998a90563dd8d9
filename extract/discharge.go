package extract

import (
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

var fireVerbs = map[string]bool{
	"fired": true, "fire": true, "firing": true, "shot": true, "discharged": true, "used": true, "expended": true,
	"dispararon": true, "disparo": true, "efectuaron": true, "efectuo": true, "realizaron": true,
	"realizo": true, "usaron": true, "utilizaron": true, "emplearon": true, "percutaron": true, "descargaron": true,
}

var roundNouns = map[string]bool{
	"rounds": true, "round": true, "shots": true, "bullets": true, "cartridges": true, "ammunition": true, "munitions": true,
	"disparos": true, "tiros": true, "balas": true, "cartuchos": true, "municiones": true, "proyectiles": true, "municion": true,
}

var agentNouns = map[string]bool{
	"agents": true, "agent": true, "officers": true, "officer": true, "policemen": true, "soldiers": true, "soldier": true,
	"agentes": true, "agente": true, "efectivos": true, "efectivo": true, "policias": true, "policia": true, "militares": true,
	"soldados": true, "suboficiales": true, "suboficial": true, "troopers": true, "members": true, "miembros": true,
}

// findDischarge reads "two agents … reported that they had fired four 7.62
// caliber ammunition with their AKM rifles" and returns the indexes of the
// tokens it used, so that they are not read as casualty counts.
func (d *doc) findDischarge(s []token) map[int]bool {
	verb := -1
	for k, t := range s {
		if fireVerbs[t.Norm] {
			verb = k
			break
		}
	}
	if verb < 0 {
		return nil
	}
	var dd DischargeData
	used := map[int]bool{}
	first, last := s[verb].Start, s[verb].End
	mark := func(a, b int) {
		for k := a; k < b; k++ {
			used[k] = true
		}
		first, last = min(first, s[a].Start), max(last, s[b-1].End)
	}
	for i := 0; i < len(s); i++ {
		q, j, ok := parseQuantity(s, i)
		if !ok || q.Decimal != "" || q.Vague {
			continue
		}
		// Number, then up to three words (a calibre, "de calibre 7.62") before the noun.
		for k := j; k < len(s) && k <= j+3; k++ {
			if s[k].Kind == tokPunct && s[k].Text != "." && s[k].Text != "-" || s[k].is("were", "was", "are", "is", "had", "have", "fueron", "fue", "son", "eran", "by", "por", "caused", "causadas", "causados") {
				break // "23 were caused by bullets": a verb stands between, the bullets are no rounds of the number
			}
			switch {
			case roundNouns[s[k].Norm] && dd.Rounds == 0 && i > verb:
				dd.Rounds = q.Min
				mark(i, k+1)
			case agentNouns[s[k].Norm] && dd.Agents == 0 && k == j:
				dd.Agents = q.Min
				dd.AgentLabel = joinText(d.text, s, i, k+1)
				mark(i, k+1)
			default:
				continue
			}
			break
		}
		if j > i+1 {
			i = j - 1
		}
	}
	if dd.Rounds == 0 {
		return nil
	}
	for k := range s {
		if c, end, ok := d.calibreAt(s, k); ok && dd.Calibre == "" {
			dd.Calibre = c
			mark(k, end)
		}
		if w, end, ok := weaponLex.match(s, k); ok && (w.Type == "firearm") && dd.Weapon == "" {
			dd.Weapon = w.Name
			mark(k, end)
		}
		if s[k].is("reported", "reporto", "reportaron", "informaron", "informo", "declared", "declararon", "registered", "registraron") {
			dd.Reported = true
		}
	}
	sp := sentenceSpan(s)
	var unitAt int = -1
	for _, a := range d.actorsIn(sp) {
		if a.data.Type == "unit" || (dd.Unit == "" && (a.data.Type == "police" || a.data.Type == "military")) {
			if a.data.Type == "unit" || unitAt < 0 {
				dd.Unit, dd.UnitAcronym, unitAt = a.data.Name, a.data.Acronym, a.start
			}
		}
	}
	dd.Places, dd.Date, _ = d.countContext(sp, first)
	summary := "discharge: "
	if dd.Agents > 0 {
		summary += strconv.Itoa(dd.Agents) + " agents"
		if dd.Unit != "" {
			summary += " of " + dd.Unit
		}
		summary += " fired "
	} else if dd.Unit != "" {
		summary += dd.Unit + " fired "
	}
	summary += strconv.Itoa(dd.Rounds) + " rounds"
	if dd.Calibre != "" {
		summary += " of " + dd.Calibre
	}
	if dd.Weapon != "" {
		summary += " from " + strings.TrimSuffix(dd.Weapon, "s") + "s"
	}
	for k, p := range dd.Places {
		if k == 0 {
			summary += " in "
		} else {
			summary += ", "
		}
		summary += p.Name
	}
	if dd.Date != "" {
		summary += " on " + dd.Date
	}
	d.add(rastro.ClaimDischarge, first, last, summary, dd)
	return used
}

// dischargeIn reports whether a discharge claim lies in sp. Counts and
// discharges are added sentence by sentence in text order, so the search
// from the last claim stops at the first of them before sp.
func (d *doc) dischargeIn(sp span) bool {
	for k := len(d.claims) - 1; k >= 0; k-- {
		c := d.claims[k]
		if c.Kind == rastro.ClaimDischarge && c.Start >= sp.Start && c.End <= sp.End {
			return true
		}
		if (c.Kind == rastro.ClaimDischarge || c.Kind == rastro.ClaimCount) && c.End < sp.Start {
			return false
		}
	}
	return false
}
