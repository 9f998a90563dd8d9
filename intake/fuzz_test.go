package intake

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rastro-project/rastro/internal/textcheck"
)

// FuzzCleanText: the scraped-text cleaner keeps valid UTF-8 valid, never
// grows the text, and leaves no page-furniture line behind.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"Title\n\nRead Also: x\nBody 3 muertos.\r\n", "Lee también: a\n\n\n\nb", "\u00a0\n\r\r\n", "Facebook Twitter\nx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := cleanText(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of valid input")
		}
		if len(out) > len(s) {
			t.Fatalf("cleaned text grew: %d > %d", len(out), len(s))
		}
		for _, l := range strings.Split(out, "\n") {
			if isFurniture(strings.TrimSpace(strings.ReplaceAll(l, "\u00a0", " "))) {
				t.Fatalf("furniture line left: %q", l)
			}
		}
	})
}

// FuzzClean: any bytes give a document or an error, never a panic; a
// document's text is valid UTF-8 and its pages lie inside it.
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"<html><head><title>T</title></head><body><p>Lima.- 3 muertos en Puno.</p></body></html>",
		"<html><body><article><p>Truncated <b>page",
		"plain text\nRead Also: x\n",
		"\xe1rbol con tilde en Latin-1 \xf1",
		"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n",
		"<script>alert(1)</script><p>x</p>",
		"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1252\"></head><body><p>Ni\xf1o \x93herido\x94</p></body></html>",
		"\xff\xfe<\x00p\x00>\x00",
		"plain\x00text, 3 muertos",
		"<html><head><title>T\x00</title></head><body><p>a&#0;b</p></body></html>",
		"<table><tr><td>Puno</td><td>18</td></tr></table><ul><li>a<li>b</ul>",
		"<div class=\"post comments\"><h1>T</h1><article class=b><p>One entry.</p></article><article class=b><p>Two.<figure>x</figure></p></article><article class=b><p>Three.</p></article><h2 class=sr-only>Hidden</h2></div>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Clean(context.Background(), b, Meta{Name: "fuzz"})
		if err != nil {
			return
		}
		// Clean text only: PostgreSQL refuses a NUL that SQLite would store.
		if err := textcheck.Value(doc.Source); err != nil {
			t.Fatalf("source %v", err)
		}
		for _, p := range doc.Source.Pages {
			if p < 0 || p > len(doc.Source.Text) {
				t.Fatalf("page offset %d outside text of %d bytes", p, len(doc.Source.Text))
			}
		}
		res := doc.Extract()
		for _, c := range res.Claims {
			if doc.Source.Text[c.Start:c.End] != c.Text {
				t.Fatalf("claim span is not its text")
			}
		}
	})
}

// FuzzShowText: the built-in PDF content reader ends on any bytes and its
// output is valid UTF-8.
func FuzzShowText(f *testing.F) {
	for _, s := range []string{"BT /F1 12 Tf (Hola \\(mundo\\)) Tj T* [(a) -200 (b)] TJ ET", "(unclosed", "<414243> Tj", "(\\101\\7) ' (x) \" % comment\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if out := showText(b); !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8")
		}
	})
}

// FuzzDecodeHTML: any bytes decode to valid UTF-8, and the declared
// charset is found without a panic whatever the markup.
func FuzzDecodeHTML(f *testing.F) {
	for _, s := range []string{
		`<meta charset="iso-8859-1"><p>Ni\xf1o</p>`,
		`<!-- <meta charset="koi8-r"> --><meta http-equiv="Content-Type" content="text/html; charset='utf-8'">`,
		"\xef\xbb\xbf<p>x</p>", "\xfe\xff\x00<\x00p", "<head><script>'<meta charset=x>'</script></head>caf\xc3\xa9 \xe9",
		`<meta http-equiv=content-type content="charset=">`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		out, _ := decodeHTML(b)
		if !utf8.Valid(out) {
			t.Fatalf("decodeHTML gave invalid UTF-8")
		}
		_ = charsetFromContent(string(b))
	})
}

// FuzzTrimHeader: trimming the header only ever drops whole paragraphs from
// the start, so the result is a suffix of the text, and never empties it.
func FuzzTrimHeader(f *testing.F) {
	f.Add("Headline of the day\n\nBy Ana Pérez · 3 May 2023\n\nThe first paragraph.", "Headline of the day | Site")
	f.Add("14:32\n\nPolice fired.", "")
	f.Add("\n\n\n\n", "x")
	f.Fuzz(func(t *testing.T, text, title string) {
		out := trimHeader(text, []string{title})
		if !strings.HasSuffix(text, out) {
			t.Fatalf("trimHeader(%q) = %q, not a suffix", text, out)
		}
		if strings.TrimSpace(text) != "" && strings.TrimSpace(out) == "" {
			t.Fatalf("trimHeader emptied %q", text)
		}
	})
}

// TestCleanReplacesNUL: a NUL byte in a text file becomes a space, said in a
// warning, so the source stores alike in SQLite and PostgreSQL.
func TestCleanReplacesNUL(t *testing.T) {
	doc, err := Clean(context.Background(), []byte("plain\x00text, 3 muertos"), Meta{Name: "a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source.Text != "plain text, 3 muertos" || !strings.Contains(strings.Join(doc.Warnings, "; "), "1 NUL character replaced by a space") {
		t.Errorf("text %q, warnings %q", doc.Source.Text, doc.Warnings)
	}
}
