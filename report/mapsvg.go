package report

import (
	"fmt"
	"math"
	"strconv"

	"github.com/paulmach/orb"
	"github.com/rastro-project/rastro/report/svg"
)

// projection maps longitude and latitude to SVG pixels: equirectangular,
// with longitudes shrunk by the cosine of the middle latitude so shapes keep
// their proportions at Peru's latitudes.
type projection struct {
	bound  orb.Bound
	kx, ky float64
	pad    float64
}

func newProjection(b orb.Bound, width, pad float64) (projection, float64) {
	mid := (b.Min[1] + b.Max[1]) / 2 * math.Pi / 180
	spanX := (b.Max[0] - b.Min[0]) * math.Cos(mid)
	spanY := b.Max[1] - b.Min[1]
	if spanX <= 0 || spanY <= 0 {
		spanX, spanY = 1, 1
	}
	k := (width - 2*pad) / spanX
	p := projection{bound: b, kx: k * math.Cos(mid), ky: k, pad: pad}
	return p, spanY*k + 2*pad
}

func (p projection) xy(pt orb.Point) [2]float64 {
	return [2]float64{p.pad + (pt[0]-p.bound.Min[0])*p.kx, p.pad + (p.bound.Max[1]-pt[1])*p.ky}
}

// rings projects a boundary's rings, for a path.
func (p projection) rings(mp orb.MultiPolygon) [][][2]float64 {
	var out [][][2]float64
	for _, poly := range mp {
		for _, ring := range poly {
			r := make([][2]float64, len(ring))
			for i, pt := range ring {
				r[i] = p.xy(pt)
			}
			out = append(out, r)
		}
	}
	return out
}

// mapSVG draws the departments and the incidents on them, each circle
// linking to the incident's acts.
func mapSVG(depts []Department, points []MapPoint, tr translator) string {
	const width = 520.0
	bound := orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}}
	for _, d := range depts {
		bound = bound.Union(d.Boundary.Bound())
	}
	for _, p := range points {
		bound = bound.Extend(orb.Point{p.Lon, p.Lat})
	}
	proj, height := newProjection(bound, width, 12)
	doc := svg.New(width, height, "fig-map", tr.T("map"))
	hit := map[string]bool{}
	bounds := make([]orb.Bound, len(depts))
	for i, d := range depts {
		bounds[i] = d.Boundary.Bound()
	}
	for _, p := range points {
		for i, d := range depts {
			if pt := (orb.Point{p.Lon, p.Lat}); bounds[i].Contains(pt) && containsPoint(d.Boundary, pt) {
				hit[d.Code] = true
				break
			}
		}
	}
	doc.Group("departments", "", func() {
		for _, d := range depts {
			rings := proj.rings(d.Boundary)
			cls := "dep"
			if hit[d.Code] {
				cls = "dep hit"
			}
			doc.Path("dep-"+d.Code, cls, d.Name, rings)
		}
	})
	maxV := 1
	for _, p := range points {
		if p.Victims > maxV {
			maxV = p.Victims
		}
	}
	legend(doc, height, maxV, tr)
	doc.Group("incidents", "", func() {
		for _, p := range points {
			xy := proj.xy(orb.Point{p.Lon, p.Lat})
			r := circleRadius(p.Victims, maxV)
			cls := "inc"
			if p.Killed > 0 {
				cls += " fatal"
			}
			if p.Approx {
				cls += " approx"
			}
			tip := fmt.Sprintf("%s (%d: %d %s)", p.Title, p.Victims, p.Killed, tr.T("harm.killed"))
			doc.Link(hrefOf(p.Ref), tip, func() { doc.Circle(xy[0], xy[1], r, cls) })
		}
	})
	return doc.String()
}

// legend explains the circle sizes and colours in the sea off the south
// coast, where the map has room.
func legend(doc *svg.Doc, height float64, maxV int, tr translator) {
	doc.Group("map-legend", "legend", func() {
		// Circles side by side on one baseline, each with its count below.
		x, y := 22.0, height-130
		sizes := []int{maxV}
		if maxV >= 4 {
			sizes = append(sizes, maxV/4)
		}
		if maxV > 1 {
			sizes = append(sizes, 1)
		}
		base := y + 2*circleRadius(maxV, maxV)
		cx := x
		for _, n := range sizes {
			r := circleRadius(n, maxV)
			doc.Circle(cx+r, base-r, r, "key")
			doc.Text(cx+r, base+13, "middle", "tick", strconv.Itoa(n))
			cx += 2*r + 8
		}
		y = base + 10
		doc.Circle(x+8, y+44, 6, "inc fatal")
		doc.Text(x+20, y+48, "start", "tick", tr.T("map.key.fatal"))
		doc.Circle(x+8, y+62, 6, "inc")
		doc.Text(x+20, y+66, "start", "tick", tr.T("map.key.injured"))
	})
}

// circleRadius gives an incident's circle an area proportional to its
// victims, with a floor so that one victim stays visible.
func circleRadius(victims, maxV int) float64 {
	return 3 + 19*math.Sqrt(float64(victims)/float64(maxV))
}

// containsPoint reports whether pt lies inside the multipolygon (even-odd
// rule over every ring, so holes are outside).
func containsPoint(mp orb.MultiPolygon, pt orb.Point) bool {
	in := false
	for _, poly := range mp {
		for _, ring := range poly {
			for i, j := 0, len(ring)-1; i < len(ring); j, i = i, i+1 {
				a, b := ring[i], ring[j]
				if (a[1] > pt[1]) != (b[1] > pt[1]) && pt[0] < (b[0]-a[0])*(pt[1]-a[1])/(b[1]-a[1])+a[0] {
					in = !in
				}
			}
		}
	}
	return in
}

// hrefOf turns an anchor into an in-page link ("" stays "").
func hrefOf(anchor string) string {
	if anchor == "" {
		return ""
	}
	return "#" + anchor
}
