package report

import (
	"strings"
	"testing"

	"github.com/rastro-project/rastro/gazetteer"
)

func TestLocatorSVG(t *testing.T) {
	depts, err := ParseDepartments(gazetteer.DepartmentsGeoJSON())
	if err != nil {
		t.Fatal(err)
	}
	// Juliaca lies in Puno: the frame holds Puno, highlighted, and the marker.
	s := LocatorSVG(depts, -15.4997, -70.1333, "Where")
	if !strings.HasPrefix(s, "<svg") || !strings.Contains(s, `class="dep hit"`) || strings.Count(s, "<circle") != 2 {
		t.Errorf("locator:\n%.600s", s)
	}
	if !strings.Contains(s, "PUNO") && !strings.Contains(s, "Puno") {
		t.Errorf("Puno not drawn")
	}
	// Far from Peru: the point alone, still drawn.
	if s := LocatorSVG(depts, 48.85, 2.35, "Paris"); strings.Contains(s, "dep hit") || strings.Count(s, "<circle") != 2 {
		t.Errorf("far point:\n%.400s", s)
	}
	if s := LocatorSVG(nil, 0, 0, "x"); strings.Count(s, "<circle") != 2 {
		t.Errorf("no basemap:\n%s", s)
	}
}
