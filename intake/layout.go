package intake

import (
	"bytes"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// layout is what an element does to the text around it.
type layout uint8

const (
	inline    layout = iota // <b>, <a>, <span>: no separator, words may continue across it
	cell                    // <td>, <th>: at least a space before and after
	lineBreak               // <br>: a line break
	block                   // <p>, <li>, <tr>, headings…: a paragraph of its own
	skip                    // <script>, <style>…: no visible text
)

// layouts maps element names to their layout. It goes by name, not atom:
// the nodes go-trafilatura builds or renames carry a name and no atom, and
// its own output names (list, item, row, cell, quote, lb) are covered too.
var layouts = map[string]layout{
	"td": cell, "th": cell, "cell": cell,
	"br": lineBreak, "lb": lineBreak, "wbr": inline,
	"script": skip, "style": skip, "noscript": skip, "template": skip, "svg": skip, "math": skip, "iframe": skip,
	"object": skip, "button": skip, "select": skip, "textarea": skip, "head": skip,
}

func init() {
	for _, name := range []string{"address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div",
		"dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
		"hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
		"tfoot", "tr", "ul", "menu", "center", "option", "body", "html",
		"list", "item", "quote", "row"} {
		layouts[name] = block
	}
}

func layoutOf(name string) layout { return layouts[strings.ToLower(name)] }

// textWriter joins text nodes: words inside a run of inline elements stay
// as they are written (so "<b>for</b>ty" is "forty"), and block, line-break
// and cell boundaries leave a blank line, a line break or a space.
type textWriter struct {
	b       strings.Builder
	pending string // the separator owed before the next word
	// omit, when set, leaves out the elements it reports (with their text).
	omit func(*html.Node) bool
}

// sep owes s before the next word unless a larger separator is owed.
func (w *textWriter) sep(s string) {
	if w.b.Len() > 0 && len(s) > len(w.pending) {
		w.pending = s
	}
}

func (w *textWriter) element(l layout) {
	switch l {
	case block:
		w.sep("\n\n")
	case lineBreak:
		if w.pending == "\n" {
			w.pending = "\n\n" // <br><br> ends a paragraph
		} else {
			w.sep("\n")
		}
	case cell:
		w.sep(" ")
	}
}

// invisible drops soft hyphens and zero-width characters, which sit inside
// words.
var invisible = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "")

func (w *textWriter) text(s string) {
	if strings.ContainsAny(s, "\u00ad\u200b\u200c\u200d\u2060\ufeff") {
		s = invisible.Replace(s)
	}
	if s == "" {
		return
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	// strings.Fields splits at every Unicode space, no-break spaces included.
	f := strings.Fields(s)
	if unicode.IsSpace(first) {
		w.sep(" ")
	}
	if len(f) == 0 {
		return
	}
	w.b.WriteString(w.pending)
	w.pending = ""
	for i, word := range f {
		if i > 0 {
			w.b.WriteByte(' ')
		}
		w.b.WriteString(word)
	}
	if unicode.IsSpace(last) {
		w.pending = " "
	}
}

// renderText writes the text of an extracted content node: one paragraph
// per block element, so that scraped-style line rules and sentence
// splitting work on it; the words go-trafilatura ran together across
// blocks of the page (j, may be nil) are split again.
func renderText(n *html.Node, j joins) string {
	text, _ := cleanText(renderContent(n, j))
	return text
}

// renderContent is renderText before the furniture lines are dropped.
func renderContent(n *html.Node, j joins) string {
	var w textWriter
	w.render(n, 0)
	return dedupeLines(j.split(w.b.String()))
}

// leadText renders the start of a node's text, about limit bytes of it,
// without the line rules.
func leadText(n *html.Node, limit int) string {
	var w textWriter
	w.render(n, limit)
	return strings.TrimSpace(w.b.String())
}

// render writes n's text, stopping once limit bytes are written when limit
// is positive.
func (w *textWriter) render(n *html.Node, limit int) {
	if limit > 0 && w.b.Len() >= limit {
		return
	}
	l := inline
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		l = layoutOf(n.Data)
		if l == skip && n.DataAtom != atom.Head || w.omit != nil && w.omit(n) {
			return
		}
		if l == skip {
			l = block // trafilatura names headings "head"
		}
	case html.CommentNode:
		return
	}
	w.element(l)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.render(c, limit)
	}
	if l != lineBreak {
		w.element(l)
	}
}

// dedupeLines drops a line of eight words or more that repeats one seen
// before: go-trafilatura sometimes gives the text after a <br> twice, once
// in its paragraph and once as a paragraph of its own.
func dedupeLines(s string) string {
	seen := map[string]bool{}
	var b strings.Builder
	b.Grow(len(s))
	dropped := false
	for line := range strings.SplitSeq(s, "\n") {
		if t := strings.TrimSpace(line); strings.Count(t, " ") >= 7 {
			if seen[t] {
				dropped = true
				continue
			}
			seen[t] = true
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	if !dropped {
		return s
	}
	return b.String()
}

// streamSkip are elements whose text streamText leaves out: no visible
// text, or page furniture.
func streamSkip(name string) bool {
	switch name {
	case "nav", "form", "aside":
		return true
	}
	return layoutOf(name) == skip && name != "head"
}

// streamText returns the visible text of a page with a tokenizer, in one
// pass and bounded memory per element, for pages too large or too broken
// for a tree: it skips scripts, styles, navigation, forms and asides.
func streamText(b []byte) (string, htmlMeta) {
	var m htmlMeta
	var w textWriter
	z := html.NewTokenizer(bytes.NewReader(b))
	depth := 0
	inTitle := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return w.b.String(), m
			}
			text, _ := cleanText(w.b.String())
			return text, m
		case html.StartTagToken, html.SelfClosingTagToken:
			raw, _ := z.TagName()
			name := string(raw)
			if tt == html.StartTagToken && streamSkip(name) && layoutOf(name) != lineBreak {
				depth++
			}
			inTitle = inTitle || name == "title"
			w.element(layoutOf(name))
		case html.EndTagToken:
			raw, _ := z.TagName()
			name := string(raw)
			if streamSkip(name) && depth > 0 {
				depth--
			}
			if name == "title" {
				inTitle = false
			}
			if l := layoutOf(name); l != lineBreak {
				w.element(l)
			}
		case html.TextToken:
			if inTitle && m.Title == "" {
				m.Title = strings.TrimSpace(string(z.Text()))
				continue
			}
			if depth == 0 {
				w.text(string(z.Text()))
			}
		}
	}
}
