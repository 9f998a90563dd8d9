package extract

import (
	"fmt"
	"testing"
	"time"
)

func TestDebugX(t *testing.T) {
	for _, txt := range []string{
		"Fifty-two people were injured in Arequipa on Tuesday, and another 8 in Moquegua.",
		"Treinta y cuatro manifestantes fueron detenidos en Cusco el jueves; otros 12 quedaron hospitalizados.",
		"The toll now stands at 61, the ombudsman said, after two more deaths in Puno.",
		"At least another 15 were wounded in Ica, bringing the number of injured to 120.",
		"Más de una decena de policías resultaron heridos en la ciudad de Puno.",
		"Several people were hurt in La Paz, Bolivia, when police fired tear gas.",
		"Relatives filed 27 complaints and 9 lawsuits over the killings in Ayacucho.",
		"A month ago, 20 protesters were detained in Tacna; a week later, 5 more.",
		"Entre el 5 y el 9 de enero murieron 19 personas en Puno (17) y Cusco (2).",
		"\"Hoy no hubo muertos\", dijo el alcalde de Juliaca, Óscar Cáceres.",
		"Chile's Interior Ministry said 30 people had been arrested in Arica.",
		"According to the ombudsman, 14 people remained in hospital in Juliaca, and 3 were discharged on Monday.",
	} {
		r := Extract(txt, Options{Published: time.Date(2023, 2, 15, 0, 0, 0, 0, time.UTC)})
		fmt.Println("==", txt)
		for _, c := range r.Claims {
			fmt.Printf("  %s\n", c.Summary)
		}
	}
}
