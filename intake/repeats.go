package intake

import (
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
)

// Pull quotes and highlighted sentences repeat words of the article: a
// block set in large type (Medium's pull quote, WordPress's pullquote
// block, a "key quote" box) copies a sentence of a paragraph the text
// already has. Whatever the template, the copy is what goes. Short lines a
// page repeats under every photo or on every page of a document (a photo
// credit, a running header) are furniture, every copy of them.

// minRepeatWords is the shortest paragraph judged a copy: shorter ones
// (a slogan, a heading, a table row) may well stand in a paragraph too.
const minRepeatWords = 8

// maxRepeatWords is the longest paragraph judged a copy: a pull quote is
// a sentence or two, and probing long paragraphs would cost a pass over
// the text each.
const maxRepeatWords = 60

// maxRepeatParagraphs bounds the paragraphs dropRepeated compares, so that
// a page of thousands of short paragraphs costs no more than a pass.
const maxRepeatParagraphs = 2000

// minShortRepeats is how often a short line must stand in the text to be
// furniture: twice may be a refrain or a heading the article repeats.
const minShortRepeats = 3

// dropRepeated drops the paragraphs of minRepeatWords to maxRepeatWords words whose
// words, in order, stand inside a longer paragraph of the text, and the
// shorter ones that stand minShortRepeats times or more in the text (but
// a label ending in a colon, as a transcript's speaker line is).
func dropRepeated(text string) string {
	paras := strings.Split(text, "\n\n")
	if len(paras) < 2 || len(paras) > maxRepeatParagraphs {
		return text
	}
	short := map[string]int{}
	// All paragraphs folded, each between two spaces, so that a match is
	// at word boundaries; offsets say which paragraph a match falls in.
	var all strings.Builder
	offs := make([]int, len(paras)+1)
	folded := make([]string, len(paras))
	for i, p := range paras {
		folded[i] = fold.Words(p)
		if strings.Count(folded[i], " ")+1 < minRepeatWords && !strings.HasSuffix(strings.TrimSpace(p), ":") {
			short[folded[i]]++
		}
		offs[i] = all.Len()
		all.WriteString(" ")
		all.WriteString(folded[i])
		all.WriteString(" ")
	}
	offs[len(paras)] = all.Len()
	joined := all.String()
	drop := map[int]bool{}
	for i, f := range folded {
		words := strings.Count(f, " ") + 1
		if words < minRepeatWords {
			if f != "" && short[f] >= minShortRepeats {
				drop[i] = true
			}
			continue
		}
		if words > maxRepeatWords {
			continue
		}
		probe := " " + f + " "
		for from := 0; from < len(joined); {
			at := strings.Index(joined[from:], probe)
			if at < 0 {
				break
			}
			at += from
			from = at + 1
			j := paragraphAt(offs, at)
			if j != i && len(folded[j]) > len(f) && !drop[j] {
				drop[i] = true
				break
			}
		}
	}
	if len(drop) == 0 {
		return text
	}
	kept := paras[:0]
	for i, p := range paras {
		if !drop[i] {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

// paragraphAt returns the paragraph whose span of the joined text, as
// offs gives the spans' starts, holds offset at.
func paragraphAt(offs []int, at int) int {
	lo, hi := 0, len(offs)-2
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if offs[mid] <= at {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}
