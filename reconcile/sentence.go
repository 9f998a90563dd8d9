package reconcile

import (
	"fmt"

	"github.com/rastro-project/rastro/labels"
)

// sentences are the flags' sentences by language and code; Sentence fills
// them in from the flag's facts.
var sentences = map[string]map[string]func(f FlagFacts) string{
	"en": {
		RoundsBelowCasualties: func(f FlagFacts) string {
			return fmt.Sprintf("%d rounds reported by %d agents against %d gunshot casualties (%d killed, %d injured by live ammunition)",
				f.Rounds, f.Agents, f.Casualties, f.Killed, f.Injured)
		},
		NoDischargeRecord: func(f FlagFacts) string {
			return fmt.Sprintf("no discharge record for %d gunshot casualties (%d killed, %d injured by live ammunition)", f.Casualties, f.Killed, f.Injured)
		},
		CalibreNotReported: func(f FlagFacts) string {
			return fmt.Sprintf("calibre %s recovered from %d victim(s) but in no discharge report", f.Calibre, f.Victims)
		},
		NoShooterOrAmmunition: func(f FlagFacts) string {
			return fmt.Sprintf("%d gunshot casualties with neither a shooter nor the ammunition identified", f.Casualties)
		},
	},
	"es": {
		RoundsBelowCasualties: func(f FlagFacts) string {
			return fmt.Sprintf("%d disparos informados por %d agentes frente a %d víctimas de bala (%d muertas y %d heridas por munición letal)",
				f.Rounds, f.Agents, f.Casualties, f.Killed, f.Injured)
		},
		NoDischargeRecord: func(f FlagFacts) string {
			return fmt.Sprintf("ningún registro de disparos para %d víctimas de bala (%d muertas y %d heridas por munición letal)", f.Casualties, f.Killed, f.Injured)
		},
		CalibreNotReported: func(f FlagFacts) string {
			return fmt.Sprintf("calibre %s recuperado de %d víctima(s) pero ausente de todo informe de disparos", f.Calibre, f.Victims)
		},
		NoShooterOrAmmunition: func(f FlagFacts) string {
			return fmt.Sprintf("%d víctimas de bala sin tirador ni munición identificados", f.Casualties)
		},
	},
}

// Sentence says what the flag found in lang (en or es; English for any
// other). A code without a sentence gives the flag's name.
func (f Flag) Sentence(lang string) string {
	byCode, ok := sentences[lang]
	if !ok {
		byCode = sentences["en"]
	}
	if s := byCode[f.Code]; s != nil {
		return s(f.Facts)
	}
	return labels.Of(lang, "flag", f.Code)
}
