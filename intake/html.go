package intake

import (
	"bytes"
	"encoding/json"
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"github.com/rastro-project/rastro/internal/fold"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxTrafilaturaBytes bounds the pages handed to go-trafilatura; larger
// pages get the streaming text extraction below, with a warning.
const maxTrafilaturaBytes = 8 << 20

// htmlMeta is what a page says about itself.
type htmlMeta struct {
	Title, SiteName, Author, Canonical, Lang string
	Published                                time.Time
	Headlines                                []string        // the headline as og:title, JSON-LD and <title> give it
	articleBody                              string          // JSON-LD articleBody, for preferArticleBody
	headings                                 []*html.Node    // h2–h6, for restoreHeadings
	standfirst                               string          // folded, for dropStandfirst
	topHeading                               *html.Node      // the first h2–h6 of a page without an h1
	linkLines                                map[string]bool // read-also lines, folded, for dropLinkLines
	marked                                   []*html.Node    // comment threads and promotion boxes, for dropMarked
	lists                                    []*html.Node    // <ul> and <ol>, for restoreLists
	body                                     *html.Node
	clocks                                   []*html.Node // <time> and elements classed as times, for live blogs
}

// cleanHTML extracts the article text of a page and its metadata.
func cleanHTML(b []byte, pageURL string) (text string, meta htmlMeta, method string, warnings []string, err error) {
	b, warnings = decodeHTML(b)
	if len(b) > maxTrafilaturaBytes {
		text, meta = streamText(b)
		warnings = append(warnings, fmt.Sprintf("page of %d MiB is too large for boilerplate removal; kept all visible text", len(b)>>20))
		return text, meta, "html-stream", warnings, nil
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return "", meta, "", warnings, fmt.Errorf("parse HTML: %w", err)
	}
	meta = readMeta(doc)
	joined := blockJoins(doc)
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, Deduplicate: true, MaxTreeSize: 200000}
	// go-trafilatura's search for the publication date in the whole page
	// (go-htmldate with go-dateparser's regular expressions) costs more
	// than all the rest of its work: it is skipped when the page's own
	// metadata gave the date, and otherwise kept to its fast patterns.
	if !meta.Published.IsZero() {
		opts.HtmlDateOverride = &htmldate.Result{DateTime: meta.Published, HasTime: true, HasTimezone: true}
	} else {
		opts.HtmlDateMode = trafilatura.Fast
	}
	if u, err := nurl.Parse(pageURL); err == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	res, terr := trafilatura.ExtractDocument(doc, opts)
	if terr == nil && res != nil && res.ContentNode != nil {
		fillMeta(&meta, res.Metadata, joined)
		cleaned, _ := cleanText(renderContent(res.ContentNode, joined))
		text = restoreRuns(restoreLists(cleaned, meta.lists), meta.body)
		text = dropLinkLines(dropStandfirst(text, meta.standfirst), meta.linkLines)
		text = dropMarked(text, meta.marked, meta.body)
		text = keepOwn(dropRepeated(trimHeader(text, append(meta.Headlines, res.Metadata.Title))), cleaned)
		text = restoreHeadings(text, append(outsideMarked(meta.headings, meta.marked), liveBlogTimes(meta.clocks)...), meta.topHeading)
		text = dropClosingNotices(text, meta.Author)
		method = "trafilatura"
		if body := preferArticleBody(text, meta.articleBody); body != "" {
			text, method = body, "json-ld-articlebody"
		}
	}
	if strings.TrimSpace(text) == "" {
		// Nothing recognisable as an article: keep the visible text.
		text, _ = streamText(b)
		method = "html-text"
		if terr != nil {
			warnings = append(warnings, "boilerplate removal failed ("+terr.Error()+"); kept all visible text")
		} else {
			warnings = append(warnings, "no article found in the page; kept all visible text")
		}
	}
	return text, meta, method, warnings, nil
}

// preferArticleBody returns the page's JSON-LD articleBody, cleaned, when
// the page itself shows only part of the article, as pages whose script
// renders the body do: the articleBody (plain text, at least
// minOwnWords words) has at least twice the words of the extracted text,
// and holds at least 80% of them. Otherwise it returns "".
func preferArticleBody(text, body string) string {
	if strings.Contains(body, "<") {
		return "" // markup: not the plain text the rule can judge
	}
	bodyWords := strings.Fields(fold.Words(body))
	textWords := strings.Fields(fold.Words(text))
	if len(bodyWords) < minOwnWords || len(bodyWords) < 2*len(textWords) {
		return ""
	}
	bag := map[string]int{}
	for _, w := range bodyWords {
		bag[w]++
	}
	found := 0
	for _, w := range textWords {
		if bag[w] > 0 {
			bag[w]--
			found++
		}
	}
	if 5*found < 4*len(textWords) {
		return ""
	}
	clean, _ := cleanText(strings.ReplaceAll(strings.TrimSpace(body), "\n", "\n\n"))
	return clean
}

// keepOwn is the safeguard on intake's structural steps after
// go-trafilatura (header trimming, standfirsts, read-also lines, threads
// and boxes, repeats): they remove a header and page furniture, never
// most of an article, so when they leave less than half of the words of
// the article as go-trafilatura gave it (of at least minOwnWords words),
// they went wrong on this page and that text stands. It is measured, and
// stands, without the furniture lines cleanText drops: those are judged
// one line at a time by their own words and cannot take an article with
// them, while counting them let a short story under a heavy template (a
// byline, a video title, a copyright and a tip line around two
// paragraphs) fall back to all of it.
func keepOwn(text, own string) string {
	n := len(strings.Fields(own))
	if n >= minOwnWords && 2*len(strings.Fields(text)) < n {
		return own
	}
	return text
}

const minOwnWords = 40

func fillMeta(m *htmlMeta, t trafilatura.Metadata, j joins) {
	for _, s := range []*string{&t.Title, &t.Sitename, &t.Author, &t.Description} {
		*s = strings.TrimSpace(j.split(*s))
	}
	if m.Title == "" {
		m.Title = t.Title
	}
	if m.SiteName == "" {
		m.SiteName = t.Sitename
	}
	if m.Canonical == "" {
		m.Canonical = t.URL
	}
	if m.Lang == "" {
		m.Lang = t.Language
	}
	if m.Author == "" {
		m.Author = t.Author
	}
	if m.Published.IsZero() && !t.Date.IsZero() {
		m.Published = t.Date
	}
}

// readMeta reads title, site name, canonical URL, language and publication
// time from meta tags and JSON-LD; the publication time keeps its offset
// (trafilatura's does not), so the local publication day is right. It
// also prepares the tree for go-trafilatura: scripts (but JSON-LD), styles
// and embedded social-media posts go (go-trafilatura, removing scripts
// itself, loses the text that follows them in the same paragraph), and the
// subheadings are noted for restoreHeadings. Nothing else in the tree
// changes, so that go-trafilatura keeps what it would keep on its own.
func readMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	var ogTitle, titleTag, ldHeadline, ldPublisher string
	var dates []string
	var drop []*html.Node
	var markedTimes, times []string
	var h1s, paras []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if isCommentThread(n) || isPromoBox(n) || isLinkCell(n) || isScreenReaderOnly(n) {
				m.marked = append(m.marked, n)
			}
			switch n.DataAtom {
			case atom.Html:
				m.Lang = attr(n, "lang")
			case atom.Body:
				m.body = n
			case atom.Title:
				if titleTag == "" && n.FirstChild != nil {
					titleTag = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				content := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					ogTitle = content
				case "og:site_name", "application-name", "publisher":
					if m.SiteName == "" {
						m.SiteName = content
					}
				case "og:url":
					if m.Canonical == "" {
						m.Canonical = content
					}
				case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
					"sailthru.date", "article.published", "og:published_time":
					dates = append(dates, content)
				case "author", "article:author":
					if m.Author == "" {
						m.Author = content
					}
				}
			case atom.Time:
				m.clocks = append(m.clocks, n)
				// A <time> marked as the publication date, else the first
				// one, after every date the meta tags give.
				if v := attr(n, "datetime"); v != "" {
					c := strings.ToLower(attr(n, "class") + attr(n, "itemprop"))
					if hasAttr(n, "pubdate") || strings.Contains(c, "publish") || strings.Contains(c, "entry-date") {
						markedTimes = append(markedTimes, v)
					} else {
						times = append(times, v)
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
					m.Canonical = attr(n, "href")
				}
			case atom.Script:
				if !strings.EqualFold(attr(n, "type"), "application/ld+json") {
					drop = append(drop, n)
				} else if n.FirstChild != nil {
					h, p, d, body := readJSONLD(n.FirstChild.Data)
					if m.articleBody == "" {
						m.articleBody = body
					}
					if ldHeadline == "" {
						ldHeadline = h
					}
					if ldPublisher == "" {
						ldPublisher = p
					}
					if d != "" {
						dates = append(dates, d)
					}
				}
				return
			case atom.Style:
				drop = append(drop, n)
				return
			case atom.Noscript:
				return
			case atom.Blockquote:
				if embeddedPost(n) {
					drop = append(drop, n)
					return
				}
			case atom.Form:
				if box := formBox(n); box != nil {
					m.marked = append(m.marked, box)
				}
			case atom.Ul, atom.Ol:
				m.lists = append(m.lists, n)
			case atom.Section:
				if isGallery(n) {
					m.lists = append(m.lists, n)
				}
			case atom.H1:
				h1s = append(h1s, n)
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				m.headings = append(m.headings, n)
			case atom.Span, atom.Div, atom.P:
				if c := strings.ToLower(attr(n, "class")); strings.Contains(c, "time") || strings.Contains(c, "hora") {
					m.clocks = append(m.clocks, n)
				}
				if n.DataAtom == atom.P {
					paras = append(paras, n)
				}
				if n.DataAtom == atom.Div && isGallery(n) {
					m.lists = append(m.lists, n)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
	m.Headlines = []string{ogTitle, ldHeadline, titleTag}
	m.Title = firstNonEmpty(ogTitle, ldHeadline, titleTag)
	m.standfirst = findStandfirst(h1s, m.Headlines)
	m.marked = withoutHeadline(append(m.marked, widgetBodies(m.headings)...), h1s)
	if len(h1s) == 0 && len(m.headings) > 0 {
		m.topHeading = m.headings[0]
	}
	site := siteHost(m.Canonical)
	for _, p := range paras {
		if isLinkLine(p, site) {
			if m.linkLines == nil {
				m.linkLines = map[string]bool{}
			}
			m.linkLines[fold.Words(leadText(p, 2000))] = true
		}
	}
	if m.SiteName == "" {
		m.SiteName = ldPublisher
	}
	if len(times) > 1 {
		times = times[:1]
	}
	for _, d := range append(append(dates, markedTimes...), times...) {
		if t, ok := parseMetaTime(d); ok {
			m.Published = t
			break
		}
	}
	if i := strings.IndexAny(m.Lang, "-_"); i > 0 {
		m.Lang = m.Lang[:i]
	}
	m.Lang = strings.ToLower(m.Lang)
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// readJSONLD reads headline, publisher name, datePublished and articleBody
// from a JSON-LD block (an object, an array, or an @graph).
func readJSONLD(s string) (headline, publisher, published, body string) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if h, ok := x["headline"].(string); ok && headline == "" {
				headline = h
			}
			if b, ok := x["articleBody"].(string); ok && body == "" {
				body = b
			}
			if d, ok := x["datePublished"].(string); ok && published == "" {
				published = d
			}
			if p, ok := x["publisher"].(map[string]any); ok && publisher == "" {
				publisher, _ = p["name"].(string)
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
	return
}

var metaTimeLayouts = []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123}

func parseMetaTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range metaTimeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
