package intake

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDropComments(t *testing.T) {
	const article = "Police fired at the crowd near the airport, three witnesses said on Monday."
	page := `<html><body><div class="post"><p>` + article + `</p><p>The ministry has not answered.</p>
<div class="comments-section"><div class="comment"><p>Thank you for this careful report, it matters.</p></div>
<div class="comment"><p>` + article + `</p></div></div></div>
<div class="commentary-body"><p>An opinion paragraph that is the article's own.</p></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	text := article + "\n\nThe ministry has not answered.\n\nThank you for this careful report, it matters.\n\n" + article + "\n\nAn opinion paragraph that is the article's own."
	// The quoted paragraph stands outside the thread too, so neither copy
	// is the thread's alone (dedupeLines drops the second in the pipeline).
	want := article + "\n\nThe ministry has not answered.\n\n" + article + "\n\nAn opinion paragraph that is the article's own."
	if got := dropMarked(text, m.marked, m.body); got != want {
		t.Errorf("dropMarked = %q, want %q", got, want)
	}
}

func TestIsPromoBox(t *testing.T) {
	long := strings.Repeat("word ", maxPromoWords+1)
	for _, tc := range []struct {
		box  string
		want bool
	}{
		{`<div class="subscribe-box"><h3>Get our weekly briefing</h3><p>Every Friday.</p></div>`, true},
		{`<aside id="donation-appeal"><p>Support us.</p></aside>`, true},
		{`<div class="blog-post__media-contact"><h4>Media enquiries</h4><p>press@example.org</p></div>`, true},
		{`<div class="cta-box"><p>Call us.</p></div>`, true},
		{`<div class="promo-box"><p>` + long + `</p></div>`, false}, // too long for a box
		{`<div class="factbox"><p>Deaths: 49.</p></div>`, false},
		{`<div class="contactless-payments"><p>A story about cards.</p></div>`, false}, // words, not prefixes
		{`<span class="promo">Hi.</span>`, false},
		{`<div class="support-box"><p>Become a member.</p></div>`, true},
		{`<div class="blog-post__disclaimer"><p>Forward-looking statements.</p></div>`, true},
		{`<div class="fb-comments"><p>Los comentarios son de quien los escribe.</p></div>`, true},
		{`<div class="no-commentsyet"><p>Text.</p></div>`, false},
		{`<div class="nl_box"><p>Boletín Andalucía</p><a href="/nl/">Apúntate</a></div>`, true},
		{`<div class="newsletters-signup"><p>Sign up.</p></div>`, true},
		{`<div class="contributions-embed"><h3>Were you at the march? Tell us what you saw</h3><p>Use our secure form.</p></div>`, true},
		{`<div class="contributor-bio"><p>Ana Ruiz covers the courts.</p></div>`, false},          // an author box, left to other rules
		{`<p class="pw-post-body-paragraph nk nl nm">A paragraph of Medium's markup.</p>`, false}, // "nl" alone is a hashed class
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.box + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		m := readMeta(doc)
		if got := len(m.marked) > 0; got != tc.want {
			t.Errorf("%s: marked %v, want %v", tc.box, got, tc.want)
		}
	}
}

func TestIsLinkCell(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want bool
	}{
		{`<td><b>SECCIONES</b><br><a href="/l">Locales</a><br><a href="/r">Regionales</a><br><a href="/d">Deportes</a></td>`, true},
		{`<td><a href="/v">« Volver a noticias</a> | <a href="/p">Imprimir</a></td>`, true},
		{`<td>Cientos de personas acudieron al coliseo, donde velan a sus muertos, según <a href="/x">la radio</a>.</td>`, false},
		{`<td><a href="/victimas/ana">Ana Quispe</a></td><td>17 años</td>`, true}, // a linked name alone in its cell: its row is more than the cell
	} {
		doc, err := html.Parse(strings.NewReader("<html><body><table><tr>" + tc.cell + "</tr></table></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		m := readMeta(doc)
		if got := len(m.marked) > 0; got != tc.want {
			t.Errorf("%s: marked %v, want %v", tc.cell, got, tc.want)
		}
	}
	// A data table's row whose first cell is a linked name stays: the row
	// is one paragraph, more than the marked cell.
	doc, _ := html.Parse(strings.NewReader(`<html><body><p>Las víctimas de Juliaca, según la Defensoría del Pueblo:</p><table><tr><td><a href="/v/ana">Ana Quispe</a></td><td>17 años</td><td>Juliaca</td></tr></table></body></html>`))
	m := readMeta(doc)
	text := "Las víctimas de Juliaca, según la Defensoría del Pueblo:\n\nAna Quispe 17 años Juliaca"
	if got := dropMarked(text, m.marked, m.body); got != text {
		t.Errorf("a data table's row dropped: %q", got)
	}
}

func TestFormBox(t *testing.T) {
	long := strings.Repeat("Texto del artículo sobre la marcha. ", 20)
	for _, tc := range []struct {
		page string
		want string // the marked box's first words, "" for none
	}{
		{`<div id="lateral"><h3>Encuesta</h3><p>¿Está de acuerdo con el adelanto de elecciones?</p><form><input type="radio"> Sí <input type="radio"> No</form></div>`, "Encuesta"},
		{`<div class="article"><p>` + long + `</p><form><input type="email"><button>Sign up</button> Weekly news</form></div>`, "Weekly news"},
		{`<form id="aspnetForm"><div><p>` + long + `</p></div></form>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		m := readMeta(doc)
		got := ""
		if len(m.marked) > 0 {
			got = leadText(m.marked[0], 20)
		}
		if !strings.HasPrefix(got, tc.want) || (tc.want == "") != (got == "") {
			t.Errorf("%.60s…: marked %q, want %q…", tc.page, got, tc.want)
		}
	}
}

func TestWidgetBodies(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><p>Texto.</p><h4>Lo último</h4><ul><li>Precio del pollo sube</li><li>Oriente Petrolero gana</li></ul>
<h2>Más información</h2><div><p>` + strings.Repeat("Un informe largo que es parte del artículo. ", 20) + `</p></div><h3>Testimonios</h3><ul><li>Uno.</li></ul></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	got := widgetBodies(m.headings)
	if len(got) != 1 || leadText(got[0], 40) != "Precio del pollo sube\n\nOriente Petrolero gana" {
		t.Errorf("widgetBodies = %d elements, want the list under Lo último only (not a long block, not under a heading of the article)", len(got))
	}
}

// A block whose class names comments but wraps the article (with the
// headline, or with the article's first sentence when the block is larger
// than a box) is the page's container: the article's paragraphs stay, the
// comments inside the thread in it go.
func TestCommentWrapperIsNoThread(t *testing.T) {
	sentence := "Relatives of eleven people killed in Juliaca filed a joint complaint with the regional prosecutor on Monday."
	article := strings.Repeat("<p>"+strings.Repeat("The complaint asks for the commanders to be questioned and the radio logs kept. ", 3)+"</p>", 2)
	comment := "Thank you for following this case when nobody else does."
	thread := `<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><p>` + comment + `</p></li></ol></div>`
	for name, page := range map[string]string{
		"with the headline":       `<div class="post-and-comments"><article><h1>Families file complaint</h1><p>` + sentence + `</p>` + article + `</article>` + thread + `</div>`,
		"with the first sentence": `<h1>Families file complaint</h1><div class="single comments-open"><div class="entry"><p>` + sentence + `</p>` + article + `</div>` + thread + `</div>`,
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		m := readMeta(doc)
		body := leadText(m.body, 0)
		i := strings.Index(body, sentence)
		if i < 0 {
			t.Fatalf("%s: no sentence in %q", name, body)
		}
		text := body[i:] // the text from the article's first sentence on
		got := dropMarked(text, m.marked, m.body)
		if !strings.Contains(got, sentence) || !strings.Contains(got, "radio logs") {
			t.Errorf("%s: the article went with the thread: %q", name, got)
		}
		if strings.Contains(got, comment) {
			t.Errorf("%s: the comment stayed: %q", name, got)
		}
	}
}

// Labels only screen readers read are out, and restoreHeadings does not
// put them back; a heading that merely mentions a screen reader stays.
func TestScreenReaderLabels(t *testing.T) {
	p := func(s string) string {
		return "<p>" + s + strings.Repeat(" The clinic kept a list of every patient it treated that week.", 3) + "</p>"
	}
	page := `<html><head><title>Town counts its wounded</title></head><body><article><h1>Town counts its wounded</h1>
<div class="body"><h2 class="sr-only">Story highlights</h2>` + p("The clinic counted 64 wounded.") + p("The state said 23.") + `</div>
<div class="body"><h2 class="visually-hidden">Article continues below</h2>` + p("The department did not answer.") + `
<h2 class="section-head">What the screen-reader-text class hides</h2>` + p("A heading that only names the class stays.") + `</div></article></body></html>`
	doc, err := Clean(context.Background(), []byte(page), Meta{Name: "sr.html"})
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Source.Text
	for _, gone := range []string{"Story highlights", "Article continues below"} {
		if strings.Contains(text, gone) {
			t.Errorf("%q stayed in %q", gone, text)
		}
	}
	for _, kept := range []string{"counted 64", "did not answer", "What the screen-reader-text class hides", "only names the class"} {
		if !strings.Contains(text, kept) {
			t.Errorf("%q lost from %q", kept, text)
		}
	}
}
