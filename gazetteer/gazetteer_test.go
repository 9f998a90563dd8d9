package gazetteer

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/internal/fold"
)

func TestLoadCounts(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var n [4]int
	for _, p := range g.byCode {
		n[p.Level]++
	}
	if n[LevelDepartment] != 25 || n[LevelProvince] != 196 || n[LevelDistrict] != 1892 {
		t.Errorf("departments, provinces, districts = %d, %d, %d; want 25, 196, 1892", n[1], n[2], n[3])
	}
}

func TestLookupAndHierarchy(t *testing.T) {
	g := Default()
	p, ok := g.Lookup("211101")
	if !ok {
		t.Fatal("211101 not found")
	}
	if p.Name != "Juliaca" || p.Level != LevelDistrict || p.Province != "San Román" || p.Department != "Puno" {
		t.Errorf("211101 = %+v", p)
	}
	if p.Latitude > -15 || p.Latitude < -16 || p.Longitude > -70 || p.Longitude < -71 {
		t.Errorf("Juliaca at %v,%v", p.Latitude, p.Longitude)
	}
	if p.Altitude == nil || *p.Altitude < 3800 {
		t.Errorf("Juliaca altitude %v", p.Altitude)
	}
	if p.PovertyTotal == nil || p.PovertyExtreme == nil || *p.PovertyExtreme > *p.PovertyTotal {
		t.Errorf("Juliaca poverty %v %v", p.PovertyTotal, p.PovertyExtreme)
	}
	h := g.Hierarchy("211101")
	var codes []string
	for _, q := range h {
		codes = append(codes, q.Ubigeo+" "+q.Level.String())
	}
	if got := strings.Join(codes, ","); got != "211101 district,211100 province,210000 department" {
		t.Errorf("hierarchy = %s", got)
	}
	if _, ok := g.Lookup("999999"); ok {
		t.Error("999999 found")
	}
	if h := g.Hierarchy("nonsense"); len(h) != 0 {
		t.Errorf("hierarchy of nonsense = %v", h)
	}
	if c := g.Children("211100"); len(c) != 5 || c[0].Name != "Juliaca" {
		t.Errorf("children of San Román = %d, first %v", len(c), c)
	}
	// A new district without coordinates carries its province's.
	if p, _ := g.Lookup("150144"); !p.CoordinatesOfParent || p.Latitude == 0 {
		t.Errorf("150144 = %+v", p)
	}
	// A name the table splits over two lines.
	if p, _ := g.Lookup("010519"); p.Capital != "San Juan de Lopecancha" {
		t.Errorf("010519 capital = %q", p.Capital)
	}
}

func TestResolve(t *testing.T) {
	g := Default()
	tests := []struct {
		name  string
		first string // ubigeo and level of the first candidate
		n     int    // at least this many candidates
	}{
		{"Juliaca", "211101 district", 1},
		{"JULIACA", "211101 district", 1},
		{"Puno", "210000 department", 3},
		{"Ayacucho", "050000 department", 2},
		{"Andahuaylas", "030200 province", 2},
		{"Chincheros", "030600 province", 2},
		{"Lima", "150000 department", 3},
		{"Perú", " country", 1},
		{"peru", " country", 1},
		{"Apurímac", "030000 department", 1},
		{"apurimac", "030000 department", 1},
		{"San Román", "211100 province", 1},
		{"Cuzco", "080000 department", 2},
	}
	for _, tt := range tests {
		c := g.Resolve(tt.name)
		if len(c) < tt.n {
			t.Errorf("Resolve(%q) gave %d candidates, want ≥ %d", tt.name, len(c), tt.n)
			continue
		}
		if got := c[0].Place.Ubigeo + " " + c[0].Place.Level.String(); got != tt.first {
			t.Errorf("Resolve(%q)[0] = %s, want %s", tt.name, got, tt.first)
		}
		if c[0].Rank != 1 || c[0].Ambiguous != (len(c) > 1) {
			t.Errorf("Resolve(%q)[0] rank %d ambiguous %v", tt.name, c[0].Rank, c[0].Ambiguous)
		}
	}
	if c := g.Resolve("Atlantis"); c != nil {
		t.Errorf("Resolve(Atlantis) = %v", c)
	}
	// Several districts of one name: every one kept, seats of a province first.
	sr := g.Resolve("Santa Rosa")
	if len(sr) < 5 {
		t.Fatalf("Santa Rosa: %d candidates", len(sr))
	}
	for i, c := range sr {
		if !c.Ambiguous || c.Rank != i+1 {
			t.Errorf("Santa Rosa candidate %d: %+v", i, c)
		}
	}
	in := Within(sr, "210000")
	if len(in) != 2 { // El Collao and Melgar
		t.Errorf("Santa Rosa within Puno: %d", len(in))
	}
	if one := Within(g.Resolve("Santa Rosa"), "211100"); len(one) != 0 {
		t.Errorf("Santa Rosa within San Román: %v", one)
	}
	lima := Within(g.Resolve("Lima"), "150101")
	if len(lima) != 1 || lima[0].Ambiguous || lima[0].Place.Level != LevelDistrict {
		t.Errorf("Lima within 150101: %+v", lima)
	}
}

func TestRastroPlace(t *testing.T) {
	p, _ := Default().Lookup("211101")
	r := p.Rastro()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if r.Ubigeo != "211101" || r.Admin1 != "Puno" || r.Admin2 != "San Román" || r.Admin3 != "Juliaca" || r.GeoPrecision != 1 || r.Country != "PE" {
		t.Errorf("rastro place = %+v", r)
	}
	c := Default().Country().Rastro()
	if err := c.Validate(); err != nil || c.GeoPrecision != 3 {
		t.Errorf("country place %+v: %v", c, err)
	}
}

func TestGeoJSON(t *testing.T) {
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(DepartmentsGeoJSON(), &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 25 {
		t.Errorf("departments: %s with %d features", fc.Type, len(fc.Features))
	}
	g := Default()
	for _, f := range fc.Features {
		id, _ := f.Properties["FIRST_IDDP"].(string)
		if _, ok := g.Lookup(id + "0000"); !ok {
			t.Errorf("boundary %v has no department", f.Properties)
		}
	}
	if err := json.Unmarshal(ProvincesGeoJSON(), &fc); err != nil || len(fc.Features) < 196 {
		t.Errorf("provinces: %d features, %v", len(fc.Features), err)
	}
	b := DepartmentsGeoJSON()
	b[0] = 'x'
	if DepartmentsGeoJSON()[0] != '{' {
		t.Error("GeoJSON bytes are shared with the caller")
	}
	l := Licenses()
	if !strings.Contains(l["LICENSE.ubigeo-MIT.txt"], "MIT") || !strings.Contains(l["LICENSE.geojson-MPL-2.0.txt"], "Mozilla Public License") {
		t.Error("licence texts missing")
	}
}

func BenchmarkResolve(b *testing.B) {
	g := Default()
	for b.Loop() {
		g.Resolve("Santa Rosa")
	}
}

func TestWorld(t *testing.T) {
	g := Default()
	for _, c := range []struct{ name, country, level string }{
		{"la paz", "BO", "admin1"}, {"sacaba", "BO", "city"}, {"santiago", "CL", "admin1"}, {"cali", "CO", "city"},
		{"quito", "EC", "city"}, {"el alto", "BO", "city"}, {"valle del cauca", "CO", "admin1"},
		// Everyday names of towns GeoNames calls "Villa …", and a district of
		// El Alto added by hand.
		{"yapacani", "BO", "city"}, {"alhue", "CL", "city"}, {"senkata", "BO", "city"},
	} {
		w := g.World(c.name)
		if len(w) == 0 || w[0].Country != c.country || w[0].Level != c.level {
			t.Errorf("World(%q) = %v; want first a %s of %s", c.name, w, c.level, c.country)
		}
	}
	// "Villa Alegre", "Villa Mercedes": the plain word or given name is no
	// town.
	for _, name := range []string{"alegre", "mercedes", "serrano", "presidente frei"} {
		if w := g.World(name); w != nil {
			t.Errorf("World(%q) = %v; want none", name, w)
		}
	}
	if cc, ok := g.OneCountry("sacaba"); !ok || cc != "BO" {
		t.Errorf("OneCountry(sacaba) = %q, %v", cc, ok)
	}
	if _, ok := g.OneCountry("santiago"); ok {
		t.Error("santiago is in several countries")
	}
	if w := g.Water("titicaca"); w == nil || w.Level != "water" {
		t.Errorf("Water(titicaca) = %v", w)
	}
	if !g.WorldFirstWord("valle") || g.WorldFirstWord("juliaca") {
		t.Error("first words of names abroad")
	}
	// A province's seat by its town's name.
	if c := g.Resolve("Puerto Maldonado"); len(c) != 1 || c[0].Place.Ubigeo != "170101" {
		t.Errorf("Resolve(Puerto Maldonado) = %v", c)
	}
	// A division under its usual name, and still under the tables' name;
	// a neighbourhood knows the town it is in.
	for _, name := range []string{"la araucania", "araucania"} {
		if w := g.World(name); len(w) == 0 || w[0].Name != "La Araucanía" || w[0].Country != "CL" {
			t.Errorf("World(%q) = %v; want La Araucanía, CL", name, w)
		}
	}
	// Machine translation's word-for-word "the Valley of the Cauca".
	if w := g.World("valley of the cauca"); len(w) == 0 || w[0].Name != "Valle del Cauca" || w[0].Country != "CO" {
		t.Errorf("World(valley of the cauca) = %v; want Valle del Cauca, CO", w)
	}
	if w := g.World("siloe"); len(w) == 0 || w[0].Town != "Cali" {
		t.Errorf("World(siloe) = %v; want a part of Cali", w)
	}
	if lic := Licenses(); len(lic) < 3 {
		t.Errorf("licences: %v", lic)
	}
}

// A place name from a user's file or form: whatever it is, every candidate
// is a place the gazetteer holds, ranked 1..n, ambiguous exactly when there
// are several; the folded name resolves the same; and narrowing to any code
// keeps only candidates inside it, never panicking on a malformed code.
func FuzzResolve(f *testing.F) {
	f.Add("Santa Rosa", "210000")
	f.Add("Perú", "")
	f.Add("JULIACA", "211101")
	f.Add("lima", "15")
	f.Add("\xff Puno\u00a0", "00")
	g := Default()
	f.Fuzz(func(t *testing.T, name, code string) {
		cands := g.Resolve(name)
		for i, c := range cands {
			if c.Place == nil || c.Rank != i+1 || c.Ambiguous != (len(cands) > 1) {
				t.Fatalf("Resolve(%q)[%d] = %+v of %d", name, i, c, len(cands))
			}
			if c.Place.Ubigeo != "" {
				if p, ok := g.Lookup(c.Place.Ubigeo); !ok || p != c.Place {
					t.Fatalf("Resolve(%q) gave %s, which Lookup does not know", name, c.Place.Ubigeo)
				}
			}
		}
		if again := g.Resolve(fold.Words(name)); len(again) != len(cands) {
			t.Fatalf("Resolve(%q) gives %d, its folded form %d", name, len(cands), len(again))
		}
		in := Within(cands, code)
		for i, c := range in {
			if c.Rank != i+1 || c.Ambiguous != (len(in) > 1) || c.Place.Ubigeo == "" {
				t.Fatalf("Within(%q, %q)[%d] = %+v", name, code, i, c)
			}
		}
		if len(in) > len(cands) {
			t.Fatalf("Within(%q) gave %d of %d candidates", code, len(in), len(cands))
		}
	})
}
