package intake

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
)

// pdfTimeout bounds one pdftotext run, so a hostile PDF cannot hang intake.
const pdfTimeout = 2 * time.Minute

// pdftotextName is the program looked up on PATH (tests point it elsewhere
// to exercise the built-in reader).
var pdftotextName = "pdftotext"

// errNoPdftotext says poppler's pdftotext is not installed.
var errNoPdftotext = errors.New("pdftotext not installed")

// pdfText returns the text of a PDF and the offset where each page starts.
// Pages come from poppler's pdftotext (Debian poppler-utils), which ends
// each page with a form feed; lines inside a paragraph are joined, words
// hyphenated at a line end are rejoined, and pages are separated by a blank
// line so that no sentence runs across them.
func pdfText(ctx context.Context, b []byte) (text string, pages []int, title string, warnings []string, err error) {
	bin, lerr := exec.LookPath(pdftotextName)
	if lerr != nil {
		return "", nil, "", nil, errNoPdftotext
	}
	f, err := os.CreateTemp("", "rastro-intake-*.pdf")
	if err != nil {
		return "", nil, "", nil, err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(b); err != nil {
		f.Close()
		return "", nil, "", nil, err
	}
	if err := f.Close(); err != nil {
		return "", nil, "", nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, pdfTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", "-eol", "unix", f.Name(), "-")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ctx.Err() != nil {
		return "", nil, "", nil, rastro.Errorf(rastro.EINVALID, "PDF text extraction took longer than %s", pdfTimeout)
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i > 0 {
			msg = msg[:i]
		}
		return "", nil, "", nil, rastro.Errorf(rastro.EINVALID, "PDF cannot be read: %s", strings.TrimPrefix(msg, "Syntax Error: "))
	}
	raw, w := decodeText(out)
	warnings = append(warnings, w...)
	var sb strings.Builder
	rawPages := strings.Split(raw, "\f")
	if len(rawPages) > 1 && strings.TrimSpace(rawPages[len(rawPages)-1]) == "" {
		rawPages = rawPages[:len(rawPages)-1]
	}
	empty := 0
	for i, p := range rawPages {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		pages = append(pages, sb.Len())
		page := unwrap(p)
		if page == "" {
			empty++
		}
		sb.WriteString(page)
	}
	text = sb.String()
	switch {
	case strings.TrimSpace(text) == "":
		warnings = append(warnings, fmt.Sprintf("PDF has no text layer (%d pages, scanned images?); no text extracted, OCR is not attempted", len(rawPages)))
	case empty > 0:
		warnings = append(warnings, fmt.Sprintf("%d of %d PDF pages have no text layer", empty, len(rawPages)))
	}
	return text, pages, pdfTitle(ctx, f.Name()), warnings, nil
}

// unwrap joins the hard-wrapped lines of one page into paragraphs: a blank
// line ends a paragraph; a line ending in a hyphen after a letter is joined
// to the next without the hyphen.
func unwrap(page string) string {
	var b strings.Builder
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		var line strings.Builder
		for i, l := range para {
			if i > 0 {
				prev := para[i-1]
				if strings.HasSuffix(prev, "-") && len(prev) > 1 && isLetterByte(prev[len(prev)-2]) {
					s := line.String()
					line.Reset()
					line.WriteString(s[:len(s)-1])
				} else {
					line.WriteByte(' ')
				}
			}
			line.WriteString(l)
		}
		b.WriteString(line.String())
		para = para[:0]
	}
	for l := range strings.SplitSeq(page, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			flush()
			continue
		}
		para = append(para, l)
	}
	flush()
	return b.String()
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// pdfTitle reads the document's Title from pdfinfo when it is installed.
func pdfTitle(ctx context.Context, path string) string {
	bin, err := exec.LookPath("pdfinfo")
	if err != nil {
		return ""
	}
	out, err := exec.CommandContext(ctx, bin, "-enc", "UTF-8", path).Output()
	if err != nil {
		return ""
	}
	for l := range strings.SplitSeq(string(out), "\n") {
		if v, ok := strings.CutPrefix(l, "Title:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
