package victims

import (
	"fmt"

	"github.com/rastro-project/rastro"
)

// The import writes a summary for the list's source and a title for each
// incident it makes. They are stored text, read later by people of the
// team, so they are written once in the importer's language rather than
// translated on display.

func titleLang(lang string) (string, error) {
	switch lang {
	case "", "en":
		return "en", nil
	case "es":
		return "es", nil
	}
	return "", rastro.Errorf(rastro.EINVALID, "victim list: language %q: want en or es", lang)
}

func listSummary(lang, list, file string) string {
	if lang == "es" {
		return fmt.Sprintf("lista de víctimas %s (%s)", list, file)
	}
	return fmt.Sprintf("victim list %s (%s)", list, file)
}

// incidentTitle names the incident of a list's victims on one date, at one
// place when the rows give it.
func incidentTitle(lang, list, date, place string) string {
	if lang == "es" {
		t := fmt.Sprintf("%s: víctimas del %s", list, date)
		if place != "" {
			t += " en " + place
		}
		return t
	}
	t := fmt.Sprintf("%s: victims on %s", list, date)
	if place != "" {
		t += " in " + place
	}
	return t
}
