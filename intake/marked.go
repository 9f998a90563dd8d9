package intake

import (
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// go-trafilatura removes comment threads from the article only when it
// favours precision, or when it extracts them apart; with comments
// excluded in its balanced mode, a thread inside the article's container
// stays in the text. intake marks the threads as go-trafilatura's own
// precision rule does (a block whose id or class starts with "comment",
// but "commentary", Disqus's containers), and by a word "comments" or
// "comentarios" anywhere in its class and drops the paragraphs of the text found only in
// them: a commenter quoting the article does not take the article's
// paragraph with them.

// isCommentThread reports whether an element is a comment thread by
// go-trafilatura's rule for them.
func isCommentThread(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Ol, atom.Ul, atom.Dl, atom.Section:
	default:
		return false
	}
	id, class := strings.ToLower(attr(n, "id")), strings.ToLower(attr(n, "class"))
	if strings.HasPrefix(id, "commentar") || strings.HasPrefix(class, "commentar") {
		return false // a commentary: an opinion article
	}
	return strings.HasPrefix(id, "comment") || strings.HasPrefix(class, "comment") || hasWord(class, threadWords) ||
		strings.Contains(class, "article-comments") || strings.Contains(class, "post-comments") ||
		strings.HasPrefix(id, "comol") || strings.HasPrefix(id, "disqus_thread") || strings.HasPrefix(id, "dsq-comments")
}

// Boxes that sell something inside the article (a newsletter sign-up, a
// subscription offer, a membership or donation appeal, a call to action,
// a press contact, a legal disclaimer) are marked by their class or id, on real sites as on
// go-trafilatura's own lists, whose balanced mode misses these: a box is
// one when a word of its class or id is one of promoWords and its text is
// at most maxPromoWords words (a larger block is not a box).
var promoWords = map[string]bool{"cta": true, "promo": true, "promotion": true, "paywall": true, "subscribe": true,
	"subscription": true, "newsletter": true, "signup": true, "donate": true, "donation": true, "membership": true,
	"offer": true, "contact": true, "support": true, "disclaimer": true,
	"newsletters": true,
	// Reader call-outs: "Were you there? Tell us what you saw".
	"callout": true, "contribute": true, "contributions": true,
	// Spanish sites name their boxes in Spanish too.
	"suscripcion": true, "suscribete": true, "boletin": true, "donar": true, "donacion": true, "contacto": true, "boletines": true}

const maxPromoWords = 80

// isPromoBox reports whether an element is such a box.
func isPromoBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Aside, atom.Section, atom.Form, atom.P:
	default:
		return false
	}
	class := strings.ToLower(attr(n, "class"))
	marked := hasWord(class, promoWords) || hasWord(strings.ToLower(attr(n, "id")), promoWords) || newsletterClass(class)
	return marked && len(strings.Fields(leadText(n, 8*maxPromoWords))) <= maxPromoWords
}

// newsletterClass reports whether a class list names a newsletter box by
// its usual short name, "nl_box", "nl-signup": only as a prefix, since a
// bare "nl" is one of the hashed atomic classes of Medium-like markup.
func newsletterClass(class string) bool {
	for _, c := range strings.Fields(class) {
		if len(c) > 3 && (strings.HasPrefix(c, "nl_") || strings.HasPrefix(c, "nl-")) {
			return true
		}
	}
	return false
}

// A table cell that is mostly links is a layout's menu or list of other
// stories: go-trafilatura judges whole tables by their links, so on a
// page laid out in a table the menu cells come with the article's. A cell
// of at most maxPromoWords words whose words are minCellLinkShare links or
// more is marked as a box is.
const minCellLinkShare = 0.6

// isLinkCell reports whether a table cell is such a menu.
func isLinkCell(n *html.Node) bool {
	if n.DataAtom != atom.Td && n.DataAtom != atom.Th {
		return false
	}
	words := len(strings.Fields(fold.Words(leadText(n, 8*maxPromoWords))))
	return words > 0 && words <= maxPromoWords && float64(linkWords(n)) >= minCellLinkShare*float64(words)
}

// formBox returns the box a form stands for: a poll, a sign-up, a search
// or a comment form is never the article, and neither is the heading or
// question beside it. It is the form's nearest block ancestor when that
// holds at most maxPromoWords words, else the form itself when it does;
// nil for a form around the whole page (ASP.NET pages have one).
func formBox(form *html.Node) *html.Node {
	small := func(n *html.Node) bool {
		return len(strings.Fields(leadText(n, 8*maxPromoWords))) <= maxPromoWords
	}
	for a := form.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.DataAtom == atom.Body {
			break
		}
		if layoutOf(a.Data) == block || layoutOf(a.Data) == cell {
			if small(a) {
				return a
			}
			break
		}
	}
	if small(form) {
		return form
	}
	return nil
}

// widgetBodies returns what the headings of link widgets head ("Most
// read", "Lo último", "Te puede interesar": a furniture line as a
// heading): the element right after such a heading, when it is at most
// maxPromoWords words. The heading goes as a furniture line; its list of
// headlines goes with it.
func widgetBodies(headings []*html.Node) []*html.Node {
	var out []*html.Node
	for _, h := range headings {
		if !isFurniture(leadText(h, 100)) {
			continue
		}
		if next := nextElement(h); next != nil && len(strings.Fields(leadText(next, 8*maxPromoWords))) <= maxPromoWords {
			out = append(out, next)
		}
	}
	return out
}

// Labels meant only for screen readers ("Story highlights", "Article
// continues below", "Posted on") are hidden by a class, which
// go-trafilatura does not read: the reader of the page never sees them.
// An element with one of these classes and at most maxPromoWords words
// is marked as boxes are.
var screenReaderClasses = map[string]bool{"sr-only": true, "screen-reader-text": true, "screen-reader-only": true,
	"visually-hidden": true, "visuallyhidden": true, "element-invisible": true, "a11y-hidden": true,
	"u-visually-hidden": true, "is-visually-hidden": true, "show-for-sr": true, "assistive-text": true}

// isScreenReaderOnly reports whether an element is such a label.
func isScreenReaderOnly(n *html.Node) bool {
	class := attr(n, "class")
	if class == "" {
		return false
	}
	for _, c := range strings.Fields(strings.ToLower(class)) {
		if screenReaderClasses[c] {
			return len(strings.Fields(leadText(n, 8*maxPromoWords))) <= maxPromoWords
		}
	}
	return false
}

// withoutHeadline leaves out of the marked elements those that hold an
// <h1>: a block whose class names comments or a box but holds the
// headline is the page's container (a theme's "post-and-comments"
// wrapper), and its paragraphs are the article's.
func withoutHeadline(marked, h1s []*html.Node) []*html.Node {
	if len(marked) == 0 || len(h1s) == 0 {
		return marked
	}
	holds := map[*html.Node]bool{}
	for _, h := range h1s {
		for a := h.Parent; a != nil && !holds[a]; a = a.Parent {
			holds[a] = true
		}
	}
	kept := marked[:0]
	for _, n := range marked {
		if !holds[n] {
			kept = append(kept, n)
		}
	}
	return kept
}

// outsideMarked returns the nodes that stand in none of the marked
// elements: a heading of a box or a hidden label is not one to put back.
func outsideMarked(nodes, marked []*html.Node) []*html.Node {
	if len(marked) == 0 {
		return nodes
	}
	in := map[*html.Node]bool{}
	for _, m := range marked {
		in[m] = true
	}
	var out []*html.Node
nodes:
	for _, n := range nodes {
		for a := n; a != nil; a = a.Parent {
			if in[a] {
				continue nodes
			}
		}
		out = append(out, n)
	}
	return out
}

// threadWords are words of a class that make a block a comment thread
// wherever they stand in it ("fb-comments", Facebook's plugin).
var threadWords = map[string]bool{"comments": true, "comentarios": true}

// hasWord reports whether one of the words (runs of letters a–z) of a
// lower-cased class or id is in words.
func hasWord(s string, words map[string]bool) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if words[w] {
			return true
		}
	}
	return false
}

// dropMarked drops the paragraphs of the text that stand in the page
// (body) only inside its comment threads and promotion boxes (threads).
// A marked block of more than maxPromoWords words that holds the text's
// first sentence is the article's container, not a thread, and is not
// read.
func dropMarked(text string, threads []*html.Node, body *html.Node) string {
	if len(threads) == 0 || body == nil {
		return text
	}
	paras := strings.Split(text, "\n\n")
	if len(paras) > maxRepeatParagraphs {
		return text // each paragraph is a probe of the page: bound the passes
	}
	read := map[*html.Node]bool{} // threads come in document order, containers first
	first := firstSentence(paras)
	var b strings.Builder
threads:
	for _, t := range threads {
		for a := t.Parent; a != nil; a = a.Parent {
			if read[a] {
				continue threads // inside a thread already read
			}
		}
		folded := " " + fold.Words(leadText(t, 0)) + " "
		if first != "" && strings.Count(folded, " ") > maxPromoWords+1 && strings.Contains(folded, first) {
			continue // the article's container; a thread inside it is read on its own
		}
		read[t] = true
		b.WriteString(folded)
	}
	inThreads := b.String()
	page := "" // the whole page's text, read only if a paragraph is in a thread
	kept := paras[:0]
	for _, p := range paras {
		probe := " " + fold.Words(p) + " "
		if probe != "  " {
			if n := strings.Count(inThreads, probe); n > 0 {
				if page == "" {
					page = " " + fold.Words(leadText(body, 0)) + " "
				}
				if n >= strings.Count(page, probe) {
					continue
				}
			}
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}

// firstSentence returns the first paragraph of at least minRepeatWords
// words that ends as a sentence, folded between spaces (a headline, which
// a comment thread's title may quote, does not end so), or "".
func firstSentence(paras []string) string {
	for _, p := range paras {
		if f := fold.Words(p); strings.Count(f, " ")+1 >= minRepeatWords && endsSentence(p) {
			return " " + f + " "
		}
	}
	return ""
}
