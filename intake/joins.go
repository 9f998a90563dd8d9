package intake

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// joins holds, for every place in a page where two blocks meet, the token
// the two words at the boundary make when run together, and the offset at
// which it splits. go-trafilatura merges some blocks (a <div> inside a
// list item becomes bare text, cells of a row become one line) and trims
// the whitespace between them, so "10" and "grupos" from two cells come out
// as "10grupos". Marking the boundaries in the tree instead would change
// what go-trafilatura keeps (every mark is text to its link-density and
// length tests), so it reads the page untouched and the words it ran
// together are split afterwards.
type joins map[string]int

// blockJoins walks a page in reading order and records the token made by
// the last word before and the first word after each block, cell or line
// break boundary. Whitespace next to a boundary does not keep the words
// apart: go-trafilatura trims it. A token the page also has as a word of
// its own ("19" from cells "1" and "9" where "19" stands elsewhere) is
// left alone.
func blockJoins(doc *html.Node) joins {
	w := joinWalker{j: joins{}, words: map[string]bool{}}
	w.walk(doc)
	w.endToken()
	for token := range w.j {
		if w.words[token] {
			delete(w.j, token)
		}
	}
	return w.j
}

type joinWalker struct {
	j        joins
	words    map[string]bool // the page's words, as its text nodes give them
	last     strings.Builder // the word the text so far ends with
	key      strings.Builder // a joined token being read
	split    int             // where key splits; 0: no token being read
	boundary bool            // a boundary was crossed since the last word
	spaced   bool            // whitespace followed the last word
	edge     bool            // an inline element began or ended since the last word
}

func (w *joinWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		l := layoutOf(n.Data)
		if l == skip {
			return
		}
		if l != inline {
			w.endToken()
			w.boundary = true
		}
		w.edge = true
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		w.edge = true
		if l != inline {
			w.endToken()
			w.boundary = true
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func (w *joinWalker) text(s string) {
	if strings.ContainsAny(s, "\u00ad\u200b\u200c\u200d\u2060\ufeff") {
		s = invisible.Replace(s)
	}
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	if trimmed == "" {
		w.spaced = w.spaced || s != ""
		return
	}
	switch {
	case w.boundary:
		w.boundary = false
		if w.last.Len() > 0 {
			w.key.Reset()
			w.key.WriteString(w.last.String())
			w.split = w.last.Len()
		}
		w.last.Reset()
	case w.spaced || len(trimmed) < len(s):
		w.endToken()
		if w.edge && w.last.Len() > 0 {
			// Whitespace at the edge of inline markup: go-trafilatura
			// trims it in list items ("<b>Balance.</b> La" gives
			// "Balance.La"), so the pair is noted as a block boundary's.
			lead, _, _ := strings.Cut(trimmed, " ")
			if i := strings.IndexFunc(lead, unicode.IsSpace); i >= 0 {
				lead = lead[:i]
			}
			w.j[w.last.String()+lead] = w.last.Len()
		}
		w.last.Reset()
	}
	w.edge = false
	for _, f := range strings.Fields(trimmed) {
		w.words[f] = true
	}
	lead, rest := trimmed, ""
	if i := strings.IndexFunc(trimmed, unicode.IsSpace); i >= 0 {
		lead, rest = trimmed[:i], trimmed[i:]
	}
	if w.split > 0 {
		w.key.WriteString(lead)
		if rest != "" {
			w.endToken()
		}
	}
	w.spaced = false
	if rest == "" {
		w.last.WriteString(lead)
		return
	}
	w.spaced = unicode.IsSpace(lastRune(rest))
	rest = strings.TrimRightFunc(rest, unicode.IsSpace)
	w.last.Reset()
	if rest == "" {
		w.last.WriteString(lead)
	} else {
		w.last.WriteString(rest[strings.LastIndexFunc(rest, unicode.IsSpace)+1:])
	}
}

// endToken records the joined token being read, if any.
func (w *joinWalker) endToken() {
	if w.split > 0 && w.split < w.key.Len() {
		w.j[w.key.String()] = w.split
	}
	w.split = 0
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// split puts a space back into every token of text (tokens are separated
// by spaces and line breaks, as textWriter writes them) that two blocks of
// the page made when run together.
func (j joins) split(text string) string {
	if len(j) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for start := 0; start < len(text); {
		end := strings.IndexAny(text[start:], " \n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if at, ok := j[text[start:end]]; ok {
			if b.Len() == 0 {
				b.Grow(len(text) + 16)
			}
			b.WriteString(text[last : start+at])
			b.WriteByte(' ')
			last = start + at
		}
		start = end + 1
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}
