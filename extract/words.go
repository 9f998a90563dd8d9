package extract

// clashNouns name a fight between two sides, in either language and in
// MT: "los enfrentamientos de Huayllani", "the clashes in Yotala". Read by
// eventBefore and besideTownAbroad in places.go ("the confrontations of
// Huayllani") and, with "confrontación" and the like, by clashSide in
// actors.go ("clashes between").
var clashNouns = map[string]bool{"enfrentamiento": true, "enfrentamientos": true, "choque": true, "choques": true,
	"clash": true, "clashes": true, "confrontation": true, "confrontations": true}

// hospitalWords name a hospital or clinic, which the harmed are taken to
// or treated in. Read by settleTreated and stayInHospital in counts.go,
// hospitalTown and hospitalAnaphorOnly in countplace_origins.go and
// facilityOf in countplace_anaphors.go; some add "clinics", "clinicas"
// or other words of care.
var hospitalWords = map[string]bool{"hospital": true, "hospitals": true, "hospitales": true, "clinic": true, "clinica": true}

// unionSets returns a new set holding the words of all sets, so that a set
// built from narrower ones writes each word once.
func unionSets(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, set := range sets {
		for w, ok := range set {
			if ok {
				u[w] = true
			}
		}
	}
	return u
}
