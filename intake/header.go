package intake

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rastro-project/rastro/internal/fold"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// embeddedPost reports whether a blockquote is a social-media embed
// (a tweet, an Instagram or TikTok post), which quotes someone else's
// post rather than the article.
func embeddedPost(n *html.Node) bool {
	class := attr(n, "class")
	return strings.Contains(class, "twitter-tweet") || strings.Contains(class, "instagram-media") || strings.Contains(class, "tiktok-embed")
}

// metaLine matches the lines an article header carries above the text:
// bylines, publication dates and times, reading times.
var metaLine = regexp.MustCompile(`(?i)^(?:by|por|posted|published|publicado|publié|written|escrito|updated|actualizado|atualizado|reporting by|redacción)\b|` +
	`^(?:text|textos?|fotos?|photos?|photographs?|entrevista|interview)\s*(?:by|de|por|:)|` +
	`\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\bmin(?:ute)?s? read\b|\bde lectura\b|` +
	`\b(?:\d{1,2} (?:de )?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?,? (?:\d{1,2},? )?(?:de )?\d{4}\b`)

// trimHeader drops the article header go-trafilatura leaves at the top of
// the text: the headline (kept as the title), byline and date lines with at
// most two short lines between them and the headline (a standfirst, a
// kicker), and a standfirst without a closing full stop or quotation mark
// right under the headline. It removes only what it is sure of, since a
// paragraph lost costs more than a header line kept: a line that ends like
// a sentence is never a date line, only short lines in the first few
// paragraphs can go, and past the headline at most maxHeaderWords words.
func trimHeader(text string, headlines []string) string {
	paras := strings.Split(text, "\n\n")
	var titles []string
	for _, h := range headlines {
		if f := fold.Words(h); f != "" {
			titles = append(titles, f)
		}
	}
	start, headline := 0, -1
	for j := 0; j < len(paras) && j < 6; j++ {
		p := strings.TrimSpace(paras[j])
		words := len(strings.Fields(p))
		if words <= 25 && isHeadline(fold.Words(p), titles) {
			start, headline = j+1, j
			continue
		}
		if isMetaParagraph(p) && j-start <= 2 && (headline >= 0 || unended(paras[start:j])) {
			start = j + 1
			continue
		}
		// Before the headline only a kicker can stand (a few words, no full
		// stop); after it, a standfirst, which goes only if a byline or
		// date line follows.
		if strings.Contains(p, "\n") || headline < 0 && (words > 12 || strings.HasSuffix(p, ".")) || words > 40 {
			break
		}
	}
	if start < len(paras) && start == headline+1 && headline >= 0 {
		p := strings.TrimSpace(paras[start])
		if words := len(strings.Fields(p)); words >= 6 && words <= 40 && !endsSentence(p) && !footnoted.MatchString(p) && !strings.HasSuffix(p, ":") && !strings.Contains(p, "\n") {
			start++ // a standfirst: one sentence without a full stop right under the headline
		}
	}
	start = min(start, len(paras))
	dropped := 0
	for j := headline + 1; j < start; j++ {
		dropped += len(strings.Fields(paras[j]))
	}
	if dropped > maxHeaderWords {
		start = headline + 1 // more than a header: only the headline goes
	}
	rest := strings.Join(paras[start:], "\n\n")
	if strings.TrimSpace(rest) == "" {
		return text // nothing but a header: keep it rather than nothing
	}
	return rest
}

// maxHeaderWords bounds what trimHeader drops besides the headline: a
// kicker, a standfirst of up to 40 words and a byline and a date line.
const maxHeaderWords = 80

// isMetaLine reports whether a paragraph of the given number of words is a
// byline or date line: short, matching metaLine, and not a sentence (a
// sentence that gives a date or time is article text), unless it is a
// short byline ("By Ana Pérez.").
func isMetaLine(p string, words int) bool {
	if words > 12 || !metaLine.MatchString(p) {
		return false
	}
	return !endsSentence(p) || words <= 6 && byline.MatchString(p)
}

// isMetaParagraph reports whether every line of a paragraph is a byline or
// date line: themes often print the byline and the dates as lines of one
// block ("Por Ana Ruiz\nPublicado em 24/03/2026 às 19h32").
func isMetaParagraph(p string) bool {
	for line := range strings.SplitSeq(p, "\n") {
		line = strings.TrimSpace(line)
		if !isMetaLine(line, len(strings.Fields(line))) {
			return false
		}
	}
	return true
}

// unended reports whether none of the lines ends as a sentence does: a
// kicker or a standfirst above a byline when go-trafilatura left the
// headline out.
func unended(lines []string) bool {
	for _, l := range lines {
		if endsSentence(l) {
			return false
		}
	}
	return true
}

// byline is a line naming the author: "By Ana", "Por Ana", "Par Ana".
var byline = regexp.MustCompile(`^(?:[Bb]y|[Pp]or|[Pp]ar) \p{Lu}`)

// endsSentence reports whether s ends as a sentence does: with a full stop
// (not that of "p.m."), a question or exclamation mark, or a closing
// quotation mark.
func endsSentence(s string) bool {
	s = meridiem.ReplaceAllString(strings.TrimSpace(s), "")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…\"”’»", r)
}

// footnoted matches a sentence that ends in a note's marker ("… in
// 2024.1", "… said.[2]", "… rose.*"): article text, where a standfirst
// carries none. (A time, "at 10.30", matches too, and the line stays.)
var footnoted = regexp.MustCompile(`[.!?…"”’»]\s*(?:\[\d{1,3}\]|\d{1,3}|\*{1,3})$`)

var meridiem = regexp.MustCompile(`(?i)\b[ap]\.\s?m\.$`)

// isHeadline reports whether a folded line is the page's headline: one of
// the titles, or at least half of a title that adds the site's name.
func isHeadline(line string, titles []string) bool {
	if len(line) < 8 {
		return false
	}
	for _, t := range titles {
		if line == t || 2*len(line) >= len(t) && (strings.HasPrefix(t, line) || strings.HasSuffix(t, line)) {
			return true
		}
	}
	return false
}

// restoreHeadings puts back the subheadings go-trafilatura dropped (it
// does, for headings in some page structures) while keeping the text they
// stand over: a heading of the page goes back right before the first line
// of its next sibling when that line starts a line of the text and the
// heading is not a line of the text already. Lines are found through an
// index of their first bytes, so pages with thousands of headings cost
// no more than a pass over the text. top, the first heading of a page
// without an <h1> (its headline), never goes back at the start of the
// text, where it would stand as the headline trimHeader drops.
func restoreHeadings(text string, headings []*html.Node, top *html.Node) string {
	if len(headings) == 0 {
		return text
	}
	const key = 20 // probes are at least this long
	starts := map[string][]int{}
	lines := map[string]bool{}
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		lines[strings.TrimSpace(line)] = true
		if len(line) >= key {
			starts[line[:key]] = append(starts[line[:key]], off)
		}
		off += end + 1
	}
	insert := map[int][]*html.Node{}
	for _, h := range headings {
		title := leadText(h, 300)
		if title == "" || lines[title] || strings.Contains(title, "\n") || len(strings.Fields(title)) > 20 || isFurniture(title) {
			continue
		}
		next := following(h)
		if next == nil {
			continue
		}
	probe:
		for _, p := range probes(leadText(next, 400)) {
			for _, off := range starts[p[:key]] {
				if strings.HasPrefix(text[off:], p) {
					// One heading a line, but a live entry's time and its
					// title go back before the same line, in the page's order.
					taken := insert[off]
					pair := len(taken) == 1 && isSubheading(taken[0]) != isSubheading(h)
					if (len(taken) == 0 || pair) && (off > 0 || h != top) {
						insert[off] = append(taken, h)
						if len(taken) == 1 && precedes(h, taken[0]) {
							insert[off] = []*html.Node{h, taken[0]}
						}
						lines[title] = true
					}
					break probe
				}
			}
		}
	}
	if len(insert) == 0 {
		return text
	}
	offs := make([]int, 0, len(insert))
	for off := range insert {
		offs = append(offs, off)
	}
	slices.Sort(offs)
	var b strings.Builder
	last := 0
	for _, off := range offs {
		b.WriteString(text[last:off])
		for _, h := range insert[off] {
			b.WriteString(leadText(h, 300))
			b.WriteString("\n\n")
		}
		last = off
	}
	b.WriteString(text[last:])
	return b.String()
}

// isSubheading reports whether n is an h2–h6.
func isSubheading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// following returns the element whose first line a heading or entry time
// goes back before: the element after it, passing over a subheading
// after a time (a live entry's title), or, when it is last in its block,
// the element after the block: one level up for a time alone in its own
// block, and out of a <header> (a live entry's time and title) for either.
func following(h *html.Node) *html.Node {
	n := h
	for range 4 {
		next := nextElement(n)
		for up := 0; next == nil && up < 3 && n.Parent != nil; up++ {
			if n.Parent.DataAtom != atom.Header && (isSubheading(h) || up > 0) {
				return nil
			}
			n = n.Parent
			next = nextElement(n)
		}
		if next == nil || !isSubheading(next) || isSubheading(h) {
			return next
		}
		n = next
	}
	return nil
}

// precedes reports whether a comes before b in the document.
func precedes(a, b *html.Node) bool {
	for n := a; n != nil; n = nextNode(n) {
		if n == b {
			return true
		}
	}
	return false
}

// nextNode returns the node after n in document order.
func nextNode(n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// nextElement returns the element after n among its siblings, if only
// whitespace stands between them.
func nextElement(n *html.Node) *html.Node {
	return adjacentElement(n, func(s *html.Node) *html.Node { return s.NextSibling })
}

// prevElement returns the element before n among its siblings, if only
// whitespace stands between them.
func prevElement(n *html.Node) *html.Node {
	return adjacentElement(n, func(s *html.Node) *html.Node { return s.PrevSibling })
}

// adjacentElement walks n's siblings with step to the first element,
// unless visible text comes first.
func adjacentElement(n *html.Node, step func(*html.Node) *html.Node) *html.Node {
	for s := step(n); s != nil; s = step(s) {
		switch {
		case s.Type == html.ElementNode:
			return s
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
			return nil
		}
	}
	return nil
}

// clockTime is an entry time of a live blog: "14:32", "15.10 BST", "9:05 am".
var clockTime = regexp.MustCompile(`(?i)^\d{1,2}[:.h]\d{2}(?:\s?(?:[ap]\.?m\.?|h|hs|hrs|[a-z]{2,4}))?$`)

// liveBlogTimes returns the elements holding an entry time, when a page has
// at least three of them (a live blog): go-trafilatura drops those times,
// and restoreHeadings puts them back before their entries.
func liveBlogTimes(candidates []*html.Node) []*html.Node {
	var times []*html.Node
	seen := map[*html.Node]bool{}
	for _, n := range candidates {
		// A <time> inside an element classed as a time is one entry time.
		if inside := n.Parent != nil && (seen[n.Parent] || n.Parent.Parent != nil && seen[n.Parent.Parent]); !inside && clockTime.MatchString(leadText(n, 40)) {
			times = append(times, n)
			seen[n] = true
		}
	}
	if len(times) < 3 {
		return nil
	}
	return times
}

// probes returns the starts of the lines of at least 20 bytes among the
// first four lines of s, each cut at a word boundary near 60 bytes.
func probes(s string) []string {
	lines := strings.SplitN(s, "\n", 5)
	var out []string
	for _, l := range lines[:min(4, len(lines))] {
		l = strings.TrimSpace(l)
		if len(l) < 20 {
			continue
		}
		if len(l) > 60 {
			if j := strings.LastIndexByte(l[:60], ' '); j >= 20 {
				l = l[:j]
			}
		}
		out = append(out, l)
	}
	return out
}
