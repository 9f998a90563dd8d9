package intake

import (
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// When go-trafilatura finds no container it knows for the article, it
// gathers the page's paragraphs, quotations and tables one by one and
// leaves lists out: a list of demands between "The association asked:"
// and the next paragraph is lost. A list the text lacks goes back between
// its two neighbours when both are consecutive paragraphs of the text and
// the list is text, not links.

// maxListLinkShare is the share of a list's words that may be link text:
// above it the list is navigation or a "related stories" box.
const maxListLinkShare = 0.3

// restoreLists puts back, item by item, the lists (<ul>, <ol>, galleries)
// whose
// previous element ends with, and next element begins with, consecutive
// paragraphs of the text while none of their items is.
func restoreLists(text string, lists []*html.Node) string {
	if len(lists) == 0 {
		return text
	}
	paras, index := paragraphIndex(text)
	textWords := len(strings.Fields(text))
	insert := map[int][]string{} // after paragraph i
	for _, l := range lists {
		if notes := noteItems(l, index); notes != nil && insert[len(paras)-1] == nil {
			insert[len(paras)-1] = notes
			continue
		}
		prev, next := prevElement(l), nextElement(l)
		if prev == nil || next == nil {
			continue
		}
		i, ok := paragraphOf(prev, index, true)
		if !ok || insert[i] != nil {
			continue // most lists (menus) stop here, at one neighbour read
		}
		if j, ok := paragraphOf(next, index, false); !ok || j != i+1 {
			continue
		}
		if items := listItems(l, index); items != nil && (!isGallery(l) || isGalleryPage(items, textWords)) {
			insert[i] = items
		}
	}
	return insertAfter(text, paras, insert)
}

// paragraphIndex splits the text into paragraphs and indexes them by
// their folded words (the first of equal ones).
func paragraphIndex(text string) ([]string, map[string]int) {
	paras := strings.Split(text, "\n\n")
	index := map[string]int{}
	for i, p := range paras {
		if f := fold.Words(p); f != "" {
			if _, dup := index[f]; !dup {
				index[f] = i
			}
		}
	}
	return paras, index
}

// insertAfter puts insert[i] after paragraph i of the text, and
// insert[-1] before the first.
func insertAfter(text string, paras []string, insert map[int][]string) string {
	if len(insert) == 0 {
		return text
	}
	out := make([]string, 0, len(paras)+8)
	out = append(out, insert[-1]...)
	for i, p := range paras {
		out = append(out, p)
		out = append(out, insert[i]...)
	}
	return strings.Join(out, "\n\n")
}

// maxNeighbourBytes bounds the text read from a list's neighbours: a
// longer one is a container, not a paragraph (and reading it costs).
const maxNeighbourBytes = 4000

// paragraphOf returns the paragraph of the text that is n's last
// paragraph (last) or its first.
func paragraphOf(n *html.Node, index map[string]int, last bool) (int, bool) {
	lead := leadText(n, maxNeighbourBytes)
	if len(lead) >= maxNeighbourBytes {
		return 0, false
	}
	if at := strings.LastIndex(lead, "\n\n"); last && at >= 0 {
		lead = lead[at+2:]
	} else if at := strings.Index(lead, "\n\n"); !last && at >= 0 {
		lead = lead[:at]
	}
	i, ok := index[fold.Words(lead)]
	return i, ok
}

// minGalleryFigures is how many captioned figures side by side make a
// gallery, whose captions are its text.
const minGalleryFigures = 3

// isGalleryPage reports whether a gallery's captions are the page's
// text, not images illustrating an article: they have at least half as
// many words as the text without them. In-body captions of an article
// stay out.
func isGalleryPage(captions []string, textWords int) bool {
	words := 0
	for _, c := range captions {
		words += len(strings.Fields(c))
	}
	return 2*words >= textWords
}

// isGallery reports whether n holds minGalleryFigures or more <figure>
// children with a <figcaption>.
func isGallery(n *html.Node) bool {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Figure && captionOf(c) != nil {
			count++
		}
	}
	return count >= minGalleryFigures
}

func captionOf(figure *html.Node) *html.Node {
	for c := figure.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Figcaption {
			return c
		}
	}
	return nil
}

// creditWords are the class words of a caption's credit line.
var creditWords = map[string]bool{"credit": true, "credits": true, "credito": true, "creditos": true, "copyright": true, "byline": true}

// dropCredit removes from the end of a caption's text the credit an
// element of it holds ("… at dawn. <span class=photo-credit>Ana Ruiz /
// Diario</span>").
func dropCredit(item string, caption *html.Node) string {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if hasWord(strings.ToLower(attr(c, "class")), creditWords) {
				if credit := leadText(c, 200); credit != "" {
					item = strings.TrimSpace(strings.TrimSuffix(item, credit))
				}
				continue
			}
			walk(c)
		}
	}
	walk(caption)
	return item
}

// listItems returns the text of a list's items (a gallery's captions), or
// nil when the list is links rather than text or any item is in the text
// already.
func listItems(l *html.Node, index map[string]int) []string {
	var items []string
	words, linked := 0, 0
	for c := l.FirstChild; c != nil; c = c.NextSibling {
		block := c
		if c.DataAtom == atom.Figure {
			block = captionOf(c)
		}
		if block == nil || block.DataAtom != atom.Li && block.DataAtom != atom.Figcaption {
			continue
		}
		item, _ := cleanText(leadText(block, 0)) // a gallery's counters and credits go
		if block.DataAtom == atom.Figcaption {
			item = dropCredit(item, block)
		}
		f := fold.Words(item)
		if f == "" {
			continue
		}
		if _, in := index[f]; in {
			return nil
		}
		words += strings.Count(f, " ") + 1
		linked += linkWords(block)
		items = append(items, item)
	}
	if len(items) == 0 || float64(linked) > maxListLinkShare*float64(words) {
		return nil
	}
	return items
}

// A list of notes (footnotes, endnotes) as Markdown renderers and
// WordPress write them: every item has an id and ends with a back-link to
// its marker in the text ("↩"). go-trafilatura drops it, being links and
// after the article; when the first marker stands in a paragraph of the
// text and no note is in the text, the notes go back at its end, without
// their back-links.

// noteItems returns the notes of such a list, or nil.
func noteItems(l *html.Node, index map[string]int) []string {
	var items []string
	var marker string
	for c := l.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		back := backLink(c)
		if c.DataAtom != atom.Li || attr(c, "id") == "" || back == nil {
			return nil
		}
		if marker == "" {
			marker = strings.TrimPrefix(attr(back, "href"), "#")
		}
		item, _ := cleanText(leadText(c, 0))
		item = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(item), strings.TrimSpace(leadText(back, 0))))
		f := fold.Words(item)
		if _, in := index[f]; in || f == "" {
			return nil
		}
		items = append(items, item)
	}
	root := l
	for root.Parent != nil {
		root = root.Parent
	}
	m := elementByID(root, marker)
	for m != nil && layoutOf(m.Data) == inline {
		m = m.Parent
	}
	if m == nil {
		return nil
	}
	if _, ok := paragraphOf(m, index, false); !ok {
		return nil
	}
	return items
}

// backLink returns the last link of a note when it points back into the
// page ("#fnref:1"), else nil.
func backLink(li *html.Node) *html.Node {
	var last *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.A {
				last = c
			}
			walk(c)
		}
	}
	walk(li)
	if last == nil || !strings.HasPrefix(attr(last, "href"), "#") || len(attr(last, "href")) < 2 {
		return nil
	}
	return last
}

// elementByID returns the element under n with the given id.
func elementByID(n *html.Node, id string) *html.Node {
	if n.Type == html.ElementNode && attr(n, "id") == id {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if e := elementByID(c, id); e != nil {
			return e
		}
	}
	return nil
}

// linkWords counts the words inside links under n.
func linkWords(n *html.Node) int {
	if n.DataAtom == atom.A {
		return len(strings.Fields(fold.Words(leadText(n, 0))))
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		count += linkWords(c)
	}
	return count
}
