package intake

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/tools"
	"golang.org/x/text/encoding/charmap"
)

// makePDF writes a minimal PDF with one page per entry; each page shows its
// lines in Helvetica, or only a filled square when text is "" (a page with
// no text layer, as a scan would be).
func makePDF(pages ...string) []byte {
	var objs []string
	objs = append(objs, "<< /Type /Catalog /Pages 2 0 R >>", "") // pages tree filled below
	objs = append(objs, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	var kids []string
	for _, p := range pages {
		var content string
		if p == "" {
			content = "0.5 g 100 100 400 400 re f"
		} else {
			var b strings.Builder
			b.WriteString("BT /F1 12 Tf 14 TL 72 720 Td ")
			for _, line := range strings.Split(p, "\n") {
				esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(line)
				enc, _ := charmap.Windows1252.NewEncoder().String(esc)
				fmt.Fprintf(&b, "(%s) Tj T* ", enc)
			}
			b.WriteString("ET")
			content = b.String()
		}
		objs = append(objs, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
		contentRef := len(objs)
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", contentRef))
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages))
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func needPdftotext(t *testing.T) {
	if _, err := tools.Find("pdftotext"); err != nil {
		t.Skip(err)
	}
}

func TestPDFPages(t *testing.T) {
	needPdftotext(t)
	pdf := makePDF("Informe sobre Juliaca\nAl menos 17 personas murieron en Juliaca el 9 de enero.", "Segunda pagina: 12 heridos en Puno.")
	doc, err := Clean(context.Background(), pdf, Meta{Name: "informe.pdf", Published: "2023-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatPDF || doc.Method != "pdftotext" || doc.Source.MediaType != "application/pdf" {
		t.Errorf("format %s, method %s, media type %s", doc.Format, doc.Method, doc.Source.MediaType)
	}
	if len(doc.Source.Pages) != 2 || doc.Source.Pages[0] != 0 {
		t.Fatalf("pages %v in %q", doc.Source.Pages, doc.Source.Text)
	}
	second := doc.Source.Text[doc.Source.Pages[1]:]
	if !strings.HasPrefix(second, "Segunda pagina") {
		t.Errorf("page 2 starts %q", second)
	}
	res := doc.Extract()
	var counts []string
	for _, c := range res.Claims {
		if c.Kind == rastro.ClaimCount {
			counts = append(counts, c.Summary)
		}
	}
	if len(counts) != 2 || !strings.Contains(counts[0], "17") || !strings.Contains(counts[1], "12") {
		t.Errorf("counts from the PDF: %v", counts)
	}
}

func TestPDFWithoutTextLayer(t *testing.T) {
	needPdftotext(t)
	doc, err := Clean(context.Background(), makePDF("", ""), Meta{Name: "scan.pdf"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(doc.Source.Text) != "" || len(doc.Warnings) == 0 || !strings.Contains(doc.Warnings[0], "no text layer") {
		t.Errorf("text %q, warnings %v", doc.Source.Text, doc.Warnings)
	}
	if doc.Source.Title != "scan.pdf" {
		t.Errorf("title %q", doc.Source.Title)
	}
}

func TestBrokenPDF(t *testing.T) {
	needPdftotext(t)
	_, err := Clean(context.Background(), []byte("%PDF-1.4\nthis is not a pdf at all"), Meta{Name: "broken.pdf"})
	if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), "broken.pdf") {
		t.Errorf("err = %v", err)
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		want string
	}{
		{"empty.txt", nil, "empty file"},
		{"blank.txt", []byte(" \n\t\n"), "empty file"},
		{"photo.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "PNG image"},
		{"junk.bin", bytes.Repeat([]byte{0, 1, 2, 3, 200, 17}, 500), "binary content"},
		{"fake.pdf", []byte("hello"), "does not start with %PDF-"},
	} {
		_, err := Clean(context.Background(), tc.in, Meta{Name: tc.name})
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), tc.want) || !strings.Contains(rastro.ErrorMessage(err), tc.name) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := Clean(context.Background(), []byte("texto"), Meta{Name: "a.txt", Published: "25/05/2023"}); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("bad --published: %v", err)
	}
}

func TestLatin1Spanish(t *testing.T) {
	text := "PUNO.- Un joven murió en Juliaca; la Defensoría informó que hubo 12 heridos el día jueves.\n"
	latin1, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Clean(context.Background(), latin1, Meta{Name: "nota.txt", Published: "2023-01-13"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source.Text != strings.TrimSpace(text) || len(doc.Warnings) == 0 {
		t.Errorf("text %q, warnings %v", doc.Source.Text, doc.Warnings)
	}
	if doc.Source.Language != "es" {
		t.Errorf("language %q", doc.Source.Language)
	}
	page := []byte(`<html><head><meta charset="iso-8859-1"><title>Nota</title></head><body><article><p>` + string(latin1) + `</p><p>` + strings.Repeat("Otra oración del artículo sobre las protestas en el sur. ", 10) + `</p></article></body></html>`)
	doc, err = Clean(context.Background(), page, Meta{Name: "nota.html"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Source.Text, "Defensoría informó") {
		t.Errorf("HTML text %q", doc.Source.Text)
	}
}

func TestTruncatedHTML(t *testing.T) {
	b := readFixture(t, "blazetrends-amnesty-peru.html")
	cut := b[:len(b)*2/3]
	doc, err := Clean(context.Background(), cut, Meta{Name: "cut.html"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Source.Text, "Amnesty International") {
		t.Errorf("truncated page lost its text: %q", doc.Source.Text)
	}
	if doc.Source.Published != rastro.MustDate("2023-05-25") {
		t.Errorf("published %v", doc.Source.Published)
	}
}

func TestFurniture(t *testing.T) {
	in := "Title\n\nLee también: Otra noticia sobre Indonesia\nRead Also:  Something else\nUsamos cookies para mejorar tu experiencia. Aceptar\nFacebook Twitter WhatsApp\nSección del artículo\n\nPárrafo con 3 muertos.\r\nNoticias relacionadas\nDeja una respuesta\nPlease enter your comment!\n"
	out, removed := cleanText(in)
	want := "Title\n\nSección del artículo\n\nPárrafo con 3 muertos."
	if out != want {
		t.Errorf("cleanText = %q, want %q", out, want)
	}
	if len(removed) != 7 {
		t.Errorf("removed %d lines: %q", len(removed), removed)
	}
}

// TestLargePage feeds a 50 MB page: intake must finish, with a warning,
// and extraction reads only its first part.
func TestLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	var b bytes.Buffer
	b.WriteString("<html><head><title>Big</title></head><body>")
	para := "<p>Al menos 3 personas murieron en Juliaca el 9 de enero, informó la Defensoría del Pueblo.</p>\n"
	for b.Len() < 50<<20 {
		b.WriteString(para)
	}
	b.WriteString("</body></html>")
	start := time.Now()
	doc, err := Clean(context.Background(), b.Bytes(), Meta{Name: "big.html", Published: "2023-01-10"})
	if err != nil {
		t.Fatal(err)
	}
	res := doc.Extract()
	if doc.Method != "html-stream" || !res.Truncated || len(res.Claims) == 0 {
		t.Errorf("method %s, truncated %v, %d claims, warnings %v", doc.Method, res.Truncated, len(res.Claims), doc.Warnings)
	}
	t.Logf("50 MB page: %d claims in %s", len(res.Claims), time.Since(start))
}

// TestPDFWithoutPdftotext reads the same PDFs with the built-in reader.
func TestPDFWithoutPdftotext(t *testing.T) {
	defer func(name string) { pdftotextName = name }(pdftotextName)
	pdftotextName = "rastro-no-such-program"
	pdf := makePDF("Informe (versión 2)\nAl menos 17 personas murieron en Juliaca.", "Segunda pagina: 12 heridos en Puno.")
	doc, err := Clean(context.Background(), pdf, Meta{Name: "informe.pdf"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Method != "pdfcpu" || len(doc.Source.Pages) != 2 || !strings.Contains(doc.Warnings[0], "built-in PDF reader") {
		t.Fatalf("method %s, pages %v, warnings %v", doc.Method, doc.Source.Pages, doc.Warnings)
	}
	want := "Informe (versión 2) Al menos 17 personas murieron en Juliaca.\n\nSegunda pagina: 12 heridos en Puno."
	if doc.Source.Text != want {
		t.Errorf("text %q, want %q", doc.Source.Text, want)
	}
	doc, err = Clean(context.Background(), makePDF(""), Meta{Name: "scan.pdf"})
	if err != nil || len(doc.Warnings) < 2 || !strings.Contains(doc.Warnings[1], "no readable text layer") {
		t.Errorf("scan: %v, %v", err, doc.Warnings)
	}
	if _, err := Clean(context.Background(), []byte("%PDF-1.4\ngarbage"), Meta{Name: "broken.pdf"}); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("broken PDF: %v", err)
	}
}
