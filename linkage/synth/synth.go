// Package synth generates lists of victims in the style of Peruvian lists
// (two surnames, Spanish and Quechua/Aymara names, UBIGEO places), with the
// corruptions real lists show, for benchmarks and accuracy tests of record
// linkage. Every record carries the person it was generated from.
package synth

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"

	"github.com/rastro-project/rastro/internal/sheet"
)

type weighted struct {
	name   string
	weight int
}

// Options sets up a generated data set.
type Options struct {
	Records int      // about this many records (the generator stops at it)
	Lists   []string // list names; default four (defensoria, ngo, prensa, hospital)
	Places  []string // district UBIGEO codes; default codes made up in Puno, Ayacucho, Lima, Cusco
	Seed    uint64
	// EventYear is the year ages are counted at; default 2023.
	EventYear int
	// Harder corruptions, each the probability a record shows it (0 by
	// default): given and family names written in each other's column,
	// the date of birth left out, two neighbouring digits of the date of
	// birth transposed.
	SwapNames, NoBirth, TransposeBirth float64
}

// Header is the CSV header Write produces; person is the truth.
var Header = []string{"id", "list", "nombres", "apellidos", "nacimiento", "edad", "sexo", "ubigeo", "person"}

// Mapping is the column mapping of the generated CSV for rastro link.
const Mapping = "id=id,list=list,given=nombres,surname=apellidos,birth=nacimiento,age=edad,sex=sexo,place=ubigeo"

type person struct {
	given          string
	sur1, sur2     string
	female         bool
	year, mon, day int
	place          string
}

type gen struct {
	rng      *rand.Rand
	opt      Options
	surTotal int
	tail     []string
}

// Write writes opt.Records records as CSV with Header. Persons appear on 1
// to 4 lists (about 1.6 records each); each record is corrupted
// independently: spelling variants (Huamán/Guamán, Quispe/Kispe), typos,
// dropped accents, capitals, a dropped second given name or maternal
// surname, swapped surnames, dates known to the year or missing, ages off
// by one, a province instead of the district.
func Write(w io.Writer, opt Options) error {
	if opt.Records <= 0 {
		return fmt.Errorf("synth: want a positive number of records")
	}
	if len(opt.Lists) == 0 {
		opt.Lists = []string{"defensoria", "ngo", "prensa", "hospital"}
	}
	for _, p := range opt.Places {
		if len(p) != 6 {
			return fmt.Errorf("synth: place %q is not a six-digit UBIGEO code", p)
		}
	}
	if opt.EventYear == 0 {
		opt.EventYear = 2023
	}
	g := &gen{rng: rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15)), opt: opt}
	if len(g.opt.Places) == 0 {
		for _, dep := range []string{"21", "05", "15", "08"} {
			for prov := 1; prov <= 12; prov++ {
				for dist := 1; dist <= 15; dist++ {
					g.opt.Places = append(g.opt.Places, fmt.Sprintf("%s%02d%02d", dep, prov, dist))
				}
			}
		}
	}
	for _, s := range surnames {
		g.surTotal += s.weight
	}
	for range 3000 { // a long tail of rarer surnames
		n := 2 + g.rng.IntN(2)
		var b strings.Builder
		for range n {
			b.WriteString(syllables[g.rng.IntN(len(syllables))])
		}
		s := b.String()
		g.tail = append(g.tail, strings.ToUpper(s[:1])+s[1:])
	}
	cw := sheet.NewWriter(w)
	if err := cw.Write(Header); err != nil {
		return err
	}
	row := make([]string, len(Header))
	n := 0
	for p := 0; n < opt.Records; p++ {
		per := g.person()
		copies := 1
		for copies < len(opt.Lists) && g.rng.Float64() < 0.4 {
			copies++
		}
		lists := g.rng.Perm(len(opt.Lists))[:copies]
		for _, l := range lists {
			if n == opt.Records {
				break
			}
			g.record(row, per, opt.Lists[l], n, p)
			if err := cw.Write(row); err != nil {
				return err
			}
			n++
		}
	}
	return cw.Flush()
}

func (g *gen) surname() string {
	if g.rng.Float64() < 0.2 {
		return g.tail[g.rng.IntN(len(g.tail))]
	}
	x := g.rng.IntN(g.surTotal)
	for _, s := range surnames {
		if x < s.weight {
			return s.name
		}
		x -= s.weight
	}
	return surnames[0].name
}

func (g *gen) person() person {
	p := person{female: g.rng.IntN(2) == 0, sur1: g.surname(), sur2: g.surname()}
	names := maleNames
	if p.female {
		names = femaleNames
	}
	p.given = names[g.rng.IntN(len(names))]
	if g.rng.Float64() < 0.5 {
		p.given += " " + names[g.rng.IntN(len(names))]
	}
	p.year = 1950 + g.rng.IntN(58)
	p.mon = 1 + g.rng.IntN(12)
	p.day = 1 + g.rng.IntN(28)
	// Protests concentrate victims in a few districts.
	if g.rng.Float64() < 0.5 {
		p.place = g.opt.Places[g.rng.IntN(min(30, len(g.opt.Places)))]
	} else {
		p.place = g.opt.Places[g.rng.IntN(len(g.opt.Places))]
	}
	return p
}

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

func (g *gen) record(row []string, p person, list string, n, id int) {
	given := p.given
	if i := strings.IndexByte(given, ' '); i > 0 && g.chance(0.3) {
		given = given[:i]
	}
	given = g.corrupt(given, 0.1, 0.04)
	sur1, sur2 := g.corrupt(p.sur1, 0.12, 0.04), g.corrupt(p.sur2, 0.12, 0.04)
	surnames := sur1 + " " + sur2
	switch x := g.rng.Float64(); {
	case x < 0.15:
		surnames = sur1
	case x < 0.17:
		surnames = sur2 + " " + sur1
	}
	birth := ""
	y, m, d := p.year, p.mon, p.day
	switch x := g.rng.Float64(); {
	case x < 0.05: // one digit wrong
		d = (d+1+g.rng.IntN(8))%28 + 1
		birth = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case x < 0.07 && d <= 12: // day and month swapped
		birth = fmt.Sprintf("%04d-%02d-%02d", y, d, m)
	case x < 0.45:
		birth = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case x < 0.65:
		birth = fmt.Sprintf("%02d/%02d/%04d", d, m, y)
	case x < 0.8:
		birth = strconv.Itoa(y)
	}
	if birth != "" && g.chance(g.opt.TransposeBirth) {
		birth = transposeDigits(g, birth)
	}
	if g.chance(g.opt.NoBirth) {
		birth = ""
	}
	age := ""
	if g.chance(0.7) {
		a := g.opt.EventYear - p.year
		if g.chance(0.3) {
			a--
		}
		if g.chance(0.1) {
			a += g.rng.IntN(5) - 2
		}
		age = strconv.Itoa(a)
	}
	sex := ""
	if g.chance(0.8) {
		sex = "M"
		if p.female {
			sex = "F"
		}
	}
	place := p.place
	switch x := g.rng.Float64(); {
	case x < 0.1:
		place = ""
	case x < 0.3:
		place = place[:4] + "00"
	case x < 0.35:
		place = place[:4] + fmt.Sprintf("%02d", 1+g.rng.IntN(15))
	}
	if g.chance(0.3) {
		given, surnames = strings.ToUpper(given), strings.ToUpper(surnames)
	}
	if g.chance(g.opt.SwapNames) {
		given, surnames = surnames, given
	}
	row[0] = fmt.Sprintf("%s-%d", list, n)
	row[1], row[2], row[3], row[4], row[5], row[6], row[7] = list, given, surnames, birth, age, sex, place
	row[8] = strconv.Itoa(id)
}

// spellings are the substitutions Peruvian lists make between spellings of
// one name, both ways.
var spellings = [][2]string{
	{"hua", "gua"}, {"hua", "wa"}, {"qui", "ki"}, {"que", "ke"}, {"cc", "c"}, {"cc", "q"},
	{"ll", "y"}, {"v", "b"}, {"z", "s"}, {"j", "x"}, {"hu", "w"}, {"y", "i"},
}

var accents = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U", "Ñ", "N")

// corrupt applies a spelling variant with probability pv, a typo with
// probability pt, and drops the accents half of the time.
func (g *gen) corrupt(s string, pv, pt float64) string {
	if g.chance(0.5) {
		s = accents.Replace(s)
	}
	if g.chance(pv) {
		low := strings.ToLower(s)
		start := g.rng.IntN(len(spellings))
		for k := range spellings {
			sp := spellings[(start+k)%len(spellings)]
			from, to := sp[0], sp[1]
			if g.chance(0.5) {
				from, to = to, from
			}
			if i := strings.Index(low, from); i >= 0 {
				s = s[:i] + matchCase(s[i:i+len(from)], to) + s[i+len(from):]
				break
			}
		}
		if strings.HasSuffix(s, "e") && g.chance(0.3) { // Quispe, Quispi
			s = s[:len(s)-1] + "i"
		}
	}
	if g.chance(pt) {
		r := []rune(s)
		if len(r) > 2 {
			i := 1 + g.rng.IntN(len(r)-2)
			switch g.rng.IntN(3) {
			case 0:
				r = append(r[:i], r[i+1:]...)
			case 1:
				r[i], r[i+1] = r[i+1], r[i]
			default:
				r[i] = rune('a' + g.rng.IntN(26))
			}
		}
		s = string(r)
	}
	return s
}

// transposeDigits swaps two neighbouring different digits of a date, as
// a typist does: 1987-03-25 becomes 1978-03-25 or 1987-03-52.
func transposeDigits(g *gen, date string) string {
	b := []byte(date)
	var at []int
	for i := 0; i+1 < len(b); i++ {
		if isDigit(b[i]) && isDigit(b[i+1]) && b[i] != b[i+1] {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return date
	}
	i := at[g.rng.IntN(len(at))]
	b[i], b[i+1] = b[i+1], b[i]
	return string(b)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func matchCase(orig, repl string) string {
	if orig != "" && unicode.IsUpper([]rune(orig)[0]) {
		return strings.ToUpper(repl[:1]) + repl[1:]
	}
	return repl
}
