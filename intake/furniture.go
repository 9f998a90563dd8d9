package intake

import (
	"regexp"
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
)

// Page furniture in scraped text: lines a site puts around every article.
// A line is dropped when it is one of these (case and accents folded), or
// starts with a link-widget label, or is a cookie notice or a row of share
// buttons. Section headings are ordinary short lines and stay.

var furnitureLines = map[string]bool{}

func init() {
	for _, l := range []string{
		"recent articles", "recent posts", "related news", "related articles", "related posts", "related stories",
		"more news", "more stories", "latest news", "most read", "most popular", "popular posts", "trending", "trending now",
		"you may also like", "you might also like", "recommended", "recommended for you", "editor's picks",
		"noticias relacionadas", "articulos relacionados", "notas relacionadas", "ultimas noticias", "lo ultimo", "lo mas leido",
		"mas leidas", "mas leidos", "te puede interesar", "tambien te puede interesar", "te recomendamos", "recomendados",
		"leave a reply", "leave a comment", "post comment", "post a comment", "add comment", "comments", "comment",
		"please enter your comment", "please enter your name here", "please enter your email address here",
		"you have entered an incorrect email address", "save my name email and website in this browser for the next time i comment",
		"deja una respuesta", "deja un comentario", "dejar un comentario", "publicar comentario", "comentarios", "comentario",
		"por favor ingrese su comentario", "por favor ingrese su nombre aqui", "has introducido una direccion de correo incorrecta",
		"share", "share this", "share this article", "share on facebook", "share on twitter", "share via email", "compartir",
		"comparte esta noticia", "compartir en facebook", "compartir en twitter", "tweet", "print", "imprimir", "email",
		"subscribe", "suscribete", "subscribe to our newsletter", "suscribete a nuestro boletin", "advertisement", "publicidad",
		"tags", "etiquetas", "temas", "follow us", "siguenos", "skip to content", "ir al contenido", "menu", "search", "buscar",
		"home", "inicio", "loading", "cargando", "read more", "leer mas", "ver mas", "see more", "sign in", "log in",
		"iniciar sesion", "registrate", "all rights reserved", "todos los derechos reservados", "privacy policy",
		"politica de privacidad", "terms of use", "terminos y condiciones", "about us", "contact", "contacto", "contact us",
		"archivado en", "se adhiere a los criterios de the trust project", "our standards the trust principles", "mas informacion",
		"spotted an error tell us", "more information", "related coverage", "related content",
		"subscribe now", "already a subscriber", "already a subscriber log in", "continue reading", "suscribete ahora",
		"ya eres suscriptor", "ya eres suscriptor inicia sesion",
	} {
		furnitureLines[fold.Words(l)] = true
	}
}

// widgetPunct holds the characters that end a widget label; a line
// without one near its start cannot match widgetLabel.
const widgetPunct = ":：|»>-–—"

// widgetLabel starts a link-widget line: "Read Also: …", "Lee también: …".
// A hyphen ends a label only before a space ("Photo-journalists" is a
// word), and Spanish imperatives that open speech ("Mira: …") are no label.
var widgetLabel = regexp.MustCompile(`(?i)^\s*(?:read also|also read|read more|see also|related|related article|related story|more on this|recommended|watch|watch also|listen|cite this(?: article| note| page| report)?|photograph|photo|foto|fotos|image|imagen|credit|crédito|` +
	`lee también|lea también|leer también|lee además|te puede interesar|también puedes leer|mira también|mire también|ver también|ver además|puedes leer|recomendado|relacionado|relacionada)\s*(?:[:：|»>–—]|-\s)`)

// copyrightLine is a copyright notice at the end of an article, perhaps
// with the wire services' ban on republishing after it ("This material
// may not be published, broadcast, rewritten or redistributed").
var copyrightLine = regexp.MustCompile(`(?i)^(?:copyright|©|\(c\))\s.{0,80}\b(?:all rights reserved|todos los derechos reservados)\.?` +
	`(?:\s+[^.]{0,40}\b(?:may not be|no (?:puede|podrá) ser)\b[^.]{0,80}\.?)?$`)

// tipLine is a newsroom's call for tips at the end of a story: "Have a
// news tip? Email …", "Got a story idea?", "¿Tienes una denuncia? …".
var tipLine = regexp.MustCompile(`(?i)^(?:(?:have|got) (?:a|any) (?:news )?(?:tip|story idea|story)(?: or (?:a )?(?:news )?(?:tip|story idea|story))?\s*\?|¿\s*(?:tienes|tiene) (?:una|alguna) (?:denuncia|historia|información)\b)`)

var socialNames = map[string]bool{"facebook": true, "twitter": true, "x": true, "whatsapp": true, "telegram": true,
	"linkedin": true, "pinterest": true, "reddit": true, "email": true, "e-mail": true, "print": true, "imprimir": true,
	"copy": true, "link": true, "copy link": true, "copiar": true, "enlace": true, "share": true, "compartir": true,
	"messenger": true, "tumblr": true, "vk": true, "flipboard": true, "threads": true, "bluesky": true, "mail": true}

// shareLabel starts a row of share buttons.
var shareLabel = regexp.MustCompile(`(?i)^\s*(?:share|compart\w*|comparte|follow us|s[ií]guenos)\b[\p{L} ]{0,20}$`)

// cookieNotice matches the usual consent banners.
var cookieNotice = regexp.MustCompile(`(?i)\b(?:cookies?)\b.*\b(?:we use|usamos|utilizamos|this (?:web)?site|este sitio|accept|aceptar|aceptas|consent|consentimiento|experience|experiencia|navegando|browsing)\b|` +
	`\b(?:we use|usamos|utilizamos|this (?:web)?site uses|este sitio (?:web )?utiliza)\b.*\bcookies?\b`)

// counterLine is a line that only counts: a slideshow's "3 / 12", "3 of
// 12", "3 de 12", a document's "Page 3 of 12", "Página 3 de 12", or a
// button's tally of likes or shares, "1.2K".
var counterLine = regexp.MustCompile(`(?i)^(?:(?:page|p[aá]g\.|p[aá]gina)\s*)?(?:\d{1,3}\s*(?:/|of|de)\s*\d{1,3}|\d{1,3}(?:[.,]\d)?\s?[km])$`)

// wireCredit is a news agency's credit line at the end of a story:
// "Reporting by Ana Ruiz; Editing by Tom Lee", "(Reporte de Ana Ruiz;
// editado por Tom Lee)". Both parts must be there: "Reporting by the
// commission found…" begins a sentence.
var wireCredit = regexp.MustCompile(`(?i)^\(?(?:additional )?(?:reporting|writing|compiled) by\b.*\b(?:editing|edited) by\b|` +
	`^\((?:reporte|reportaje|información|redacción) (?:de|por)\b.*\b(?:editado|edición) (?:por|de|en)\b`)

// seriesNote is a note that the story belongs to a series, above or
// below it: "This article is part of The Force Files", "Este reportaje
// forma parte de la serie …". What it is part of must be a series, a
// project or a name: "This report is part of a wider pattern" is text.
var seriesNote = regexp.MustCompile(`^(?:This (?:article|story|piece|report|investigation) is (?:part|the \w+ part|one) of (?:(?:a|an|our) (?:[\w-]+ )?(?:series|project|collaboration|investigation)\b|\p{Lu})|` +
	`(?:Este|Esta) (?:artículo|articulo|reportaje|nota|texto|investigación|reportagem|matéria) (?:es parte|forma parte|hace parte|é parte|faz parte) (?:de (?:la|una) serie|del? (?:proyecto|especial)|da série|do projeto|de \p{Lu})|` +
	`Cet article fait partie (?:de la série|du projet|d'\p{Lu}|de \p{Lu}))`)

// isFurniture reports whether a trimmed line is page furniture.
func isFurniture(line string) bool {
	if line == "" {
		return false
	}
	// The cheap tests first: article paragraphs are most lines, and long.
	head := line[:min(len(line), 64)]
	if strings.ContainsAny(head, widgetPunct) && widgetLabel.MatchString(line) {
		return true
	}
	if len(line) >= 400 {
		return false // longer than any furniture line, cookie notice or button row
	}
	if len(line) <= 20 && counterLine.MatchString(line) {
		return true
	}
	if strings.Contains(head, " by ") || strings.HasPrefix(line, "(") {
		if wireCredit.MatchString(line) {
			return true
		}
	}
	folded := fold.Words(line)
	if furnitureLines[folded] {
		return true
	}
	if strings.Contains(folded, "cookie") && cookieNotice.MatchString(line) {
		return true
	}
	if strings.Contains(folded, "reserv") && copyrightLine.MatchString(line) {
		return true
	}
	if len(line) < 200 && strings.ContainsRune(line, '?') && tipLine.MatchString(line) {
		return true
	}
	if len(line) < 300 && seriesNote.MatchString(line) {
		return true
	}
	// A row of share buttons: every word a network's name, perhaps after a
	// label ("Share this gallery:", "Comparte esta nota:").
	if i := strings.IndexByte(line, ':'); i > 0 && shareLabel.MatchString(line[:i]) {
		folded = fold.Words(line[i+1:])
	}
	words := strings.Fields(folded)
	if len(words) > 0 && len(words) <= 10 {
		for _, w := range words {
			if !socialNames[w] {
				return false
			}
		}
		return true
	}
	return false
}

// cleanText normalises line breaks, drops furniture lines and runs of blank
// lines, and trims trailing spaces. It returns the cleaned text and the
// lines it dropped.
func cleanText(s string) (string, []string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	b.Grow(len(s))
	var removed []string
	blank := 0
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(line, " \t\u00a0")
		trimmed := strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
		if trimmed == "" {
			blank++
			continue
		}
		if isFurniture(trimmed) {
			removed = append(removed, trimmed)
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String(), removed
}
