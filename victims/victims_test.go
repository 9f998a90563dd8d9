package victims

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

const list = `nro,nombres,apellidos,edad,sexo,fecha,lugar,situacion
1,Rosa Elena,Quispe Mamani,17,F,2023-01-09,211101,fallecida
2,Juan,Huamán Condori,,M,09/01/2023,Juliaca,herido
3,Luis,Ccori,34,m,2023-01-09,211101,Fallecido
`

const mapping = "id=nro,given=nombres,surname=apellidos,age=edad,sex=sexo,date=fecha,place=lugar,harm=situacion"

func mustMap(t testing.TB, s string) Mapping {
	t.Helper()
	m, err := ParseMapping(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestRead(t *testing.T) {
	b, err := Read([]byte(list), "cnddhh.csv", Options{Map: mustMap(t, mapping), List: "cnddhh"})
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
	// The citation names the line and spans the row's bytes in the list.
	c := p.Citations
	if len(c) != 1 || c[0].SourceID != 1 || c[0].Note != "cnddhh.csv line 3" || list[c[0].Start:c[0].End] != "2,Juan,Huamán Condori,,M,09/01/2023,Juliaca,herido\n" {
		t.Errorf("row 2 cites %+v, want the source, line 3 and its bytes", c)
	}
	if string(b.SourceContent[1]) != list || b.Sources[0].Publisher != "cnddhh" {
		t.Error("the source does not keep the list's bytes or its name")
	}
}

// A spreadsheet's export: a byte-order mark, semicolons, a blank row,
// headers the form guesses; protected identities and tags on every record.
func TestReadSpreadsheet(t *testing.T) {
	data := "\ufeffNombre;Edad;Sexo;Fecha;Situación\nAna Lucía Mamani;23;mujer;2023-01-09;herida\n;;;;\nPedro Ccama;;M;2023-01-09;muerto\n"
	h, err := Header([]byte(data))
	if err != nil || strings.Join(h, "|") != "Nombre|Edad|Sexo|Fecha|Situación" {
		t.Fatalf("header %q, %v", h, err)
	}
	m := Guess(h)
	if m.String() != "name=Nombre,age=Edad,sex=Sexo,date=Fecha,harm=Situación" {
		t.Errorf("guessed %s", m)
	}
	if p := Preview([]byte(data), 5); len(p) != 2 || p[1][0] != "Pedro Ccama" {
		t.Errorf("preview %q", p)
	}
	b, err := Read([]byte(data), "lista.csv", Options{Map: m, List: "Defensoría", Protected: true, Tags: rastro.Tags{"Defensoría"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Persons) != 2 || !b.Persons[0].Protected || b.Acts[1].Type != rastro.ActKilled || len(b.Acts[1].Tags) != 1 || len(b.Sources[0].Tags) != 1 {
		t.Errorf("persons %+v, acts %+v", b.Persons, b.Acts)
	}
	if c := b.Acts[1].Citations[0]; c.Note != "lista.csv line 4" || b.Sources[0].Text[c.Start:c.End] != "Pedro Ccama;;M;2023-01-09;muerto\n" {
		t.Errorf("citation %+v", c)
	}
}

func TestReadRefusesWithLineAndColumn(t *testing.T) {
	for _, c := range []struct{ body, opt, want string }{
		{strings.Replace(list, ",17,", ",diecisiete,", 1), "", `line 2, column 28 "edad" (age)`},
		{strings.Replace(list, ",herido", ",golpeado", 1), "", `line 3, column 46 "situacion" (harm)`},
		{strings.Replace(list, "211101,Fallecido", "Atlantis,Fallecido", 1), "", `line 4, column 30 "lugar" (place)`},
		{strings.Replace(list, "09/01/2023", "9 de enero", 1), "", `line 3, column 27 "fecha" (date)`},
		{strings.Replace(list, ",M,", ",X,", 1), "", `line 3, column 25 "sexo" (sex)`},
		{strings.Replace(list, "2,Juan,Huamán Condori", "2,,", 1), "", `line 3, column 3 "nombres" (given): no name`},
		{"nro,nombres\n1,Ana\n", "", `no column "apellidos"`},
		{list, "nope=x", `unknown field "nope"`},
		{list, "age=edad", `map name`},
		{"nro,nombres,apellidos,edad,sexo,fecha,lugar,situacion\n1,\"Ana,x\n", "", "line 2"},
		{"nombre\n\xff\n", "name=nombre", "not UTF-8"},
		{"nombre\nAna\nRo\x00sa\n", "name=nombre", "l.csv: line 3: NUL character"},
	} {
		m := mapping
		if c.opt != "" {
			m = c.opt
		}
		mm, err := ParseMapping(m)
		if err == nil {
			_, err = Read([]byte(c.body), "l.csv", Options{Map: mm, List: "l"})
		}
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), c.want) {
			t.Errorf("got %v, want an error naming %q", err, c.want)
		}
	}
	// Without a date column the list's date is needed.
	if _, err := Read([]byte("n\nAna Quispe\n"), "l.csv", Options{Map: Mapping{"name": "n"}, List: "l"}); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("row without a date: %v", err)
	}
	if b, err := Read([]byte("n\nAna Quispe\n"), "l.csv", Options{Map: Mapping{"name": "n"}, List: "l", Date: "2023-01"}); err != nil || b.Acts[0].Type != rastro.ActInjured {
		t.Errorf("with --date: %v", err)
	}
}

func TestParseMapping(t *testing.T) {
	m, err := ParseMapping("name=Nombre, age=Edad ,place=Lugar de los hechos")
	if err != nil || m.String() != "name=Nombre,age=Edad,place=Lugar de los hechos" {
		t.Errorf("%v %v", m, err)
	}
	for _, bad := range []string{"name", "nombre=Nombre", "name=A,name=B", "age=Edad"} {
		if _, err := ParseMapping(bad); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

// Two lists go into the database, one source each, and a bad file
// changes nothing.
func TestImport(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := context.Background()
		res, err := Import(ctx, db, []byte(list), "cnddhh.csv", Options{Map: mustMap(t, mapping), List: "cnddhh", SourceTitle: "CNDDHH list of victims"})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Persons) != 3 || len(res.Acts) != 3 || len(res.Incidents) != 1 || len(res.Places) != 1 || res.Source.ID == 0 {
			t.Errorf("result %+v", res)
		}
		other := "nombre,edad,fecha,lugar\nRosa Quispe Mamani,17,2023-01-09,211101\nPedro Mamani,22,2023-01-09,Juliaca\n"
		if _, err := Import(ctx, db, []byte(other), "defensoria.csv", Options{Map: mustMap(t, "name=nombre,age=edad,date=fecha,place=lugar"), List: "defensoria", Harm: rastro.ActKilled, Protected: true}); err != nil {
			t.Fatal(err)
		}
		if _, err := Import(ctx, db, []byte(list), "again.csv", Options{Map: mustMap(t, mapping), List: "again"}); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Errorf("same file twice: %v, want a conflict", err)
		}
		bad := strings.Replace(list, ",34,", ",340,", 1)
		if _, err := Import(ctx, db, []byte(bad), "bad.csv", Options{Map: mustMap(t, mapping), List: "bad"}); rastro.ErrorCode(err) != rastro.EINVALID {
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
		sealed := 0
		for _, p := range persons {
			if p.Protected {
				sealed++
			}
		}
		if sealed != 2 {
			t.Errorf("%d protected persons, want the second list's 2", sealed)
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
	f.Add([]byte("\ufeffa;b\nAna;;\n;;\n"), "name=a,harm=b")
	f.Add([]byte("n,d\nA\x00na,2023\n"), "name=n,date=d")
	f.Fuzz(func(t *testing.T, data []byte, s string) {
		m, err := ParseMapping(s)
		if err != nil {
			return
		}
		b, err := Read(data, "f.csv", Options{Map: m, List: "f", Date: "2023"})
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		// Clean text only: PostgreSQL refuses a NUL that SQLite would store.
		if err := textcheck.Value(b); err != nil {
			t.Fatalf("accepted %v", err)
		}
		text := b.Sources[0].Text
		for _, a := range b.Acts {
			if err := a.Validate(); err != nil {
				t.Fatal(err)
			}
			if c := a.Citations[0]; c.Start < 0 || c.Start > c.End || c.End > len(text) {
				t.Fatalf("citation %+v outside the text", c)
			}
		}
	})
}

// The titles the import writes are stored text in the importer's language;
// an unknown language is refused before anything is read.
func TestReadTitlesInLanguage(t *testing.T) {
	for lang, want := range map[string]string{
		"":   "cnddhh: victims on 2023-01-09 in Juliaca",
		"en": "cnddhh: victims on 2023-01-09 in Juliaca",
		"es": "cnddhh: víctimas del 2023-01-09 en Juliaca",
	} {
		b, err := Read([]byte(list), "cnddhh.csv", Options{Map: mustMap(t, mapping), List: "cnddhh", Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Incidents[0].Title; got != want {
			t.Errorf("lang %q: incident title %q, want %q", lang, got, want)
		}
		if lang == "es" && !strings.HasPrefix(b.Sources[0].Summary, "lista de víctimas cnddhh") {
			t.Errorf("lang es: source summary %q", b.Sources[0].Summary)
		}
	}
	_, err := Read([]byte(list), "cnddhh.csv", Options{Map: mustMap(t, mapping), List: "cnddhh", Lang: "fr"})
	if err == nil || !strings.Contains(err.Error(), `language "fr"`) {
		t.Fatalf("lang fr: %v, want a refusal naming the language", err)
	}
}

// FuzzGuess: the web's mapping form reads the header, guesses a mapping and
// previews rows. Whatever the file, the guess names only columns the header
// has, so an import with it is never refused for a missing column.
func FuzzGuess(f *testing.F) {
	f.Add([]byte(list))
	f.Add([]byte("\ufeffNombre;Edad;Sexo;Fecha;Situación\nAna;23;mujer;2023-01-09;herida\n"))
	f.Add([]byte(" Nombres , Apellidos ,nombres\nAna,Quispe,Rosa\n"))
	f.Add([]byte("nombre\xff,fecha\nAna,2023\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if p := Preview(data, 3); len(p) > 3 {
			t.Fatalf("preview of 3 gave %d rows", len(p))
		}
		h, err := Header(data)
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		m := Guess(h)
		for f, c := range m {
			if !slices.Contains(h, c) {
				t.Fatalf("guessed %s=%q, not a column of %q", f, c, h)
			}
		}
		if m.check() != nil {
			return
		}
		_, err = Read(data, "f.csv", Options{Map: m, List: "f", Date: "2023"})
		if err != nil && (rastro.ErrorCode(err) != rastro.EINVALID || strings.Contains(err.Error(), "no column")) {
			t.Fatalf("the guess %s refused: %v", m, err)
		}
	})
}
