package victims

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

const list = "Nombre;Edad;Sexo;Incidente;Situación;Munición;Observaciones\n" +
	"Rosa Quispe Mamani;34;mujer;1;muerte;munición letal;herida en el tórax\n" +
	"\n" +
	"Juan Condori;17;M;1;herido;perdigones;\n"

func TestImport(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
		inc := &rastro.Incident{Title: "T", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}
		if err := db.Incidents().Create(ctx, inc); err != nil {
			t.Fatal(err)
		}
		data := []byte(strings.ReplaceAll(list, ";1;", ";"+itoa(inc.ID)+";"))
		h, err := Header(data)
		if err != nil {
			t.Fatal(err)
		}
		m := Guess(h)
		if m.String() != "name=Nombre,age=Edad,sex=Sexo,incident=Incidente,type=Situación,munition=Munición,note=Observaciones" {
			t.Errorf("guessed %s", m)
		}
		res, err := Import(ctx, db, data, m, Options{Name: "lista.csv", Title: "Lista de la Defensoría", Tags: rastro.Tags{"defensoria"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Persons) != 2 || len(res.Acts) != 2 || res.Source.ID == 0 || res.Source.Kind != rastro.SourceDataset {
			t.Fatalf("result %+v", res)
		}
		p, _ := db.Persons().Find(ctx, res.Persons[0])
		a, _ := db.Acts().Find(ctx, res.Acts[0])
		if p.Name != "Rosa Quispe Mamani" || *p.Age != 34 || p.Sex != rastro.SexFemale || a.VictimID != p.ID || a.Type != rastro.ActKilled ||
			a.Munition != rastro.MunitionLive || a.Description != "herida en el tórax" || a.IncidentID != inc.ID {
			t.Errorf("first row: %+v / %+v", p, a)
		}
		// The citation spans the row in the stored list.
		c := a.Citations[0]
		if c.SourceID != res.Source.ID || !strings.HasPrefix(string(data[c.Start:c.End]), "Rosa Quispe Mamani;34") || c.Note != "row on line 2" {
			t.Errorf("citation %+v: %q", c, data[c.Start:c.End])
		}
		a2, _ := db.Acts().Find(ctx, res.Acts[1])
		if a2.Type != rastro.ActInjured || a2.Munition != rastro.MunitionPellets || a2.Citations[0].Note != "row on line 4" || len(a2.Tags) != 1 {
			t.Errorf("second row: %+v", a2)
		}
		// The same list again: refused, nothing added.
		if _, err := Import(ctx, db, data, m, Options{Name: "lista.csv"}); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Errorf("second import: %v", err)
		}
	})
}

func TestBadRowsChangeNothing(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
		inc := &rastro.Incident{Title: "T", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}
		if err := db.Incidents().Create(ctx, inc); err != nil {
			t.Fatal(err)
		}
		id := itoa(inc.ID)
		m := Mapping{FieldName: "Nombre", FieldAge: "Edad", FieldIncident: "Incidente", FieldType: "Situación"}
		for data, want := range map[string]string{
			"Nombre,Edad,Incidente,Situación\nA,30," + id + ",muerte\nB,treinta," + id + ",muerte\n": `line 3, column "Edad": "treinta" is not an age`,
			"Nombre,Edad,Incidente,Situación\nA,30," + id + ",levitó\n":                              `line 2, column "Situación": "levitó" is not a harm`,
			"Nombre,Edad,Incidente,Situación\n,30," + id + ",muerte\n":                               `line 2, column "Nombre": the name is empty`,
			"Nombre,Edad,Incidente,Situación\nA,30,x,muerte\n":                                       `line 2, column "Incidente": "x" is not an incident number`,
			"Nombre,Edad,Incidente,Situación\nA,30," + id + ",muerte\nB,3,99999,muerte\n":            `line 3: `,
			"Nombre,Años\nA,3\n": `has no column "Edad"`,
		} {
			_, err := Import(ctx, db, []byte(data), m, Options{Name: "lista.csv"})
			if rastro.ErrorCode(err) == "" || !strings.Contains(rastro.ErrorMessage(err), want) || !strings.Contains(rastro.ErrorMessage(err), "lista.csv") {
				t.Errorf("%q: %v, want %q", data, err, want)
			}
		}
		if _, n, _ := db.Persons().List(ctx, rastro.PersonFilter{}); n != 0 {
			t.Errorf("%d persons stored by failed imports", n)
		}
		if _, n, _ := db.Sources().List(ctx, rastro.SourceFilter{}); n != 0 {
			t.Errorf("%d sources stored by failed imports", n)
		}
	})
}

func TestParseMapping(t *testing.T) {
	m, err := ParseMapping("name=Nombre, age=Edad ,incident=Inc")
	if err != nil || m.String() != "name=Nombre,age=Edad,incident=Inc" {
		t.Errorf("%v %v", m, err)
	}
	for _, bad := range []string{"name", "nombre=Nombre", "name=A,name=B"} {
		if _, err := ParseMapping(bad); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(list), "name=Nombre,age=Edad,sex=Sexo,incident=Incidente,type=Situación")
	f.Add([]byte("a,b\n\"x\n"), "name=a")
	f.Fuzz(func(t *testing.T, data []byte, mapping string) {
		m, err := ParseMapping(mapping)
		if err != nil {
			return
		}
		rows, err := Read(data, m, Options{Incident: 1})
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Errorf("error without a code: %v", err)
			}
			return
		}
		for _, r := range rows {
			c := r.Act.Citations[0]
			if c.Start < 0 || c.End > len(data) || c.Start > c.End || r.Person.Name == "" {
				t.Errorf("row %+v citation %+v", r.Person, c)
			}
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
