// Package svg writes the report's charts as plain SVG: horizontal bars,
// stacked columns and a timeline. Every mark can link to an anchor, so a
// chart in an HTML page leads to the records behind each bar. Styling is by
// class names; the page's stylesheet colours them.
package svg

import (
	"html"
	"strconv"
	"strings"
)

// Doc is an SVG document being written.
type Doc struct {
	b    strings.Builder
	W, H float64
}

// New starts a document of the given size with an accessible title.
func New(w, h float64, id, title string) *Doc {
	d := &Doc{W: w, H: h}
	d.b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 `)
	d.num(w)
	d.b.WriteByte(' ')
	d.num(h)
	d.b.WriteString(`" width="`)
	d.num(w)
	d.b.WriteString(`" height="`)
	d.num(h)
	d.b.WriteString(`"`)
	if id != "" {
		d.attr("id", id)
		d.attr("aria-labelledby", id+"-title")
	}
	d.b.WriteString(`><title`)
	if id != "" {
		d.attr("id", id+"-title")
	}
	d.b.WriteString(`>`)
	d.b.WriteString(html.EscapeString(title))
	d.b.WriteString("</title>\n")
	return d
}

// String closes the document and returns it.
func (d *Doc) String() string { return d.b.String() + "</svg>\n" }

func (d *Doc) num(v float64) { d.b.WriteString(strconv.FormatFloat(v, 'f', -1, 64)) }

// coord writes a coordinate rounded to a tenth of a pixel, which keeps big
// maps small without visible loss.
func (d *Doc) coord(v float64) {
	d.b.WriteString(strconv.FormatFloat(float64(int64(v*10+sign(v)*0.5))/10, 'f', -1, 64))
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

func (d *Doc) attr(name, value string) {
	if value == "" {
		return
	}
	d.b.WriteByte(' ')
	d.b.WriteString(name)
	d.b.WriteString(`="`)
	d.b.WriteString(html.EscapeString(value))
	d.b.WriteByte('"')
}

func (d *Doc) fattr(name string, v float64) {
	d.b.WriteByte(' ')
	d.b.WriteString(name)
	d.b.WriteString(`="`)
	d.coord(v)
	d.b.WriteByte('"')
}

// Link wraps what draw writes in a link to href with a tooltip; with no
// href, only the tooltip group is written.
func (d *Doc) Link(href, tip string, draw func()) {
	if href != "" {
		d.b.WriteString(`<a`)
		d.attr("href", href)
		d.b.WriteString(`>`)
	} else {
		d.b.WriteString(`<g>`)
	}
	if tip != "" {
		d.b.WriteString(`<title>`)
		d.b.WriteString(html.EscapeString(tip))
		d.b.WriteString(`</title>`)
	}
	draw()
	if href != "" {
		d.b.WriteString("</a>\n")
	} else {
		d.b.WriteString("</g>\n")
	}
}

// Group wraps what draw writes in a group with an id and class.
func (d *Doc) Group(id, class string, draw func()) {
	d.b.WriteString(`<g`)
	d.attr("id", id)
	d.attr("class", class)
	d.b.WriteString(">\n")
	draw()
	d.b.WriteString("</g>\n")
}

// Rect draws a rectangle.
func (d *Doc) Rect(x, y, w, h float64, class string) {
	d.b.WriteString(`<rect`)
	d.fattr("x", x)
	d.fattr("y", y)
	d.fattr("width", w)
	d.fattr("height", h)
	d.attr("class", class)
	d.b.WriteString("/>")
}

// Circle draws a circle.
func (d *Doc) Circle(cx, cy, r float64, class string) {
	d.b.WriteString(`<circle`)
	d.fattr("cx", cx)
	d.fattr("cy", cy)
	d.fattr("r", r)
	d.attr("class", class)
	d.b.WriteString("/>")
}

// Line draws a line.
func (d *Doc) Line(x1, y1, x2, y2 float64, class string) {
	d.b.WriteString(`<line`)
	d.fattr("x1", x1)
	d.fattr("y1", y1)
	d.fattr("x2", x2)
	d.fattr("y2", y2)
	d.attr("class", class)
	d.b.WriteString("/>")
}

// Text writes a label; anchor is "start", "middle" or "end".
func (d *Doc) Text(x, y float64, anchor, class, s string) {
	d.b.WriteString(`<text`)
	d.fattr("x", x)
	d.fattr("y", y)
	if anchor != "start" {
		d.attr("text-anchor", anchor)
	}
	d.attr("class", class)
	d.b.WriteString(">")
	d.b.WriteString(html.EscapeString(s))
	d.b.WriteString("</text>")
}

// Path draws a path of rings: each ring a closed polygon of points.
func (d *Doc) Path(id, class, tip string, rings [][][2]float64) {
	d.b.WriteString(`<path`)
	d.attr("id", id)
	d.attr("class", class)
	d.b.WriteString(` d="`)
	for _, ring := range rings {
		for i, p := range ring {
			if i == 0 {
				d.b.WriteByte('M')
			} else {
				d.b.WriteByte('L')
			}
			d.coord(p[0])
			d.b.WriteByte(' ')
			d.coord(p[1])
		}
		d.b.WriteByte('Z')
	}
	d.b.WriteString(`">`)
	if tip != "" {
		d.b.WriteString(`<title>`)
		d.b.WriteString(html.EscapeString(tip))
		d.b.WriteString(`</title>`)
	}
	d.b.WriteString("</path>\n")
}
