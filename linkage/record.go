package linkage

import (
	"strconv"
	"strings"

	"github.com/rastro-project/rastro/linkage/phonetic"
)

// Record is one person as one list records them, normalised for comparison.
// Names are folded (lowercase, no accents); a zero value means unknown.
type Record struct {
	ID   string // the list's own identifier, or the line number
	List string // the list (source) the record comes from
	Line int32  // line in the input file, for provenance

	Given    string   // given names, folded
	Surname  string   // all surnames, folded: "quispe mamani"
	Surname1 string   // paternal (first) surname, particles kept: "de la cruz"
	Surname2 string   // maternal (second) surname, "" when not recorded
	Birth    PartDate // date of birth, full or partial
	Age      int16    // age at the time of the events; -1 unknown
	Sex      byte     // 'f', 'm' or 0
	Place    string   // six-digit UBIGEO code, or a folded place name
	Extra    []string // further compared fields, folded, in Mapping.Extra order
	Raw      []string // columns kept verbatim for blocking, in Mapping.Raw order
	keys     nameKeys // phonetic keys, computed once
}

type nameKeys struct{ given, surname1, surname2 string }

// PartDate is a date known to day, month or year; zero parts are unknown.
// Parts are kept as written even when the date does not exist (19650231),
// because corrupted dates still carry evidence.
type PartDate struct {
	Year       int16
	Month, Day uint8
}

// Known reports whether any part of the date is known.
func (d PartDate) Known() bool { return d.Year != 0 }

func (d PartDate) String() string {
	y := strconv.Itoa(int(d.Year))
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return y
	case d.Day == 0:
		return y + "-" + pad2(int(d.Month))
	}
	return y + "-" + pad2(int(d.Month)) + "-" + pad2(int(d.Day))
}

func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// ParsePartDate reads the ways lists write dates of birth: 1987-03-25,
// 1987-03, 1987, 19870325 (FEBRL), 25/03/1987 and 03/1987 (Peruvian order,
// also with - or .). Parts out of range are refused only when they cannot
// be a corrupted date either: a two-digit year, or month 0 with a day
// except in the eight-digit form, where 19960094 is a full date mistyped.
func ParsePartDate(s string) (PartDate, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return PartDate{}, true
	}
	digits := func(p string) (int, bool) {
		if p == "" || len(p) > 4 {
			return 0, false
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return 0, false
			}
		}
		n, _ := strconv.Atoi(p)
		return n, true
	}
	var y, mo, dd int
	var ok bool
	switch {
	case len(s) == 8 && !strings.ContainsAny(s, "-/."):
		var ok1, ok2, ok3 bool
		y, ok1 = digits(s[:4])
		mo, ok2 = digits(s[4:6])
		dd, ok3 = digits(s[6:])
		ok = ok1 && ok2 && ok3
	default:
		parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
		if len(parts) == 0 || len(parts) > 3 {
			return PartDate{}, false
		}
		n := make([]int, len(parts))
		for i, p := range parts {
			if n[i], ok = digits(p); !ok {
				return PartDate{}, false
			}
		}
		if len(parts[0]) == 4 { // year first
			y = n[0]
			if len(n) > 1 {
				mo = n[1]
			}
			if len(n) > 2 {
				dd = n[2]
			}
		} else { // day/month/year or month/year
			if len(parts[len(parts)-1]) != 4 {
				return PartDate{}, false
			}
			y = n[len(n)-1]
			if len(n) == 3 {
				dd, mo = n[0], n[1]
			} else if len(n) == 2 {
				mo = n[0]
			}
		}
		ok = true
	}
	if !ok || y < 1000 || mo > 99 || dd > 99 || (mo == 0 && dd != 0 && len(s) != 8) {
		return PartDate{}, false
	}
	return PartDate{int16(y), uint8(mo), uint8(dd)}, true
}

// SplitSurnames splits folded surnames into the paternal and maternal one,
// keeping particles with the name they introduce: "de la cruz quispe" gives
// "de la cruz" and "quispe"; "quispe vda de mamani" keeps the rest together.
func SplitSurnames(folded string) (first, second string) {
	words := strings.Fields(folded)
	i := 0
	for i < len(words) && particles[words[i]] {
		i++
	}
	if i >= len(words) {
		return folded, ""
	}
	first = strings.Join(words[:i+1], " ")
	if i+1 < len(words) {
		second = strings.Join(words[i+1:], " ")
	}
	return first, second
}

var particles = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "y": true, "san": true, "vda": true, "viuda": true}

// prepare computes the derived fields once per record.
func (r *Record) prepare() {
	r.keys.given = phonetic.Key(firstWord(r.Given))
	r.keys.surname1 = phonetic.Key(r.Surname1)
	r.keys.surname2 = phonetic.Key(r.Surname2)
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}
