package mse

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

func TestReadPersons(t *testing.T) {
	// clusters.csv as rastro link writes it, with a department joined on.
	in := "person,list,id,line,department\n" +
		"1,ngo,a1,2,Puno\n1,news,b7,5,Puno\n" +
		"2,ombudsman,c1,2,Puno\n" +
		"3,news,b1,2,Ayacucho\n3,ngo,a2,3,Ayacucho\n3,ombudsman,c9,4,Ayacucho\n" +
		"4,news,b2,3,Puno\n"
	st, err := ReadPersons(strings.NewReader(in), PersonsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	h := st.By[""]
	if strings.Join(h.Names, ",") != "news,ngo,ombudsman" || h.N() != 4 {
		t.Fatalf("lists %v, n %g", h.Names, h.N())
	}
	// Rcapture order over news, ngo, ombudsman: 111 110 101 100 011 010 001.
	want := []float64{1, 1, 0, 1, 0, 0, 1}
	for i, w := range want {
		if h.Counts[i] != w {
			t.Errorf("history %s: %g, want %g", h.HistoryString(i), h.Counts[i], w)
		}
	}
	st, err = ReadPersons(strings.NewReader(in), PersonsOptions{Stratify: "department"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(st.Names, ",") != "Puno,Ayacucho" || st.By["Puno"].N() != 3 || st.By["Ayacucho"].N() != 1 {
		t.Errorf("strata %v", st.Names)
	}
	bad := "person,list,department\n1,ngo,Puno\n1,news,Cusco\n"
	_, err = ReadPersons(strings.NewReader(bad), PersonsOptions{Stratify: "department"})
	if err == nil || !strings.Contains(err.Error(), `person "1" is in stratum "Cusco" here and "Puno" on line 2`) {
		t.Errorf("conflicting strata: %v", err)
	}
	for _, c := range []struct{ in, want string }{
		{"id,source\n1,a\n", `want columns "person" and "list"`},
		{"person,list\n1,a\n2,a\n", "1 lists"},
		{"person,list\n1,\n", "line 2: empty list"},
		{"person,list\n1,a\n2\n", "line 3: 1 fields"},
		{"person,list\n1,a\n2,b\n3,c\n4,d\n5,e\n6,f\n7,g\n8,h\n9,i\n10,j\n11,k\n12,l\n13,m\n", "at most 12 lists"},
	} {
		if _, err := ReadPersons(strings.NewReader(c.in), PersonsOptions{}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.in, err, c.want)
		}
	}
}

func FuzzReadPersons(f *testing.F) {
	f.Add([]byte("person,list,id,line\n1,ngo,a1,2\n1,news,b7,5\n2,ombudsman,c1,2\n"))
	f.Add([]byte("person,list,place\n1,a,x\n1,b,x\n2,a,y\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opt := range []PersonsOptions{{}, {Stratify: "place"}} {
			st, err := ReadPersons(bytes.NewReader(data), opt)
			if err != nil {
				if rastro.ErrorCode(err) != rastro.EINVALID {
					t.Fatalf("error not EINVALID: %v", err)
				}
				continue
			}
			if len(st.Names) == 0 || len(st.Names) != len(st.By) {
				t.Fatalf("strata %v", st.Names)
			}
			for _, h := range st.By {
				if h.Lists < 2 || h.Lists > MaxLists || h.N() <= 0 {
					t.Fatalf("%d lists, n %g", h.Lists, h.N())
				}
			}
		}
	})
}
