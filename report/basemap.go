package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
	"github.com/rastro-project/rastro"
)

// Department is one first-level division of the map: its two-digit UBIGEO
// code, name and boundary (longitude, latitude).
type Department struct {
	Code     string
	Name     string
	Boundary orb.MultiPolygon
}

// Centroid returns the area centroid of the boundary, where incidents with no
// coordinates of their own are drawn.
func (d Department) Centroid() orb.Point {
	c, _ := planar.CentroidArea(d.Boundary)
	return c
}

// codeKeys and nameKeys are the feature properties that carry a department's
// code and name in the GeoJSON files in use (INEI's IDDPTO, the simplified
// files' FIRST_IDDP).
var (
	codeKeys = []string{"FIRST_IDDP", "IDDPTO", "CCDD", "code", "ubigeo"}
	nameKeys = []string{"NOMBDEP", "DEPARTAMEN", "name"}
)

// ParseDepartments reads department boundaries from a GeoJSON
// FeatureCollection of polygons, in code order.
func ParseDepartments(data []byte) ([]Department, error) {
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "department boundaries: not a GeoJSON feature collection: %v", err)
	}
	out := make([]Department, 0, len(fc.Features))
	for i, f := range fc.Features {
		if f == nil || f.Geometry == nil {
			return nil, rastro.Errorf(rastro.EINVALID, "department boundaries: feature %d has no geometry", i)
		}
		d := Department{Code: firstProp(f.Properties, codeKeys), Name: firstProp(f.Properties, nameKeys)}
		if d.Code == "" {
			return nil, rastro.Errorf(rastro.EINVALID, "department boundaries: feature %d has no code property (%s)", i, strings.Join(codeKeys, ", "))
		}
		if len(d.Code) > 2 {
			d.Code = d.Code[:2] // a full UBIGEO: 150000
		}
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			d.Boundary = orb.MultiPolygon{g}
		case orb.MultiPolygon:
			d.Boundary = g
		default:
			return nil, rastro.Errorf(rastro.EINVALID, "department boundaries: feature %d (%s) is a %s, want a polygon", i, d.Code, f.Geometry.GeoJSONType())
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out, nil
}

func firstProp(p geojson.Properties, keys []string) string {
	for _, k := range keys {
		switch v := p[k].(type) {
		case string:
			if v != "" {
				return v
			}
		case float64:
			return fmt.Sprintf("%02d", int(v))
		}
	}
	return ""
}
