package linkage

import (
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

func TestReadCSV(t *testing.T) {
	m, err := ParseMapping("id=n,given=nombres,surname=apellidos,birth=nacimiento,age=edad,sex=sexo,place=ubigeo,extra.dni=dni")
	if err != nil {
		t.Fatal(err)
	}
	in := "\ufeffn,nombres,apellidos,nacimiento,edad,sexo,ubigeo,dni\n" +
		"1, José Luis ,Huamán Quispe,25/03/1990,32,M,211101,4012\n" +
		"2,Rosa,De la Cruz Mamani,1987,,mujer,,\n" +
		"3,Ana,Flores,ayer,treinta,x,050101,\n"
	recs, st, err := ReadCSV(strings.NewReader(in), "defensoria", m)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("%d records", len(recs))
	}
	r := recs[0]
	if r.ID != "1" || r.List != "defensoria" || r.Line != 2 || r.Given != "jose luis" || r.Surname1 != "huaman" || r.Surname2 != "quispe" ||
		r.Birth != (PartDate{1990, 3, 25}) || r.Age != 32 || r.Sex != 'm' || r.Place != "211101" || r.Extra[0] != "4012" {
		t.Errorf("record 1: %+v", r)
	}
	if r := recs[1]; r.Surname1 != "de la cruz" || r.Surname2 != "mamani" || r.Birth != (PartDate{Year: 1987}) || r.Age != -1 || r.Sex != 'f' {
		t.Errorf("record 2: %+v", r)
	}
	if st.BadDates != 1 || st.BadAges != 1 || st.BadSex != 1 || st.FirstBadLine != 4 {
		t.Errorf("stats %+v", st)
	}
}

func TestReadCSVErrors(t *testing.T) {
	m, _ := ParseMapping("given=nombres,surname=apellidos")
	for in, want := range map[string]string{
		"":                             "empty file",
		"nombres,ap\nana,quispe\n":     `no column "apellidos"`,
		"nombres,apellidos\nana\n":     "line 2",
		"nombres,apellidos\n\"ana,x\n": "line 2",
	} {
		_, _, err := ReadCSV(strings.NewReader(in), "lista.csv", m)
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "lista.csv") {
			t.Errorf("ReadCSV(%q): %v, want an invalid error naming the file and %q", in, err, want)
		}
	}
	for _, bad := range []string{"", "given", "given=", "nombre=x", "given=a,given=b", "extra.=x"} {
		if _, err := ParseMapping(bad); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("ParseMapping(%q): %v", bad, err)
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add("n,nombres,apellidos,nacimiento,edad,sexo,ubigeo\n1,Ana,Quispe,1990-01-02,30,f,211101\n")
	f.Add("n,nombres,apellidos,nacimiento,edad,sexo,ubigeo\n1,Ana,\"Quispe\nMamani\",25/03/1990,x,?,21\n")
	f.Add("n,nombres\n1\n")
	f.Add("\ufeffn,nombres,apellidos,nacimiento,edad,sexo,ubigeo\n,,,,,,\n")
	f.Fuzz(func(t *testing.T, in string) {
		m, _ := ParseMapping("id=n,given=nombres,surname=apellidos,birth=nacimiento,age=edad,sex=sexo,place=ubigeo")
		recs, st, err := ReadCSV(strings.NewReader(in), "f.csv", m)
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("error of code %s: %v", rastro.ErrorCode(err), err)
			}
			return
		}
		for _, r := range recs {
			if r.Age < -1 || r.Age > 130 || (r.Sex != 0 && r.Sex != 'f' && r.Sex != 'm') || r.Line < 2 {
				t.Fatalf("record out of range: %+v", r)
			}
			if r.Birth.Month == 0 && r.Birth.Day != 0 && len(strings.TrimSpace(r.Birth.String())) == 0 {
				t.Fatalf("odd date %+v", r.Birth)
			}
			if r.Surname != strings.TrimSpace(r.Surname1+" "+r.Surname2) {
				t.Fatalf("surnames %q split as %q + %q", r.Surname, r.Surname1, r.Surname2)
			}
		}
		if st.BadDates+st.BadAges+st.BadSex > 0 && st.FirstBadLine < 2 {
			t.Fatalf("stats %+v", st)
		}
		// Two records always compare without panicking.
		if len(recs) >= 2 {
			ComparePair(Fields(m, 0), &recs[0], &recs[1])
		}
	})
}
