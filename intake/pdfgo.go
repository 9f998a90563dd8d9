package intake

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/rastro-project/rastro"
	"golang.org/x/text/encoding/charmap"
)

// pdfTextGo is the fallback when pdftotext is not installed: pdfcpu parses
// the PDF and this file reads the text-showing operators of each page's
// content stream (Tj, TJ, ', "), with line breaks at text-positioning
// operators. Strings are read as WinAnsi, which is right for the standard
// fonts and many simple ones; fonts with their own encodings (most CID
// fonts) give no text, and the warning says so.
func pdfTextGo(b []byte) (text string, pages []int, warnings []string, err error) {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	ctx, err := api.ReadContext(bytes.NewReader(b), conf)
	if err != nil {
		return "", nil, nil, rastro.Errorf(rastro.EINVALID, "PDF cannot be read: %v", err)
	}
	if err := ctx.EnsurePageCount(); err != nil {
		return "", nil, nil, rastro.Errorf(rastro.EINVALID, "PDF cannot be read: %v", err)
	}
	var sb strings.Builder
	empty := 0
	for p := 1; p <= ctx.PageCount; p++ {
		if p > 1 {
			sb.WriteString("\n\n")
		}
		pages = append(pages, sb.Len())
		r, err := pdfcpu.ExtractPageContent(ctx, p)
		var page string
		if err == nil && r != nil {
			content, rerr := io.ReadAll(io.LimitReader(r, 64<<20))
			if rerr == nil {
				page = unwrap(showText(content))
			}
		}
		if page == "" {
			empty++
		}
		sb.WriteString(page)
	}
	warnings = append(warnings, "pdftotext is not installed; text read with the built-in PDF reader, which misses text in fonts with their own encodings")
	switch {
	case strings.TrimSpace(sb.String()) == "":
		warnings = append(warnings, fmt.Sprintf("PDF has no readable text layer (%d pages); no text extracted, OCR is not attempted", ctx.PageCount))
	case empty > 0:
		warnings = append(warnings, fmt.Sprintf("%d of %d PDF pages gave no text", empty, ctx.PageCount))
	}
	return sb.String(), pages, warnings, nil
}

// showText returns the text a content stream shows, a line per text line.
func showText(content []byte) string {
	var out strings.Builder
	var operands [][]byte // strings since the last operator
	dec := charmap.Windows1252.NewDecoder()
	emit := func(s []byte) {
		if t, err := dec.Bytes(s); err == nil {
			out.Write(t)
		}
	}
	newline := func() {
		if out.Len() > 0 && !strings.HasSuffix(out.String(), "\n") {
			out.WriteByte('\n')
		}
	}
	i := 0
	for i < len(content) {
		c := content[i]
		switch {
		case c == '(':
			s, n := literalString(content[i:])
			operands = append(operands, s)
			i += n
		case c == '<' && i+1 < len(content) && content[i+1] != '<':
			end := bytes.IndexByte(content[i:], '>')
			if end < 0 {
				return out.String()
			}
			i += end + 1 // hex strings are glyph codes in CID fonts: skipped
		case c == '%':
			for i < len(content) && content[i] != '\n' && content[i] != '\r' {
				i++
			}
		case isOperatorByte(c):
			j := i
			for j < len(content) && isOperatorByte(content[j]) {
				j++
			}
			switch op := string(content[i:j]); op {
			case "Tj", "TJ":
				for _, s := range operands {
					emit(s)
				}
			case "'", "\"":
				newline()
				for _, s := range operands {
					emit(s)
				}
			case "T*", "Td", "TD", "Tm", "ET":
				newline()
			}
			operands = operands[:0]
			i = j
		case c == ']':
			// In TJ arrays a large negative kerning is a word space.
			i++
		default:
			i++
		}
	}
	return out.String()
}

func isOperatorByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '*' || c == '\'' || c == '"'
}

// literalString reads a PDF literal string at b[0] == '(' and returns its
// bytes and the length consumed.
func literalString(b []byte) ([]byte, int) {
	var out []byte
	depth := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\\' && i+1 < len(b):
			i++
			switch e := b[i]; e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b', 'f':
			case '\r', '\n':
				// line continuation
			default:
				if e >= '0' && e <= '7' {
					v, k := 0, 0
					for k < 3 && i+k < len(b) && b[i+k] >= '0' && b[i+k] <= '7' {
						v = v*8 + int(b[i+k]-'0')
						k++
					}
					out = append(out, byte(v))
					i += k - 1
				} else {
					out = append(out, e)
				}
			}
		case c == '(':
			if depth > 0 {
				out = append(out, c)
			}
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return out, i + 1
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out, len(b)
}
