package intake

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// How a page's encoding was found, in the WHATWG sniffing order.
const (
	sniffBOM      = "bom"      // a byte-order mark
	sniffDeclared = "declared" // <meta charset> or http-equiv Content-Type in the head
	sniffBelied   = "belied"   // declared, but the bytes cannot be in that encoding
	sniffUTF8     = "utf-8"    // undeclared, and the bytes are valid UTF-8
	sniffMostly   = "mostly"   // undeclared, UTF-8 but for a few stray bytes
	sniffLegacy   = "legacy"   // undeclared and not UTF-8: Windows-1252
)

// sniffHTML picks the encoding of an HTML page in the WHATWG order: a
// byte-order mark; then a charset declared in the head, wherever it stands
// (the standard's prescan stops at 1,024 bytes, which real pages with long
// heads overrun), skipping comments and scripts; then, with nothing declared,
// UTF-8 when the bytes are valid UTF-8, before falling back on Windows-1252,
// the legacy default for Western pages. One departure from the standard: a
// declaration the bytes cannot satisfy (valid multi-byte UTF-8 under a legacy
// charset, or bytes with no UTF-8 in them under UTF-8) gives way to what the
// bytes are, with a warning, where a browser would show mojibake. It returns
// the encoding, its name and which rule decided.
func sniffHTML(b []byte) (enc encoding.Encoding, name, how string) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return unicode.UTF8BOM, "utf-8", sniffBOM
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", sniffBOM
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", sniffBOM
	}
	if label := declaredCharset(b); label != "" {
		if e, n := charset.Lookup(label); e != nil {
			// A page cannot declare itself UTF-16 in ASCII bytes: the
			// standard reads that as UTF-8; x-user-defined as windows-1252.
			switch n {
			case "utf-16le", "utf-16be":
				return unicode.UTF8, "utf-8", sniffDeclared
			case "x-user-defined":
				return charmap.Windows1252, "windows-1252", sniffDeclared
			}
			// A declaration the bytes belie: a page re-encoded as UTF-8
			// (as crawlers and editors save pages) that still declares its
			// old charset, or Latin-1 bytes under a UTF-8 declaration.
			// Natural text in a legacy encoding is never valid UTF-8 with
			// multi-byte sequences, and UTF-8 text always has some.
			switch {
			case n != "utf-8" && utf8.Valid(b) && hasMultibyte(b):
				return unicode.UTF8, "utf-8", sniffBelied
			case n == "utf-8" && !utf8.Valid(b) && !mostlyUTF8(b):
				return charmap.Windows1252, "windows-1252", sniffBelied
			}
			return e, n, sniffDeclared
		}
	}
	if utf8.Valid(b) {
		return unicode.UTF8, "utf-8", sniffUTF8
	}
	if mostlyUTF8(b) {
		return unicode.UTF8, "utf-8", sniffMostly
	}
	return charmap.Windows1252, "windows-1252", sniffLegacy
}

// hasMultibyte reports whether b holds a byte outside ASCII.
func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// mostlyUTF8 reports whether b holds more valid multi-byte UTF-8 sequences
// than invalid bytes: a UTF-8 page with a few stray Latin-1 bytes pasted in,
// which Windows-1252 would turn into mojibake everywhere else.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return good > 0 && bad < good
}

// declaredCharset returns the charset label a page declares in its head,
// from <meta charset> or <meta http-equiv="Content-Type" content="…;
// charset=…">. The tokenizer reads the raw bytes, which is right for every
// ASCII-compatible encoding, and skips comments, scripts and styles; the
// search stops where the body starts.
func declaredCharset(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.EndTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); a == atom.Head || a == atom.Body || a == atom.Html {
				return ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Meta:
				if label := metaCharset(z, hasAttr); label != "" {
					return label
				}
			case atom.Body, atom.P, atom.Div, atom.Article, atom.Main, atom.H1, atom.Table, atom.Ul, atom.Section, atom.Header, atom.Nav:
				return ""
			}
		}
	}
}

// metaCharset reads the attributes of a meta tag the tokenizer stands on.
func metaCharset(z *html.Tokenizer, more bool) string {
	var cs, httpEquiv, content string
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(bytes.ToLower(k)) {
		case "charset":
			cs = strings.TrimSpace(string(v))
		case "http-equiv":
			httpEquiv = strings.ToLower(strings.TrimSpace(string(v)))
		case "content":
			content = string(v)
		}
	}
	if cs != "" {
		return cs
	}
	if httpEquiv == "content-type" {
		return charsetFromContent(content)
	}
	return ""
}

// charsetFromContent extracts the label from a Content-Type value, as the
// WHATWG "extract a character encoding from a meta element" steps do:
// after "charset", optional spaces, "=", an optionally quoted value.
func charsetFromContent(s string) string {
	lower := strings.ToLower(s)
	for i := 0; ; {
		j := strings.Index(lower[i:], "charset")
		if j < 0 {
			return ""
		}
		i += j + len("charset")
		rest := strings.TrimLeft(lower[i:], " \t\n\f\r")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\n\f\r")
		if rest == "" {
			return ""
		}
		if q := rest[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(rest[1:], q)
			if end < 0 {
				return ""
			}
			return rest[1 : end+1]
		}
		if end := strings.IndexAny(rest, " \t\n\f\r;"); end >= 0 {
			rest = rest[:end]
		}
		return rest
	}
}

// decodeHTML converts an HTML page to NFC UTF-8 (what go-trafilatura's
// own parser would produce) in the order sniffHTML gives, with a warning
// when the result rests on a guess or a legacy encoding. The page's charset
// declaration is left in place: intake hands go-trafilatura the parsed tree,
// never the bytes, so nothing decodes them a second time.
func decodeHTML(b []byte) ([]byte, []string) {
	enc, name, how := sniffHTML(b)
	var warn []string
	out := b
	switch {
	case name == "utf-8" && how != sniffBOM:
		if how == sniffBelied {
			warn = append(warn, "page is UTF-8 despite the charset it declares; decoded as UTF-8")
		}
		if !utf8.Valid(b) {
			out = bytes.ToValidUTF8(b, []byte("\ufffd"))
			warn = append(warn, "page is UTF-8 with some invalid bytes; they were replaced")
		}
	default:
		var err error
		out, err = enc.NewDecoder().Bytes(b)
		if err != nil {
			out = bytes.ToValidUTF8(b, []byte("\ufffd"))
			warn = append(warn, "page could not be decoded as "+name+"; invalid bytes replaced")
			break
		}
		switch how {
		case sniffLegacy:
			warn = append(warn, "page declares no charset and is not UTF-8; decoded as Windows-1252")
		case sniffDeclared:
			warn = append(warn, "page decoded from "+name)
		case sniffBelied:
			warn = append(warn, "page declares UTF-8 but its bytes are not; decoded as Windows-1252")
		}
	}
	if !norm.NFC.IsNormal(out) {
		out = norm.NFC.Bytes(out)
	}
	return out, warn
}
