package disparity

import (
	"slices"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
)

// How an incident's place was assigned to a province.
const (
	ByUbigeo = "ubigeo" // the place's own INEI code
	ByName   = "name"   // its department and province names (ACLED's admin1, admin2)
	ByPoint  = "point"  // its coordinates fall inside the province's boundary
)

// ProvinceOf returns the UBIGEO code ("DDPP00") of the province a place lies
// in, and how it was found: the place's code when it has one, else the
// province and department names as ACLED gives them, else its coordinates
// inside the embedded province boundaries. "" when none of them tells.
func ProvinceOf(p *rastro.Place) (code, how string) {
	if p == nil {
		return "", ""
	}
	g := gazetteer.Default()
	if len(p.Ubigeo) == 6 {
		if c := p.Ubigeo[:4] + "00"; c != "000000" {
			if gp, ok := g.Lookup(c); ok && gp.Level == gazetteer.LevelProvince {
				return c, ByUbigeo
			}
		}
	}
	if p.Admin2 != "" {
		cands := g.Resolve(p.Admin2)
		if p.Admin1 != "" {
			for _, d := range g.Resolve(p.Admin1) {
				if d.Place.Level == gazetteer.LevelDepartment {
					cands = gazetteer.Within(cands, d.Place.Ubigeo)
					break
				}
			}
		}
		var found []string
		for _, c := range cands {
			if c.Place.Level == gazetteer.LevelProvince {
				found = append(found, c.Place.Ubigeo)
			}
		}
		if len(found) == 1 {
			return found[0], ByName
		}
	}
	if p.Latitude != nil && p.Longitude != nil {
		pt := orb.Point{*p.Longitude, *p.Latitude}
		for _, s := range Boundaries() {
			if s.Bound.Contains(pt) && planar.MultiPolygonContains(s.Boundary, pt) {
				return s.Code, ByPoint
			}
		}
	}
	return "", ""
}

// Boundary is a province's outline from the gazetteer's embedded
// boundaries (J. Eladio, MPL-2.0).
type Boundary struct {
	Code     string // UBIGEO "DDPP00"
	Boundary orb.MultiPolygon
	Bound    orb.Bound
}

var (
	shapesOnce sync.Once
	shapes     []Boundary
)

// Boundaries returns the province outlines, parsed the first time they are
// needed; callers must not change them.
func Boundaries() []Boundary {
	shapes0 := func() []Boundary {
		fc, err := geojson.UnmarshalFeatureCollection(gazetteer.ProvincesGeoJSON())
		if err != nil { // embedded and tested in package gazetteer
			return nil
		}
		var out []Boundary
		for _, f := range fc.Features {
			id, _ := f.Properties["FIRST_IDPR"].(string)
			var mp orb.MultiPolygon
			switch g := f.Geometry.(type) {
			case orb.Polygon:
				mp = orb.MultiPolygon{g}
			case orb.MultiPolygon:
				mp = g
			default:
				continue
			}
			if len(id) != 4 {
				continue
			}
			// A few provinces come as more than one feature: one outline each.
			if i := slices.IndexFunc(out, func(b Boundary) bool { return b.Code == id+"00" }); i >= 0 {
				out[i].Boundary = append(out[i].Boundary, mp...)
				out[i].Bound = out[i].Boundary.Bound()
				continue
			}
			out = append(out, Boundary{Code: id + "00", Boundary: mp, Bound: mp.Bound()})
		}
		return out
	}
	shapesOnce.Do(func() { shapes = shapes0() })
	return shapes
}
