package linkage

import "strings"

// Level is how well two records agree on one field.
type Level uint8

const (
	Exact    Level = iota // the same value
	Close                 // a typo or spelling variant apart, or the same place's district
	Partial               // compatible but weaker: phonetic key, partial date, same department
	Disagree              // different
	Missing               // unknown in either record: no evidence either way
	numLevels
)

var levelNames = [...]string{"exact", "close", "partial", "disagree", "missing"}

func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return "?"
}

// Thresholds of Jaro-Winkler similarity for names.
const (
	jwClose   = 0.92
	jwPartial = 0.80
)

// A Field compares one attribute of two records.
type Field struct {
	Name    string
	Compare func(a, b *Record) Level
	// Value returns the value whose frequency adjusts an exact agreement
	// (term frequency), or nil for no adjustment; Key the phonetic key
	// whose frequency adjusts a close or partial one, or nil.
	Value, Key func(r *Record) string
}

// Fields returns the comparisons a mapping allows: one per mapped field.
// eventYear, when not 0, is the year ages were given at (the events'), so
// an age can be checked against a date of birth in the other record.
func Fields(m Mapping, eventYear int) []Field {
	var fs []Field
	if m.Has(FieldGiven) {
		fs = append(fs, Field{Name: FieldGiven, Compare: CompareGiven,
			Value: func(r *Record) string { return r.Given }, Key: func(r *Record) string { return r.keys.given }})
	}
	if m.Has(FieldSurname) {
		fs = append(fs, Field{Name: FieldSurname, Compare: CompareSurnames,
			Value: func(r *Record) string { return r.Surname }, Key: func(r *Record) string { return r.keys.surname1 }})
	}
	if m.Has(FieldBirth) {
		fs = append(fs, Field{Name: FieldBirth, Compare: func(a, b *Record) Level { return CompareDates(a.Birth, b.Birth) }})
	}
	if m.Has(FieldAge) {
		fs = append(fs, Field{Name: FieldAge, Compare: func(a, b *Record) Level { return CompareAgeWith(a, b, eventYear) }})
	}
	if m.Has(FieldSex) {
		fs = append(fs, Field{Name: FieldSex, Compare: compareSex})
	}
	if m.Has(FieldPlace) {
		// Victims gather where protests were: agreeing on a district where
		// many of them live says less than agreeing on a remote one, so
		// the district's frequency (and the province's, for agreement
		// within a province) adjusts the weight as a name's does.
		fs = append(fs, Field{Name: FieldPlace, Compare: func(a, b *Record) Level { return ComparePlaces(a.Place, b.Place) },
			Value: func(r *Record) string { return r.Place }, Key: func(r *Record) string { return ubigeoPrefix(r.Place, 2) }})
	}
	for i, e := range m.Extra {
		fs = append(fs, Field{Name: extraPrefix + e, Compare: func(a, b *Record) Level { return CompareStrings(a.Extra[i], b.Extra[i]) }})
	}
	return fs
}

// CompareStrings grades two folded strings by Jaro-Winkler similarity.
func CompareStrings(a, b string) Level {
	switch {
	case a == "" || b == "":
		return Missing
	case a == b:
		return Exact
	}
	jw := jaroWinkler(a, b)
	switch {
	case jw >= jwClose:
		return Close
	case jw >= jwPartial:
		return Partial
	}
	return Disagree
}

// CompareNames grades two folded names: exact; close when one edit apart
// (Levenshtein) or Jaro-Winkler ≥ 0.92; partial when the phonetic keys agree
// or Jaro-Winkler ≥ 0.80.
func CompareNames(a, b, keyA, keyB string) Level {
	switch {
	case a == "" || b == "":
		return Missing
	case a == b:
		return Exact
	}
	jw := jaroWinkler(a, b)
	switch {
	case jw >= jwClose || oneEditApart(a, b):
		return Close
	case keyA != "" && keyA == keyB, jw >= jwPartial:
		return Partial
	}
	return Disagree
}

// CompareGiven compares given names; a record giving one of the other's
// given names ("maria" for "maria elena") or only its initial agrees
// partially.
func CompareGiven(a, b *Record) Level {
	l := CompareNames(a.Given, b.Given, a.keys.given, b.keys.given)
	if l != Disagree || a.Given == "" || b.Given == "" {
		return l
	}
	if namesSwapped(a, b) {
		return swappedLevel(a, b)
	}
	if sharesWord(a.Given, b.Given) || initialOf(a.Given, b.Given) || initialOf(b.Given, a.Given) {
		return Partial
	}
	return Disagree
}

// CompareSurnames compares surnames. Lists in Peru write both surnames,
// only the paternal one, or swap them. When one record gives only the
// paternal surname, the paternal surnames alone decide, a level lower:
// the same paternal surname is close, a typo of it partial.
func CompareSurnames(a, b *Record) Level {
	l := CompareNames(a.Surname, b.Surname, a.keys.surname1+a.keys.surname2, b.keys.surname1+b.keys.surname2)
	if l == Exact || l == Close || a.Surname == "" || b.Surname == "" {
		return l
	}
	if a.Surname2 != "" && b.Surname2 != "" && a.Surname1 == b.Surname2 && a.Surname2 == b.Surname1 {
		return Close // surnames swapped
	}
	if l == Disagree && namesSwapped(a, b) {
		return swappedLevel(a, b)
	}
	if a.Surname2 == "" || b.Surname2 == "" {
		switch CompareNames(a.Surname1, b.Surname1, a.keys.surname1, b.keys.surname1) {
		case Exact:
			return Close
		case Close:
			return Partial
		}
	}
	return l
}

// namesSwapped reports whether one record wrote the given name in the
// surname column and the surname in the given name's: the first given
// name and the paternal surname agree crosswise by phonetic key.
func namesSwapped(a, b *Record) bool {
	return a.keys.given != "" && a.keys.surname1 != "" &&
		a.keys.given == b.keys.surname1 && a.keys.surname1 == b.keys.given
}

// swappedLevel grades names written in each other's columns: close when
// each record's given names are close to the other's surnames, whole;
// partial when only the phonetic keys of the first given name and the
// paternal surname agree crosswise, as the many records of a common given
// name and surname ("juan" "quispe") do.
func swappedLevel(a, b *Record) Level {
	g := CompareNames(a.Given, b.Surname, a.keys.given, b.keys.surname1)
	s := CompareNames(a.Surname, b.Given, a.keys.surname1, b.keys.given)
	if max(g, s) <= Close {
		return Close
	}
	return Partial
}

func sharesWord(a, b string) bool {
	for w := range strings.FieldsSeq(a) {
		if len(w) > 1 {
			for v := range strings.FieldsSeq(b) {
				if v == w {
					return true
				}
			}
		}
	}
	return false
}

// initialOf reports whether a is an initial ("m" or "m e") of b.
func initialOf(a, b string) bool {
	if len(a) == 0 || len(a) > len(b) || a[0] != b[0] {
		return false // most pairs stop here, before any splitting
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) > len(bw) {
		return false
	}
	for i, w := range aw {
		if len(w) != 1 || !strings.HasPrefix(bw[i], w) {
			return false
		}
	}
	return true
}

// CompareDates grades dates of birth. Two full dates: exact, close when one
// digit differs, two neighbouring digits are swapped (1987 for 1978) or
// day and month are (the usual corruptions),
// partial when only the day differs otherwise. A partial date against another:
// partial when they agree on every part both know.
func CompareDates(a, b PartDate) Level {
	if !a.Known() || !b.Known() {
		return Missing
	}
	if a.Day != 0 && b.Day != 0 {
		switch {
		case a == b:
			return Exact
		case digitsApart(a, b) <= 1 || (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month) || transposed(a, b):
			return Close
		case a.Year == b.Year && a.Month == b.Month:
			return Partial // a day mistyped
		}
		// Two whole dates of one year and different months are, as a
		// partial date against another, not compatible: counted as a year
		// agreeing, they gave one random pair in 58 the weight of a year
		// known on one side only.
		return Disagree
	}
	if a.Year != b.Year {
		return Disagree
	}
	if a.Month != 0 && b.Month != 0 && a.Month != b.Month {
		return Disagree
	}
	return Partial
}

// transposed reports whether the dates written YYYYMMDD differ by two
// neighbouring digits swapped.
func transposed(a, b PartDate) bool {
	x, y := digits8(a), digits8(b)
	for i := 0; i+1 < len(x); i++ {
		if x[i] != y[i] {
			return x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
		}
	}
	return false
}

func digits8(d PartDate) [8]byte {
	var out [8]byte
	n := int(d.Year)*10000 + int(d.Month)*100 + int(d.Day)
	for i := 7; i >= 0; i-- {
		out[i] = byte('0' + n%10)
		n /= 10
	}
	return out
}

// digitsApart counts differing digits of the two dates written YYYYMMDD.
func digitsApart(a, b PartDate) int {
	n := 0
	for _, p := range [3][2]int{{int(a.Year), int(b.Year)}, {int(a.Month), int(b.Month)}, {int(a.Day), int(b.Day)}} {
		x, y := p[0], p[1]
		for x > 0 || y > 0 {
			if x%10 != y%10 {
				n++
			}
			x, y = x/10, y/10
		}
	}
	return n
}

// CompareAges grades ages at the time of the events: lists report ages a
// year apart (birthday passed or not) and round them.
func CompareAges(a, b int) Level {
	if a < 0 || b < 0 {
		return Missing
	}
	d := a - b
	if d < 0 {
		d = -d
	}
	switch {
	case d == 0:
		return Exact
	case d == 1:
		return Close
	case d <= 3:
		return Partial
	}
	return Disagree
}

// CompareAgeWith compares ages, and when one record gives only an age and
// the other only a date of birth, the age against the one the birth year
// implies at eventYear (a birthday may not have come yet, so either of two
// ages agrees). Such agreement is close at best: it rests on the event
// year. When both records give a date of birth, the date comparison holds
// that evidence already and the age is compared only as given.
func CompareAgeWith(a, b *Record, eventYear int) Level {
	if a.Age >= 0 && b.Age >= 0 {
		return CompareAges(int(a.Age), int(b.Age))
	}
	if eventYear == 0 {
		return Missing
	}
	if a.Age < 0 {
		a, b = b, a
	}
	if a.Age < 0 || a.Birth.Year != 0 || b.Birth.Year == 0 {
		return Missing
	}
	implied := eventYear - int(b.Birth.Year)
	d := min(abs(int(a.Age)-implied), abs(int(a.Age)-(implied-1)))
	switch {
	case d == 0:
		return Close
	case d <= 2:
		return Partial
	}
	return Disagree
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func compareSex(a, b *Record) Level {
	switch {
	case a.Sex == 0 || b.Sex == 0:
		return Missing
	case a.Sex == b.Sex:
		return Exact
	}
	return Disagree
}

// ComparePlaces grades places. Two UBIGEO codes agree through the hierarchy
// (the first 2, 4 and 6 digits are department, province and district): same
// district exact; a code for a province (ending in 00) or department
// (0000) agrees only as far as it goes, so a province against one of its
// districts is close; codes that differ where both are precise agree a
// level lower: two districts of one province, or the same department, are
// partial. Place names are compared as strings.
func ComparePlaces(a, b string) Level {
	if a == "" || b == "" {
		return Missing
	}
	if IsUbigeo(a) && IsUbigeo(b) {
		depth := min(ubigeoDepth(a), ubigeoDepth(b))
		same := 0
		for same < depth && a[2*same:2*same+2] == b[2*same:2*same+2] {
			same++
		}
		if same == 0 {
			return Disagree
		}
		if same < depth {
			// Both name a part below the one they share, and differ
			// there: weaker than one record naming only the province.
			same--
		}
		return Level(3 - max(same, 1)) // 3 digit pairs exact, 2 close, 1 partial
	}
	return CompareStrings(a, b)
}

// IsUbigeo reports whether s is a six-digit UBIGEO code (of a department,
// province or district).
func IsUbigeo(s string) bool {
	if len(s) != 6 {
		return false
	}
	for i := 0; i < 6; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[:2] != "00"
}

// ubigeoDepth is 1 for a department code, 2 for a province, 3 for a district.
func ubigeoDepth(s string) int {
	switch {
	case s[2:] == "0000":
		return 1
	case s[4:] == "00":
		return 2
	}
	return 3
}
