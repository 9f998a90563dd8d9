package web

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
)

// segment is a piece of a source's text: plain, or the span of a claim.
// The template escapes Text, so the page shows the source as words,
// whatever markup it holds.
type segment struct {
	Text  string
	Claim *rastro.Claim // nil for plain text
}

// segments cuts text at the byte spans of its claims. Spans that overlap
// one already marked are left unmarked (the claim list still shows them);
// spans outside the text or off character boundaries are skipped.
func segments(text string, claims []*rastro.Claim) []segment {
	cs := slices.Clone(claims)
	slices.SortStableFunc(cs, func(a, b *rastro.Claim) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End // the longer span first
	})
	var out []segment
	at := 0
	for _, c := range cs {
		if c.Start < at || c.End > len(text) || c.Start >= c.End || !boundary(text, c.Start) || !boundary(text, c.End) {
			continue
		}
		if c.Start > at {
			out = append(out, segment{Text: text[at:c.Start]})
		}
		out = append(out, segment{Text: text[c.Start:c.End], Claim: c})
		at = c.End
	}
	if at < len(text) {
		out = append(out, segment{Text: text[at:]})
	}
	for i := range out {
		out[i].Text = strings.ToValidUTF8(out[i].Text, "\uFFFD")
	}
	return out
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
