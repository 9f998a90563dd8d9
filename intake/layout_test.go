package intake

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// filler makes a page long enough for go-trafilatura to take it as an
// article, so that Clean's output goes through the extracted tree.
const filler = "<p>Police fired tear gas at hundreds of demonstrators gathered on the main square of the city, according to several witnesses and two local radio stations that broadcast the events live.</p>"

func TestLayout(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string // substrings of the text, in order
		not        []string
	}{
		{"table cells and rows", `<table><thead><tr><th>Region</th><th>Deaths</th></tr></thead><tbody><tr><td>Puno</td><td>18</td></tr><tr><td>Apurímac</td><td>8</td></tr></tbody></table>`,
			[]string{"Region Deaths", "Puno 18", "Apurímac 8"}, []string{"Puno18", "RegionDeaths", "18Apurímac"}},
		{"list items", `<ul><li>Juliaca</li><li>Ilave</li><li><a href="/a">Azángaro</a></li></ul><ol><li>first</li><li>second</li></ol>`,
			[]string{"Juliaca\n\nIlave\n\nAzángaro", "first\n\nsecond"}, []string{"JuliacaIlave", "firstsecond"}},
		{"inline markup inside words adds no space", `<p>Forty<b>-nine</b> pro<span>test</span>ers died in <a href="/p">Pu</a>no, the <i>Defen</i><em>soría</em> said on <strong>Monday</strong>.</p>`,
			[]string{"Forty-nine protesters died in Puno, the Defensoría said on Monday."}, nil},
		{"no-break spaces are spaces", "<p>Al&nbsp;menos&nbsp;<b>18</b>&nbsp;muertos\u00a0en<span>\u00a0</span>Juliaca.</p>",
			[]string{"Al menos 18 muertos en Juliaca."}, []string{"\u00a0"}},
		{"line breaks", `<p>Line one<br>Line two<br/>Line <b>three</b></p>`, []string{"Line one\nLine two\nLine three"}, nil},
		{"two line breaks", `<p>First part of it<br><br>second part</p>`, []string{"First part of it\n", "second part"}, []string{"itsecond", "it second"}},
		{"soft hyphens and zero-width spaces vanish", "<p>mani\u00adfes\u200btantes heridos</p>", []string{"manifestantes heridos"}, nil},
		{"definition lists and divs", `<dl><dt>Muertos</dt><dd>49</dd></dl><div>uno</div><div>dos</div>`, []string{"Muertos\n\n49", "uno\n\ndos"}, nil},
		{"scripts and styles leave nothing", `<p>Antes<script>var x = "oculto";</script><style>p{}</style> después</p>`, []string{"Antes después"}, []string{"oculto"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tc.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			stream, _ := streamText([]byte("<html><body>" + tc.body + "</body></html>"))
			page := "<html><head><title>T</title></head><body><article><h1>Heading of the story</h1>" + filler + tc.body + filler + "</article></body></html>"
			cleaned, err := Clean(context.Background(), []byte(page), Meta{Name: "p.html"})
			if err != nil {
				t.Fatal(err)
			}
			for path, text := range map[string]string{"tree": renderText(doc, nil), "stream": stream, "trafilatura": cleaned.Source.Text} {
				rest := text
				for _, w := range tc.want {
					i := strings.Index(rest, w)
					if i < 0 {
						t.Errorf("%s: %q missing (or out of order) in %q", path, w, text)
						break
					}
					rest = rest[i+len(w):]
				}
				for _, w := range tc.not {
					if strings.Contains(text, w) {
						t.Errorf("%s: %q in %q", path, w, text)
					}
				}
			}
		})
	}
}

// TestTrafilaturaNodesWithoutAtoms: nodes go-trafilatura renames carry a
// name and no atom; they must lay out as their names say.
func TestTrafilaturaNodesWithoutAtoms(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader("<html><body><div><span>a</span><span>b</span><span>c</span></div></body></html>"))
	var spans []*html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "span" {
			spans = append(spans, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	for i, name := range []string{"td", "cell", "item"} {
		spans[i].Data, spans[i].DataAtom = name, 0
	}
	var b bytes.Buffer
	_ = html.Render(&b, doc)
	if got := renderText(doc, nil); got != "a b\n\nc" {
		t.Errorf("renderText(%s) = %q", b.String(), got)
	}
}

func TestDedupeLines(t *testing.T) {
	in := "Los padres me cuentan que tienen miedo de mandar a los niños.\nShare\n\nLos padres me cuentan que tienen miedo de mandar a los niños.\nShare"
	want := "Los padres me cuentan que tienen miedo de mandar a los niños.\nShare\n\nShare"
	if got := dedupeLines(in); got != want {
		t.Errorf("dedupeLines = %q, want %q", got, want)
	}
}

func TestRestoreHeadings(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><h2>Cifras</h2><table><caption>Muertes por región</caption><tr><td>Puno</td><td>19 muertos en total</td></tr></table>
<h3>Conclusiones</h3><p>El patrón de las lesiones indica un uso desproporcionado de la fuerza.</p><h3>Te puede interesar</h3><p>Otra nota que no está en el texto extraído.</p><h2>Compartir</h2><p>El patrón</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	text := "Resumen del informe.\n\nPuno 19 muertos en total\n\nEl patrón de las lesiones indica un uso desproporcionado de la fuerza."
	want := "Resumen del informe.\n\nCifras\n\nPuno 19 muertos en total\n\nConclusiones\n\nEl patrón de las lesiones indica un uso desproporcionado de la fuerza."
	if got := restoreHeadings(text, m.headings, nil); got != want {
		t.Errorf("restoreHeadings = %q, want %q", got, want)
	}
	if got := restoreHeadings(want, m.headings, nil); got != want {
		t.Errorf("headings restored twice: %q", got)
	}
	// The page has no <h1>: its first heading is its headline, which does
	// not go back at the start of the text.
	if m.topHeading != m.headings[0] {
		t.Fatalf("topHeading %v, want the first heading", m.topHeading)
	}
	text, want = text[len("Resumen del informe.\n\n"):], want[len("Resumen del informe.\n\nCifras\n\n"):]
	if got := restoreHeadings(text, m.headings, m.topHeading); got != want {
		t.Errorf("restoreHeadings with the headline first = %q, want %q", got, want)
	}
}

func TestTrimHeader(t *testing.T) {
	body := "Police fired tear gas at hundreds of demonstrators gathered on the main square, witnesses said."
	for _, tc := range []struct {
		name, text, title, want string
	}{
		{"headline and byline", "Deaths in the south\n\nBy Ana Pérez · 3 May 2023\n\n" + body, "Deaths in the south | Diario", body},
		{"kicker, headline, standfirst", "PROTESTAS\n\nMuertos en el sur\n\nLa medida restringe la libertad de reunión en toda la región\n\n" + body, "Muertos en el sur", body},
		{"standfirst with a full stop stays without a byline after it", "Muertos en el sur\n\nLa medida restringe la libertad de reunión en toda la región.\n\n" + body, "Muertos en el sur", "La medida restringe la libertad de reunión en toda la región.\n\n" + body},
		{"standfirst then date line", "Muertos en el sur\n\nLa medida restringe la libertad de reunión.\n\n14/02/2023 07:30\n\n" + body, "Muertos en el sur", body},
		{"no headline: a short first line without a date stays", "Text messages showed the order.\n\n" + body, "Another title", "Text messages showed the order.\n\n" + body},
		{"a heading later on stays", body + "\n\nDeaths in the south\n\n" + body, "Deaths in the south", body + "\n\nDeaths in the south\n\n" + body},
		{"header only", "Deaths in the south", "Deaths in the south", "Deaths in the south"},
		{"a sentence with a date is text", "Muertos en el sur\n\n" + body + "\n\nLa audiencia fue reprogramada para el 14 de mayo de 2025.\n\n" + body, "Muertos en el sur",
			body + "\n\nLa audiencia fue reprogramada para el 14 de mayo de 2025.\n\n" + body},
		{"a short first paragraph with a time is text", "The curfew begins at 21:00 on Friday.\n\n" + body, "Curfew", "The curfew begins at 21:00 on Friday.\n\n" + body},
		{"a first paragraph ending in a quotation is no standfirst", "Deaths in the south\n\nHundreds gathered outside the jail chanting “Free them now.”\n\n" + body, "Deaths in the south",
			"Hundreds gathered outside the jail chanting “Free them now.”\n\n" + body},
		{"a first paragraph ending in a footnote marker is no standfirst", "Detentions rose\n\nPolice detained at least 412 people at protests across Peru in the first quarter.1\n\n" + body, "Detentions rose",
			"Police detained at least 412 people at protests across Peru in the first quarter.1\n\n" + body},
		{"nor one ending in a bracketed reference", "Detentions rose\n\nMost of the detentions took place in Lima, Puno and Cusco, the ombudsman said.[2]\n\n" + body, "Detentions rose",
			"Most of the detentions took place in Lima, Puno and Cusco, the ombudsman said.[2]\n\n" + body},
		{"a date line ending in p.m.", "Muertos en el sur\n\nMiércoles, 11 de enero de 2023 | 07:15 p.m.\n\n" + body, "Muertos en el sur", body},
		{"a kicker before a date line", "PRESS RELEASE\n\nLima, 2 May 2023 — For immediate release\n\n" + body, "Another title", body},
		{"no headline: a standfirst above a byline", "Quatro pessoas ficaram feridas; polícia diz que agiu para liberar avenida\n\nPor Juliana Prates - São José do Vale\n\n" + body, "Another title", body},
		{"no headline: a sentence above a byline stays", "Police fired tear gas at the crowd.\n\nBy Ana Pérez\n\n" + body, "Another title", "Police fired tear gas at the crowd.\n\nBy Ana Pérez\n\n" + body},
		{"byline and dates as lines of one block", "Greve da educação\n\nProfessores foram atendidos após a ação da PM\n\nPor Heloísa Cavalcanti, do Jornal X\nPublicado em 24/03/2026 às 19h32 · Atualizado em 24/03/2026 às 21h05\n\n" + body, "Another title", body},
		{"a block with a sentence in it stays", "Deaths in the south\n\nBy Ana Pérez\nPolice fired at the crowd on 3 May 2023, witnesses said.\n\n" + body, "Deaths in the south",
			"By Ana Pérez\nPolice fired at the crowd on 3 May 2023, witnesses said.\n\n" + body},
		{"a short byline with a full stop", "Deaths in the south\n\nBy Sam Oduya.\n\n" + body, "Deaths in the south", body},
		{"never more than a header", "Deaths in the south\n\n" + strings.Repeat("word ", 39) + "\n\n" + strings.Repeat("more ", 39) + "\n\n3 May 2023\n\n" + body, "Deaths in the south",
			strings.Repeat("word ", 39) + "\n\n" + strings.Repeat("more ", 39) + "\n\n3 May 2023\n\n" + body},
	} {
		if got := trimHeader(tc.text, []string{tc.title}); got != tc.want {
			t.Errorf("%s: trimHeader = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestLiveBlogTimes(t *testing.T) {
	entry := func(tm, body string) string {
		return `<div class="post"><p class="block-time"><time>` + tm + `</time></p><p>` + body + `</p></div>`
	}
	page := "<html><body>" + entry("14:32", "Police fired tear gas near the square, our reporter said.") + entry("12.05 BST", "Hotels asked their guests to stay inside all afternoon.") +
		entry("9:15 am", "The airport remains closed until further notice today.") + `<p>Updated <time>3 May 2023</time></p></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	times := liveBlogTimes(m.clocks)
	if len(times) != 3 {
		t.Fatalf("%d entry times, want 3", len(times))
	}
	text := "Police fired tear gas near the square, our reporter said.\n\nHotels asked their guests to stay inside all afternoon.\n\nThe airport remains closed until further notice today."
	want := "14:32\n\nPolice fired tear gas near the square, our reporter said.\n\n12.05 BST\n\nHotels asked their guests to stay inside all afternoon.\n\n9:15 am\n\nThe airport remains closed until further notice today."
	if got := restoreHeadings(text, times, nil); got != want {
		t.Errorf("restoreHeadings = %q, want %q", got, want)
	}
	if liveBlogTimes(m.clocks[:2]) != nil {
		t.Errorf("two times make no live blog")
	}
}

// A live entry's time and title in a <header> go back before the entry's
// first line, time first, with or without the title; a date heading over
// a post and its title stays one heading a line.
func TestLiveEntryHeaders(t *testing.T) {
	entry := func(tm, title, body string) string {
		h := `<header><a class="block-time"><time>` + tm + `</time></a>`
		if title != "" {
			h += `<h2>` + title + `</h2>`
		}
		return `<article>` + h + `</header><div><p>` + body + `</p></div></article>`
	}
	page := "<html><body>" + entry("19.02 BST", "Kettle lifted", "Police let the last people leave the cordon tonight.") +
		entry("15.10 BST", "", "The MP wrote to the chief constable about the cordon.") +
		entry("09.05 BST", "Welcome", "Good morning and welcome to our live coverage today.") + "</body></html>"
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	text := "Police let the last people leave the cordon tonight.\n\nThe MP wrote to the chief constable about the cordon.\n\nGood morning and welcome to our live coverage today."
	want := "19.02 BST\n\nKettle lifted\n\nPolice let the last people leave the cordon tonight.\n\n15.10 BST\n\nThe MP wrote to the chief constable about the cordon.\n\n09.05 BST\n\nWelcome\n\nGood morning and welcome to our live coverage today."
	if got := restoreHeadings(text, append(m.headings, liveBlogTimes(m.clocks)...), nil); got != want {
		t.Errorf("restoreHeadings =\n%q\nwant\n%q", got, want)
	}
	blog := `<html><body><h2>Saturday, 18 February 2023</h2><div class="post"><h3>A month on</h3><div class="body">It has been a month since the strike began here.</div></div></body></html>`
	if doc, err = html.Parse(strings.NewReader(blog)); err != nil {
		t.Fatal(err)
	}
	m = readMeta(doc)
	text = "It has been a month since the strike began here."
	if got := restoreHeadings(text, m.headings, nil); strings.Count(got, "\n\n") != 1 {
		t.Errorf("restoreHeadings put back more than one heading: %q", got)
	}
}
