package intake

import (
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A standfirst (dek, bajada, sumilla, subtitle) is the sentence or two
// under the headline that sums the article up. trimHeader drops one
// without a full stop from the text alone; one ending as a sentence looks,
// as text, like the article's first paragraph, so the page's structure
// tells them apart: the standfirst is the block right after the headline's
// <h1>, and the byline or date line comes right after it, before the
// article's paragraphs.

// Bounds of a standfirst, in words.
const (
	minStandfirstWords = 5
	maxStandfirstWords = 60
)

// findStandfirst returns the folded text of the page's standfirst, or "":
// the first block with text after the headline's <h1> (the <h1> that is a
// headline of the page, or the page's only one), when it is a <p> or a
// subheading of minStandfirstWords to maxStandfirstWords words, the next
// element with text is a byline or date line.
func findStandfirst(h1s []*html.Node, headlines []string) string {
	var titles []string
	for _, h := range headlines {
		if f := fold.Words(h); f != "" {
			titles = append(titles, f)
		}
	}
	var h1 *html.Node
	for _, n := range h1s {
		if isHeadline(fold.Words(leadText(n, 400)), titles) {
			h1 = n
			break
		}
	}
	if h1 == nil && len(h1s) == 1 {
		h1 = h1s[0]
	}
	if h1 == nil {
		return ""
	}
	s := firstBlock(nextWithText(h1))
	if s == nil || !isStandfirstElement(s) || !isMetaBlock(nextWithText(s)) {
		return ""
	}
	text := fold.Words(leadText(s, 2000))
	if words := strings.Count(text, " ") + 1; text == "" || words < minStandfirstWords || words > maxStandfirstWords {
		return ""
	}
	return text
}

func isStandfirstElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isMetaBlock reports whether an element is a byline or date line: at
// most maxMetaBlockWords words (not the article's body, which may hold a
// <time> too) that hold a <time> or are a metaLine not ending as a
// sentence.
func isMetaBlock(n *html.Node) bool {
	if n == nil {
		return false
	}
	lead := leadText(n, 300)
	if len(strings.Fields(lead)) > maxMetaBlockWords {
		return false
	}
	if n.DataAtom == atom.Time || hasDescendant(n, atom.Time) {
		return true
	}
	return metaLine.MatchString(lead) && !endsSentence(lead)
}

// maxMetaBlockWords bounds a byline block: names, a date, a reading time,
// a follow button.
const maxMetaBlockWords = 30

func hasDescendant(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == a || hasDescendant(c, a) {
			return true
		}
	}
	return false
}

// nextWithText returns the first element with text after n in reading
// order, outside n: the next sibling with text of n or of the nearest
// ancestor that has one. It returns nil when bare text comes first.
func nextWithText(n *html.Node) *html.Node {
	for ; n != nil && n.DataAtom != atom.Body; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			switch {
			case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
				return nil
			case s.Type == html.ElementNode && layoutOf(s.Data) != skip && leadText(s, 1) != "":
				return s
			}
		}
	}
	return nil
}

// firstBlock enters n down to the first element that holds its first
// words: a paragraph or heading, or the element whose own text or inline
// child comes first.
func firstBlock(n *html.Node) *html.Node {
	for n != nil && !isStandfirstElement(n) {
		var next *html.Node
	children:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				return n
			case c.Type == html.ElementNode && layoutOf(c.Data) != skip && leadText(c, 1) != "":
				if layoutOf(c.Data) != block {
					return n
				}
				next = c
				break children
			}
		}
		if next == nil {
			return n
		}
		n = next
	}
	return n
}

// dropStandfirst removes the standfirst from the first paragraphs of the
// text, where go-trafilatura leaves it.
func dropStandfirst(text, standfirst string) string {
	if standfirst == "" {
		return text
	}
	paras := strings.SplitN(text, "\n\n", 5)
	for j, p := range paras[:min(4, len(paras))] {
		if fold.Words(p) == standfirst {
			return strings.Join(append(paras[:j:j], paras[j+1:]...), "\n\n")
		}
	}
	return text
}
