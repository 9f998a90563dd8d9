// Package intake takes documents in as Rastro sources: it recognises HTML,
// plain text and PDF, keeps the original bytes and their SHA-256, cleans the
// text of page furniture (go-trafilatura for HTML, line rules for scraped
// text, poppler's pdftotext for PDF, page by page), reads the metadata the
// document carries (title, publisher, date, canonical URL, language), and
// hands the cleaned text to package extract for claims.
package intake

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Format is what a document is, as far as intake is concerned.
type Format string

const (
	FormatHTML Format = "html"
	FormatText Format = "text"
	FormatPDF  Format = "pdf"
)

// MediaType returns the IANA media type of the format.
func (f Format) MediaType() string {
	switch f {
	case FormatHTML:
		return "text/html"
	case FormatPDF:
		return "application/pdf"
	}
	return "text/plain"
}

// magic numbers of binary formats intake does not read, to name them in
// the error.
var magic = []struct {
	prefix []byte
	name   string
}{
	{[]byte("\x89PNG"), "a PNG image"}, {[]byte("\xff\xd8\xff"), "a JPEG image"}, {[]byte("GIF8"), "a GIF image"},
	{[]byte("PK\x03\x04"), "a ZIP archive (or DOCX/XLSX)"}, {[]byte("\x1f\x8b"), "a gzip file"},
	{[]byte("\xd0\xcf\x11\xe0"), "an old Microsoft Office file"}, {[]byte("RIFF"), "a RIFF media file"},
	{[]byte("\x00\x00\x00"), "a media or binary file"}, {[]byte("ID3"), "an MP3 file"}, {[]byte("\x7fELF"), "an executable"},
}

// Detect tells the format of a document from its bytes (and, when the bytes
// leave it open, its file name). Binary content that is none of the three is
// an EINVALID error naming what it looks like.
func Detect(b []byte, name string) (Format, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", rastro.Errorf(rastro.EINVALID, "%s: empty file", displayName(name))
	}
	if utf16BOM(b) {
		// Pages saved as UTF-16 are text full of zero bytes: judge them
		// by their decoded start.
		start := b[:min(len(b), 4096)&^1]
		dec, _ := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(start)
		if len(dec) == 0 {
			return "", rastro.Errorf(rastro.EINVALID, "%s: not UTF-16 despite its byte-order mark", displayName(name))
		}
		b = dec
	}
	head := b[:min(len(b), 1024)]
	if bytes.HasPrefix(bytes.TrimLeft(head, "\x00\t\r\n "), []byte("%PDF-")) {
		return FormatPDF, nil
	}
	for _, m := range magic {
		if bytes.HasPrefix(b, m.prefix) {
			return "", rastro.Errorf(rastro.EINVALID, "%s: looks like %s, not HTML, text or PDF", displayName(name), m.name)
		}
	}
	if binary(b) {
		return "", rastro.Errorf(rastro.EINVALID, "%s: binary content, not HTML, text or PDF", displayName(name))
	}
	lower := strings.ToLower(string(bytes.TrimLeft(head, "\ufeff\t\r\n ")))
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<article", "<div", "<p>", "<p "} {
		if strings.HasPrefix(lower, tag) || strings.Contains(lower, tag) && strings.Count(lower, "<") > 3 {
			return FormatHTML, nil
		}
	}
	switch ext := strings.ToLower(name[strings.LastIndexByte(name, '.')+1:]); ext {
	case "html", "htm", "xhtml":
		return FormatHTML, nil
	case "pdf":
		return "", rastro.Errorf(rastro.EINVALID, "%s: named .pdf but does not start with %%PDF-", displayName(name))
	}
	return FormatText, nil
}

func utf16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff"))
}

// binary reports whether the first 8 KiB hold many control bytes (text has
// none but tabs, line breaks and form feeds).
func binary(b []byte) bool {
	sample := b[:min(len(b), 8192)]
	ctl := 0
	for _, c := range sample {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			ctl++
		}
	}
	return ctl*20 > len(sample) // more than 5%
}

func displayName(name string) string {
	if name == "" {
		return "input"
	}
	return name
}

// decodeText returns text as UTF-8: decoded from UTF-16 after its
// byte-order mark; unchanged when it is valid UTF-8 (without a byte-order
// mark) or UTF-8 but for a few stray bytes, which are replaced; else decoded
// as Windows-1252, the superset of Latin-1 that Spanish pages use, with a
// warning.
func decodeText(b []byte) (string, []string) {
	if utf16BOM(b) {
		if out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b); err == nil {
			return string(out), nil
		}
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if utf8.Valid(b) {
		return string(b), nil
	}
	if mostlyUTF8(b) {
		return strings.ToValidUTF8(string(b), "\ufffd"), []string{"text is UTF-8 with some invalid bytes; they were replaced"}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\ufffd"), []string{"text is not valid UTF-8; invalid bytes replaced"}
	}
	return string(out), []string{"text is not valid UTF-8; decoded as Windows-1252 (Latin-1)"}
}
