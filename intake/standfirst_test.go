package intake

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestStandfirst(t *testing.T) {
	const body = `<div class="body"><p>La Fiscalía citó a declarar a catorce efectivos de la Policía por las muertes en el puente.</p><p>Las familias esperan.</p></div>`
	for _, tc := range []struct {
		name, page, want string
	}{
		{"a dek under the headline, then the byline", `<h1>Fiscalía cita a 14 policías</h1><h2>Los agentes deberán declarar desde el 10 de abril.</h2><div class="meta"><span>Redacción</span> <time datetime="2023-03-28">28 de marzo de 2023</time></div>` + body,
			"los agentes deberan declarar desde el 10 de abril"},
		{"a paragraph beside the headline, then a date line", `<header><div><h1>Fiscalía cita a 14 policías</h1></div><p class="sumilla">El joven de 19 años recibió un disparo en la Panamericana.</p><div class="firma">Por Ana Ticona · 12 de diciembre de 2022</div></header>` + body,
			"el joven de 19 anos recibio un disparo en la panamericana"},
		{"the first paragraph of a short article, a sentence after it", `<h1>Fiscalía cita a 14 policías</h1><p>Un juez aplazó la audiencia contra tres patrulleros.</p><p>La diligencia fue reprogramada para el 14 de mayo de 2025.</p>`, ""},
		{"an intro before the article's sections", `<h1>Fiscalía cita a 14 policías</h1><div class="intro"><p>Since January our lawyers have represented 41 families.</p></div><details><summary>Who can ask?</summary><p>Anyone.</p></details>`, ""},
		{"no headline among several h1", `<h1>Site</h1><h1>Other</h1><h2>Los agentes deberán declarar desde el 10 de abril.</h2><time>28 de marzo</time>` + body, ""},
		{"a lead paragraph before a body that has a date somewhere", `<h1>Fiscalía cita a 14 policías</h1><p>La Fiscalía citó a 14 agentes por las muertes en el puente.</p><div class="body"><p>` + strings.Repeat("Las familias esperan la audiencia desde hace meses. ", 5) + `</p><p>Audiencia: <time>10 de abril</time>.</p></div>`, ""},
		{"too short to be a standfirst", `<h1>Fiscalía cita a 14 policías</h1><h2>Cuatro palabras nada más</h2><time>28 de marzo</time>` + body, ""},
	} {
		doc, err := html.Parse(strings.NewReader("<html><head><title>Fiscalía cita a 14 policías | Diario</title></head><body>" + tc.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := readMeta(doc).standfirst; got != tc.want {
			t.Errorf("%s: standfirst %q, want %q", tc.name, got, tc.want)
		}
	}
	text := "Los agentes deberán declarar desde el 10 de abril.\n\nLa Fiscalía citó a declarar."
	if got := dropStandfirst(text, "los agentes deberan declarar desde el 10 de abril"); got != "La Fiscalía citó a declarar." {
		t.Errorf("dropStandfirst = %q", got)
	}
	if got := dropStandfirst(text, "otra cosa"); got != text {
		t.Errorf("dropStandfirst without its standfirst = %q", got)
	}
}
