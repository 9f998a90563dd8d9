package intake

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// article is a Spanish paragraph long enough for go-trafilatura to keep,
// with accents, ñ, an em dash and curly quotes.
const article = "La Defensoría del Pueblo informó que al menos dieciocho personas murieron en Juliaca — la ciudad más golpeada — y que “los heridos siguen llegando” al hospital Carlos Monge Medrano, según el señor Ñahui, vecino del barrio."

// longHead is head furniture that pushes a charset declaration past the
// first kilobyte, as real pages with many meta and link tags do.
var longHead = strings.Repeat(`<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="preload" href="/assets/fonts/roboto-regular.woff2" as="font">`+"\n", 12)

func page(head, body string) string {
	return "<!DOCTYPE html><html lang=\"es\"><head>" + head + "<title>Nota</title></head><body><article><h1>Muertos en Juliaca</h1><p>" + body + "</p><p>" + body + "</p></article></body></html>"
}

func win1252(t *testing.T, s string) string {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSniffHTML walks every branch of the sniffing order.
func TestSniffHTML(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(page(`<meta charset="utf-16">`, article))
	latin := win1252(t, article)
	for _, tc := range []struct {
		name, page, enc, how string
		warn                 bool
	}{
		{"UTF-8 BOM beats a declared legacy charset", "\ufeff" + page(`<meta charset="windows-1252">`, article), "utf-8", sniffBOM, false},
		{"UTF-16 BOM", utf16, "utf-16le", sniffBOM, false},
		{"meta charset", page(`<meta charset="ISO-8859-1">`, latin), "windows-1252", sniffDeclared, true},
		{"meta charset past the first kilobyte", page(longHead+`<meta charset="windows-1252">`, latin), "windows-1252", sniffDeclared, true},
		{"http-equiv past the first kilobyte", page(longHead+`<meta http-equiv="Content-Type" content="text/html; charset='latin1'">`, latin), "windows-1252", sniffDeclared, true},
		{"a declaration in a comment is not one", page(`<!-- <meta charset="windows-1252"> -->`, article), "utf-8", sniffUTF8, false},
		{"a declaration in a script is not one", page(`<script>document.write('<meta charset="windows-1252">')</script>`, article), "utf-8", sniffUTF8, false},
		{"a declaration in the body is not one", page("", article) + `<meta charset="windows-1252">`, "utf-8", sniffUTF8, false},
		{"declared UTF-16 in ASCII bytes is UTF-8", page(`<meta charset="utf-16">`, article), "utf-8", sniffDeclared, false},
		{"declared UTF-8, bytes Latin-1", page(`<meta charset="utf-8">`, latin), "windows-1252", sniffBelied, true},
		{"declared UTF-8, bytes UTF-8 but for a stray byte", page(`<meta charset="utf-8">`, article+" Caf\xe9."), "utf-8", sniffDeclared, true},
		{"declared legacy, bytes re-encoded as UTF-8", page(longHead+`<meta charset="windows-1252">`, article), "utf-8", sniffBelied, true},
		{"undeclared valid UTF-8 with accents only past the first kilobyte", page(longHead, article), "utf-8", sniffUTF8, false},
		{"undeclared UTF-8 with a stray Latin-1 byte", page("", article+" Caf\xe9."), "utf-8", sniffMostly, true},
		{"undeclared legacy bytes", page(longHead, latin), "windows-1252", sniffLegacy, true},
		{"an unknown label falls through to the UTF-8 check", page(`<meta charset="klingon">`, article), "utf-8", sniffUTF8, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, name, how := sniffHTML([]byte(tc.page))
			if name != tc.enc || how != tc.how {
				t.Errorf("sniffed %s by %s, want %s by %s", name, how, tc.enc, tc.how)
			}
			doc, err := Clean(context.Background(), []byte(tc.page), Meta{Name: "nota.html"})
			if err != nil {
				t.Fatal(err)
			}
			if (len(doc.Warnings) > 0) != tc.warn {
				t.Errorf("warnings %q", doc.Warnings)
			}
			want := "“los heridos siguen llegando” al hospital"
			if strings.Contains(tc.name, "stray byte") {
				want = "Caf\ufffd." // an invalid byte becomes U+FFFD, nothing else changes
			}
			if !strings.Contains(doc.Source.Text, want) || strings.Contains(doc.Source.Text, "Ã") {
				t.Errorf("text %q lacks %q", doc.Source.Text, want)
			}
		})
	}
}

func TestCharsetFromContent(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=ISO-8859-1":       "iso-8859-1",
		"text/html;charset = \"utf-8\" ":      "utf-8",
		"text/html; charset='windows-1252'":   "windows-1252",
		"text/html; charsetx; charset=koi8-r": "koi8-r",
		"text/html":                           "",
		"text/html; charset=\"unterminated":   "",
		"text/html; charset=":                 "",
	} {
		if got := charsetFromContent(in); got != want {
			t.Errorf("charsetFromContent(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNFC: decomposed accents (as some editors save them) come out composed,
// so words match however the page spelled them.
func TestNFC(t *testing.T) {
	out, _ := decodeHTML([]byte(page("", "Defensori\u0301a del Pueblo en Ilave, nin\u0303o herido.")))
	if !strings.Contains(string(out), "Defensoría del Pueblo en Ilave, niño") {
		t.Errorf("not NFC: %q", out)
	}
}

func TestDecodeText(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String("Niño herido en Puno")
	for _, tc := range []struct{ in, want string }{
		{utf16, "Niño herido en Puno"},
		{"\ufeffNiño herido", "Niño herido"},
		{"Niño herido en Puno, café \xe9", "Niño herido en Puno, café \ufffd"},
		{win1252(t, "Niño “herido”"), "Niño “herido”"},
	} {
		if got, _ := decodeText([]byte(tc.in)); got != tc.want {
			t.Errorf("decodeText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if f, err := Detect([]byte(utf16), "nota.txt"); err != nil || f != FormatText {
		t.Errorf("UTF-16 text detected as %s, %v", f, err)
	}
}
