package extract

import (
	"fmt"
	"testing"
	"time"
)

func TestD26Dbg(t *testing.T) {
	for _, x := range [][2]string{
		{"2023-02-09", "JULIACA.- A un mes de la masacre del 9 de enero, la Fiscalía ha recibido 41 denuncias de familiares de heridos, presentadas entre el 16 de enero y el 6 de febrero. Del total, 29 corresponden a personas heridas por proyectiles de arma de fuego y 12 a lesiones por perdigones."},
		{"2023-02-09", "JULIACA.- La Fiscalía ha recibido 41 denuncias de familiares de heridos, presentadas entre el 16 de enero y el 6 de febrero."},
		{"2020-04-16", "In the Biobío region, the INDH filed 63 lawsuits for unlawful coercion between 18 October 2019 and 18 March 2020, 41 of them in Concepción and nine in Talcahuano, while the regional prosecutor's office opened 212 investigations against state agents."},
	} {
		pub, _ := time.Parse(time.DateOnly, x[0])
		res := Extract(x[1], Options{Published: pub})
		for _, c := range res.Claims {
			if c.Kind == "count" || c.Kind == "date" {
				fmt.Println(c.Summary)
			}
		}
		fmt.Println()
	}
}
