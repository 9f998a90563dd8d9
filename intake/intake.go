package intake

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/extract"
	"github.com/rastro-project/rastro/ingest"
)

// Meta is what the caller knows about a document (see ingest.Meta).
type Meta = ingest.Meta

// Document is a cleaned document, ready to be stored.
type Document struct {
	Source rastro.Source
	// PublishedAt is the publication time with its offset when the
	// document gives one; zero when unknown.
	PublishedAt time.Time
	Format      Format
	Method      string   // how the text was obtained: trafilatura, json-ld-articlebody, html-text, html-stream, text, pdftotext
	Warnings    []string // best-effort results the investigator should know about
	Removed     []string // page-furniture lines dropped from plain text
	Dateline    *extract.Dateline
}

// maxDocumentBytes is the largest document intake accepts at all.
const maxDocumentBytes = 256 << 20

// Clean detects the format of original, extracts and cleans its text, and
// fills the source's metadata: from the document, then from meta, then
// from the text's dateline (publisher) and language detection.
func Clean(ctx context.Context, original []byte, meta Meta) (*Document, error) {
	if len(original) > maxDocumentBytes {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: %d MiB is larger than the %d MiB intake accepts", displayName(meta.Name), len(original)>>20, maxDocumentBytes>>20)
	}
	format, err := Detect(original, meta.Name)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(original)
	d := &Document{Format: format}
	d.Source = rastro.Source{Kind: rastro.SourceNews, MediaType: format.MediaType(), Size: int64(len(original)), SHA256: hex.EncodeToString(sum[:])}
	switch format {
	case FormatHTML:
		text, hm, method, warn, err := cleanHTML(original, meta.URL)
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "%s: %v", displayName(meta.Name), err)
		}
		d.Source.Text, d.Method, d.Warnings = text, method, warn
		d.Source.Title, d.Source.Publisher, d.Source.URL, d.Source.Language = hm.Title, hm.SiteName, hm.Canonical, hm.Language()
		d.PublishedAt = hm.Published
	case FormatText:
		text, warn := decodeText(original)
		d.Source.Text, d.Removed = cleanText(text)
		d.Method, d.Warnings = "text", warn
	case FormatPDF:
		d.Source.Kind = rastro.SourceOther
		text, pages, title, warn, err := pdfText(ctx, original)
		method := "pdftotext"
		if errors.Is(err, errNoPdftotext) {
			text, pages, warn, err = pdfTextGo(original)
			method = "pdfcpu"
		}
		if err != nil {
			return nil, prefixError(meta.Name, err)
		}
		d.Source.Text, d.Source.Pages, d.Source.Title, d.Method, d.Warnings = text, pages, title, method, warn
	}
	d.replaceNUL()
	if err := d.applyMeta(meta); err != nil {
		return nil, err
	}
	if strings.TrimSpace(d.Source.Text) == "" && format != FormatPDF {
		d.Warnings = append(d.Warnings, "no text left after cleaning")
	}
	return d, nil
}

// replaceNUL turns NUL characters (a text file's stray byte, a PDF's
// metadata) into spaces, byte for byte so page offsets hold: PostgreSQL
// refuses them where SQLite would store them, and a bundle with them would
// not import again.
func (d *Document) replaceNUL() {
	n := 0
	for _, f := range []*string{&d.Source.Text, &d.Source.Title, &d.Source.Publisher, &d.Source.URL, &d.Source.Language} {
		n += strings.Count(*f, "\x00")
		*f = strings.ReplaceAll(*f, "\x00", " ")
	}
	switch {
	case n == 1:
		d.Warnings = append(d.Warnings, "1 NUL character replaced by a space")
	case n > 1:
		d.Warnings = append(d.Warnings, fmt.Sprintf("%d NUL characters replaced by spaces", n))
	}
}

func prefixError(name string, err error) error {
	var e *rastro.Error
	if errors.As(err, &e) {
		return rastro.Errorf(e.Code, "%s: %s", displayName(name), e.Message)
	}
	return fmt.Errorf("%s: %w", displayName(name), err)
}

// Language returns the page's declared language code.
func (m htmlMeta) Language() string {
	if len(m.Lang) == 2 {
		return m.Lang
	}
	return ""
}

func (d *Document) applyMeta(meta Meta) error {
	s := &d.Source
	if meta.Published != "" {
		t, date, err := parsePublished(meta.Published)
		if err != nil {
			return err
		}
		if !d.PublishedAt.IsZero() && rastro.DateOf(d.PublishedAt) != date && date.Precision() == rastro.PrecisionDay {
			d.Warnings = append(d.Warnings, fmt.Sprintf("the publication date given (%s) overrides the page's date %s", date, d.PublishedAt.Format(time.DateOnly)))
		}
		d.PublishedAt = t
		s.Published = date
	} else if !d.PublishedAt.IsZero() {
		s.Published = rastro.DateOf(d.PublishedAt)
	}
	for _, kv := range []struct {
		dst *string
		v   string
	}{{&s.Publisher, meta.Publisher}, {&s.URL, meta.URL}, {&s.Language, meta.Language}, {&s.Title, meta.Title}} {
		if kv.v != "" {
			*kv.dst = kv.v
		}
	}
	if meta.Kind != "" {
		s.Kind = meta.Kind
	}
	if s.Title == "" {
		s.Title = firstLine(s.Text)
	}
	if s.Title == "" {
		s.Title = filepath.Base(displayName(meta.Name))
	}
	if s.Language == "" {
		s.Language = detectLanguage(s.Text)
	}
	return nil
}

// parsePublished reads --published: a date at day, month or year precision,
// or an RFC 3339 time.
func parsePublished(v string) (time.Time, rastro.Date, error) {
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, rastro.DateOf(t), nil
	}
	date, err := rastro.ParseDate(v)
	if err != nil {
		return time.Time{}, rastro.Date{}, rastro.Errorf(rastro.EINVALID, "published date %q: want YYYY-MM-DD, YYYY-MM, YYYY or an RFC 3339 time", v)
	}
	if date.Precision() != rastro.PrecisionDay {
		// Relative dates cannot be resolved against a month; leave the time unset.
		return time.Time{}, date, nil
	}
	return date.First(), date, nil
}

// firstLine returns the first non-empty line of text, if it is short enough
// to be a headline.
func firstLine(text string) string {
	for l := range strings.SplitSeq(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if utf8.RuneCountInString(l) > 200 {
			return ""
		}
		return l
	}
	return ""
}

// detectLanguage guesses the ISO 639-1 code of the text, only when the
// detector is confident.
func detectLanguage(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
		for len(text) > 0 && !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	if strings.TrimSpace(text) == "" {
		return ""
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

// Extract mines the document's cleaned text for claims; a dateline's agency
// becomes the publisher when nothing else named one.
func (d *Document) Extract() extract.Result {
	res := extract.Extract(d.Source.Text, extract.Options{Published: d.PublishedAt, Language: d.Source.Language})
	d.Dateline = res.Dateline
	if d.Source.Publisher == "" && res.Dateline != nil && res.Dateline.Agency != "" {
		d.Source.Publisher = res.Dateline.Agency
	}
	if res.Truncated {
		d.Warnings = append(d.Warnings, "text longer than the extractor reads; claims come from its first 4 MiB only")
	}
	if d.PublishedAt.IsZero() {
		d.Warnings = append(d.Warnings, "no publication date: relative dates are left unresolved (give the publication date)")
	}
	return res
}
