package intake

import (
	nurl "net/url"
	"strings"
	"unicode"

	"github.com/rastro-project/rastro/internal/fold"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A "read also" line inside an article is, in every language, a paragraph
// made of a short label and one link to another story: "<strong>Leia
// também:</strong> <a>…</a>", "<span>Lire aussi</span> <a>…</a>".
// furniture.go knows the English and Spanish labels by their words; the
// shape of the paragraph finds the rest.

// Bounds of a read-also line: the label's words and the linked headline's.
const (
	maxLinkLabelWords = 4
	minLinkTitleWords = 4
)

// isLinkLine reports whether a paragraph is a label followed by one link
// to another page of the site (site is the page's host, "" when unknown)
// and nothing else but punctuation: the label is text or an inline element
// (no link inside) of 1 to maxLinkLabelWords words, the link's text at
// least minLinkTitleWords words. A link to another site is a source the
// article cites ("Source: <a>the ombudsman's report</a>"), and stays.
func isLinkLine(p *html.Node, site string) bool {
	label, linked := 0, false
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			words := countWords(c.Data, maxLinkLabelWords+1)
			if words == 0 {
				continue
			}
			if linked {
				return false // text after the link: a sentence that links
			}
			label += words
		case html.ElementNode:
			if layoutOf(c.Data) != inline {
				return false
			}
			text := leadText(c, 400)
			words := len(strings.Fields(fold.Words(text)))
			switch {
			case words == 0:
				continue
			case c.DataAtom == atom.A:
				if linked || words < minLinkTitleWords || !sameSite(attr(c, "href"), site) {
					return false
				}
				linked = true
			case linked || hasDescendant(c, atom.A):
				return false
			default:
				label += words
			}
		}
		if label > maxLinkLabelWords {
			return false
		}
	}
	return linked && label > 0
}

// countWords counts the runs of letters and digits in s, stopping at
// limit: a paragraph's long text is no label, and need not be read whole.
func countWords(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && !in {
			if n++; n >= limit {
				return n
			}
		}
		in = word
	}
	return n
}

// sameSite reports whether a link's address is on the site: relative, or
// on the site's host or a host of it (www., a subdomain). Without the
// site's host an absolute address counts as another site.
func sameSite(href, site string) bool {
	u, err := nurl.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	if u.Host == "" {
		return u.Scheme == "" || u.Scheme == "http" || u.Scheme == "https"
	}
	if site == "" {
		return false
	}
	h, s := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), strings.TrimPrefix(strings.ToLower(site), "www.")
	return h == s || strings.HasSuffix(h, "."+s) || strings.HasSuffix(s, "."+h)
}

// siteHost returns the host of the page's canonical address, or "".
func siteHost(canonical string) string {
	u, err := nurl.Parse(strings.TrimSpace(canonical))
	if err != nil {
		return ""
	}
	return u.Hostname()
}

// dropLinkLines drops the paragraphs of the text that are, folded, one of
// the page's read-also lines.
func dropLinkLines(text string, lines map[string]bool) string {
	if len(lines) == 0 {
		return text
	}
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	for _, p := range paras {
		if !lines[fold.Words(p)] {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}
