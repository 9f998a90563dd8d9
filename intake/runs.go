package intake

import (
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A body made of a run of like blocks (a live blog's entries, a story in
// several <section>s of one class) sometimes comes out of go-trafilatura
// with a few blocks of the run missing between two it kept. A block of
// the same element and class as the kept blocks on both sides of it,
// whose neighbours' paragraphs stand consecutive in the text and none of
// its own does, is the article's too, and goes back between them. Its
// figures, asides, footers and forms stay out, as go-trafilatura leaves
// them out of the blocks it keeps.

// minRunBlocks is the fewest like blocks a run has: two kept around one
// missing.
const minRunBlocks = 3

// restoreRuns puts back the missing blocks of the runs under body.
func restoreRuns(text string, body *html.Node) string {
	if body == nil {
		return text
	}
	paras, index := paragraphIndex(text)
	insert := map[int][]string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		var kids []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				kids = append(kids, c)
				walk(c)
			}
		}
		restoreRun(kids, index, insert)
		restoreLines(textRuns(n), index, insert)
	}
	walk(body)
	return insertAfter(text, paras, insert)
}

// runKinds are the elements a run is made of.
var runKinds = map[atom.Atom]bool{atom.Article: true, atom.Section: true, atom.Div: true}

// restoreRun looks among siblings for like blocks missing between two
// kept ones, and notes their paragraphs in insert.
func restoreRun(kids []*html.Node, index map[string]int, insert map[int][]string) {
	if len(kids) < minRunBlocks {
		return
	}
	kind := func(n *html.Node) string {
		if !runKinds[n.DataAtom] {
			return ""
		}
		return n.Data + "." + attr(n, "class")
	}
	for i := 0; i+minRunBlocks <= len(kids); i++ {
		k := kind(kids[i])
		if k == "" || kind(kids[i+1]) != k {
			continue // read a block's text only where a run begins
		}
		_, last, ok := keptSpan(kids[i], index)
		if !ok {
			continue
		}
		var missing []string
		for j := i + 1; j < len(kids) && kind(kids[j]) == k; j++ {
			first, _, kept := keptSpan(kids[j], index)
			if kept {
				if first == last+1 && len(missing) > 0 && insert[last] == nil {
					insert[last] = missing
				}
				break
			}
			block := runParagraphs(kids[j])
			if block == nil {
				break // a block of links or of nothing: not the article's
			}
			missing = append(missing, block...)
		}
	}
}

// keptSpan returns the indexes in the text of a block's first and last
// paragraphs that the text has, and whether it has any.
func keptSpan(n *html.Node, index map[string]int) (first, last int, ok bool) {
	lead := leadText(n, maxNeighbourBytes)
	if len(lead) >= maxNeighbourBytes {
		return 0, 0, false
	}
	for _, p := range strings.Split(lead, "\n\n") {
		if i, in := index[fold.Words(p)]; in {
			if !ok {
				first = i
			}
			last, ok = i, true
		}
	}
	return first, last, ok
}

// runParagraphs returns the paragraphs of a missing block, without its
// figures, asides, footers and forms and without furniture lines; nil for
// a block of links or without text.
func runParagraphs(n *html.Node) []string {
	w := textWriter{omit: func(e *html.Node) bool {
		switch e.DataAtom {
		case atom.Figure, atom.Aside, atom.Footer, atom.Form, atom.Nav:
			return true
		}
		return false
	}}
	w.render(n, 2*maxNeighbourBytes)
	if w.b.Len() >= 2*maxNeighbourBytes {
		return nil
	}
	text, _ := cleanText(strings.TrimSpace(w.b.String()))
	words := len(strings.Fields(fold.Words(text)))
	if words == 0 || float64(linkWords(n)) > maxListLinkShare*float64(words) {
		return nil
	}
	return strings.Split(text, "\n\n")
}

// A body written as bare text between <br>s (Blogger, old CMSs) is a run
// of lines of one container, and go-trafilatura loses the text that
// follows a list or a table in it. A line missing between two lines it
// kept goes back between them: the two are consecutive in the text, or
// only the paragraphs of the blocks between them (the list) stand between
// them, and the missing lines go on the same side of those blocks as in
// the page.

// go-trafilatura also loses such a container's leading text, before its
// first <br>: up to maxLeadLines paragraphs there (lines that end as
// sentences) go back before the first line kept, once a second line of
// the container is kept too.
const maxLeadLines = 2

// blockBreak stands, among the lines textRuns returns, where a block
// child of the container was.
const blockBreak = ""

// maxBlockParagraphs bounds the paragraphs the blocks between two kept
// lines may give the text: a list or a table, not a page.
const maxBlockParagraphs = 40

// textRuns returns the paragraphs a container writes as bare text and
// inline markup: runs of its children ended by a block child (noted as
// blockBreak) or by two <br>s. Containers without a <br> among their
// children give none.
func textRuns(n *html.Node) []string {
	hasBreak := false
	for c := n.FirstChild; c != nil && !hasBreak; c = c.NextSibling {
		hasBreak = c.DataAtom == atom.Br
	}
	if !hasBreak {
		return nil
	}
	var runs []string
	var w textWriter
	end := func() {
		for _, p := range strings.Split(strings.TrimSpace(w.b.String()), "\n\n") {
			if strings.TrimSpace(p) != "" {
				runs = append(runs, p)
			}
		}
		w = textWriter{}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom != atom.Br && layoutOf(c.Data) != inline {
			end()
			runs = append(runs, blockBreak)
			continue
		}
		w.render(c, 0)
	}
	end()
	return runs
}

// restoreLines notes in insert the lines of a container missing between
// two lines of it that the text keeps.
func restoreLines(lines []string, index map[string]int, insert map[int][]string) {
	text := 0
	for _, l := range lines {
		if l != blockBreak {
			text++
		}
	}
	if text < minRunBlocks {
		return
	}
	prev := -1 // the text's paragraph of the last line kept
	// The lines missing since prev, before and after the first block.
	var before, after []string
	blocked := false
	var lead []string // the leading lines missing, before any block
	leading, leadAt, keptLines := true, 0, 0
	for _, l := range lines {
		if l == blockBreak {
			blocked = blocked || prev >= 0
			leading = false
			continue
		}
		i, kept := index[fold.Words(l)]
		switch {
		case kept:
			switch {
			case prev < 0:
				leadAt = i - 1
			case i <= prev:
			case i == prev+1 && insert[prev] == nil:
				insert[prev] = append(before, after...)
			case blocked && i-prev-1 <= maxBlockParagraphs && insert[prev] == nil && insert[i-1] == nil:
				insert[prev], insert[i-1] = before, after
			}
			prev, before, after, blocked = i, nil, nil, false
			keptLines++
		case prev < 0 && leading:
			// Only paragraphs: a header's lines (kicker, headline, byline,
			// date) stand one <br> apart and do not end as sentences.
			if clean, _ := cleanText(l); clean != "" && !strings.Contains(clean, "\n") && endsSentence(clean) {
				lead = append(lead, clean)
			} else {
				leading = false
			}
		case prev >= 0:
			clean, _ := cleanText(l)
			switch {
			case clean == "":
			case blocked:
				after = append(after, clean)
			default:
				before = append(before, clean)
			}
		}
	}
	if keptLines >= 2 && len(lead) > 0 && len(lead) <= maxLeadLines && insert[leadAt] == nil {
		insert[leadAt] = lead
	}
}
