package report

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/rastro-project/rastro/report/svg"
)

// LocatorSVG draws a small map of where a photograph or video was taken:
// the department holding the point and its neighbours' edges, framed around
// the point, with a marker; no tiles are fetched. Without a basemap, or far
// from it, the frame is the point's surroundings alone. title names the
// drawing for screen readers.
func LocatorSVG(depts []Department, lat, lon float64, title string) string {
	const width = 260.0
	pt := orb.Point{lon, lat}
	frame := orb.Bound{Min: orb.Point{lon - 0.5, lat - 0.5}, Max: orb.Point{lon + 0.5, lat + 0.5}}
	for _, d := range depts {
		if b := d.Boundary.Bound(); b.Contains(pt) && containsPoint(d.Boundary, pt) {
			frame = b.Extend(pt)
			break
		}
	}
	proj, height := newProjection(frame, width, 10)
	doc := svg.New(width, height, "", title)
	doc.Rect(0, 0, width, height, "sea")
	doc.Group("", "departments", func() {
		for _, d := range depts {
			if !d.Boundary.Bound().Intersects(frame.Pad(0.2)) {
				continue
			}
			cls := "dep"
			if containsPoint(d.Boundary, pt) {
				cls = "dep hit"
			}
			doc.Path("", cls, d.Name, proj.rings(d.Boundary))
		}
	})
	xy := proj.xy(pt)
	r := math.Max(6, width/40)
	doc.Circle(xy[0], xy[1], r, "inc fatal")
	doc.Circle(xy[0], xy[1], r*2.2, "key")
	return doc.String()
}
