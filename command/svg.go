package command

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/rastro-project/rastro"
)

const (
	boxW       = 300
	boxHead    = 34
	lineH      = 15
	gapX       = 30
	gapY       = 56
	margin     = 20
	legendH    = 40
	maxLabel   = 44
	colorSure  = "#333"
	colorMaybe = "#d9730d"
)

// svgWords are the graph's caption and marks, by language.
var svgWords = map[string]struct{ caption, on, uncertain string }{
	"en": {"Chain of command%s. Solid: child of; dashed: member of (task force); orange: uncertain on the day.", " on %s", " (uncertain)"},
	"es": {"Cadena de mando%s. Línea continua: bajo el mando de; discontinua: miembro de (fuerza de tarea); naranja: incierto ese día.", " el %s", " (incierto)"},
}

// SVG draws one or more chains as a single graph with an English caption;
// see SVGIn.
func SVG(w io.Writer, chains ...*Chain) error { return SVGIn(w, "en", chains...) }

// SVGIn draws one or more chains as a single graph, captioned in lang (en
// or es): units in layers, the highest command at the top, commanders
// inside each box. Member-of links (task forces) are dashed; uncertain
// links and postings are orange.
func SVGIn(w io.Writer, lang string, chains ...*Chain) error {
	words, ok := svgWords[lang]
	if !ok {
		words = svgWords["en"]
	}
	nodes := map[int64]Node{}
	links := map[int64]Link{}
	for _, c := range chains {
		for _, n := range c.Nodes {
			nodes[n.UnitID] = n
		}
		for _, l := range c.Links {
			links[l.RelationID] = l
		}
	}
	// Longest-path layering from the bottom, so that every parent sits above
	// all of its children; the iteration cap guards against cycles.
	layer := map[int64]int{}
	for i := 0; i <= len(nodes); i++ {
		changed := false
		for _, l := range links {
			if layer[l.ParentID] < layer[l.UnitID]+1 {
				layer[l.ParentID] = layer[l.UnitID] + 1
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	top := 0
	for id := range nodes {
		top = max(top, layer[id])
	}
	rows := make([][]Node, top+1)
	for _, n := range nodes {
		row := top - layer[n.UnitID]
		rows[row] = append(rows[row], n)
	}
	type box struct{ x, y, h int }
	boxes := map[int64]box{}
	width, y := 0, margin+legendH
	for _, row := range rows {
		sort.Slice(row, func(i, j int) bool { return row[i].UnitID < row[j].UnitID })
		rowH := boxHead
		for i, n := range row {
			h := boxHead + lineH*len(n.Commanders)
			rowH = max(rowH, h)
			boxes[n.UnitID] = box{margin + i*(boxW+gapX), y, h}
		}
		width = max(width, 2*margin+len(row)*(boxW+gapX)-gapX)
		y += rowH + gapY
	}
	height := y - gapY + margin
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="#fff"/>`+"\n")
	on := ""
	if len(chains) > 0 {
		on = fmt.Sprintf(words.on, chains[0].On)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12">%s</text>`+"\n", margin, margin+4, esc(fmt.Sprintf(words.caption, on)))
	ids := make([]int64, 0, len(links))
	for id := range links {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		l := links[id]
		from, to := boxes[l.UnitID], boxes[l.ParentID]
		color, dash := colorSure, ""
		if l.Certainty == Uncertain {
			color = colorMaybe
		}
		if l.Kind == rastro.MemberOf {
			dash = ` stroke-dasharray="6 4"`
		}
		x1, y1 := from.x+boxW/2, from.y
		x2, y2 := to.x+boxW/2, to.y+to.h
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="1.5"%s><title>%s</title></line>`+"\n",
			x1, y1, x2, y2, color, dash, esc(fmt.Sprintf("relation %d: %s, %s, confidence %s, %s", l.RelationID, l.Kind, l.Certainty, orDash(string(l.Confidence)), cites(l.Citations))))
		fmt.Fprintf(&b, `<polygon points="%d,%d %d,%d %d,%d" fill="%s"/>`+"\n", x2, y2, x2-4, y2+7, x2+4, y2+7, color)
	}
	for _, row := range rows {
		for _, n := range row {
			bx := boxes[n.UnitID]
			fmt.Fprintf(&b, `<g><rect x="%d" y="%d" width="%d" height="%d" rx="4" fill="%s" stroke="#555"/>`+"\n", bx.x, bx.y, boxW, bx.h, forceColor(n.Force))
			fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="bold">%s<title>%s</title></text>`+"\n", bx.x+8, bx.y+20, esc(clip(n.Name)), esc(fmt.Sprintf("unit %d: %s", n.UnitID, n.Name)))
			for i, cm := range n.Commanders {
				color := colorSure
				label := cm.Name
				if cm.Title != "" {
					label += " — " + cm.Title
				}
				if cm.Certainty == Uncertain {
					color = colorMaybe
					label += words.uncertain
				}
				fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s">%s<title>%s</title></text>`+"\n", bx.x+12, bx.y+boxHead+lineH*i+2, color, esc(clip(label)), esc(commanderText(cm)))
			}
			b.WriteString("</g>\n")
		}
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func forceColor(f rastro.Force) string {
	switch f {
	case rastro.ForcePolice:
		return "#e8f0fb"
	case rastro.ForceArmy, rastro.ForceNavy, rastro.ForceAirForce:
		return "#eef6e8"
	}
	return "#f4f4f4"
}

func clip(s string) string {
	r := []rune(s)
	if len(r) <= maxLabel {
		return s
	}
	return string(r[:maxLabel-1]) + "…"
}

func esc(s string) string { return html.EscapeString(s) }
