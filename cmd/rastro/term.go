package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/term"
)

// termText is the one function through which the command line prints
// text: control characters other than tab and newline (ESC, BEL, CR,
// backspace, DEL, and the C1 controls such as U+009B, which some terminals
// take as CSI) are shown as Go escapes (\x1b, \u009b), so record text
// cannot move the cursor, rewrite the screen or set the window title.
func termText(s string) string {
	i := strings.IndexFunc(s, isControl)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case !isControl(r):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return r != '\t' && r != '\n' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f)
}

// termWriter passes what is written through termText; Main wraps standard
// output and standard error in one, so every command's output is safe to
// show. A UTF-8 sequence cut between two writes is held until it is whole.
type termWriter struct {
	w    io.Writer
	held []byte
}

func (t *termWriter) Write(p []byte) (int, error) {
	buf := append(t.held, p...)
	cut := len(buf)
	// Hold back an incomplete rune at the end (at most 3 bytes).
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	t.held = append([]byte(nil), buf[cut:]...)
	if _, err := io.WriteString(t.w, termText(string(buf[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush writes a held incomplete rune as it is.
func (t *termWriter) flush() error {
	if len(t.held) == 0 {
		return nil
	}
	_, err := io.WriteString(t.w, termText(string(t.held)))
	t.held = nil
	return err
}

// dataOut is where a command writes a data file it was asked to write to
// standard output (an export, a report with -o -): the bytes as they are
// when output goes to a file or a pipe, escaped when it is a terminal.
func (m *Main) dataOut() io.Writer {
	if f, ok := m.rawStdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return m.Stdout
	}
	return m.rawStdout
}
