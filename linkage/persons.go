package linkage

import (
	"strconv"
	"strings"

	"github.com/rastro-project/rastro/internal/fold"

	"github.com/rastro-project/rastro"
)

// PersonMapping is the mapping of records made by FromPerson: the fields
// the database's person records hold.
func PersonMapping() Mapping {
	m := Mapping{Columns: map[string]string{}}
	for _, f := range []string{FieldID, FieldList, FieldGiven, FieldSurname, FieldBirth, FieldAge, FieldSex, FieldPlace} {
		m.Columns[f] = f
	}
	return m
}

// FromPerson makes a linkage record of a person record. A person has one
// name, which SplitFullName divides; list names the source the record is
// counted on; place is the UBIGEO code (or name) of the home place.
func FromPerson(p *rastro.Person, list, place string) Record {
	given, surnames := SplitFullName(fold.Words(p.Name))
	r := Record{ID: strconv.FormatInt(p.ID, 10), List: list, Given: given, Surname: surnames, Age: -1, Place: fold.Words(place)}
	r.Surname1, r.Surname2 = SplitSurnames(surnames)
	if p.Age != nil && *p.Age >= 0 && *p.Age <= 130 {
		r.Age = int16(*p.Age)
	}
	r.Birth = PartDate{int16(p.BirthDate.Year), uint8(p.BirthDate.Month), uint8(p.BirthDate.Day)}
	switch p.Sex {
	case rastro.SexFemale:
		r.Sex = 'f'
	case rastro.SexMale:
		r.Sex = 'm'
	}
	r.prepare()
	return r
}

// SplitFullName splits a folded full name written in the Peruvian order,
// given names then paternal and maternal surnames: the last two surnames
// (with their particles: "de la cruz") are the surnames, the rest given
// names. Two words are a given name and a surname; one word is a surname.
func SplitFullName(folded string) (given, surnames string) {
	w := strings.Fields(folded)
	switch len(w) {
	case 0:
		return "", ""
	case 1:
		return "", w[0]
	case 2:
		return w[0], w[1]
	}
	// Walk back over two surnames, each possibly preceded by particles.
	i := len(w)
	for n := 0; n < 2 && i > 1; n++ {
		i--
		for i > 1 && particles[w[i-1]] {
			i--
		}
	}
	return strings.Join(w[:i], " "), strings.Join(w[i:], " ")
}
