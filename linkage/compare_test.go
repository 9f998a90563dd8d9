package linkage

import "testing"

func rec(given, surname string) *Record {
	r := &Record{Given: given, Surname: surname, Age: -1}
	r.Surname1, r.Surname2 = SplitSurnames(surname)
	r.prepare()
	return r
}

func TestCompareNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want Level
	}{
		{"quispe mamani", "quispe mamani", Exact},
		{"quispe mamani", "quispe mamami", Close},  // a typo
		{"huaman quispe", "guaman kispe", Partial}, // spelling variants: same phonetic key
		{"quispe mamani", "mamani quispe", Close},  // surnames swapped
		{"quispe mamani", "quispe", Close},         // maternal surname left out: the paternal one decides
		{"quispe mamani", "quispi", Partial},       // … a level lower

		{"quispe mamani", "condori flores", Disagree},
		{"", "quispe", Missing},
	} {
		if got := CompareSurnames(rec("", c.a), rec("", c.b)); got != c.want {
			t.Errorf("CompareSurnames(%q, %q) = %s, want %s", c.a, c.b, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want Level
	}{
		{"maria elena", "maria elena", Exact},
		{"jhon", "john", Close},
		{"maria elena", "elena", Partial},
		{"m e", "maria elena", Partial}, // initials
		{"ximena", "jimena", Close},     // one letter apart
		{"huillca", "willka", Partial},  // same phonetic key
		{"rosa", "pedro", Disagree},
	} {
		if got := CompareGiven(rec(c.a, ""), rec(c.b, "")); got != c.want {
			t.Errorf("CompareGiven(%q, %q) = %s, want %s", c.a, c.b, got, c.want)
		}
	}
}

func TestCompareDates(t *testing.T) {
	d := func(s string) PartDate {
		p, ok := ParsePartDate(s)
		if !ok {
			t.Fatalf("ParsePartDate(%q) failed", s)
		}
		return p
	}
	for _, c := range []struct {
		a, b string
		want Level
	}{
		{"1990-03-25", "25/03/1990", Exact},
		{"1990-03-25", "19900325", Exact},
		{"1990-03-25", "1990-03-26", Close}, // one digit
		{"1990-03-12", "1990-12-03", Close}, // day and month swapped
		{"1987-03-25", "1978-03-25", Close}, // neighbouring digits swapped
		{"1987-03-25", "1987-03-52", Close},
		{"1987-03-25", "1987-30-25", Close},
		{"1987-03-25", "1978-03-52", Disagree}, // two swaps
		{"1990-03-25", "1990-07-14", Disagree}, // the year alone agrees
		{"1990-03-25", "1990-03-14", Partial},  // a day mistyped
		{"1990-03-25", "1990", Partial},        // only the year known
		{"1990-03-25", "03/1990", Partial},
		{"1990-03-25", "1990-04", Disagree},
		{"1990-03-25", "1975-11-02", Disagree},
		{"1990", "1991", Disagree},
		{"", "1990", Missing},
	} {
		if got := CompareDates(d(c.a), d(c.b)); got != c.want {
			t.Errorf("CompareDates(%q, %q) = %s, want %s", c.a, c.b, got, c.want)
		}
	}
	for _, bad := range []string{"90-03-25", "1990-xx", "1/2/3/4", "25/03/90", "abcd"} {
		if _, ok := ParsePartDate(bad); ok {
			t.Errorf("ParsePartDate(%q) accepted", bad)
		}
	}
}

func TestComparePlacesAndAges(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want Level
	}{
		{"211101", "211101", Exact},    // Juliaca, Juliaca
		{"211101", "211104", Partial},  // two districts of one province (San Román)
		{"211101", "210101", Partial},  // same department (Puno)
		{"211101", "050101", Disagree}, // Puno, Ayacucho
		{"211100", "211101", Close},    // a province against one of its districts
		{"210000", "211101", Partial},  // a department against a district in it
		{"juliaca", "juliaca", Exact},  // names
		{"juliaca", "juliaka", Close},  // a typo
		{"juliaca", "ayacucho", Disagree},
		{"", "211101", Missing},
	} {
		if got := ComparePlaces(c.a, c.b); got != c.want {
			t.Errorf("ComparePlaces(%q, %q) = %s, want %s", c.a, c.b, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b int
		want Level
	}{{17, 17, Exact}, {17, 18, Close}, {20, 17, Partial}, {17, 40, Disagree}, {-1, 17, Missing}} {
		if got := CompareAges(c.a, c.b); got != c.want {
			t.Errorf("CompareAges(%d, %d) = %s, want %s", c.a, c.b, got, c.want)
		}
	}
}

func TestSplitSurnames(t *testing.T) {
	for in, want := range map[string][2]string{
		"quispe mamani":      {"quispe", "mamani"},
		"de la cruz quispe":  {"de la cruz", "quispe"},
		"quispe":             {"quispe", ""},
		"del castillo de la": {"del castillo", "de la"},
		"":                   {"", ""},
	} {
		if a, b := SplitSurnames(in); a != want[0] || b != want[1] {
			t.Errorf("SplitSurnames(%q) = %q, %q; want %q, %q", in, a, b, want[0], want[1])
		}
	}
}

func TestCompareAgeWithBirth(t *testing.T) {
	age := func(n int16) *Record { return &Record{Age: n} }
	born := func(y int16) *Record { return &Record{Age: -1, Birth: PartDate{Year: y}} }
	for _, c := range []struct {
		a, b *Record
		year int
		want Level
	}{
		{age(22), born(2001), 2023, Close},   // 2023 − 2001 = 22
		{born(2001), age(21), 2023, Close},   // birthday not yet come
		{age(24), born(2001), 2023, Partial}, // two years off 21–22
		{age(40), born(2001), 2023, Disagree},
		{age(22), born(2001), 0, Missing}, // no event year: no evidence
		{age(22), age(23), 0, Close},
		{&Record{Age: 22, Birth: PartDate{Year: 2001}}, born(2001), 2023, Missing}, // both dated: the date compares
	} {
		if got := CompareAgeWith(c.a, c.b, c.year); got != c.want {
			t.Errorf("CompareAgeWith(%+v, %+v, %d) = %s, want %s", *c.a, *c.b, c.year, got, c.want)
		}
	}
}

func TestNamesSwapped(t *testing.T) {
	a := &Record{Given: "juan carlos", Surname: "huaman condori", Surname1: "huaman", Surname2: "condori"}
	b := &Record{Given: "guaman condori", Surname: "juan carlos", Surname1: "juan", Surname2: "carlos"}
	a.prepare()
	b.prepare()
	if g, s := CompareGiven(a, b), CompareSurnames(a, b); g != Close || s != Close {
		t.Errorf("given and family names swapped: given %s, surname %s; want close, close", g, s)
	}
	// Only the first given name and the paternal surname agree crosswise.
	d := &Record{Given: "guaman", Surname: "juan", Surname1: "juan"}
	d.prepare()
	if g, s := CompareGiven(a, d), CompareSurnames(a, d); g != Partial || s != Partial {
		t.Errorf("given name and paternal surname swapped, the rest left out: given %s, surname %s; want partial, partial", g, s)
	}
	c := &Record{Given: "pedro", Surname: "huaman", Surname1: "huaman"}
	c.prepare()
	if g := CompareGiven(a, c); g != Disagree {
		t.Errorf("different given names: %s, want disagree", g)
	}
}
