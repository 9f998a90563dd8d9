package victims

import (
	"context"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

const list = `nro,nombres,apellidos,edad,sexo,fecha,lugar,situacion
1,Rosa Elena,Quispe Mamani,17,F,2023-01-09,211101,fallecida
2,Juan,Huamán Condori,,M,09/01/2023,Juliaca,herido
3,Luis,Ccori,34,m,2023-01-09,211101,Fallecido
`

const mapping = "id=nro,given=nombres,surname=apellidos,age=edad,sex=sexo,date=fecha,place=lugar,harm=situacion"

func TestRead(t *testing.T) {
	b, err := Read([]byte(list), "cnddhh.csv", Options{Map: mapping, List: "cnddhh"})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sources) != 1 || len(b.Persons) != 3 || len(b.Acts) != 3 {
		t.Fatalf("%d sources, %d persons, %d acts; want 1, 3, 3", len(b.Sources), len(b.Persons), len(b.Acts))
	}
	// Juliaca is 211101: one place and one incident for the three rows.
	if len(b.Places) != 1 || b.Places[0].Ubigeo != "211101" || len(b.Incidents) != 1 {
		t.Fatalf("places %v, %d incidents; want Juliaca only, one incident", b.Places, len(b.Incidents))
	}
	p, a := b.Persons[1], b.Acts[1]
	if p.Name != "Juan Huamán Condori" || p.Sex != rastro.SexMale || p.Age != nil || a.Type != rastro.ActInjured || a.VictimID != p.ID {
		t.Errorf("row 2: %+v, act %+v", p, a)
	}
	if b.Acts[0].Type != rastro.ActKilled || *b.Persons[0].Age != 17 || b.Persons[0].Sex != rastro.SexFemale {
		t.Errorf("row 1: %+v, act %+v", b.Persons[0], b.Acts[0])
	}
	if c := p.Citations; len(c) != 1 || c[0].SourceID != 1 || c[0].Note != "cnddhh.csv line 3" {
		t.Errorf("row 2 cites %+v, want the source and line 3", c)
	}
}

func TestReadRefusesWithLineAndColumn(t *testing.T) {
	for _, c := range []struct{ body, opt, want string }{
		{strings.Replace(list, ",17,", ",diecisiete,", 1), "", "line 2, column 28 (age)"},
		{strings.Replace(list, ",herido", ",golpeado", 1), "", "line 3, column 46 (harm)"},
		{strings.Replace(list, "211101,Fallecido", "Atlantis,Fallecido", 1), "", "line 4, column 30 (place)"},
		{strings.Replace(list, "09/01/2023", "9 de enero", 1), "", "line 3, column 27 (date)"},
		{strings.Replace(list, ",M,", ",X,", 1), "", "line 3, column 25 (sex)"},
		{"nro,nombres\n1,Ana\n", "", `no column "apellidos"`},
		{list, "nope=x", `unknown field "nope"`},
		{"nro,nombres,apellidos,edad,sexo,fecha,lugar,situacion\n1,\"Ana,x\n", "", "line 2"},
	} {
		m := mapping
		if c.opt != "" {
			m = c.opt
		}
		_, err := Read([]byte(c.body), "l.csv", Options{Map: m, List: "l"})
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), c.want) {
			t.Errorf("got %v, want an error naming %q", err, c.want)
		}
	}
	// Without a date column the list's date is needed.
	if _, err := Read([]byte("n\nAna Quispe\n"), "l.csv", Options{Map: "name=n", List: "l"}); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("row without a date: %v", err)
	}
	if b, err := Read([]byte("n\nAna Quispe\n"), "l.csv", Options{Map: "name=n", List: "l", Date: "2023-01"}); err != nil || b.Acts[0].Type != rastro.ActInjured {
		t.Errorf("with --date: %v", err)
	}
}

// Two lists go into the database, one source each, and a bad file
// changes nothing.
func TestImport(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		if _, err := Import(ctx, db, []byte(list), "cnddhh.csv", Options{Map: mapping, List: "cnddhh", SourceTitle: "CNDDHH list of victims"}); err != nil {
			t.Fatal(err)
		}
		other := "nombre,edad,fecha,lugar\nRosa Quispe Mamani,17,2023-01-09,211101\nPedro Mamani,22,2023-01-09,Juliaca\n"
		if _, err := Import(ctx, db, []byte(other), "defensoria.csv", Options{Map: "name=nombre,age=edad,date=fecha,place=lugar", List: "defensoria", Harm: rastro.ActKilled}); err != nil {
			t.Fatal(err)
		}
		if _, err := Import(ctx, db, []byte(list), "again.csv", Options{Map: mapping, List: "again"}); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Errorf("same file twice: %v, want a conflict", err)
		}
		bad := strings.Replace(list, ",34,", ",340,", 1)
		if _, err := Import(ctx, db, []byte(bad), "bad.csv", Options{Map: mapping, List: "bad"}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("age 340: %v", err)
		}
		sources, _, err := db.Sources().List(ctx, rastro.SourceFilter{})
		if err != nil {
			t.Fatal(err)
		}
		persons, _, _ := db.Persons().List(ctx, rastro.PersonFilter{})
		acts, _, _ := db.Acts().List(ctx, rastro.ActFilter{})
		if len(sources) != 2 || len(persons) != 5 || len(acts) != 5 {
			t.Fatalf("%d sources, %d persons, %d acts; want 2, 5, 5", len(sources), len(persons), len(acts))
		}
		cited := map[int64]int{}
		for _, p := range persons {
			for _, c := range p.Citations {
				cited[c.SourceID]++
			}
		}
		if cited[sources[0].ID] != 3 || cited[sources[1].ID] != 2 {
			t.Errorf("citations by source %v", cited)
		}
	})
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(list), mapping)
	f.Add([]byte("n,d\nAna,2023\n"), "name=n,date=d")
	f.Add([]byte("a,b\n\"x\ny\",1\n"), "name=a,age=b")
	f.Fuzz(func(t *testing.T, data []byte, m string) {
		b, err := Read(data, "f.csv", Options{Map: m, List: "f", Date: "2023"})
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		for _, a := range b.Acts {
			if err := a.Validate(); err != nil {
				t.Fatal(err)
			}
		}
	})
}
