package csvlink

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

const (
	listA = "codigo,nombres,apellidos,nacimiento\na1,Rosa,Huanca Apaza,1990-03-02\na2,Mario,Ticona Limachi,1981-05-04\na3,Edgar,Quispe Mamani,1975-11-20\n"
	listB = "codigo,nombres,apellidos,nacimiento\nb1,Rosa,Huanca Apasa,1990-03-02\nb2,Mario,Ticona Limachi,1981-05-04\nb3,Jhon,Condori Flores,2001-06-30\n"
	cols  = "id=codigo,given=nombres,surname=apellidos,birth=nacimiento"
)

func files(texts ...string) []File {
	var out []File
	for i, t := range texts {
		out = append(out, File{Name: "lists/" + string(rune('a'+i)) + ".csv", R: strings.NewReader(t)})
	}
	return out
}

// Reviewers' decisions override the model: a pair kept apart stays apart,
// a pair joined is one person, and the merges say who made them.
func TestRunDecisions(t *testing.T) {
	o := Defaults()
	o.Map, o.Blocks, o.LinkOnly = cols, []string{"surname_key", "given_key"}, true
	run, err := Run(context.Background(), files(listA, listB), o)
	if err != nil {
		t.Fatal(err)
	}
	person := func(r *Result, list, id string) int32 {
		for i, rec := range r.Recs {
			if rec.List == list && rec.ID == id {
				return r.Link.Cluster[i]
			}
		}
		t.Fatalf("no record %s:%s", list, id)
		return -1
	}
	if person(run, "a", "a2") != person(run, "b", "b2") || person(run, "a", "a3") == person(run, "b", "b3") {
		t.Fatalf("without decisions: clusters %v", run.Link.Cluster)
	}
	if s := run.Summary(); s.Records != 6 || s.Lists != 2 {
		t.Errorf("summary %+v", s)
	}
	o.Decisions = &File{Name: "decisions.csv", R: strings.NewReader("list_a,id_a,list_b,id_b,decision\na,a2,b,b2,distinct\na,a3,b,b3,same\na,a1,b,b1,\n")}
	run, err = Run(context.Background(), files(listA, listB), o)
	if err != nil {
		t.Fatal(err)
	}
	if person(run, "a", "a2") == person(run, "b", "b2") || person(run, "a", "a3") != person(run, "b", "b3") {
		t.Errorf("decisions not kept: clusters %v", run.Link.Cluster)
	}
	var merges bytes.Buffer
	run.Ledger.WriteMerges(&merges)
	if !strings.Contains(merges.String(), "a,a3,b,b3,") || !strings.Contains(merges.String(), "reviewer") {
		t.Errorf("merges.csv does not record the reviewer's merge:\n%s", merges.String())
	}
}

// Bad inputs are refused naming the file, line and column, before any
// output exists.
func TestRunRefuses(t *testing.T) {
	dec := func(s string) *File { return &File{Name: "d.csv", R: strings.NewReader(s)} }
	for _, c := range []struct {
		files []File
		mod   func(*Options)
		want  string
	}{
		{files(listA), func(o *Options) { o.Map = "" }, "column mapping"},
		{files(listA), func(o *Options) { o.Map = "given=nombre" }, `a: no column "nombre"`},
		{files(listA, "codigo,nombres,apellidos,nacimiento\nx,\"Ana,y,z\n"), nil, "b: line 2, column"},
		{[]File{{Name: "x/a.csv", R: strings.NewReader(listA)}, {Name: "y/a.csv", R: strings.NewReader(listB)}}, nil, "rename one"},
		{files(listA), func(o *Options) { o.Review = 1.5 }, "review 1.5"},
		{files(listA), func(o *Options) { o.Blocks = []string{"shoe_size"} }, "shoe_size"},
		{files(listA, listB), func(o *Options) { o.Decisions = dec("list_a,id_a,list_b,id_b\n") }, `d.csv: no column "decision"`},
		{files(listA, listB), func(o *Options) { o.Decisions = dec("list_a,id_a,list_b,id_b,decision\na,a9,b,b1,same\n") }, "d.csv: line 2: no record a:a9"},
		{files(listA, listB), func(o *Options) { o.Decisions = dec("list_a,id_a,list_b,id_b,decision\na,a1,b,b1,maybe\n") }, `decision "maybe"`},
		{nil, nil, "one or more CSV files"},
	} {
		o := Defaults()
		o.Map = cols
		if c.mod != nil {
			c.mod(&o)
		}
		_, err := Run(context.Background(), c.files, o)
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), c.want) {
			t.Errorf("want an invalid-input error naming %q, got %v", c.want, err)
		}
	}
}
