package intake

import (
	"strings"
	"testing"
)

func TestKeepOwn(t *testing.T) {
	own := strings.Repeat("word ", 60)
	for _, tc := range []struct {
		text, own, want string
	}{
		{own[:200], own, own[:200]},          // 40 of 60 words left: intake's text
		{own[:100], own, own},                // 20 of 60: go-trafilatura's
		{"a", strings.Repeat("b ", 30), "a"}, // too short to judge
		{"", own, own},
	} {
		if got := keepOwn(tc.text, tc.own); got != tc.want {
			t.Errorf("keepOwn(%d words, %d words) = %d words", len(strings.Fields(tc.text)), len(strings.Fields(tc.own)), len(strings.Fields(got)))
		}
	}
}

func TestPreferArticleBody(t *testing.T) {
	lead := "La Fiscalía abrió una investigación preliminar por los disparos que dejaron 17 heridos durante la marcha del sábado."
	rest := strings.Repeat("La fiscal citó a declarar al jefe policial de la provincia y a dos comandantes del operativo. ", 4)
	body := lead + "\n" + rest
	for _, tc := range []struct {
		name, text, body string
		want             bool
	}{
		{"the page shows only the lead", lead, body, true},
		{"the page shows the whole article", lead + "\n\n" + rest, body, false},
		{"another text than the article", "Otra cosa muy distinta que no tiene nada que ver con el cuerpo del artículo.", body, false},
		{"a short articleBody", "Hola.", "Hola. Adiós.", false},
		{"markup in articleBody", lead, "<p>" + body + "</p>", false},
	} {
		got := preferArticleBody(tc.text, tc.body)
		if (got != "") != tc.want {
			t.Errorf("%s: preferArticleBody = %q", tc.name, got)
		}
		if got != "" && !strings.HasPrefix(got, lead+"\n\nLa fiscal") {
			t.Errorf("%s: paragraphs not kept: %q", tc.name, got)
		}
	}
}
