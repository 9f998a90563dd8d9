package intake

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRestoreLists(t *testing.T) {
	page := `<html><body><div class="c"><p>La asociación solicitó:</p><ul><li>Que la Fiscalía investigue.</li><li>Que se respete la confidencialidad.</li></ul><p>El gremio anunció más pruebas.</p>
<p>Lea además:</p><ul><li><a href="/1">Otra noticia de la región sur</a></li><li><a href="/2">Y otra noticia más</a></li></ul><p>Fin del texto.</p>
<p>Al margen:</p><ul><li>Un punto aparte.</li></ul><p>Otro párrafo.</p></div>
<div class="intro"><p>Una galería.</p></div><ul class="g"><li><span>1/2</span><p>La primera foto de la vigilia.</p></li><li><span>2/2</span><p>La segunda foto de la vigilia.</p></li></ul><div class="box"><h2>Antes de irte</h2><p>Apóyanos.</p></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	// The gallery's neighbours are blocks of several paragraphs: the last
	// of the one before and the first of the one after are what count,
	// and the counters go with the furniture lines.
	text := "La asociación solicitó:\n\nEl gremio anunció más pruebas.\n\nLea además:\n\nFin del texto.\n\nAl margen:\n\nUn punto aparte.\n\nOtro párrafo.\n\nUna galería.\n\nAntes de irte\n\nApóyanos."
	want := "La asociación solicitó:\n\nQue la Fiscalía investigue.\n\nQue se respete la confidencialidad.\n\nEl gremio anunció más pruebas.\n\nLea además:\n\nFin del texto.\n\nAl margen:\n\nUn punto aparte.\n\nOtro párrafo.\n\nUna galería.\n\nLa primera foto de la vigilia.\n\nLa segunda foto de la vigilia.\n\nAntes de irte\n\nApóyanos."
	if got := restoreLists(text, m.lists); got != want {
		t.Errorf("restoreLists = %q, want %q", got, want)
	}
}

func TestRestoreGallery(t *testing.T) {
	fig := func(caption string) string {
		return `<figure><img src="x.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	page := `<html><body><p class="intro">Miles marcharon en Lima.</p><div class="slides">` + fig("Delegaciones de Puno en la plaza.") +
		fig("Una mujer sostiene una fotografía.") + `<div class="ad">Publicidad</div>` + fig("La policía instaló rejas.") +
		`</div><p>Fin de la galería.</p><div>` + fig("Una sola foto.") + fig("Y otra más.") + `</div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	if len(m.lists) != 1 {
		t.Fatalf("%d galleries, want 1 (two figures make none)", len(m.lists))
	}
	want := "Miles marcharon en Lima.\n\nDelegaciones de Puno en la plaza.\n\nUna mujer sostiene una fotografía.\n\nLa policía instaló rejas.\n\nFin de la galería."
	if got := restoreLists("Miles marcharon en Lima.\n\nFin de la galería.", m.lists); got != want {
		t.Errorf("restoreLists = %q, want %q", got, want)
	}
}

func TestGalleryOrArticle(t *testing.T) {
	page := `<html><body><p>Un párrafo del artículo.</p><div class="fila">` +
		`<figure><img src="1.jpg"><figcaption>El techo dañado. <span class="foto-credito">Ana Ruiz / Diario</span></figcaption></figure>` +
		`<figure><img src="2.jpg"><figcaption>El nuevo cerco.</figcaption></figure>` +
		`<figure><img src="3.jpg"><figcaption>La carpa.</figcaption></figure></div><p>Otro párrafo.</p></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	// Captions of a few words among the paragraphs of an article: images
	// illustrating it, whose captions stay out.
	text := "Un párrafo del artículo.\n\nOtro párrafo.\n\n" + strings.Repeat("Más texto. ", 20)
	if got := restoreLists(text, m.lists); got != text {
		t.Errorf("an article's image row restored: %q", got)
	}
	// The same captions as most of a page's words: a gallery, without its
	// credits.
	short := "Un párrafo del artículo.\n\nOtro párrafo."
	want := "Un párrafo del artículo.\n\nEl techo dañado.\n\nEl nuevo cerco.\n\nLa carpa.\n\nOtro párrafo."
	if got := restoreLists(short, m.lists); got != want {
		t.Errorf("restoreLists = %q, want %q", got, want)
	}
}

// Notes with back-links to markers in the text go back at its end without
// the back-links; a list of links to places in the page (a table of
// contents) does not.
func TestRestoreNotes(t *testing.T) {
	page := `<html><body><article><p>Police imposed conditions on the picket outside the gate.<sup id="fnref:1"><a href="#fn:1">1</a></sup></p>` +
		`<p>The conditions made picketing practically impossible, lawyers said.</p></article>` +
		`<div class="footnotes"><ol><li id="fn:1"><p>A copy of the notice is on file with us. <a href="#fnref:1" class="reversefootnote">↩︎</a></p></li>` +
		`<li id="fn:2"><p>See DPP v Ziegler [2021] UKSC 23. <a href="#fnref:2">↩︎</a></p></li></ol></div>` +
		`<nav><ol><li id="toc-1"><a href="#intro">Introduction</a></li><li id="toc-2"><a href="#gate">At the gate</a></li></ol></nav></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	text := "Police imposed conditions on the picket outside the gate.1\n\nThe conditions made picketing practically impossible, lawyers said."
	want := text + "\n\nA copy of the notice is on file with us.\n\nSee DPP v Ziegler [2021] UKSC 23."
	if got := restoreLists(text, m.lists); got != want {
		t.Errorf("restoreLists =\n%q\nwant\n%q", got, want)
	}
	// Notes whose marker is not in the text belong to something else.
	other := "A different story about the harbour.\n\nIts second paragraph, without notes."
	if got := restoreLists(other, m.lists); got != other {
		t.Errorf("restoreLists added notes of no paragraph: %q", got)
	}
}
