package intake

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestIsLinkLine(t *testing.T) {
	for _, tc := range []struct {
		p, site string
		want    bool
	}{
		{`<strong>Leia também:</strong> <a href="/x">Falta de água atinge 12 bairros</a>`, "", true},
		{`<span>Lire aussi</span> <a>Réforme du bac : ce qui change</a>`, "", true},
		{`LESEN SIE AUCH: <a href="/y">Proteste in Lima dauern an</a> »`, "", true},
		{`<a href="/y">Proteste in Lima dauern an</a>`, "", false},                                     // no label
		{`Fuente: <a href="/y">Defensoría del Pueblo</a>`, "", false},                                  // a source, not a headline
		{`<b>Ver:</b> <a>uno dos tres cuatro</a> y <a>cinco seis siete ocho</a>`, "", false},           // two links
		{`Según <a href="/z">el informe de la Defensoría del Pueblo</a>, hubo 49 muertos.`, "", false}, // a sentence that links
		{`The report by the commission found <a href="/r">that police fired live rounds</a>`, "", false},
		{`Read more: <a href="https://www.diario.example/peru/2024/story">Police clear the bridge at dawn</a>`, "diario.example", true},
		{`Read more: <a href="https://m.diario.example/story">Police clear the bridge at dawn</a>`, "www.diario.example", true},
		{`Source: <a href="https://ombudsman.example/report.pdf">The ombudsman's report of 12 May</a>`, "diario.example", false}, // cited, another site
		{`Source: <a href="https://ombudsman.example/report.pdf">The ombudsman's report of 12 May</a>`, "", false},
		{`Escríbanos: <a href="mailto:redaccion@diario.example">redaccion arroba diario punto example</a>`, "", false},
	} {
		doc, err := html.Parse(strings.NewReader("<p>" + tc.p + "</p>"))
		if err != nil {
			t.Fatal(err)
		}
		var p *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.DataAtom == atom.P && p == nil {
				p = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(doc)
		if got := isLinkLine(p, tc.site); got != tc.want {
			t.Errorf("isLinkLine(%s) = %v, want %v", tc.p, got, tc.want)
		}
	}
	text := "Uno.\n\nLeia também: Falta de água atinge 12 bairros\n\nDos."
	if got := dropLinkLines(text, map[string]bool{"leia tambem falta de agua atinge 12 bairros": true}); got != "Uno.\n\nDos." {
		t.Errorf("dropLinkLines = %q", got)
	}
}
