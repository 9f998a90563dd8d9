package svg

import (
	"html"
	"math"
	"strconv"
	"time"
)

// Bar is one bar of a horizontal bar chart.
type Bar struct {
	Label string
	Value int
	Href  string // where the bar leads: the records it counts
	Tip   string
}

// HBars draws labelled horizontal bars with their values, largest first as
// given.
func HBars(id, title string, bars []Bar, width float64) string {
	const rowH, top, labelW = 22.0, 8.0, 150.0
	h := top*2 + rowH*float64(len(bars))
	d := New(width, h, id, title)
	max := 1
	for _, b := range bars {
		if b.Value > max {
			max = b.Value
		}
	}
	plotW := width - labelW - 50
	for i, b := range bars {
		y := top + rowH*float64(i)
		w := plotW * float64(b.Value) / float64(max)
		d.Text(labelW-6, y+rowH*0.68, "end", "lbl", b.Label)
		d.Link(b.Href, b.Tip, func() {
			d.Rect(labelW, y+3, math.Max(w, 1), rowH-6, "bar")
			d.Text(labelW+w+5, y+rowH*0.68, "start", "val", strconv.Itoa(b.Value))
		})
	}
	return d.String()
}

// Stack is one column of a stacked column chart: a value per series.
type Stack struct {
	Label  string
	Values []int
	Hrefs  []string
	Tips   []string
}

// Stacked draws stacked columns, one per stack, with a legend naming the
// series; series i is styled with class "s<i>".
func Stacked(id, title string, series []string, stacks []Stack, width, height float64) string {
	const left, top, bottom, legendH = 40.0, 28.0, 70.0, 0.0
	d := New(width, height, id, title)
	max := 1
	for _, s := range stacks {
		t := 0
		for _, v := range s.Values {
			t += v
		}
		if t > max {
			max = t
		}
	}
	plotH := height - top - bottom
	plotW := width - left - 10
	// Legend.
	x := left
	for i, name := range series {
		cls := "s" + strconv.Itoa(i)
		d.Rect(x, 6, 12, 12, cls)
		d.Text(x+16, 16, "start", "lbl", name)
		x += 24 + 7*float64(len([]rune(name)))
	}
	// Axis with a few ticks.
	step := niceStep(max, 5)
	for v := 0; v <= max; v += step {
		y := top + plotH - plotH*float64(v)/float64(max)
		d.Line(left, y, left+plotW, y, "grid")
		d.Text(left-4, y+4, "end", "tick", strconv.Itoa(v))
	}
	if len(stacks) == 0 {
		return d.String()
	}
	colW := plotW / float64(len(stacks))
	barW := math.Max(colW*0.75, 1)
	labelEvery := int(math.Ceil(14 / colW))
	for i, s := range stacks {
		cx := left + colW*float64(i) + (colW-barW)/2
		base := top + plotH
		for j, v := range s.Values {
			if v == 0 {
				continue
			}
			h := plotH * float64(v) / float64(max)
			base -= h
			var href, tip string
			if j < len(s.Hrefs) {
				href = s.Hrefs[j]
			}
			if j < len(s.Tips) {
				tip = s.Tips[j]
			}
			cls := "s" + strconv.Itoa(j)
			d.Link(href, tip, func() { d.Rect(cx, base, barW, h, cls) })
		}
		if i%labelEvery == 0 {
			lx, ly := cx+barW/2, top+plotH+8
			d.b.WriteString(`<text class="tick" text-anchor="end" transform="rotate(-60 `)
			d.coord(lx)
			d.b.WriteByte(' ')
			d.coord(ly)
			d.b.WriteString(`)"`)
			d.fattr("x", lx)
			d.fattr("y", ly)
			d.b.WriteString(">")
			d.b.WriteString(html.EscapeString(s.Label))
			d.b.WriteString("</text>")
		}
	}
	return d.String()
}

// niceStep returns a round tick step that gives at most about n ticks up to max.
func niceStep(max, n int) int {
	raw := float64(max) / float64(n)
	if raw <= 1 {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*mag >= raw {
			return int(m * mag)
		}
	}
	return int(10 * mag)
}

// Event is a mark on a timeline: a span (or a day) in a lane.
type Event struct {
	Lane       int
	Start, End time.Time // End on or after Start; equal for one day
	Size       int       // the circle's area grows with it
	Class      string
	Href, Tip  string
}

// Timeline draws events over time, one row per lane, with dated ticks.
func Timeline(id, title string, lanes []string, events []Event, width float64) string {
	const laneH, top, left, bottom = 26.0, 10.0, 130.0, 30.0
	h := top + laneH*float64(len(lanes)) + bottom
	d := New(width, h, id, title)
	if len(events) == 0 {
		return d.String()
	}
	min, max := events[0].Start, events[0].End
	maxSize := 1
	for _, e := range events {
		if e.Start.Before(min) {
			min = e.Start
		}
		if e.End.After(max) {
			max = e.End
		}
		if e.Size > maxSize {
			maxSize = e.Size
		}
	}
	max = max.AddDate(0, 0, 1)
	plotW := width - left - 20 - laneH/2 // room for the last circle
	span := max.Sub(min).Hours()
	xOf := func(t time.Time) float64 { return left + plotW*t.Sub(min).Hours()/span }
	for i, name := range lanes {
		y := top + laneH*float64(i)
		if i%2 == 0 {
			d.Rect(left, y, plotW, laneH, "lane")
		}
		d.Text(left-6, y+laneH*0.65, "end", "lbl", name)
	}
	axisY := top + laneH*float64(len(lanes))
	d.Line(left, axisY, left+plotW, axisY, "axis")
	for _, t := range ticks(min, max) {
		x := xOf(t)
		d.Line(x, top, x, axisY+4, "grid")
		d.Text(x, axisY+18, "middle", "tick", t.Format("2006-01-02"))
	}
	rMax := laneH*0.5 - 1
	for _, e := range events {
		y := top + laneH*float64(e.Lane) + laneH/2
		x1, x2 := xOf(e.Start), xOf(e.End.AddDate(0, 0, 1))
		r := math.Max(2.5, rMax*math.Sqrt(float64(e.Size)/float64(maxSize)))
		d.Link(e.Href, e.Tip, func() {
			if x2-x1 > 2*r {
				d.Line(x1, y, x2, y, "span "+e.Class)
			}
			d.Circle((x1+x2)/2, y, r, e.Class)
		})
	}
	return d.String()
}

// ticks picks round dates between min and max: days, weeks or months, so
// that there are no more than about eight.
func ticks(min, max time.Time) []time.Time {
	days := max.Sub(min).Hours() / 24
	var out []time.Time
	switch {
	case days <= 60:
		step := 1
		for _, s := range []int{1, 2, 7, 14} {
			step = s
			if days/float64(s) <= 8 {
				break
			}
		}
		for t := min; !t.After(max); t = t.AddDate(0, 0, step) {
			out = append(out, t)
		}
	default:
		months := days / 30
		step := 1
		for _, s := range []int{1, 2, 3, 6, 12, 24, 60} {
			step = s
			if months/float64(s) <= 8 {
				break
			}
		}
		t := time.Date(min.Year(), min.Month(), 1, 0, 0, 0, 0, time.UTC)
		if t.Before(min) {
			t = t.AddDate(0, 1, 0)
		}
		for ; !t.After(max); t = t.AddDate(0, step, 0) {
			out = append(out, t)
		}
	}
	return out
}
