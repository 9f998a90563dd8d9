package linkage

import (
	"testing"

	"github.com/rastro-project/rastro"
)

func TestSplitFullName(t *testing.T) {
	for in, want := range map[string][2]string{
		"edgar huaman quispe":          {"edgar", "huaman quispe"},
		"rosa maria mamani condori":    {"rosa maria", "mamani condori"},
		"juan de la cruz quispe":       {"juan", "de la cruz quispe"},
		"maria quispe de la cruz":      {"maria", "quispe de la cruz"},
		"ana quispe":                   {"ana", "quispe"},
		"quispe":                       {"", "quispe"},
		"":                             {"", ""},
		"jose luis del castillo rojas": {"jose luis", "del castillo rojas"},
	} {
		if g, s := SplitFullName(in); g != want[0] || s != want[1] {
			t.Errorf("SplitFullName(%q) = %q, %q; want %q, %q", in, g, s, want[0], want[1])
		}
	}
}

func TestFromPerson(t *testing.T) {
	age := 17
	p := &rastro.Person{Record: rastro.Record{ID: 42}, Name: "Edgar Huamán Quispe", Sex: rastro.SexMale, Age: &age, BirthDate: rastro.MustDate("2005-03")}
	r := FromPerson(p, "source:3", "211101")
	if r.ID != "42" || r.List != "source:3" || r.Given != "edgar" || r.Surname1 != "huaman" || r.Surname2 != "quispe" ||
		r.Age != 17 || r.Sex != 'm' || r.Birth != (PartDate{2005, 3, 0}) || r.Place != "211101" || r.keys.surname1 != "WAMAN" {
		t.Fatalf("%+v", r)
	}
}
