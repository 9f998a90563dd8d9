package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

// Three victim lists go from CSV to an estimate with three commands:
// import victims (each list), link, estimate --db-victims.
func TestImportVictimsLinkEstimate(t *testing.T) {
	given := []string{"Rosa", "Juan", "Luis", "Ana", "Pedro", "Marta", "Jorge", "Elena", "Víctor", "Nancy"}
	sur := []string{"Quispe", "Mamani", "Condori", "Huamán", "Ccori", "Apaza", "Flores", "Chambi", "Vilca", "Ticona"}
	dir := t.TempDir()
	files := map[string]*strings.Builder{}
	for _, l := range []string{"cnddhh", "defensoria", "prensa"} {
		files[l] = &strings.Builder{}
		files[l].WriteString("nombre,edad,nacimiento,sexo,fecha,lugar,situacion\n")
	}
	// 60 persons; person i is on the lists its number's bits say (never
	// none), so the lists overlap and a third of persons are on one list.
	persons := 60
	for i := range persons {
		name := fmt.Sprintf("%s %s %s", given[i%10], sur[i/10], sur[(i*7+3)%10])
		sex := "M"
		if strings.HasSuffix(given[i%10], "a") {
			sex = "F"
		}
		row := fmt.Sprintf("%s,%d,%d-%02d-%02d,%s,2023-01-09,211101,fallecido\n", name, 2022-(1960+i), 1960+i, 1+i%12, 1+i%28, sex)
		bits := i%7 + 1
		for k, l := range []string{"cnddhh", "defensoria", "prensa"} {
			if bits&(1<<k) != 0 {
				files[l].WriteString(row)
			}
		}
	}
	for l, b := range files {
		os.WriteFile(filepath.Join(dir, l+".csv"), []byte(b.String()), 0o644)
	}
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		mapping := "name=nombre,age=edad,birth=nacimiento,sex=sexo,date=fecha,place=lugar,harm=situacion"
		bad := filepath.Join(dir, "bad.csv")
		os.WriteFile(bad, []byte(strings.Replace(files["prensa"].String(), ",fallecido\n", ",golpeado\n", 1)), 0o644)
		e.fails(rastro.EINVALID, []string{"line 2, column", "(harm)", `"golpeado"`}, "import", "victims", bad, "--map", mapping, "--list", "prensa")
		for _, l := range []string{"cnddhh", "defensoria", "prensa"} {
			out := e.ok("import", "victims", filepath.Join(dir, l+".csv"), "--map", mapping, "--list", l, "--source-title", "Victims per "+l)
			if !strings.Contains(out, "imported") {
				t.Fatalf("import %s: %s", l, out)
			}
		}
		e.fails(rastro.ECONFLICT, []string{"imported before"}, "import", "victims", filepath.Join(dir, "prensa.csv"), "--map", mapping, "--list", "again")
		if out := e.ok("link"); !strings.Contains(out, "blocking rules chosen") || !strings.Contains(out, "estimated recall of blocking") {
			t.Errorf("link does not print the rules it chose:\n%s", out)
		}
		// 60 persons only if link merged each person's records across lists.
		out := e.ok("estimate", "--db-victims", "--model", "Mt")
		if !strings.Contains(out, fmt.Sprintf("%d people on 3 lists (cnddhh, defensoria, prensa)", persons)) {
			t.Fatalf("estimate:\n%s", out)
		}
	})
}
