package intake

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRestoreLists(t *testing.T) {
	page := `<html><body><div class="c"><p>La asociación solicitó:</p><ul><li>Que la Fiscalía investigue.</li><li>Que se respete la confidencialidad.</li></ul><p>El gremio anunció más pruebas.</p>
<p>Lea además:</p><ul><li><a href="/1">Otra noticia de la región sur</a></li><li><a href="/2">Y otra noticia más</a></li></ul><p>Fin del texto.</p>
<p>Al margen:</p><ul><li>Un punto aparte.</li></ul><p>Otro párrafo.</p></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	text := "La asociación solicitó:\n\nEl gremio anunció más pruebas.\n\nLea además:\n\nFin del texto.\n\nAl margen:\n\nUn punto aparte.\n\nOtro párrafo."
	want := "La asociación solicitó:\n\nQue la Fiscalía investigue.\n\nQue se respete la confidencialidad.\n\nEl gremio anunció más pruebas.\n\nLea además:\n\nFin del texto.\n\nAl margen:\n\nUn punto aparte.\n\nOtro párrafo."
	if got := restoreLists(text, m.lists); got != want {
		t.Errorf("restoreLists = %q, want %q", got, want)
	}
}
