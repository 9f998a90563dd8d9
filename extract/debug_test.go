package extract

import (
	"fmt"
	"testing"
	"time"
)

func TestDebugX(t *testing.T) {
	for _, txt := range []string{
		"Durante la jornada del miércoles se registraron 23 heridos en Abancay, de los cuales 4 fueron trasladados a Lima.",
		"The number of dead rose to 19 this Monday in the region of Puno, informed the Diresa.",
		"Más de 70 personas, entre ellas 12 menores de edad, fueron detenidas en la plaza San Martín.",
		"Según la Policía, 43 agentes sufrieron lesiones leves y dos de ellos permanecen internados.",
		"Otros tres comuneros perdieron la vida el sábado en el distrito de Santo Tomás.",
		"Decenas de familias marcharon en Juliaca. Al día siguiente, 9 personas fueron detenidas.",
		"In Cochabamba, Bolivia, six people died; in Sucre, 14 were injured.",
		"Quito registró 210 heridos y 98 detenidos entre el 13 y el 30 de junio, según la Alianza.",
		"Un año después, ese año murieron en Puno 22 personas, recordó el obispo.",
		"More of 500 persons were detained since the 7 of December in all the country.",
	} {
		r := Extract(txt, Options{Published: time.Date(2023, 7, 15, 0, 0, 0, 0, time.UTC)})
		fmt.Println("==", txt)
		for _, c := range r.Claims {
			fmt.Printf("  %s\n", c.Summary)
		}
	}
}
