package report

import (
	"testing"

	"github.com/rastro-project/rastro"
)

func FuzzParseDepartments(f *testing.F) {
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"FIRST_IDDP":"21","NOMBDEP":"PUNO"},"geometry":{"type":"Polygon","coordinates":[[[-70,-15],[-69,-15],[-69,-16],[-70,-15]]]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":7},"geometry":{"type":"MultiPolygon","coordinates":[]}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		depts, err := ParseDepartments(data)
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		for _, d := range depts {
			if d.Code == "" || len(d.Code) > 2 {
				t.Fatalf("department code %q", d.Code)
			}
			// Whatever parses can be drawn.
			_ = mapSVG([]Department{d}, nil, translator{"en"})
			_ = d.Centroid()
		}
	})
}

func TestContainsPoint(t *testing.T) {
	d, err := ParseDepartments([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"01"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		x, y float64
		in   bool
	}{{1, 1, true}, {5, 5, false}, {11, 5, false}, {9.9, 9.9, true}} {
		if got := containsPoint(d[0].Boundary, [2]float64{c.x, c.y}); got != c.in {
			t.Errorf("(%v, %v): inside = %v, want %v", c.x, c.y, got, c.in)
		}
	}
}
