package report

import (
	"bufio"
	"html"
	"strconv"
	"strings"
)

// htmlw writes the big tables (acts, assessments, chains) directly: through
// the template they cost a reflective call per cell, which dominates a report
// of tens of thousands of acts. Every text goes through text() or td(),
// which escape it. A section is kept as a string (the ones written side by
// side) or streamed into the document (out set), so the largest tables are
// never held in memory whole.
type htmlw struct {
	sb  strings.Builder
	out *bufio.Writer
}

// streamTo returns a writer into the document; bufio keeps the first error,
// which Render's final Flush returns.
func streamTo(out *bufio.Writer) *htmlw { return &htmlw{out: out} }

func (w *htmlw) WriteString(s string) {
	if w.out != nil {
		w.out.WriteString(s)
		return
	}
	w.sb.WriteString(s)
}

func (w *htmlw) Write(p []byte) (int, error) {
	if w.out != nil {
		return w.out.Write(p)
	}
	return w.sb.Write(p)
}

// Grow reserves room for a section kept as a string.
func (w *htmlw) Grow(n int) {
	if w.out == nil {
		w.sb.Grow(n)
	}
}

// String is the section kept as a string.
func (w *htmlw) String() string { return w.sb.String() }

func (w *htmlw) text(s string) { w.WriteString(html.EscapeString(s)) }

// table opens a table and writes its header, one column per catalogue key;
// keys starting with "num:" are right-aligned.
func (w *htmlw) table(class string, tr translator, cols ...string) {
	w.WriteString(`<table class="` + class + `"><thead><tr>`)
	for _, c := range cols {
		if k, ok := strings.CutPrefix(c, "num:"); ok {
			w.WriteString(`<th class="num">`)
			c = k
		} else {
			w.WriteString("<th>")
		}
		w.text(tr.T(c))
		w.WriteString("</th>")
	}
	w.WriteString("</tr></thead>\n<tbody>\n")
}

func (w *htmlw) end() { w.WriteString("</tbody></table>\n") }

// td writes a cell of text.
func (w *htmlw) td(s string) {
	w.WriteString("<td>")
	w.text(s)
	w.WriteString("</td>")
}

// tdTitle writes a cell whose full text is in a tooltip.
func (w *htmlw) tdTitle(s, title string) {
	w.WriteString(`<td title="`)
	w.text(title)
	w.WriteString(`">`)
	w.text(s)
	w.WriteString("</td>")
}

// actLink writes a link to an act's row in the register.
func (w *htmlw) actLink(id int64) {
	n := strconv.FormatInt(id, 10)
	w.WriteString(`<a href="#a` + n + `">` + n + `</a>`)
}

// chip writes a small label: "uncertain", a flag.
func (w *htmlw) chip(class, s string) {
	w.WriteString(` <span class="` + class + `">`)
	w.text(s)
	w.WriteString("</span>")
}
